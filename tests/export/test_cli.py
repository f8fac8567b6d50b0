"""``kg export graph`` as a user runs it: a real process over a real on-disk store."""

from __future__ import annotations

import gc
import io
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest

from kg.store import EmbeddedStore

from .conftest import fill

REPO = Path(__file__).resolve().parents[2]


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, cwd=REPO, timeout=300)


@pytest.fixture
def store_dir(tmp_path) -> Path:
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    fill(store)
    store.flush()
    del store
    gc.collect()
    return path


def test_export_graph_writes_a_file_gephi_can_read(store_dir, tmp_path):
    out = tmp_path / "acme.gexf"
    result = kg("export", "graph", "--format", "gexf", "-o", out, "--org", "Acme", "--store", store_dir)
    assert result.returncode == 0, result.stderr
    assert f"gexf written to {out}" in result.stderr.decode()
    labels = {d["label"] for _, d in nx.read_gexf(out).nodes(data=True)}
    assert "Acme" in labels and "Amazon" not in labels


def test_export_graph_to_stdout_with_a_construct_query(store_dir, tmp_path):
    query = tmp_path / "orgs.rq"
    query.write_text("CONSTRUCT { ?c nkg:organization ?o } WHERE { ?c a nkg:Claim ; nkg:organization ?o }")
    result = kg("export", "graph", "-f", "ttl", "--query", query, "--store", store_dir)
    assert result.returncode == 0, result.stderr
    assert len(list(pyoxigraph.parse(result.stdout, format=pyoxigraph.RdfFormat.TURTLE))) == 3
    graphml = kg("export", "graph", "--query", query, "--store", store_dir)
    assert nx.read_graphml(io.BytesIO(graphml.stdout), force_multigraph=True).number_of_edges() == 3


@pytest.mark.parametrize(("args", "message"), [
    (["-f", "png"], "unknown format 'png'"),
    (["--org", "Nobody"], "no organisation matches 'Nobody' in the store"),
    (["--query", "missing.rq"], "no such query file or named query: missing.rq"),
])
def test_export_graph_usage_errors_exit_2(store_dir, args, message):
    result = kg("export", "graph", *args, "--store", store_dir)
    assert result.returncode == 2 and message in result.stderr.decode()
