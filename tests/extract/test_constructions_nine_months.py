"""A result of the year's first nine months (``time.nine_months``: "in the first nine months", "in den ersten neun
Monaten") is of aggregate "nine_months": dated by its year as before, but no rival of the whole year's result."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted

NINE_MONTHS = dict(aggregate="nine_months")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Velmora results\n\nVelmora plc made a net profit of 231 million euros in the first nine months of 2026.",
     [("net_income", 231_000_000, "EUR", NINE_MONTHS)]),
    ("en", "Velmora results\n\nFor the first nine months of the year, Velmora plc's net profit came to 213 million "
           "euros on revenue of 6.9 billion euros.",
     [("net_income", 213_000_000, "EUR", NINE_MONTHS), ("revenue", 6_900_000_000, "EUR", NINE_MONTHS)]),
    ("de", "Velmora legt zu\n\nIn den ersten neun Monaten kam die Velmora AG auf einen Nettogewinn von 231 Millionen "
           "Euro und einen Umsatz von 6,9 Milliarden Euro.",
     [("net_income", 231_000_000, "EUR", NINE_MONTHS), ("revenue", 6_900_000_000, "EUR", NINE_MONTHS)]),
    ("nl", "Velmora groeit\n\nIn de eerste negen maanden boekte Velmora NV een nettowinst van 231 miljoen euro.",
     [("net_income", 231_000_000, "EUR", NINE_MONTHS)]),
    ("sv", "Velmora växer\n\nUnder årets första nio månader ökade Velmora AB:s omsättning till 5,2 miljarder kronor.",
     [("revenue", 5_200_000_000, "SEK", NINE_MONTHS)]),
    ("fr", "Velmora progresse\n\nSur les neuf premiers mois de l'année, Velmora SA a dégagé un bénéfice net de 231 "
           "millions d'euros.", [("net_income", 231_000_000, "EUR", NINE_MONTHS)]),
    ("es", "Velmora crece\n\nEn los nueve primeros meses del año, el beneficio neto de Velmora SA fue de 231 millones "
           "de euros.", [("net_income", 231_000_000, "EUR", NINE_MONTHS)]),
])
def test_a_result_of_the_years_first_nine_months(lang, text, expected):
    check_construction("a result of the year's first months", extracted(lang, text), "Velmora", expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the year's result
    ("en", "Velmora results\n\nVelmora plc made a net profit of 300 million euros in 2026.",
     [("net_income", 300_000_000, "EUR", dict(aggregate=None))]),
    # the quarter told first, then the nine months: the quarter's figure is the quarter's
    ("de", "Velmora legt zu\n\nIm dritten Quartal erzielte die Velmora AG einen Nettogewinn von 84 Millionen Euro, in "
           "den ersten neun Monaten waren es 231 Millionen Euro.", [("net_income", 84_000_000, "EUR", dict(aggregate=None))]),
    # a hiring over nine months is no result
    ("en", "Velmora hires\n\nVelmora plc will hire 300 engineers over the next nine months.", []),
])
def test_no_nine_months_where_the_period_is_another(lang, text, expected):
    x = extracted(lang, text)
    claims = [c for c in x.claims if c.quantity is None or c.quantity.value != 231_000_000]
    assert all(c.aggregate is None for c in claims if c.kind in ("revenue", "profit", "net_income")), claims
    check_construction("another period", type(x)(**{**vars(x), "claims": claims}), "Velmora", expected)
