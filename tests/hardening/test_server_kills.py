"""`kill -9` of a real `kg serve` while it writes: its worker processes die with it (no writer lives on to
commit what the client saw fail), the store is consistent, and a write cut off between an article and its
resolution is finished at the next start.

Each trial starts a server on a copy of a small store, sends a write (an ingest or an update) and kills the
server's main process: in the first trial while this process holds the store's RocksDB lock, so that the
write is surely waiting in the writer; in the others at a seeded random moment 0 to 1.5 s after sending.
``KG_SERVER_KILL_TRIALS`` sets the number of trials (2).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import threading
import time

import httpx
import psutil
import pytest
from api_server import write_store

from kg.mapping import RESOLUTION_GRAPH, graph_iri
from kg.pipeline import process, resolution_stale
from kg.records import Article
from kg.store import EmbeddedStore, incomplete_marker

from hardening.server import serve, stop

TOKEN = "kill-trials-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TRIALS = int(os.environ.get("KG_SERVER_KILL_TRIALS", "2"))
LATE = Article(id="late-wire-1", published="2026-03-12", language="en", publisher="Late Wire",
               text="Acme Corp will cut 4,100 jobs, chief executive Jane Roe said on Thursday.")


@pytest.fixture(scope="module")
def base_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("kills") / "store"
    write_store(path)
    return path


def _write(served, kind: str, outcome: dict) -> None:
    try:
        if kind == "ingest":
            outcome["response"] = httpx.post(served.base + "/articles", headers=AUTH, timeout=60, json={
                "id": LATE.id, "text": LATE.text, "published": LATE.published, "language": "en",
                "publisher": LATE.publisher})
        else:
            outcome["response"] = httpx.post(served.base + "/update", headers=AUTH, timeout=60, data={
                "update": "INSERT DATA { GRAPH <urn:x:killed> { <urn:a> <urn:b> 1 } }"})
    except httpx.TransportError as e:  # the server died under the request
        outcome["error"] = e


def _outliving(processes: list[psutil.Process], timeout: float = 10) -> list[int]:
    """The processes still running after ``timeout`` seconds (zombies count as ended: in a container the
    process that inherits orphans may not reap them)."""
    deadline = time.monotonic() + timeout
    while True:
        running = []
        for p in processes:
            try:
                if p.status() != psutil.STATUS_ZOMBIE:
                    running.append(p.pid)
            except psutil.NoSuchProcess:
                pass
        if not running or time.monotonic() > deadline:
            return running
        time.sleep(0.05)


def _await_writer(served, before: set[int], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.pid not in before for p in served.children()):
            return
        time.sleep(0.02)
    raise AssertionError("no writer process came")


@pytest.mark.parametrize("trial", range(TRIALS))
def test_kill_9_of_the_server_leaves_no_worker_and_a_consistent_store(base_store, tmp_path, trial):
    rng = random.Random(trial)
    store = tmp_path / "store"
    shutil.copytree(base_store, store)
    served = serve(store, tmp_path / "server.log", env={"KG_API_TOKEN": TOKEN})
    kind = ["ingest", "update"][trial % 2]
    holder = None
    try:
        before = {p.pid for p in served.children()}
        outcome: dict = {}
        if trial == 0:
            holder = EmbeddedStore(store)  # the write waits in the writer for this lock
        sender = threading.Thread(target=_write, args=(served, kind, outcome))
        sender.start()
        if trial == 0:
            _await_writer(served, before)
            time.sleep(0.5)  # the writer has the job and waits for the store
        else:
            time.sleep(rng.uniform(0, 1.5))
        workers = served.children()
        os.kill(served.process.pid, signal.SIGKILL)
        served.process.wait()
        alive = _outliving(workers)
        assert not alive, f"worker processes outlived the server: {alive}"
        sender.join(60)
    finally:
        del holder
        if served.process.poll() is None:
            stop(served)
    db = EmbeddedStore(store)  # opens read-write: no process holds it
    if kind == "update":
        return  # one transaction: there or not
    written = db.ox.contains_named_graph(graph_iri(LATE.id))
    cut_off = db.is_incomplete(RESOLUTION_GRAPH)
    assert not written or cut_off or not resolution_stale(db), "an article landed without its resolution, unmarked"


def test_a_write_cut_off_before_its_resolution_is_finished_at_the_next_start(base_store, tmp_path):
    """The state a kill leaves between an ingest's article and its resolution: the article written, the
    resolution graph marked incomplete. The next `kg serve` resolves again."""
    store = tmp_path / "store"
    shutil.copytree(base_store, store)
    db = EmbeddedStore(store)
    db.ox.add(incomplete_marker(RESOLUTION_GRAPH))
    assert process(LATE, db).status == "written"
    del db
    served = serve(store, tmp_path / "server.log", env={"KG_API_TOKEN": ""})  # read-only: it repairs anyway
    resolved = f"""ASK {{ GRAPH <{graph_iri(LATE.id).value}> {{ ?claim a nkg:Claim }}
                         GRAPH {RESOLUTION_GRAPH} {{ ?claim nkg:about ?announcement }} }}"""
    marked = f"ASK {{ GRAPH {RESOLUTION_GRAPH} {{ ?g nkg:writeIncomplete ?m }} }}"
    try:
        deadline = time.monotonic() + 60
        while not _ask(served.base, resolved):
            assert time.monotonic() < deadline, "the cut-off write was not finished: " + served.log_text()[-2000:]
            time.sleep(0.2)
        assert not _ask(served.base, marked)
    finally:
        stop(served)


def _ask(base: str, query: str) -> bool:
    r = httpx.get(base + "/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"},
                  timeout=30)
    assert r.status_code == 200, r.text
    return r.json()["boolean"]
