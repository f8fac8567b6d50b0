"""The rows resolution writes on the topics (``nkg:contradictionRows``) are those the kinds' queries give on the
whole store: for every kind, for one organisation, and after incremental resolutions that add, change and take
away rows. The articles and companies are the project's own (fictional)."""

from __future__ import annotations

import json

from contradictions.factory import Said, article, load

from kg import resolve
from kg.contradictions import find_contradictions, kinds, queried, written
from kg.mapping import article_quads, graph_iri
from kg.resolve import resolve_articles

NEWS = [
    article("n1", "2026-01-28", Said("Northwind will cut 16,000 office jobs this month.", value=16000, when="2026-01",
                                     segment="corporate"),
            Said("Jo Park said AI lets Northwind run with fewer office staff.", kind="cause", object="AI",
                 polarity="affirm", speaker="Jo Park")),
    article("n2", "2026-01-25", Said("On Friday Northwind announced 14,000 job cuts.", value=14000, when="2026-01-23",
                                     segment="corporate"), publisher="Bay Post"),
    article("n3", "2026-02-02", Said("Jo Park said the cuts are not really AI-driven.", kind="cause", object="AI",
                                     polarity="deny", speaker="Jo Park"), publisher="Gull Gazette"),
    article("t1", "2026-03-24", Said("Northwind announced 1,200 cuts on 21 March.", value=1200, when="2026-03-21")),
    article("t2", "2026-03-28", Said("Northwind announced 1,200 cuts on 26 March.", value=1200, when="2026-03-26"),
            publisher="Bay Post"),
    article("w1", "2025-06-20", Said("Northwind does not expect new large layoff waves.", kind="layoff_outlook",
                                     polarity="deny", when="2025-06", modality="expected")),
    article("m1", "2026-01-10", Said("Fabrikam employs 12,000 people.", org="Fabrikam", kind="workforce", value=12000,
                                     when="2025", modality="reported"), publisher="Bay Post"),
    article("m2", "2026-01-11", Said("Fabrikam will cut 2,000 jobs, 25 percent of its staff.", org="Fabrikam",
                                     value=2000, when="2026-01"),
            Said("Fabrikam will cut 2,000 jobs, 25 percent of its staff.", org="Fabrikam", value=25, unit="percent",
                 when="2026-01"), publisher="Gull Gazette"),
]


def same(found: list[dict]) -> list[str]:
    return sorted(json.dumps(c, sort_keys=True) for c in found)


def assert_written_as_queried(store) -> None:
    for org in (None, "Northwind", "Fabrikam"):
        for kind in (None, *kinds()):
            assert same(written(store, org, kind)) == same(queried(store, org, kind)), (org, kind)


def test_the_rows_written_at_resolution_are_those_the_queries_give(store):
    load(store, *NEWS)
    assert sorted(c["kind"] for c in find_contradictions(store)) == [
        "arithmetic", "numeric", "outlook", "stance", "temporal"]
    assert_written_as_queried(store)


def test_the_rows_are_the_same_made_a_few_topics_at_a_time(store, monkeypatch):
    monkeypatch.setattr(resolve, "TOPIC_QUADS", 1)  # each topic's rows made in a store of its own
    load(store, *NEWS)
    assert len(find_contradictions(store)) == 5
    assert_written_as_queried(store)


def test_the_rows_written_follow_an_incremental_resolution(store):
    load(store, *NEWS)
    changes = [article("n4", "2026-01-26", Said("Northwind will cut 19,000 jobs, the union said.", value=19000,
                                                when="2026-01-24", segment="corporate"), publisher="Gull Gazette"),
               article("n3", "2026-02-02", Said("Jo Park said AI lets Northwind work with fewer staff.", kind="cause",
                                                object="AI", polarity="affirm", speaker="Jo Park"),
                       publisher="Gull Gazette")]
    for news in changes:  # a third figure: one more numeric row; the denial now an affirmation: no stance row
        store.replace_graph(graph_iri(news.article.id), article_quads(news))
        resolve_articles(store, [news.article.id])
        assert_written_as_queried(store)
    store.remove_graph(graph_iri("t2"))  # the second date gone: no temporal row
    resolve_articles(store, ["t2"])
    assert_written_as_queried(store)
    assert sorted(c["kind"] for c in find_contradictions(store)) == ["arithmetic", "numeric", "numeric", "outlook"]
