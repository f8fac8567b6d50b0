"""Constructions the twenty-second blind set's remaining wrong claims and misses (q21: roundups and updates) taught, in
short articles the project wrote in several languages about made-up companies: each expectation names every claim the
article gives (kind, figure, unit) and what must hold of it."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Brackwell Robotics said on Friday it would cut 5% of its 2,400 staff, around 120 jobs.", "Brackwell Robotics",
     [("job_cuts", 5, "percent", {}), ("workforce", 2400, "count", {}), ("job_cuts", 120, "count", {})]),
    ("fr", "Brackwell Robotique va supprimer 5 % de ses 2 400 salariés, environ 120 postes.", "Brackwell Robotique",
     [("job_cuts", 5, "percent", {}), ("workforce", 2400, "count", {}), ("job_cuts", 120, "count", {})]),
    ("es", "Brackwell Robótica recortará el 5 % de sus 2.400 empleados, unos 120 puestos.", "Brackwell Robótica",
     [("job_cuts", 5, "percent", {}), ("workforce", 2400, "count", {}), ("job_cuts", 120, "count", {})]),
])
def test_a_count_after_a_share_of_its_staff_is_the_cut(lang, text, org, expected):
    """A possessive belongs to the figure right after it: in "5% of its 2,400 staff, around 120 jobs" the 120 told after
    the whole is the share's count of cuts (was: "its" read as the 120's too, a workforce of 120)."""
    check_construction("a count after a share of its staff", extracted(lang, text), org, expected)

