"""Offline linking: the project's table, the type filter, context tie-breaks, and the quads it leads to."""

from __future__ import annotations

import json

import pytest

from kg.link import LinkContext, Linker, LinkTable, TableError, link
from kg.link.table import table_path
from kg.mapping import article_quads, graph_iri
from kg.records import Article, Entity, Extraction, Span
from kg.validate import validate_quads

WD = "http://www.wikidata.org/entity/"
TABLE_LANGUAGES = {"en", "nl", "sv", "de", "fr", "es"}  # the languages the verified rows are labelled in


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(LinkTable.load())


def test_table_covers_the_verified_list_with_six_languages(shared_dir):
    table = LinkTable.load()
    verified = [json.loads(line) for line in (shared_dir / "data" / "wikidata-verified.jsonl").read_text().splitlines()]
    assert {v["qid"] for v in verified} == {q for q, item in table.items.items() if item.source == "verified"}
    for v in verified:
        item = table.items[v["qid"]]
        assert item.type == v["type"]
        assert set(item.labels) == TABLE_LANGUAGES, v["qid"]
        assert v["label"] in item.names()
        for alias in v.get("aliases", []):
            assert alias in item.names()


@pytest.mark.parametrize(("name", "type_", "qid"), [
    ("Amazon", "organization", "Q3884"),
    ("Amazon.com, Inc.", "organization", "Q3884"),
    ("AWS", "organization", "Q456157"),
    ("Amazon Web Services", "organization", "Q456157"),
    ("Meta", "organization", "Q380"),
    ("Citigroup", "organization", "Q219508"),
    ("UPS", "organization", "Q155026"),
    ("IBM", "organization", "Q37156"),
    ("Whole Foods", "organization", "Q1809448"),
    ("Amazon Go", "product", "Q27676067"),
    ("Amazon Fresh", "organization", "Q4740834"),
    ("New York Times", "publisher", "Q9684"),
    ("The New York Times", "organization", "Q9684"),
    ("Jeff Bezos", "person", "Q312556"),
    ("Sverige", "place", "Q34"),
    ("Suède", "place", "Q34"),
    ("Nederland", "place", "Q55"),
    ("Verenigde Staten", "place", "Q30"),
    ("U.S.", "place", "Q30"),
    ("Estados Unidos", "place", "Q30"),
    ("Minneapolis", "place", "Q36091"),
])
def test_links_names_in_any_of_the_six_languages(linker, name, type_, qid):
    found = linker.link_entity(Entity(name, type_))
    assert found is not None and found.qid == qid
    assert found.method == "offline-table" and 0.9 <= found.confidence <= 1.0


@pytest.mark.parametrize(("name", "type_"), [
    ("Amazon", "place"),  # the river is not the company
    ("Minneapolis", "organization"),
    ("Jeff Bezos", "organization"),
    ("Amazon Go", "person"),
])
def test_type_filter_refuses_a_name_of_the_wrong_kind(linker, name, type_):
    assert linker.link_entity(Entity(name, type_)) is None


@pytest.mark.parametrize(("name", "type_"), [
    ("Andy Jassy", "person"), ("Beth Galetti", "person"), ("Autodesk", "organization"),
    ("Ericsson", "organization"), ("Shopify", "organization"), ("Duolingo", "organization"),
    ("Prime Video", "product"), ("The Wall Street Journal", "publisher"),
    ("World Socialist Web Site", "publisher"), ("Teamsters", "organization"),
    ("Amazon Labor Union", "organization"), ("Mark Mason", "person"), ("Bending Spoons", "organization"),
    ("Google", "organization"),
])
def test_entities_not_in_the_table_stay_unlinked(linker, name, type_):
    assert linker.link_entity(Entity(name, type_)) is None


def test_a_mention_surface_links_when_the_canonical_name_does_not(linker):
    entity = Entity("Amazon Web Services division", "organization", mentions=(Span(0, 3, "AWS"),))
    found = linker.link_entity(entity)
    assert found.qid == "Q456157" and found.confidence == 0.9


def _ambiguous_table(tmp_path) -> LinkTable:
    rows = [
        {"qid": "Q1", "type": "company", "labels": {"en": "Acme Holdings"}, "aliases": {"en": ["Acme"]}},
        {"qid": "Q2", "type": "company", "labels": {"en": "Acme Tools"}, "aliases": {"en": ["Acme"]},
         "parent": "Q3"},
        {"qid": "Q3", "type": "company", "labels": {"en": "Toolmakers Group"}},
    ]
    path = tmp_path / "table.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return LinkTable.load(path)


def test_an_ambiguous_name_stays_unlinked_without_context(tmp_path):
    linker = Linker(_ambiguous_table(tmp_path))
    assert linker.link_entity(Entity("Acme", "organization")) is None


def test_the_article_text_breaks_a_tie(tmp_path):
    linker = Linker(_ambiguous_table(tmp_path))
    article = Article("a1", "Acme Tools said on Monday that Acme would close two plants.")
    out = link(Extraction(article, entities=[Entity("Acme", "organization")]), linker)
    assert (out.entities[0].qid, out.entities[0].link_method) == ("Q2", "offline-table+context")


def test_a_linked_parent_breaks_a_tie(tmp_path):
    linker = Linker(_ambiguous_table(tmp_path))
    article = Article("a1", "Acme will cut 300 jobs, its owner said.")
    entities = [Entity("Acme", "organization", parent="Toolmakers Group"), Entity("Toolmakers Group", "organization")]
    out = link(Extraction(article, entities=entities), linker)
    assert {e.name: e.qid for e in out.entities} == {"Acme": "Q2", "Toolmakers Group": "Q3"}
    assert Linker(_ambiguous_table(tmp_path)).link_entity(Entity("Acme", "organization"), LinkContext(), "Q3").qid == "Q2"


def test_a_malformed_table_is_reported_with_its_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"qid": "Q1", "type": "company", "labels": {"en": "A"}}\n{"qid": "X9", "type": "company"}\n')
    with pytest.raises(TableError, match=r"bad\.jsonl:2: bad qid 'X9'"):
        LinkTable.load(path)


def test_table_path_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_WIKIDATA_TABLE", str(tmp_path / "t.jsonl"))
    assert table_path() == tmp_path / "t.jsonl"


def test_links_become_same_as_and_a_conforming_link_node(store):
    article = Article("a1", "Amazon and Meta cut jobs, Andy Jassy said.", language="en")
    entities = [Entity("Amazon", "organization", mentions=(Span(0, 6, "Amazon"),)),
                Entity("Meta", "organization"), Entity("Andy Jassy", "person")]
    quads = article_quads(link(Extraction(article, entities=entities)))
    assert validate_quads(quads).conforms
    store.replace_graph(graph_iri("a1"), quads)
    rows = {(str(r["name"].value), r["wd"].value, r["method"].value, float(r["conf"].value)) for r in store.query(
        "SELECT ?name ?wd ?method ?conf WHERE { ?e schema:name ?name ; owl:sameAs ?wd ; nkg:wikidataLink ?l . "
        "?l nkg:linkMethod ?method ; nkg:linkConfidence ?conf ; nkg:qid ?q FILTER(STRAFTER(STR(?wd), STR(wd:)) = ?q) }")}
    assert rows == {("Amazon", WD + "Q3884", "offline-table", 1.0), ("Meta", WD + "Q380", "offline-table", 0.95)}
