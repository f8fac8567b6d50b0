"""Wrong claims and wrong organisations the blind sets showed (x16), in short articles the project wrote in several
languages about made-up companies: each expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Tramontia Air will cut 14 routes and 420 jobs.", [("job_cuts", 420, "count", {})]),
    ("en", "Tramontia Air cuts 14 unprofitable routes.", []),
    ("es", "Tramontia Air recorta 14 rutas y prescindirá de 420 tripulantes.", [("job_cuts", 420, "count", {})]),
    ("es", "Tramontia Air recorta 14 rutas.", []),
    ("de", "Die Tramontia Air GmbH streicht 14 Strecken und baut 420 Stellen ab.", [("job_cuts", 420, "count", {})]),
    ("fr", "Tramontia Air supprime 14 lignes et 420 postes.", [("job_cuts", 420, "count", {})]),
    ("nl", "Tramontia Air schrapt 14 routes en 420 banen.", [("job_cuts", 420, "count", {})]),
    ("sv", "Tramontia Air AB lägger ned 14 linjer och varslar 420 anställda.", [("job_cuts", 420, "count", {})]),
])
def test_a_count_of_routes_is_no_job_cut(lang, text, expected):
    """A count whose noun counts no staff (`claims.not_staff`: routes, lines, flights, "rutas", "Strecken",
    "lignes", "linjer"), one word between at most, is no job cut, nor the noun of a count of jobs after it (was: a
    cut of 14 jobs beside the 420)."""
    check_construction("routes cut", extracted(lang, "Tramontia\n\n" + text), "Tramontia Air", expected)

