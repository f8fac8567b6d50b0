"""Constructions the two hundred blind articles and the story sets still missed (x23's list), in short articles the
project wrote in several languages about made-up companies (published Wednesday 4 March 2026): each expectation
names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Halvern Steel Plc will close its plant in Kreuztal by mid-2027.", "Halvern Steel"),
    ("en", "Halvern Steel Plc will close its plant in Kreuztal in the middle of 2027.", "Halvern Steel"),
    ("de", "Die Halvern Stahl AG will ihr Werk in Kreuztal bis Mitte 2027 schließen.", "Halvern Stahl"),
    ("fr", "Halvern Aciers SA fermera son usine de Kreuztal à la mi-2027.", "Halvern Aciers"),
    ("es", "Halvern Aceros SA cerrará su planta de Kreuztal a mediados de 2027.", "Halvern Aceros"),
    ("nl", "Halvern Staal BV sluit medio 2027 zijn fabriek in Kreuztal.", "Halvern Staal"),
    ("sv", "Halvern Stål AB stänger sin fabrik i Kreuztal i mitten av 2027.", "Halvern Stål"),
])
def test_the_middle_of_a_year_is_its_june(lang, text, org):
    """"mid-2027", "Mitte 2027", "à la mi-2027", "a mediados de 2027", "medio 2027", "i mitten av 2027": June 2027,
    when the year's first half ends (was: the whole year 2027, so that "mid-2027" and "the end of 2027" met)."""
    check_construction("the middle of a year", extracted(lang, "Halvern\n\n" + text), org,
                       [("store_closure", None, None, {"object": "Kreuztal", "when": "2027-06"})])
