"""SPARQL 1.1 protocol against a running server, with real clients (SPARQLWrapper, rdflib) and raw HTTP."""

from __future__ import annotations

import csv
import http.client
import io
import json
import urllib.parse
import xml.etree.ElementTree as ET

import httpx
import networkx as nx
import pytest
import rdflib
from api_server import MAX_BODY, other_extraction
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, TURTLE, XML, SPARQLWrapper

from kg.mapping import ID, claim_iri

from samples import sample_extraction

CUTS = """PREFIX nkg: <https://w3id.org/news-kg/ontology#>
SELECT ?quote ?value WHERE { ?c nkg:kind "job_cuts" ; nkg:quote ?quote ; nkg:quantity/nkg:value ?value } ORDER BY ?value"""
ASK_CUTS = 'PREFIX nkg: <https://w3id.org/news-kg/ontology#> ASK { ?c nkg:kind "job_cuts" }'
CONSTRUCT = """PREFIX nkg: <https://w3id.org/news-kg/ontology#>
CONSTRUCT { ?c nkg:kind ?k ; nkg:quote ?q } WHERE { ?c nkg:kind ?k ; nkg:quote ?q }"""
SRX = "{http://www.w3.org/2005/sparql-results#}"
NKG = rdflib.Namespace("https://w3id.org/news-kg/ontology#")


# ---- real clients


def test_sparqlwrapper_select_ask_construct(server):
    client = SPARQLWrapper(server + "/sparql")
    client.setQuery(CUTS)
    client.setReturnFormat(JSON)
    rows = client.queryAndConvert()["results"]["bindings"]
    assert [int(r["value"]["value"]) for r in rows] == [1200, 2000]
    assert rows[0]["quote"]["value"].startswith("Acme Corp will cut 1,200 jobs")

    client.setQuery(ASK_CUTS)
    assert client.queryAndConvert()["boolean"] is True
    client.setQuery(ASK_CUTS.replace("job_cuts", "no_such_kind"))
    client.setReturnFormat(XML)
    root = client.queryAndConvert()
    assert root.getElementsByTagName("boolean")[0].firstChild.data == "false"

    client.setQuery(CONSTRUCT)
    client.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=client.queryAndConvert(), format="turtle")
    assert set(graph.objects(None, NKG.kind)) >= {rdflib.Literal("job_cuts"), rdflib.Literal("workforce")}


def test_sparqlwrapper_post(server):
    client = SPARQLWrapper(server + "/sparql")
    client.setMethod("POST")
    client.setQuery(CUTS)
    client.setReturnFormat(JSON)
    assert len(client.queryAndConvert()["results"]["bindings"]) == 2


def test_rdflib_sparqlstore_select_ask_construct(server):
    store = SPARQLStore(server + "/sparql", returnFormat="json")
    graph = rdflib.Graph(store)
    values = [int(row.value) for row in graph.query(CUTS)]
    assert values == [1200, 2000]
    assert graph.query(ASK_CUTS).askAnswer is True
    constructed = graph.query(CONSTRUCT).graph
    assert len(set(constructed.subjects(NKG.kind, rdflib.Literal("job_cuts")))) == 2


# ---- content negotiation: every results format and every RDF format


def _get(server, query, accept=None, **params):
    headers = {"Accept": accept} if accept else {}
    return httpx.get(server + "/sparql", params={"query": query, **params}, headers=headers, timeout=30)


def test_select_json_is_default(server):
    r = _get(server, CUTS)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/sparql-results+json")
    body = r.json()
    assert body["head"]["vars"] == ["quote", "value"]
    assert body["results"]["bindings"][1]["value"] == {
        "type": "literal", "value": "2000", "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}


def test_select_xml(server):
    r = _get(server, CUTS, "application/sparql-results+xml")
    assert r.headers["content-type"].startswith("application/sparql-results+xml")
    root = ET.fromstring(r.content)
    values = [b.find(SRX + "literal").text for b in root.iter(SRX + "binding") if b.get("name") == "value"]
    assert values == ["1200", "2000"]


def test_select_csv(server):
    r = _get(server, CUTS, "text/csv")
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["quote", "value"] and [row[1] for row in rows[1:]] == ["1200", "2000"]
    assert r.text.endswith("\r\n")


def test_select_tsv(server):
    r = _get(server, CUTS, "text/tab-separated-values")
    assert r.headers["content-type"].startswith("text/tab-separated-values")
    lines = r.text.splitlines()
    assert lines[0] == "?quote\t?value"
    assert lines[1].split("\t")[1] == '"1200"^^<http://www.w3.org/2001/XMLSchema#decimal>'


def test_ask_in_each_results_format(server):
    assert _get(server, ASK_CUTS).json() == {"head": {}, "boolean": True}
    xml = ET.fromstring(_get(server, ASK_CUTS, "application/sparql-results+xml").content)
    assert xml.find(SRX + "boolean").text == "true"


def test_quality_values_choose_the_format(server):
    r = _get(server, CUTS, "text/csv;q=0.5, application/sparql-results+xml;q=0.9, */*;q=0.1")
    assert r.headers["content-type"].startswith("application/sparql-results+xml")


@pytest.mark.parametrize("media, rdflib_format", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml"), ("application/trig", "trig"), ("application/n-quads", "nquads"),
])
def test_construct_in_each_rdf_format(server, media, rdflib_format):
    r = _get(server, CONSTRUCT, media)
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    if rdflib_format in ("trig", "nquads"):
        graph = rdflib.Dataset()
        graph.parse(data=r.content, format=rdflib_format)
    else:
        graph = rdflib.Graph().parse(data=r.content, format=rdflib_format)
    assert len(set(graph.subjects(NKG.kind, rdflib.Literal("job_cuts")))) == 2


def test_describe_answers_rdf(server):
    r = _get(server, "DESCRIBE <https://w3id.org/news-kg/id/article/acme-1>", "application/n-triples")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/n-triples")
    assert '<https://schema.org/identifier> "acme-1"' in r.text


# ---- the protocol's request forms


def test_post_form_and_direct(server):
    form = httpx.post(server + "/sparql", data={"query": ASK_CUTS}, timeout=30)
    direct = httpx.post(server + "/sparql", content=ASK_CUTS, timeout=30,
                        headers={"Content-Type": "application/sparql-query"})
    assert form.json()["boolean"] is True and direct.json()["boolean"] is True


def test_default_graph_is_the_union_and_dataset_parameters_narrow_it(server):
    count = "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a <https://w3id.org/news-kg/ontology#Claim> }"
    union = _get(server, count).json()["results"]["bindings"][0]["n"]["value"]
    one = _get(server, count, **{"default-graph-uri": "https://w3id.org/news-kg/graph/article/ledger-7"})
    assert union == "3"
    assert one.json()["results"]["bindings"][0]["n"]["value"] == "1"
    named = _get(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                 **{"named-graph-uri": "https://w3id.org/news-kg/graph/article/acme-1"}).json()
    assert [b["g"]["value"] for b in named["results"]["bindings"]] == ["https://w3id.org/news-kg/graph/article/acme-1"]


def test_service_description_without_query(server):
    r = httpx.get(server + "/sparql", headers={"Accept": "text/turtle"}, timeout=30)
    graph = rdflib.Graph().parse(data=r.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = rdflib.URIRef(server + "/sparql")
    assert (service, sd.feature, sd.UnionDefaultGraph) in graph
    assert (service, sd.endpoint, service) in graph


# ---- errors


def test_bad_query_gets_400_with_the_parsers_message(server):
    r = _get(server, "SELECT ?x WHERE { ?x ?y }")
    assert r.status_code == 400
    assert r.text.startswith("SPARQL syntax error at line 1, column 26: ")  # where the parser stopped


def test_unacceptable_format_gets_406(server):
    assert _get(server, CUTS, "image/png").status_code == 406
    r = _get(server, CONSTRUCT, "image/png, text/html")
    assert r.status_code == 406 and "text/turtle" in r.text
    # a client asking for query results gets the default format of the answer it asked for
    assert _get(server, CONSTRUCT, "application/sparql-results+json").headers["content-type"].startswith("text/turtle")
    assert _get(server, CUTS, "text/turtle").headers["content-type"].startswith("application/sparql-results+json")


def test_oversized_body_gets_413(server):
    query = "ASK {}" + " " * (MAX_BODY + 10)
    r = httpx.post(server + "/sparql", content=query, headers={"Content-Type": "application/sparql-query"}, timeout=30)
    assert r.status_code == 413


def test_oversized_query_string_gets_414(server):
    parts = urllib.parse.urlsplit(server)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": "ASK {}" + " " * (MAX_BODY + 10)}))
    response = conn.getresponse()
    assert response.status == 414 and b"POST" in response.read()


def test_large_answers_arrive_whole(server):
    r = _get(server, "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 999", "text/tab-separated-values")
    assert r.status_code == 200 and len(r.content) > 200_000  # several pipe buffers from the query process
    assert len(r.text.splitlines()) == 1000


def test_protocol_misuse_gets_4xx(server):
    assert httpx.post(server + "/sparql", content=ASK_CUTS, headers={"Content-Type": "text/plain"}).status_code == 415
    assert httpx.post(server + "/sparql", content=ASK_CUTS, headers={"Content-Type": ""}).status_code == 415
    two = httpx.get(server + "/sparql", params=[("query", "ASK {}"), ("query", "ASK {}")])
    assert two.status_code == 400
    assert httpx.get(server + "/sparql", params={"update": "CLEAR ALL"}).status_code == 400
    utf16 = httpx.post(server + "/sparql", content=ASK_CUTS.encode("utf-16"),
                       headers={"Content-Type": "application/sparql-query; charset=UTF-16"})
    assert utf16.status_code == 415
    assert httpx.put(server + "/sparql", params={"query": "ASK {}"}).status_code == 405


def test_result_row_cap_is_refused_not_truncated(server):
    r = _get(server, "SELECT * WHERE { VALUES ?n { 1 } ?a ?b ?c . ?d ?e ?f }")  # 156 x 156 rows > 1000
    assert r.status_code == 422 and "more than 1000 rows" in r.text


# ---- graph store (read), named queries, contradictions


def test_graph_store_returns_an_article_graph(server):
    r = httpx.get(server + "/store", params={"graph": "https://w3id.org/news-kg/graph/article/ledger-7"},
                  headers={"Accept": "text/turtle"})
    graph = rdflib.Graph().parse(data=r.text, format="turtle")
    assert (None, NKG.quote, rdflib.Literal("Acme Corp is cutting 2,000 jobs")) in graph
    assert httpx.get(server + "/store", params={"graph": "https://w3id.org/news-kg/graph/article/nope"}).status_code == 404
    assert httpx.get(server + "/store").status_code == 400


def test_named_queries_are_listed_and_run_with_typed_parameters(server):
    listed = {q["name"]: q for q in httpx.get(server + "/queries").json()}
    assert "claims" in listed
    assert {"name": "org", "type": "string", "required": False}.items() <= listed["claims"]["parameters"][0].items()
    r = httpx.get(server + "/queries/claims", params={"article": "ledger-7"})
    rows = r.json()["results"]["bindings"]
    assert [b["value"]["value"] for b in rows] == ["2000"]
    injected = httpx.get(server + "/queries/claims", params={"article": 'x" } UNION { ?a ?b ?c } #'})
    assert injected.status_code == 200 and injected.json()["results"]["bindings"] == []


def test_named_query_parameters_are_typed(server):
    def values(**params):
        r = httpx.get(server + "/queries/job-cuts", params=params, timeout=30)
        assert r.status_code == 200, r.text
        return [int(float(b["value"]["value"])) for b in r.json()["results"]["bindings"]]

    assert values() == [2000, 1200]
    assert values(min="1500") == [2000]
    assert values(since="2026-03-11") == []
    for bad in ({"min": "many"}, {"min": "1e3x"}, {"since": "March"}, {"since": "2026-02-30"}):
        r = httpx.get(server + "/queries/job-cuts", params=bad)
        assert r.status_code == 400 and "must be a valid" in r.json()["detail"], bad
    csv_rows = httpx.get(server + "/queries/job-cuts", params={"min": "1500"}, headers={"Accept": "text/csv"}).text
    assert csv_rows.splitlines()[1].startswith("Acme,2000,")


def test_named_queries_answer_a_page_with_a_link_to_the_next(server):
    every = httpx.get(server + "/queries/claims", params={"_size": "max"}).json()["results"]["bindings"]
    assert len(every) > 2
    seen, url, pages = [], server + "/queries/claims?_size=2", 0
    while url:
        r = httpx.get(url)
        assert r.status_code == 200, r.text
        seen += r.json()["results"]["bindings"]
        pages += 1
        url = r.links.get("next", {}).get("url")
    assert seen == every and pages == (len(every) + 1) // 2
    first = httpx.get(server + "/queries/claims", params={"_size": "1", "kind": "job_cuts"})
    assert "kind=job_cuts" in first.links["next"]["url"] and "_next=1" in first.links["next"]["url"]
    assert "next" not in httpx.get(server + "/queries/claims").links  # the default page holds them all
    for bad in ({"_size": "0"}, {"_size": "many"}, {"_next": "-2"}):
        r = httpx.get(server + "/queries/claims", params=bad)
        assert r.status_code == 400 and ("page size" in r.json()["detail"] or "cursor" in r.json()["detail"]), bad


def test_named_query_errors(server):
    assert httpx.get(server + "/queries/no-such-query").status_code == 404
    r = httpx.get(server + "/queries/claims", params={"colour": "red"})
    assert r.status_code == 400 and "no parameter colour" in r.json()["detail"]


def test_contradictions_as_json(server):
    r = httpx.get(server + "/contradictions", params={"kind": "numeric"}, timeout=30)
    assert r.status_code == 200
    found = [c for c in r.json() if c["org"] == "Acme"]
    assert found and {c["value"] for c in found[0]["claims"]} == {1200, 2000}
    assert httpx.get(server + "/contradictions", params={"kind": "astrology"}).status_code == 400


def test_cors_is_open_for_reads_only(server):
    r = httpx.get(server + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://example.org"})
    assert r.headers["access-control-allow-origin"] == "*"
    preflight = httpx.options(server + "/update", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization"})
    assert preflight.status_code == 400  # a browser on another origin cannot send the token


def test_json_dumps_roundtrip_of_unicode(server):
    r = _get(server, 'SELECT ?s WHERE { BIND("Göteborg – 20 %" AS ?s) }')
    assert json.loads(r.content)["results"]["bindings"][0]["s"]["value"] == "Göteborg – 20 %"


def _domain_nodes() -> set[str]:
    """The things the session store holds (hand-made in api_server): organisation, person, position, the two
    publishers and articles, the three claims and the two announcements they resolve to."""
    claims = {claim_iri(x.article.id, c).value for x in (sample_extraction(), other_extraction()) for c in x.claims}
    return claims | {ID + path for path in (
        "organization/acme", "person/jane-roe", "position/jane-roe/acme/chief-executive", "organization/example-wire",
        "organization/daily-ledger", "article/acme-1", "article/ledger-7", "announcement/acme/job_cuts/2026-03-10",
        "announcement/acme/workforce/undated")}


DOMAIN_TYPES = {"Organization", "Person", "Position", "Publisher", "Article", "Claim", "Announcement"}


def test_graph_exports(server):
    graphml = httpx.get(server + "/export/graphml", timeout=30)
    assert graphml.status_code == 200 and graphml.headers["content-type"].startswith("application/graphml+xml")
    graph = nx.read_graphml(io.BytesIO(graphml.content), force_multigraph=True)
    assert {n for n, d in graph.nodes(data=True) if d.get("type") in DOMAIN_TYPES} == _domain_nodes()
    cyjs = httpx.get(server + "/export/cyjs", params={"org": "Acme"}, timeout=30).json()
    assert {n["data"]["id"] for n in cyjs["elements"]["nodes"] if n["data"].get("type") in DOMAIN_TYPES} == _domain_nodes()
    nobody = httpx.get(server + "/export/cyjs", params={"org": "Nobody"}, timeout=30)
    assert nobody.status_code == 400 and "no organisation matches 'Nobody'" in nobody.text
    assert httpx.get(server + "/export/xls").status_code == 404
    refused = httpx.get(server + "/export/ttl", params={"construct": "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"})
    assert refused.status_code == 400 and "refused" in refused.text
