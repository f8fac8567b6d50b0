"""A count of cuts reported, then denied by the company within a week ("has denied a report that it plans to cut 600
jobs"): a stance row, soft when the report is a rumour; a denial of another count, of a round dated apart ("In 2024
it denied a report that it would cut 200 jobs") or of a cause of the count gives none. End to end, extractor included, on articles written for
the project about made-up companies."""

from __future__ import annotations

import pytest
from contradictions.built import contradictions_of, news

ARTICLES = [
    news("tessmoor-es-1", "2026-04-14", "La empresa Tessmoor prepara un ERE que afectará a 600 trabajadores en "
                                            "España, según fuentes conocedoras del proceso."),
    news("tessmoor-en-2", "2026-04-16", "Food group Tessmoor has denied a report that it plans to cut 600 jobs in "
                                            "Spain, a spokeswoman said on Wednesday."),
    news("kelbrin-en-1", "2026-05-04", "Kelbrin plans to cut 500 jobs, people familiar with the matter said."),
    news("kelbrin-en-2", "2026-05-05", "Kelbrin has denied a report that it plans to cut 200 jobs, a spokesman said "
                                           "on Tuesday."),
    news("harrowby-en-1", "2026-06-01", "Harrowby plans to cut 300 jobs, people familiar with the matter said."),
    news("harrowby-en-2", "2026-06-03", "Harrowby declined to comment. In 2024 it denied a report that it would cut "
                                            "300 jobs, and no cuts followed."),
    news("brennholt-en-1", "2026-07-06", "Brennholt will cut 500 jobs, the company said on Monday."),
    news("brennholt-de-2", "2026-07-07", "Der Chef des Logistikkonzerns Brennholt hat einen Bericht zurückgewiesen, "
                                             "wonach künstliche Intelligenz "
                                             "hinter dem Abbau von 500 Stellen steht."),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> list[dict]:
    return contradictions_of(tmp_path_factory.mktemp("counts-denied"), ARTICLES)


def test_a_count_reported_then_denied_within_a_week_is_a_soft_stance_row(found):
    [row] = [r for r in found if r["org"] == "Tessmoor"]
    reported, denied = row["claims"]
    assert (row["kind"], row["severity"]) == ("stance", "soft")
    assert (reported["value"], reported["article"]) == (600, "tessmoor-es-1")
    assert (denied["polarity"], denied["article"]) == ("deny", "tessmoor-en-2")
    assert "denies the count" in row["explanation"] and "soft: the report is only rumoured" in row["explanation"]


def test_a_denial_of_another_count_or_of_an_older_round_gives_no_row(found):
    assert not [r["explanation"] for r in found if r["org"] in ("Kelbrin", "Harrowby")]


def test_a_denial_beside_a_cause_denies_the_cause_not_the_count(found):
    """"rejected a report that AI is behind the 500 job cuts": the cause is denied, the count stands."""
    assert not [r["explanation"] for r in found if r["org"] == "Brennholt" and "denies the count" in r["explanation"]]
