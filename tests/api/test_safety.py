"""Safe by default: runaway queries stopped, SERVICE and LOAD refused, writes only with the token.

Tests that stop or kill query processes run their own server, so that no other test meets a server that is
replacing them. Where a test needs a query that runs until it is stopped, the query calls an allow-listed
SERVICE endpoint that holds its answer (``api_server.Endpoint``): the endpoint says when the query has
started and when its process hung up, so the tests wait on those events, not on the clock.
"""

from __future__ import annotations

import os
import signal
import threading
import time

import httpx
import psutil
import pytest
from api_server import QUERY_MEMORY_MB, Endpoint, start_server, stop_server

# a cartesian product of every triple with itself five times: never finishes on any store
HEAVY_ORDERED = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?a LIMIT 1"
MEMORY_TEST_TIMEOUT = 60  # seconds; the memory allowance must stop the query long before this
SIMPLE = 'ASK { ?c <https://w3id.org/news-kg/ontology#kind> "job_cuts" }'
# The time limit of the servers these tests start: far above what a simple query takes on a loaded machine,
# so that "answers while another query runs" does not depend on the machine's speed.
LIMIT = 8.0


def _query(server, query, **kw):
    return httpx.get(server + "/sparql", params={"query": query}, timeout=60, **kw)


def _held(endpoint: Endpoint) -> str:
    return f"SELECT * WHERE {{ SERVICE <{endpoint.url}> {{ ?s ?p ?o }} }}"


@pytest.fixture
def held():
    """An endpoint that answers no query until the test ends."""
    endpoint = Endpoint(hold=True)
    yield endpoint
    endpoint.close()


def _query_processes(server_pid: int) -> set[int]:
    """The live query processes of a server: forked from its forkserver (or spawned where there is none)."""
    found = set()
    for p in psutil.Process(server_pid).children(recursive=True):
        try:
            if p.status() != psutil.STATUS_ZOMBIE and (p.ppid() != server_pid or "spawn_main" in " ".join(p.cmdline())):
                found.add(p.pid)
        except psutil.NoSuchProcess:
            pass
    return found


def test_a_runaway_query_is_stopped_while_a_simple_one_answers(store_dir, held):
    process, server = start_server(store_dir, env={"KG_API_TOKEN": "", "KG_QUERY_TIMEOUT": str(LIMIT),
                                                   "KG_SERVICE_ALLOW": held.url})
    try:
        outcome, done = {}, threading.Event()

        def runaway():
            started = time.monotonic()
            outcome["response"] = _query(server, _held(held))
            outcome["seconds"] = time.monotonic() - started
            done.set()

        threading.Thread(target=runaway, daemon=True).start()
        assert held.arrived.wait(30), "the query never reached its SERVICE endpoint"
        simple = _query(server, SIMPLE)  # while the runaway query holds a query process
        assert simple.status_code == 200 and simple.json()["boolean"] is True
        assert not done.is_set(), "the simple query was answered only after the runaway one"

        assert done.wait(60)
        response = outcome["response"]
        assert response.status_code == 503 and response.headers["retry-after"] == "5"
        assert f"ran past the time limit of {LIMIT:g} s and was stopped" in response.text
        assert outcome["seconds"] >= LIMIT
        assert held.dropped.wait(30), "the query's process lives on: it was answered for, not stopped"
        assert _query(server, SIMPLE).json()["boolean"] is True
    finally:
        stop_server(process)


@pytest.fixture(scope="module")
def roomy_server(store_dir):
    """A server whose time limit is far off, so that memory is what stops a growing query."""
    process, base = start_server(store_dir, env={"KG_API_TOKEN": "", "KG_QUERY_TIMEOUT": str(MEMORY_TEST_TIMEOUT),
                                                 "KG_QUERY_MEMORY_MB": str(QUERY_MEMORY_MB)})
    yield base
    stop_server(process)


def test_a_query_growing_past_its_memory_is_stopped(roomy_server):
    r = _query(roomy_server, HEAVY_ORDERED)  # sorting a cartesian product holds every row: memory grows fast
    assert r.status_code == 503 and r.headers["retry-after"] == "5"
    assert f"more than the {QUERY_MEMORY_MB} MB" in r.text  # stopped by its memory, not by the time limit
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


def test_a_query_process_killed_from_outside_is_replaced(store_dir):
    process, server = start_server(store_dir, env={"KG_API_TOKEN": "", "KG_QUERY_TIMEOUT": str(LIMIT)})
    try:
        _query(server, SIMPLE)
        killed = _query_processes(process.pid)
        assert killed, "the server should run its queries in child processes"
        for pid in killed:
            os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while _query_processes(process.pid) & killed:  # dead (a zombie until it is reaped) before querying
            assert time.monotonic() < deadline, "SIGKILL did not end the query processes"
            time.sleep(0.01)
        answers = [_query(server, SIMPLE) for _ in range(4)]
        assert [r.status_code for r in answers] == [200] * 4, [r.text for r in answers]
        replaced = _query_processes(process.pid)
        assert replaced and not replaced & killed
    finally:
        stop_server(process)
