"""Writes through the API: updates and ingest, seen at once by readers in every server process."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import httpx
from api_server import TOKEN
from pyoxigraph import NamedNode, RdfFormat, serialize

from kg.mapping import graph_iri
from kg.store import EmbeddedStore

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = {"id": "morning-post-1", "published": "2026-03-10", "publisher": "Morning Post", "language": "en",
           "text": "Acme Corp will cut 3,500 jobs, chief executive Jane Roe said on Tuesday."}


def _ask(base, query):
    r = httpx.get(base + "/sparql", params={"query": query}, timeout=30)
    assert r.status_code == 200, r.text
    return r.json()["boolean"]


def test_an_update_is_seen_by_every_reader(writable_server):
    base = writable_server
    ask = "ASK { GRAPH <urn:test:notes> { <urn:test:a> <urn:test:says> 'hello' } }"
    assert not _ask(base, ask)
    r = httpx.post(base + "/update", headers={**AUTH, "Content-Type": "application/sparql-update"},
                   content="INSERT DATA { GRAPH <urn:test:notes> { <urn:test:a> <urn:test:says> 'hello' } }")
    assert r.status_code == 204, r.text
    with ThreadPoolExecutor(8) as pool:  # spread over both server processes and their query processes
        assert all(pool.map(lambda _: _ask(base, ask), range(24)))
    r = httpx.post(base + "/update", headers=AUTH, data={"update": "DROP GRAPH <urn:test:notes>"})
    assert r.status_code == 204
    assert not _ask(base, ask)


def test_reads_and_writes_interleave_across_processes(writable_server):
    base = writable_server

    def write(n):
        return httpx.post(base + "/update", headers=AUTH, timeout=60,
                          data={"update": f"INSERT DATA {{ GRAPH <urn:test:many> {{ <urn:test:n{n}> a <urn:test:N> }} }}"})

    def read(_):
        return httpx.get(base + "/sparql", timeout=60, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})

    with ThreadPoolExecutor(8) as pool:
        writes = pool.map(write, range(6))
        reads = pool.map(read, range(24))
        assert {r.status_code for r in writes} == {204}
        assert {r.status_code for r in reads} == {200}
    assert _ask(base, "ASK { <urn:test:n0> a <urn:test:N> . <urn:test:n5> a <urn:test:N> }")


def test_a_bad_update_gets_400_and_changes_nothing(writable_server):
    update = "INSERT DATA { GRAPH <urn:test:bad> { <urn:a> <urn:b> <urn:c> } } ; INSERT DATA { <urn:a> }"
    r = httpx.post(writable_server + "/update", headers=AUTH, data={"update": update})
    assert r.status_code == 400 and "syntax error" in r.text
    assert not _ask(writable_server, "ASK { GRAPH <urn:test:bad> { ?s ?p ?o } }")


def test_ingest_one_article(writable_server):
    base = writable_server
    r = httpx.post(base + "/articles", json=ARTICLE, headers=AUTH, timeout=120)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["article"] == ARTICLE["id"] and body["status"] == "written" and body["quads"] > 0
    assert _ask(base, 'ASK { ?a <https://schema.org/identifier> "morning-post-1" ; '
                      '<https://schema.org/datePublished> ?d }')
    claims = httpx.get(base + "/queries/claims", params={"article": ARTICLE["id"]}).json()["results"]["bindings"]
    assert len(body["claims"]) == len(claims)
    assert [(c["kind"], c["org"], c["value"], c["when"]) for c in body["claims"]] == [("job_cuts", "Acme", 3500, "2026-03-10")]

    # The store holds Acme Corp's cuts of 1,200 (acme-1) and 2,000 (ledger-7) on the same day: "Acme Corp"
    # there and "Acme" as the extractor names it here are one organisation, so 3,500 is a third figure for the
    # same cuts, set against the figure the store states first (each side against the main side: one row).
    # Soft: the store's hand-made claims carry no extraction confidence, and an unsure side is never hard.
    found = body["contradictions"]
    assert [(c["kind"], c["severity"], c["org"]) for c in found] == [("numeric", "soft", "Acme")]
    [row] = found
    assert ARTICLE["id"] in row["articles"] and set(row["articles"]) - {ARTICLE["id"]} <= {"acme-1", "ledger-7"}
    assert {c["value"] for c in row["claims"]} in ({1200, 3500}, {2000, 3500})

    again = httpx.post(base + "/articles", json=ARTICLE, headers=AUTH, timeout=120)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"

    # A second outlet repeats 3,500: its side now has the most articles, so it is the main side, and each
    # other figure is one row against it that lists both outlets.
    rival = {**ARTICLE, "id": "evening-star-2", "publisher": "Evening Star"}
    second = httpx.post(base + "/articles", json=rival, headers=AUTH, timeout=120).json()
    found = second["contradictions"]
    assert sorted(sorted(c["articles"]) for c in found) == [
        ["acme-1", "evening-star-2", ARTICLE["id"]], ["evening-star-2", "ledger-7", ARTICLE["id"]]]
    assert sorted(sorted(c["value"] for c in row["claims"]) for row in found) == [[1200, 3500], [2000, 3500]]
    for row in found:
        [main] = [c for c in row["claims"] if c["value"] == 3500]
        assert sorted(main["articles"]) == ["evening-star-2", ARTICLE["id"]]


def test_an_article_posted_and_built_gives_the_same_graph(writable_server, tmp_path):
    """POST /articles reads an article as kg build reads a JSONL line: the byline date, the language code
    normalised, format characters out; then the same pipeline. Both article graphs are the same triples."""
    article = {"id": "same-both-ways", "publisher": "Harbour Daily", "language": "EN",
               "text": "Harbour Daily, 25 January 2026\nGlobex AB will cut 2,\u200b400 jobs in Sweden, "
                       "chief executive Ann Berg said on Monday."}
    posted = httpx.post(writable_server + "/articles", json=article, headers=AUTH, timeout=120)
    assert posted.status_code == 201, posted.text
    assert [(c["kind"], c["value"]) for c in posted.json()["claims"]] == [("job_cuts", 2400)]

    source = tmp_path / "feed.jsonl"
    source.write_text(json.dumps(article) + "\n", encoding="utf-8")
    store = tmp_path / "store"
    built = subprocess.run([sys.executable, "-m", "kg", "build", str(source), "--store", str(store), "-q"],
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr

    iri = graph_iri(article["id"]).value
    served = httpx.get(writable_server + "/store", params={"graph": iri}, headers={"Accept": "application/n-triples"})
    assert served.status_code == 200
    db = EmbeddedStore(store)
    try:
        local = serialize([q.triple for q in db.graph_quads(NamedNode(iri))], format=RdfFormat.N_TRIPLES).decode()
    finally:
        db.close()
    lines = set(local.splitlines())
    assert lines == set(served.text.splitlines())
    assert any("datePublished" in line and '"2026-01-25"' in line for line in lines)  # the byline's date
    assert any("inLanguage" in line and '"en"' in line for line in lines)


def test_ingest_rejects_bad_articles(writable_server):
    base = writable_server
    assert httpx.post(base + "/articles", json={"id": "x"}, headers=AUTH).status_code == 422
    bad_date = httpx.post(base + "/articles", json={**ARTICLE, "id": "y", "published": "someday"}, headers=AUTH)
    assert bad_date.status_code == 400 and "not a date" in bad_date.json()["detail"]


def test_graph_store_put_get_delete(writable_server):
    base = writable_server
    graph = {"graph": "urn:test:gsp"}
    turtle = "@prefix ex: <http://example.org/> . ex:a ex:says 'one' . <rel> ex:says 'two' ."
    created = httpx.put(base + "/store", params=graph, content=turtle, headers={**AUTH, "Content-Type": "text/turtle"})
    assert created.status_code == 201, created.text
    replaced = httpx.put(base + "/store", params=graph, content='<http://example.org/a> <http://example.org/says> "three" .',
                         headers={**AUTH, "Content-Type": "application/n-triples"})
    assert replaced.status_code == 204
    got = httpx.get(base + "/store", params=graph, headers={"Accept": "application/n-triples"})
    assert got.text.strip() == '<http://example.org/a> <http://example.org/says> "three" .'
    bad = httpx.put(base + "/store", params=graph, content="not turtle", headers={**AUTH, "Content-Type": "text/turtle"})
    assert bad.status_code == 400 and "could not be parsed" in bad.text
    assert httpx.put(base + "/store", params=graph, content="x", headers=AUTH).status_code == 415
    assert httpx.put(base + "/store", params=graph, content=turtle, headers={"Content-Type": "text/turtle"}).status_code == 401
    assert httpx.delete(base + "/store", params=graph, headers=AUTH).status_code == 204
    assert httpx.get(base + "/store", params=graph).status_code == 404
    assert httpx.delete(base + "/store", params=graph, headers=AUTH).status_code == 404


def test_updates_need_the_bearer_token(writable_server):
    base = writable_server
    update = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }"
    missing = httpx.post(base + "/update", data={"update": update})
    assert missing.status_code == 401 and missing.headers["www-authenticate"].startswith("Bearer")
    wrong = httpx.post(base + "/update", data={"update": update}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    assert not _ask(base, "ASK { GRAPH <urn:x> { ?s ?p ?o } }")
    assert httpx.post(base + "/articles", json={"id": "x", "text": "Acme cuts 5 jobs."}).status_code == 401
    assert httpx.put(base + "/store", params={"graph": "urn:x"}, content="<urn:a> <urn:b> <urn:c> .",
                     headers={"Content-Type": "application/n-triples"}).status_code == 401
    assert httpx.get(base + "/update").status_code == 405


def test_load_is_refused_with_a_clear_message(writable_server):
    r = httpx.post(writable_server + "/update", data={"update": "LOAD <http://127.0.0.1:9/data.ttl>"},
                   headers=AUTH, timeout=30)
    assert r.status_code == 400 and "LOAD <http://127.0.0.1:9/data.ttl> refused" in r.text
