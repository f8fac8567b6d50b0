"""The bench times named queries as a user runs them, and gives rdflib's engine the very same text."""

from __future__ import annotations

import pytest

import kg.pipeline
import kg.prepare
import kg.resolve
from bench.baseline import main as baseline
from bench.querytime import main as querytime
from bench.querytime import timed_text
from kg.queries import DEFAULT_PAGE_SIZE, get

from samples import sample_article, sample_extraction


@pytest.fixture
def small_store(tmp_path, monkeypatch):
    from kg.store import EmbeddedStore

    db = EmbeddedStore(tmp_path / "store")
    monkeypatch.setattr(kg.prepare, "extract", sample_extraction)
    for i in range(3):
        kg.pipeline.process(sample_article(article_id=f"acme-{i}"), db)
    db.flush()
    del db
    return tmp_path / "store"


def test_the_timed_text_is_the_first_page_with_parameters_bound():
    text = timed_text(get("job-cuts"), {"min": "1000"})
    assert f"LIMIT {DEFAULT_PAGE_SIZE + 1}" in text and 'VALUES (?min) { ("1000"^^' in text
    assert "OFFSET" not in text


def test_querytime_counts_rows_not_terms(small_store):
    out = querytime(str(small_store), "claims", {"article": "acme-1"}, 0.0)
    assert out["rows"] == 2 and out["more"] is False and out["paged"] is True and len(out["runs"]) == 1


def test_rdflib_runs_the_same_questions_with_lateral_written_in_standard_sparql(small_store, tmp_path):
    from pyoxigraph import RdfFormat

    from kg.store import EmbeddedStore

    dump = tmp_path / "dump.nq"
    db = EmbeddedStore(small_store)
    kg.resolve.resolve_events(db)  # the timeline reads the resolution graph
    db.flush()
    del db
    EmbeddedStore(small_store, read_only=True).ox.dump(str(dump), format=RdfFormat.N_QUADS)
    queries = [{"name": name, "text": timed_text(get(name), params)}
               for name, params in (("claims", {"kind": "job_cuts"}), ("timeline", {}))]
    out = baseline({"nquads": str(dump), "corpus": "", "queries": queries, "load_timeout": 60, "shacl_timeout": 0,
                    "query_timeout": 30})
    assert out["queries"]["claims"]["rows"] == 3
    ours = list(EmbeddedStore(small_store, read_only=True).query(queries[1]["text"]))
    assert out["queries"]["timeline"]["rows"] == len(ours) > 0  # LATERAL rewritten: the same answer
    assert "shacl_s" not in out  # not asked for
