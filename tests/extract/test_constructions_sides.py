"""Constructions that kept the sides of the story sets' disagreements apart (tenth round), in made-up articles in
several languages (published Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La consultora Brisvale cerrará su centro de Nantes en septiembre de 2026."),
    ("fr", "La société de conseil Brisvale fermera son centre de Nantes en septembre 2026."),
])
def test_a_centre_closed_is_a_site(lang, text):
    """A company's centre closed is a site closed, in Spanish as in French ("cerrará su centro de Nantes"; was: no
    closure, "centro" no site noun)."""
    check_construction("a centre closed", extracted(lang, "Brisvale\n\n" + text), "Brisvale",
                       [("store_closure", None, None, dict(object="Nantes", when="2026-09"))])

