"""A fast yes/no SHACL check for one article's quads, in front of pySHACL at ingest.

pySHACL spends 10-15 ms on an article of about 100 quads; this check answers in well under a
millisecond for the constraint components ontology/shapes.ttl uses (targetClass; sh:path with
inversePath; minCount, maxCount, datatype, nodeKind sh:IRI, class, pattern, in, minInclusive,
maxInclusive, minLength; sh:or, sh:and, sh:node) plus its SHACL-SPARQL constraints: each by a Python twin
while its query is the one the twin was written for, else on a scratch Oxigraph store (parsing the query
alone costs more than the rest of the check). It is built to be strict: when it says an article conforms, pySHACL says so too;
anything it is unsure of (an unknown component, a datatype it cannot check) counts as "does not
conform", and the caller then runs the full validation, which gives the report. Shapes that use a
component it does not know make ``checker()`` return None, and every article goes to pySHACL.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from functools import cache

import pyoxigraph as ox
from rdflib import RDF, BNode, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD

from kg.mapping import NKG, GraphQuads

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
_XSD_DATE = str(XSD.date)
_NUMERIC = {str(XSD.integer), str(XSD.decimal)}
# Predicates of a shape that carry no constraint, and those handled elsewhere or here.
_IGNORED = {SH.message, SH.name, SH.description, SH.order, SH.group, SH.severity, SH.targetClass, SH.sparql,
            SH.declare, SH.prefixes, RDF.type, URIRef(NKG + "perSource")}  # one article is one source


class Unsupported(Exception):
    """The shapes use something this check does not implement."""


class _Data:
    """One article's triples (subject, predicate, object), indexed by subject and by object but a literal (plain
    dicts: this runs for every article)."""

    def __init__(self, triples: Iterable[tuple]):
        self.out: dict = {}
        self.inv: dict = {}
        out, inv = self.out, self.inv
        for s, p, o in triples:
            by = out.get(s)
            if by is None:
                out[s] = {p: [o]}
            elif p in by:
                by[p].append(o)
            else:
                by[p] = [o]
            if isinstance(o, ox.Literal):  # what points to a literal is not indexed (see _properties)
                continue
            by = inv.get(o)
            if by is None:
                inv[o] = {p: [s]}
            elif p in by:
                by[p].append(s)
            else:
                by[p] = [s]

    def values(self, node, pred) -> list:
        """The objects of ``node pred ?o``."""
        by = self.out.get(node)
        return by.get(pred, ()) if by is not None else ()

    def subjects(self, pred, node) -> list:
        """The subjects of ``?s pred node``."""
        by = self.inv.get(node)
        return by.get(pred, ()) if by is not None else ()

    def types(self, node) -> list:
        return self.values(node, TYPE)


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


def _value_test(g, shape) -> Callable[[object, _Data], bool] | None:
    """A test of one value node against the value-type and string constraints of ``shape``."""
    tests: list[Callable] = []
    for p, o in g.predicate_objects(shape):
        if p == SH.datatype:
            dt = str(o)
            if dt not in _LEXICAL:
                raise Unsupported(f"datatype {dt}")
            lexical = _LEXICAL[dt]  # (a literal with a language is an rdf:langString, not one of these)
            tests.append(lambda v, d, dt=dt, lexical=lexical: isinstance(v, ox.Literal) and v.datatype.value == dt
                         and (lexical is None or bool(lexical.match(v.value))))
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


def _all(tests: list[Callable | None]) -> Callable[[object, _Data], bool] | None:
    """One test that passes when every test passes (a plain loop: this runs for every node of every article);
    None when there is nothing to test."""
    tests = [t for t in tests if t is not None]
    if len(tests) <= 1:
        return tests[0] if tests else None

    def every(v, d) -> bool:
        for t in tests:
            if not t(v, d):
                return False
        return True
    return every


def _shape(g, shape) -> Callable[[object, _Data], bool] | None:
    """Whether a focus node conforms to ``shape`` (a node shape or a property shape), or None if the shape
    constrains nothing."""
    if g.value(shape, SH.path) is None:  # a node shape: its tests apply to the focus node itself
        return _node_test(g, shape)
    return _properties([_property(g, shape)])


def _node_test(g, shape) -> Callable[[object, _Data], bool] | None:
    """The test of one node against the constraints of ``shape`` but its path and counts: its value tests and
    the nested shapes (sh:property, sh:node, sh:or, sh:and); None if there are none."""
    known = _IGNORED | {SH.path, SH.property, SH.minCount, SH.maxCount, SH.datatype, SH.nodeKind, SH["class"],
                        SH.pattern, SH["in"], SH.minInclusive, SH.maxInclusive, SH.minLength, SH["or"], SH["and"],
                        SH.node}
    for p in set(g.predicates(shape)):
        if p not in known:
            raise Unsupported(f"{p}")
    parts: list[Callable | None] = [_value_test(g, shape)]
    properties = []
    for p, o in g.predicate_objects(shape):
        if p == SH.property:
            properties.append(_property(g, o))
        elif p == SH.node:
            parts.append(_shape(g, o))
        elif p in (SH["or"], SH["and"]):
            options = [_shape(g, x) or _always for x in Collection(g, o)]
            parts.append(lambda f, d, options=options, one=p == SH["or"]: (any if one else all)(t(f, d) for t in options))
    if properties:
        parts.append(_properties(properties))
    return _all(parts)


def _always(f, d) -> bool:
    return True


def _property(g, shape) -> tuple:
    """A property shape as (predicate, inverse, minCount, maxCount, test of each value or None)."""
    path = g.value(shape, SH.path)
    if isinstance(path, URIRef):
        pred, inverse = _ox(path), False
    elif isinstance(path, BNode) and g.value(path, SH.inversePath) is not None and len(list(g.predicates(path))) == 1:
        pred, inverse = _ox(g.value(path, SH.inversePath)), True
    else:
        raise Unsupported(f"path {path}")
    low = g.value(shape, SH.minCount)
    high = g.value(shape, SH.maxCount)
    return (pred, inverse, int(low) if low is not None else None, int(high) if high is not None else None,
            _node_test(g, shape))


def _properties(specs: list[tuple]) -> Callable[[object, _Data], bool]:
    """One test of a focus node against property shapes (``_property``): a loop, not a call for each, since
    this runs for every node of every article."""
    def check(f, d) -> bool:
        out, inv = d.out.get(f), d.inv.get(f)
        for pred, inverse, low, high, node_test in specs:
            if inverse and isinstance(f, ox.Literal):  # _Data does not index what points to a literal
                return False
            by = inv if inverse else out
            found = by.get(pred, ()) if by is not None else ()
            if len(found) > 1:
                found = set(found)
            if low is not None and len(found) < low or high is not None and len(found) > high:
                return False
            if node_test is not None:
                for v in found:
                    if not node_test(v, d):
                        return False
        return True
    return check


@cache
def checker() -> Callable[[Iterable, _Data], bool] | None:
    """The compiled check of ontology/shapes.ttl, or None if the shapes use what it does not know."""
    from kg.validate import shapes_graph

    g = shapes_graph()
    try:
        targeted = []
        for shape in set(g.subjects(SH.targetClass, None)):
            test = _shape(g, shape)
            targeted += [(_ox(cls), test) for cls in g.objects(shape, SH.targetClass) if test is not None]
        sparql = _sparql_constraints(g)
    except Unsupported:
        return None
    targeted += sparql.twins

    def conforms(quads: Iterable, data: _Data) -> bool:
        for cls, test in targeted:
            for focus in data.subjects(TYPE, cls):
                if not test(focus, data):
                    return False
        present = frozenset(cls for cls in sparql.targets if data.subjects(TYPE, cls))
        if present:  # a constraint whose target class has no instance here cannot be violated
            scratch = ox.Store()
            scratch.extend(quads)
            if scratch.query(sparql.ask(present), use_default_graph_as_union=True):
                return False
        return True
    return conforms


class _SparqlConstraints:
    """The SHACL-SPARQL constraints: those with a Python twin (``twins``: target class and test of a focus
    node), and the rest as one ASK per set of target classes present: one query to parse and run for an
    article instead of one per constraint."""

    def __init__(self, prologue: str, selects: list[tuple[ox.NamedNode, str]], twins: list[tuple[ox.NamedNode, Callable]]):
        self.prologue, self.selects, self.twins = prologue, selects, twins
        self.targets = frozenset(target for target, _ in selects)

    @cache  # noqa: B019 - one instance per process, kept by checker()'s cache
    def ask(self, present: frozenset) -> str:
        parts = [f"{{ {select.strip()} }}" for target, select in self.selects if target in present]
        return self.prologue + "ASK {\n" + "\nUNION\n".join(parts) + "\n}"


def _sparql_constraints(g) -> _SparqlConstraints:
    """The SHACL-SPARQL constraints, each over all focus nodes of its shape's target classes; a constraint whose
    query is one a twin was written for (``_TWINS``, by the digest of its text) is checked by the twin."""
    from kg.validate import focus_query, prologue

    selects, twins = [], []
    for shape, constraint in g.subject_objects(SH.sparql):
        if g.value(constraint, SH.deactivated) is not None or g.value(constraint, SH.select) is None:
            raise Unsupported("SPARQL constraint form")
        select = str(g.value(constraint, SH.select))
        twin = _TWINS.get(query_digest(select))
        for target in g.objects(shape, SH.targetClass):
            if twin is not None:
                twins.append((_ox(target), twin))
            else:
                selects.append((_ox(target), focus_query(select, target)))
    return _SparqlConstraints(prologue(g), selects, twins)


def query_digest(select: str) -> str:
    """A digest of a constraint's query text, blanks aside."""
    return hashlib.sha1(" ".join(select.split()).encode()).hexdigest()[:16]


# Python twins of the SHACL-SPARQL constraints of ontology/shapes.ttl, by the digest of the query each was written
# for (a query changed in the shapes runs on Oxigraph again). A twin is strict like the rest of this check: it
# passes a focus node only when the query surely finds no violation for it (a value it cannot compare fails it).
_START, _END = ox.NamedNode(NKG + "start"), ox.NamedNode(NKG + "end")
_DERIVED, _IN_ARTICLE = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"), ox.NamedNode(NKG + "inArticle")
_TEXT_LENGTH, _PUBLISHED_END = ox.NamedNode(NKG + "textLength"), ox.NamedNode(NKG + "publishedEnd")
_MODALITY, _WHEN, _TIME_START = ox.NamedNode(NKG + "modality"), ox.NamedNode(NKG + "when"), ox.NamedNode(NKG + "timeStart")
_UNIT, _VALUE = ox.NamedNode(NKG + "unit"), ox.NamedNode(NKG + "value")
_LOW, _HIGH = ox.NamedNode(NKG + "low"), ox.NamedNode(NKG + "high")
_QUANTITY, _AGGREGATE = ox.NamedNode(NKG + "quantity"), ox.NamedNode(NKG + "aggregate")
_CHANGE = ox.Literal("change")
_STATED = frozenset(("announced", "reported", "denied"))
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # an xsd:date without a time zone: compared as text


def _day(term) -> str | None:
    if isinstance(term, ox.Literal) and term.datatype.value == _XSD_DATE and _DAY.match(term.value):
        return term.value
    return None


def _offsets_inside_article(f, d: _Data) -> bool:
    """OffsetsInsideArticle: 0 <= start < end <= the text length of its article (either link to it)."""
    starts, ends = d.values(f, _START), d.values(f, _END)
    if not starts or not ends:
        return True
    articles = [*d.values(f, _DERIVED), *d.values(f, _IN_ARTICLE)]
    if not articles:  # the query would compare with every article's length
        return False
    for start in map(_number, starts):
        for end in map(_number, ends):
            if start is None or end is None or start < 0 or end <= start:
                return False
            for a in articles:
                for length in map(_number, d.values(a, _TEXT_LENGTH)):
                    if length is None or end > length:
                        return False
    return True


def _claim_not_after_article(f, d: _Data) -> bool:
    """ClaimNotAfterArticle: a claim stated as fact starts no later than its article's last day."""
    if not d.values(f, _WHEN) or not any(isinstance(m, ox.Literal) and m.value in _STATED for m in d.values(f, _MODALITY)):
        return True
    for start in map(_day, d.values(f, _TIME_START)):
        for a in d.values(f, _DERIVED):
            for published in map(_day, d.values(a, _PUBLISHED_END)):
                if start is None or published is None or start > published:
                    return False
    return True


def _percent_in_range(f, d: _Data) -> bool:
    """PercentInRange: a percent lies in 0..100 unless a claim gives it as a change."""
    if not any(isinstance(u, ox.Literal) and u.value == "percent" for u in d.values(f, _UNIT)):
        return True
    xs = [_number(x) for p in (_VALUE, _LOW, _HIGH) for x in d.values(f, p)]
    if None in xs:
        return False
    return all(0 <= x <= 100 for x in xs) or any(_CHANGE in d.values(c, _AGGREGATE) for c in d.subjects(_QUANTITY, f))


def _low_not_above_high(f, d: _Data) -> bool:
    """LowNotAboveHigh: an interval's low is not above its high."""
    for low in map(_number, d.values(f, _LOW)):
        for high in map(_number, d.values(f, _HIGH)):
            if low is None or high is None or low > high:
                return False
    return True


_TWINS = {"7b2be0acd1596a42": _offsets_inside_article, "c2dd757b5dfb8094": _claim_not_after_article,
          "2924a397d0963784": _percent_in_range, "37767bed77db7715": _low_not_above_high}


def indexed(quads: Iterable) -> _Data:
    """One article's triples indexed once, for ``conforms`` and ``kg.resolve.claim_rows`` alike (a build's worker
    indexed them twice: about a tenth of its CPU outside the extraction). ``quads``: quads, or a
    ``kg.mapping.GraphQuads``, whose triples are indexed without making its quads."""
    if isinstance(quads, GraphQuads):
        return _Data(quads.triples)
    return _Data((q.subject, q.predicate, q.object) for q in quads)


def conforms(quads: Iterable, data: _Data | None = None) -> bool:
    """True only if the quads surely conform to the shapes (False: ask pySHACL). ``data``: their ``indexed``
    triples, when at hand (then the quads are read only for a constraint without a Python twin)."""
    check = checker()
    if check is None:
        return False
    if data is None:
        quads = list(quads)
        data = indexed(quads)
    return check(quads, data)
