"""The same build and query behaviour on the embedded store and on a real SPARQL server (oxigraph serve)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from pyoxigraph import Literal, RdfFormat, Variable, serialize

import kg.pipeline
import kg.prepare
from kg.mapping import graph_iri
from kg.queries import run_named, select_rows
from kg.resolve import resolve_events
from kg.store import Solutions, StoreError, Triples, open_store

from samples import TEXT, sample_article, sample_extraction


@pytest.fixture
def extractor(monkeypatch):
    """The hand-made extraction stands in for the extractor: the stores are under test here."""
    monkeypatch.setattr(kg.prepare, "extract", sample_extraction)


def test_build_and_named_query(extractor, any_store):
    outcome = kg.pipeline.process(sample_article(), any_store)
    assert outcome.status == "written" and outcome.claims == 2
    columns, rows = select_rows(run_named(any_store, "claims", {"kind": "job_cuts"}))
    assert "quote" in columns
    assert len(rows) == 1
    row = rows[0]
    assert (row["article"], row["org"], row["value"], row["unit"], row["modality"]) == \
        ("acme-1", "Acme", 1200, "count", "announced")
    assert TEXT[row["start"]:row["end"]] == row["quote"]
    _, everything = select_rows(run_named(any_store, "claims", {}))
    assert {r["kind"] for r in everything} == {"job_cuts", "workforce"}


def test_both_backends_hold_the_same_quads(extractor, tmp_path, remote_store):
    from kg.store import EmbeddedStore

    embedded = EmbeddedStore(tmp_path / "store")
    for db in (embedded, remote_store):
        kg.pipeline.process(sample_article(), db)
        kg.pipeline.process(sample_article(TEXT + " More later.", article_id="acme-2"), db)
        assert resolve_events(db) > 0
    assert sorted(map(str, remote_store.quads())) == sorted(map(str, embedded.quads()))
    assert len(remote_store) == len(embedded) > 0
    assert sorted(g.value for g in remote_store.article_graphs()) == sorted(g.value for g in embedded.article_graphs())
    assert remote_store.article_state("acme-1") == embedded.article_state("acme-1") is not None


def test_reingest_and_replace(extractor, any_store):
    assert kg.pipeline.process(sample_article(), any_store).status == "written"
    before = sorted(map(str, any_store.quads()))
    assert kg.pipeline.process(sample_article(), any_store).status == "unchanged"
    assert sorted(map(str, any_store.quads())) == before
    changed = sample_article(TEXT + " It was founded in 1990.")
    assert kg.pipeline.process(changed, any_store).status == "replaced"
    lengths = [q.object.value for q in any_store.quads() if q.predicate.value.endswith("#textLength")]
    assert lengths == [str(len(changed.text))]  # the old graph is gone, not merged


def test_remove_an_article_graph(extractor, any_store):
    kg.pipeline.process(sample_article(), any_store)
    assert any_store.remove_graph(graph_iri("acme-1")) is True
    assert any_store.remove_graph(graph_iri("acme-1")) is False
    assert any_store.article_state("acme-1") is None
    assert len(any_store) == 0


def test_result_kinds(extractor, any_store):
    kg.pipeline.process(sample_article(), any_store)
    assert any_store.query("ASK { ?c a nkg:Claim }") is True
    assert any_store.query("ASK { ?c a nkg:Nothing }") is False
    triples = any_store.query("CONSTRUCT { ?c nkg:kind ?k } WHERE { ?c a nkg:Claim ; nkg:kind ?k }")
    assert isinstance(triples, Triples)
    text = serialize(triples, format=RdfFormat.N_TRIPLES).decode()
    assert text.count("\n") == 2 and '"job_cuts"' in text
    solutions = any_store.query("SELECT ?k WHERE { ?c nkg:kind ?k } ORDER BY ?k")
    assert isinstance(solutions, Solutions)
    assert solutions.columns == ["k"]
    assert [s["k"].value for s in solutions] == ["job_cuts", "workforce"]


def test_substitutions_bind_terms_not_text(extractor, any_store):
    kg.pipeline.process(sample_article(), any_store)
    query = "SELECT ?c ?kind WHERE { ?c nkg:kind ?kind }"
    assert len(list(any_store.query(query, substitutions={Variable("kind"): Literal("workforce")}))) == 1
    hostile = Literal('job_cuts" } UNION { ?c ?p ?o } #')
    assert list(any_store.query(query, substitutions={Variable("kind"): hostile})) == []
    assert len(any_store) > 0


def test_bad_query_is_a_syntax_error(any_store):
    with pytest.raises(SyntaxError):
        any_store.query("SELEKT * WHERE { ?s ?p ?o }")


def test_read_only_remote_refuses_writes(extractor, oxigraph_server):
    db = open_store(oxigraph_server, read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        db.replace_graph(graph_iri("x"), [])


def test_unreachable_server_is_a_clear_error():
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = open_store(f"http://127.0.0.1:{port}/")
    with pytest.raises(StoreError, match="cannot reach the SPARQL server"):
        db.query("ASK {}")


def test_real_build_gives_the_same_graph_on_both(tmp_path, remote_store):
    """The example corpus through the real reader and extractor into both backends (the server's with
    worker processes)."""
    from kg.store import EmbeddedStore

    examples = Path(__file__).resolve().parents[2] / "examples"
    embedded = EmbeddedStore(tmp_path / "store")
    reports = [kg.pipeline.build([examples], embedded), kg.pipeline.build([examples], remote_store, jobs=2)]
    assert [r.count("written") for r in reports] == [reports[0].count("written")] * 2
    assert reports[0].count("written") >= 8
    assert sorted(map(str, remote_store.quads())) == sorted(map(str, embedded.quads()))
    again = kg.pipeline.build([examples], remote_store)
    assert again.count("unchanged") == reports[1].count("written")


def test_cli_queries_a_server(extractor, remote_store, oxigraph_server):
    import json
    import subprocess
    import sys

    kg.pipeline.process(sample_article(), remote_store)
    result = subprocess.run([sys.executable, "-m", "kg", "query", "claims", "--store", oxigraph_server,
                             "--param", "kind=workforce", "--format", "json"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["org"], r["value"], r["approx"]) for r in rows] == [("Acme", 15000, True)]
