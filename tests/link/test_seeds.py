"""On the seed articles: every verified entity the seeds mention is linked to its QID, none to a wrong one."""

from __future__ import annotations

import json
import re

import pytest

from kg.extract import extract
from kg.link import Linker, LinkTable, link
from kg.link.names import normalise
from kg.read import read_paths
from kg.records import Entity, Extraction, Span

# The verified entities each seed mentions: (surface in the text, entity type, QID). Article ids are prefixes.
MENTIONED = {
    "000": [("Amazon", "organization", "Q3884"), ("New York Times", "publisher", "Q9684"),
            ("Amazon Go", "product", "Q27676067"), ("Amazon Fresh", "product", "Q4740834"),
            ("Whole Foods", "organization", "Q1809448"), ("UPS", "organization", "Q155026"),
            ("Sverige", "place", "Q34")],
    "001": [("Amazon", "organization", "Q3884"), ("AWS", "organization", "Q456157"),
            ("IBM", "organization", "Q37156"), ("Microsoft", "organization", "Q2283")],
    "002": [("Amazon", "organization", "Q3884"), ("Microsoft", "organization", "Q2283")],
    "003": [("Amazon", "organization", "Q3884")],
    "004": [("Amazon", "organization", "Q3884"), ("Amazon Web Services", "organization", "Q456157"),
            ("AWS", "organization", "Q456157"), ("Meta", "organization", "Q380"),
            ("Citigroup", "organization", "Q219508"), ("Vimeo", "organization", "Q156376"),
            ("Intel", "organization", "Q248"), ("Microsoft", "organization", "Q2283"),
            ("Minneapolis", "place", "Q36091"), ("United States", "place", "Q30")],
}


@pytest.fixture
def seeds(shared_dir):
    shared = shared_dir
    return {a.id[:3]: a for a in read_paths([shared / "corpus" / "seeds"])}


@pytest.fixture
def verified(shared_dir) -> dict[str, dict]:
    shared = shared_dir
    rows = [json.loads(x) for x in (shared / "data" / "wikidata-verified.jsonl").read_text().splitlines()]
    return {r["qid"]: r for r in rows}


def test_every_verified_entity_a_seed_mentions_is_linked_from_its_mention(seeds, verified):
    linker = Linker(LinkTable.load())
    for prefix, expected in MENTIONED.items():
        article = seeds[prefix]
        entities = []
        for surface, type_, qid in expected:
            assert qid in verified
            m = re.search(rf"\b{re.escape(surface)}\b", article.text)
            assert m, f"{surface!r} is not in seed {prefix}"
            entities.append(Entity(surface, type_, mentions=(Span(m.start(), m.end(), surface),)))
        out = link(Extraction(article, entities=entities), linker)
        assert [(e.name, e.qid) for e in out.entities] == [(s, q) for s, _, q in expected]


def test_the_extractor_s_entities_on_the_seeds_link_right(seeds, verified):
    """End to end with the real extractor: every verified entity a seed mentions is linked, none wrongly."""
    table = LinkTable.load()
    found_any = False
    for prefix, article in seeds.items():
        extraction = link(extract(article))
        found_any |= bool(extraction.entities)
        by_name = {normalise(e.name): e for e in extraction.entities}
        for surface, _, qid in MENTIONED[prefix]:
            entity = by_name.get(normalise(surface)) or by_name.get(normalise(verified[qid]["label"]))
            assert entity is not None, f"seed {prefix}: the extractor did not find {surface!r}"
            assert entity.qid == qid, (prefix, entity)
        for e in extraction.entities:
            # no QID that was not verified, by hand or with the countries and regions (ontology/WIKIDATA.md)
            assert e.qid is None or e.qid in verified or table.items[e.qid].source in ("countries", "regions"), (prefix, e)
            if e.qid:
                names = {normalise(n) for n in table.items[e.qid].names()}
                assert normalise(e.name) in names or any(normalise(s.text) in names for s in e.mentions), (prefix, e)
    if not found_any:
        pytest.skip("the extractor finds no entities in the seeds yet")
