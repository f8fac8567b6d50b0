"""The fast SHACL check is strict: whenever it accepts an article's graph, pySHACL accepts it too."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.mapping import article_quads
from kg.shacl_fast import _TWINS, TYPE, _sparql_constraints, checker, conforms, indexed, query_digest
from kg.validate import validate_quads

from samples import sample_extraction

XSD = "http://www.w3.org/2001/XMLSchema#"
NKG = "https://w3id.org/news-kg/ontology#"


def full(quads) -> bool:
    return validate_quads(quads).conforms


@pytest.fixture(scope="module")
def quads():
    return article_quads(sample_extraction())


def test_the_shapes_compile():
    assert checker() is not None


def test_a_valid_article_is_accepted(quads):
    assert full(quads) and conforms(quads)


def variants(quads):
    """The graph with one triple removed, or one literal made wrong, or one value doubled: one at a time."""
    for i, q in enumerate(quads):
        rest = quads[:i] + quads[i + 1:]
        yield f"without {q}", rest
        if isinstance(q.object, Literal):
            for bad in (Literal("not a number", datatype=NamedNode(XSD + "integer")), Literal("150"),
                        Literal("-5", datatype=NamedNode(XSD + "integer")), Literal(""), Literal("x", language="en")):
                yield f"{q.predicate} = {bad}", [*rest, Quad(q.subject, q.predicate, bad, q.graph_name)]
            yield f"second {q.predicate}", [*quads, Quad(q.subject, q.predicate, Literal(q.object.value + "2"),
                                                         q.graph_name)]
        elif isinstance(q.object, NamedNode):
            yield f"{q.predicate} -> untyped node", [*rest, Quad(q.subject, q.predicate,
                                                                  NamedNode("https://example.org/x"), q.graph_name)]


def test_the_fast_check_never_accepts_what_pyshacl_rejects(quads):
    rejected = checked = 0
    for label, graph in variants(quads):
        checked += 1
        if conforms(graph):
            assert full(graph), f"fast check accepted an invalid graph: {label}"
        else:
            rejected += 1
    assert checked > 200 and rejected > 50


def test_cross_node_rules_are_checked(quads):
    """The SHACL-SPARQL rules (offsets inside the text, percent in range) also stop the fast check."""
    length = next(q for q in quads if q.predicate.value.endswith("#textLength"))
    short = [q for q in quads if q is not length] + [Quad(length.subject, length.predicate,
                                                          Literal("5", datatype=NamedNode(XSD + "integer")),
                                                          length.graph_name)]
    assert not full(short)
    assert not conforms(short)


def _replace(quads, predicate: str, value: Literal, nth: int = 0):
    """The graph with the objects of the ``nth`` subject having ``nkg:<predicate>`` replaced by ``value``."""
    subject = [q.subject for q in quads if q.predicate.value == NKG + predicate][nth]
    return [q for q in quads if not (q.subject == subject and q.predicate.value == NKG + predicate)] + [
        Quad(subject, NamedNode(NKG + predicate), value, quads[0].graph_name)]


def _crafted(quads):
    """Graphs that break (True) or keep (False) one SHACL-SPARQL constraint each."""
    claim = next(q.subject for q in quads if q.predicate.value == NKG + "quantity")
    quantity = NamedNode(claim.value + "/quantity")
    change = [q for q in quads if not (q.subject == claim and q.predicate.value == NKG + "aggregate")] + [
        Quad(claim, NamedNode(NKG + "aggregate"), Literal("change"), quads[0].graph_name)]
    interval = [*quads, *(Quad(quantity, NamedNode(NKG + p), Literal(x, datatype=NamedNode(XSD + "decimal")),
                               quads[0].graph_name) for p, x in (("low", "10"), ("high", "5")))]
    return [("mention ends after the text", True, _replace(quads, "textLength", Literal("5", datatype=NamedNode(XSD + "integer")))),
            ("claim ends at its start", True, _replace(quads, "end", Literal("0", datatype=NamedNode(XSD + "integer")),
                                                       nth=-1)),
            ("percent above 100", True, _replace(quads, "unit", Literal("percent"))),
            ("a change of 1200 percent", False, _replace(change, "unit", Literal("percent"))),
            ("low above high", True, interval),
            ("announced after the article", True, _replace(quads, "timeStart", Literal("2026-04-01", datatype=NamedNode(XSD + "date")))),
            ("announced before the article", False, _replace(quads, "timeStart", Literal("2026-01-01", datatype=NamedNode(XSD + "date"))))]


def _twins_and_queries():
    """(target class, Python twin, the constraint's query over all focus nodes) of each twinned SPARQL constraint."""
    from rdflib.namespace import SH

    from kg.validate import focus_query, prologue, shapes_graph

    g = shapes_graph()
    out = []
    for shape, constraint in g.subject_objects(SH.sparql):
        select = str(g.value(constraint, SH.select))
        twin = _TWINS.get(query_digest(select))
        for target in g.objects(shape, SH.targetClass):
            if twin is not None:
                out.append((NamedNode(str(target)), twin, prologue(g) + focus_query(select, target)))
    return out


def test_only_constraints_on_what_no_article_holds_run_as_sparql(quads):
    """Every SHACL-SPARQL constraint an article graph can break has a Python twin (the announcements' constraint
    applies to the resolution graph): no article pays for parsing a query."""
    from kg.validate import shapes_graph

    classes = {q.object for q in quads if q.predicate == TYPE}
    assert classes and not classes & _sparql_constraints(shapes_graph()).targets
    assert len(_twins_and_queries()) == 5


def test_the_twins_accept_only_what_their_queries_accept(quads):
    """A twin passes a graph only where its SPARQL query finds no violation; it stops each crafted violation."""
    graphs = [(label, None, g) for label, g in variants(quads)] + _crafted(quads)
    for label, breaks, graph in graphs:
        data = indexed(graph)
        store = Store()
        store.extend(Quad(q.subject, q.predicate, q.object) for q in graph)
        for target, twin, query in _twins_and_queries():
            passes = all(twin(focus, data) for focus in data.subjects(TYPE, target))
            if passes:
                assert not list(store.query(query)), f"{label}: a twin passed what its query rejects"
        if breaks is not None:
            assert conforms(graph) is not breaks and full(graph) is not breaks, label


def test_an_inverse_path_from_a_literal_is_not_passed():
    """What points to a literal is not indexed: a shape that asks it of a literal value fails (pySHACL decides)."""
    from rdflib import Graph, URIRef

    from kg.shacl_fast import _shape

    g = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:name ; sh:node ex:N ] .
        ex:N sh:property [ sh:path [ sh:inversePath ex:name ] ; sh:maxCount 5 ] .""", format="turtle")
    test = _shape(g, URIRef("https://example.org/S"))
    node = NamedNode("https://example.org/x")
    graph = [Quad(node, NamedNode("https://example.org/name"), Literal("Harlow Foods"))]
    assert not test(node, indexed(graph))
