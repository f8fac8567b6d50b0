"""The offline table's countries (from ../shared/data/countries-wikidata.csv), continents and the EU:
every country there with its names and codes, and entities linked to them offline."""

from __future__ import annotations

import csv

import pytest

from kg.link import Linker, LinkTable
from kg.link.places import places
from kg.records import Entity

REGIONS = {"Q46": "Europe", "Q48": "Asia", "Q15": "Africa", "Q49": "North America", "Q18": "South America",
           "Q51": "Antarctica", "Q458": "European Union"}


@pytest.fixture(scope="module")
def table() -> LinkTable:
    return LinkTable.load()


def test_every_country_of_the_shared_file_is_in_the_table(table, shared_dir):
    with (shared_dir / "data" / "countries-wikidata.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 249
    languages = [key.removeprefix("name_") for key in rows[0] if key.startswith("name_")]
    assert len(languages) == 6
    for row in rows:
        item = table.items[row["wikidata_qid"]]
        assert item.type == "place"
        assert item.iso == {"alpha2": row["iso_alpha2"], "alpha3": row["iso_alpha3"]}
        names = item.names()
        for lang in languages:
            assert row[f"name_{lang}"] in names, (row["wikidata_qid"], lang)
            assert set(filter(None, row[f"alt_names_{lang}"].split("|"))) <= names
        assert item.source in ("countries", "verified")


def test_the_table_covers_countries_continents_and_the_eu(table):
    assert len(table) == 272
    for qid, name in REGIONS.items():
        assert table.items[qid].labels["en"] == name and table.items[qid].source == "regions"
    assert sum(1 for i in table.items.values() if i.source == "countries") == 246  # 3 were verified before
    assert {p.qid for p in places(table)} >= set(REGIONS) | {"Q142", "Q183", "Q55", "Q30"}


@pytest.mark.parametrize("name, qid, confidence", [
    ("France", "Q142", 1.0), ("Frankrijk", "Q142", 0.95), ("Frankreich", "Q142", 1.0), ("Francia", "Q142", 1.0),
    ("Germany", "Q183", 1.0), ("Deutschland", "Q183", 1.0), ("Europe", "Q46", 1.0), ("Europa", "Q46", 1.0),
    ("EU", "Q458", 0.95), ("Union européenne", "Q458", 1.0), ("Côte d'Ivoire", "Q1008", 1.0),
    ("United Kingdom", "Q145", 1.0), ("UK", "Q145", 0.95), ("Sverige", "Q34", 1.0),
])
def test_places_link_offline_in_six_languages(table, name, qid, confidence):
    link = Linker(table).link_entity(Entity(name, "place"))
    assert (link.qid, link.method, link.confidence) == (qid, "offline-table", confidence)


def test_no_guess_where_a_name_is_shared_or_the_type_differs(table):
    linker = Linker(table)
    assert linker.link_entity(Entity("Congo", "place")) is None  # both Congos
    assert linker.link_entity(Entity("France", "organization")) is None
    assert linker.link_entity(Entity("Oceania", "place")) is None  # its QID could not be checked offline


def test_places_give_a_gazetteer_its_names(table):
    france = next(p for p in places(table) if p.qid == "Q142")
    assert france.name == "France" and france.iso == {"alpha2": "FR", "alpha3": "FRA"}
    assert {"Frankrijk", "Frankreich", "Frankrike", "Francia", "Franse Republiek"} <= set(france.names)
