"""Constructions the eleventh round of story sets (c13: stories that move over time) taught, in made-up articles in
several languages (published Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Harnvik Axles AB varslar 300 anställda. I Norrby har fabriken redan varslat 120 personer under 2024."),
    ("en", "Harnvik Axles will cut 300 jobs. The plant laid off 120 workers in 2024."),
    ("nl", "Harnvik Axles BV schrapt 300 banen. De fabriek schrapte al 120 banen in 2024."),
    ("de", "Die Harnvik Axles GmbH streicht 300 Stellen. Das Werk strich 2024 bereits 120 Stellen."),
    ("fr", "Le groupe Harnvik Axles va supprimer 300 postes. L'usine a supprimé 120 postes en 2024."),
    ("es", "La empresa Harnvik Axles recortará 300 empleos. La planta despidió a 120 trabajadores en 2024."),
])
def test_cuts_whose_subject_is_one_site_are_its_share(lang, text):
    """A noun of one site as the subject of the cut verb right before the count ("fabriken varslade 120 personer",
    "the plant laid off 120 workers") makes the count that site's share, a part compared with no round of the group
    (was: a round of the company, set against its 350 of that year)."""
    check_construction("a site's cuts", extracted(lang, "Harnvik\n\n" + text), "Harnvik Axles",
                       [("job_cuts", 300, "count", dict(aggregate=None)), ("job_cuts", 120, "count", dict(aggregate="part"))])


@pytest.mark.parametrize("text", [
    "Harnvik Axles will cut 300 jobs. In 2024 it closed a plant and cut 120 jobs.",  # the plant is the verb's object
    "Harnvik Axles will cut 300 jobs. The plant will stay open, and the group cut 120 jobs in 2024.",  # joined after
])
def test_a_site_not_the_subject_of_the_cut_makes_no_share(text):
    """Guards: a site the company closes, or one in a clause joined before the cut, leaves the count the company's."""
    x = extracted("en", "Harnvik\n\n" + text)
    assert {(c.kind, c.quantity.value, c.aggregate) for c in x.claims if c.kind == "job_cuts"} == {
        ("job_cuts", 300, None), ("job_cuts", 120, None)}


def test_de_bond_is_the_union():
    """Dutch "de bond", the union named short after "vakbond FNV", speaks as a third party ("Volgens de bond staan er
    2.000 banen op de tocht": the union's count, set against the company's only softly; was: the company's word)."""
    x = extracted("nl", "Harnvik\n\nHarnvik Logistiek BV schrapt 1.200 banen. Volgens de bond staan er 2.000 banen op "
                        "de tocht.")
    assert {(c.quantity.value, c.third_party) for c in x.claims if c.kind == "job_cuts"} == {(1200, False), (2000, True)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Harnvik Foods has scrapped plans to close its plant in Norrby, the company said on Tuesday."),
    ("nl", "Harnvik Foods ziet af van de sluiting van zijn fabriek in Norrby, maakte het bedrijf dinsdag bekend."),
    ("de", "Die Harnvik Foods GmbH verzichtet auf die Schließung ihres Werks in Norrby, teilte das Unternehmen am "
           "Dienstag mit."),
    ("fr", "Le groupe Harnvik Foods renonce à fermer son usine de Norrby, a annoncé l'entreprise mardi."),
    ("es", "La empresa Harnvik Foods renuncia a cerrar su planta de Norrby, anunció la compañía el martes."),
    ("sv", "Harnvik Foods AB avstår från att stänga fabriken i Norrby, meddelade bolaget på tisdagen."),
])
def test_a_closure_given_up_is_none(lang, text):
    """A word of a plan given up a few words before the verb of closing (`claims.abandoned`: "has scrapped plans to
    close", "verzichtet auf die Schließung", "renonce à fermer") closes nothing (was: a closure of the site planned)."""
    assert not [c for c in extracted(lang, "Harnvik\n\n" + text).claims if c.kind == "store_closure"]


def test_a_closure_planned_is_still_one():
    """Guard: a plan to close that nobody gave up is a closure."""
    x = extracted("en", "Harnvik\n\nHarnvik Foods plans to close its plant in Norrby, the company said on Tuesday.")
    assert [c.object for c in x.claims if c.kind == "store_closure"] == ["Norrby"]
