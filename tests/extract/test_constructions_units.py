"""A result whose subject opening its sentence is a unit of the company (a division, a business of one country, a
subsidiary left unnamed: ``money.units``) is the unit's, no result of the group: a division's revenue set against the
group's was a false disagreement. A unit named in apposition keeps its claim as its own organisation's."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted

GROUP = [("revenue", 5_200_000_000, "EUR", {})]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tarnwick results\n\nTarnwick plc said revenue rose to 5.2 billion euros in 2025. The packaging division, the "
           "group's largest, had revenue of 2.1 billion euros."),
    ("en", "Tarnwick results\n\nTarnwick plc said revenue rose to 5.2 billion euros in 2025. Its Italian business had "
           "revenue of 800 million euros."),
    ("de", "Tarnwick legt zu\n\nDie Tarnwick AG steigerte den Umsatz 2025 auf 5,2 Milliarden Euro. Die Verpackungssparte "
           "setzte 2,1 Milliarden Euro um."),
    ("de", "Tarnwick legt zu\n\nDie Tarnwick AG steigerte den Umsatz 2025 auf 5,2 Milliarden Euro. Das polnische "
           "Tochterunternehmen erzielte einen Umsatz von 300 Millionen Euro."),
    ("nl", "Tarnwick groeit\n\nTarnwick NV verhoogde de omzet in 2025 naar 5,2 miljard euro. De verpakkingsdivisie "
           "boekte een omzet van 2,1 miljard euro."),
    ("sv", "Tarnwick växer\n\nTarnwick AB ökade omsättningen 2025 till 5,2 miljarder euro. Förpackningsdivisionen "
           "hade en omsättning på 2,1 miljarder euro."),
    ("fr", "Tarnwick progresse\n\nTarnwick SA a porté son chiffre d'affaires à 5,2 milliards d'euros en 2025. La division "
           "emballages a réalisé un chiffre d'affaires de 2,1 milliards d'euros."),
    ("es", "Tarnwick crece\n\nTarnwick SA elevó su facturación hasta 5.200 millones de euros en 2025. La filial "
           "portuguesa de Tarnwick facturó 210 millones de euros."),
])
def test_a_units_result_is_not_the_groups(lang, text):
    check_construction("a unit's result", extracted(lang, text), "Tarnwick", GROUP)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Tarnwick results\n\nTarnwick plc's revenue rose to 5.2 billion euros in 2025.", GROUP),
    ("en", "Tarnwick results\n\nTarnwick plc, which also has a packaging division, had revenue of 5.2 billion euros "
           "in 2025.", GROUP),
    ("en", "Tarnwick results\n\nRevenue at Tarnwick plc, whose packaging division grew fastest, rose to 5.2 billion euros "
           "in 2025.", GROUP),
    ("de", "Tarnwick legt zu\n\nDer Konzern Tarnwick, zu dem auch die Verpackungssparte gehört, setzte 2025 5,2 "
           "Milliarden Euro um.", GROUP),
    ("fr", "Tarnwick progresse\n\nLe groupe Tarnwick, qui compte aussi une division emballages, a réalisé en 2025 un "
           "chiffre d'affaires de 5,2 milliards d'euros.", GROUP),
])
def test_the_groups_result_beside_a_unit_word_stays(lang, text, expected):
    check_construction("the group's result beside a unit word", extracted(lang, text), "Tarnwick", expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Tarnwick progresse\n\nLe groupe Tarnwick a réalisé un chiffre d'affaires de 5,2 milliards d'euros en 2025. "
           "Sa filiale espagnole, Tarnwick Iberia, a réalisé un chiffre d'affaires de 1,1 milliard d'euros."),
    ("es", "Tarnwick crece\n\nEl grupo Tarnwick facturó 5.200 millones de euros en 2025. Su filial española, Tarnwick "
           "Iberia, facturó 1.100 millones de euros."),
])
def test_a_unit_named_in_apposition_keeps_its_result(lang, text):
    claims = {(c.kind, c.org, c.quantity.value) for c in extracted(lang, text).claims}
    assert ("revenue", "Tarnwick Iberia", 1_100_000_000) in claims, claims
    assert ("revenue", "Tarnwick", 5_200_000_000) in claims, claims
