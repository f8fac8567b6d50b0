"""Event resolution: which claims become one announcement, and the RDF that says why."""

from __future__ import annotations

import pytest
from contradictions.factory import Said, article, load

from kg.contradictions import find_contradictions
from kg.mapping import RESOLUTION_GRAPH
from kg.queries import select_rows
from kg.resolve import figure_interval, resolve_events

ANNOUNCEMENTS = """
SELECT ?announcement ?when ?group ?reason (GROUP_CONCAT(?basis; separator=" ") AS ?bases) (COUNT(?claim) AS ?claims)
WHERE {
  GRAPH <https://w3id.org/news-kg/graph/resolution> {
    ?announcement a nkg:Announcement ; nkg:resolutionReason ?reason ; nkg:modalityGroup ?group .
    OPTIONAL { ?announcement nkg:when ?when }
    ?claim nkg:about ?announcement ; nkg:resolvedBy ?basis .
  }
} GROUP BY ?announcement ?when ?group ?reason ORDER BY ?when ?announcement
"""


def announcements(store) -> list[dict]:
    return select_rows(store.query(ANNOUNCEMENTS))[1]


def event_of(store, article_id: str) -> list[str]:
    q = """SELECT ?a ?id WHERE { GRAPH <https://w3id.org/news-kg/graph/resolution> {
             ?c nkg:about ?a ; nkg:fromArticle ?art } GRAPH ?g { ?art schema:identifier ?id } } ORDER BY ?a"""
    from pyoxigraph import Literal, Variable
    return [s["a"].value for s in store.query(q, substitutions={Variable("id"): Literal(article_id)})]


@pytest.mark.parametrize("figure, expected", [
    (dict(value=14000), (14000, 14000)),
    (dict(value=14000, approx=True), (13300, 14700)),
    (dict(value=3000, approx=True), (2550, 3450)),  # what rounds to 3,000, half-way 2,500 aside
    (dict(value=400, approx=True), (355, 445)),
    (dict(value=3200, approx=True), (3040, 3360)),
    (dict(low=1000, high=1500), (1000, 1500)),
    (dict(low=1000, high=1500, approx=True), (950, 1575)),
    (dict(value=500000, bound="lower"), (500000, None)),
    (dict(value=30000, bound="upper"), (0, 30000)),
    (dict(value=30000, bound="upper", approx=True), (0, 31500)),
    (dict(value=2.9e9, unit="EUR"), (2.855e9, 2.945e9)),  # a sum of money is given rounded: 2.94 billion is 2.9
    (dict(value=312e6, unit="CHF"), (311.55e6, 312.45e6)),
    (dict(value=2850, unit="count"), (2850, 2850)),  # a count of jobs is not, unless bare and round:
    (dict(value=3000, unit="count"), (2950, 3050)),  # rounded one digit finer than it shows
    (dict(value=2800, unit="count"), (2795, 2805)),
    # a fall is its size mirrored: "fell about 10 %", "by more than 10 %" (unbounded below), "by up to 10 %"
    (dict(value=-10, unit="percent", approx=True), (-12.5, -7.5)),
    (dict(value=-10, unit="percent", bound="lower"), (None, -10)),
    (dict(value=-10, unit="percent", bound="upper"), (-10, 0)),
    (dict(low=-12, high=-10, unit="percent"), (-12, -10)),
    (dict(value=-2.9e9, unit="EUR"), (-2.945e9, -2.855e9)),
])
def test_approximation_rule(figure, expected):
    assert figure_interval(**figure) == expected


def test_day_and_month_claims_from_two_sources_make_one_announcement_with_its_reason(store):
    n = load(store,
             article("a1", "2026-01-25", Said("Northwind cut 14,000 jobs on Friday.", value=14000, when="2026-01-23")),
             article("a2", "2026-01-28", Said("Northwind cuts 16,000 jobs this month.", value=16000, when="2026-01")))
    assert n == 1
    [ann] = announcements(store)
    assert ann["announcement"].endswith("/announcement/northwind/job_cuts/2026-01-23")
    assert ann["claims"] == 2 and sorted(ann["bases"].split()) == ["founder", "time-window"]
    assert "founded by a1's claim for 2026-01-23" in ann["reason"]
    assert "time within the window: a2 (2026-01)" in ann["reason"]


def test_a_past_round_reported_later_joins_its_own_month_not_the_article_date(store):
    load(store,
         article("oct", "2025-10-28", Said("Northwind cuts about 14,000 jobs.", value=14000, approx=True, when="2025-10-28")),
         article("jan", "2026-01-28", Said("Northwind cuts 16,000 jobs.", value=16000, when="2026-01"),
                 Said("Already in October Northwind cut 14,000 jobs.", value=14000, when="2025-10", modality="reported")))
    october = [a for a in announcements(store) if a["when"] == "2025-10-28"]
    assert len(october) == 1 and october[0]["claims"] == 2
    assert "time within the window: jan (2025-10)" in october[0]["reason"]
    assert len(set(event_of(store, "jan"))) == 2


def test_days_more_than_a_week_apart_are_two_announcements(store):
    n = load(store, article("d1", "2025-10-28", Said("Northwind cuts 2,000 jobs.", value=2000, when="2025-10-28")),
             article("d2", "2025-11-20", Said("Northwind cuts 2,000 more jobs.", value=2000, when="2025-11-20")))
    assert n == 2


def test_two_figures_of_one_article_for_the_same_year_are_two_rounds(store):
    n = load(store, article("r", "2025-10-28",
                            Said("In 2023 Northwind cut 18,000 jobs.", value=18000, when="2023", modality="reported"),
                            Said("Later in 2023 Northwind cut 9,000 more.", value=9000, when="2023", modality="reported")))
    assert n == 2


def test_a_plan_and_the_round_that_carries_it_out_are_one_announcement_never_compared(store):
    """Planned, announced and reported figures share announcements; the plan's total is not the round's figure."""
    load(store, article("p", "2025-10-28",
                        Said("Northwind plans to cut 30,000 jobs in all.", value=30000, when="2025-10", modality="planned",
                             aggregate="total"),
                        Said("Northwind cuts 14,000 jobs now.", value=14000, when="2025-10-28")),
         article("q", "2025-10-29", Said("Northwind cuts 16,000 jobs.", value=16000, when="2025-10-28"),
                 publisher="Bay Post"))
    assert [a["group"] for a in announcements(store)] == ["statement"]
    [row] = find_contradictions(store)
    assert sorted(c["value"] for c in row["claims"]) == [14000, 16000]


def test_the_same_count_dated_a_month_apart_is_one_announcement(store):
    """"Announced in April" against "on Tuesday" (13 May) for one count: one round, dated differently."""
    n = load(store, article("a1", "2025-06-01", Said("Northwind cut 20,000 jobs in April.", value=20000, when="2025-04")),
             article("a2", "2025-05-13", Said("Northwind cuts 20,000 jobs.", value=20000, when="2025-05-13")))
    assert n == 1


def test_other_organisations_and_kinds_stay_apart(store):
    n = load(store, article("o", "2025-10-28",
                            Said("Northwind cuts 3,000 jobs.", value=3000, when="2025-10"),
                            Said("Contoso cuts 3,000 jobs.", org="Contoso", value=3000, when="2025-10"),
                            Said("Northwind employs 90,000 people.", kind="workforce", value=90000, when="2025-10")))
    assert n == 3


def test_undated_claims_join_by_figure_or_beside_their_article_figure(store):
    load(store,
         article("u1", "2025-10-28", Said("Northwind cuts 5,000 jobs.", value=5000, when="2025-10-28")),
         article("u2", "2025-11-02", Said("Northwind's cut of about 5,000 jobs is large.", value=5000, approx=True,
                                          modality="reported"),
                 Said("Northwind may cut more than 20,000 jobs.", value=20000, bound="lower", modality="rumoured"),
                 Said("That would be 25 percent of staff.", value=25, unit="percent", modality="rumoured")))
    by_when = {a["when"]: a for a in announcements(store)}
    assert sorted(by_when["2025-10-28"]["bases"].split()) == ["founder", "same-figure"]
    assert sorted(by_when[None]["bases"].split()) == ["founder", "same-article"]


def test_an_undated_announced_claim_is_taken_as_of_its_article_date(store):
    load(store, article("t1", "2026-01-23", Said("Northwind cuts 1,200 jobs today.", value=1200, when="2026-01-23")),
         article("t2", "2026-01-26", Said("Northwind announced it cuts 1,500 jobs.", value=1500)))
    [ann] = announcements(store)
    assert sorted(ann["bases"].split()) == ["article-date", "founder"]


def test_resolution_is_rdf_in_its_own_graph_and_rerunning_changes_nothing(store):
    load(store, article("x", "2025-10-28", Said("Northwind cuts about 14,000 jobs.", value=14000, approx=True,
                                                when="2025-10-28", segment="corporate")))
    first = sorted(str(q) for q in store.graph_quads(RESOLUTION_GRAPH))
    assert resolve_events(store) == 1
    assert sorted(str(q) for q in store.graph_quads(RESOLUTION_GRAPH)) == first
    facts = select_rows(store.query("""SELECT ?lo ?hi ?scope ?unit ?days WHERE { GRAPH <https://w3id.org/news-kg/graph/resolution> {
        ?c nkg:about ?ann ; nkg:intervalLow ?lo ; nkg:intervalHigh ?hi ; nkg:scope ?scope ; nkg:figureUnit ?unit ;
           nkg:startDay ?s ; nkg:endDay ?e . BIND(?e - ?s AS ?days) } }"""))[1]
    assert facts == [{"lo": 13300, "hi": 14700, "scope": "corporate", "unit": "count", "days": 0}]


def test_an_announcement_is_never_dated_after_an_article_that_reports_it(store):
    load(store,
         article("b1", "2025-10-14", Said("Northwind cut 11,600 jobs today.", value=11600, when="2025-10-14")),
         article("b2", "2025-10-12", Said("Northwind cuts 11,600 jobs in October.", value=11600, when="2025-10")))
    [ann] = announcements(store)
    assert ann["when"] == "2025-10" and ann["claims"] == 2  # the day of b1 would lie after b2 was published
    assert ann["announcement"].endswith("/announcement/northwind/job_cuts/2025-10")


def test_a_founding_day_before_every_report_stays_the_announcement_date(store):
    load(store,
         article("b1", "2025-10-14", Said("Northwind cut 11,600 jobs on Friday.", value=11600, when="2025-10-10")),
         article("b2", "2025-10-12", Said("Northwind cuts 11,600 jobs in October.", value=11600, when="2025-10")))
    [ann] = announcements(store)
    assert ann["when"] == "2025-10-10" and ann["claims"] == 2


def test_a_bare_name_joins_its_one_longer_name_unless_another_shares_it_or_wikidata_tells_them_apart():
    from kg.orgkeys import joined

    keys = joined({"dravik": set(), "dravik systems": set(), "marrow": set(), "marrow foods": set(),
                   "marrow insurance": set(), "selvane": {"Q1"}, "selvane energy": set(), "orsk": {"Q2"},
                   "orsk cars": {"Q2"}, "tolvik foods": set()})
    assert keys == {"dravik": "dravik systems", "dravik systems": "dravik systems", "marrow": "marrow",
                    "marrow foods": "marrow foods", "marrow insurance": "marrow insurance", "selvane": "selvane",
                    "selvane energy": "selvane energy", "orsk": "orsk cars", "orsk cars": "orsk cars",
                    "tolvik foods": "tolvik foods"}


def test_a_bare_name_an_article_names_beside_its_longer_one_stays_apart():
    """An article naming "Talvora" and "Talvora Insurance" as two organisations tells them apart: a parent and its
    subsidiary, not one firm written two ways; across articles alone they join."""
    from kg.orgkeys import joined

    linked = {"talvora": set(), "talvora insurance": set()}
    assert joined(linked, {"talvora": {"a1", "a2"}, "talvora insurance": {"a1"}})["talvora"] == "talvora"
    assert joined(linked, {"talvora": {"a2"}, "talvora insurance": {"a1"}})["talvora"] == "talvora insurance"


def test_a_parent_and_its_subsidiary_in_one_article_keep_their_own_rounds(store):
    """One article gives the group's staff and the subsidiary's cut, another the group's cut: no join, so the
    group's 800 is not set against the subsidiary's 200."""
    load(store,
         article("p1", "2025-10-28", Said("Talvora employs 9,000 people.", org="Talvora", kind="workforce", value=9000,
                                          when="2025-10"),
                 Said("Talvora Insurance cuts 200 jobs.", org="Talvora Insurance", value=200, when="2025-10")),
         article("p2", "2025-10-29", Said("Talvora cuts 800 jobs.", org="Talvora", value=800, when="2025-10")))
    assert not [r for r in find_contradictions(store) if r.kind == "numeric"]


@pytest.mark.parametrize("said", [
    dict(value=-10, approx=True),  # "fell about 10 %"
    dict(value=-10, bound="lower"),  # "fell by more than 10 %"
])
def test_a_fall_told_roughly_or_as_a_bound_agrees_with_the_fall_it_allows(store, said):
    """"Revenue fell about 10 %" or "by more than 10 %" in one outlet and "fell 10.4 %" / "12 %" in another: no
    numeric row (a rough fall's interval was its size's turned inside out: a false row; the bound is a guard)."""
    exact = -10.4 if said.get("approx") else -12
    load(store,
         article("f1", "2026-02-10", Said("Northwind's revenue fell in 2025.", kind="revenue", unit="percent",
                                          aggregate="change", when="2025", modality="reported", **said)),
         article("f2", "2026-02-11", Said("Northwind's revenue fell in 2025.", kind="revenue", unit="percent",
                                          aggregate="change", value=exact, when="2025", modality="reported")))
    assert not [r for r in find_contradictions(store) if r.kind == "numeric"]
