"""The SERVICE query that joins our graph with Wikidata: run against a real local SPARQL server standing in for
the Wikidata Query Service, and refused by the API unless allow-listed."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from kg.link import link
from kg.mapping import article_quads, graph_iri
from kg.queries import get, select_rows
from kg.records import Article, Claim, Entity, Extraction, Quantity, TimeRef

WDQS = "https://query.wikidata.org/sparql"
WORKFORCE = """
<http://www.wikidata.org/entity/Q3884> <http://www.wikidata.org/prop/direct/P1128> "1556000"^^<http://www.w3.org/2001/XMLSchema#decimal> .
<http://www.wikidata.org/entity/Q37156> <http://www.wikidata.org/prop/direct/P1128> "270300"^^<http://www.w3.org/2001/XMLSchema#decimal> .
<http://www.wikidata.org/entity/Q900000010> <http://www.wikidata.org/prop/direct/P1128> "12"^^<http://www.w3.org/2001/XMLSchema#decimal> .
"""


@pytest.fixture(scope="module")
def wdqs(tmp_path_factory):
    """A real ``oxigraph serve`` on 127.0.0.1 holding a few employee counts; yields its query URL."""
    binary = Path(sys.executable).with_name("oxigraph")
    binary = str(binary) if binary.exists() else shutil.which("oxigraph")
    if not binary:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([binary, "serve", "--location", str(tmp_path_factory.mktemp("wdqs")), "--bind",
                               f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.post(f"{base}/store?default", content=WORKFORCE, headers={"Content-Type": "application/n-triples"},
                           timeout=2).raise_for_status()
                break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            pytest.fail("oxigraph serve did not start")
        yield f"{base}/query"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def linked_store(store):
    text = "Amazon cuts 14,000 jobs. Amazon cuts 16,000 jobs. IBM too. Acme as well."
    claims = [Claim("job_cuts", "Amazon", text[:24], 0, 24, Quantity("count", value=14000), TimeRef("2025-10", "month")),
              Claim("job_cuts", "Amazon", text[25:49], 25, 49, Quantity("count", value=16000), TimeRef("2026-01", "month"))]
    entities = [Entity(n, "organization") for n in ("Amazon", "IBM", "Acme")]
    extraction = link(Extraction(Article("w1", text), entities=entities, claims=claims))
    store.replace_graph(graph_iri("w1"), article_quads(extraction))
    return store


def _run(store, wdqs_url: str, **params):
    q = get("wikidata-workforce")
    assert WDQS in q.text
    return select_rows(store.query(q.text.replace(WDQS, wdqs_url), substitutions=q.bind(params)))[1]


def test_joins_linked_organisations_with_the_wikidata_workforce(linked_store, wdqs):
    rows = _run(linked_store, wdqs)
    assert [(r["org"], r["qid"], r["largest_cut"], r["employees"], r["cut_share_percent"]) for r in rows] == [
        ("Amazon", "Q3884", 16000, 1556000, 1.0),
        ("IBM", "Q37156", None, 270300, None),
    ]


def test_the_org_parameter_narrows_it(linked_store, wdqs):
    assert [r["org"] for r in _run(linked_store, wdqs, org="IBM")] == ["IBM"]


def test_the_api_refuses_this_service_unless_allow_listed():
    from api import safety

    text = get("wikidata-workforce").text
    with pytest.raises(safety.Refused, match="SERVICE"):
        safety.checked(text, update=False, allow=())
    safety.checked(text, update=False, allow=("https://query.wikidata.org/",))
