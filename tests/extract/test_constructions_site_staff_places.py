"""The staff of a site told after its places ("une usine de pigments près de Lyon, à Saint-Fons, avec 260 salariés")
are the site's, no cut and no workforce of the company, even beside the company's cuts; in short articles the project
wrote about made-up companies."""

from __future__ import annotations

import pytest

from extract.expected import figure_of
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le chimiste Brelsholm va supprimer 380 postes. En France, Brelsholm exploite une usine de pigments près de "
           "Lyon, à Saint-Fons, avec 260 salariés."),
    ("fr", "Le chimiste Brelsholm va supprimer 380 postes. Brelsholm exploite une usine à Vienne, en Isère, avec 260 "
           "salariés."),
    ("en", "Brelsholm will cut 380 jobs. It runs a plant in Vienne, near Lyon, with 260 workers."),
])
def test_a_sites_staff_after_its_places_is_no_cut(lang, text):
    """(was: 260 cuts, set against another outlet's count of the round)"""
    assert [(c.kind, figure_of(c)) for c in extracted(lang, text).claims] == [("job_cuts", 380)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Brelsholm will close its plant in Vienne, near Lyon, with 260 job losses."),
    ("fr", "Brelsholm fermera son usine de Vienne, en Isère, avec 260 suppressions de postes."),
    ("en", "Brelsholm will close its plant in Vienne, near Lyon, with the loss of 260 jobs."),
])
def test_cuts_told_after_a_sites_places_stay_cuts(lang, text):
    """A count of job losses after the site's places is the closure's cuts."""
    assert ("job_cuts", 260) in [(c.kind, figure_of(c)) for c in extracted(lang, text).claims]
