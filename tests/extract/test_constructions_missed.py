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


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("fr", "Halvern Aciers SA a supprimé 300 postes. « Nous ne supprimerons pas d'autres postes », a déclaré son PDG, "
           "Jean Morel.", "Halvern Aciers"),
    ("es", "Halvern Aceros SA despidió a 300 trabajadores. «No despediremos a más trabajadores», afirmó su consejero "
           "delegado, Juan Morales.", "Halvern Aceros"),
    ("en", "Halvern Steel Plc cut 300 jobs. \"We will not cut any more jobs,\" said its chief executive, Jan Morgan.",
     "Halvern Steel"),
])
def test_a_cut_in_the_simple_future_denied_denies_more(lang, text, org):
    """"Nous ne supprimerons pas d'autres postes", "No despediremos a más trabajadores": a verb of cutting in the
    simple future is its own word of the future (`stance.will`), so denied before more jobs it denies further cuts,
    as "We will not cut any more jobs" does (was: no outlook)."""
    check_construction("a future cut denied", extracted(lang, text), org,
                       [("job_cuts", 300, "count", {}), ("layoff_outlook", None, None, {"polarity": "deny"})])
