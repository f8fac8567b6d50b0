"""The contradiction, resolution and named-query tests of the embedded store, run unchanged on a real Virtuoso
(Debian's virtuoso-opensource) through the SPARQL protocol and the Graph Store Protocol: each test function
below is imported from its own module and gets this module's ``store``, a RemoteStore over Virtuoso."""

from __future__ import annotations

import pytest
from contradictions.test_contradictions import *  # noqa: F403  (every contradiction test, on Virtuoso)
from resolve.test_resolve import *  # noqa: F403  (every resolution test, on Virtuoso)
from test_queries import test_claims_query_filters_by_parameter  # noqa: F401

import kg.pipeline
import kg.prepare
from kg.queries import run_named, run_page, select_rows

from samples import sample_article, sample_extraction


@pytest.fixture
def store(virtuoso_store):
    """Virtuoso in place of the embedded store."""
    return virtuoso_store


def test_pages_cover_every_row_once(store, monkeypatch):
    """test_queries' paging test, but in any order: the claims query has no ORDER BY (pages follow the
    store's order, stable in Oxigraph), and Virtuoso orders each LIMIT/OFFSET page by its own plan."""
    monkeypatch.setattr(kg.prepare, "extract", sample_extraction)
    for i in range(7):
        kg.pipeline.process(sample_article(article_id=f"acme-{i}"), store)
    _, every = select_rows(run_named(store, "claims"))
    seen, cursor = [], None
    while True:
        page = run_page(store, "claims", size=4, cursor=cursor)
        seen += page.rows
        if page.next is None:
            break
        cursor = page.next
    key = sorted
    assert len(every) == 14 and key(map(repr, seen)) == key(map(repr, every))
