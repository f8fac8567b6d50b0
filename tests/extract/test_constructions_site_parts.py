"""A closing verb whose object is a part of a site (a line, a shift: ``stores.parts``) closes no site, the site kept;
in short articles the project wrote about made-up companies."""

from __future__ import annotations

import pytest

from extract.test_constructions import extracted


def _sites(lang: str, text: str) -> list[str]:
    return [c.object for c in extracted(lang, text).claims if c.kind == "store_closure"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Food maker Dornquist will shut one of its two bottling lines at its Seville plant."),
    ("en", "Food maker Dornquist will cut 210 jobs at its Seville plant, where it is shutting one of its two olive oil "
           "bottling lines, the company said."),
    ("es", "La empresa Dornquist recortará 150 empleos en su planta de Sevilla, donde cerrará una de sus dos líneas de "
           "envasado."),
    ("es", "Dornquist cerrará una de sus dos líneas de envasado en su planta de Sevilla."),
    ("fr", "Dornquist fermera une de ses deux lignes de production dans son usine de Séville."),
    ("sv", "Dornquist AB lägger ner en av två linjer i fabriken i Göteborg."),
])
def test_a_line_closed_at_a_plant_closes_no_site(lang, text):
    """(was: the closure of the Seville or Gothenburg plant)"""
    assert _sites(lang, text) == []


@pytest.mark.parametrize(("lang", "text", "sites"), [
    ("en", "Dornquist will close its Seville plant in June.", ["Sevilla"]),
    ("en", "Dornquist will shut its Seville plant in June and move its lines to Jaén.", ["Sevilla"]),
    ("fr", "Dornquist fermera son usine de Séville en juin, avec ses deux lignes.", ["Sevilla"]),
    ("sv", "Dornquist AB lägger ner fabriken i Göteborg.", ["Göteborg"]),
    ("de", "Die Dornquist GmbH schließt ihr Werk in Sevilla im Juni.", ["Sevilla"]),
])
def test_a_plant_closed_with_its_lines_is_closed(lang, text, sites):
    """Lines named after the plant closed, or moved elsewhere, leave the plant's closure standing."""
    assert _sites(lang, text) == sites
