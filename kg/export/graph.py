"""The graph for visualisation tools: RDF projected onto a property graph, then written in many formats.

Projection (``project``): every IRI that is a thing (article, organisation, person, claim,
announcement, position ...) is a node, typed by its class and labelled with a short readable name;
literals become scalar node attributes, one type per attribute key across the graph; object
properties become edges carrying their predicate and a label; each contradiction between two claims
is an edge of its own (``contradiction=True``). Value-like nodes are folded into their owner: a
claim's quantity (value, low, high, unit ...), an entity's Wikidata link (qid, method, confidence)
and its mentions (a count, and a ``mentioned in`` edge to each article).

Formats: ``graphml`` and ``gexf`` (Gephi, yEd, Cytoscape desktop), ``cyjs`` (Cytoscape.js JSON),
``dot`` (Graphviz), ``html`` (one offline page), and the RDF itself as ``jsonld`` (with a context),
``ttl``, ``nq`` and ``trig`` (the last two keep each article's named graph).
"""

from __future__ import annotations

import io
import json
import re
from collections import defaultdict
from collections.abc import Iterable

import networkx as nx
from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, RdfFormat, serialize

from kg.formats import by_name
from kg.mapping import NKG, PREFIXES, RDF, RDFS, TURTLE_PREFIXES, WD
from kg.queries import DECIMALS, term_value
from kg.sparql import explain
from kg.store.base import Triples

FORMATS: dict[str, str] = {n: by_name(n).media for n in ("graphml", "gexf", "cyjs", "dot", "html", "jsonld", "ttl",
                                                          "nq", "trig")}  # name -> media type (kg.formats)
RDF_FORMATS = tuple(n for n in FORMATS if by_name(n).rdf)

SCHEMA = PREFIXES["schema"]
OWL_SAME_AS = PREFIXES["owl"] + "sameAs"
CONTRADICTS = NKG + "contradicts"
MENTIONED_IN = NKG + "mentionedIn"
# The class that names a node's type when it has several, most telling first. These are the domain: what the
# default view (detail "domain") shows; the rest (the contradiction kinds' topics and sides, untyped resources) is
# the bookkeeping of resolution, shown with detail "full".
TYPE_ORDER = ("Claim", "Announcement", "Article", "Publisher", "Person", "Organization", "Place", "Product",
              "Position")
DETAILS = ("domain", "full")
# Edges of the resolution's bookkeeping, left out of the domain view (a claim's article is "stated in" already).
INTERNAL_PREDICATES = frozenset({NKG + "fromArticle"})
# Readable edge labels; other predicates are labelled by their local name.
EDGE_LABELS = {
    PREFIXES["prov"] + "wasDerivedFrom": "stated in", PREFIXES["prov"] + "wasAttributedTo": "said by",
    NKG + "organization": "organisation", NKG + "about": "about", NKG + "sourceCited": "cites",
    PREFIXES["schema"] + "publisher": "published by", PREFIXES["schema"] + "author": "written by",
    PREFIXES["org"] + "member": "held by", PREFIXES["org"] + "organization": "at",
    PREFIXES["org"] + "memberOf": "member of", PREFIXES["org"] + "subOrganizationOf": "part of",
    NKG + "mentionedIn": "mentioned in",
}
# Attribute keys the formats or the projection use themselves: GEXF reads start/end as time spans and
# networkx's Cytoscape JSON puts the node id in "value". Those properties are renamed; others get their prefix.
_RENAMED = {"value": "figure", "start": "quote_start", "end": "quote_end"}
_RESERVED = {"id", "label", "type", "classes", "iri", "contradicted", "key", "source", "target", "mentions",
             "wikidata", "graph"}


class ExportError(ValueError):
    """A bad export request: unknown format, a query that is not a CONSTRUCT, ..."""


# ---------------------------------------------------------------- choosing what to export

ORG_NS = PREFIXES["org"]
PROV = PREFIXES["prov"]
# An organisation's neighbourhood: (predicate, direction) steps from the organisation, then from its claims.
_AROUND_ORG = ((NKG + "organization", "in"), (ORG_NS + "organization", "in"), (ORG_NS + "subOrganizationOf", "in"),
               (ORG_NS + "subOrganizationOf", "out"))
_FROM_CLAIM = {PROV + "wasDerivedFrom", PROV + "wasAttributedTo", NKG + "sourceCited", ORG_NS + "member"}
# Predicates whose objects come along with an exported subject (its parts, its publisher, its author).
_OWNED = {NKG + "quantity", NKG + "wikidataLink", NKG + "mention", SCHEMA + "publisher", SCHEMA + "author"}


def select_quads(store, org: str | None = None, construct: str | None = None) -> list[Quad]:
    """The quads to export: the whole store, the neighbourhood of one organisation, or a CONSTRUCT's result."""
    if construct is not None:
        try:
            result = store.query(construct)
        except SyntaxError as e:
            raise ExportError(f"the export query: {explain(construct, e)}") from e
        if not isinstance(result, Triples):
            raise ExportError("an export query must be a CONSTRUCT (or DESCRIBE) query")
        return [Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in result]
    if org is None:
        return list(store.quads())
    from kg.orgnames import match, nearest

    names = match(store, org)
    if not names:
        near = nearest(store, org)
        raise ExportError(f"no organisation matches {org!r} in the store"
                          + (f"; did you mean {' or '.join(repr(n) for n in near)}?" if near else ""))
    return _around(list(store.quads()), set(names))


def _around(quads: list[Quad], org_names: set[str]) -> list[Quad]:
    """The quads about the organisations of these names and what surrounds them, found in one pass of indexes."""
    out_edges: dict = defaultdict(set)
    in_edges: dict = defaultdict(set)
    organisations, names = set(), defaultdict(set)
    for q in quads:
        p = q.predicate.value
        if isinstance(q.object, Literal):
            if p == SCHEMA + "name":
                names[q.subject].add(q.object.value)
            continue
        out_edges[(q.subject, p)].add(q.object)
        in_edges[(q.object, p)].add(q.subject)
        if p == RDF + "type" and q.object.value == NKG + "Organization":
            organisations.add(q.subject)
    orgs = {o for o in organisations if names[o] & org_names}
    wanted = set(orgs)
    for o in orgs:
        for p, direction in _AROUND_ORG:
            wanted |= (in_edges if direction == "in" else out_edges)[(o, p)]
    for node in list(wanted - orgs):  # claims, positions: their articles, speakers, cited sources, members
        for p in _FROM_CLAIM:
            wanted |= out_edges[(node, p)]
    frontier = list(wanted)
    while frontier:  # follow owned parts to a fixpoint (an entity's mentions, a publisher's Wikidata link)
        node = frontier.pop()
        for p in _OWNED:
            for obj in out_edges[(node, p)] - wanted:
                wanted.add(obj)
                frontier.append(obj)
    return [q for q in quads if q.subject in wanted]


def contradictions(store, org: str | None = None) -> list[dict]:
    """The contradictions of ``kg.contradictions``, every kind."""
    from kg.contradictions import find_contradictions

    return find_contradictions(store, org=org)


# ---------------------------------------------------------------- projection


def _node_id(term) -> str:
    return f"_:{term.value}" if isinstance(term, BlankNode) else term.value


def short(iri: str) -> str:
    """``https://schema.org/name`` -> ``schema:name``; an IRI without a known prefix stays whole."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _local(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1] or iri
    return iri


def _number(x) -> str:
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return f"{x:,}" if isinstance(x, int) else f"{x:,.2f}".rstrip("0").rstrip(".")


def _label(node: dict, iri: str) -> str:
    t = node.get("type")
    if node.get("name"):
        return str(node["name"])
    if t == "Article":
        text = str(node.get("headline") or f"article {node.get('identifier') or _local(iri)}")
        return text if len(text) <= 48 else text[:47] + "\u2026"
    if t == "Claim":
        kind = node.get("kind", "claim")
        if node.get("figure") is not None:
            figure = _number(node["figure"])
        elif node.get("low") is not None or node.get("high") is not None:
            figure = f"{_number(node.get('low', '?'))}\u2013{_number(node.get('high', '?'))}"
        else:
            return f"{kind}: {node.get('object', '')} ({node.get('polarity', '')})".replace(" ()", "")
        unit = node.get("unit", "")
        return f"{kind} {figure}" + ("" if unit == "count" else f" {unit}")
    if t == "Announcement":
        kind = str(node.get("kind", "announcement")).replace("_", " ")
        parts = (node.get("orgName"), f"{kind}: {node['object']}" if node.get("object") else kind, node.get("when"))
        return " · ".join(str(p) for p in parts if p)
    if t == "Position":
        return str(node.get("title") or _local(iri))
    return _local(iri)


def _neighbour(graph: nx.MultiDiGraph, node: str, predicate: str) -> str | None:
    return next((o for _, o, d in graph.out_edges(node, data=True) if d.get("predicate") == predicate), None)


def _relabel(graph: nx.MultiDiGraph) -> None:
    """Labels that need the neighbours: a claim with its source (the article's publisher, else the article),
    a position as its holder at the organisation (its canonical title and the titles as written stay attributes)."""
    for n, attrs in graph.nodes(data=True):
        if attrs["type"] == "Claim" and (article := _neighbour(graph, n, PROV + "wasDerivedFrom")):
            publisher = _neighbour(graph, article, SCHEMA + "publisher")
            source = graph.nodes[publisher]["label"] if publisher else graph.nodes[article].get("identifier")
            attrs["label"] = f"{attrs['label']} · {source}" if source else attrs["label"]
        elif attrs["type"] == "Position":
            person, org = _neighbour(graph, n, ORG_NS + "member"), _neighbour(graph, n, ORG_NS + "organization")
            if person and org:
                attrs["label"] = f"{graph.nodes[person]['label']} at {graph.nodes[org]['label']}"


def _domain(graph: nx.MultiDiGraph) -> None:
    """Keep the domain's nodes; one position per person and organisation, with every canonical title it has
    (``title``) and every title the articles wrote for it (``titleAsWritten``)."""
    graph.remove_nodes_from([n for n, d in graph.nodes(data=True) if d["type"] not in TYPE_ORDER])
    graph.remove_edges_from([(s, o, k) for s, o, k, d in graph.edges(keys=True, data=True)
                             if d["predicate"] in INTERNAL_PREDICATES])
    held: dict[tuple, list[str]] = defaultdict(list)
    for n, d in graph.nodes(data=True):
        if d["type"] == "Position":
            held[(_neighbour(graph, n, ORG_NS + "member"), _neighbour(graph, n, ORG_NS + "organization"))].append(n)
    for first, *others in (sorted(ns) for ns in held.values()):
        titles = {key: {t for n in (first, *others) for t in str(graph.nodes[n].get(key, "")).split(" | ")} - {""}
                  for key in ("title", "titleAsWritten")}
        for other in others:
            nx.contracted_nodes(graph, first, other, self_loops=False, copy=False)
        graph.nodes[first].pop("contraction", None)
        for key, values in titles.items():
            if values:
                graph.nodes[first][key] = " | ".join(sorted(values))
    seen = set()
    for s, o, k, d in list(graph.edges(keys=True, data=True)):  # edges the merge made twice
        if (s, o, d["predicate"]) in seen:
            graph.remove_edge(s, o, k)
        seen.add((s, o, d["predicate"]))


def project(quads: Iterable[Quad], found_contradictions: Iterable[dict] = (), detail: str = "domain") -> nx.MultiDiGraph:
    """Project quads (and contradictions between claims) onto a typed property graph: the domain's nodes, or with
    ``detail="full"`` every node, the bookkeeping of resolution included."""
    if detail not in DETAILS:
        raise ExportError(f"unknown detail {detail!r}: use {' or '.join(DETAILS)}")
    quads = list(quads)
    classes: dict[str, list[str]] = defaultdict(list)
    for q in quads:
        if q.predicate.value == RDF + "type" and isinstance(q.object, NamedNode):
            local = _local(q.object.value)
            if local not in classes[_node_id(q.subject)]:
                classes[_node_id(q.subject)].append(local)
    folded = {n for n, cs in classes.items() if {"Quantity", "Mention", "WikidataLink"} & set(cs)}
    raw: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    decimal: set[str] = set()  # the keys of xsd:decimal (double, float) values: float attributes, whole or not
    owner: dict[str, str] = {}  # folded node -> the node it belongs to
    for q in quads:
        if q.predicate.value in (NKG + "quantity", NKG + "wikidataLink", NKG + "mention"):
            owner[_node_id(q.object)] = _node_id(q.subject)
    edges: dict[tuple[str, str, str], dict] = {}
    seen: set[tuple] = set()
    for q in quads:
        s, p = _node_id(q.subject), q.predicate.value
        if p == RDF + "type" or (q.subject, q.predicate, q.object) in seen and not isinstance(q.object, NamedNode):
            continue
        seen.add((q.subject, q.predicate, q.object))
        if s in folded:
            _fold(raw, owner, classes, s, p, q.object, edges, decimal)
            continue
        raw[s]  # every subject is a node
        if isinstance(q.object, Literal):
            if p == RDFS + "label":
                continue  # the label is computed; schema:name carries the same text
            _literal(raw[s], _key(p), q.object, decimal)
        elif p == OWL_SAME_AS and q.object.value.startswith(WD):
            raw[s]["wikidata_iri"].append(q.object.value)
        elif p == NKG + "graph":
            raw[s]["graph"].append(q.object.value)
        elif _node_id(q.object) in folded or p in (NKG + "quantity", NKG + "wikidataLink", NKG + "mention"):
            continue
        else:
            _edge(edges, s, p, _node_id(q.object))
    graph = nx.MultiDiGraph(name="news-kg")
    nodes = set(raw) | {e[0] for e in edges} | {e[2] for e in edges}
    types = _attribute_types(raw, decimal)
    for n in sorted(nodes):
        cs = classes.get(n, [])
        attrs = {k: _cast(v, types[k]) for k, v in raw.get(n, {}).items() if v}
        attrs["type"] = next((t for t in TYPE_ORDER if t in cs), cs[0] if cs else "Resource")
        attrs["classes"] = " ".join(cs)
        attrs["iri"] = n
        attrs["contradicted"] = False
        attrs["label"] = _label(attrs, n)
        graph.add_node(n, **attrs)
    for (s, p, o), data in sorted(edges.items()):
        graph.add_edge(s, o, key=short(p), **data)
    _relabel(graph)
    if detail == "domain":
        _domain(graph)
    _add_contradictions(graph, found_contradictions)
    return graph


def _key(predicate: str) -> str:
    local = _local(predicate)
    if local in _RENAMED:
        return _RENAMED[local]
    return local if local not in _RESERVED else f"{short(predicate).split(':')[0]}_{local}"


def _edge(edges: dict, s: str, p: str, o: str) -> None:
    data = edges.setdefault((s, p, o), {"predicate": p, "type": short(p), "label": EDGE_LABELS.get(p, _local(p)),
                                        "support": 0, "contradiction": False})
    data["support"] += 1


def _literal(attrs: dict[str, list], key: str, lit: Literal, decimal: set[str]) -> None:
    attrs[key].append(term_value(lit))
    if lit.datatype is not None and lit.datatype.value in DECIMALS:
        decimal.add(key)


def _fold(raw, owner, classes, node: str, p: str, obj, edges, decimal: set[str]) -> None:
    """Attach a value-like node's facts to its owner."""
    if node not in owner:
        return
    target, kind = owner[node], set(classes[node])
    if "Mention" in kind:
        if p == NKG + "start":
            raw[target]["mentions"].append(1)
        elif p == NKG + "inArticle":
            edges.setdefault((target, MENTIONED_IN, _node_id(obj)),
                             {"predicate": MENTIONED_IN, "type": short(MENTIONED_IN), "label": EDGE_LABELS[MENTIONED_IN],
                              "support": 1, "contradiction": False})
        return
    if not isinstance(obj, Literal):
        return
    if "WikidataLink" in kind:
        key = {NKG + "qid": "wikidata", NKG + "linkMethod": "wikidata_method",
               NKG + "linkConfidence": "wikidata_confidence"}.get(p, "wikidata_" + _local(p))
    else:
        key = _key(p)
    _literal(raw[target], key, obj, decimal)


def _attribute_types(raw: dict, decimal: set[str] = frozenset()) -> dict[str, type]:
    """One type per attribute key: bool, int, float or str (str when values disagree or repeat); the keys of
    decimal literals are float even when every value is whole (a column's type does not depend on the data)."""
    values: dict[str, list] = defaultdict(list)
    multi: set[str] = set()
    for attrs in raw.values():
        for k, vs in attrs.items():
            values[k].extend(vs)
            if len(vs) > 1 and k != "mentions":
                multi.add(k)
    out = {}
    for k, vs in values.items():
        if k == "mentions":
            out[k] = int
        elif k in multi:
            out[k] = str
        elif all(isinstance(v, bool) for v in vs):
            out[k] = bool
        elif k not in decimal and all(isinstance(v, int) and not isinstance(v, bool) for v in vs):
            out[k] = int
        elif all(isinstance(v, int | float) and not isinstance(v, bool) for v in vs):
            out[k] = float
        else:
            out[k] = str
    return out


# Characters XML 1.0 cannot hold (GraphML and GEXF are XML): shown as a space in the projection.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _cast(values: list, typ: type):
    if typ is int and len(values) > 1:  # mention counts
        return len(values)
    if typ is str:
        return _NOT_XML.sub(" ", " | ".join(sorted({str(v) for v in values})))
    return typ(values[0])


def _add_contradictions(graph: nx.MultiDiGraph, found: Iterable[dict]) -> None:
    for n, c in enumerate(found):
        claims = [x.get("claim") for x in c.get("claims", []) if x.get("claim") in graph]
        for i, a in enumerate(claims):
            for b in claims[i + 1:]:
                graph.add_edge(a, b, key=f"contradicts/{n}", predicate=CONTRADICTS, type=short(CONTRADICTS),
                               label=f"contradicts ({c.get('kind', '')})", support=1, contradiction=True,
                               kind=str(c.get("kind") or ""), explanation=str(c.get("explanation") or ""))
        for claim in claims:
            graph.nodes[claim]["contradicted"] = True


# ---------------------------------------------------------------- writers


def to_graphml(graph: nx.MultiDiGraph) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(graph, buf, encoding="utf-8")
    return buf.getvalue()


def to_gexf(graph: nx.MultiDiGraph) -> bytes:
    buf = io.BytesIO()
    nx.write_gexf(graph, buf, encoding="utf-8")
    return buf.getvalue()


def to_cyjs(graph: nx.MultiDiGraph) -> bytes:
    data = nx.cytoscape_data(graph)
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def _dot_value(value) -> str:
    if isinstance(value, bool):
        value = "true" if value else "false"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"'


_DOT_KEYS = {"name": "entity_name"}  # pydot and Graphviz tools read "name" as the node id


def to_dot(graph: nx.MultiDiGraph) -> bytes:
    """Graphviz DOT: every id and value quoted, nodes filled with the colour of their type."""
    from kg.export.html import type_colour

    lines = ['digraph "news-kg" {', '  graph [overlap=false, splines=true];',
             '  node [shape=box, style="rounded,filled", fontname="Helvetica"];', '  edge [fontname="Helvetica"];']
    for n, attrs in graph.nodes(data=True):
        extra = {"fillcolor": type_colour(attrs["type"])}
        if attrs.get("contradicted"):
            extra |= {"color": "#d62728", "penwidth": 3}
        body = ", ".join(f"{_DOT_KEYS.get(k, k)}={_dot_value(v)}" for k, v in {**attrs, **extra}.items())
        lines.append(f"  {_dot_value(n)} [{body}];")
    for s, o, key, attrs in graph.edges(keys=True, data=True):
        extra = {"key": key} | ({"color": "#d62728", "penwidth": 3} if attrs.get("contradiction") else {})
        body = ", ".join(f"{k}={_dot_value(v)}" for k, v in {**attrs, **extra}.items())
        lines.append(f"  {_dot_value(s)} -> {_dot_value(o)} [{body}];")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def jsonld_context() -> dict:
    return dict(PREFIXES)


def _compact_keys(value):
    if isinstance(value, list):
        return [_compact_keys(v) for v in value]
    if isinstance(value, dict):
        return {(k if k.startswith("@") else short(k)): _compact_keys(v) for k, v in value.items()}
    return value


def to_rdf(quads: list[Quad], fmt: str) -> bytes:
    """The selected RDF itself: Turtle (triples), N-Quads and TriG (article graphs kept), JSON-LD (with a context)."""
    if fmt == "nq":
        return serialize(quads, format=RdfFormat.N_QUADS)
    if fmt == "trig":
        return serialize(quads, format=RdfFormat.TRIG, prefixes=TURTLE_PREFIXES)
    if fmt == "ttl":
        triples = list(dict.fromkeys(q.triple for q in quads))
        return serialize(triples, format=RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES)
    if fmt == "jsonld":
        # Oxigraph writes expanded JSON-LD (one object per named graph); the context names our prefixes
        # and the property keys are written as compact IRIs under them.
        expanded = json.loads(serialize(quads, format=RdfFormat.JSON_LD))
        doc = {"@context": jsonld_context(), "@graph": [_compact_keys(node) for node in expanded]}
        return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
    raise ExportError(f"not an RDF format: {fmt!r}")


def render(graph: nx.MultiDiGraph, fmt: str) -> bytes:
    """Write a projected graph in one of the property-graph formats."""
    if fmt == "graphml":
        return to_graphml(graph)
    if fmt == "gexf":
        return to_gexf(graph)
    if fmt == "cyjs":
        return to_cyjs(graph)
    if fmt == "dot":
        return to_dot(graph)
    if fmt == "html":
        from kg.export.html import to_html

        return to_html(graph)
    raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def export_graph(store, fmt: str, org: str | None = None, construct: str | None = None,
                 detail: str = "domain") -> tuple[bytes, str]:
    """Export the store (or one organisation's part, or a CONSTRUCT's result) as ``fmt``: (content, media type).

    The property-graph formats show the domain (``detail="domain"``) or every node (``"full"``); a CONSTRUCT's
    result is shown whole, as the query chose it.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if detail not in DETAILS:
        raise ExportError(f"unknown detail {detail!r}: use {' or '.join(DETAILS)}")
    for what, value in (("organisation name", org), ("export query", construct)):
        try:
            (value or "").encode("utf-8")
        except UnicodeEncodeError as e:
            raise ExportError(f"the {what} is not valid Unicode text: {e.reason} at position {e.start}") from e
    quads = select_quads(store, org=org, construct=construct)
    if fmt in RDF_FORMATS:
        return to_rdf(quads, fmt), FORMATS[fmt]
    graph = project(quads, contradictions(store, org), detail) if construct is None else project(quads, (), "full")
    return render(graph, fmt), FORMATS[fmt]
