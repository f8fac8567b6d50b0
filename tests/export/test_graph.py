"""The property-graph projection and every export format, each read back by an independent reader."""

from __future__ import annotations

import io
import json
import re

import networkx as nx
import pyoxigraph
import pytest
import rdflib

from kg.export.graph import FORMATS, ExportError, contradictions, export_graph, project, select_quads
from kg.mapping import GRAPH, NKG

SCALARS = (bool, int, float, str)


def _types(graph: nx.MultiDiGraph) -> dict[str, set[type]]:
    out: dict[str, set[type]] = {}
    for _, attrs in graph.nodes(data=True):
        for k, v in attrs.items():
            out.setdefault(k, set()).add(type(v))
    return out


def test_projection_types_nodes_folds_values_and_keeps_one_type_per_key(kg_store):
    g = project(select_quads(kg_store))
    by_label = {d["label"]: d for _, d in g.nodes(data=True)}
    assert by_label["Acme"]["type"] == "Organization" and by_label["Acme"]["mentions"] == 2
    assert by_label["Amazon"]["wikidata"] == "Q3884" and by_label["Amazon"]["wikidata_method"] == "offline-table"
    assert by_label["The New York Times"]["type"] == "Publisher"
    claim = by_label["job_cuts 1,600 · Daily Ledger"]
    assert claim["type"] == "Claim" and claim["figure"] == 1600.0 and claim["quote_start"] == 0 and claim["unit"] == "count"
    assert type(claim["figure"]) is float  # an xsd:decimal attribute is a float column, whole values too
    assert claim["quote"].startswith("Acme Corp will cut")
    assert not any(d["type"] in ("Quantity", "Mention", "WikidataLink") for _, d in g.nodes(data=True))
    for key, kinds in _types(g).items():
        assert len(kinds) == 1 and kinds <= set(SCALARS), (key, kinds)
    preds = {d["predicate"] for *_, d in g.edges(data=True)}
    assert {NKG + "organization", NKG + "mentionedIn", "http://www.w3.org/ns/prov#wasDerivedFrom"} <= preds
    assert all(isinstance(d["label"], str) and d["label"] for *_, d in g.edges(data=True))


def test_a_contradiction_is_its_own_visible_edge(kg_store):
    g = project(select_quads(kg_store))
    a, b = sorted(n for n, d in g.nodes(data=True) if d.get("kind") == "job_cuts" and d["type"] == "Claim")
    given = [{"kind": "numeric", "explanation": "1,600 against 1,400", "claims": [{"claim": a}, {"claim": b}]}]
    g = project(select_quads(kg_store), given)
    edges = [d for s, o, d in g.edges(data=True) if d["contradiction"]]
    assert len(edges) == 1 and edges[0]["kind"] == "numeric" and edges[0]["explanation"] == "1,600 against 1,400"
    assert g.nodes[a]["contradicted"] and g.nodes[b]["contradicted"]


def test_export_uses_the_contradiction_queries(kg_store):
    content, _ = export_graph(kg_store, "cyjs")
    g = nx.cytoscape_graph(json.loads(content))
    assert [d["kind"] for *_, d in g.edges(data=True) if d["contradiction"]] == ["numeric"]


def _read_back(fmt: str, content: bytes) -> nx.MultiDiGraph:
    if fmt == "graphml":
        return nx.read_graphml(io.BytesIO(content), force_multigraph=True)
    if fmt == "gexf":
        return nx.read_gexf(io.BytesIO(content))
    return nx.cytoscape_graph(json.loads(content))


def _dot_nodes_and_edges(content: bytes) -> tuple[list, list]:
    import pydot

    (dot,) = pydot.graph_from_dot_data(content.decode("utf-8"))
    return [n for n in dot.get_nodes() if n.get_name().strip('"') not in ("node", "edge", "graph")], dot.get_edges()


def _html_data(content: bytes) -> dict:
    """The graph an offline HTML page draws: the JSON in its ``graph-data`` script."""
    found = re.search(rb'<script type="application/json" id="graph-data">(.*?)</script>', content, re.S)
    return json.loads(found.group(1))


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "cyjs"])
def test_property_graph_formats_read_back_with_the_same_counts_and_types(kg_store, fmt):
    original = project(select_quads(kg_store), contradictions(kg_store))
    content, media = export_graph(kg_store, fmt)
    assert media == FORMATS[fmt]
    back = _read_back(fmt, content)
    assert back.number_of_nodes() == original.number_of_nodes()
    assert back.number_of_edges() == original.number_of_edges()
    for n, attrs in original.nodes(data=True):
        for key, value in attrs.items():
            got = back.nodes[n][key]
            assert type(got) is type(value) and got == value, (fmt, n, key, got, value)
    assert sorted(d["label"] for *_, d in back.edges(data=True)) == sorted(d["label"] for *_, d in original.edges(data=True))
    assert sum(1 for *_, d in back.edges(data=True) if d["contradiction"] is True) == 1


def test_dot_reads_back_in_pydot(kg_store):
    original = project(select_quads(kg_store), contradictions(kg_store))
    content, media = export_graph(kg_store, "dot")
    assert media == "text/vnd.graphviz"
    nodes, edges = _dot_nodes_and_edges(content)
    assert len(nodes) == original.number_of_nodes()
    assert len(edges) == original.number_of_edges()
    labels = {n.get("label").strip('"') for n in nodes}
    assert {"Acme", "Jane Roe", "job_cuts 1,600 · Daily Ledger"} <= labels
    red = [e for e in edges if e.get("contradiction") == '"true"']
    assert len(red) == 1 and red[0].get("color") == '"#d62728"'


def _quads(store) -> set:
    return set(store.quads())


@pytest.mark.parametrize(("fmt", "rdf_format"), [("nq", pyoxigraph.RdfFormat.N_QUADS),
                                                  ("trig", pyoxigraph.RdfFormat.TRIG)])
def test_nquads_and_trig_keep_the_article_graphs(kg_store, fmt, rdf_format):
    content, _ = export_graph(kg_store, fmt)
    back = set(pyoxigraph.parse(content, format=rdf_format))
    assert back == _quads(kg_store)
    assert {q.graph_name.value for q in back} >= {GRAPH + "article/art-a", GRAPH + "article/art-b", GRAPH + "resolution"}


def test_turtle_holds_every_triple_once(kg_store):
    content, media = export_graph(kg_store, "ttl")
    assert media == "text/turtle" and content.startswith(b"@prefix")
    back = {q.triple for q in pyoxigraph.parse(content, format=pyoxigraph.RdfFormat.TURTLE)}
    assert back == {q.triple for q in _quads(kg_store)}


def test_jsonld_has_a_context_and_keeps_the_graphs(kg_store):
    content, media = export_graph(kg_store, "jsonld")
    doc = json.loads(content)
    assert media == "application/ld+json" and doc["@context"]["nkg"] == NKG
    dataset = rdflib.Dataset()
    dataset.parse(data=content, format="json-ld")
    back = {(str(s), str(p), str(o), str(g)) for s, p, o, g in dataset.quads()}
    assert back == {(q.subject.value, q.predicate.value, q.object.value, q.graph_name.value) for q in _quads(kg_store)}


def test_org_keeps_one_organisation_s_neighbourhood(kg_store):
    content, _ = export_graph(kg_store, "cyjs", org="acme")
    labels = {d["label"] for _, d in nx.cytoscape_graph(json.loads(content)).nodes(data=True)}
    assert {"Acme", "Jane Roe", "job_cuts 1,600 · Daily Ledger", "job_cuts 1,400 · Morning Wire", "Acme cuts 1,600 jobs",
            "Daily Ledger"} <= labels
    assert "Amazon" not in labels
    nq, _ = export_graph(kg_store, "nq", org="Acme")
    assert 0 < len(list(pyoxigraph.parse(nq, format=pyoxigraph.RdfFormat.N_QUADS))) < len(kg_store)


def test_a_construct_query_chooses_what_is_drawn(kg_store):
    construct = "CONSTRUCT { ?c nkg:organization ?o . ?o schema:name ?n } WHERE { ?c a nkg:Claim ; nkg:organization ?o . ?o schema:name ?n }"
    content, _ = export_graph(kg_store, "graphml", construct=construct)
    g = nx.read_graphml(io.BytesIO(content), force_multigraph=True)
    assert g.number_of_nodes() == 4 and g.number_of_edges() == 3


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"fmt": "png"}, "unknown format 'png'"),
    ({"fmt": "dot", "org": "Nobody Inc"}, "no organisation matches 'Nobody Inc' in the store"),
    ({"fmt": "dot", "construct": "SELECT * WHERE { ?s ?p ?o }"}, "must be a CONSTRUCT"),
    ({"fmt": "dot", "construct": "CONSTRUCT WHERE {"}, "SPARQL syntax error"),
])
def test_bad_requests_say_what_is_wrong(kg_store, kwargs, message):
    with pytest.raises(ExportError, match=message):
        export_graph(kg_store, **kwargs)


def test_an_empty_store_exports_an_empty_graph(store):
    for fmt in ("graphml", "gexf", "cyjs"):
        back = _read_back(fmt, export_graph(store, fmt)[0])
        assert (back.number_of_nodes(), back.number_of_edges()) == (0, 0), fmt
    assert _dot_nodes_and_edges(export_graph(store, "dot")[0]) == ([], [])
    data = _html_data(export_graph(store, "html")[0])
    assert (data["nodes"], data["edges"], data["counts"]) == ([], [], {})
    assert export_graph(store, "nq")[0] == b""


def test_text_xml_cannot_hold_is_cleaned_for_graphml_and_gexf(kg_store):
    construct = 'CONSTRUCT { ?c nkg:quote "bell\\u0007 and tab\\u000B" } WHERE { ?c a nkg:Claim }'
    for fmt in ("graphml", "gexf"):
        back = _read_back(fmt, export_graph(kg_store, fmt, construct=construct)[0])
        assert {d["quote"] for _, d in back.nodes(data=True)} == {"bell  and tab "}


def test_text_that_is_not_unicode_is_refused(kg_store):
    with pytest.raises(ExportError, match="organisation name is not valid Unicode"):
        export_graph(kg_store, "dot", org="\ud800")
