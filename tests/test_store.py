"""Mapping and store: deterministic IRIs, provenance, idempotence, versioned replacement, atomicity."""

from __future__ import annotations

import pytest
from pyoxigraph import NamedNode

import kg.mapping
import kg.pipeline
import kg.prepare
import kg.records
import kg.store.embedded
from kg.mapping import article_iri, article_quads, graph_iri
from kg.records import Claim, Quantity

from samples import TEXT, sample_article, sample_extraction


@pytest.fixture
def extractor(monkeypatch):
    """Replace the extractor with one that returns the hand-made extraction (the store is under test)."""
    monkeypatch.setattr(kg.prepare, "extract", sample_extraction)


def test_iris_are_deterministic():
    first, second = article_quads(sample_extraction()), article_quads(sample_extraction())
    assert first == second
    assert article_iri("acme-1") == NamedNode("https://w3id.org/news-kg/id/article/acme-1")
    assert graph_iri("a b/c") == NamedNode("https://w3id.org/news-kg/graph/article/a%20b%2Fc")
    assert kg.mapping.entity_iri("Amazon.com", "organization").value.endswith("/organization/amazon-com")


@pytest.mark.parametrize("written", ["Acme Corp", "Acme Corp.", "Acme, Inc.", "Acme AB (publ)", "Acme GmbH", "Acme plc",
                                     "Acme NV", "Acme S.A."])
def test_an_organisation_is_one_whatever_legal_form_is_written(written):
    assert kg.mapping.org_name(written) == "Acme"
    assert kg.mapping.entity_iri(written, "organization") == kg.mapping.entity_iri("Acme", "organization")


@pytest.mark.parametrize("name", ["Inc", "The Company", "AB Volvo", "Acme Corporation Holdings"])
def test_a_legal_form_only_ends_a_longer_name(name):
    assert kg.mapping.org_name(name) == name


def test_claims_naming_the_legal_form_or_not_are_about_one_organisation(store):
    """A hand-made extraction says "Acme Corp"; the extractor says "Acme": one organisation, named "Acme"."""
    from kg.resolve import resolve_events

    written = sample_extraction()
    bare = sample_extraction(sample_article(article_id="acme-2"))
    bare.entities[0] = kg.records.Entity("Acme", "organization", bare.entities[0].mentions)
    bare.claims[:] = [kg.records.Claim(**{**vars(c), "org": "Acme"}) for c in bare.claims]
    for extraction in (written, bare):
        store.replace_graph(graph_iri(extraction.article.id), article_quads(extraction))
    resolve_events(store)
    names = {(r["o"].value, r["name"].value) for r in store.query(
        "SELECT DISTINCT ?o ?name WHERE { ?c nkg:organization ?o . ?o schema:name ?name }")}
    assert names == {("https://w3id.org/news-kg/id/organization/acme", "Acme")}
    cuts = list(store.query("SELECT DISTINCT ?a ?org WHERE { ?c nkg:about ?a . ?a a nkg:JobCuts ; nkg:orgName ?org }"))
    assert [r["org"].value for r in cuts] == ["Acme"]  # both articles' cuts on one announcement


def test_every_quad_sits_in_the_article_graph():
    quads = article_quads(sample_extraction())
    assert {q.graph_name for q in quads} == {graph_iri("acme-1")}


def test_claim_provenance(extractor, store):
    kg.pipeline.process(sample_article(), store)
    rows = list(store.query("""
        SELECT ?quote ?start ?end ?version ?value WHERE {
          ?c a nkg:Claim ; nkg:kind "job_cuts" ; nkg:quote ?quote ; nkg:start ?start ; nkg:end ?end ;
             prov:wasDerivedFrom ?a ; nkg:quantity/nkg:value ?value .
          ?a nkg:extractorVersion ?version }"""))
    assert len(rows) == 1
    row = rows[0]
    start, end = int(row["start"].value), int(row["end"].value)
    assert TEXT[start:end] == row["quote"].value
    assert row["version"].value == kg.EXTRACTOR_VERSION
    assert float(row["value"].value) == 1200


def test_reingest_unchanged_changes_nothing(extractor, store):
    assert kg.pipeline.process(sample_article(), store).status == "written"
    before = sorted(str(q) for q in store.quads())
    assert kg.pipeline.process(sample_article(), store).status == "unchanged"
    assert sorted(str(q) for q in store.quads()) == before


def test_changed_text_replaces_the_graph(extractor, store):
    kg.pipeline.process(sample_article(), store)
    changed = sample_article(TEXT + " It was founded in 1990.")
    assert kg.pipeline.process(changed, store).status == "replaced"
    lengths = [q.object.value for q in store.quads() if q.predicate.value.endswith("#textLength")]
    assert lengths == [str(len(changed.text))]


def test_new_extractor_version_replaces_the_graph(extractor, store, monkeypatch):
    kg.pipeline.process(sample_article(), store)
    count = len(store)
    monkeypatch.setattr(kg.pipeline, "EXTRACTOR_VERSION", "9.9.9")
    monkeypatch.setattr(kg.mapping, "EXTRACTOR_VERSION", "9.9.9")
    assert kg.pipeline.process(sample_article(), store).status == "replaced"
    versions = {q.object.value for q in store.quads() if q.predicate.value.endswith("#extractorVersion")}
    assert versions == {"9.9.9"}
    assert len(store) == count
    assert kg.pipeline.process(sample_article(), store).status == "unchanged"


def _failing(quads, after):
    for i, q in enumerate(quads):
        if i == after:
            raise RuntimeError("disk on fire")
        yield q


def test_failure_in_the_middle_of_a_new_article_leaves_nothing(store):
    quads = article_quads(sample_extraction())
    with pytest.raises(RuntimeError):
        store.replace_graph(graph_iri("acme-1"), _failing(quads, len(quads) // 2))
    assert len(store) == 0
    assert store.article_state("acme-1") is None


def test_failure_while_replacing_keeps_the_old_article_whole(store):
    old = article_quads(sample_extraction())
    store.replace_graph(graph_iri("acme-1"), old)
    new = article_quads(sample_extraction(sample_article(TEXT + " More.")))
    with pytest.raises(RuntimeError):
        store.replace_graph(graph_iri("acme-1"), _failing(new, len(new) - 1))
    assert sorted(map(str, store.quads())) == sorted(map(str, old))


def test_extractor_exception_skips_the_article(store, monkeypatch):
    def boom(article):
        raise ValueError("bad sentence")

    monkeypatch.setattr(kg.prepare, "extract", boom)
    outcome = kg.pipeline.process(sample_article(), store)
    assert outcome.status == "skipped" and "ValueError: bad sentence" in outcome.reason
    assert len(store) == 0


def test_invalid_article_is_reported_and_not_written(store, monkeypatch):
    def bad(article):
        extraction = sample_extraction(article)
        extraction.claims[0] = Claim("job_cuts", "Acme Corp", "x", 5, 10_000, quantity=Quantity("percent", value=150))
        return extraction

    monkeypatch.setattr(kg.prepare, "extract", bad)
    outcome = kg.pipeline.process(sample_article(), store)
    assert outcome.status == "skipped"
    assert "percent must lie in 0..100" in outcome.reason
    assert "do not lie inside the article text" in outcome.reason
    assert len(store) == 0


def test_build_reports_bad_files_and_duplicate_ids(tmp_path, store, extractor):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "acme-1.txt").write_text(TEXT)
    (folder / "empty.txt").write_text("")
    sub = folder / "sub"
    sub.mkdir()
    (sub / "acme-1.txt").write_text(TEXT + " A different text under the same id.")
    report = kg.pipeline.build([folder], store)
    assert report.count("written") == 1
    reasons = sorted(o.reason for o in report.skipped)
    assert any("empty" in r for r in reasons)
    assert any("given twice with different texts" in r for r in reasons)
    assert not report.ok


def _big_graph(graph, n, tag):
    from pyoxigraph import Literal, Quad

    return [Quad(NamedNode(f"https://example.org/s{i}"), NamedNode("https://example.org/p"), Literal(f"{tag} {i}"), graph)
            for i in range(n)]


def test_a_graph_larger_than_a_batch_is_written_whole_and_left_unmarked(store, monkeypatch):
    monkeypatch.setattr(kg.store.embedded, "BATCH", 7)
    graph = NamedNode("https://example.org/big")
    old, new = _big_graph(graph, 40, "old"), _big_graph(graph, 23, "new")
    store.replace_graph(graph, iter(old))
    assert sorted(map(str, store.graph_quads(graph))) == sorted(map(str, old))
    store.replace_graph(graph, (q for q in new))  # over an existing graph: the old quads go, in batches too
    assert sorted(map(str, store.graph_quads(graph))) == sorted(map(str, new))
    assert not store.is_incomplete(graph)
    assert len(store) == len(new)


def test_a_batched_write_cut_off_leaves_the_graph_marked_incomplete(store, monkeypatch):
    from kg.pipeline import resolution_stale

    monkeypatch.setattr(kg.store.embedded, "BATCH", 7)
    graph = kg.mapping.RESOLUTION_GRAPH
    quads = _big_graph(graph, 30, "x")
    with pytest.raises(RuntimeError):
        store.replace_graph(graph, _failing(quads, 20))
    assert store.is_incomplete(graph)
    assert resolution_stale(store)  # so a rerun of the build resolves again
    store.replace_graph(graph, quads)
    assert not store.is_incomplete(graph)
    assert sorted(map(str, store.graph_quads(graph))) == sorted(map(str, quads))


def test_a_batched_write_refuses_quads_of_another_graph(store, monkeypatch):
    monkeypatch.setattr(kg.store.embedded, "BATCH", 7)
    graph = NamedNode("https://example.org/big")
    stray = _big_graph(NamedNode("https://example.org/other"), 1, "stray")
    with pytest.raises(ValueError, match="every quad must belong"):
        store.replace_graph(graph, _big_graph(graph, 20, "x") + stray)
    assert not any(q.graph_name == stray[0].graph_name for q in store.quads())


def test_an_article_cut_off_in_a_batched_write_is_not_taken_as_stored(extractor, store, monkeypatch):
    """An article above a batch (one of 1.3 MB makes 250,000 quads) is written in batches; cut off, it must
    be written again, not found unchanged from the quads that made it in."""
    monkeypatch.setattr(kg.store.embedded, "BATCH", 7)
    quads = article_quads(sample_extraction())
    with pytest.raises(RuntimeError):
        store.replace_graph(graph_iri("acme-1"), _failing(quads, len(quads) - 2))
    assert store.article_state("acme-1") is None
    assert kg.pipeline.process(sample_article(), store).status == "written"
    assert not store.is_incomplete(graph_iri("acme-1"))
    assert sorted(map(str, store.graph_quads(graph_iri("acme-1")))) == sorted(map(str, quads))


def test_ingest_lands_an_article_with_its_resolution_and_finishes_a_cut_off_one(extractor, store):
    """pipeline.ingest (the API's): no marker left after it; a marker left by a cut-off write (a kill between
    an article and its resolution) is resolved away by the next ingest, even of an unchanged article."""
    from kg.mapping import RESOLUTION_GRAPH
    from kg.pipeline import ingest, resolution_stale

    assert ingest(sample_article(), store).status == "written"
    assert not store.is_incomplete(RESOLUTION_GRAPH) and not resolution_stale(store)
    store.mark_incomplete(RESOLUTION_GRAPH)  # as a kill after the article and before its resolution leaves it
    assert resolution_stale(store)
    assert ingest(sample_article(), store).status == "unchanged"
    assert not store.is_incomplete(RESOLUTION_GRAPH) and not resolution_stale(store)


def test_ntriples_replace_a_graph_as_its_quads_do(store, monkeypatch):
    """``replace_graph_ntriples`` (the resolution from worker processes, bulk-loaded in several loads here) leaves
    the graph ``replace_graph`` leaves; cut off, it leaves the graph marked incomplete."""
    from pyoxigraph import RdfFormat, serialize

    monkeypatch.setattr(kg.store.embedded, "LOAD_BYTES", 200)
    graph = NamedNode("https://example.org/big")
    old, new = _big_graph(graph, 40, "old"), _big_graph(graph, 23, "new")
    store.replace_graph(graph, old)
    chunks = [serialize([q.triple for q in new[i:i + 5]], format=RdfFormat.N_TRIPLES) for i in range(0, 23, 5)]
    store.replace_graph_ntriples(graph, iter(chunks))
    assert sorted(map(str, store.graph_quads(graph))) == sorted(map(str, new))
    assert not store.is_incomplete(graph)
    assert len(store) == len(new)

    def cut_off():
        yield from chunks[:3]
        raise RuntimeError("the worker died")

    with pytest.raises(RuntimeError):
        store.replace_graph_ntriples(graph, cut_off())
    assert store.is_incomplete(graph)


def _hard_terms(graph: NamedNode) -> list:
    """Quads whose terms the N-Quads writer must escape or keep exactly: quotes, back-slashes, line breaks, tabs,
    non-ASCII and astral characters, language tags, datatypes, IRIs with non-ASCII letters and percent escapes."""
    from pyoxigraph import Literal, Quad

    s = NamedNode("https://example.org/Gr%C3%BCn-Werke/%E2%82%AC")
    p = NamedNode("https://example.org/p")
    objects = [Literal('said "no"\\ again\nand\r\tthen'), Literal("Société Générale – 1 200 emplois 🏭"),
               Literal("Jobabbau", language="de-CH"),
               Literal("0.50", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
               Literal("\u200b\u00a0\u202f"), NamedNode("https://example.org/Ærø/Köln?x=1&y=ü#frag")]
    return [Quad(s, p, o, graph) for o in objects]


def test_workers_writing_is_loaded_as_written(store):
    """What the build's workers write (pyoxigraph's N-Quads and N-Triples), bulk loaded without validating it again
    (``lenient``), gives the store the quads added as objects give it, however hard their terms are to write."""
    from pyoxigraph import RdfFormat, serialize

    from kg.store import EmbeddedStore

    graphs = [NamedNode(f"https://example.org/{name}") for name in ("a", "b", "resolution")]
    quads = {g: _hard_terms(g) for g in graphs}
    reference = EmbeddedStore(None)
    for g in graphs:
        reference.replace_graph(g, quads[g])
    store.load_new(serialize(quads[graphs[0]] + quads[graphs[1]], format=RdfFormat.N_QUADS))
    store.replace_graph_ntriples(graphs[2], iter([serialize([q.triple for q in quads[graphs[2]]],
                                                            format=RdfFormat.N_TRIPLES)]))
    assert sorted(map(str, store.quads())) == sorted(map(str, reference.quads()))


def test_an_article_is_indexed_once_for_its_check_and_its_rows(extractor, monkeypatch):
    """``prepare`` indexes an article's triples once (``shacl_fast.indexed``) for the shapes' check and for the rows
    resolution reads of its claims, which ``claim_rows`` reads from that index alone (it indexed the quads again:
    a tenth of a worker's CPU outside the extraction); the rows are in the order the claims were mapped."""
    import kg.shacl_fast
    from kg.resolve import claim_rows

    made = []

    class Counted(kg.shacl_fast._Data):
        def __init__(self, quads):
            made.append(1)
            super().__init__(quads)

    monkeypatch.setattr(kg.shacl_fast, "_Data", Counted)
    outcome, quads = kg.prepare.prepare(sample_article())
    assert outcome.status == "written" and len(made) == 1
    assert list(claim_rows(iter(()), kg.shacl_fast.indexed(quads)).items()) == list(outcome.rows.items())
    assert list(claim_rows(quads).items()) == list(outcome.rows.items())
    claims = [q.subject.value for q in quads if q.object == NamedNode(kg.mapping.NKG + "Claim")]
    assert list(outcome.rows) == claims and len(claims) >= 2


# Each escape N-Quads defines for a string (ECHAR: \t \b \n \r \f \" \\), other control characters (UCHAR), text
# kept as it is (non-ASCII letters, a single quote, "<" and ">"), a language tag and typed literals.
_LITERALS = [("tab", "a\tb"), ("backspace", "a\bb"), ("newline", "line one\nline two"), ("return", "a\r\nb"),
             ("form feed", "a\fb"), ("double quote", 'the "Acme" plant'), ("backslash", "C:\\dir\\n"),
             ("control", "a\x00b\x01c\x1fd\x7fe"), ("unicode", "Göteborg 北京 “quoted” l’usine <x> 'y'"),
             ("empty", "")]


@pytest.mark.parametrize(("label", "text"), _LITERALS, ids=[label for label, _ in _LITERALS])
def test_a_graph_is_written_as_pyoxigraph_writes_its_quads(label, text):
    """``GraphQuads.nquads`` gives the bytes ``serialize(quads, format=N_QUADS)`` gives, and ``ntriples`` those of
    ``serialize(triples, format=N_TRIPLES)`` (the workers hand them to the bulk loader without making ``Quad``
    objects), whatever a literal holds; they parse back to the same quads."""
    from pyoxigraph import Literal, RdfFormat, parse, serialize

    w = kg.mapping.GraphQuads(graph_iri("art/1 é"))
    node = NamedNode("https://w3id.org/news-kg/id/claim/x%20y/é")
    w.add(node, kg.mapping.nkg("quote"), Literal(text))
    w.add(node, kg.mapping.nkg("quote"), Literal(text, language="fr"))
    w.add(node, kg.mapping.nkg("start"), Literal(text, datatype=NamedNode("http://example.com/t")))
    w.add(node, kg.mapping.nkg("start"), None)  # adds nothing
    w.add(node, kg.mapping.TYPE, kg.mapping.nkg("Claim"))
    assert len(w) == 4
    assert w.nquads() == serialize(w.quads(), format=RdfFormat.N_QUADS)
    assert list(parse(w.nquads(), format=RdfFormat.N_QUADS)) == w.quads()
    assert w.ntriples() == serialize([q.triple for q in w], format=RdfFormat.N_TRIPLES)


def test_an_article_graph_is_written_as_its_quads_are():
    graph = kg.mapping.article_graph(sample_extraction())
    from pyoxigraph import RdfFormat, serialize

    assert graph.quads() == article_quads(sample_extraction()) and len(graph) == len(graph.quads()) > 50
    assert graph.nquads() == serialize(graph.quads(), format=RdfFormat.N_QUADS)
