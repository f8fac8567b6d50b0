"""A fast yes/no SHACL check for one article's quads, in front of pySHACL at ingest.

pySHACL spends 10-15 ms on an article of about 100 quads; this check answers in well under a
millisecond for the constraint components ontology/shapes.ttl uses (targetClass; sh:path with
inversePath; minCount, maxCount, datatype, nodeKind sh:IRI, class, pattern, in, minInclusive,
maxInclusive, minLength; sh:or, sh:and, sh:node) plus its SHACL-SPARQL constraints, run on a scratch
Oxigraph store. It is built to be strict: when it says an article conforms, pySHACL says so too;
anything it is unsure of (an unknown component, a datatype it cannot check) counts as "does not
conform", and the caller then runs the full validation, which gives the report. Shapes that use a
component it does not know make ``checker()`` return None, and every article goes to pySHACL.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from functools import cache

import pyoxigraph as ox
from rdflib import RDF, BNode, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD

from kg.mapping import NKG

TYPE = ox.NamedNode(str(RDF.type))
_LEXICAL = {  # datatypes the check knows how to verify, with their lexical forms
    str(XSD.string): None,
    str(XSD.integer): re.compile(r"^[+-]?[0-9]+$"),
    str(XSD.decimal): re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$"),
    str(XSD.boolean): re.compile(r"^(true|false|1|0)$"),
    str(XSD.date): re.compile(r"^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(Z|[+-][0-9]{2}:[0-9]{2})?$"),
    str(XSD.gYearMonth): re.compile(r"^-?[0-9]{4,}-(0[1-9]|1[0-2])(Z|[+-][0-9]{2}:[0-9]{2})?$"),
    str(XSD.gYear): re.compile(r"^-?[0-9]{4,}(Z|[+-][0-9]{2}:[0-9]{2})?$"),
}
_NUMERIC = {str(XSD.integer), str(XSD.decimal)}
# Predicates of a shape that carry no constraint, and those handled elsewhere or here.
_IGNORED = {SH.message, SH.name, SH.description, SH.order, SH.group, SH.severity, SH.targetClass, SH.sparql,
            SH.declare, SH.prefixes, RDF.type, URIRef(NKG + "perSource")}  # one article is one source


class Unsupported(Exception):
    """The shapes use something this check does not implement."""


class _Data:
    """One article's triples, indexed by subject and by object."""

    def __init__(self, quads: Iterable):
        self.out: dict = defaultdict(lambda: defaultdict(list))
        self.inv: dict = defaultdict(lambda: defaultdict(list))
        for q in quads:
            self.out[q.subject][q.predicate].append(q.object)
            self.inv[q.object][q.predicate].append(q.subject)

    def types(self, node) -> list:
        return self.out[node][TYPE] if node in self.out else []


def _ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    raise Unsupported(f"term {term!r}")


def _number(term) -> Decimal | None:
    if not isinstance(term, ox.Literal) or term.datatype.value not in _NUMERIC:
        return None
    if not _LEXICAL[term.datatype.value].match(term.value):
        return None
    try:
        return Decimal(term.value)
    except InvalidOperation:
        return None


def _value_test(g, shape) -> Callable[[object, _Data], bool]:
    """A test of one value node against the value-type and string constraints of ``shape``."""
    tests: list[Callable] = []
    for p, o in g.predicate_objects(shape):
        if p == SH.datatype:
            dt = str(o)
            if dt not in _LEXICAL:
                raise Unsupported(f"datatype {dt}")
            lexical = _LEXICAL[dt]
            tests.append(lambda v, d, dt=dt, lexical=lexical: isinstance(v, ox.Literal) and v.datatype.value == dt
                         and v.language is None and (lexical is None or bool(lexical.match(v.value))))
        elif p == SH.nodeKind:
            if o != SH.IRI:
                raise Unsupported(f"nodeKind {o}")
            tests.append(lambda v, d: isinstance(v, ox.NamedNode))
        elif p == SH["class"]:
            cls = _ox(o)
            tests.append(lambda v, d, cls=cls: cls in d.types(v))
        elif p == SH.pattern:
            if g.value(shape, SH.flags) is not None:
                raise Unsupported("sh:flags")
            rx = re.compile(str(o))
            tests.append(lambda v, d, rx=rx: not isinstance(v, ox.BlankNode) and bool(rx.search(v.value)))
        elif p == SH["in"]:
            allowed = {_ox(x) for x in Collection(g, o)}
            tests.append(lambda v, d, allowed=allowed: v in allowed)
        elif p in (SH.minInclusive, SH.maxInclusive):
            bound = _number(_ox(o))
            if bound is None:
                raise Unsupported(f"{p} {o}")
            low = p == SH.minInclusive
            tests.append(lambda v, d, bound=bound, low=low: (n := _number(v)) is not None and
                         (n >= bound if low else n <= bound))
        elif p == SH.minLength:
            n = int(o)
            tests.append(lambda v, d, n=n: not isinstance(v, ox.BlankNode) and len(v.value) >= n)
    return _all(tests)


def _all(tests: list[Callable]) -> Callable[[object, _Data], bool]:
    """One test that passes when every test passes (a plain loop: this runs for every node of every article)."""
    if len(tests) == 1:
        return tests[0]

    def every(v, d) -> bool:
        for t in tests:
            if not t(v, d):
                return False
        return True
    return every


def _shape(g, shape) -> Callable[[object, _Data], bool]:
    """Whether a focus node conforms to ``shape`` (a node shape or a property shape). The nested
    shapes (sh:property, sh:node, sh:or, sh:and) apply to the focus node of a node shape, and to
    each value node of a property shape."""
    known = _IGNORED | {SH.path, SH.property, SH.minCount, SH.maxCount, SH.datatype, SH.nodeKind, SH["class"],
                        SH.pattern, SH["in"], SH.minInclusive, SH.maxInclusive, SH.minLength, SH["or"], SH["and"],
                        SH.node}
    for p in set(g.predicates(shape)):
        if p not in known:
            raise Unsupported(f"{p}")
    value_test = _value_test(g, shape)
    parts: list[Callable] = []
    for p, o in g.predicate_objects(shape):
        if p == SH.property:
            parts.append(_shape(g, o))
        elif p == SH.node:
            parts.append(_shape(g, o))
        elif p == SH["or"]:
            options = [_shape(g, x) for x in Collection(g, o)]
            parts.append(lambda f, d, options=options: any(t(f, d) for t in options))
        elif p == SH["and"]:
            options = [_shape(g, x) for x in Collection(g, o)]
            parts.append(lambda f, d, options=options: all(t(f, d) for t in options))
    path = g.value(shape, SH.path)
    node_test = _all([value_test, *parts])
    if path is None:  # a node shape: its value test applies to the focus node itself
        return node_test
    if isinstance(path, URIRef):
        pred, inverse = _ox(path), False
    elif isinstance(path, BNode) and g.value(path, SH.inversePath) is not None and len(list(g.predicates(path))) == 1:
        pred, inverse = _ox(g.value(path, SH.inversePath)), True
    else:
        raise Unsupported(f"path {path}")
    low = g.value(shape, SH.minCount)
    high = g.value(shape, SH.maxCount)
    low, high = (int(low) if low is not None else None), (int(high) if high is not None else None)

    def check(f, d) -> bool:
        index = d.inv if inverse else d.out
        found = index[f].get(pred, ()) if f in index else ()
        values = set(found) if len(found) > 1 else found
        if low is not None and len(values) < low:
            return False
        if high is not None and len(values) > high:
            return False
        for v in values:
            if not node_test(v, d):
                return False
        return True
    return check


@cache
def checker() -> Callable[[list], bool] | None:
    """The compiled check of ontology/shapes.ttl, or None if the shapes use what it does not know."""
    from kg.validate import shapes_graph

    g = shapes_graph()
    try:
        targeted = []
        for shape in set(g.subjects(SH.targetClass, None)):
            test = _shape(g, shape)
            for cls in g.objects(shape, SH.targetClass):
                targeted.append((_ox(cls), test))
        sparql = _sparql_constraints(g)
    except Unsupported:
        return None

    def conforms(quads: list) -> bool:
        data = _Data(quads)
        for cls, test in targeted:
            for focus in data.inv[cls][TYPE] if cls in data.inv else ():
                if not test(focus, data):
                    return False
        present = frozenset(cls for cls in sparql.targets if cls in data.inv and data.inv[cls].get(TYPE))
        if present:  # a constraint whose target class has no instance here cannot be violated
            scratch = ox.Store()
            scratch.extend(quads)
            if scratch.query(sparql.ask(present), use_default_graph_as_union=True):
                return False
        return True
    return conforms


class _SparqlConstraints:
    """The SHACL-SPARQL constraints as one ASK per set of target classes present: one query to parse and run
    for an article instead of one per constraint."""

    def __init__(self, prologue: str, selects: list[tuple[ox.NamedNode, str]]):
        self.prologue, self.selects = prologue, selects
        self.targets = frozenset(target for target, _ in selects)

    @cache  # noqa: B019 - one instance per process, kept by checker()'s cache
    def ask(self, present: frozenset) -> str:
        parts = [f"{{ {select.strip()} }}" for target, select in self.selects if target in present]
        return self.prologue + "ASK {\n" + "\nUNION\n".join(parts) + "\n}"


def _sparql_constraints(g) -> _SparqlConstraints:
    """The SHACL-SPARQL constraints, each over all focus nodes of its shape's target classes."""
    from kg.validate import focus_query, prologue

    selects = []
    for shape, constraint in g.subject_objects(SH.sparql):
        if g.value(constraint, SH.deactivated) is not None or g.value(constraint, SH.select) is None:
            raise Unsupported("SPARQL constraint form")
        select = str(g.value(constraint, SH.select))
        for target in g.objects(shape, SH.targetClass):
            selects.append((_ox(target), focus_query(select, target)))
    return _SparqlConstraints(prologue(g), selects)


def conforms(quads: Iterable) -> bool:
    """True only if the quads surely conform to the shapes (False: ask pySHACL)."""
    check = checker()
    return check is not None and check(list(quads))
