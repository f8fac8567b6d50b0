"""A leak (a rumour dated only by its article: "according to people familiar with the plans") and the count the
company announces within three weeks after it are one round told differently: a soft numeric row. A leak's outlet
told ("Enligt uppgifter till Nordposten") is no organisation of the claim. End to end, extractor included, on
articles written for the project about made-up companies."""

from __future__ import annotations

import pytest
from contradictions.built import contradictions_of, news

ARTICLES = [
    news("vorlind-nl-1", "2026-03-02", "Machinebouwer Vorlind wil ongeveer 800 banen schrappen, zeggen bronnen "
                                       "rond het bedrijf."),
    news("vorlind-en-2", "2026-03-16", "Machine maker Vorlind will cut 650 jobs, the company said on Monday."),
    news("tarnsby-sv-1", "2026-05-04", "Verkstadsbolaget Tarnsby förbereder nedskärningar. Enligt uppgifter till "
                                       "Nordposten planerar bolaget att skära bort omkring 900 tjänster."),
    news("tarnsby-en-2", "2026-05-14", "Engineering group Tarnsby will cut 700 jobs, the company said on Thursday."),
    # the announcement six weeks after the leak: too far to be the round it told of
    news("quellby-nl-1", "2026-03-02", "Machinebouwer Quellby wil ongeveer 800 banen schrappen, zeggen bronnen "
                                       "rond het bedrijf."),
    news("quellby-en-2", "2026-04-13", "Machine maker Quellby will cut 650 jobs, the company said on Monday."),
    # the rumour two weeks after the announcement: of another round, not a leak of that one
    news("haskell-en-1", "2026-03-02", "Machine maker Haskell will cut 650 jobs, the company said on Monday."),
    news("haskell-nl-2", "2026-03-16", "Machinebouwer Haskell wil ongeveer 800 banen schrappen, zeggen bronnen "
                                       "rond het bedrijf."),
    # two announcements two weeks apart: no leak, two rounds as before
    news("ormsby-en-1", "2026-03-02", "Machine maker Ormsby will cut 650 jobs, the company said on Monday."),
    news("ormsby-en-2", "2026-03-16", "Machine maker Ormsby will cut 800 more jobs, the company said on Monday."),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> list[dict]:
    return contradictions_of(tmp_path_factory.mktemp("leaks"), ARTICLES)


@pytest.mark.parametrize(("org", "leaked", "announced"), [("Vorlind", 800, 650), ("Tarnsby", 900, 700)])
def test_a_leak_and_the_count_announced_weeks_later_are_one_round(found, org, leaked, announced):
    [row] = [r for r in found if r["org"] == org]
    assert (row["kind"], row["severity"]) == ("numeric", "soft")
    assert {c["value"] for c in row["claims"]} == {leaked, announced}


def test_no_leak_before_the_announcement_gives_no_row(found):
    assert not [r["explanation"] for r in found if r["org"] in ("Quellby", "Haskell", "Ormsby")]
