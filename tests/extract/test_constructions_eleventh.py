"""Constructions the eleventh blind set (q10) taught, in short articles the project wrote in several languages about
made-up companies: each expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Harbeck Motors will halt production at its plant in Tolland for eight weeks, putting some 2,300 workers on "
           "temporary layoff. It will also cut 850 salaried jobs."),
    ("en", "Harbeck Motors will temporarily halt production at its plant in Tolland. About 2,300 workers will be "
           "temporarily laid off. It will also cut 850 salaried jobs."),
    ("de", "Die Harbeck Motoren GmbH stellt die Produktion in ihrem Werk in Tolland vorübergehend ein und schickt 2.300 "
           "Beschäftigte in Kurzarbeit. Zudem streicht sie 850 Stellen."),
    ("fr", "Harbeck Motors va arrêter la production de son usine de Tolland pendant huit semaines et placer 2 300 "
           "salariés en chômage partiel. Le groupe supprimera aussi 850 postes."),
    ("nl", "Harbeck Motors stopt de productie in de fabriek in Tolland tijdelijk. Zo'n 2.300 werknemers worden tijdelijk "
           "werkloos. Daarnaast schrapt het bedrijf 850 banen."),
])
def test_a_plant_paused_with_its_staff_laid_off_for_a_time(lang, text):
    """A stop for a time (`stores.paused`: "for eight weeks", "temporarily", "vorübergehend", "pendant huit semaines",
    "tijdelijk") closes no plant, and staff laid off for a time (`claims.temporary`: "temporary layoff", "temporarily
    laid off") lose no job: only the 850 are cut."""
    org = "Harbeck Motoren" if lang == "de" else "Harbeck Motors"
    check_construction("a plant paused", extracted(lang, "Harbeck\n\n" + text), org, [("job_cuts", 850, "count", {})])



@pytest.mark.parametrize("text", [
    "Harbeck Motors will close its plant in Tolland for good after weeks of talks with the union.",
    "Harbeck Motors, which has been losing money for months, will close its plant in Tolland.",
])
def test_a_span_of_time_with_no_figure_pauses_nothing(text):
    """"for good after weeks of talks", "for months": a word of weeks or months with no figure right after "for" tells
    no stop for a time; the plant closes."""
    check_construction("a closure with weeks", extracted("en", "Harbeck\n\n" + text), "Harbeck Motors",
                       [("store_closure", None, None, dict(object="Tolland"))])

@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Durante el ejercicio, la cadena Hogar Ruidera abrió 28 nuevas tiendas y cerró 6 establecimientos en España."),
    ("en", "During the year the retailer Hogar Ruidera opened 28 stores and closed 6 smaller stores in Spain."),
    ("fr", "L'enseigne Hogar Ruidera a ouvert 28 nouveaux magasins et fermé 6 magasins en Espagne."),
    ("de", "Die Handelskette Hogar Ruidera eröffnete 28 Filialen und schloss 6 Filialen in Spanien."),
    ("nl", "De winkelketen Hogar Ruidera opende vorig jaar 28 nieuwe winkels en sloot 6 winkels in Spanje."),
    ("sv", "Kedjan Hogar Ruidera öppnade 28 nya butiker och stängde 6 butiker i Spanien."),
])
def test_stores_opened_beside_stores_closed(lang, text):
    """A count of sites a verb of opening acts on or called new (`stores.opened`: "abrió 28 nuevas tiendas", "opened
    28 stores") is none closed, though a closing verb follows: the 6 are."""
    check_construction("stores opened", extracted(lang, "Hogar Ruidera\n\n" + text), "Hogar Ruidera",
                       [("store_closure", 6, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "A 31 de diciembre, la cadena de tiendas Hogar Ruidera contaba con una plantilla de 9.650 empleados, unos 700 "
           "más que un año antes."),
    ("en", "At the end of December the retailer Hogar Ruidera had a staff of 9,650 employees, some 700 more than a year "
           "earlier."),
    ("de", "Ende Dezember beschäftigte die Handelskette Hogar Ruidera 9.650 Mitarbeiter, rund 700 mehr als ein Jahr "
           "zuvor."),
    ("sv", "Vid årsskiftet hade kedjan Hogar Ruidera 9 650 anställda, omkring 700 fler än ett år tidigare."),
    ("nl", "Eind december telde de winkelketen Hogar Ruidera 9.650 werknemers, zo'n 700 meer dan een jaar eerder."),
])
def test_a_count_more_than_a_year_before_is_no_level(lang, text):
    """A word of comparison right after a count (`numbers.difference`: "some 700 more than a year earlier", "unos 700
    más que un año antes") makes it a difference: no workforce of 700."""
    check_construction("a difference of staff", extracted(lang, "Hogar Ruidera\n\n" + text), "Hogar Ruidera",
                       [("workforce", 9650, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Zur Industrieholding Haldenstein gehört die Gießerei Brasalt Guss. Brasalt Guss beschäftigt 1.900 Menschen. "
           "Die Holding selbst zählt 14.500 Beschäftigte."),
    ("en", "The holding company Haldenstein owns the foundry Brasalt Industries. Brasalt Industries employs 1,900 "
           "people. The holding company itself has 14,500 employees."),
    ("fr", "La holding Haldenstein a publié ses comptes mardi. Sa filiale Brasalt Guss emploie 1 900 personnes. La "
           "holding elle-même compte 14 500 salariés."),
    ("es", "El holding Haldenstein publicó el martes sus cuentas. Su filial Brasalt Guss emplea a 1.900 personas. El "
           "holding cuenta con 14.500 empleados."),
])
def test_the_holding_is_the_one_introduced_as_one(lang, text):
    """"Die Holding selbst zählt 14.500 Beschäftigte": a sentence naming no organisation that opens with a company noun
    is about the one named right after a company noun ending in it ("Industrieholding Haldenstein", `entities.
    company_nouns`: "*holding", "holding company"), not the subsidiary named last; the noun is no part of the name."""
    x = extracted(lang, "Haldenstein\n\n" + text)
    subsidiary = "Brasalt Industries" if lang == "en" else "Brasalt Guss"
    assert {(c.kind, c.org, c.quantity.value) for c in x.claims} == {
        ("workforce", subsidiary, 1900), ("workforce", "Haldenstein", 14500)}, [(c.kind, c.org) for c in x.claims]


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("de", "Die Ahlbach Möbel GmbH baut Stellen ab. Wie der Verwalter mitteilte, sollen von den derzeit rund 640 "
           "Mitarbeitern etwa 190 ihren Arbeitsplatz verlieren.", "Ahlbach Möbel"),
    ("de", "Die Ahlbach Möbel GmbH baut Stellen ab. Von den derzeit rund 640 Mitarbeitern sollen etwa 190 ihren "
           "Arbeitsplatz verlieren.", "Ahlbach Möbel"),
    ("en", "Ahlbach Furniture is cutting jobs. The administrator said that of the roughly 640 employees, about 190 will "
           "lose their jobs.", "Ahlbach Furniture"),
])
def test_the_whole_told_first_in_a_clause_is_no_cut(lang, text, org):
    """A partitive opening the clause after a verb put second or a word of "that", a word of now between ("sollen von
    den derzeit rund 640 Mitarbeitern etwa 190", "said that of the roughly 640 employees, about 190"): the 640 are the
    whole the 190 are cut from, no cut."""
    check_construction("the whole first", extracted(lang, "Ahlbach\n\n" + text), org, [("job_cuts", 190, "count", {})])



@pytest.mark.parametrize(("lang", "text", "org"), [
    ("de", "Die Ahlbach Möbel GmbH baut ab: Streichung der 640 Stellen in der Verwaltung, davon 200 in Lahr.",
     "Ahlbach Möbel"),
    ("en", "Ahlbach Furniture presented its plan: cuts of 640 jobs, 200 of them in Ohio.", "Ahlbach Furniture"),
])
def test_a_partitive_of_one_word_after_a_noun_tells_no_whole(lang, text, org):
    """"Streichung der 640 Stellen", "cuts of 640 jobs": after a word, only a partitive of two words or more ("von
    den", "of the") tells the whole first; a one-word "der" or "of" after a noun of cutting counts the cuts."""
    x = extracted(lang, "Ahlbach\n\n" + text)
    assert any(c.kind == "job_cuts" and c.quantity.value == 640 for c in x.claims), [(c.kind, c.org) for c in x.claims]

@pytest.mark.parametrize(("text", "org"), [
    ("Für die Beschäftigten der Ahlbach Möbelwerke gibt es Gewissheit: 190 Stellen fallen weg.", "Ahlbach Möbelwerke"),
    ("Die Beschäftigten der Ahlbacher Stahlwerke bangen. 190 Stellen fallen weg.", "Ahlbacher Stahlwerke"),
])
def test_works_in_the_plural_end_a_name(text, org):
    """"Möbelwerke", "Stahlwerke": a compound of "Werke" (`entities.org_words` "*werke") ends a firm's name as "Werke"
    does, though no verb makes the firm act."""
    check_construction("works ending a name", extracted("de", "Ahlbach\n\n" + text), org, [("job_cuts", 190, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Ahlbach GmbH streicht 190 Stellen. Das Unternehmen hatte zuletzt mit stark gesunkenen Aufträgen zu "
           "kämpfen."),
    ("nl", "Ahlbach BV schrapt 190 banen. Het bedrijf kampte de laatste tijd met sterk gedaalde orders."),
    ("fr", "Le groupe Ahlbach supprime 190 postes. L’entreprise était confrontée à des commandes en forte baisse."),
    ("es", "La empresa Ahlbach recortará 190 empleos. La compañía sufría una fuerte caída de los pedidos."),
])
def test_a_trouble_told_in_the_past_gives_the_cause(lang, text):
    """A trouble told in the past or in the feminine (`causes.trouble`: "kampte met", "confrontée à", "sufría") with
    falling orders ("gesunkenen Aufträgen", a dative and a participle of falling) after cuts: demand is their cause."""
    check_construction("a trouble in the past", extracted(lang, "Ahlbach\n\n" + text), "Ahlbach",
                       [("job_cuts", 190, "count", {}), ("cause", None, None, dict(object="demand", polarity="affirm"))])
