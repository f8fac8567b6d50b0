"""Safe by default: runaway queries stopped, SERVICE and LOAD refused, writes only with the token."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import httpx
import pytest
from api_server import QUERY_MEMORY_MB, TIMEOUT, start_server, stop_server

# a cartesian product of every triple with itself five times: never finishes on any store
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
HEAVY_ORDERED = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?a LIMIT 1"
MEMORY_TEST_TIMEOUT = 60  # seconds; the memory allowance must stop the query long before this
SIMPLE = 'ASK { ?c <https://w3id.org/news-kg/ontology#kind> "job_cuts" }'


def _query(server, query, **kw):
    return httpx.get(server + "/sparql", params={"query": query}, timeout=60, **kw)


def test_heavy_query_is_stopped_while_a_simple_one_answers(server):
    outcome = {}

    def heavy():
        started = time.monotonic()
        outcome["response"] = _query(server, HEAVY)
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=heavy)
    thread.start()
    time.sleep(0.5)  # the heavy query is running now
    started = time.monotonic()
    simple = _query(server, SIMPLE)
    simple_seconds = time.monotonic() - started
    assert thread.is_alive(), "the heavy query should still be running while the simple one answers"
    thread.join(30)

    assert simple.status_code == 200 and simple.json()["boolean"] is True
    assert simple_seconds < 2
    response = outcome["response"]
    assert response.status_code == 503
    assert "time limit" in response.text and "stopped" in response.text
    assert TIMEOUT <= outcome["seconds"] < TIMEOUT + 3
    assert _query(server, SIMPLE).json()["boolean"] is True  # a fresh process took the killed one's place


@pytest.fixture(scope="module")
def roomy_server(store_dir):
    """A server whose time limit is far off, so that memory is what stops a growing query."""
    process, base = start_server(store_dir, env={"KG_API_TOKEN": "", "KG_QUERY_TIMEOUT": str(MEMORY_TEST_TIMEOUT),
                                                 "KG_QUERY_MEMORY_MB": str(QUERY_MEMORY_MB)})
    yield base
    stop_server(process)


def test_a_query_growing_past_its_memory_is_stopped(roomy_server):
    started = time.monotonic()
    r = _query(roomy_server, HEAVY_ORDERED)  # sorting a cartesian product holds every row: memory grows fast
    assert r.status_code == 503
    assert f"more than the {QUERY_MEMORY_MB} MB" in r.text
    assert time.monotonic() - started < MEMORY_TEST_TIMEOUT
    assert _query(roomy_server, SIMPLE).json()["boolean"] is True


def test_service_is_refused_with_a_clear_message(server):
    r = _query(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    assert r.status_code == 400
    assert "SERVICE <http://127.0.0.1:9/> refused" in r.text
    hidden = _query(server, "SELECT * WHERE { ?x ?y ?z OPTIONAL { SERVICE SILENT ?where { ?s ?p ?o } } }")
    assert hidden.status_code == 400 and "SERVICE ?where refused" in hidden.text


def test_the_word_service_in_data_is_not_refused(server):
    r = _query(server, 'SELECT * WHERE { ?s ?p "customer service load" }')
    assert r.status_code == 200


def test_without_a_token_writing_is_off(server):
    for request in (httpx.post(server + "/update", data={"update": "CLEAR ALL"}, headers={"Authorization": "Bearer x"}),
                    httpx.post(server + "/articles", json={"id": "x", "text": "Acme cuts 5 jobs."}),
                    httpx.delete(server + "/store", params={"graph": "urn:x"})):
        assert request.status_code == 403 and "writing is off" in request.text
    assert _query(server, SIMPLE).json()["boolean"] is True


def test_a_named_query_with_service_is_refused_too(server):
    from kg.queries import named_queries

    reaching = [q.name for q in named_queries().values()
                if any("SERVICE" in line.upper() for line in q.text.splitlines() if not line.lstrip().startswith("#"))]
    if not reaching:
        pytest.skip("no named query uses SERVICE")
    r = httpx.get(server + f"/queries/{reaching[0]}", timeout=30)
    assert r.status_code == 400 and "refused" in r.json()["detail"]


def test_a_query_process_killed_from_outside_is_replaced(server_process):
    process, server = server_process
    query_processes = _descendants(process.pid)  # workers, and the forkserver they are forked from
    assert query_processes, "the server should run its queries in child processes"
    for pid in query_processes:
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    answers = [_query(server, SIMPLE) for _ in range(4)]
    assert [r.status_code for r in answers] == [200] * 4


def _descendants(root: int) -> list[int]:
    pids = [int(pid) for pid in os.listdir("/proc") if pid.isdigit()]
    found, frontier = [], [root]
    while frontier:
        children = [pid for pid in pids if _parent(pid) in frontier]
        found += children
        frontier = children
    return found


def _parent(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None
