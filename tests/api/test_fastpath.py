"""Point lookups on threads of the server process (api.fastpath): which queries take that path, and that they
answer as the query processes do, see writes at once, keep the row limit, and do not wait for a query process."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import threading
import time
from urllib.parse import quote, urlencode

import httpx
import pytest
from api_server import TIMEOUT, TOKEN, start_server, stop_server

from api import fastpath, jobs, results
from api.fastpath import FastPath, LookupMiddleware, is_lookup
from api.settings import Settings

JSON = {"Accept": "application/sparql-results+json"}
CLAIM_LOOKUP = "SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}"


@pytest.mark.parametrize("query", [
    "SELECT ?p ?o WHERE { <http://x/a> ?p ?o }",
    'select * { nkg:x schema:name "a#b"@en . } LIMIT 5',
    "PREFIX e: <http://e/> ASK { e:a e:b 12 }",
    "SELECT DISTINCT ?o WHERE { <http://x#a> <http://p> ?o }",
])
def test_point_lookups_take_the_fast_path(query):
    assert is_lookup(query)


@pytest.mark.parametrize("query", [
    "SELECT ?p ?o WHERE { ?s ?p ?o }",  # no constant subject: a scan of the store
    "SELECT * WHERE { <http://x/a> ?p ?o . ?o ?q ?r }",  # a second subject: a join
    "SELECT * WHERE { <http://x/a> ?p ?o } ORDER BY ?o",
    "SELECT * WHERE { <http://x/a> ?p ?o FILTER(REGEX(STR(?o), 'x')) }",
    "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { <http://x/a> ?p ?o } }",
    "SELECT * WHERE { <http://x/a> ?p ?o } # SERVICE",
    "SELECT * WHERE { <http://x/a> <http://p>/<http://q> ?o }",
    "SELECT * WHERE { <http://x/a> ?p [] }",
    "SELECT (COUNT(*) AS ?n) WHERE { <http://x/a> ?p ?o }",
    "SELECT * FROM <http://x/> WHERE { <http://x/a> ?p ?o }",
    "SELECT * WHERE { <http://x/a> " + "; ".join(f"?p{i} ?o{i}" for i in range(12)).replace("; ", "?p ?o ; ", 1) + " }",
    'select * { nkg:x a ?t ; schema:name "a;b"@en . }',  # a second pair is a join: its rows multiply
    "SELECT * WHERE { <http://x/a> ?p ?o ; ?q ?r }",
])
def test_anything_else_goes_to_the_query_processes(query):
    assert not is_lookup(query)


def _claim(base: str) -> str:
    answer = httpx.post(base + "/sparql", data={"query": "SELECT ?c WHERE { ?c a nkg:Claim } LIMIT 1"}, headers=JSON,
                        timeout=30)
    return answer.json()["results"]["bindings"][0]["c"]["value"]


def _rows(answer: httpx.Response) -> list:
    assert answer.status_code == 200, answer.text
    return sorted((b["p"]["value"], b["o"]["value"]) for b in answer.json()["results"]["bindings"])


def test_a_lookup_answers_as_the_query_processes_do(server):
    iri = _claim(server)
    fast = httpx.get(server + "/sparql", params={"query": CLAIM_LOOKUP.format(iri=iri)}, headers=JSON, timeout=30)
    slow = httpx.get(server + "/sparql", params={"query": f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o FILTER(true) }}"},
                     headers=JSON, timeout=30)
    assert _rows(fast) == _rows(slow) and len(_rows(fast)) > 5
    assert fast.headers["vary"] == slow.headers["vary"] and fast.headers["content-type"] == slow.headers["content-type"]
    xml = httpx.get(server + "/sparql", params={"query": CLAIM_LOOKUP.format(iri=iri)},
                    headers={"Accept": "application/sparql-results+xml"}, timeout=30)
    assert xml.status_code == 200 and xml.text.count("<result>") == len(_rows(fast))
    bad = httpx.get(server + "/sparql", params={"query": "SELECT ?p ?o WHERE { <http://x/a> ?p ?o } LIMIT"}, timeout=30)
    assert bad.status_code == 400  # not a lookup (the grammar wants a number): the route says what is wrong


def test_a_lookup_answers_as_the_route_does_with_or_without_an_origin(server):
    """Lookups without an Origin header are answered in front of every middleware, those with one by the route's
    fast path behind CORS: the same rows and the same headers (CORS's own for a cross-origin read)."""
    iri = _claim(server)
    params = {"query": CLAIM_LOOKUP.format(iri=iri)}
    plain = httpx.get(server + "/sparql", params=params, headers=JSON, timeout=30)
    crossed = httpx.get(server + "/sparql", params=params, headers={**JSON, "Origin": "http://elsewhere.example"},
                        timeout=30)
    routed = httpx.get(server + "/sparql?" + urlencode(params) + "&default-graph-uri=", headers=JSON, timeout=30)
    assert routed.status_code == 400  # a dataset is not taken by the fast path: the route answers
    slow = httpx.get(server + "/sparql", params={"query": params["query"].replace("}", "FILTER(true) }")},
                     headers=JSON, timeout=30)
    assert _rows(plain) == _rows(crossed) == _rows(slow)
    assert plain.headers["vary"] == slow.headers["vary"] == "Accept, Origin"
    assert plain.headers["content-type"] == crossed.headers["content-type"] == slow.headers["content-type"]
    assert "access-control-allow-origin" not in plain.headers
    assert crossed.headers["access-control-allow-origin"] == "*"
    spaces = httpx.get(server + "/sparql?" + urlencode(params, quote_via=quote), headers=JSON, timeout=30)
    assert _rows(spaces) == _rows(plain)  # a space written %20 instead of +
    assert httpx.get(server + "/sparql?query=%FF", headers=JSON, timeout=30).status_code == 400  # not UTF-8: the route
    refused = httpx.get(server + "/sparql", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> "
                                                             "{ <http://x/a> ?p ?o } }"}, timeout=30)
    assert refused.status_code == 400 and "refused" in refused.text


def test_a_lookup_past_the_time_limit_is_answered_503_and_anything_else_goes_on(tmp_path):
    """The outermost layer keeps the time limit: a lookup still running at it is answered 503 with Retry-After
    (its thread finishes the scan of one node); a lookup that fails goes on to the application."""
    fast = FastPath(str(tmp_path))
    fast._run = lambda kwargs: time.sleep(1.0) or ("ok", ("application/sparql-results+json", b"{}"))

    class State:
        pass

    state = State()
    state.fast = fast
    passed = []

    async def app(scope, receive, send):
        passed.append(scope["path"])
        await send({"type": "http.response.start", "status": 299, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    middleware = LookupMiddleware(app, state, Settings(store=str(tmp_path), query_timeout=0.2))

    def call(query_string: bytes, headers=()):
        sent = []

        async def send(message):
            sent.append(message)

        scope = {"type": "http", "method": "GET", "path": "/sparql", "query_string": query_string, "scheme": "http",
                 "headers": [(b"host", b"127.0.0.1:1"), *headers], "root_path": ""}
        asyncio.run(middleware(scope, None, send))
        return sent[0]["status"], dict(sent[0]["headers"]), sent[1]["body"]

    lookup = b"query=" + quote("SELECT ?p ?o WHERE { <http://x/a> ?p ?o }").encode()
    try:
        started = time.monotonic()
        status, headers, body = call(lookup)
        assert status == 503 and time.monotonic() - started < 0.9
        assert headers[b"retry-after"] == b"5" and b"time limit of 0.2 s" in body
        assert not passed
        assert call(lookup, [(b"origin", b"http://elsewhere.example")])[0] == 299  # to CORS and the route
        assert call(b"query=" + quote("SELECT * WHERE { ?s ?p ?o }").encode())[0] == 299  # not a lookup
        assert call(lookup + b"&named-graph-uri=http://x/g")[0] == 299  # a dataset: the route
        fast._run = lambda kwargs: ("error", 422, "too many rows")
        assert call(lookup)[0] == 299  # a failed lookup: the route answers it, with its words
    finally:
        fast.close()


def test_lookup_threads_share_one_snapshot_and_keep_their_own_locks(store_dir, tmp_path):
    """The lookup threads of a server process read one snapshot (opened once, so its caches warm once), opened
    again once after a write, each thread with its own lock descriptors (a flock belongs to an open file)."""
    path = tmp_path / "store"
    shutil.copytree(store_dir, path)
    snapshot = jobs.Snapshot(str(path), recheck=60)
    readers = [jobs.Reader(str(path), snapshot=snapshot) for _ in range(3)]
    stores = []
    threads = [threading.Thread(target=lambda r=r: stores.append(r.store())) for r in readers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(stores) == 3 and all(s is stores[0] for s in stores)
    assert len({r.locks._lock for r in readers}) == 3
    assert readers[0].store() is stores[0]  # within the recheck interval and no write: the same snapshot
    jobs.Writer(str(path)).run(lambda db: db.update("INSERT DATA { GRAPH <http://x/g> { <http://x/a> <http://x/b> 1 } }"))
    fresh = readers[1].store()  # the writer touched the generation file: seen at once
    assert fresh is not stores[0] and readers[0].store() is fresh and readers[2].store() is fresh
    readers[2].invalidate()  # a read that met a vanished file: the next read of any thread opens it again
    assert readers[0].store() is not fresh
    with readers[0].shared(), readers[1].shared():  # each holds its own shared lock
        pass


def _lookup(query: str) -> dict:
    return {"query": query, "accept": ["application/sparql-results+json"], "max_rows": 100_000, "allow": (),
            "default_graphs": [], "named_graphs": [], "base_iri": "http://127.0.0.1:1/sparql"}


def test_a_small_lookup_runs_at_once_on_the_calling_thread_until_the_store_changes(store_dir, tmp_path, monkeypatch):
    """A lookup whose answer was small runs again on the event loop's thread (no hand-over to a lookup thread),
    with the same answer; a write, or a writer waiting for the lock, sends it back to the threads."""
    path = tmp_path / "store"
    shutil.copytree(store_dir, path)
    monkeypatch.setattr(fastpath, "RECHECK", 60)  # no look at the folder due on a slow machine (writes: at once)
    fast = FastPath(str(path))
    handed = []
    measured = fast._measured
    fast._measured = lambda kwargs: handed.append(kwargs["query"]) or measured(kwargs)
    claim = jobs.Reader(str(path)).store().query("SELECT ?c WHERE { ?c a nkg:Claim } LIMIT 1")
    kwargs = _lookup(CLAIM_LOOKUP.format(iri=next(iter(claim))["c"].value))

    def run():
        return asyncio.run(fast.run(10, **kwargs))

    try:
        first = run()
        assert first[0] == "ok" and b'"bindings"' in first[1][1] and len(handed) == 1
        assert run() == first and len(handed) == 1  # at once, the same bytes
        with jobs.Reader(str(path)).locks.exclusive(1):  # a writer holds the store: the loop must not wait
            assert fast._now(next(iter(fast._small)), kwargs) is None
        jobs.Writer(str(path)).run(lambda db: db.update("INSERT DATA { GRAPH <http://x/g> { <http://x/a> <http://x/b> 1 } }"))
        assert run() == first and len(handed) == 2  # a new snapshot: measured again on a thread
        assert run() == first and len(handed) == 2
    finally:
        fast.close()


def test_a_large_lookup_stays_on_the_threads_and_the_memory_of_small_ones_is_bounded(store_dir, tmp_path, monkeypatch):
    path = tmp_path / "store"
    shutil.copytree(store_dir, path)
    triples = " ".join(f'<http://x/hub> <http://x/p{i}> "{"v" * 100}" .' for i in range(fastpath.SMALL // 100))
    jobs.Writer(str(path)).run(lambda db: db.update(f"INSERT DATA {{ GRAPH <http://x/g> {{ {triples} }} }}"))
    monkeypatch.setattr(fastpath, "KNOWN", 3)
    fast = FastPath(str(path))
    try:
        big = asyncio.run(fast.run(10, **_lookup("SELECT * WHERE { <http://x/hub> ?p ?o }")))
        assert big[0] == "ok" and len(big[1][1]) > fastpath.SMALL and not fast._small
        for i in range(5):
            assert asyncio.run(fast.run(10, **_lookup(f"ASK {{ <http://x/n{i}> ?p ?o }}")))[0] == "ok"
        assert len(fast._small) == 3  # the oldest went first
        assert asyncio.run(fast.run(10, **_lookup("ASK { <http://x/n4> ?p ?o }")))[0] == "ok"
        assert len(fast._small) == 3
    finally:
        fast.close()


@pytest.fixture
def own_server(store_dir, tmp_path):
    path = tmp_path / "store"
    shutil.copytree(store_dir, path)
    process, base = start_server(path, env={"KG_QUERY_PROCESSES": "1", "KG_MAX_ROWS": "50"})
    yield process, base
    stop_server(process)


def test_a_lookup_sees_a_write_at_once_and_keeps_the_row_limit(own_server):
    _, base = own_server
    auth = {"Authorization": f"Bearer {TOKEN}"}
    lookup = {"query": "SELECT ?p ?o WHERE { <http://example.org/hub> ?p ?o }"}
    assert httpx.get(base + "/sparql", params=lookup, headers=JSON, timeout=30).json()["results"]["bindings"] == []
    triples = " ".join(f"<http://example.org/hub> <http://example.org/p{i}> {i} ." for i in range(40))
    done = httpx.post(base + "/update", data={"update": f"INSERT DATA {{ GRAPH <http://example.org/g> {{ {triples} }} }}"},
                      headers=auth, timeout=30)
    assert done.status_code == 204, done.text
    assert len(_rows(httpx.get(base + "/sparql", params=lookup, headers=JSON, timeout=30))) == 40
    more = " ".join(f"<http://example.org/hub> <http://example.org/q{i}> {i} ." for i in range(20))
    httpx.post(base + "/update", data={"update": f"INSERT DATA {{ GRAPH <http://example.org/g> {{ {more} }} }}"},
               headers=auth, timeout=30)
    over = httpx.get(base + "/sparql", params=lookup, headers=JSON, timeout=30)
    assert over.status_code == 422 and "more than 50 rows" in over.text


def test_a_lookup_does_not_wait_for_a_query_process(own_server):
    """With every query process stopped, a lookup still answers; any other query runs into the time limit."""
    process, base = own_server
    iri = _claim(base)
    workers = _query_processes(process.pid)
    assert workers
    for pid in workers:
        os.kill(pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        fast = httpx.get(base + "/sparql", params={"query": CLAIM_LOOKUP.format(iri=iri)}, headers=JSON, timeout=30)
        assert fast.status_code == 200 and time.monotonic() - started < 2
        slow = httpx.get(base + "/sparql", params={"query": f"SELECT ?p WHERE {{ <{iri}> ?p ?o FILTER(true) }}"},
                         headers=JSON, timeout=TIMEOUT + 30)  # its 503 comes at the server's limit, TIMEOUT
        assert slow.status_code == 503
    finally:
        for pid in workers:  # the pool retires (kills) a process that overran; one still there goes on
            try:
                os.kill(pid, signal.SIGCONT)
            except ProcessLookupError:
                pass


def _query_processes(server: int) -> list[int]:
    """The server's worker processes: the children of its forkserver (which is left running: the server
    starts replacements from it), or its spawned children where there is no forkserver."""
    pids = [int(pid) for pid in os.listdir("/proc") if pid.isdigit()]
    children = [pid for pid in pids if _parent(pid) == server]
    forkservers = [pid for pid in children if b"forkserver" in _cmdline(pid)]
    if forkservers:
        return [pid for pid in pids if _parent(pid) in forkservers]
    return [pid for pid in children if b"spawn_main" in _cmdline(pid)]


def _cmdline(pid: int) -> bytes:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read()
    except OSError:
        return b""


def _parent(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


class _Transport:
    """What uvicorn's protocol needs of a connection: the bytes written, whether it was closed."""

    def __init__(self):
        self.written, self.closed = b"", False

    def write(self, data: bytes) -> None:
        self.written += data

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed

    def get_extra_info(self, name):
        return ("127.0.0.1", 1) if name in ("sockname", "peername") else None

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass


def _protocol(tmp_path, access_log: bool):
    """The HTTP protocol of ``kg serve`` in front of an application whose fast path knows one small lookup."""
    import uvicorn
    from uvicorn.server import ServerState

    from api.protocol import LimitedHttpToolsProtocol

    called = []

    async def application(scope, receive, send):
        called.append(scope["path"])
        await send({"type": "http.response.start", "status": 299, "headers": [(b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})

    class Fast:
        def now(self, kwargs):
            return ("application/sparql-results+json", b'{"boolean":true}') if "<http://x/a>" in kwargs["query"] else None

        async def run(self, timeout, **kwargs):
            return ("error", 422, "not answered here")  # the application answers

    class State:
        fast = Fast()

    class App:
        middleware_stack = LookupMiddleware(application, State(), Settings(store=str(tmp_path)))

        async def __call__(self, scope, receive, send):
            await self.middleware_stack(scope, receive, send)

    config = uvicorn.Config(App(), access_log=access_log, log_level="warning", proxy_headers=True)
    config.load()
    loop = asyncio.new_event_loop()
    state = ServerState()
    state.default_headers = [(b"date", b"Sun, 06 Dec 2026 17:00:00 GMT"), (b"server", b"uvicorn")]  # uvicorn's tick
    protocol = LimitedHttpToolsProtocol(config=config, server_state=state, app_state={}, _loop=loop)
    transport = _Transport()
    protocol.connection_made(transport)
    return protocol, transport, called, loop


def _settle(protocol, loop) -> None:
    """Run the ASGI tasks the protocol started."""
    loop.run_until_complete(asyncio.gather(*protocol.tasks))


def _request(query: str, *headers: str, version: str = "1.1") -> bytes:
    lines = [f"GET /sparql?{urlencode({'query': query})} HTTP/{version}", "Host: 127.0.0.1:1", *headers, "", ""]
    return "\r\n".join(lines).encode()


def test_a_small_lookup_is_written_by_the_http_protocol_without_the_application(tmp_path):
    """kg serve's protocol answers what the fast path answers at once in one write, with uvicorn's default headers
    and the route's, pipelined requests in order, and keeps the connection open (or closes it, if asked)."""
    protocol, transport, called, loop = _protocol(tmp_path, access_log=False)
    try:
        protocol.data_received(_request("ASK { <http://x/a> ?p ?o }", "Accept: application/json")
                               + _request("ASK { <http://x/a> ?p ?o }"))
        answers = transport.written.split(b"HTTP/1.1 ")[1:]
        assert len(answers) == 2 and not called and not protocol.tasks and not transport.closed
        head, body = answers[0].split(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        assert lines[0] == b"200 OK" and body == b'{"boolean":true}'
        assert {b"content-type: application/sparql-results+json; charset=utf-8", b"vary: Accept, Origin",
                b"content-length: 16", b"server: uvicorn", b"date: Sun, 06 Dec 2026 17:00:00 GMT"} <= set(lines)
        assert protocol.timeout_keep_alive_task is not None  # idle between requests: uvicorn's keep-alive timer
        protocol.data_received(_request("SELECT * WHERE { <http://x/b> ?p ?o }"))  # not known: the application
        assert protocol.timeout_keep_alive_task is None and len(protocol.tasks) == 1
        _settle(protocol, loop)
        assert called == ["/sparql"] and transport.written.count(b"HTTP/1.1 299") == 1
    finally:
        loop.close()
    protocol, transport, called, loop = _protocol(tmp_path, access_log=False)
    try:
        protocol.data_received(_request("ASK { <http://x/a> ?p ?o }", "Connection: close"))
        assert transport.written.count(b"HTTP/1.1 200") == 1 and b"connection: close" in transport.written
        assert transport.closed
    finally:
        loop.close()
    protocol, transport, called, loop = _protocol(tmp_path, access_log=True)
    try:  # a logged request goes the ASGI way, so that its line is uvicorn's
        protocol.data_received(_request("ASK { <http://x/a> ?p ?o }"))
        assert not transport.written and len(protocol.tasks) == 1
        _settle(protocol, loop)
        assert called == ["/sparql"]
    finally:
        loop.close()


@pytest.fixture(scope="module")
def quiet_server(store_dir):
    process, base = start_server(store_dir, env={"KG_MAX_ROWS": "100000"}, access_log=False)
    yield base
    stop_server(process)


def test_a_lookup_answered_at_once_is_the_answer_of_the_threads(quiet_server):
    """The first lookup of a claim runs on a thread, the next ones at once (written by the HTTP protocol): the
    same status, headers and body, on one keep-alive connection; with an Origin, CORS's headers as before."""
    iri = _claim(quiet_server)
    params = {"query": CLAIM_LOOKUP.format(iri=iri)}
    with httpx.Client(base_url=quiet_server, headers=JSON, timeout=30) as client:
        answers = [client.get("/sparql", params=params) for _ in range(4)]
        crossed = client.get("/sparql", params=params, headers={"Origin": "http://elsewhere.example"})
        xml = [client.get("/sparql", params=params, headers={"Accept": "application/sparql-results+xml"})
               for _ in range(2)]
    first = answers[0]
    assert first.status_code == 200 and len(_rows(first)) > 5
    for later in answers[1:]:
        assert later.status_code == 200 and later.content == first.content
        assert {k: v for k, v in later.headers.items() if k != "date"} == {
            k: v for k, v in first.headers.items() if k != "date"}
    assert _rows(crossed) == _rows(first) and crossed.headers["access-control-allow-origin"] == "*"
    assert xml[0].content == xml[1].content and xml[1].headers["content-type"] == "application/sparql-results+xml"


def test_parsed_accept_headers_are_kept_within_bounds(tmp_path):
    """The lookup middleware keeps a few short Accept headers parsed; what it answers does not change."""

    class State:
        fast = object()

    middleware = LookupMiddleware(None, State(), Settings(store=str(tmp_path)))
    query = b"query=" + quote("ASK { <http://x/a> ?p ?o }").encode()
    headers = [f"application/sparql-results+json;q=0.{i % 9 + 1}, text/csv;q=0.{9 - i % 9}, x/{i}" for i in range(200)]
    for accept in [*headers, "a" * 300, None]:
        scope = {"type": "http", "method": "GET", "path": "/sparql", "query_string": query,
                 "headers": [] if accept is None else [(b"accept", accept.encode())]}
        assert middleware._lookup(scope)["accept"] == results.parse_accept(accept)
        assert middleware._lookup(scope)["accept"] == results.parse_accept(accept)  # from the kept ones
    assert len(middleware._accepts) == fastpath.ACCEPTS and "a" * 300 not in middleware._accepts
