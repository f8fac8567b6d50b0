"""``kg serve --store http://...``: the API over a remote store (a real ``oxigraph serve``), through the
store protocol only: queries, named queries, contradictions, the Graph Store Protocol, updates, ingest, and
the same refusals as over the embedded store."""

from __future__ import annotations

import httpx
import pytest
from api_server import TOKEN, other_extraction, start_server, stop_server

from kg.mapping import article_quads, graph_iri
from kg.resolve import resolve_events
from kg.store import open_store

from samples import sample_extraction

AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON = {"Accept": "application/sparql-results+json"}


@pytest.fixture(scope="module")
def served(oxigraph_server):
    db = open_store(oxigraph_server)
    db.update("DROP SILENT ALL")
    for extraction in (sample_extraction(), other_extraction()):
        db.replace_graph(graph_iri(extraction.article.id), article_quads(extraction))
    resolve_events(db)
    process, base = start_server(oxigraph_server)
    yield base, db
    stop_server(process)
    db.close()


def test_sparql_and_named_queries_over_a_remote_store(served):
    base, _ = served
    answer = httpx.post(base + "/sparql", data={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?c a nkg:Claim }"},
                        headers=JSON, timeout=30)
    assert answer.status_code == 200, answer.text
    assert int(answer.json()["results"]["bindings"][0]["n"]["value"]) == 3
    page = httpx.get(base + "/queries/claims", params={"kind": "job_cuts"}, headers=JSON, timeout=30)
    assert page.status_code == 200, page.text
    values = sorted(int(b["value"]["value"]) for b in page.json()["results"]["bindings"])
    assert values == [1200, 2000]
    found = httpx.get(base + "/contradictions", timeout=30).json()
    assert [(c["kind"], c["org"]) for c in found] == [("numeric", "Acme")]


def test_graph_store_reads_and_writes_over_a_remote_store(served):
    base, db = served
    article = graph_iri("acme-1").value
    got = httpx.get(base + "/store", params={"graph": article}, headers={"Accept": "application/n-triples"}, timeout=30)
    assert got.status_code == 200 and "Acme Corp" in got.text
    missing = httpx.get(base + "/store", params={"graph": "http://example.org/none"}, timeout=30)
    assert missing.status_code == 404
    put = httpx.put(base + "/store", params={"graph": "http://example.org/g"}, content=b'<http://a> <http://b> "c" .',
                    headers={**AUTH, "Content-Type": "application/n-triples"}, timeout=30)
    assert put.status_code == 201, put.text
    assert db.has_graph(_iri("http://example.org/g"))
    assert httpx.delete(base + "/store", params={"graph": "http://example.org/g"}, headers=AUTH,
                        timeout=30).status_code == 204
    assert not db.has_graph(_iri("http://example.org/g"))


def test_updates_and_their_refusals_over_a_remote_store(served):
    base, db = served
    done = httpx.post(base + "/update", data={"update": "INSERT DATA { GRAPH <http://example.org/u> { <http://a> <http://b> 1 } }"},
                      headers=AUTH, timeout=30)
    assert done.status_code == 204, done.text
    assert db.has_graph(_iri("http://example.org/u"))
    db.remove_graph(_iri("http://example.org/u"))
    refused = httpx.post(base + "/update", data={"update": "LOAD <http://127.0.0.1:1/x.ttl>"}, headers=AUTH, timeout=30)
    assert refused.status_code == 400 and "LOAD" in refused.text
    service = httpx.post(base + "/sparql", data={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"},
                         headers=JSON, timeout=30)
    assert service.status_code == 400 and "SERVICE" in service.text


def test_vendor_extensions_do_not_reach_the_server(served):
    base, _ = served
    for query in ('DEFINE get:soft "replace" SELECT * FROM <http://127.0.0.1:1/> WHERE { ?s ?p ?o }',
                  'SELECT (bif:sprintf("%s", 1) AS ?x) WHERE { }',
                  'PREFIX b: <http://www.openlinksw.com/schemas/bif#> SELECT (b:sprintf("%s", 1) AS ?x) WHERE { }'):
        answer = httpx.post(base + "/sparql", data={"query": query}, headers=JSON, timeout=30)
        assert answer.status_code == 400, (query, answer.text)
        assert "refused" in answer.text


def test_ingest_over_a_remote_store(served):
    base, db = served
    article = {"id": "remote-ingest-1", "text": "Acme Corp will cut 1,500 jobs, the company said on Monday.",
               "published": "2026-03-12", "publisher": "Wire", "language": "en"}
    answer = httpx.post(base + "/articles", json=article, headers=AUTH, timeout=60)
    assert answer.status_code == 201, answer.text
    assert answer.json()["status"] == "written"
    assert db.article_state("remote-ingest-1") is not None
    assert db.remove_graph(graph_iri("remote-ingest-1"))


def _iri(value: str):
    from pyoxigraph import NamedNode

    return NamedNode(value)
