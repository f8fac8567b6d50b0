"""SHACL shapes: a good article graph conforms; each kind of broken graph fails with its message."""

from __future__ import annotations

import pytest
from pyoxigraph import DefaultGraph, Quad, RdfFormat, parse
from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import RDF

from kg.mapping import article_quads, resolution_quads
from kg.records import Announcement, Resolution, TimeRef
from kg.validate import to_rdflib, validate_graph, validate_quads

from samples import sample_extraction

NKG = Namespace("https://w3id.org/news-kg/ontology#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
PROV = Namespace("http://www.w3.org/ns/prov#")


@pytest.fixture
def extraction():
    return sample_extraction()


@pytest.fixture
def graph(extraction):
    return to_rdflib(article_quads(extraction))


def job_cut_claim(g):
    return next(c for c in g.subjects(NKG.kind, Literal("job_cuts")))


def as_quads(g):
    data = g.serialize(format="nt").encode()
    return [Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in parse(data, format=RdfFormat.N_TRIPLES)]


def messages(g):
    """The violation messages; pySHACL alone and the hybrid engine must agree on them."""
    report = validate_graph(g)
    hybrid = validate_quads(as_quads(g))
    assert not report.conforms and not hybrid.conforms
    assert sorted((v.focus, v.message) for v in hybrid.violations) == sorted((v.focus, v.message) for v in report.violations)
    return " | ".join(v.message for v in report.violations)


def test_sample_article_conforms(graph):
    report = validate_graph(graph)
    assert report.conforms, report.text()
    assert validate_quads(as_quads(graph)).conforms


def test_claim_dated_after_its_article(graph):
    c = job_cut_claim(graph)
    graph.set((c, NKG.timeStart, Literal("2026-04-01", datatype=XSD.date)))
    graph.set((c, NKG.when, Literal("2026-04")))
    assert "announced claim is dated 2026-04, after its article was published (2026-03-10)" in messages(graph)


def test_planned_claim_about_the_future_is_fine(graph):
    c = job_cut_claim(graph)
    graph.set((c, NKG.modality, Literal("planned")))
    graph.set((c, NKG.timeStart, Literal("2027-01-01", datatype=XSD.date)))
    assert validate_graph(graph).conforms


def test_percent_outside_0_to_100(graph):
    q = next(graph.objects(job_cut_claim(graph), NKG.quantity))
    graph.set((q, NKG.unit, Literal("percent")))
    graph.set((q, NKG.value, Literal("140", datatype=XSD.decimal)))
    assert "A percent must lie in 0..100, found 140" in messages(graph)


def test_quote_offsets_beyond_the_text(graph):
    c = job_cut_claim(graph)
    graph.set((c, NKG.end, Literal(5000, datatype=XSD.integer)))
    assert "do not lie inside the article text of" in messages(graph)


def test_missing_and_unknown_values(graph):
    c = job_cut_claim(graph)
    graph.remove((c, NKG.kind, None))
    graph.set((c, NKG.modality, Literal("guessed")))
    q = next(graph.objects(c, NKG.quantity))
    graph.set((q, NKG.unit, Literal("dollars")))
    text = messages(graph)
    assert "Less than 1 values on" in text and "kind" in text
    assert "not in list" in text
    assert "A unit is count, percent, days or an ISO 4217 code." in text


def test_claim_without_its_article(graph):
    c = job_cut_claim(graph)
    graph.remove((c, PROV.wasDerivedFrom, None))
    assert "A claim is derived from exactly one article." in messages(graph)


def test_interval_low_above_high(graph):
    q = next(graph.objects(job_cut_claim(graph), NKG.quantity))
    graph.remove((q, NKG.value, None))
    graph.add((q, NKG.low, Literal("1500", datatype=XSD.decimal)))
    graph.add((q, NKG.high, Literal("1000", datatype=XSD.decimal)))
    assert "An interval's low (1500) lies above its high (1000)." in messages(graph)


def test_announcement_dated_after_the_article_reporting_it(extraction):
    from kg.mapping import claim_iri

    claim = extraction.claims[0]
    ann = Announcement("Acme Corp", "job_cuts", TimeRef("2026-05", "month"),
                       (claim_iri(extraction.article.id, claim).value,), "test")
    g = to_rdflib(article_quads(extraction) + list(resolution_quads(Resolution((ann,)))))
    assert "The announcement is dated 2026-05, after article" in messages(g)


def test_every_class_has_a_shape():
    from rdflib import Graph
    from rdflib.namespace import OWL, SH

    from kg.resources import ontology_file

    onto = Graph().parse(ontology_file("news-kg.ttl"))
    shapes = Graph().parse(ontology_file("shapes.ttl"))
    classes = {c for c in onto.subjects(RDF.type, OWL.Class)}
    targeted = set(shapes.objects(None, SH.targetClass))
    announcement_kinds = {c for c in classes if (c, URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"), NKG.Announcement) in onto}
    # Announcement subclasses are always also typed nkg:Announcement, whose shape covers them.
    assert classes - targeted - announcement_kinds == set()



SCHEMA = Namespace("https://schema.org/")


def test_entities_carry_their_schema_org_class(store):
    """``?o a schema:Organization`` finds organisations and publishers, ``schema:Person`` people; an
    organisation or person without the schema.org class does not conform, to pySHACL nor to the fast check."""
    from kg.mapping import graph_iri
    from kg.shacl_fast import conforms

    quads = article_quads(sample_extraction())
    store.replace_graph(graph_iri("acme-1"), quads)
    found = {(r["t"].value, r["n"].value) for r in store.query(
        "SELECT DISTINCT ?t ?n WHERE { ?e a ?t ; schema:name ?n FILTER (STRSTARTS(STR(?t), STR(schema:))) }")}
    assert found == {(str(SCHEMA.Organization), "Acme"), (str(SCHEMA.Organization), "Example Wire"),
                     (str(SCHEMA.Person), "Jane Roe")}
    for cls in (SCHEMA.Organization, SCHEMA.Person):
        without = [q for q in quads if not (q.predicate.value == str(RDF.type) and q.object.value == str(cls))]
        assert len(without) < len(quads)
        assert not validate_quads(without).conforms
        assert not conforms(without)
