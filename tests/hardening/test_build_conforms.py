"""A build of plausible articles must give a store that conforms: otherwise `kg validate` fails on it."""

from __future__ import annotations

from kg.pipeline import build
from kg.validate import to_rdflib, validate_graph

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
