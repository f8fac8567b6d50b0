"""Contradictions end to end, extractor included, on articles written for the project in four languages about
one fictional company: a German "will ... streichen" (a plan) and an English "will cut" (announced) of the
same round are compared; a Swedish figure for Sweden is never set against the group's."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.contradictions import find_contradictions
from kg.pipeline import build

ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> list[dict]:
    from kg.store import EmbeddedStore

    store = EmbeddedStore(tmp_path_factory.mktemp("languages") / "store")
    assert build([ARTICLES], store).ok
    return find_contradictions(store)


def test_a_german_plan_and_an_english_announcement_of_one_round_disagree(found):
    [row] = [r for r in found if r["kind"] == "numeric"]
    low, high = row["claims"]
    assert (low["value"], high["value"]) == (4000, 5200)
    assert low["articles"] == ["veltrix-de", "veltrix-fr"] and high["articles"] == ["veltrix-en"]
    assert row["severity"] == "hard" and "the scope is left open on both sides" in row["explanation"]


def test_the_swedish_figure_is_never_set_against_the_group(found):
    assert not [c for r in found for c in r["claims"] if c["value"] == 300]


def test_the_chief_executive_on_both_sides_of_the_ai_question(found):
    [row] = [r for r in found if r["kind"] == "stance"]
    assert [(c["polarity"], c["article"]) for c in row["claims"]] == [("affirm", "veltrix-en"), ("deny", "veltrix-de")]
    assert row["explanation"].endswith("Hanna Weber on both sides")
