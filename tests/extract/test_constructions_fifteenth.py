"""Constructions the fifteenth blind set (q14: news where the facts are not the headline: timelines, politics, a
regional angle, a sector overview, an earnings call, a profile, a market report, a court ruling, a strike, an
anniversary) taught, in short articles the project wrote in several languages about made-up companies: each
expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


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
