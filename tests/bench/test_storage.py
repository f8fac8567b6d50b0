"""The like-for-like pass of the bench: ours and the rdflib + pySHACL baseline store and validate the same
extracted article graphs; a baseline stopped at its CPU budget says so, and the report prints a lower bound."""

from __future__ import annotations

import json

import pytest
from pyoxigraph import RdfFormat

import kg.pipeline
import kg.prepare
import kg.resolve
from bench import storage
from bench.__main__ import report
from kg.store import EmbeddedStore

from samples import sample_article, sample_extraction


@pytest.fixture
def dump(tmp_path, monkeypatch):
    db = EmbeddedStore(tmp_path / "store")
    monkeypatch.setattr(kg.prepare, "extract", sample_extraction)
    for i in range(4):
        kg.pipeline.process(sample_article(article_id=f"acme-{i}"), db)
    kg.resolve.resolve_events(db)
    db.ox.dump(str(tmp_path / "dump.nq"), format=RdfFormat.N_QUADS)
    return tmp_path / "dump.nq"


def test_both_sides_take_the_same_article_graphs_and_not_the_resolution(dump, tmp_path):
    storage.main(["ours", str(dump), str(tmp_path / "ours.json"), "60"])
    storage.main(["baseline", str(dump), str(tmp_path / "base.json"), "60"])
    ours, base = json.loads((tmp_path / "ours.json").read_text()), json.loads((tmp_path / "base.json").read_text())
    assert ours["articles"] == base["articles"] == 4
    assert ours["quads"] == base["quads"] == ours["stored_quads"] > 0
    assert base["conforms"] is True and not base.get("stopped") and base["articles_added"] == 4
    assert ours["cpu_s"] > 0 and ours["transactions_cpu_s"] > 0


def test_a_baseline_past_its_budget_is_a_lower_bound_in_the_report(dump, capsys):
    graphs = storage.article_graphs(dump) * 150  # enough work for pySHACL to outlast a tiny budget
    out = storage.baseline(graphs, budget=0.05)
    assert out["stopped"] and out["cpu_s"] > 0.03  # SIGPROF counts CPU in ticks
    result = {"n": 600, "build": {"articles_per_s": 10.0, "seconds": 60.0, "cpu_ms_per_article": 5.0, "written": 600,
                                  "skipped": 0, "claims": 1, "quads": 1, "peak_rss_mb": 1.0, "peak_tree_rss_mb": 1.0},
              "storage": {"ours": {"articles": 600, "cpu_s": 0.01, "seconds": 0.02, "transactions_cpu_s": 0.03},
                          "baseline": out},
              "baseline": {}, "validation": {"per_article_ms": 1.0, "whole_store_s": 1.0},
              "load_same_quads_s": 0.1, "queries": {}}
    report([result])
    printed = capsys.readouterr().out
    assert ">= " in printed and "budget 0.05 CPU s" in printed
