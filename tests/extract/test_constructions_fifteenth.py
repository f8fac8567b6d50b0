"""Constructions the fifteenth blind set (q14: news where the facts are not the headline: timelines, politics, a
regional angle, a sector overview, an earnings call, a profile, a market report, a court ruling, a strike, an
anniversary) taught, in short articles the project wrote in several languages about made-up companies: each
expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction, figure_of
from extract.test_constructions import extracted


def _told(x) -> set:
    """(kind, organisation, figure) of every claim but a stance's."""
    return {(c.kind, c.org, figure_of(c)) for c in x.claims if c.kind not in ("cause", "layoff_outlook")}


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("de", "Die Ministerin kritisierte die Schließung des Werks von Hallwig Kältetechnik. Im Werk fallen damit 120 "
           "Arbeitsplätze weg.", "Hallwig Kältetechnik"),
    ("nl", "De minister bekritiseerde de sluiting van de fabriek van Hallwig Koeltechniek. Daarmee verdwijnen 120 "
           "banen.", "Hallwig Koeltechniek"),
    ("sv", "Ministern kritiserade nedläggningen av fabriken hos Hallwig Kylteknik. Därmed försvinner 120 jobb.",
     "Hallwig Kylteknik"),
])
def test_a_name_ending_in_a_compound_of_technology_is_a_firm(lang, text, org):
    """A name ending in a compound of the language's word of technology ("Kältetechnik", "Koeltechniek",
    "Kylteknik": `entities.org_words` "*technik", "*techniek", "*teknik") is an organisation, as one ending in
    "Technik" alone was (was: no organisation, so a party's spokesman's "der Grünen" took the firm's claims)."""
    check_construction("a technology compound", extracted(lang, text), org, [("job_cuts", 120, "count", {})])


@pytest.mark.parametrize("text", [
    "Stelford Foods said it would cut 300 jobs. Anna Pirelli became chief executive in January 2024.",
    "Stelford Foods will cut 300 jobs. Tom Hale was named chief financial officer in March, after the results.",
])
def test_a_month_after_a_title_and_its_link_is_no_organisation(text):
    """A month after a title's link word ("became chief executive in January 2024") names a time, no organisation
    the title is held at (was: "January" an organisation that took the cuts of the sentences after it)."""
    check_construction("a title's month", extracted("en", text), "Stelford Foods", [("job_cuts", 300, "count", {})])


@pytest.mark.parametrize("text", [
    "Stelford Foods will cut 300 jobs. \"We have no choice,\" Ms Pirelli said. She said the company did not expect "
    "any further cuts this year.",
    "Stelford Foods will cut 300 jobs. Mr Hale said the company did not expect any further cuts this year.",
])
def test_a_courtesy_title_opens_a_persons_name(text):
    """A courtesy title before a surname ("Ms Pirelli", "Mr Hale": `entities.courtesy`) opens a person's name, as a
    given name does: the person's denial of further cuts is the company's (was: "Ms Pirelli" an organisation that
    took it)."""
    check_construction("a courtesy title", extracted("en", text), "Stelford Foods",
                       [("job_cuts", 300, "count", {}), ("layoff_outlook", None, None, {"polarity": "deny"})])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Uribarri SA recortará 120 empleos. La empresa que fundó Tomás Echevarne en 1951 emplea hoy a 900 personas."),
    ("es", "Uribarri SA recortará 120 empleos. La compañía que dirige Ainhoa Echevarne emplea hoy a 900 personas."),
    ("nl", "Uribarri BV schrapt 120 banen. Het bedrijf dat Joris Echevarne in 1951 oprichtte heeft 900 werknemers."),
    ("sv", "Uribarri AB varslar 120 anställda. Företaget som Joris Echevarne grundade 1951 har 900 anställda."),
])
def test_a_name_after_a_company_noun_and_a_relative_word_is_no_firm(lang, text):
    """A name a relative clause after a company noun opens with ("La empresa que fundó Tomás Echevarne", "que dirige
    X": its founder, its chief) is not the company the noun stands for (was, in es, where a few lowercase words may
    stand between the noun and the name: "Tomás Echevarne" an organisation that took the workforce)."""
    check_construction("a relative clause's name", extracted(lang, text), "Uribarri",
                       [("job_cuts", 120, "count", {}), ("workforce", 900, "count", {})])


@pytest.mark.parametrize(("text", "org", "expected"), [
    ("Setenta años después, Conservas Berrondo da empleo a unas 2.100 personas en cinco países.", "Conservas Berrondo",
     [("workforce", 2100, "count", {})]),
    ("Talleres Arregui, de Eibar, presentó en septiembre un ERE para 95 trabajadores.", "Talleres Arregui",
     [("job_cuts", 95, "count", {})]),
])
def test_a_trade_word_opening_a_spanish_name_is_an_organisation_word(text, org, expected):
    """A trade opening a firm's name ("Conservas", "Talleres", "Bodegas", "Laboratorios", "Hilaturas":
    `entities.org_words`) makes it an organisation, as "Industrias" or "Transportes" did (was: no organisation)."""
    check_construction("a trade word first", extracted("es", text), org, expected)


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("es", "Grupo Talvora cerró 2025 con un beneficio neto de 148 millones de euros. Su filial norteamericana, Talvora "
           "Seafood Inc., facturó 412 millones de dólares. El grupo anunció el cierre de 3 plantas y la salida de 260 "
           "trabajadores.", "Grupo Talvora"),
    ("en", "Talvora Group made a net profit of €148 million in 2025. Its subsidiary Talvora Seafood Inc. had revenue of "
           "$412 million. The group will close 3 plants and cut 260 jobs.", "Talvora Group"),
    ("de", "Die Talvora Gruppe erzielte 2025 einen Nettogewinn von 148 Millionen Euro. Ihre Tochter Talvora Seafood Inc. "
           "erzielte einen Umsatz von 412 Millionen Dollar. Der Konzern will 3 Werke schließen und 260 Stellen "
           "streichen.", "Talvora Gruppe"),
    ("fr", "Le groupe Talvora a dégagé un bénéfice net de 148 millions d'euros en 2025. Sa filiale américaine, Talvora "
           "Seafood Inc., a réalisé un chiffre d'affaires de 412 millions de dollars. Le groupe va fermer 3 usines et "
           "supprimer 260 postes.", "Talvora"),
])
def test_the_group_after_its_subsidiary_is_the_parent(lang, text, group):
    """A sentence opening with a determiner and a group word ("El grupo anunció", "The group will", "Der Konzern")
    right after a subsidiary's sentence is about the group whose name the subsidiary's opens with (was: the
    subsidiary "Talvora Seafood", the last named, took the group's closures and cuts)."""
    assert _told(extracted(lang, text)) >= {("net_income", group, 148e6), ("revenue", "Talvora Seafood", 412e6),
                                            ("store_closure", group, 3), ("job_cuts", group, 260)}


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("en", "Talvora Group made a net profit of €148 million in 2025. Its subsidiary Talvora Seafood Inc. had revenue of "
           "$412 million. It employs 900 people in Maine. The group will close 3 plants and cut 260 jobs.",
     "Talvora Group"),
    ("es", "Grupo Talvora cerró 2025 con un beneficio neto de 148 millones de euros. Su filial norteamericana, Talvora "
           "Seafood Inc., facturó 412 millones de dólares. Emplea a 900 personas en Maine. El grupo anunció el cierre "
           "de 3 plantas y la salida de 260 trabajadores.", "Grupo Talvora"),
])
def test_the_group_after_a_sentence_about_its_subsidiary_is_the_parent(lang, text, group):
    """The group word opening a sentence names the parent even when the sentence before it names no firm and goes
    on about the subsidiary (was: that sentence's remembered topic, the subsidiary, taken as it was)."""
    assert _told(extracted(lang, text)) >= {("workforce", "Talvora Seafood", 900), ("store_closure", group, 3),
                                            ("job_cuts", group, 260)}


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("es", "Talvora eleva su beneficio y descarta despidos\n\nGrupo Talvora cerró 2025 con un beneficio neto de 148 "
           "millones de euros. Su filial norteamericana, Talvora Seafood Inc., facturó 412 millones de dólares.",
     "Grupo Talvora"),
    ("en", "Talvora lifts profit\n\nTalvora Group made a net profit of €148 million in 2025. Its subsidiary Talvora "
           "Seafood Inc. had revenue of $412 million.", "Talvora Group"),
])
def test_a_headlines_short_name_is_not_the_subsidiarys(lang, text, group):
    """A short name in the headline ("Talvora") is the group's, not that of a subsidiary whose registered name
    (legal form and all: "Talvora Seafood Inc.") opens with it (was: the subsidiary's, so the group's net profit
    and the headline's denial went to "Talvora Seafood")."""
    x = extracted(lang, text)
    assert _told(x) == {("net_income", group, 148e6), ("revenue", "Talvora Seafood", 412e6)}
    assert all(c.org == group for c in x.claims if c.kind == "layoff_outlook")


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("sv", "Hallwig Förpackningar AB varslar 120 anställda.\n\nAnnemieke Vrolijk (49) är sedan juni vd för bolaget. "
           "Vrolijk kom från en konkurrent. Vrolijk säger att inga fler uppsägningar planeras.", "Hallwig Förpackningar"),
    ("es", "Envases Hallwig SA recortará 120 empleos.\n\nAnnemieke Vrolijk (49) preside la empresa desde junio. Vrolijk "
           "llegó desde un competidor. Vrolijk descarta nuevos despidos.", "Envases Hallwig"),
    ("nl", "Hallwig Verpakkingen schrapt 120 banen.\n\nAnnemieke Vrolijk (49) is sinds juni topvrouw van het bedrijf. "
           "Vrolijk kwam over van een concurrent. Vrolijk zegt dat er geen nieuwe ontslagrondes komen.",
     "Hallwig Verpakkingen"),
])
def test_an_age_in_brackets_after_a_name_makes_a_person(lang, text, org):
    """A name with an age in brackets right after it ("Annemieke Vrolijk (49)") is a person's, though each time
    the article writes it whole it opens a sentence and its given name is on no list: the bare surname is the
    person's (was, in sv and es: "Vrolijk" an organisation that took the chief's denial of further cuts)."""
    check_construction("an age in brackets", extracted(lang, text), org,
                       [("job_cuts", 120, "count", {}), ("layoff_outlook", None, None, {"polarity": "deny"})])


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Ardelis SA supprime 120 postes à Calvieux. Ce site emploie aujourd'hui 310 personnes. Le groupe compte 1 450 "
           "salariés."),
    ("en", "Ardelis Ltd will cut 120 jobs in Calvey, where the company's last plant employs 310 people. The group employs "
           "1,450 people."),
    ("es", "Ardelis SA recortará 120 empleos en Calvieux. La planta emplea hoy a 310 personas. El grupo cuenta con 1.450 "
           "empleados."),
    ("de", "Die Ardelis GmbH streicht 120 Stellen in Calvieux. Das Werk beschäftigt derzeit 310 Menschen. Der Konzern hat "
           "1.450 Mitarbeiter."),
    ("nl", "Ardelis BV schrapt 120 banen in Calvieux. De fabriek heeft nu 310 werknemers. Het concern heeft 1.450 "
           "werknemers."),
])
def test_the_staff_a_site_employs_is_no_workforce(lang, text):
    """A site noun opening the figure's clause as the subject of a verb of employing ("Ce site emploie aujourd'hui 310
    personnes", "Das Werk beschäftigt 310 Menschen") counts that site's staff, not the company's (was: a workforce of
    310 beside the group's 1,450)."""
    check_construction("a site's staff", extracted(lang, text), "Ardelis",
                       [("job_cuts", 120, "count", {}), ("workforce", 1450, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Elbkamp GmbH streicht 600 Stellen. Bereits 2022 hatte Elbkamp 350 Stellen gestrichen und zwei Lager in "
           "Niedersachsen geschlossen."),
    ("de", "Die Elbkamp GmbH streicht 600 Stellen. Bereits 2022 hatte das Unternehmen 350 Stellen gestrichen und zwei "
           "Lager geschlossen."),
    ("nl", "Elbkamp BV schrapt 600 banen. In 2022 had Elbkamp al 350 banen geschrapt en twee magazijnen gesloten."),
])
def test_a_cut_verb_last_right_after_the_jobs_is_theirs_before_a_coordinated_figure(lang, text):
    """A past cut told with its verb last right after the jobs' noun ("hatte 350 Stellen gestrichen und zwei Lager
    geschlossen") cuts those jobs, though a figure of the coordinated clause follows it (was: the auxiliary "hatte"
    read as a verb of employing, a workforce of 350)."""
    check_construction("a cut verb last", extracted(lang, text), "Elbkamp",
                       [("job_cuts", 600, "count", {}), ("job_cuts", 350, "count", {}), ("store_closure", 2, "count", {})])


@pytest.mark.parametrize(("lang", "text", "own", "peer"), [
    ("nl", "Hoogmeer Verpakkingen schrapt 300 banen. Branchegenoot Kartonnage Elst kondigde vorige maand aan 90 banen te "
           "schrappen.", "Hoogmeer Verpakkingen", "Kartonnage Elst"),
    ("de", "Die Hoogmeer Verpackungen GmbH streicht 300 Stellen. Branchenkollege Kartonagen Elst kündigte im Vormonat an, "
           "90 Stellen zu streichen.", "Hoogmeer Verpackungen", "Kartonagen Elst"),
])
def test_a_peers_word_before_a_name_is_a_company_noun(lang, text, own, peer):
    """A word of a peer in the trade opening the sentence ("Branchegenoot", "Branchenkollege": `entities.company_nouns`)
    is no part of the name after it, as a rival's word is not (was: "Branchegenoot Kartonnage Elst")."""
    assert _told(extracted(lang, text)) == {("job_cuts", own, 300), ("job_cuts", peer, 90)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ardelis Ltd will cut 120 jobs in Calvey, where the company's last foundry employs 310 people. The group "
           "employs 1,450 people."),
    ("fr", "Ardelis SA supprime 120 postes à Calvieux. La fonderie emploie aujourd'hui 310 personnes. Le groupe compte "
           "1 450 salariés."),
    ("es", "Ardelis SA recortará 120 empleos en Calvieux. La fundición emplea hoy a 310 personas. El grupo cuenta con "
           "1.450 empleados."),
    ("de", "Die Ardelis GmbH streicht 120 Stellen in Calvieux. Die Gießerei beschäftigt derzeit 310 Menschen. Der Konzern "
           "hat 1.450 Mitarbeiter."),
    ("nl", "Ardelis BV schrapt 120 banen in Calvieux. De gieterij heeft nu 310 werknemers. Het concern heeft 1.450 "
           "werknemers."),
])
def test_a_foundry_is_a_site(lang, text):
    """A foundry is a site (`stores.nouns`: "foundry", "fonderie", "fundición", "Gießerei", "gieterij"): the staff it
    employs are no workforce (was: a workforce of 310 beside the group's 1,450)."""
    check_construction("a foundry's staff", extracted(lang, text), "Ardelis",
                       [("job_cuts", 120, "count", {}), ("workforce", 1450, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Garnock Mills will cut 1,400 jobs. Garnock Mills employs 5,000 people.", "Garnock Mills"),
    ("fr", "Ardelis Usines va supprimer 1 400 postes. Ardelis Usines emploie 5 000 personnes.", "Ardelis Usines"),
])
def test_a_site_word_ending_a_firms_name_employs_its_workforce(lang, text, org):
    """A site word inside a firm's name ("Garnock Mills employs 5,000 people") is the firm, no site: its staff are the
    workforce (was, for a moment on this branch, a site's staff)."""
    check_construction("a firm named with a site word", extracted(lang, text), org,
                       [("job_cuts", 1400, "count", {}), ("workforce", 5000, "count", {})])
