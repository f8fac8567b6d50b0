"""Each contradiction kind on articles written for the project: its true case (rows, severity, explanation), and
each case that must not be one (round against total, segment against group, bases of percents, statement dates,
figures measuring different things) or only a soft one (rumours, unsure extraction, rounds dated apart)."""

from __future__ import annotations

import pytest
from contradictions.factory import Said, article, load

from kg.contradictions import find_contradictions, kinds
from kg.queries import QueryError

JAN_16K = Said("Northwind will cut 16,000 office jobs this month.", value=16000, when="2026-01", segment="corporate")
JAN_14K = Said("On Friday Northwind announced 14,000 job cuts.", value=14000, when="2026-01-23", segment="corporate")


def rows(store, **kw) -> list[tuple[str, str]]:
    return sorted((r["kind"], r["severity"]) for r in find_contradictions(store, **kw))


# ---- numeric


def test_numeric_two_sources_disagree_on_the_same_round(store):
    load(store, article("herald-jan", "2026-01-28", JAN_16K),
         article("post-jan", "2026-01-25", JAN_14K, publisher="Bay Post"))
    [c] = find_contradictions(store, kind="numeric")
    assert (c["kind"], c["org"], c["severity"], c["topic"]) == ("numeric", "Northwind", "hard",
                                                                "job_cuts count, corporate 2026-01-23")
    # claim A is the lower figure; the explanation names the scope decision
    assert c["explanation"] == ("Bay Post says 14000 count, Harbour Herald says 16000 count for Northwind job_cuts "
                                "count, corporate 2026-01-23: the allowed ranges [13950, 14050] and [15950, 16050] do "
                                "not overlap; round or level; both sides state the scope corporate")
    by_article = {x["article"]: x for x in c["claims"]}
    assert by_article["herald-jan"]["quote"] == JAN_16K.sentence
    assert by_article["post-jan"] | {"claim": None} == {
        "claim": None, "article": "post-jan", "source": "Bay Post", "date": "2026-01-25", "when": "2026-01-23",
        "value": 14000, "low": None, "high": None, "unit": "count", "polarity": None, "object": None,
        "speaker": None, "quote": JAN_14K.sentence, "articles": ["post-jan"]}
    assert by_article["post-jan"]["claim"].startswith("https://w3id.org/news-kg/id/claim/post-jan/")


def test_numeric_approximate_agreement_is_not_a_contradiction(store):
    load(store, article("n1", "2025-10-28", Said("Northwind cuts about 14,000 jobs.", value=14000, approx=True,
                                                 when="2025-10-28")),
         article("n2", "2025-10-29", Said("Northwind cuts 14,500 jobs.", value=14500, when="2025-10-28")),
         article("n3", "2025-10-30", Said("Northwind cuts more than 13,000 jobs.", value=13000, bound="lower",
                                          when="2025-10")),
         article("n4", "2025-10-30", Said("Northwind cuts up to 15,000 jobs.", value=15000, bound="upper",
                                          when="2025-10")),
         # "about 30 percent" and "nearly a third" agree: an approximate percent is rounded, up to 2.5 points
         article("n5", "2025-10-30", Said("That is about 30 percent of staff.", value=30, unit="percent", approx=True,
                                          when="2025-10-28")),
         article("n6", "2025-10-30", Said("Nearly a third of the staff go.", value=33.3, unit="percent", approx=True,
                                          when="2025-10-28")))
    assert find_contradictions(store) == []


def test_numeric_a_bare_round_count_allows_what_rounds_to_it_one_digit_finer(store):
    load(store, article("b1", "2026-06-03", Said("Ostmark Bank will cut 3,000 jobs.", org="Ostmark Bank", value=3000,
                                                 when="2026-06-02")),
         article("b2", "2026-06-04", Said("Ostmark Bank plans to cut 2,950 jobs.", org="Ostmark Bank", value=2950,
                                          when="2026-06-02"), publisher="Bay Post"))
    assert find_contradictions(store) == []
    # one digit finer only: 15,000 and 16,000 still disagree, and so do 2,900 and 3,000
    load(store, article("b3", "2026-09-01", Said("Northwind will cut 15,000 jobs.", value=15000, when="2026-09-01")),
         article("b4", "2026-09-02", Said("Northwind will cut 16,000 jobs.", value=16000, when="2026-09-01"),
                 publisher="Bay Post"),
         article("b5", "2026-10-01", Said("Ostmark Bank will cut 2,900 jobs.", org="Ostmark Bank", value=2900,
                                          when="2026-10-01")),
         article("b6", "2026-10-02", Said("Ostmark Bank will cut 3,000 jobs.", org="Ostmark Bank", value=3000,
                                          when="2026-10-01"), publisher="Bay Post"))
    assert sorted((r["org"], tuple(c["value"] for c in r["claims"])) for r in find_contradictions(store)) == [
        ("Northwind", (15000, 16000)), ("Ostmark Bank", (2900, 3000))]


def test_numeric_a_forecast_revised_months_later_is_no_rival_of_the_first(store):
    def forecast(article_id, published, value, publisher):
        return article(article_id, published, Said(f"Northwind expects 2026 revenue of {value} billion euros.",
                                                   kind="revenue", value=value * 1e9, unit="EUR", when="2026",
                                                   modality="expected"), publisher=publisher)

    load(store, forecast("f1", "2026-02-12", 4.5, "Harbour Herald"), forecast("f2", "2026-07-28", 4.3, "Bay Post"))
    assert find_contradictions(store) == []
    # two outlets telling the same week's forecast differently still disagree
    load(store, forecast("f3", "2026-07-29", 4.6, "Gull Gazette"))
    [c] = find_contradictions(store)
    assert [x["article"] for x in c["claims"]] == ["f2", "f3"] and c["severity"] == "soft"


def test_numeric_a_quarter_against_a_third_is_a_contradiction(store):
    load(store, article("q1", "2024-12-20", Said("Northwind cuts nearly a quarter of its staff.", value=25,
                                                 unit="percent", approx=True, when="2024-12-20")),
         article("q2", "2024-12-21", Said("Northwind cuts almost a third of its staff.", value=33.3, unit="percent",
                                          approx=True, when="2024-12-20"), publisher="Bay Post"))
    [c] = find_contradictions(store)
    assert (c["kind"], [x["value"] for x in c["claims"]]) == ("numeric", [25, 33.3])


def test_numeric_not_across_organisations_rounds_totals_scopes_or_one_article(store):
    load(store,
         article("o1", "2025-10-28", Said("Northwind cuts 14,000 jobs.", value=14000, when="2025-10-28", segment="corporate")),
         # another organisation, same month
         article("o2", "2025-10-28", Said("Contoso cuts 30,000 jobs.", org="Contoso", value=30000, when="2025-10-28")),
         # another round of the same organisation (January)
         article("o3", "2026-01-28", Said("Northwind cuts 16,000 jobs.", value=16000, when="2026-01")),
         # another scope: the group against one segment, and a figure whose scope is left open
         article("o4", "2025-10-29", Said("Across the company Northwind cuts 40,000.", value=40000,
                                          when="2025-10-28", segment="total"),
                 Said("In Sweden it cuts 1,200.", value=1200, when="2025-10-28", segment="Sweden")),
         article("o5", "2025-10-29", Said("Northwind cuts 2,800 jobs.", value=2800, when="2025-10-28")),
         # one article giving two rounds of one year
         article("o6", "2025-10-01", Said("In 2023 Northwind cut 18,000 jobs.", value=18000, when="2023", modality="reported"),
                 Said("Later in 2023 it cut 9,000.", value=9000, when="2023", modality="reported")),
         # the cumulative goal against the round
         article("o7", "2025-10-29", Said("Northwind aims to cut 30,000 jobs in all.", value=30000, when="2025-10",
                                          modality="planned", aggregate="total", segment="corporate")))
    assert find_contradictions(store, kind="numeric") == []


def test_numeric_the_whole_company_is_the_scope_a_figure_leaves_open(store):
    """"1,400 jobs worldwide" against "1,100 jobs" (twice): one round told differently."""
    load(store, article("w1", "2026-02-10", Said("Northwind will cut 1,100 jobs.", value=1100, when="2026-02-10")),
         article("w2", "2026-02-10", Said("Northwind schrapt 1.100 banen.", value=1100, when="2026-02-10")),
         article("w3", "2026-02-11", Said("Northwind cuts 1,400 jobs worldwide.", value=1400, when="2026-02-10",
                                          segment="total"), publisher="Bay Post"))
    [c] = find_contradictions(store)
    assert (c["kind"], [x["value"] for x in c["claims"]]) == ("numeric", [1100, 1400])


def test_rounds_of_store_closures_are_not_one_closure_as_a_named_site_is(store):
    """A chain's own stores closed in rounds (38 in March, 50 in June, 20 next year) are three rounds, not one
    closure dated three ways: only a named site closes once."""
    closing = dict(kind="store_closure", object="Northwind", modality="planned")
    load(store, article("s1", "2026-02-10", Said("Northwind will close 38 stores in March.", value=38, when="2026-03",
                                                 **closing)),
         article("s2", "2026-05-12", Said("Northwind will close 50 stores in June.", value=50, when="2026-06", **closing)),
         article("s3", "2026-09-15", Said("Northwind will close 20 stores in 2027.", value=20, when="2027", **closing)))
    assert find_contradictions(store) == []


def test_numeric_figures_far_apart_measure_different_things(store):
    """1,400 apprentices read as staff against a workforce of 130,000: more than five times apart, no row."""
    load(store, article("f1", "2024-12-20", Said("Northwind will cut apprenticeships from 1,400.", kind="workforce",
                                                 value=1400, when="2024-12", modality="reported")),
         article("f2", "2024-12-21", Said("Northwind employs about 130,000 people.", kind="workforce", value=130000,
                                          approx=True, when="2024-12", modality="reported")))
    assert find_contradictions(store) == []


def test_numeric_a_rumour_against_the_confirmation_is_soft(store):
    load(store, article("r1", "2025-10-20", Said("Northwind may cut as many as 30,000 jobs, sources say.",
                                                 value=30000, bound="upper", when="2025-10-27", modality="rumoured")),
         article("r2", "2025-10-20", Said("Insiders expect 20,000 job cuts at Northwind.", value=20000,
                                          when="2025-10-27", modality="rumoured")),
         article("r3", "2025-10-28", Said("Northwind announced 14,000 job cuts.", value=14000, when="2025-10-28"),
                     publisher="Bay Post"))
    [c] = find_contradictions(store)
    assert (c["kind"], c["severity"]) == ("numeric", "soft")
    assert [x["value"] for x in c["claims"]] == [14000, 20000]
    assert c["explanation"].endswith("soft: a side is only rumoured or expected")


def test_numeric_on_an_unsure_extraction_is_soft(store):
    load(store, article("u1", "2025-10-28", Said("Northwind cuts 14,000 jobs.", value=14000, when="2025-10-28")),
         article("u2", "2025-10-29", Said("Northwind, one in eleven, cuts staff.", value=11000, when="2025-10-28",
                                          confidence=0.6), publisher="Bay Post"))
    [c] = find_contradictions(store)
    assert c["severity"] == "soft" and c["explanation"].endswith("soft: the extraction of a side is not sure")


def test_numeric_on_a_coarse_time_is_soft(store):
    load(store, article("y1", "2025-06-01", Said("In 2024 Northwind cut 5,000 jobs.", value=5000, when="2024",
                                                 modality="reported")),
         article("y2", "2025-07-01", Said("In 2024 Northwind cut 8,000 jobs.", value=8000, when="2024",
                                          modality="reported"), publisher="Bay Post"))
    [c] = find_contradictions(store)
    assert c["severity"] == "soft" and c["explanation"].endswith("soft: a side is not placed by its own date")


def test_a_figure_repeated_by_many_outlets_is_one_row_listing_them(store):
    outlets = [article(f"same-{i}", "2026-01-28", JAN_16K, publisher=f"Outlet {i}") for i in range(4)]
    about = Said("Northwind cuts about 16,000 office jobs.", value=16000, approx=True, when="2026-01", segment="corporate")
    load(store, *outlets, article("about", "2026-01-27", about, publisher="Cove Courier"),
         article("post-jan", "2026-01-25", JAN_14K, publisher="Bay Post"),
         article("post-jan-2", "2026-01-26", JAN_14K, publisher="Gull Gazette"))
    [c] = find_contradictions(store, kind="numeric")  # "about 16,000" agrees with 16,000: one side, one row
    low, high = c["claims"]
    assert (low["value"], high["value"]) == (14000, 16000)
    assert low["articles"] == ["post-jan", "post-jan-2"]
    assert high["articles"] == ["about"] + [f"same-{i}" for i in range(4)]
    assert c["articles"] == sorted(low["articles"] + high["articles"])
    assert "(and 1 other article(s)) says 14000 count" in c["explanation"]
    assert "(and 4 other article(s)) says 16000 count" in c["explanation"]


def test_each_disagreeing_side_is_a_row_against_the_side_most_articles_state(store):
    load(store, *(article(f"n{v}-{i}", "2025-10-28", Said(f"Northwind cuts {v:,} jobs.", value=v, when="2025-10-28"),
                          publisher=f"Outlet {v} {i}") for v, outlets in ((10000, 1), (12000, 2), (14000, 1))
                  for i in range(outlets)))
    found = find_contradictions(store, kind="numeric")
    assert sorted((r["claims"][0]["value"], r["claims"][1]["value"]) for r in found) == [(10000, 12000), (12000, 14000)]


# ---- temporal


def test_temporal_different_days_for_the_same_announcement(store):
    load(store, article("t1", "2026-01-24", Said("Northwind announced 1,200 cuts on 21 January.", value=1200,
                                                 when="2026-01-21")),
         article("t2", "2026-01-28", Said("Northwind announced 1,200 cuts on 26 January.", value=1200,
                                          when="2026-01-26")))
    [c] = find_contradictions(store)
    assert (c["kind"], c["severity"], c["topic"]) == ("temporal", "hard", "job_cuts date (2026-01-21)")
    assert c["explanation"] == ("Harbour Herald dates it 2026-01-21, Harbour Herald dates it 2026-01-26 for Northwind "
                                "job_cuts date (2026-01-21): the two times do not meet")


def test_temporal_not_within_a_precision_or_a_day(store):
    load(store, article("t1", "2026-01-24", Said("Northwind announced 1,200 cuts on 21 January.", value=1200,
                                                 when="2026-01-21")),
         article("t2", "2026-01-28", Said("Northwind announced 1,200 cuts in January.", value=1200, when="2026-01")),
         article("t3", "2026-01-23", Said("Northwind announced 1,200 cuts yesterday.", value=1200, when="2026-01-22")))
    assert find_contradictions(store) == []


def test_temporal_never_between_the_dates_of_the_articles(store):
    """Two outlets repeating the same round days apart, each dated only by its article: no date of the event."""
    load(store, article("d1", "2026-01-21", Said("Northwind cuts 1,200 jobs.", value=1200, when="2026-01-21",
                                                 timing="article")),
         article("d2", "2026-01-27", Said("Northwind is cutting 1,200 jobs.", value=1200, when="2026-01-27",
                                          timing="article")))
    assert find_contradictions(store) == []


def test_temporal_horizons_of_the_same_target_disagree(store):
    """'by the end of next year' (2026) against 'by 2027', both told the same day: the target date differs."""
    load(store, article("h1", "2025-10-17", Said("Northwind will save 3 billion francs by the end of next year.",
                                                 kind="cost_savings", value=3e9, unit="CHF", when="2026",
                                                 timing="horizon", told="2025-10-16", modality="planned")),
         article("h2", "2025-10-16", Said("Northwind will save 3 billion francs by 2027.", kind="cost_savings",
                                          value=3e9, unit="CHF", when="2027", timing="horizon", told="2025-10-16",
                                          modality="planned")))
    [c] = find_contradictions(store)
    assert (c["kind"], c["topic"]) == ("temporal", "cost_savings horizon (2025-10-16)")
    assert [x["when"] for x in c["claims"]] == ["2026", "2027"]
    assert c["severity"] == "soft" and c["explanation"].endswith("soft: a date is no finer than a quarter")


def test_temporal_one_round_dated_apart_is_soft_and_says_so(store):
    """The same count dated April by one outlet and 13 May by another: one round dated differently."""
    load(store, article("a1", "2025-06-01", Said("Northwind's plan, announced in April, cuts 20,000 jobs.",
                                                 value=20000, when="2025-04")),
         article("a2", "2025-05-13", Said("On Tuesday Northwind said it will cut 20,000 jobs.", value=20000,
                                          when="2025-05-13")))
    [c] = find_contradictions(store)
    assert (c["kind"], c["severity"]) == ("temporal", "soft")
    assert [x["when"] for x in c["claims"]] == ["2025-04", "2025-05-13"]
    assert "one round dated differently, or two rounds of one size" in c["explanation"]


def test_temporal_the_day_a_plan_was_told_beside_its_horizon(store):
    """Two outlets date the agreement on a plan to 2030 a year apart: the day told, not the horizon, disagrees."""
    load(store, article("p1", "2025-06-04", Said("In December 2023 Northwind agreed to cut 35,000 jobs by 2030.",
                                                 value=35000, when="2030", timing="horizon", told="2023-12",
                                                 modality="planned")),
         article("p2", "2024-12-21", Said("Northwind agreed on Friday to cut 35,000 jobs by 2030.", value=35000,
                                          when="2030", timing="horizon", told="2024-12-20", modality="planned")))
    [c] = find_contradictions(store)
    assert (c["kind"], [x["article"] for x in c["claims"]]) == ("temporal", ["p1", "p2"])


# ---- stance

AFFIRM = Said("Jo Park said AI lets Northwind run with fewer office staff.", kind="cause", object="AI",
              polarity="affirm", speaker="Jo Park", modality="reported", when="2025-06")
DENY = Said("Jo Park said the cuts are not really AI-driven.", kind="cause", object="AI", polarity="deny",
            speaker="Jo Park", modality="reported")


def test_stance_the_speaker_later_denies_the_cause(store):
    load(store, article("s1", "2025-06-20", AFFIRM), article("s2", "2025-10-31", DENY, publisher="Bay Post"))
    [c] = find_contradictions(store, kind="stance")
    assert (c["severity"], c["topic"]) == ("hard", "cause: AI")
    assert c["explanation"] == ("Jo Park (1 article(s)) tie Northwind's cuts to AI; Jo Park (1 article(s)) deny it: "
                                "Jo Park on both sides")
    assert [(x["polarity"], x["article"]) for x in c["claims"]] == [("affirm", "s1"), ("deny", "s2")]


def test_stance_not_for_another_cause_or_another_organisation(store):
    load(store, article("s1", "2025-06-20", AFFIRM),
         article("s2", "2025-10-31", Said("Jo Park said the cuts are not about bureaucracy.", kind="cause",
                                          object="bureaucracy", polarity="deny", speaker="Jo Park"),
                 Said("Contoso said its cuts are not AI-driven.", org="Contoso", kind="cause", object="AI",
                      polarity="deny")))
    assert find_contradictions(store, kind="stance") == []


def test_stance_is_one_row_per_cause_listing_every_speaker_and_article(store):
    other = Said("Ann Roe said AI had nothing to do with it.", kind="cause", object="AI", polarity="deny",
                 speaker="Ann Roe", modality="reported")
    load(store, article("s1", "2025-06-01", AFFIRM), article("s2", "2025-11-01", other, publisher="Bay Post"),
         article("s3", "2025-11-02", other, publisher="Gull Gazette"))
    [c] = find_contradictions(store, kind="stance")
    assert c["severity"] == "soft" and c["explanation"].endswith("different speakers")
    assert c["claims"][1]["articles"] == ["s2", "s3"] and c["claims"][0]["articles"] == ["s1"]


# ---- outlook

OUTLOOK = Said("Northwind does not expect new large layoff waves.", kind="layoff_outlook", polarity="deny",
               when="2025-06", modality="expected")


def test_outlook_overturned_by_later_large_cuts(store):
    load(store, article("w1", "2025-06-20", OUTLOOK),
         article("w2", "2025-10-28", Said("Northwind cuts about 14,000 jobs.", value=14000, approx=True,
                                          when="2025-10-28")),
         article("w3", "2025-10-29", Said("Northwind lays off 14,000.", value=14000, when="2025-10-28")))
    [c] = find_contradictions(store, kind="outlook")
    assert c["severity"] == "hard" and c["topic"] == "expectation of no new large cuts"
    assert c["explanation"] == ("Harbour Herald expected no new large cuts at Northwind (2025-06); "
                                "Harbour Herald reports 14000 count cut in 2025-10-28, the only round within "
                                "two years")
    assert c["claims"][0]["article"] == "w1" and c["claims"][0]["polarity"] == "deny"


def test_outlook_not_overturned_by_earlier_small_late_or_denied_cuts(store):
    load(store, article("w1", "2025-06-20", OUTLOOK),
         article("w2", "2025-03-01", Said("Northwind cut 5,000 jobs in February.", value=5000, when="2025-02")),
         article("w3", "2025-09-01", Said("Northwind cut 300 jobs.", value=300, when="2025-08")),
         article("w4", "2028-01-10", Said("Northwind cuts 9,000 jobs.", value=9000, when="2028-01")),
         article("w5", "2025-09-02", Said("Northwind denies it will cut 9,000 jobs.", value=9000, when="2025-09",
                                          modality="denied")),
         article("w6", "2025-09-03", Said("Contoso cuts 9,000 jobs.", org="Contoso", value=9000, when="2025-09")))
    assert find_contradictions(store, kind="outlook") == []


def test_an_outlook_for_this_year_is_overturned_only_within_it(store):
    """"No further job cuts this year" (its horizon, told in June): a round the next year overturns nothing, one in
    the same year does."""
    this_year = Said("Northwind does not plan any further job cuts this year.", kind="layoff_outlook", polarity="deny",
                     when="2025", timing="horizon", told="2025-06-20", modality="expected")
    load(store, article("w1", "2025-06-20", this_year),
         article("w2", "2026-02-10", Said("Northwind cuts 12,000 jobs.", value=12000, when="2026-02-10")))
    assert find_contradictions(store, kind="outlook") == []
    load(store, article("w3", "2025-11-04", Said("Northwind cuts 11,000 jobs.", value=11000, when="2025-11-04")))
    [c] = find_contradictions(store, kind="outlook")
    assert [x["value"] for x in c["claims"]] == [None, 11000]


def test_an_outlook_topic_keeps_its_node_when_an_earlier_round_is_added(store, tmp_path):
    """The topic's node is named by the outlook's day, not by the place of its round among the events: news of
    another round leaves it (and its quads) where they were."""
    from kg.mapping import RESOLUTION_GRAPH
    from kg.store import EmbeddedStore

    def outlook_nodes(db) -> set[str]:
        rows = db.query(f"SELECT ?t WHERE {{ GRAPH <{RESOLUTION_GRAPH.value}> {{ ?t nkg:contradictionKind 'outlook' }} }}")
        return {row["t"].value for row in rows}

    news = [article("w1", "2025-06-20", OUTLOOK),
            article("w2", "2025-10-28", Said("Northwind lays off 14,000.", value=14000, when="2025-10-28"))]
    earlier = article("w0", "2025-03-01", Said("Northwind cut 5,000 jobs on 14 February.", value=5000, when="2025-02-14"))
    other = EmbeddedStore(tmp_path / "with-earlier-round")
    load(store, *news)
    load(other, earlier, *news)
    assert len(outlook_nodes(store)) == 1 and outlook_nodes(store) == outlook_nodes(other)


# ---- arithmetic


def test_arithmetic_count_percent_and_workforce_that_cannot_all_hold(store):
    load(store, article("m1", "2026-01-10",
                        Said("Fabrikam will cut 2,000 jobs, about 10 percent of its staff.", org="Fabrikam",
                             value=2000, when="2026-01"),
                        Said("Fabrikam employs 12,000 people.", org="Fabrikam", kind="workforce",
                             value=12000, when="2025", modality="reported"), publisher="Bay Post"))
    assert find_contradictions(store) == []  # no percent: nothing to work out
    load(store, article("m2", "2026-01-11",
                        Said("Fabrikam will cut 2,000 jobs, 25 percent of its staff.", org="Fabrikam", value=2000,
                             when="2026-01"),
                        Said("Fabrikam will cut 2,000 jobs, 25 percent of its staff.", org="Fabrikam", value=25,
                             unit="percent", when="2026-01"), publisher="Gull Gazette"))
    [c] = find_contradictions(store, org="Fabrikam")
    assert (c["kind"], c["severity"]) == ("arithmetic", "hard")
    assert [x["unit"] for x in c["claims"]] == ["count", "percent", "count"]
    assert c["explanation"] == ("Gull Gazette: 2000 count as 25 percent implies a workforce of 7,500 to 8,542; "
                                "Bay Post says 12000 count for Fabrikam: the whole workforce cannot be both")


def test_arithmetic_within_tolerance_or_of_another_scope_is_not_a_contradiction(store):
    load(store, article("m1", "2026-01-10",
                        # 1,000 of 15,300 is 6.5 %: "roughly 7 percent" holds
                        Said("Fabrikam cuts 1,000 positions, roughly 7 percent of staff.", org="Fabrikam", value=1000,
                             when="2026-01"),
                        Said("Fabrikam cuts 1,000 positions, roughly 7 percent of staff.", org="Fabrikam", value=7,
                             unit="percent", approx=True, when="2026-01"),
                        Said("Fabrikam has 15,300 employees.", org="Fabrikam", kind="workforce", value=15300,
                             when="2026-01", modality="reported"),
                        # 9 % of the office staff is not 9 % of everyone: a corporate base is not the whole workforce
                        Said("It also cuts 900 office jobs, 9 percent of office staff.", org="Fabrikam", value=900,
                             when="2026-01", segment="corporate"),
                        Said("It also cuts 900 office jobs, 9 percent of office staff.", org="Fabrikam", value=9,
                             unit="percent", when="2026-01", segment="corporate")))
    assert find_contradictions(store) == []


def test_arithmetic_a_segment_count_against_a_percent_of_the_whole(store):
    """1,600 cuts in Sweden cannot be "about 20 %" of a group of 6,500: all cuts are at least the Swedish ones."""
    load(store, article("v1", "2024-09-23",
                        Said("Northwind will cut 1,600 jobs in Sweden, about 20% of its global staff.", value=1600,
                             when="2024-09-23", segment="Sweden"),
                        Said("Northwind will cut 1,600 jobs in Sweden, about 20% of its global staff.", value=20,
                             unit="percent", approx=True, when="2024-09-23", segment="total"),
                        Said("The company employs 6,500 people.", kind="workforce", value=6500, when="2024-09-23",
                             modality="reported")))
    [c] = find_contradictions(store)
    assert (c["kind"], c["severity"]) == ("arithmetic", "soft")
    assert "implies a workforce of 7,089 to more" in c["explanation"]


# ---- the interface


def test_kinds_are_discovered_from_the_query_files():
    assert kinds() == ("arithmetic", "numeric", "outlook", "stance", "temporal")


def test_filters_by_organisation_and_kind_and_rejects_unknown_kinds(store):
    load(store, article("herald-jan", "2026-01-28", JAN_16K, AFFIRM),
         article("post-jan", "2026-01-25", JAN_14K, DENY, publisher="Bay Post"))
    assert rows(store) == [("numeric", "hard"), ("stance", "hard")]
    assert rows(store, kind="stance") == [("stance", "hard")]
    assert rows(store, org="northwind") == [("numeric", "hard"), ("stance", "hard")]  # any case
    with pytest.raises(QueryError, match="no organisation matches 'Contoso' in the store"):
        rows(store, org="Contoso")
    with pytest.raises(QueryError, match="unknown contradiction kind"):
        find_contradictions(store, kind="numerical")


def test_numeric_a_part_beside_its_whole_is_not_a_rival(store):
    """An article giving 16,000 jobs worldwide and 12,000 of them (scope left open) does not dispute 16,000."""
    load(store, article("w1", "2025-10-16", Said("Northwind cuts 16,000 jobs worldwide.", value=16000, when="2025-10-16",
                                                 segment="total"),
                        Said("Of those, 12,000 are managers.", value=12000, when="2025-10-16")),
         article("w2", "2025-10-16", Said("Northwind cuts 16,000 jobs.", value=16000, when="2025-10-16")))
    assert find_contradictions(store) == []


def test_numeric_a_headcount_aimed_at_is_not_a_level(store):
    load(store, article("h1", "2024-08-28", Said("Northwind wants to shrink to 2,000 staff.", kind="workforce",
                                                 value=2000, when="2024-08", modality="planned")),
         article("h2", "2024-08-29", Said("Northwind now has 3,800 staff.", kind="workforce", value=3800,
                                          when="2024-08", modality="reported")))
    assert find_contradictions(store) == []


def test_arithmetic_cuts_from_the_headcount_against_the_headcount_aimed_at(store):
    """"Will shed 2,000 more jobs" from 3,800 leaves 1,800, not the 2,000 another outlet says it aims for."""
    load(store, article("k1", "2024-08-28", Said("Northwind aims for 2,000 staff.", kind="workforce", value=2000,
                                                 when="2024-08", modality="planned"), publisher="Bay Post"),
         article("k2", "2024-08-29", Said("Northwind has shrunk to 3,800 people.", kind="workforce", value=3800,
                                          when="2024-08", modality="reported"),
                 Said("It will shed 2,000 more jobs.", value=2000, modality="planned"), publisher="Gull Gazette"))
    [c] = find_contradictions(store, kind="arithmetic")
    assert c["severity"] == "soft"
    assert [x["article"] for x in c["claims"]] == ["k2", "k2", "k1"]
    assert c["explanation"] == ("Gull Gazette: 2000 count from 3800 count leaves 1,745 to 1,855; Bay Post says 2000 "
                                "count for Northwind: the headcount aimed at cannot be both")



def test_temporal_a_date_after_the_article_is_when_cuts_take_effect_not_when_they_were_announced(store):
    load(store, article("e1", "2025-10-28", Said("On Tuesday Northwind announced 1,200 cuts.", value=1200,
                                                 when="2025-10-28")),
         article("e2", "2025-10-29", Said("Northwind's 1,200 cuts begin on Monday.", value=1200, when="2025-11-03",
                                          modality="planned")))
    assert find_contradictions(store) == []


def test_numeric_an_outlets_later_figure_replaces_its_earlier_one(store):
    """An outlet that gives 1,200 and the next day 900 (a correction, an update) is not a side of its 1,200: its own
    later word stands; that later word may still disagree with another outlet's."""
    def cuts(article_id, published, value, publisher):
        return article(article_id, published, Said(f"Northwind will cut {value:,} jobs, it said on Monday.",
                                                   value=value, when="2026-03-09"), publisher=publisher)

    load(store, cuts("c1", "2026-03-10", 1200, "Harbour Herald"), cuts("c2", "2026-03-10", 900, "Bay Post"),
         cuts("c3", "2026-03-11", 900, "Harbour Herald"))
    assert find_contradictions(store) == []
    load(store, cuts("c4", "2026-03-11", 1100, "Gull Gazette"))
    [c] = find_contradictions(store)
    assert sorted(x["value"] for x in c["claims"]) == [900, 1100] and "c1" not in c["articles"]



def test_numeric_an_outlet_s_later_report_of_a_union_s_figure_replaces_not_the_company_s(store):
    load(store, article("u1", "2026-03-10", Said("Northwind will cut 1,200 jobs, it said on Monday.", value=1200,
                                                 when="2026-03-09")),
         article("u2", "2026-03-10", Said("Northwind will cut 900 jobs, it said on Monday.", value=900,
                                          when="2026-03-09"), publisher="Bay Post"),
         article("u3", "2026-03-12", Said("The union speaks of 1,500 jobs at Northwind.", value=1500, when="2026-03-09",
                                          modality="reported", third_party=True)))
    found = [sorted(x["value"] for x in c["claims"]) for c in find_contradictions(store)]
    assert [900, 1200] in found and len(found) == 2  # and the union's 1,500 against one of them


def test_numeric_an_article_s_two_figures_of_one_day_are_no_rivals_of_what_it_also_says(store):
    """An article giving 900 cuts and a net 650 the text does not mark as net (resolution puts the two on two
    announcements) disputes no one's 900: it says 900 too. The outlet that gave 1,200 and later 900 (put on the other
    announcement) is replaced by its later word."""
    both = "Northwind will cut 900 jobs but hire 250, a reduction of 650 jobs."
    load(store, article("g1", "2026-10-06", Said("Northwind will cut 900 jobs, it said on Tuesday.", value=900,
                                                 when="2026-10-06"), publisher="Bay Post"),
         article("g2", "2026-10-07", Said("Northwind's chief said the 900 job cuts were hard.", value=900,
                                          when="2026-10-07"), publisher="Gull Gazette"),
         article("g3", "2026-10-07", Said(both, value=650, when="2026-10-07"), Said(both, value=900, when="2026-10-07"),
                 publisher="Ferry Times"),
         article("g4", "2026-10-08", Said("Northwind cuts 1,200 jobs, it said on Tuesday.", value=1200,
                                          when="2026-10-06"), publisher="Harbour Herald"),
         article("g5", "2026-10-09", Said("Correction: Northwind cuts 900 jobs, not 1,200.", value=900,
                                          when="2026-10-09", timing="article"), publisher="Harbour Herald"))
    assert find_contradictions(store) == []


def test_numeric_a_union_s_count_beside_the_company_s_in_one_article_is_a_soft_row(store):
    """One article giving the company's 420 jobs in the Netherlands and the union's 600: the union's count of the same
    cuts, a soft row (a third party's word); the union's "1,000 more jobs" is another round, no row."""
    company = Said("Northwind will cut 420 jobs in the Netherlands, it said on Monday.", value=420, when="2026-03-09",
                   segment="Netherlands")
    load(store, article("d1", "2026-03-10", company,
                        Said("The union speaks of 600 jobs in the Netherlands.", value=600, when="2026-03-09",
                             segment="Netherlands", modality="reported", third_party=True)))
    [c] = find_contradictions(store)
    assert (c["kind"], c["severity"], sorted(x["value"] for x in c["claims"])) == ("numeric", "soft", [420, 600])
    assert c["articles"] == ["d1"]
    assert "(the company's word) says 420" in c["explanation"]  # one outlet's two figures: whose is which
    assert "(a third party's word) says 600" in c["explanation"]


def test_numeric_a_union_s_more_jobs_beside_the_company_s_count_is_another_round(store):
    load(store, article("d2", "2026-03-10", Said("Northwind will cut 500 jobs, it said on Monday.", value=500,
                                                 when="2026-03-09"),
                        Said("The union said 1,000 more jobs would go.", value=1000, when="2026-03-09",
                             modality="reported", third_party=True)))
    assert find_contradictions(store) == []


@pytest.mark.parametrize("union", [
    "The union said the cuts would cost 800 jobs, more than the 500 the company announced.",
    "Laut der Gewerkschaft fallen 800 Stellen weg, mehr als die 500, die das Unternehmen nannte.",
    "Facket säger att 800 jobb försvinner, fler än de 500 som bolaget har meddelat.",
])
def test_numeric_a_union_s_count_more_than_the_company_s_is_a_soft_row(store, union):
    """A word of more that compares ("more than the 500 the company announced") is no word of one more figure."""
    load(store, article("d3", "2026-03-10", Said("Northwind will cut 500 jobs, it said on Monday.", value=500,
                                                 when="2026-03-09"),
                        Said(union, value=800, when="2026-03-09", modality="reported", third_party=True)))
    [c] = find_contradictions(store)
    assert (c["kind"], c["severity"], sorted(x["value"] for x in c["claims"])) == ("numeric", "soft", [500, 800])


def test_numeric_levels_far_below_the_organisation_s_own_are_parts_not_rivals(store):
    """A branch's staff and a subsidiary's revenue, left unmarked ("De Belgische tak telt 1.100 medewerkers",
    "Northwind Iberia's revenue was 610 million"), beside the group's 32,000 and 6.8 billion of the same time: parts,
    no rival of each other; two outlets' group figures still disagree."""
    def staff(article_id, published, value, sentence, publisher):
        return article(article_id, published, Said(sentence, kind="workforce", value=value, when=published,
                                                   modality="reported"), publisher=publisher)

    def revenue(article_id, value, sentence, publisher):
        return article(article_id, "2026-03-12", Said(sentence, kind="revenue", value=value, unit="EUR", when="2025",
                                                      modality="reported"), publisher=publisher)

    load(store, staff("s1", "2026-03-10", 32000, "Northwind employs 32,000 people.", "Harbour Herald"),
         staff("s2", "2026-03-12", 1300, "Its Spanish arm keeps its 1,300 staff.", "Bay Post"),
         staff("s3", "2026-03-13", 1100, "Northwind's Belgian branch has 1,100 staff.", "Gull Gazette"),
         revenue("r1", 6.8e9, "Northwind's revenue was 6.8 billion euros in 2025.", "Harbour Herald"),
         revenue("r2", 6.1e8, "Northwind Iberia's revenue was 610 million euros last year.", "Bay Post"),
         revenue("r3", 3.8e8, "Revenue in Belgium was 380 million euros last year.", "Gull Gazette"))
    assert find_contradictions(store) == []
    load(store, staff("s4", "2026-03-11", 28000, "Northwind has 28,000 employees.", "Fjord Times"))
    [c] = find_contradictions(store)
    assert sorted(x["value"] for x in c["claims"]) == [28000, 32000]


def test_numeric_a_total_told_by_its_parts_is_the_round_other_outlets_count(store):
    """"180 jobs in Belgium ... 1,150 jobs in all" tells one round by its parts: its total is the round, so another
    outlet's 1,400 disputes it (and the 1,150 others leave unmarked); an unmarked 180 is Belgium's part, no rival."""
    load(store, article("p1", "2026-03-13", Said("Northwind cuts 180 jobs in Belgium.", value=180, when="2026-03-10",
                                                 segment="Belgium"),
                        Said("In all, 1,150 jobs will go.", value=1150, when="2026-03-10", aggregate="total",
                             segment="total"), publisher="Gull Gazette"),
         article("p2", "2026-03-10", Said("Northwind will cut 1,150 jobs.", value=1150, when="2026-03-10")),
         article("p3", "2026-03-11", Said("Northwind will cut 180 jobs.", value=180, when="2026-03-10"),
                 publisher="Fjord Times"),
         article("p4", "2026-03-11", Said("Northwind will cut 1,400 jobs.", value=1400, when="2026-03-10"),
                 publisher="Bay Post"))
    [c] = find_contradictions(store)
    assert sorted(x["value"] for x in c["claims"]) == [1150, 1400]
    assert sorted(c["articles"]) == ["p1", "p2", "p4"]
