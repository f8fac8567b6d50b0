"""Constructions the ninth round of blind stories (c11: figures that differ but do not disagree) taught, in short
articles the project wrote in several languages about made-up companies."""

from __future__ import annotations

import pytest

from extract.expected import figure_of
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kelmora cuts jobs\n\nKelmora will cut 400 jobs, the company said on Tuesday. It employs 6,200 people. It "
           "employed about 8,000 people before it sold its paints business to a buyout firm in June."),
    ("fr", "Kelmora supprime des postes\n\nKelmora va supprimer 400 postes, a annoncé le groupe mardi. Il emploie 6 200 "
           "personnes. Le groupe comptait 8 000 salariés avant la cession de sa branche peintures en juin."),
    ("de", "Kelmora streicht Stellen\n\nKelmora streicht 400 Stellen, teilte das Unternehmen am Dienstag mit. Es "
           "beschäftigt 6.200 Menschen. Das Unternehmen hatte 8.000 Mitarbeiter vor dem Verkauf der Lacksparte im Juni."),
    ("es", "Kelmora recorta empleo\n\nKelmora recortará 400 empleos, anunció la empresa el martes. Emplea a 6.200 "
           "personas. La empresa tenía 8.000 empleados antes de la venta de su negocio de pinturas en junio."),
    ("nl", "Kelmora schrapt banen\n\nKelmora schrapt 400 banen, maakte het bedrijf dinsdag bekend. Het heeft 6.200 "
           "werknemers. Het bedrijf had 8.000 werknemers voor de verkoop van de verfdivisie in juni."),
])
def test_a_workforce_before_an_event_takes_no_time_from_it(lang, text):
    """A workforce told before an event ("8,000 people before it sold its paints business in June") is of no time the
    event's date gives: a level of before the sale, no rival of the staff after it (was: dated June, beside the 6,200
    of now)."""
    levels = {figure_of(c): c.when for c in extracted(lang, text).claims if c.kind == "workforce"}
    assert set(levels) == {6200, 8000} and levels[8000] is None and levels[6200] is not None


@pytest.mark.parametrize(("lang", "text", "segment"), [
    ("fr", "Kelmora supprime des postes\n\nKelmora va supprimer 1 200 postes en France, soit plus de 12 % de ses "
           "effectifs français, a annoncé le groupe mardi.", "France"),
    ("es", "Kelmora recorta empleo\n\nKelmora suprimirá 1.200 empleos en Francia, más del 12 % de su plantilla "
           "francesa, anunció la empresa el martes.", "France"),
    ("fr", "Kelmora supprime des postes\n\nKelmora va supprimer 300 postes en Espagne, soit 15 % des effectifs "
           "espagnols du groupe, a annoncé le groupe mardi.", "Spain"),
    ("en", "Kelmora cuts jobs\n\nKelmora will cut 1,200 jobs in France, more than 12% of its French workforce, the "
           "company said on Tuesday.", "French"),
])
def test_a_percent_of_one_country_s_staff_is_that_country_s(lang, text, segment):
    """A country's adjective right after the staff a percent is of ("12 % de ses effectifs français", "su plantilla
    francesa"; before it in English: "its French workforce") makes the share that country's, no share of the group's
    (was: open, a hard row against "casi el 7 % de la plantilla del grupo")."""
    [share] = [c for c in extracted(lang, text).claims if c.kind == "job_cuts" and c.quantity.unit == "percent"]
    assert share.segment == segment


def test_a_country_s_adjective_after_the_staff_of_a_group_noun_is_no_segment():
    """Guard: the adjective of a group ("le groupe français") is no staff's."""
    x = extracted("fr", "Kelmora supprime des postes\n\nLe groupe français Kelmora va supprimer 8 % de ses effectifs, "
                        "a-t-il annoncé mardi.")
    [share] = [c for c in x.claims if c.kind == "job_cuts"]
    assert share.segment is None


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Kelmora schrapt banen\n\nKelmora schrapt 1.300 banen. Ook de vestiging in Geleen ontkomt niet aan de "
           "bezuinigingen: daar verdwijnen 90 banen, zo heeft de directie dinsdag laten weten."),
    ("en", "Kelmora cuts jobs\n\nKelmora will cut 1,300 jobs. The plant in Leeds does not escape the cost cuts: 90 jobs "
           "will go there, the management said on Tuesday."),
    ("de", "Kelmora streicht Stellen\n\nKelmora streicht 1.300 Stellen. Auch das Werk in Hamm entgeht den Sparmaßnahmen "
           "nicht: Dort fallen 90 Stellen weg, teilte die Geschäftsführung am Dienstag mit."),
    ("fr", "Kelmora supprime des postes\n\nKelmora va supprimer 1 300 postes. Le site de Lille n'échappe pas aux "
           "économies : 90 postes y disparaîtront, a indiqué la direction mardi."),
])
def test_a_site_not_spared_the_savings_denies_no_cause(lang, text):
    """"Does not escape the cost cuts" says a site is hit, it denies no cause (was, in Dutch: costs denied, a row
    against the costs the same article gives)."""
    x = extracted(lang, text)
    assert not [c for c in x.claims if c.kind == "cause" and c.polarity == "deny"]


@pytest.mark.parametrize(("lang", "text", "year"), [
    ("en", "Kelmora results\n\nKelmora's revenue was €7.1 billion in the year to February 2025, the company said.",
     "2024"),
    ("fr", "Kelmora publie ses comptes\n\nLe distributeur Kelmora a réalisé un chiffre d'affaires de 7,4 milliards "
           "d'euros sur son exercice clos fin février 2026, a annoncé le groupe mardi.", "2025"),
    ("es", "Kelmora presenta resultados\n\nLa cadena Kelmora facturó 7.400 millones de euros en el ejercicio cerrado en "
           "febrero de 2026, anunció la empresa el martes.", "2025"),
    ("en", "Kelmora results\n\nKelmora's revenue was €7.1 billion in the fiscal year to December 2025.", "2025"),
])
def test_a_year_told_by_its_last_month_is_the_fiscal_year_of_its_first(lang, text, year):
    """A result of the year to a month ("in the year to February 2025", "sur son exercice clos fin février 2026") is of
    a fiscal year, dated by its first year as "Geschäftsjahr 2024/25" is (was: dated the month it ended, so the year
    before's revenue, "Sur l'exercice précédent", fell in the same year as the last one's)."""
    [revenue] = [c for c in extracted(lang, text).claims if c.kind == "revenue"]
    assert (revenue.when.value, revenue.when.precision) == (year, "year")


@pytest.mark.parametrize(("lang", "text", "segment"), [
    ("fr", "Kelmora supprime des postes\n\nKelmora va supprimer 1 300 postes, a annoncé le groupe mardi. En France, où il "
           "emploie 380 salariés sur son site de Lillebonne, le groupe ne prévoit pas de suppressions de postes.",
     "France"),
])
def test_a_place_opening_its_sentence_before_a_relative_clause_is_the_main_clause_s(lang, text, segment):
    """A place opening its sentence, a relative clause right after it, is the segment of the clause that follows ("En
    France, où il emploie 380 salariés ..., le groupe ne prévoit pas de suppressions de postes": no cuts in France
    only; was: an outlook of no cuts for the whole group, overturned by the round its own article reports)."""
    x = extracted(lang, text)
    assert [c.segment for c in x.claims if c.kind == "layoff_outlook"] == [segment]
