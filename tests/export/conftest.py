"""A small store for the export tests: two articles on one organisation whose figures disagree."""

from __future__ import annotations

import pytest

from kg.link import link
from kg.mapping import article_quads, graph_iri
from kg.records import Article, Claim, Entity, Extraction, Quantity, Role, Span, TimeRef
from kg.resolve import resolve_events

TEXT_A = "Acme Corp will cut 1,600 office jobs in March, chief executive Jane Roe wrote. Costs are the reason."
TEXT_B = "Acme plans to cut about 1,400 jobs in March 2026, according to The New York Times. Amazon declined to comment."


def _extractions() -> list[Extraction]:
    a = Article("art-a", TEXT_A, title="Acme cuts 1,600 jobs", publisher="Daily Ledger", published="2026-03-02",
                language="en")
    b = Article("art-b", TEXT_B, title="Acme to cut 1,400", publisher="Morning Wire", published="2026-03-03",
                language="en")
    acme_a = Entity("Acme", "organization", mentions=(Span(0, 9, "Acme Corp"),))
    roe = Entity("Jane Roe", "person", mentions=(Span(62, 70, "Jane Roe"),))
    cut_a = Claim("job_cuts", "Acme", TEXT_A[:53], 0, 53, Quantity("count", value=1600), TimeRef("2026-03", "month"),
                  modality="announced", speaker="Jane Roe")
    cause_a = Claim("cause", "Acme", TEXT_A[79:], 79, len(TEXT_A), polarity="affirm", object="costs")
    acme_b = Entity("Acme", "organization", mentions=(Span(0, 4, "Acme"),))
    nyt = Entity("The New York Times", "publisher", mentions=(Span(63, 81, "The New York Times"),))
    amazon = Entity("Amazon", "organization", mentions=(Span(83, 89, "Amazon"),))
    cut_b = Claim("job_cuts", "Acme", TEXT_B[:50], 0, 50, Quantity("count", value=1400, approx=True),
                  TimeRef("2026-03", "month"), modality="announced", source_cited="The New York Times")
    return [
        Extraction(a, entities=[acme_a, roe], roles=[Role("Jane Roe", "Acme", "chief executive")], claims=[cut_a, cause_a]),
        Extraction(b, entities=[acme_b, nyt, amazon], claims=[cut_b]),
    ]


def fill(store) -> None:
    for extraction in _extractions():
        quads = article_quads(link(extraction))
        store.replace_graph(graph_iri(extraction.article.id), quads)
    resolve_events(store)


@pytest.fixture
def kg_store(store):
    fill(store)
    return store
