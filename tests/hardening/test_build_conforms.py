"""A build of plausible articles must give a store that conforms: otherwise `kg validate` fails on it."""

from __future__ import annotations

from kg.pipeline import build
from kg.validate import to_rdflib, validate_graph, validate_store

PAIR = [  # the same company's cuts, reported by two outlets a few days apart
    '{"id": "nl-14", "text": "Brightwell SA schrapt ongeveer 11617 banen, meldde het bedrijf in oktober 2025. '
    'Het concern telt 220723 werknemers.", "language": "nl", "published": "2025-10-14"}',
    '{"id": "en-12", "text": "Brightwell SA said on Tuesday it would cut 6,185 jobs in October 2025, chief executive '
    'Jane Doe told staff. The company employs about 136,070 people.", "language": "en", "published": "2025-10-12"}',
]


def test_two_outlets_a_few_days_apart_give_a_conforming_store(tmp_path, store):
    feed = tmp_path / "pair.jsonl"
    feed.write_text("\n".join(PAIR) + "\n", encoding="utf-8")
    report = build([feed], store)
    assert report.ok, [o.reason for o in report.skipped]
    assert report.claims >= 2
    result = validate_graph(to_rdflib(store.quads()))
    assert result.conforms, result.text()


SPELLINGS = [  # one chief executive, spelt with and without the accent by two outlets
    '{"id": "es-03", "text": "Brightwell SA recortará 1.200 empleos, dijo el consejero delegado Iván Soler el martes.", '
    '"language": "es", "published": "2025-10-14"}',
    '{"id": "en-04", "text": "Brightwell SA will cut 1,200 jobs, chief executive Ivan Soler said on Tuesday.", '
    '"language": "en", "published": "2025-10-15"}',
]


def test_two_spellings_of_one_name_are_each_their_sources_own(tmp_path, store):
    """Each article states the name as it spells it: the whole store conforms, but two names in one article
    graph are still a violation, reported with that graph."""
    feed = tmp_path / "spellings.jsonl"
    feed.write_text("\n".join(SPELLINGS) + "\n", encoding="utf-8")
    assert build([feed], store).ok
    names = {row["name"].value: row["g"].value for row in store.query(
        'SELECT ?name ?g WHERE { GRAPH ?g { ?p a nkg:Person ; schema:name ?name } FILTER(CONTAINS(?name, "Soler")) }')}
    assert set(names) == {"Iván Soler", "Ivan Soler"}
    assert len(set(names.values())) == 2  # one spelling in each article's graph
    assert validate_store(store).conforms, validate_store(store).text()

    graph = names["Ivan Soler"]
    store.update(f'INSERT {{ GRAPH <{graph}> {{ ?p schema:name "I. Soler" }} }} '
                 f'WHERE {{ GRAPH <{graph}> {{ ?p schema:name "Ivan Soler" }} }}')
    report = validate_store(store)
    assert not report.conforms
    assert [v.message for v in report.violations] == [f"More than 1 value(s) of <https://schema.org/name> in the graph <{graph}>."]
