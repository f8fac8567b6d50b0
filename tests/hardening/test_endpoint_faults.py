"""A real `kg serve` against faults and hostile requests: the token kept out of the logs however a URL encodes
it, entity expansion refused in graph uploads, a memory limit on the writer, 400 (not 500) for paging
cursors out of range, the documented 414 for URLs past what the HTTP parser takes, a 503 that says a
query crashed its process, readers that do not queue behind a writer that cannot start, and a property
test over every parameter of every route (no 5xx but deliberate 503s).
"""

from __future__ import annotations

import re
import threading
import urllib.parse

import httpx
import psutil
import pytest
from api_server import write_store
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.store import EmbeddedStore

from hardening.server import serve, stop
from hardening.support import EXAMPLES, PROPERTY
from hardening.test_endpoint_abuse import raw_request

TOKEN = "k+y/Z=faults-7d41c0ffee=="  # the characters clients percent-encode in a URL
AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON = {"Accept": "application/sparql-results+json"}
MAX_BODY = 64 * 1024
WRITE_MEMORY_MB = 1024


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("faults")
    write_store(root / "store")
    served = serve(root / "store", root / "server.log", env={
        "KG_API_TOKEN": TOKEN, "KG_QUERY_TIMEOUT": "2", "KG_MAX_BODY": str(MAX_BODY), "KG_MAX_ROWS": "1000",
        "KG_QUERY_MEMORY_MB": "800", "KG_WRITE_MEMORY_MB": str(WRITE_MEMORY_MB)})
    yield served
    stop(served)


def ask(base: str, query: str) -> bool:
    r = httpx.get(base + "/sparql", params={"query": query}, headers=JSON, timeout=30)
    assert r.status_code == 200, r.text
    return r.json()["boolean"]


# ---- the token in the logs


def test_a_token_percent_encoded_in_a_url_stays_out_of_the_logs(server):
    lower_hex = re.sub("%[0-9A-F]{2}", lambda m: m.group().lower(), urllib.parse.quote(TOKEN, safe=""))
    encodings = {urllib.parse.quote(TOKEN, safe=""), lower_hex,
                 urllib.parse.quote_plus(TOKEN), TOKEN.replace("+", "%2B"), TOKEN.replace("=", "%3d")}
    for encoded in encodings:
        for target in (f"/sparql?query=ASK%7B%7D&token={encoded}", f"/queries/{encoded}", f"/store?graph={encoded}"):
            status, _ = raw_request(server.base, f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            assert status in (200, 400, 404), (target, status)
    logs = server.log_text()
    assert "GET /queries/" in logs, "the access log is not where this test looks: it would prove nothing"
    for encoded in encodings | {TOKEN}:
        assert encoded not in logs, encoded


# ---- uploads


def billion_laughs(levels: int, fan: int = 10) -> bytes:
    """RDF/XML whose one literal expands to fan ** levels times "lol"."""
    entities = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{f"&l{i - 1};" * fan}">' for i in range(1, levels + 1)]
    return ('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n' + "\n".join(entities) + "\n]>\n"
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
            f'<rdf:Description rdf:about="http://example.org/s"><ex:p>&l{levels};</ex:p></rdf:Description>'
            "</rdf:RDF>").encode()


def test_entity_declarations_in_rdf_xml_are_refused(server):
    body = billion_laughs(7)  # 647 bytes for a 30 MB literal (9 levels: 3 GB)
    for media in ("application/rdf+xml", "application/xml"):
        r = httpx.put(server.base + "/store", params={"graph": "urn:x:laughs"}, content=body, timeout=60,
                      headers={**AUTH, "Content-Type": media})
        assert r.status_code == 400, (r.status_code, r.text[:300])
        assert "declares the entity" in r.text
    utf16 = billion_laughs(7).decode().replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16")
    r = httpx.put(server.base + "/store", params={"graph": "urn:x:laughs"}, content=utf16, timeout=60,
                  headers={**AUTH, "Content-Type": "application/rdf+xml"})
    assert r.status_code == 400, (r.status_code, r.text[:300])
    assert not ask(server.base, "ASK { GRAPH <urn:x:laughs> { ?s ?p ?o } }")
    plain = (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
             b'xmlns:ex="http://example.org/"><rdf:Description rdf:about="http://example.org/s"><ex:p>fine &amp; '
             b"well</ex:p></rdf:Description></rdf:RDF>")
    r = httpx.put(server.base + "/store", params={"graph": "urn:x:plain"}, content=plain, timeout=60,
                  headers={**AUTH, "Content-Type": "application/rdf+xml"})
    assert r.status_code == 201, r.text
    assert ask(server.base, 'ASK { GRAPH <urn:x:plain> { ?s ?p "fine & well" } }')


def test_a_graph_that_grows_past_its_limit_as_it_is_parsed_gets_413(server):
    """Prefixed names expand: 60 KB of Turtle with a 4 KB prefix is 40 MB of IRIs."""
    prefix = "http://example.org/" + "x" * 4000 + "/"
    body = f"@prefix p: <{prefix}> .\n" + "".join(f"p:s{i} p:p p:o{i} .\n" for i in range(2500))
    assert len(body) < MAX_BODY
    r = httpx.put(server.base + "/store", params={"graph": "urn:x:prefixes"}, content=body, timeout=60,
                  headers={**AUTH, "Content-Type": "text/turtle"})
    assert r.status_code == 413, (r.status_code, r.text[:300])
    assert not ask(server.base, "ASK { GRAPH <urn:x:prefixes> { ?s ?p ?o } }")


def test_the_writer_runs_under_a_memory_limit(server):
    r = httpx.post(server.base + "/update", data={"update": "INSERT DATA { GRAPH <urn:x:m> { <urn:a> <urn:b> 1 } }"},
                   headers=AUTH, timeout=60)
    assert r.status_code == 204, r.text
    limits = {p.pid: p.rlimit(psutil.RLIMIT_AS)[0] for p in server.children()}
    assert WRITE_MEMORY_MB * 2**20 in limits.values(), limits  # the writer's, beside the query processes' 800 MB


def test_the_query_processes_keep_their_address_space_well_below_their_limit(server):
    """glibc reserves 64 MB of address space an arena, and threads that meet a busy arena make new ones: the
    processes' address space is what their memory limit counts, so a cheap query once got 503 under load."""
    for _ in range(10):
        ask(server.base, "ASK { ?s ?p ?o }")
    sizes = {p.pid: p.memory_info().vms >> 20 for p in server.children() if p.rlimit(psutil.RLIMIT_AS)[0] == 800 * 2**20}
    assert sizes and max(sizes.values()) < 400, sizes  # half the 800 MB limit; 463 MB with glibc's default arenas


def test_format_characters_in_an_ingested_text_do_not_split_its_figures(server):
    text = "Globex AB will cut 2,\u200b400 jobs, the company said on Monday."
    r = httpx.post(server.base + "/articles", headers=AUTH, timeout=60,
                   json={"id": "zero-width-api", "text": text, "language": "en", "published": "2026-03-09"})
    assert r.status_code == 201, r.text
    stored = text.replace("\u200b", "")
    claims = [c for c in r.json()["claims"] if c["kind"] == "job_cuts"]
    assert [c["value"] for c in claims] == [2400]
    assert all(stored[int(c["start"]):int(c["end"])] == c["quote"] for c in claims)


# ---- 400, 414 and 503 where there were 500s and bare 400s


@pytest.mark.parametrize("name, value", [
    ("_next", "\u0661\u0662\u0663"), ("_next", "\u00b2"), ("_next", "9" * 5000), ("_next", "1" * 19),
    ("_next", "-1"), ("_next", "1e3"), ("_size", "\u0661\u0662"), ("_size", "9" * 5000), ("_size", "\u00b2"),
], ids=["arabic-digits", "superscript", "5000-digits", "19-digits", "negative", "exponent", "size-arabic",
        "size-5000-digits", "size-superscript"])
def test_page_cursors_and_sizes_out_of_range_get_400(server, name, value):
    r = httpx.get(server.base + "/queries/claims", params={name: value}, headers=JSON, timeout=30)
    assert r.status_code == 400, (r.status_code, r.text[:300])


@pytest.mark.parametrize("length", [70_000, 1_000_000])
def test_a_url_longer_than_the_parser_takes_gets_414(server, length):
    status, body = raw_request(server.base, f"GET /sparql?query=ASK%7B%7D%23{'x' * length} HTTP/1.1\r\n"
                                            "Host: x\r\nConnection: close\r\n\r\n")
    assert status == 414, body[:300]
    assert "POST the query" in body


def test_a_query_that_crashes_its_process_gets_a_503_saying_so(server):
    deep = "SELECT * WHERE " + "{" * 6000 + "}" * 6000  # the query engine's parser overflows its stack
    r = httpx.post(server.base + "/sparql", content=deep, timeout=60,
                   headers={"Content-Type": "application/sparql-query", **JSON})
    assert r.status_code == 503, r.text[:300]
    assert "crashed (segmentation fault)" in r.text and "nests deeper" in r.text
    assert "MB" not in r.text  # not blamed on memory
    assert ask(server.base, "ASK { ?s ?p ?o }")  # a fresh process took its place


# ---- readers and a writer that cannot start


def test_readers_do_not_queue_behind_a_writer_that_cannot_start(server):
    """This process holds the store's RocksDB lock, as `kg build` does: a write waits for it, reads go on."""
    before = {p.pid for p in server.children()}
    holder = EmbeddedStore(server.store)  # read-write: RocksDB's lock
    # opening it touched the store folder: the readers open their snapshot again once, on the next read (slow under
    # load, and no queueing), so that read comes before the writer
    httpx.get(server.base + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
    outcome = {}

    def write():
        outcome["write"] = httpx.post(server.base + "/update", headers=AUTH, timeout=60,
                                      data={"update": "INSERT DATA { GRAPH <urn:x:w> { <urn:a> <urn:b> 2 } }"})

    writer = threading.Thread(target=write)
    try:
        writer.start()
        _await_writer(server, before)
        reads = [httpx.get(server.base + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30).status_code
                 for _ in range(8)]  # each waits up to the 2 s time limit if readers are queued
        assert reads == [200] * 8
        assert writer.is_alive()  # the write is still waiting for the store
    finally:
        del holder
        writer.join(60)
    assert outcome["write"].status_code == 204, outcome["write"].text
    assert ask(server.base, "ASK { GRAPH <urn:x:w> { ?s ?p ?o } }")


def _await_writer(server, before: set[int], timeout: float = 30) -> None:
    """Until the writer process (started for this write, or there already) has the store's lock files open."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for p in server.children():
            try:
                if any(f.path.endswith("kg-api.turnstile") for f in p.open_files()) and (
                        p.pid not in before or p.rlimit(psutil.RLIMIT_AS)[0] == WRITE_MEMORY_MB * 2**20):
                    return
            except psutil.NoSuchProcess:
                pass
        time.sleep(0.05)
    raise AssertionError("no writer process came")


# ---- every parameter of every route


SPECIAL = st.sampled_from(["\u0661\u0662", "\u00b2", "9" * 5000, "1" * 19, "-1", "1e309", "NaN", "", " ", "0",
                          "[/]", "[link=x]y", "<http://a>", "?x", "x\" } UNION { ?s ?p ?o } #", "urn:x:g",
                          "http://example.org/g", "https://w3id.org/news-kg/graph/article/acme-1", "claims", "timeline",
                          "job_cuts", "Acme Corp", "2026-02-30", "true", "max", "%", "\x00", "\r\n", "{" * 300,
                          "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "ASK {}", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3"])
TEXT = st.one_of(SPECIAL, SPECIAL, st.text(max_size=40), st.binary(max_size=40).map(lambda b: b.decode("latin-1")))


def _operations(base: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(method, path template, query parameter names, body media types) of every route of the schema, with
    the named queries' own parameters and the paging ones for /queries/{name}."""
    spec = httpx.get(base + "/openapi.json", timeout=30).json()
    named = {q["name"]: [p["name"] for p in q["parameters"]] for q in httpx.get(base + "/queries", timeout=30).json()}
    ops = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            params = [p["name"] for p in op.get("parameters", []) if p["in"] == "query"]
            media = list(op.get("requestBody", {}).get("content", {}))
            if path == "/queries/{name}":
                for name, own in named.items():
                    ops.append((method.upper(), f"/queries/{name}", [*own, "_size", "_next"], media))
            ops.append((method.upper(), path, params, media))
    return ops


@pytest.fixture(scope="module")
def operations(server):
    return _operations(server.base)


@settings(PROPERTY, max_examples=max(5, EXAMPLES // 40))  # each example tries every route
@given(data=st.data())
def test_no_route_answers_5xx_for_any_parameter(server, operations, data):
    """Any value (text, digits of other scripts, 5,000 digits, markup, raw bytes) in any parameter of every
    route, with the token: 4xx or 2xx, never a 5xx but a deliberate 503 (with Retry-After)."""
    for operation in operations:
        _request_any(server, data, *operation)


def _request_any(server, data, method: str, path: str, names: list[str], media: list[str]) -> None:
    path = path.replace("{fmt}", urllib.parse.quote(data.draw(st.sampled_from(["ttl", "graphml", "x"]) | TEXT), safe=""))
    path = path.replace("{name}", urllib.parse.quote(data.draw(TEXT), safe=""))
    given_names = [n for n in names if data.draw(st.booleans())]
    query = "&".join(f"{urllib.parse.quote(n)}={urllib.parse.quote(data.draw(TEXT).encode('utf-8', 'surrogatepass'), safe='')}"
                     for n in given_names)
    kwargs = {"headers": {**AUTH, **JSON}}
    if media:
        content_type = data.draw(st.sampled_from(media))
        kwargs["headers"]["Content-Type"] = content_type
        if content_type == "application/json":
            fields = data.draw(st.dictionaries(st.sampled_from(["id", "text", "url", "title", "publisher", "author",
                                                                 "published", "language"]), TEXT))
            kwargs["json"] = fields
        else:
            kwargs["content"] = data.draw(TEXT).encode("utf-8", "surrogatepass")
    url = server.base + path + ("?" + query if query else "")
    r = httpx.request(method, url, timeout=60, **kwargs)
    assert r.status_code < 500 or (r.status_code == 503 and "retry-after" in r.headers), \
        (method, url[:300], r.status_code, r.text[:300])
    assert "Traceback" not in r.text


def test_no_request_of_this_module_got_a_5xx_but_deliberate_503s(server):
    """Run last: the access log holds every request above; 503 is the only 5xx the endpoint gives (busy, time
    limit, a query's process crashed), with Retry-After; nothing else."""
    statuses = [int(s) for s in re.findall(r'HTTP/1\.[01]" (\d{3}) ', server.log_text())]
    five = [s for s in statuses if s >= 500 and s != 503]
    print(f"\n{len(statuses)} requests logged, {sum(s == 503 for s in statuses)} deliberate 503s, other 5xx: {five}")
    assert len(statuses) > 50 and not five
