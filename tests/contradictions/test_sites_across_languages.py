"""One site named in several languages ("Göteborg", "Gotemburgo"; "Köln", "Colonia", "Cologne") is one site: its
closure dated differently, and its cuts told differently, are disagreements; two towns' sites are two. End to end,
extractor included, on articles written for the project about made-up companies."""

from __future__ import annotations

import pytest
from contradictions.built import contradictions_of, news

ARTICLES = [
    news("halvorne-sv-1", "2026-11-10", "Halvorne AB lägger ner sin fabrik i Göteborg i mars 2027, meddelade bolaget."),
    news("halvorne-es-2", "2026-11-12", "La empresa Halvorne cerrará su fábrica de Gotemburgo en junio de 2027."),
    news("corbelle-sv-1", "2026-11-10", "Corbelle AB lägger ner sin fabrik i Göteborg i mars 2027, meddelade bolaget."),
    news("corbelle-es-2", "2026-11-12", "La empresa Corbelle cerrará su fábrica de Malmö en junio de 2027."),
    news("trevanne-fr-1", "2027-02-04", "Le chimiste Trevanne va supprimer 380 postes sur son site de Cologne, a "
                                           "annoncé le groupe mercredi."),
    news("trevanne-es-2", "2027-02-05", "El grupo químico Trevanne recortará 300 empleos en su planta de Colonia, "
                                           "según anunció el miércoles la compañía."),
    news("sellmoor-fr-1", "2027-02-04", "Le chimiste Sellmoor va supprimer 380 postes sur son site de Cologne, a "
                                           "annoncé le groupe mercredi."),
    news("sellmoor-es-2", "2027-02-05", "El grupo químico Sellmoor recortará 300 empleos en su planta de Tarragona, "
                                           "según anunció el miércoles la compañía."),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> list[dict]:
    return contradictions_of(tmp_path_factory.mktemp("sites"), ARTICLES)


def _rows(found: list[dict], org: str) -> list[tuple[str, set[str]]]:
    return [(r["kind"], {str(c["when"] if r["kind"] == "temporal" else c["value"]) for c in r["claims"]})
            for r in found if r["org"] == org]


def test_one_sites_closure_dated_apart_in_two_languages(found):
    """Göteborg's closure in March, Gotemburgo's in June: one site, dated differently (was: two sites, no row)."""
    assert ("temporal", {"2027-03", "2027-06"}) in _rows(found, "Halvorne")


def test_one_sites_cuts_told_apart_in_two_languages(found):
    """Cologne's 380 against Colonia's 300: one site's cuts (was: two parts of the round, compared with nothing)."""
    assert ("numeric", {"300", "380"}) in _rows(found, "Trevanne")


def test_two_towns_sites_are_two(found):
    """Göteborg's closure in March and Malmö's in June, Cologne's 380 cuts and Tarragona's 300: two sites each."""
    assert _rows(found, "Corbelle") == [] and _rows(found, "Sellmoor") == []
