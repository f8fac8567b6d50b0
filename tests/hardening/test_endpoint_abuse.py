"""A real `kg serve` (uvicorn on 127.0.0.1) under hostile use: injection through named-query parameters,
path traversal, oversized bodies, slow clients, 200 concurrent clients, and update authorisation.

The server's stdout and stderr go to files, so the tests can check that the token never reaches a log.
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import psutil
import pytest
from api_server import STARTUP, free_port, stop_server, write_store

from hardening.support import REPO

TOKEN = "hardening-Tok3n-7d41c0ffee"
WRONG_TOKENS = ["hardening-Tok3n-7d41c0ffeX", "hardening-tok3n-7d41c0ffee", "hardening-Tok3n-7d41c0ffee-and-more",
                "hardening-Tok3n", "x" * 300]
MAX_BODY = 64 * 1024
QUERY_TIMEOUT = 2.0
LOAD_SECONDS = float(os.environ.get("KG_LOAD_SECONDS", "30"))
LOAD_CLIENTS = 200
JSON = {"Accept": "application/sparql-results+json"}
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # runs past the timeout


class Server:
    def __init__(self, process: subprocess.Popen, base: str, logs: list[Path]):
        self.process, self.base, self.logs = process, base, logs

    def rss(self) -> int:
        """Resident memory of the server and all its processes (uvicorn, query and write workers)."""
        root = psutil.Process(self.process.pid)
        total = 0
        for p in [root, *root.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except psutil.NoSuchProcess:
                pass
        return total

    def log_text(self) -> str:
        return "".join(p.read_text(errors="replace") for p in self.logs)


def serve(root: Path) -> Server:
    """``kg serve`` over a fresh store in ``root``, logging every request to files there."""
    write_store(root / "store")
    port = free_port()
    env = {**os.environ, "KG_API_TOKEN": TOKEN, "KG_QUERY_TIMEOUT": str(QUERY_TIMEOUT), "KG_MAX_BODY": str(MAX_BODY),
           "KG_MAX_ROWS": "1000", "KG_QUERY_PROCESSES": "2"}
    logs = [root / "stdout.log", root / "stderr.log"]
    with logs[0].open("wb") as out, logs[1].open("wb") as err:
        process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--host", "127.0.0.1", "--port", str(port),
                                    "--store", str(root / "store"), "--access-log"],  # every request logged
                                   cwd=REPO, env=env, stdout=out, stderr=err)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP
    while True:
        if process.poll() is not None:
            pytest.fail(f"kg serve exited: {logs[1].read_text()[-2000:]}")
        try:
            if httpx.get(base + "/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"kg serve did not answer within {STARTUP} s")
        time.sleep(0.2)
    return Server(process, base, logs)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = serve(tmp_path_factory.mktemp("abuse"))
    yield server
    stop_server(server.process)


def count_quads(base: str) -> int:
    r = httpx.get(base + "/sparql", params={"query": COUNT_ALL}, headers=JSON, timeout=30)
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def claims_rows(base: str, **params) -> httpx.Response:
    return httpx.get(base + "/queries/claims", params=params, headers=JSON, timeout=30)


# ---- injection through named-query parameters

INJECTIONS = [
    'Acme Corp" } UNION { ?s ?p ?o } #',
    "Acme Corp' } UNION { ?s ?p ?o } #",
    'x" . ?claim ?p ?o } #',
    "} } DROP ALL ; SELECT * WHERE { {",
    '" ; DELETE WHERE { ?s ?p ?o } #',
    "# just a comment\n",
    "Acme Corp\n# comment\n} LIMIT 1",
    "<https://w3id.org/news-kg/id/organization/acme-corp>",
    "http://example.org/a b",
    "<http://example.org/a b> <x> <y>",
    "\\u0022 } UNION { ?s ?p ?o }",
    '"""',
    "?org",
    "$org",
    "Acme Corp\u0000",
    "\u202eproC emcA",
    "{" * 500 + "}" * 500,
    "A" * 20_000,
]


@pytest.mark.parametrize("payload", INJECTIONS, ids=range(len(INJECTIONS)))
def test_injection_through_named_query_parameters_binds_a_plain_value(server, payload):
    before = count_quads(server.base)
    for name in ("org", "kind", "article"):
        r = claims_rows(server.base, **{name: payload})
        if name == "org" and r.status_code == 400:  # an organisation is looked up among the stored names: none
            assert r.json()["detail"].startswith("no organisation matches"), (payload, r.text[:300])
            continue
        assert r.status_code == 200, (name, r.status_code, r.text[:300])
        rows = r.json()["results"]["bindings"]
        if name == "org":  # or it stands for stored names ("Acme Corp\0" is Acme, named without its legal form)
            assert {b["org"]["value"] for b in rows} <= {"Acme"}, (name, payload)
        else:
            assert rows == [], (name, payload)  # matched as a literal, i.e. nothing
    assert count_quads(server.base) == before


def test_legitimate_parameter_still_matches(server):
    r = claims_rows(server.base, org="Acme")
    assert r.status_code == 200
    assert r.json()["results"]["bindings"], "the store holds Acme claims: the named query must find them"


@pytest.mark.parametrize("params", [
    {"min": "1 } UNION { ?s ?p ?o }"}, {"min": "9" * 5000}, {"min": "1e3"}, {"since": "2025-01-01\" } #"},
    {"since": "2025-02-30"}, {"nope": "1"}, {"min": ["1", "2"]},
], ids=["int-injection", "int-5000-digits", "int-exponent", "date-injection", "date-invalid", "unknown-param",
        "repeated"])
def test_typed_parameters_refuse_bad_values_with_400(server, params):
    r = httpx.get(server.base + "/queries/job-cuts", params=params, headers=JSON, timeout=30)
    assert r.status_code == 400, (r.status_code, r.text[:300])
    assert "Traceback" not in r.text


# ---- path traversal

TRAVERSALS = [
    "/queries/..%2F..%2Fetc%2Fpasswd", "/queries/..%2F..%2Fpyproject.toml", "/queries/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/queries/..", "/queries/../../etc/passwd", "/queries/claims%00.rq", "/queries/claims.rq",
    "/queries/%252e%252e%252fetc%252fpasswd", "/queries/....//....//etc/passwd", "/queries/%c0%ae%c0%ae%2fetc",
    "/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/static/../app.py", "/static/%2e%2e/app.py",
    "/static/..%5c..%5capp.py", "/vendor/..%2F..%2Fapp.py", "/vendor/..%2Fsettings.py",
    "/export/..%2F..%2F..%2Fetc%2Fpasswd", "/export/..%2F..%2Fpyproject.toml",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal_reaches_no_file(server, path):
    # sent raw, so that neither the client nor a URL library normalises the dots away
    status, body = raw_request(server.base, f"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
    assert status == 404, (path, status, body[:300])
    for secret in ("root:x:0:0", "[project]", "def create_app", "KG_API_TOKEN", "class Settings"):
        assert secret not in body, (path, secret)


def raw_request(base: str, request: str, timeout: float = 15) -> tuple[int, str]:
    """Send bytes as written (with ``Connection: close``) and read the answer to its end: (status, text)."""
    host, port = base.removeprefix("http://").split(":")
    chunks = []
    with socket.create_connection((host, int(port)), timeout=timeout) as s:
        s.sendall(request.encode())
        while True:
            try:
                chunk = s.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            chunks.append(chunk)
    data = b"".join(chunks).decode("latin-1")
    status = int(data.split(" ", 2)[1]) if data.startswith("HTTP/") else 0
    return status, data


# ---- oversized bodies

def test_oversized_query_body_gets_413(server):
    body = "SELECT * WHERE { ?s ?p ?o } #" + "x" * (MAX_BODY * 4)
    r = httpx.post(server.base + "/sparql", content=body, headers={"Content-Type": "application/sparql-query"},
                   timeout=30)
    assert r.status_code == 413, r.text[:200]


def test_oversized_article_gets_413_even_with_the_token(server):
    r = httpx.post(server.base + "/articles", json={"id": "big", "text": "Acme cut 5 jobs. " * (MAX_BODY // 8)},
                   headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
    assert r.status_code == 413, r.text[:200]


def test_oversized_chunked_body_gets_413(server):
    def chunks():
        for _ in range(64):
            yield b"x" * 16384

    r = httpx.post(server.base + "/sparql", content=chunks(), headers={"Content-Type": "application/sparql-query"},
                   timeout=30)
    assert r.status_code == 413


def test_announced_huge_body_is_refused_without_waiting_for_it(server):
    status, _ = raw_request(server.base, "POST /sparql HTTP/1.1\r\nHost: localhost\r\n"
                                         "Content-Type: application/sparql-query\r\n"
                                         f"Content-Length: {10 ** 12}\r\nConnection: close\r\n\r\nSELECT",
                            timeout=10)
    assert status == 413


# ---- slow clients

def test_slow_clients_do_not_block_others(server):
    """Fifty connections dribble their headers a byte at a time, then stall; others are still served."""
    host, port = server.base.removeprefix("http://").split(":")
    stop = threading.Event()
    sockets = []

    def dribble(s: socket.socket):
        for byte in b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\nX-Slow: ":
            if stop.is_set():
                return
            try:
                s.send(bytes([byte]))
            except OSError:
                return
            time.sleep(0.05)
        stop.wait()  # stall with the headers unfinished

    threads = []
    for _ in range(50):
        s = socket.create_connection((host, int(port)), timeout=5)
        sockets.append(s)
        t = threading.Thread(target=dribble, args=(s,), daemon=True)
        t.start()
        threads.append(t)
    try:
        time.sleep(1.0)
        for _ in range(20):
            started = time.monotonic()
            r = httpx.get(server.base + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=10)
            assert r.status_code == 200
            assert time.monotonic() - started < 10
    finally:
        stop.set()
        for s in sockets:
            s.close()
        for t in threads:
            t.join(timeout=5)


# ---- 200 concurrent clients

REQUESTS = [
    ("GET", "/sparql", {"query": "ASK { ?s ?p ?o }"}),
    ("GET", "/sparql", {"query": "SELECT ?s WHERE { ?s a ?t } LIMIT 20"}),
    ("GET", "/queries/claims", {"org": "Acme"}),
    ("GET", "/queries/claims", {"org": 'x" } UNION { ?s ?p ?o } #'}),
    ("GET", "/queries", {}),
    ("GET", "/contradictions", {}),
    ("GET", "/queries/..%2F..%2Fetc%2Fpasswd", {}),
    ("POST", "/update", {"update": "DROP ALL"}),  # no token: 401
]


async def _load(base: str, seconds: float, clients: int) -> tuple[Counter, list[str]]:
    """``clients`` tasks sending requests back to back for ``seconds``, each request on a new connection."""
    statuses: Counter = Counter()
    failures: list[str] = []
    rng = random.Random(200)
    # a connection per request: a kept-alive one races the server closing it after 5 s idle, which a client
    # starved of CPU lost (a ReadError in make test on a loaded machine) though it drops them after 2 s
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=0)

    async def client(c: httpx.AsyncClient, deadline: float):
        while time.monotonic() < deadline:
            if rng.random() < 0.01:
                method, path, params = "GET", "/sparql", {"query": HEAVY}
            else:
                method, path, params = rng.choice(REQUESTS)
            try:
                if method == "GET":
                    r = await c.get(path, params=params)
                else:
                    r = await c.post(path, data=params)
                statuses[r.status_code] += 1
                if r.status_code == 503 and "retry-after" not in r.headers:
                    failures.append(f"503 without Retry-After on {path}: {r.text[:200]}")
                elif r.status_code >= 500 and r.status_code != 503:
                    failures.append(f"{r.status_code} {path} {r.text[:200]}")
            except httpx.TransportError as e:
                statuses["transport error"] += 1
                failures.append(f"{type(e).__name__} on {path}")

    async with httpx.AsyncClient(base_url=base, timeout=60, headers=JSON, limits=limits) as c:
        deadline = time.monotonic() + seconds
        await asyncio.gather(*(client(c, deadline) for _ in range(clients)))
    return statuses, failures


def test_200_concurrent_clients(server):
    baseline_rows = claims_rows(server.base, org="Acme").json()["results"]["bindings"]
    rss_before = server.rss()
    peak = [rss_before]
    sampling = threading.Event()

    def sample():
        while not sampling.wait(0.5):
            peak[0] = max(peak[0], server.rss())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.monotonic()
    statuses, failures = asyncio.run(_load(server.base, LOAD_SECONDS, LOAD_CLIENTS))
    elapsed = time.monotonic() - started
    sampling.set()
    sampler.join()
    time.sleep(QUERY_TIMEOUT + 1)  # let stopped queries' workers be replaced
    rss_after = server.rss()
    served = sum(n for s, n in statuses.items() if isinstance(s, int))
    print(f"\n{LOAD_CLIENTS} clients for {elapsed:.0f} s: {served} requests answered {dict(statuses)}; "
          f"server RSS {rss_before / 2**20:.0f} MiB before, {peak[0] / 2**20:.0f} MiB peak, "
          f"{rss_after / 2**20:.0f} MiB after")
    assert not failures, failures[:10]
    assert served >= LOAD_CLIENTS
    assert statuses[200] >= LOAD_CLIENTS // 2  # busy is answered by a deliberate 503, but not everything is
    assert rss_after < rss_before + 200 * 2**20
    assert peak[0] < rss_before + 600 * 2**20
    # and it answers normally afterwards
    r = claims_rows(server.base, org="Acme")
    assert r.status_code == 200
    assert r.json()["results"]["bindings"] == baseline_rows
    assert httpx.get(server.base + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=10).text


# ---- update authorisation

NTRIPLES = {"Content-Type": "application/n-triples"}
WRITES = [  # (method, path, request, the status of the write with the right token)
    ("POST", "/update", {"data": {"update": "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 1 } }"}}, 204),
    ("POST", "/articles", {"json": {"id": "auth-probe", "text": "Acme Corp said it would cut 10 jobs."}}, 201),
    ("PUT", "/store?graph=urn:x:g2", {"content": '<urn:x:s> <urn:x:p> "2" .', "headers": NTRIPLES}, 201),
    ("DELETE", "/store?graph=urn:x:g3", {}, 204),  # the test writes the graph first
]


@pytest.mark.parametrize("method, path, kwargs, status", WRITES, ids=[w[1] + " " + w[0] for w in WRITES])
def test_writes_need_the_token(server, method, path, kwargs, status):
    if method == "DELETE":
        put = httpx.put(server.base + path, content='<urn:x:s> <urn:x:p> "3" .', timeout=30,
                        headers={**NTRIPLES, "Authorization": f"Bearer {TOKEN}"})
        assert put.status_code == 201, put.text
    before = count_quads(server.base)
    headers = dict(kwargs.get("headers", {}))
    kwargs = {k: v for k, v in kwargs.items() if k != "headers"}

    def send(auth: str | None, params=None):
        h = dict(headers)
        if auth is not None:
            h["Authorization"] = auth
        return httpx.request(method, server.base + path, headers=h, params=params, timeout=30, **kwargs)

    r = send(None)
    assert r.status_code == 401, r.text
    assert r.headers.get("www-authenticate", "").lower().startswith("bearer")
    for auth in ("Bearer", f"Basic {TOKEN}", TOKEN, f"Token {TOKEN}", f"Bearer{TOKEN}"):
        assert send(auth).status_code == 401, auth
    assert send(None, params={"token": TOKEN, "access_token": TOKEN}).status_code == 401  # never from the URL
    for wrong in WRONG_TOKENS:
        r = send(f"Bearer {wrong}")
        assert r.status_code == 403, (wrong, r.status_code)
        assert wrong not in r.text and TOKEN not in r.text
    assert count_quads(server.base) == before  # nothing written by any of them
    ok = send(f"Bearer {TOKEN}")
    assert ok.status_code == status, ok.text[:300]
    assert TOKEN not in ok.text


@pytest.mark.parametrize(("body", "status"), [
    ('{"id": "sur-1", "text": "Acme Corp said it would cut 10 jobs \\ud800."}', 422),
    ('{"id": "sur-2", "text": "Acme Corp said it would cut 10 jobs \\udfff.", "language": "en"}', 422),
    ('{"id": "sur-3\\ud83d", "text": "Acme Corp said it would cut 10 jobs."}', 422),
    ('{"id": "deep", "text": ' + "[" * 10000 + "]" * 10000 + "}", 400),
    ('{"id": "' + "i" * 10000 + '", "text": "Acme cut 10 jobs."}', 422),
], ids=["surrogate-text", "surrogate-text-en", "surrogate-id", "deep-nesting", "long-id"])
def test_ingest_refuses_bad_articles_with_4xx(server, body, status):
    """JSON may escape lone surrogates, which are not Unicode text: refused with 422 as an invalid article, as
    is an id too long; JSON nested too deep to parse is a bad body (400). Never a 500."""
    r = httpx.post(server.base + "/articles", content=body, timeout=60,
                   headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert r.status_code == status, (r.status_code, r.text[:300])


def test_token_is_compared_in_constant_time(tmp_path, monkeypatch):
    """The comparison goes through hmac.compare_digest, whatever the token given."""
    import hmac

    from api.app import create_app
    from api.settings import Settings

    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    app = create_app(Settings(store=str(tmp_path / "store"), token=TOKEN))

    async def probe():  # in process, without the lifespan: no worker processes, only the check
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://kg") as client:
            return [await client.post("/update", data={"update": "DROP ALL"},
                                      headers={"Authorization": f"Bearer {wrong}"}) for wrong in WRONG_TOKENS]

    assert [r.status_code for r in asyncio.run(probe())] == [403] * len(WRONG_TOKENS)
    assert len(calls) == len(WRONG_TOKENS)
    assert all(TOKEN.encode() in call for call in calls)


def test_token_never_reaches_the_logs(tmp_path):
    """On a server of its own, so that the log read is that of the requests made here: every write with no
    token, wrong tokens and the right one, a write that fails with the right token, and the token in a URL.
    The server is stopped before its log is read: by then every line is written."""
    server = serve(tmp_path)
    try:
        for method, path, kwargs, _ in WRITES:
            kwargs = {**kwargs, "headers": dict(kwargs.get("headers", {}))}
            for auth in (None, TOKEN, *WRONG_TOKENS):
                if auth is not None:
                    kwargs["headers"]["Authorization"] = f"Bearer {auth}"
                httpx.request(method, server.base + path, timeout=30, **kwargs)
        failing = httpx.post(server.base + "/update", data={"update": "INSERT DATA { nonsense"},
                             headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
        assert failing.status_code == 400
        in_url = httpx.post(server.base + "/update", params={"token": TOKEN, "access_token": TOKEN},
                            data={"update": "INSERT DATA { nonsense"}, timeout=30)
        assert in_url.status_code == 401
    finally:
        stop_server(server.process)
    logs = server.log_text()
    assert logs.count("POST /update") == 2 + len(WRONG_TOKENS) + 2, "the access log is not where this test looks"
    assert TOKEN not in logs
    for wrong in WRONG_TOKENS:
        assert wrong not in logs
