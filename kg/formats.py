"""The one table of formats: a name (as ``kg export``, ``kg query`` and ``/export`` take it), its media type, and
the pyoxigraph writer (and reader) of an RDF graph or a SPARQL results table. The API, the CLI, the exports and
the stores take their lists from here; the property-graph formats' writers are ``kg.export.graph``'s."""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import QueryResultsFormat, RdfFormat


@dataclass(frozen=True)
class Format:
    name: str
    media: str
    rdf: RdfFormat | None = None  # an RDF graph (or dataset) format
    results: QueryResultsFormat | None = None  # a SPARQL results format
    aliases: tuple[str, ...] = ()  # other names the CLI takes

    @property
    def quads(self) -> bool:
        """Whether the format holds named graphs."""
        return self.rdf in (RdfFormat.TRIG, RdfFormat.N_QUADS)


FORMATS = (
    Format("ttl", "text/turtle", rdf=RdfFormat.TURTLE, aliases=("turtle",)),
    Format("nt", "application/n-triples", rdf=RdfFormat.N_TRIPLES, aliases=("ntriples",)),
    Format("jsonld", "application/ld+json", rdf=RdfFormat.JSON_LD),
    Format("rdfxml", "application/rdf+xml", rdf=RdfFormat.RDF_XML),
    Format("trig", "application/trig", rdf=RdfFormat.TRIG),
    Format("nq", "application/n-quads", rdf=RdfFormat.N_QUADS),
    Format("json", "application/sparql-results+json", results=QueryResultsFormat.JSON),
    Format("xml", "application/sparql-results+xml", results=QueryResultsFormat.XML),
    Format("csv", "text/csv", results=QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", results=QueryResultsFormat.TSV),
    Format("graphml", "application/graphml+xml"),
    Format("gexf", "application/gexf+xml"),
    Format("cyjs", "application/json"),
    Format("dot", "text/vnd.graphviz"),
    Format("html", "text/html; charset=utf-8"),
)
RDF = tuple(f for f in FORMATS if f.rdf)
_BY_NAME = {n: f for f in FORMATS for n in (f.name, *f.aliases)}


def by_name(name: str) -> Format:
    """The format of a name or alias (KeyError: none)."""
    return _BY_NAME[name]
