"""Constructions the ninth round of blind stories (disagreements in every shape, tests/contradictions/stories) left
missed or wrong, in short articles the project wrote in several languages about made-up companies."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Heat pump maker Tavrenne will cut nearly fifteen hundred jobs as demand for its products remains weak, "
           "the company said on Tuesday."),
    ("en", "Tavrenne will cut about 1,500 jobs as demand stays weak, the company said on Tuesday."),
    ("nl", "Warmtepompmaker Tavrenne schrapt 1.500 banen omdat de vraag zwak blijft, maakte het bedrijf dinsdag "
           "bekend."),
])
def test_a_word_of_remaining_after_a_cut_figure_is_another_clauses(lang, text):
    """"will cut nearly fifteen hundred jobs as demand remains weak": a cut verb right before the figure makes it
    cut, the word of remaining after it tells of demand (it was read as a workforce of 1,500)."""
    check_construction("a cut before a word of remaining", extracted(lang, "Tavrenne\n\n" + text), "Tavrenne",
                       [("job_cuts", 1500, "count", {}), ("cause", None, None, {"object": "demand"})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tavrenne will cut 300 jobs. The 1,700 who remain will move to its plant in Leeds."),
    ("nl", "Tavrenne schrapt 300 banen. De 1.700 medewerkers die blijven, verhuizen naar de fabriek in Venlo."),
])
def test_staff_who_remain_after_a_cut_stay_a_workforce(lang, text):
    """Guard: the staff who stay, with no cut verb right before their count, are still a workforce."""
    kinds = {(c.kind, c.quantity.value) for c in extracted(lang, "Tavrenne\n\n" + text).claims if c.quantity}
    assert ("job_cuts", 300) in kinds and ("workforce", 1700) in kinds and ("job_cuts", 1700) not in kinds, kinds
