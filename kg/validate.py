"""SHACL validation with pySHACL: one article's graph before it is written, or the whole store."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.resources import ontology_file


@dataclass
class Violation:
    focus: str
    path: str | None
    message: str
    shape: str | None
    severity: str


@dataclass
class Report:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    graph: Graph | None = None  # the SHACL results graph

    def text(self) -> str:
        if self.conforms:
            return "Conforms: the graph satisfies every shape."
        lines = [f"Does not conform: {len(self.violations)} violation(s)."]
        for v in self.violations:
            where = f" ({v.path})" if v.path else ""
            lines.append(f"- {v.focus}{where}: {v.message}")
        return "\n".join(lines)


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@cache
def shapes_graph() -> Graph:
    g = Graph()
    g.parse(ontology_file("shapes.ttl"), format="turtle")
    return g


def _term(t):
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    if t.datatype.value == _XSD_STRING:  # rdflib keeps plain and xsd:string literals apart
        return Literal(t.value)
    return Literal(t.value, datatype=URIRef(t.datatype.value))


def to_rdflib(triples: Iterable) -> Graph:
    """pyoxigraph quads or triples -> an rdflib Graph (graph names are dropped)."""
    g = Graph()
    for q in triples:
        g.add((_term(q.subject), _term(q.predicate), _term(q.object)))
    return g


def validate_graph(data: Graph) -> Report:
    from pyshacl import validate

    conforms, results, _ = validate(data, shacl_graph=shapes_graph(), advanced=True, allow_warnings=True)
    violations = []
    for result in results.subjects(SH.resultSeverity, None):
        def one(p, result=result):
            v = results.value(result, p)
            return None if v is None else str(v)
        violations.append(Violation(focus=one(SH.focusNode) or "", path=one(SH.resultPath),
                                    message=one(SH.resultMessage) or "", shape=one(SH.sourceShape),
                                    severity=(one(SH.resultSeverity) or "").rsplit("#", 1)[-1]))
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return Report(conforms=bool(conforms), violations=violations, graph=results)


def validate_quads(quads: Iterable) -> Report:
    """Validate one article's quads before they are written."""
    return validate_graph(to_rdflib(quads))
