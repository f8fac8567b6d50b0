"""Constructions the blind ten of what may happen (q22) taught: articles where sites are under review, proposals go
to a works council and figures hang on conditions, beside the plain facts (made-up companies, sentences written for
these tests)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("fr", "Les Forges Tarnelle suppriment 90 postes\n\nLes Forges Tarnelle vont supprimer 90 postes. Le CSE a été "
           "informé jeudi. Le CSE demande un expert.", "Forges Tarnelle",
     [("job_cuts", 90, "count", {})]),
    ("fr", "Le CSE de Brumaire Textiles consulté\n\nBrumaire Textiles emploie 640 salariés. Le CSE rendra son avis en "
           "mars. Le CSE demande un expert.", "Brumaire Textiles", [("workforce", 640, "count", {})]),
    ("it", "Ferrelli Meccanica taglia 120 posti\n\nFerrelli Meccanica taglierà 120 posti di lavoro. La RSU ha "
           "proclamato uno sciopero. La RSU chiede un incontro.", "Ferrelli Meccanica",
     [("job_cuts", 120, "count", {})]),
    # guard: a third party's word in lower case in the lexicon ("bond", a union) still opens a firm's name
    ("nl", "Bond Groep schrapt banen\n\nBond Groep schrapt 200 banen. Bond Groep heeft 3.000 medewerkers.", "Bond Groep",
     [("job_cuts", 200, "count", {}), ("workforce", 3000, "count", {})]),
])
def test_a_works_councils_acronym_is_no_firm(lang, text, org, expected):
    """A third party's acronym (``attribution.third_parties`` written in capitals: "le CSE", "la RSU", a works
    council) is no organisation's name, however often it acts: the firm's figures stay the firm's."""
    check_construction("a works council's acronym", extracted(lang, text), org, expected)

