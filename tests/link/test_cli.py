"""``kg link`` and ``kg wikidata refresh`` as a user runs them, against the local fake Wikidata API."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.mapping import article_quads, graph_iri
from kg.records import Article, Entity, Extraction
from kg.store import EmbeddedStore

from .fake_wikidata import FakeWikidata

REPO = Path(__file__).resolve().parents[2]
QIDS = "SELECT ?q WHERE { ?e owl:sameAs ?wd ; nkg:wikidataLink/nkg:qid ?q }"


def kg(*args, env):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, **env}, timeout=300)


@pytest.fixture
def store_dir(tmp_path) -> Path:
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    article = Article("n1", "Northwind Traders, IBM and Amazon.", language="en")
    entities = [Entity(n, "organization") for n in ("Northwind Traders", "IBM", "Amazon")]
    store.replace_graph(graph_iri("n1"), article_quads(Extraction(article, entities=entities)))
    store.flush()
    del store
    gc.collect()
    return path


def _qids(path: Path) -> set[str]:
    return {r["q"].value for r in EmbeddedStore(path, read_only=True).query(QIDS)}


def test_kg_link_offline_then_online(store_dir, tmp_path):
    with FakeWikidata() as wd:
        env = {"KG_WIKIDATA_API": wd.url, "KG_WIKIDATA_CACHE": str(tmp_path / "cache")}
        offline = kg("link", "--store", store_dir, env=env)
        assert offline.returncode == 0, offline.stderr
        assert wd.requests == []
        assert _qids(store_dir) == {"Q3884", "Q37156"}
        online = kg("link", "--online", "--interval", "0", "--store", store_dir, env=env)
        assert online.returncode == 0, online.stderr
        assert "by wikidata-api" in online.stderr
    assert _qids(store_dir) == {"Q3884", "Q37156", "Q900000010"}


def test_kg_link_online_reports_an_api_failure(store_dir, tmp_path):
    with FakeWikidata() as wd:
        wd.fail.extend([(500, {})] * 3)
        result = kg("link", "--online", "--interval", "0", "--store", store_dir,
                    env={"KG_WIKIDATA_API": wd.url, "KG_WIKIDATA_CACHE": str(tmp_path / "cache")})
    assert result.returncode == 1
    assert "Wikidata:" in result.stderr and "answered HTTP 500" in result.stderr


def test_kg_wikidata_refresh_extends_a_table(store_dir, tmp_path):
    table = tmp_path / "table.jsonl"
    table.write_text(json.dumps({"qid": "Q37156", "type": "company", "labels": {"en": "IBM"}}) + "\n")
    with FakeWikidata() as wd:
        result = kg("wikidata", "refresh", "--table", table, "--interval", "0", "--store", store_dir,
                    env={"KG_WIKIDATA_API": wd.url, "KG_WIKIDATA_CACHE": str(tmp_path / "cache")})
    assert result.returncode == 0, result.stderr
    rows = {r["qid"]: r for r in map(json.loads, table.read_text().splitlines())}
    assert set(rows) == {"Q37156", "Q3884", "Q900000010"}
    assert rows["Q900000010"]["source"] == "wikidata-api" and rows["Q37156"]["labels"]["nl"] == "IBM"
