"""A result of the first nine months of a year is dated by the year (no finer precision holds it) but is a part of
the year's result (aggregate "part"), no rival of the full year's figure; in short articles the project wrote about
made-up companies."""

from __future__ import annotations

import pytest

from extract.test_constructions import extracted


def _results(lang: str, text: str) -> list[tuple[str, float, str | None, str]]:
    return [(c.kind, c.quantity.value, c.aggregate, c.when.value) for c in extracted(lang, text).claims
            if c.kind in ("revenue", "profit", "net_income", "loss")]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("nl", "Verzekeraar Pellwick boekte over de eerste negen maanden van 2026 een nettowinst van 210 miljoen euro.",
     "net_income"),
    ("en", "Pellwick posted a net profit of 210 million euros in the first nine months of 2026.", "net_income"),
    ("de", "Die Pellwick AG erzielte in den ersten neun Monaten 2026 einen Umsatz von 210 Millionen Euro.", "revenue"),
    ("fr", "Pellwick a dégagé un bénéfice net de 210 millions d'euros sur les neuf premiers mois de 2026.", "net_income"),
    ("es", "El grupo Pellwick obtuvo un beneficio neto de 210 millones de euros en los nueve primeros meses de "
           "2026.", "net_income"),
])
def test_a_nine_months_result_is_a_part_of_the_year(lang, text, kind):
    """(was: the year's result, set against the full year's 285 million of a later article)"""
    assert _results(lang, text) == [(kind, 210e6, "part", "2026")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Pellwick posted a net profit of 285 million euros in 2026.", [("net_income", 285e6, None, "2026")]),
    ("en", "Pellwick posted a net profit of 210 million euros in the first nine months of 2026 and expects 300 million "
           "euros for the full year 2026.",
     [("net_income", 210e6, "part", "2026"), ("net_income", 300e6, None, "2026")]),
    ("en", "Pellwick posted a net profit of 210 million euros in the first half of 2026.",
     [("net_income", 210e6, None, "2026-H1")]),
    ("nl", "Pellwick BV boekte in 2026 een nettowinst van 285 miljoen euro, na een moeizame eerste negen maanden.",
     [("net_income", 285e6, None, "2026")]),
])
def test_a_years_result_beside_nine_months_stays_the_years(lang, text, expected):
    """The full year's result, a forecast of it after a nine months' figure, and a half's result are no parts."""
    assert _results(lang, text) == expected
