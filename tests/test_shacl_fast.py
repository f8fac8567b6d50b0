"""The fast SHACL check is strict: whenever it accepts an article's graph, pySHACL accepts it too."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg.mapping import article_quads
from kg.shacl_fast import checker, conforms
from kg.validate import validate_quads

from samples import sample_extraction

XSD = "http://www.w3.org/2001/XMLSchema#"


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
