"""Constructions the sixth round of blind stories (long coverage, tests/contradictions/stories) left missed or
wrong, in short articles the project wrote in several languages about made-up companies: each expectation names
every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Paper group Halvarsen will close its Brakmoor newsprint mill in December and cut 300 jobs. Demand in "
           "Brakmoor has fallen for years, and Brakmoor depends on the mill."),
    ("fr", "Le papetier Halvarsen va fermer son usine de transformation de Brakmoor en décembre et supprimer 300 "
           "postes. Brakmoor dépend de l'usine depuis des décennies, et Brakmoor craint l'avenir."),
    ("es", "La papelera Halvarsen cerrará su planta de envases de Brakmoor en diciembre y despedirá a 300 "
           "trabajadores. Brakmoor depende de la planta desde hace décadas, y Brakmoor teme por su futuro."),
])
def test_a_place_between_a_possessive_and_a_site_noun_is_no_firm(lang, text):
    """"its Brakmoor newsprint mill", "son usine de transformation de Brakmoor": a capitalised word after a possessive
    and before its site noun (at most two lowercase words between), or after both and a link, is the site's place,
    no organisation (it was one, and took the cuts)."""
    check_construction("a site's place after a possessive", extracted(lang, "Halvarsen\n\n" + text), "Halvarsen",
                       [("job_cuts", 300, "count", {"when": "2026-12"})])
