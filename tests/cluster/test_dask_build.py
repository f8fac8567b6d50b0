"""``kg build --cluster``: extraction on a real Dask cluster (a scheduler and two workers on 127.0.0.1)
gives the same store, the same outcomes in input order, as a build in one process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cluster import ClusterError, connect
from kg.contradictions import find_contradictions
from kg.pipeline import build
from kg.queries import run_named, select_rows
from kg.store import EmbeddedStore

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The examples built in one process: what every cluster build must equal."""
    store = EmbeddedStore(tmp_path_factory.mktemp("reference") / "store")
    return store, build([EXAMPLES], store)


def _statuses(report):
    return [(o.source, o.status, o.article_id) for o in report.outcomes]


def test_the_cluster_has_two_workers_running_this_news_kg(dask_cluster):
    client = connect(dask_cluster)
    try:
        assert len(client.nthreads()) == 2
    finally:
        client.close()


def test_a_cluster_build_equals_a_build_in_one_process(dask_cluster, reference, tmp_path):
    one, sequential = reference
    store = EmbeddedStore(tmp_path / "store")
    report = build([EXAMPLES], store, cluster=dask_cluster)
    assert _statuses(report) == _statuses(sequential)
    assert report.count("written") >= 9 and report.claims == sequential.claims
    assert report.announcements == sequential.announcements
    assert sorted(map(str, store.quads())) == sorted(map(str, one.quads()))
    assert select_rows(run_named(store, "claims"))[1] == select_rows(run_named(one, "claims"))[1]
    assert find_contradictions(store) == find_contradictions(one)
    again = build([EXAMPLES], store, cluster=dask_cluster)  # into a store with data: unchanged, nothing written
    assert again.count("unchanged") == report.count("written") and again.count("written", "replaced") == 0


def test_kg_build_cluster_from_the_command_line(dask_cluster, reference, tmp_path):
    one, _ = reference
    store = tmp_path / "store"
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(EXAMPLES), "--store", str(store), "--quiet",
                           "--cluster", dask_cluster], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = subprocess.run([sys.executable, "-m", "kg", "contradictions", "--store", str(store), "--format", "jsonl"],
                          capture_output=True, text=True, timeout=120)
    assert rows.returncode == 0, rows.stderr
    assert [json.loads(line) for line in rows.stdout.splitlines()] == find_contradictions(one)


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler"):
        connect(f"tcp://127.0.0.1:{port}", timeout=2)
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(EXAMPLES), "--store", str(tmp_path / "s"),
                           "--quiet", "--cluster", f"tcp://127.0.0.1:{port}"], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "KG_CLUSTER_TIMEOUT": "2"})
    assert done.returncode == 2 and "cannot reach the Dask scheduler" in done.stderr


def _sorted(rows: list[dict]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)


def test_a_cluster_build_into_virtuoso_gives_the_same_claims_and_contradictions(dask_cluster, virtuoso_store,
                                                                                reference):
    """Extraction on the two workers, the store a real Virtuoso (SPARQL protocol and Graph Store Protocol):
    the same outcomes, claims table, named-query answers and contradictions as the one-process embedded build."""
    one, sequential = reference
    report = build([EXAMPLES], virtuoso_store, cluster=dask_cluster)
    assert _statuses(report) == _statuses(sequential) and report.announcements == sequential.announcements
    assert len(virtuoso_store) == len(one)
    for name in ("claims", "job-cuts", "cause-statements"):
        assert _sorted(select_rows(run_named(virtuoso_store, name))[1]) == _sorted(select_rows(run_named(one, name))[1])
    assert find_contradictions(one), "the examples hold contradictions to compare"
    assert _sorted(find_contradictions(virtuoso_store)) == _sorted(find_contradictions(one))
    assert build([EXAMPLES], virtuoso_store, cluster=dask_cluster).count("unchanged") == report.count("written")
