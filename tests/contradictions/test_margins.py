"""Margins end to end: two outlets' margin targets for one year told the same week disagree (numeric); a margin is no
rival of a fall of profit in percent, and a target raised months later is a revision, not a rival."""

from __future__ import annotations

import pytest
from contradictions.built import contradictions_of, news

ARTICLES = [
    news("harnsby-fr-1", "2027-03-10", "Le distributeur Harnsby SA se fixe un objectif de marge opérationnelle de 9 % "
         "en 2028, a annoncé la direction mercredi."),
    news("harnsby-es-2", "2027-03-11", "La cadena Harnsby SA se ha fijado como objetivo un margen operativo del 11 % "
         "en 2028, anunció la empresa el miércoles."),
    news("pellow-en-1", "2027-02-17", "Pellow plc made an operating margin of 7 percent in 2026, the company said on "
         "Wednesday."),
    news("pellow-de-2", "2027-02-17", "Der Gewinn der Pellow plc fiel 2026 um 12 Prozent, teilte das Unternehmen am "
         "Mittwoch mit."),
    news("strand-en-1", "2027-02-10", "Strand Retail Ltd is aiming for an operating margin of 6 percent in 2028, the "
         "company said on Wednesday."),
    news("strand-nl-2", "2027-09-15", "Strand Retail Ltd mikt nu in 2028 op een bedrijfsmarge van 8 procent, maakte "
         "het bedrijf woensdag bekend."),
]


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    return contradictions_of(tmp_path_factory.mktemp("margins"), ARTICLES)


def test_two_outlets_margin_targets_disagree(rows):
    found = [r for r in rows if r["org"] == "Harnsby"]
    assert [(r["kind"], sorted(c["value"] for c in r["claims"])) for r in found] == [("numeric", [9.0, 11.0])], found


def test_a_margin_is_no_rival_of_a_fall_of_profit_nor_of_a_target_raised_months_later(rows):
    assert not [r for r in rows if r["org"] in ("Pellow", "Strand Retail")], rows
