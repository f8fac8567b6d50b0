"""Content negotiation and the result formats of the SPARQL 1.1 protocol.

SELECT and ASK answers: SPARQL results in JSON, XML, CSV and TSV. CONSTRUCT and DESCRIBE answers
and graphs: Turtle, N-Triples, N-Quads, JSON-LD, RDF/XML and TriG (written by pyoxigraph).
"""

from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Triple, serialize

from kg.formats import RDF, by_name
from kg.mapping import XSD

SPARQL_JSON, SPARQL_XML, CSV, TSV = (by_name(n).media for n in ("json", "xml", "csv", "tsv"))
RESULT_TYPES = (SPARQL_JSON, SPARQL_XML, CSV, TSV)
RESULT_ALIASES = {"application/json": SPARQL_JSON, "application/xml": SPARQL_XML, "text/xml": SPARQL_XML}

RDF_TYPES = {f.media: f.rdf for f in RDF}  # Turtle first: what a client that accepts anything gets
RDF_ALIASES = {"application/x-turtle": "text/turtle", "text/plain": "application/n-triples",
               "application/json": "application/ld+json", "application/xml": "application/rdf+xml"}
QUAD_FORMATS = tuple(f.rdf for f in RDF if f.quads)
XSD_STRING = XSD + "string"


class NotAcceptable(ValueError):
    """None of the media types the client accepts can carry this answer."""


def parse_accept(header: str | None) -> list[str]:
    """Media types from an Accept header, best first (q=0 dropped; ties keep their order)."""
    if not header or not header.strip():
        return ["*/*"]
    ranked = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, position, media))
    return [media for _, _, media in sorted(ranked)]


def choose(accepted: list[str], offered: tuple[str, ...], aliases: dict[str, str]) -> str:
    """The first offered media type that the ranked Accept list allows, else NotAcceptable."""
    for media in accepted:
        media = aliases.get(media, media)
        if media in offered:
            return media
        if media == "*/*":
            return offered[0]
        if media.endswith("/*"):
            for o in offered:
                if o.startswith(media[:-1]):
                    return o
    raise NotAcceptable(f"cannot answer in {', '.join(accepted)}; this answer is available as {', '.join(offered)}")


def choose_results(accepted: list[str]) -> str:
    """The format of a SELECT or ASK answer. A client that accepts only RDF formats gets the default
    (JSON), as from Fuseki: it is asking for "query results", and 406 is kept for what no answer fits."""
    try:
        return choose(accepted, RESULT_TYPES, RESULT_ALIASES)
    except NotAcceptable:
        if any(RDF_ALIASES.get(m, m) in RDF_TYPES for m in accepted):
            return SPARQL_JSON
        raise


def choose_rdf(accepted: list[str]) -> str:
    """The format of a CONSTRUCT or DESCRIBE answer; a client accepting only SPARQL results formats
    (rdflib's SPARQLStore does) gets Turtle."""
    try:
        return choose(accepted, tuple(RDF_TYPES), RDF_ALIASES)
    except NotAcceptable:
        if any(RESULT_ALIASES.get(m, m) in RESULT_TYPES for m in accepted):
            return "text/turtle"
        raise


# ---- SPARQL results (SELECT, ASK)

def _json_term(term) -> dict:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject), "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    raise TypeError(f"not an RDF term: {term!r}")


def _xml_term(term) -> str:
    if isinstance(term, NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
                f"</predicate><object>{_xml_term(term.object)}</object></triple>")
    raise TypeError(f"not an RDF term: {term!r}")


def _csv_value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, Triple):
        return str(term)
    return term.value


def write_solutions(variables: list[str], rows: list[list], media: str) -> bytes:
    """Serialise SELECT rows (lists of terms or None, in variable order)."""
    if media == SPARQL_JSON:
        bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if media == SPARQL_XML:
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
        out += [f"<variable name={quoteattr(v)}/>" for v in variables]
        out.append("</head>\n<results>")
        for row in rows:
            out.append("<result>" + "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                                            for v, t in zip(variables, row, strict=True) if t is not None) + "</result>")
        out.append("</results>\n</sparql>\n")
        return "\n".join(out).encode("utf-8")
    if media == CSV:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_csv_value(t) for t in row] for row in rows)
        return buffer.getvalue().encode("utf-8")
    if media == TSV:
        lines = ["\t".join("?" + v for v in variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise NotAcceptable(f"no results format {media}")


def write_boolean(value: bool, media: str) -> bytes:
    """Serialise an ASK answer."""
    word = "true" if value else "false"
    if media == SPARQL_JSON:
        return json.dumps({"head": {}, "boolean": value}).encode("utf-8")
    if media == SPARQL_XML:
        return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head/>\n'
                f"<boolean>{word}</boolean>\n</sparql>\n").encode()
    if media == CSV:
        return f"_askResult\r\n{word}\r\n".encode()
    if media == TSV:
        return f"?_askResult\n{word}\n".encode()
    raise NotAcceptable(f"no results format {media}")


# ---- RDF (CONSTRUCT, DESCRIBE, graphs)

def write_rdf(statements: list, media: str, prefixes: dict[str, str] | None = None) -> bytes:
    """Serialise triples (or quads) in an RDF format; triples sit in the default graph of quad formats."""
    fmt = RDF_TYPES[media]
    if fmt in QUAD_FORMATS:
        statements = [Quad(s.subject, s.predicate, s.object, DefaultGraph()) if isinstance(s, Triple) else s
                      for s in statements]
    else:
        statements = [s.triple if isinstance(s, Quad) else s for s in statements]
    use_prefixes = prefixes if fmt in (RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.RDF_XML) else None
    return serialize(statements, format=fmt, prefixes=use_prefixes)
