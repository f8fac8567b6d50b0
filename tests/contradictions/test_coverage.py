"""False alarms of real coverage, end to end on articles written for the project: outlets that speak of the same
round in other ways than by stating it. A part of the round named by its whole ("1,500 of the 2,000 jobs it will
cut are in operations") is no rival figure, and its whole is no workforce; cuts spoken of later as known ("the
2,000 jobs", "de 2 000 tjänsterna") are not dated by the day they were spoken of."""

from __future__ import annotations

import pytest

from kg.contradictions import find_contradictions
from kg.pipeline import build

ARTICLES = {
    "wire-en": " date 2026-05-05\nQuillon Insurance to cut 2,000 jobs\n\n"
               "Insurer Quillon Insurance will cut 2,000 jobs, the company said on Tuesday. "
               "Chief executive Ada Lindqvist said artificial intelligence now handles much of the claims work.\n",
    "desk-en": " date 2026-05-06\nQuillon: most cuts in operations\n\n"
               "Quillon Insurance said on Tuesday that 1,500 of the 2,000 jobs it will cut are in operations.\n\n"
               "Of the cuts, Quillon Insurance said 1,200 of the 2,000 jobs are held by contractors.\n",
    "post-sv": " date 2026-05-13\nQuillon: AI ligger inte bakom nedskärningarna\n\n"
               "Försäkringsbolaget Quillon Insurance har fått ny kritik. Quillon Insurances vd Ada Lindqvist sade på måndagen att de 2 000 tjänsterna som ska bort inte "
               "beror på artificiell intelligens.\n",
    "blatt-de": " date 2026-05-12\nQuillon streicht Stellen\n\n"
                "Der Versicherer Quillon Insurance steht in der Kritik. Konzernchefin Ada Lindqvist sagte am Montag, "
                "die 2.000 Stellen würden wegen der hohen Kosten gestrichen.\n",
}


STORIES = {"part": ("wire-en", "desk-en"), "known": ("wire-en", "post-sv", "blatt-de")}


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> dict[str, list[dict]]:
    """Each story built into its own store: its contradictions."""
    from kg.store import EmbeddedStore

    rows = {}
    for story, names in STORIES.items():
        folder = tmp_path_factory.mktemp(story)
        for name in names:
            (folder / f"{name}.txt").write_text(ARTICLES[name], encoding="utf-8")
        store = EmbeddedStore(folder / "store")
        assert build([folder], store).ok
        rows[story] = find_contradictions(store)
    return rows


def test_a_part_named_by_its_whole_is_no_rival_figure(found):
    assert not [r for r in found["part"] if r["kind"] in ("numeric", "arithmetic")]


def test_cuts_spoken_of_as_known_are_not_dated_by_that_day(found):
    assert not [r for r in found["known"] if r["kind"] in ("temporal", "numeric")]


def test_the_stance_is_still_set_against_its_denial(found):
    [row] = [r for r in found["known"] if r["kind"] == "stance"]
    assert [(c["polarity"], c["article"]) for c in row["claims"]] == [("affirm", "wire-en"), ("deny", "post-sv")]
