"""A margin (``money.margin``: profit as a share of revenue) three words at most before a percent, in a sentence that
tells its period, is a profit claim in percent of aggregate "margin": a level of its own, never a change of profit,
so two outlets' margin targets can be set against each other and neither against a fall of profit."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


def margin(value, **attrs):
    return ("profit", value, "percent", dict(aggregate="margin", **attrs))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Corvane targets\n\nCorvane plc is aiming for an operating margin of 9 percent in 2028.", [margin(9)]),
    ("de", "Corvane-Ziele\n\nDie Corvane AG strebt für 2028 eine operative Marge von 9 Prozent an.", [margin(9)]),
    ("de", "Corvane-Ziele\n\nDie Corvane AG erreichte 2025 eine Ebit-Marge von 7 Prozent.", [margin(7)]),
    ("nl", "Corvane mikt hoger\n\nCorvane NV streeft in 2028 naar een bedrijfsmarge van 9 procent.", [margin(9)]),
    ("sv", "Corvane höjer målet\n\nCorvane AB siktar på en rörelsemarginal på 9 procent 2028.", [margin(9)]),
    ("fr", "Corvane vise plus haut\n\nCorvane SA se fixe un objectif de marge opérationnelle de 9 % en 2028.",
     [margin(9)]),
    ("es", "Corvane apunta alto\n\nCorvane SA aspira a un margen operativo del 9 % en 2028.", [margin(9)]),
])
def test_a_margin_with_its_period_is_a_profit_share(lang, text, expected):
    check_construction("a margin", extracted(lang, text), "Corvane", expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a margin of no period its sentence tells: no claim
    ("en", "Corvane targets\n\nCorvane plc stood by its long-term goal of an operating margin of 10 percent over a "
           "cycle.", []),
    # a margin changed by points: no level
    ("en", "Corvane targets\n\nCorvane plc said its operating margin rose 2 percentage points in 2025.", []),
    # a range read as two points: abstain
    ("es", "Corvane rebaja\n\nPara 2026, Corvane SA espera un margen operativo de entre el 4% y el 5%.", []),
    # a fall of profit in percent stays a change, not a margin
    ("en", "Corvane results\n\nCorvane plc said operating profit fell 6 percent in 2025.",
     [("profit", -6, "percent", dict(aggregate="change"))]),
    # a share of staff stays cuts
    ("fr", "Corvane réduit\n\nCorvane SA va supprimer 9 % de ses effectifs en 2026 pour protéger sa marge.",
     [("job_cuts", 9, "percent", {})]),
])
def test_no_margin_where_there_is_none(lang, text, expected):
    check_construction("no margin", extracted(lang, text), "Corvane", expected)
