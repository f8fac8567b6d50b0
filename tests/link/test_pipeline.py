"""The build links: an article ingested through the pipeline carries owl:sameAs for what the table knows."""

from __future__ import annotations

from kg.pipeline import process
from kg.records import Article


def test_process_writes_wikidata_links_for_known_entities_only(store):
    article = Article("p1", "Amazon will cut 500 jobs in Seattle, the company said. Initrode Systems said nothing.",
                      published="2026-02-03", language="en")
    outcome = process(article, store)
    assert outcome.status == "written", outcome.reason
    rows = {(r["name"].value, r["q"].value, r["method"].value) for r in store.query(
        "SELECT ?name ?q ?method WHERE { ?e schema:name ?name ; owl:sameAs ?wd ; nkg:wikidataLink ?l . "
        "?l nkg:qid ?q ; nkg:linkMethod ?method }")}
    assert ("Amazon", "Q3884", "offline-table") in rows
    assert all(q in {"Q3884", "Q5083"} for _, q, _ in rows), rows
