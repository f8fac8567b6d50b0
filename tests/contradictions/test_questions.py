"""The other questions of the issue as named queries: timeline, claims of an announcement, stances on a
cause over time, sources behind a claim, figures per company."""

from __future__ import annotations

import pytest
from contradictions.factory import Said, article, load

from kg.queries import get, run_named, select_rows

ROUND = "https://w3id.org/news-kg/id/announcement/northwind/job_cuts/2025-10-28"


@pytest.fixture
def news(store):
    load(store,
         article("h1", "2025-06-20", Said("Jo Park said AI lets Northwind run with fewer staff.", kind="cause",
                                          object="AI", polarity="affirm", speaker="Jo Park", when="2025-06")),
         article("h2", "2025-10-28", Said("Northwind cuts about 14,000 jobs.", value=14000, approx=True,
                                          when="2025-10-28")),
         article("p1", "2025-10-29", Said("Northwind cuts 14,200 jobs.", value=14200, when="2025-10-28"),
                 Said("Jo Park said the cuts are not AI-driven.", kind="cause", object="AI", polarity="deny",
                      speaker="Jo Park"), publisher="Bay Post"),
         article("p2", "2026-01-10", Said("Northwind cuts 2,000 more jobs.", value=2000, when="2026-01"),
                 Said("Contoso cuts 500 jobs.", org="Contoso", value=500, when="2026-01"), publisher="Bay Post"))
    return store


def rows(store, name, **params) -> list[dict]:
    return select_rows(run_named(store, name, params))[1]


def test_each_question_has_a_described_header():
    for name in ("timeline", "announcement-claims", "cause-statements", "claim-sources", "figures"):
        q = get(name)
        assert q.title and q.description and q.params, name


def test_timeline_lists_announcements_in_time_order_with_sources(news):
    found = [(r["when"], r["kind"], r["claims"], set(r["sources"].split(", ")))
             for r in rows(news, "timeline", org="Northwind")]
    assert found == [("2025-06", "cause", 1, {"Harbour Herald"}),
                     ("2025-10-28", "job_cuts", 2, {"Bay Post", "Harbour Herald"}),
                     ("2026-01", "job_cuts", 1, {"Bay Post"}),
                     (None, "cause", 1, {"Bay Post"})]


def test_claims_of_one_announcement_say_how_they_were_placed(news):
    found = rows(news, "announcement-claims", announcement=ROUND)
    assert [(r["article"], r["value"], r["placed_by"]) for r in found] == [("h2", 14000, "founder"),
                                                                           ("p1", 14200, "time-window")]


def test_stances_on_a_cause_over_time(news):
    found = rows(news, "cause-statements", org="Northwind", object="AI")
    assert [(r["article"], r["speaker"], r["polarity"]) for r in found] == [("h1", "Jo Park", "affirm"),
                                                                            ("p1", "Jo Park", "deny")]


def test_sources_behind_a_claim_are_those_that_agree(news):
    claim = rows(news, "announcement-claims", announcement=ROUND)[0]["claim"]
    found = rows(news, "claim-sources", claim=claim)
    assert [(r["article"], r["own"], r["source"]) for r in found] == [("h2", True, "Harbour Herald"),
                                                                      ("p1", False, "Bay Post")]


def test_figures_per_company(news):
    found = rows(news, "figures", org="Northwind", kind="job_cuts")
    assert [(r["when"], r["sources"], r["lowest"], r["highest"]) for r in found] == [
        ("2025-10-28", 2, 13300, 14700), ("2026-01", 1, 1950, 2050)]
    assert {r["org"] for r in rows(news, "figures")} == {"Northwind", "Contoso"}
