"""Each contradiction kind on articles written for the project, and the cases that must not be one."""

from __future__ import annotations

import pytest
from contradictions.factory import Said, article, load

from kg.contradictions import find_contradictions
from kg.queries import QueryError

JAN_16K = Said("Northwind will cut 16,000 office jobs this month.", value=16000, when="2026-01", segment="corporate")
JAN_14K = Said("On Friday Northwind announced 14,000 job cuts.", value=14000, when="2026-01-23", segment="corporate")


def kinds(store, **kw) -> list[str]:
    return sorted(r["kind"] for r in find_contradictions(store, **kw))


# ---- numeric


def test_numeric_two_sources_disagree_on_the_same_round(store):
    load(store, article("herald-jan", "2026-01-28", JAN_16K),
         article("post-jan", "2026-01-25", JAN_14K, publisher="Bay Post"))
    [c] = find_contradictions(store, kind="numeric")
    assert (c["kind"], c["org"], c["severity"], c["topic"]) == ("numeric", "Northwind", "hard", "job_cuts 2026-01-23")
    # claim A is the lower figure
    assert c["explanation"] == ("Bay Post says 14000 count, Harbour Herald says 16000 count for Northwind job_cuts "
                                "2026-01-23: the allowed ranges [14000, 14000] and [16000, 16000] do not overlap")
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
                                          when="2025-10")))
    assert find_contradictions(store) == []


def test_numeric_beyond_the_approximation_is_a_contradiction(store):
    load(store, article("n1", "2025-10-28", Said("Northwind cuts about 14,000 jobs.", value=14000, approx=True,
                                                 when="2025-10-28")),
         article("n2", "2025-10-29", Said("Northwind cuts up to 12,000 jobs.", value=12000, bound="upper",
                                          when="2025-10-28")))
    [c] = find_contradictions(store)
    assert c["explanation"].endswith("the allowed ranges [0, 12000] and [13300, 14700] do not overlap")
    assert "up to 12000 count" in c["explanation"] and "about 14000 count" in c["explanation"]


def test_numeric_not_across_organisations_rounds_scopes_or_one_article(store):
    load(store,
         article("o1", "2025-10-28", Said("Northwind cuts 14,000 jobs.", value=14000, when="2025-10-28", segment="corporate")),
         # another organisation, same month
         article("o2", "2025-10-28", Said("Contoso cuts 30,000 jobs.", org="Contoso", value=30000, when="2025-10-28")),
         # another round of the same organisation (January)
         article("o3", "2026-01-28", Said("Northwind cuts 16,000 jobs.", value=16000, when="2026-01")),
         # another scope: the total workforce figure for the same round
         article("o4", "2025-10-29", Said("Across the company Northwind cuts 40,000.", value=40000,
                                          when="2025-10-28", segment="total")),
         # one article giving two rounds of one year
         article("o5", "2025-10-01", Said("In 2023 Northwind cut 18,000 jobs.", value=18000, when="2023", modality="reported"),
                 Said("Later in 2023 it cut 9,000.", value=9000, when="2023", modality="reported")),
         # a plan against the round
         article("o6", "2025-10-29", Said("Northwind aims to cut 30,000 jobs.", value=30000, when="2025-10",
                                          modality="planned")))
    assert find_contradictions(store, kind="numeric") == []


def test_numeric_on_a_coarse_time_is_soft(store):
    load(store, article("y1", "2025-06-01", Said("In 2024 Northwind cut 5,000 jobs.", value=5000, when="2024",
                                                 modality="reported")),
         article("y2", "2025-07-01", Said("In 2024 Northwind cut 8,000 jobs.", value=8000, when="2024",
                                          modality="reported")))
    [c] = find_contradictions(store)
    assert c["severity"] == "soft"


# ---- stance

AFFIRM = Said("Jo Park said AI lets Northwind run with fewer office staff.", kind="cause", object="AI",
              polarity="affirm", speaker="Jo Park", modality="reported", when="2025-06")
DENY = Said("Jo Park said the cuts are not really AI-driven.", kind="cause", object="AI", polarity="deny",
            speaker="Jo Park", modality="reported")


def test_stance_the_speaker_later_denies_the_cause(store):
    load(store, article("s1", "2025-06-20", AFFIRM), article("s2", "2025-10-31", DENY, publisher="Bay Post"))
    [c] = find_contradictions(store, kind="stance")
    assert (c["severity"], c["topic"]) == ("hard", "AI as the cause of the cuts")
    assert c["explanation"] == ("Jo Park (Harbour Herald, 2025-06-20) ties Northwind's cuts to AI; "
                                "Jo Park (Bay Post, 2025-10-31) denies it")
    assert [(x["polarity"], x["article"]) for x in c["claims"]] == [("affirm", "s1"), ("deny", "s2")]


def test_stance_not_for_another_cause_or_another_organisation(store):
    load(store, article("s1", "2025-06-20", AFFIRM),
         article("s2", "2025-10-31", Said("Jo Park said the cuts are not about bureaucracy.", kind="cause",
                                          object="bureaucracy", polarity="deny", speaker="Jo Park"),
                 Said("Contoso said its cuts are not AI-driven.", org="Contoso", kind="cause", object="AI",
                      polarity="deny")))
    assert find_contradictions(store, kind="stance") == []


def test_stance_by_different_speakers_is_soft(store):
    load(store, article("s1", "2025-06-20", AFFIRM),
         article("s2", "2025-10-31", Said("Ann Lee said AI played no part in the cuts.", kind="cause", object="AI",
                                          polarity="deny", speaker="Ann Lee")))
    [c] = find_contradictions(store)
    assert c["severity"] == "soft" and c["explanation"].startswith("Jo Park (Harbour Herald, 2025-06-20)")


# ---- outlook

OUTLOOK = Said("Northwind does not expect new large layoff waves.", kind="layoff_outlook", polarity="deny",
               when="2025-06", modality="expected")


def test_outlook_overturned_by_later_large_cuts(store):
    load(store, article("w1", "2025-06-20", OUTLOOK),
         article("w2", "2025-10-28", Said("Northwind cuts about 14,000 jobs.", value=14000, approx=True,
                                          when="2025-10-28")),
         article("w3", "2025-10-29", Said("Northwind lays off 14,000.", value=14000, when="2025-10-28")))
    [c] = find_contradictions(store, kind="outlook")  # one row per overturning announcement
    assert c["severity"] == "hard" and c["topic"] == "expectation of no new large cuts"
    assert c["explanation"] == ("Harbour Herald expected no new large cuts at Northwind (2025-06); "
                                "Harbour Herald reports 14000 count cut in 2025-10-28")
    assert c["claims"][0]["article"] == "w1" and c["claims"][0]["polarity"] == "deny"


def test_outlook_not_overturned_by_earlier_small_late_or_planned_cuts(store):
    load(store, article("w1", "2025-06-20", OUTLOOK),
         article("w2", "2025-03-01", Said("Northwind cut 5,000 jobs in February.", value=5000, when="2025-02")),
         article("w3", "2025-09-01", Said("Northwind cut 300 jobs.", value=300, when="2025-08")),
         article("w4", "2028-01-10", Said("Northwind cuts 9,000 jobs.", value=9000, when="2028-01")),
         article("w5", "2025-09-02", Said("Northwind plans to cut 9,000 jobs next year.", value=9000,
                                          when="2026", modality="planned")),
         article("w6", "2025-09-03", Said("Contoso cuts 9,000 jobs.", org="Contoso", value=9000, when="2025-09")))
    assert find_contradictions(store, kind="outlook") == []


# ---- temporal


def test_temporal_different_days_for_the_same_announcement(store):
    load(store, article("t1", "2026-01-24", Said("Northwind announced 1,200 cuts on 21 January.", value=1200,
                                                 when="2026-01-21")),
         article("t2", "2026-01-28", Said("Northwind announced 1,200 cuts on 26 January.", value=1200,
                                          when="2026-01-26")))
    [c] = find_contradictions(store)
    assert (c["kind"], c["severity"]) == ("temporal", "hard")
    assert c["explanation"] == ("Harbour Herald dates Northwind job_cuts 2026-01-21 (day), Harbour Herald dates it "
                                "2026-01-26 (day): 5 days apart")


def test_temporal_not_within_a_precision_or_a_day(store):
    load(store, article("t1", "2026-01-24", Said("Northwind announced 1,200 cuts on 21 January.", value=1200,
                                                 when="2026-01-21")),
         article("t2", "2026-01-28", Said("Northwind announced 1,200 cuts in January.", value=1200, when="2026-01")),
         article("t3", "2026-01-23", Said("Northwind announced 1,200 cuts yesterday.", value=1200, when="2026-01-22")))
    assert find_contradictions(store) == []


# ---- arithmetic

def test_arithmetic_count_percent_and_workforce_that_cannot_all_hold(store):
    load(store, article("m1", "2026-01-10",
                        Said("Fabrikam will cut 2,000 jobs.", org="Fabrikam", value=2000, when="2026-01"),
                        Said("The cut is about 10 percent of its staff.", org="Fabrikam", value=10, unit="percent",
                             approx=True, when="2026-01"),
                        Said("Fabrikam employs 100,000 people.", org="Fabrikam", kind="workforce",
                             value=100000, when="2025", modality="reported"), publisher="Bay Post"))
    [c] = find_contradictions(store, org="Fabrikam")
    assert (c["kind"], c["severity"]) == ("arithmetic", "hard")
    assert [x["unit"] for x in c["claims"]] == ["count", "percent", "count"]
    assert c["explanation"] == ("2000 job cuts (Bay Post) would be 2-2 percent of a workforce of 100000 "
                                "(Bay Post), not 10 percent (Bay Post), even with 1 point of tolerance")


def test_arithmetic_within_tolerance_or_of_another_scope_is_not_a_contradiction(store):
    load(store, article("m1", "2026-01-10",
                        # 1,000 of 15,300 is 6.5 %: "roughly 7 percent" holds within the tolerance
                        Said("Fabrikam cuts 1,000 positions.", org="Fabrikam", value=1000, when="2026-01"),
                        Said("That is roughly 7 percent of staff.", org="Fabrikam", value=7, unit="percent",
                             approx=True, when="2026-01"),
                        Said("Fabrikam has 15,300 employees.", org="Fabrikam", kind="workforce", value=15300,
                             when="2026-01", modality="reported"),
                        # 1,000 would be 25 % of the office staff: another scope, not compared
                        Said("Fabrikam has 4,000 office staff.", org="Fabrikam", kind="workforce", value=4000,
                             when="2026-01", modality="reported", segment="corporate")))
    assert find_contradictions(store) == []


# ---- the interface


def test_filters_by_organisation_and_kind_and_rejects_unknown_kinds(store):
    load(store, article("herald-jan", "2026-01-28", JAN_16K, AFFIRM),
         article("post-jan", "2026-01-25", JAN_14K, DENY))
    assert kinds(store) == ["numeric", "stance"]
    assert kinds(store, kind="stance") == ["stance"]
    assert kinds(store, org="Northwind") == ["numeric", "stance"]
    assert kinds(store, org="northwind") == ["numeric", "stance"]  # any case
    with pytest.raises(QueryError, match="no organisation matches 'Contoso' in the store"):
        kinds(store, org="Contoso")
    with pytest.raises(QueryError, match="unknown contradiction kind"):
        find_contradictions(store, kind="numerical")


def test_temporal_against_a_date_that_is_only_the_article_date_is_soft(store):
    load(store, article("t1", "2026-01-25", Said("On Friday Northwind announced 1,200 cuts.", value=1200,
                                                 when="2026-01-23")),
         article("t2", "2026-01-28", Said("Northwind now announces 1,200 cuts.", value=1200, when="2026-01-28")))
    [c] = find_contradictions(store)
    assert (c["kind"], c["severity"]) == ("temporal", "soft")


# ---- statements: claims that state the same thing are compared once


def test_a_figure_repeated_by_many_outlets_is_one_row_listing_them(store):
    outlets = [article(f"same-{i}", "2026-01-28", JAN_16K, publisher=f"Outlet {i}") for i in range(4)]
    load(store, *outlets, article("post-jan", "2026-01-25", JAN_14K, publisher="Bay Post"),
         article("post-jan-2", "2026-01-26", JAN_14K, publisher="Gull Gazette"))
    [c] = find_contradictions(store, kind="numeric")
    low, high = c["claims"]
    assert (low["value"], high["value"]) == (14000, 16000)
    assert low["articles"] == ["post-jan", "post-jan-2"]
    assert high["articles"] == [f"same-{i}" for i in range(4)]
    assert c["articles"] == sorted(low["articles"] + high["articles"])
    assert "(and 1 other article(s)) says 14000 count" in c["explanation"]
    assert "(and 3 other article(s)) says 16000 count" in c["explanation"]


def test_each_pair_of_disagreeing_figures_is_a_row(store):
    load(store, *(article(f"n{v}", "2025-10-28", Said(f"Northwind cuts {v:,} jobs.", value=v, when="2025-10-28"),
                          publisher=f"Outlet {v}") for v in (10000, 12000, 14000)))
    rows = find_contradictions(store, kind="numeric")
    assert sorted((r["claims"][0]["value"], r["claims"][1]["value"]) for r in rows) == [
        (10000, 12000), (10000, 14000), (12000, 14000)]


def test_stance_denials_by_one_speaker_in_several_articles_are_one_row(store):
    affirm = Said("Kim Lee said AI drove the cuts.", kind="cause", object="AI", polarity="affirm", speaker="Kim Lee",
                  modality="reported", value=None)
    deny = Said("Kim Lee said the cuts were not about AI.", kind="cause", object="AI", polarity="deny",
                speaker="Kim Lee", modality="reported", value=None)
    other = Said("Ann Roe said AI had nothing to do with it.", kind="cause", object="AI", polarity="deny",
                 speaker="Ann Roe", modality="reported", value=None)
    load(store, article("s1", "2025-06-01", affirm), article("s2", "2025-11-01", deny, publisher="Bay Post"),
         article("s3", "2025-11-02", deny, publisher="Gull Gazette"), article("s4", "2025-11-03", other))
    rows = sorted(find_contradictions(store, kind="stance"), key=lambda r: r["severity"])
    assert [(r["severity"], r["claims"][1]["speaker"]) for r in rows] == [("hard", "Kim Lee"), ("soft", "Ann Roe")]
    assert rows[0]["claims"][1]["articles"] == ["s2", "s3"]
    assert rows[0]["claims"][0]["articles"] == ["s1"]


def test_arithmetic_against_a_workforce_stated_in_another_article(store):
    load(store,
         article("m1", "2026-01-10",
                 Said("Fabrikam will cut 2,000 jobs.", org="Fabrikam", value=2000, when="2026-01"),
                 Said("The cut is about 10 percent of its staff.", org="Fabrikam", value=10, unit="percent",
                      approx=True, when="2026-01"), publisher="Bay Post"),
         article("w1", "2025-12-01", Said("Fabrikam employs 100,000 people.", org="Fabrikam", kind="workforce",
                                          value=100000, when="2025", modality="reported"), publisher="Gull Gazette"),
         article("w2", "2025-12-02", Said("Fabrikam has a staff of 100,000.", org="Fabrikam", kind="workforce",
                                          value=100000, when="2025", modality="reported"), publisher="Harbour Herald"),
         # 2,000 is 10 % of 20,000: no contradiction with this one
         article("w3", "2025-12-03", Said("Fabrikam's 20,000 staff.", org="Fabrikam", kind="workforce",
                                          value=20000, when="2025", modality="reported"), publisher="Cove Courier"))
    [c] = find_contradictions(store, kind="arithmetic")
    count, percent, workforce = c["claims"]
    assert (count["article"], percent["article"], workforce["value"]) == ("m1", "m1", 100000)
    assert workforce["articles"] == ["w1", "w2"]
    assert c["explanation"].startswith("2000 job cuts (Bay Post) would be 2-2 percent of a workforce of 100000")
