"""The SPARQL 1.1 Service Description answered at GET /sparql without a query."""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
_FORMAT_IRIS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "N-Quads", "JSON-LD", "RDF_XML", "TriG")
_RDFLIB_FORMATS = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
                   "application/rdf+xml": "xml", "application/trig": "trig", "application/n-quads": "nquads"}


def service_description(base: str, media: str) -> bytes:
    """The description of the endpoint at ``base``/sparql in one of the RDF media types of api.results."""
    g = Graph()
    g.bind("sd", SD)
    service = URIRef(f"{base}/sparql")
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, service))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    for name in _FORMAT_IRIS:
        g.add((service, SD.resultFormat, FORMATS[name]))
    dataset, default = BNode(), BNode()
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    g.add((default, RDFS.comment, Literal(
        "The default graph is the union of all named graphs: one graph per article "
        "(https://w3id.org/news-kg/graph/...) and the resolution graph of announcements. "
        "GRAPH ?g reaches each of them by its IRI.", lang="en")))
    g.add((service, RDFS.comment, Literal(
        f"news-kg SPARQL 1.1 endpoint. Updates: POST {base}/update with a Bearer token. "
        f"Graphs: GET {base}/store?graph=IRI. Named queries: {base}/queries.", lang="en")))
    if media in ("application/trig", "application/n-quads"):
        from rdflib import Dataset

        ds = Dataset()
        for triple in g:
            ds.add(triple)
        return ds.serialize(format=_RDFLIB_FORMATS[media], encoding="utf-8")
    return g.serialize(format=_RDFLIB_FORMATS[media], encoding="utf-8")
