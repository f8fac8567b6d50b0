"""A worldwide count ("schrapt wereldwijd 1.400 banen") is the whole round when its article's only other count of
that unit is one it marks as a site's part ("daar verdwijnen 120 banen"): set against another outlet's count of the
round. End to end, extractor included, on articles written for the project about made-up companies."""

from __future__ import annotations

import pytest
from contradictions.built import contradictions_of, news

ARTICLES = [
    news("brenmark-en-1", "2026-02-10", "Packaging maker Brenmark will cut 1,100 jobs, the company said on Tuesday."),
    news("brenmark-nl-2", "2026-02-11", "Verpakkingsbedrijf Brenmark schrapt wereldwijd 1.400 banen, maakte het "
                                        "bedrijf dinsdag bekend. Ook de fabriek in Moerdijk wordt geraakt: daar "
                                        "verdwijnen 120 banen."),
    # beside the worldwide count, an open count the article does not mark as a part: one of them is a part
    news("corvale-en-1", "2026-02-10", "Packaging maker Corvale will cut 1,100 jobs, the company said on Tuesday."),
    news("corvale-nl-2", "2026-02-11", "Verpakkingsbedrijf Corvale schrapt wereldwijd 1.400 banen, maakte het bedrijf "
                                       "dinsdag bekend. Het bedrijf schrapt 1.100 banen in de productie."),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> list[dict]:
    return contradictions_of(tmp_path_factory.mktemp("worldwide"), ARTICLES)


def test_worldwide_count_beside_a_sites_part_is_the_round(found):
    [row] = [r for r in found if r["org"] == "Brenmark"]
    assert row["kind"] == "numeric"
    assert {c["value"] for c in row["claims"]} == {1100, 1400}


def test_worldwide_count_beside_an_open_count_is_no_rival(found):
    assert not [r["explanation"] for r in found if r["org"] == "Corvale" and r["kind"] == "numeric"]
