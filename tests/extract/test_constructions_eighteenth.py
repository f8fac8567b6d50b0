"""Constructions the eighteenth blind set (q17: who says it; interviews, analyses, denials and third parties'
figures) taught, in short articles the project wrote in several languages about made-up companies: each expectation
names every claim the article gives (kind, figure, unit) and what must hold of it."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("nl", "Topman Pellmark Verzekeringen: 'We moeten snijden'\n\nPellmark Verzekeringen schrapt 240 banen. Het "
           "bedrijf heeft 3.100 medewerkers.", "Pellmark Verzekeringen"),
    ("de", "Vorstandschef Pellmark Maschinenbau: \"Wir müssen sparen\"\n\nDie Pellmark Maschinenbau GmbH streicht 240 "
           "Stellen. Das Unternehmen beschäftigt 3.100 Mitarbeiter.", "Pellmark Maschinenbau"),
    ("sv", "Vd Pellmark Bygg: \"Vi måste spara\"\n\nPellmark Bygg AB varslar 240 anställda. Bolaget har 3 100 "
           "anställda.", "Pellmark Bygg"),
])
def test_a_title_before_a_firm_s_name_heads_the_firm(lang, text, org):
    """A title before a name whose last word is an organisation's ("Topman Pellmark Verzekeringen", "Vd Pellmark
    Bygg") names the firm the title heads, no person (was: a person, and no claim of the firm)."""
    check_construction("a title before a firm", extracted(lang, text), org,
                       [("job_cuts", 240, "count", {}), ("workforce", 3100, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Pellmark GmbH streicht 240 Stellen. Aber niemand verliert bei uns wegen KI seinen Arbeitsplatz, sagte "
           "Chefin Anna Berg."),
    ("en", "Pellmark Ltd will cut 240 jobs. But nobody is losing their job because of AI, chief executive Dana Reyes "
           "said."),
    ("sv", "Pellmark AB varslar 240 anställda. Men ingen förlorar jobbet på grund av AI, säger vd Eva Lind."),
    ("nl", "Pellmark BV schrapt 240 banen. Maar niemand verliest zijn baan door AI, zei topvrouw Eva de Vries."),
    ("es", "Pellmark recortará 240 empleos. Pero nadie va a perder su empleo por la inteligencia artificial, dijo la "
           "consejera delegada, Ana Gil."),
    ("fr", "Pellmark va supprimer 240 postes. Mais aucun salarié ne perdra son emploi à cause de l'intelligence "
           "artificielle, a déclaré le directeur général Paul Roux."),
])
def test_nobody_after_a_conjunction_denies_the_cause(lang, text):
    """A word of nobody opening its clause after a conjunction ("Aber niemand verliert bei uns wegen KI seinen
    Arbeitsplatz", "But nobody is losing their job because of AI") negates the clause as it does alone (was: the
    cause affirmed)."""
    check_construction("nobody after a conjunction", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("job_cuts", 240, "count", {}), ("cause", None, None, dict(object="AI", polarity="deny"))])


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Pellmark AB har 3 100 anställda. – Att vi skulle säga upp 200 personer stämmer helt enkelt inte, säger vd "
           "Eva Lind."),
    ("en", "Pellmark Ltd employs 3,100 people. \"It is simply not true that we will lay off 200 people,\" chief "
           "executive Dana Reyes said."),
    ("de", "Die Pellmark GmbH beschäftigt 3.100 Mitarbeiter. \"Dass wir 200 Leute entlassen, stimmt einfach nicht\", "
           "sagte Chefin Anna Berg."),
    ("nl", "Pellmark BV heeft 3.100 medewerkers. 'Het klopt gewoon niet dat we 200 mensen ontslaan,' zei topvrouw Eva "
           "de Vries."),
    ("fr", "Le groupe Pellmark emploie 3 100 personnes. « Il n'est pas vrai que nous allons licencier 200 personnes », "
           "a déclaré le directeur général Paul Roux."),
    ("es", "La empresa Pellmark emplea a 3.100 personas. \"No es cierto que vayamos a despedir a 200 personas\", dijo "
           "la consejera delegada, Ana Gil."),
])
def test_a_figure_said_untrue_is_denied(lang, text):
    """Cuts a speaker calls untrue (`modality.denied`: "stämmer helt enkelt inte", "simply not true", "stimmt einfach
    nicht", "klopt gewoon niet", "pas vrai", "no es cierto") are denied, not announced (was: the chief's announcement
    of the very figure he denies, against any count the company gives)."""
    check_construction("a figure said untrue", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("workforce", 3100, "count", {}), ("job_cuts", 200, "count", {"modality": "denied"})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pellmark Ltd will cut 240 jobs. \"We will not cut any further jobs this year,\" chief executive Dana Reyes "
           "said."),
    ("de", "Die Pellmark GmbH streicht 240 Stellen. \"Wir werden in diesem Jahr keine weiteren Stellen streichen\", "
           "sagte Chefin Anna Berg."),
    ("nl", "Pellmark BV schrapt 240 banen. 'We gaan dit jaar geen verdere banen schrappen,' zei topvrouw Eva de Vries."),
    ("es", "Pellmark recortará 240 empleos. \"No vamos a recortar más empleos este año\", dijo la consejera delegada, "
           "Ana Gil."),
    ("fr", "Pellmark va supprimer 240 postes. « Nous n'allons pas supprimer d'autres postes cette année », a déclaré "
           "le directeur général Paul Roux."),
])
def test_a_future_denied_of_more_jobs_denies_further_cuts(lang, text):
    """A verb of the future (`stance.will`: "will", "werden", "gaan", "vamos a", "allons", as Swedish
    "kommer") denied before a cut verb acting on jobs called more ("will not cut any further jobs", "keine weiteren
    Stellen streichen") denies further cuts (was: no outlook)."""
    check_construction("a future denied of more jobs", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("job_cuts", 240, "count", {}), ("layoff_outlook", None, None, dict(polarity="deny"))])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pellmark Ltd will cut 320 jobs, the company said. \"This is about robots,\" said Siobhan Kehoe, the union's "
           "organiser. She said as many as 500 jobs would be lost."),
    ("de", "Die Pellmark GmbH streicht 320 Stellen, teilte das Unternehmen mit. \"Das ist erst der Anfang\", sagte Jens "
           "Rudolph von der IG Metall. Er rechnet damit, dass bis zu 500 Stellen wegfallen."),
    ("nl", "Pellmark BV schrapt 320 banen, meldde het bedrijf. 'Dit is pas het begin,' zegt Henk Zijlstra van de FNV. "
           "Volgens hem verdwijnen er eerder 500 banen."),
    ("fr", "Pellmark va supprimer 320 postes, a annoncé le groupe. « C'est un premier pas », a déclaré Nadia "
           "Ferrand, déléguée CGT. Elle estime que le groupe devra supprimer 500 postes d'ici à 2029."),
])
def test_a_pronoun_after_a_union_s_word_goes_on_with_the_union(lang, text):
    """A pronoun after a union's or an analyst's word continues them, as it continues any speaker ("She expects",
    "Er rechnet damit, dass", "Volgens hem", "Elle estime que le groupe ..."), and a name with the union in an
    apposition right after it ("Siobhan Kehoe, the union's organiser") speaks for the union: the figure is a third
    party's (was: the company's announcement, against its own count)."""
    check_construction("a pronoun after a union's word", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("job_cuts", 320, "count", {"third_party": False}),
                        ("job_cuts", 500, "count", {"third_party": True})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pellmark Ltd will cut 240 jobs. We spoke to its chief executive, Dana Reyes, about the cuts, the role of "
           "artificial intelligence and what comes next."),
    ("de", "Die Pellmark GmbH streicht 240 Stellen. Wir sprachen mit Vorstandschefin Anna Berg über den Abbau, die Rolle "
           "der künstlichen Intelligenz und die Zukunft."),
    ("nl", "Pellmark BV schrapt 240 banen. Wij spraken met topvrouw Eva de Vries over de ontslagen, de rol van "
           "kunstmatige intelligentie en de toekomst."),
    ("sv", "Pellmark AB varslar 240 anställda. Vi talade med vd Eva Lind om varslet, den artificiella intelligensens "
           "roll och framtiden."),
    ("fr", "Pellmark va supprimer 240 postes. Nous avons interrogé son directeur général, Paul Roux, sur les "
           "suppressions, le rôle de l'intelligence artificielle et l'avenir."),
    ("es", "Pellmark recortará 240 empleos. Hablamos con su consejera delegada, Ana Gil, sobre los despidos, el papel "
           "de la inteligencia artificial y el futuro."),
])
def test_an_interviewer_s_topics_are_no_cause(lang, text):
    """An interviewer's "we spoke to X about ..." (`stance.asked`: "Wir sprachen mit", "Wij spraken met", "Vi talade
    med", "Nous avons interrogé", "Hablamos con") names the interview's topics: AI among them is no cause anyone
    gives (was: AI affirmed as the cause of the cuts)."""
    check_construction("an interviewer's topics", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("job_cuts", 240, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pellmark Ltd will cut 240 jobs. \"We are not cutting jobs because of a chatbot,\" chief executive Dana Reyes "
           "said."),
    ("es", "Pellmark recortará 240 empleos. \"No recortamos empleos por culpa de un chatbot\", dijo la consejera "
           "delegada, Ana Gil."),
    ("de", "Die Pellmark GmbH streicht 240 Stellen. \"Wir streichen keine Stellen wegen eines Chatbots\", sagte Chefin "
           "Anna Berg."),
    ("nl", "Pellmark BV schrapt 240 banen. 'We schrappen geen banen vanwege een chatbot,' zei topvrouw Eva de Vries."),
])
def test_a_cut_denied_because_of_a_cause_denies_the_cause(lang, text):
    """A negation two words at most before a cut verb whose clause goes on to a cause ("We are not cutting jobs because
    of a chatbot", "No recortamos empleos por culpa de un chatbot") denies the cause with the cut (was: affirmed, the
    negation too far before the cause)."""
    check_construction("a cut denied because of a cause", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("job_cuts", 240, "count", {}), ("cause", None, None, dict(object="AI", polarity="deny"))])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pellmark Ltd will cut 320 jobs, the company said. \"This is about robots,\" said Siobhan Kehoe, the union's "
           "organiser.\n\nShe said as many as 500 jobs would be lost."),
    ("de", "Die Pellmark GmbH streicht 320 Stellen, teilte das Unternehmen mit. \"Das ist erst der Anfang\", sagte Jens "
           "Rudolph von der IG Metall.\n\nEr rechnet damit, dass bis zu 500 Stellen wegfallen."),
    ("nl", "Pellmark BV schrapt 320 banen, meldde het bedrijf. 'Dit is pas het begin,' zegt Henk Zijlstra van de "
           "FNV.\n\nVolgens hem verdwijnen er eerder 500 banen."),
    ("fr", "Pellmark va supprimer 320 postes, a annoncé le groupe. « C'est un premier pas », a déclaré Nadia Ferrand, "
           "déléguée CGT.\n\nElle estime que le groupe devra supprimer 500 postes d'ici à 2029."),
])
def test_a_pronoun_opening_a_paragraph_refers_to_the_last_speaker_before_it(lang, text):
    """A pronoun opening a paragraph refers to the speaker of the paragraph before, as a reader takes it ("..., said
    Siobhan Kehoe, the union's organiser.\\n\\nShe said ..."); a quote with no verb does not reach across (was: the
    union's figure the company's announcement)."""
    check_construction("a pronoun opening a paragraph", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("job_cuts", 320, "count", {"third_party": False}),
                        ("job_cuts", 500, "count", {"third_party": True})])


def test_a_future_affirmed_of_more_cuts_is_no_one_s_outlook():
    """Affirmed, a verb of the future gives no outlook ("it is highly likely that the company will be announcing
    further cutbacks": a guess no one is named holding)."""
    text = ("Pellmark\n\nPellmark Ltd employs 3,100 people. It is highly likely that the company will be announcing "
            "further cutbacks later this year.")
    check_construction("a future affirmed", extracted("en", text), "Pellmark", [("workforce", 3100, "count", {})])
