"""Constructions the eighth blind set (q7) taught, in short articles the project wrote in several languages about
made-up companies: each expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "Torvmark Inc's operating profit fell to $318 million. Analysts had on average expected an operating "
           "profit of $365 million.", "profit"),
    ("sv", "Torvmark AB:s rörelseresultat sjönk till 318 miljoner kronor. Analytikerna hade i snitt väntat sig ett "
           "rörelseresultat på 365 miljoner kronor.", "profit"),
    ("fr", "Torvmark SA a publié un résultat opérationnel de 318 millions d'euros. Les analystes attendaient en moyenne "
           "un résultat opérationnel de 365 millions d'euros.", "profit"),
    ("es", "Torvmark SA ganó 318 millones de euros. Los analistas esperaban un beneficio neto de 365 millones de euros.",
     "net_income"),
    ("de", "Die Torvmark AG erzielte ein Ebit von 318 Millionen Euro. Analysten hatten im Schnitt ein Ebit von 365 "
           "Millionen Euro erwartet.", "profit"),
    ("nl", "Torvmark BV boekte een bedrijfsresultaat van 318 miljoen euro. Analisten hadden gemiddeld een "
           "bedrijfsresultaat van 365 miljoen euro verwacht.", "profit"),
])
def test_what_analysts_expected_is_not_the_companys_result(lang, text, kind):
    """"Analysts had expected an operating profit of $365 million": the observers' estimate beside the company's
    figure is theirs, no result of the company's."""
    check_construction("an analysts' estimate", extracted(lang, "Torvmark\n\n" + text), "Torvmark",
                       [(kind, 318e6, "USD" if lang == "en" else "SEK" if lang == "sv" else "EUR", {})])


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("sv", "Torvmark AB:s nettoomsättning minskade till 4,05 miljarder kronor (4,41) under fjärde kvartalet.",
     [("revenue", 4.05e9, "SEK", dict(when="2025-Q4")), ("revenue", 4.41e9, "SEK", dict(when="2024-Q4"))]),
    ("sv", "Torvmark AB redovisar för fjärde kvartalet ett resultat efter skatt på 221 Mkr (287).",
     [("net_income", 221e6, "SEK", {}), ("net_income", 287e6, "SEK", {})]),
    ("sv", "Torvmark AB:s rörelseresultat för 2025 blev 96 miljoner kronor (-12).",
     [("profit", 96e6, "SEK", dict(when="2025")), ("profit", -12e6, "SEK", dict(when="2024"))]),
    ("en", "Torvmark AB reported net sales of SEK 4,050 million (4,410) for the fourth quarter.",
     [("revenue", 4.05e9, "SEK", {}), ("revenue", 4.41e9, "SEK", dict(when="2024-Q4"))]),
    ("fr", "Au second semestre, le bénéfice net de Torvmark SA a atteint 271 millions d'euros (229 millions au second "
           "semestre 2024).", [("net_income", 271e6, "EUR", dict(when="2025-H2")),
                               ("net_income", 229e6, "EUR", dict(when="2024-H2"))]),
    ("es", "En 2025, Torvmark SA facturó 1.245 millones de euros (1.108 millones en 2024).",
     [("revenue", 1.245e9, "EUR", dict(when="2025")), ("revenue", 1.108e9, "EUR", dict(when="2024"))]),
])
def test_last_years_figure_in_brackets(lang, text, expected):
    """"4,05 miljarder kronor (4,41)": a bare figure in brackets right after a result is the same measure a year
    before, in the result's unit and scale; with a scale and a period of its own ("(229 millions au second semestre
    2024)") it is of that period."""
    check_construction("last year's figure in brackets", extracted(lang, "Torvmark\n\n" + text), "Torvmark", expected)


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("en", "Torvmark Inc said. Last year the start-up lost 18 million euros on revenue of 27 million euros.", "EUR"),
    ("nl", "Torvmark BV meldt. Vorig jaar verloor de start-up 18 miljoen euro bij een omzet van 27 miljoen euro.", "EUR"),
    ("de", "Die Torvmark GmbH meldet. Im vergangenen Jahr verlor das Start-up 18 Millionen Euro bei einem Umsatz von "
           "27 Millionen Euro.", "EUR"),
    ("sv", "Torvmark AB meddelar. I fjol förlorade bolaget 18 miljoner kronor på en omsättning av 27 miljoner kronor.",
     "SEK"),
    ("es", "Torvmark SA informa. El año pasado la empresa perdió 18 millones de euros con una facturación de 27 millones "
           "de euros.", "EUR"),
])
def test_a_sum_lost_beside_revenue_is_a_loss(lang, text, unit):
    """"verloor 18 miljoen euro bij een omzet van 27 miljoen": a verb of losing before a sum makes it a loss, and a
    money word with a figure of its own right after it ("omzet van 27 miljoen") is that figure's, not the sum's."""
    check_construction("a sum lost", extracted(lang, "Torvmark\n\n" + text), "Torvmark",
                       [("loss", 18e6, unit, {}), ("revenue", 27e6, unit, {})])


@pytest.mark.parametrize(("lang", "text", "causes"), [
    ("en", "Torvmark Inc will cut 2,800 jobs. Chief executive Anna Berg said the move was driven by tariffs that had "
           "added $150 million to its costs this year.", ["tariffs"]),
    ("sv", "Torvmark AB varslar 600 anställda. Som skäl anger bolaget högre bränslekostnader och den hårda konkurrensen "
           "från lågprisbolagen.", ["costs", "competition"]),
    ("fr", "Torvmark SA va supprimer 650 postes. Ces suppressions sont liées à la baisse de notre activité, a déclaré "
           "le directeur.", ["demand"]),
    ("es", "Torvmark SA despedirá a 650 trabajadores. La empresa justifica el recorte por la caída de la actividad.",
     ["demand"]),
    ("de", "Die Torvmark AG will 2.000 Stellen streichen. Als Gründe nannte Vorstandschefin Anna Berg den Rückgang des "
           "Gasabsatzes.", ["demand"]),
])
def test_causes_in_the_words_of_the_eighth_set(lang, text, causes):
    """A cause a sum follows is still one ("tariffs that had added $150 million to its costs"; only costs lowered by
    a sum are a saving); "anger som skäl" gives reasons, "bränslekostnader" are costs, "konkurrensen" competition;
    a fall of activity ("la baisse de notre activité", "la caída de la actividad") or of a compound's sales
    ("Rückgang des Gasabsatzes") is weaker demand."""
    cuts = {"en": 2800, "sv": 600, "fr": 650, "es": 650, "de": 2000}[lang]
    check_construction("causes", extracted(lang, "Torvmark\n\n" + text), "Torvmark",
                       [("job_cuts", cuts, "count", {})]
                       + [("cause", None, None, dict(object=c, polarity="affirm")) for c in causes])


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Torvmark AB varslar 600 anställda om uppsägning, varav 420 är kabinpersonal."),
    ("sv", "Torvmark AB säger upp 600 personer, varav 420 är tjänstemän vid huvudkontoret."),
])
def test_a_part_of_a_cut_is_no_workforce(lang, text):
    """"varslar 600 anställda, varav 420 är kabinpersonal": the part word after a cut makes the count a part of it,
    not the staff the company has."""
    check_construction("a part of a cut", extracted(lang, "Torvmark\n\n" + text), "Torvmark",
                       [("job_cuts", 600, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Vos salariés soupçonnent que l'intelligence artificielle remplace leurs emplois. Est-ce le cas ?"),
    ("en", "Your staff suspect that artificial intelligence is replacing their jobs. Is that the case?"),
    ("de", "Ihre Mitarbeiter vermuten, dass künstliche Intelligenz ihre Arbeit ersetzt. Stimmt das?"),
    ("es", "Sus empleados sospechan que la inteligencia artificial sustituye sus empleos. ¿Es así?"),
])
def test_the_premise_of_a_question_is_no_cause(lang, text):
    """In an interview, a question and the sentence right before it in its paragraph are the interviewer's: the
    cause its premise names is nobody's stance."""
    cut = {"fr": "Torvmark SA va supprimer 650 postes.", "en": "Torvmark Inc will cut 650 jobs.",
           "de": "Die Torvmark AG streicht 650 Stellen.", "es": "Torvmark SA despedirá a 650 trabajadores."}[lang]
    check_construction("a question's premise", extracted(lang, f"Torvmark\n\n{cut}\n\n{text}"), "Torvmark",
                       [("job_cuts", 650, "count", {})])


def test_reasons_given_paragraphs_after_the_cuts():
    """"Som skäl anger bolaget ...": a reason word ties the causes to the cuts told paragraphs before."""
    text = ("Torvmark\n\nTorvmark AB varslar 600 anställda om uppsägning.\n\nBolaget drar ned på antalet avgångar under "
            "vintern.\n\nSom skäl anger bolaget högre bränslekostnader och den hårda konkurrensen från lågprisbolagen.")
    check_construction("reasons later", extracted("sv", text), "Torvmark",
                       [("job_cuts", 600, "count", {}), ("cause", None, None, dict(object="costs", polarity="affirm")),
                        ("cause", None, None, dict(object="competition", polarity="affirm"))])


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Torvmark SA ganó 97,5 millones de euros en el cuarto trimestre de 2025, frente a los 81 millones del cuarto "
           "trimestre de 2024.",
     [("net_income", 97.5e6, "EUR", dict(when="2025-Q4")), ("net_income", 81e6, "EUR", dict(when="2024-Q4"))]),
    ("fr", "Le résultat opérationnel de Torvmark SA s'est élevé à 392 millions d'euros au second semestre 2025, contre "
           "331 millions au second semestre 2024.",
     [("profit", 392e6, "EUR", dict(when="2025-H2")), ("profit", 331e6, "EUR", dict(when="2024-H2"))]),
    ("es", "Torvmark SA facturó 97,5 millones de euros en 2025 y tiene 3 millones de clientes, frente a los 2 millones "
           "de clientes de 2024.", [("revenue", 97.5e6, "EUR", {})]),
])
def test_a_sum_compared_with_keeps_the_currency_before_it(lang, text, expected):
    """"frente a los 81 millones del cuarto trimestre de 2024": millions after a word of comparison, with a period
    after them, are in the currency of the sum before; "frente a 2 millones de clientes" counts a noun."""
    check_construction("compared with", extracted(lang, "Torvmark\n\n" + text), "Torvmark", expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Torvmark BV schrapt 1.100 banen, zodat bijna een op de zeven banen verdwijnt."),
    ("es", "Torvmark SA despedirá a 1.100 trabajadores, una de cada siete plazas."),
    ("en", "Torvmark Inc will cut 1,100 jobs, or one in seven jobs."),
])
def test_the_word_for_one_before_a_ratio_of_jobs(lang, text):
    """"een op de zeven banen": the word for one (also the article) before a ratio word and a count of jobs is a
    share of them, read to three figures."""
    check_construction("one in seven", extracted(lang, "Torvmark\n\n" + text), "Torvmark",
                       [("job_cuts", 1100, "count", {}), ("job_cuts", 14.3, "percent", {})])


@pytest.mark.parametrize("text", [
    "Torvmark AB varslar 600 anställda. Bolaget lägger samtidigt ned sin bas i Luleå.",
    "Torvmark AB varslar 600 anställda. Bolaget lägger också ner sin fabrik i Luleå.",
])
def test_a_swedish_closing_verb_split_by_an_adverb(text):
    """"lägger samtidigt ned sin bas i Luleå": the verb's parts around an adverb still close a site, and an airline's
    base is one."""
    check_construction("lägger ... ned", extracted("sv", "Torvmark\n\n" + text), "Torvmark",
                       [("job_cuts", 600, "count", {}), ("store_closure", None, None, {})])
