"""A round's count revised within days ("raised the number of job cuts to 1,500 from 1,200", "utökar varslet till
1 500") is no rival of the count it replaces, and its day no rival date of the announcement: end to end, extractor
included, on articles written for the project about a made-up company."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from kg.contradictions import find_contradictions
from kg.extract import extract
from kg.pipeline import build
from kg.records import Article

ARTICLES = [
    Article(id="halvern-en-1", language="en", published="2026-04-07", publisher="Wire One",
            title="Halvern Motors to cut 1,200 jobs", text="Halvern Motors said on Monday it would cut 1,200 jobs."),
    Article(id="halvern-en-2", language="en", published="2026-04-10", publisher="City Ledger",
            title="Halvern Motors raises job cuts",
            text="Halvern Motors on Thursday raised the number of job cuts to 1,500 from 1,200, saying demand had "
                 "fallen further."),
    Article(id="halvern-nl-3", language="nl", published="2026-04-10", publisher="Dagblad Oost",
            title="Halvern Motors schrapt meer banen",
            text="Halvern Motors verhoogt het aantal ontslagen van 1.200 naar 1.500, maakte het bedrijf donderdag "
                 "bekend."),
    Article(id="halvern-sv-4", language="sv", published="2026-04-11", publisher="Industribladet",
            title="Halvern Motors varslar fler",
            text="Halvern Motors utökar varslet till 1 500 anställda, meddelade bolaget i torsdags."),
]


@pytest.mark.parametrize("article", ARTICLES[1:], ids=lambda a: a.id)
def test_the_revised_count_is_a_cut_marked_revised_and_no_workforce(article):
    [claim] = extract(article).claims
    assert (claim.kind, claim.quantity.value, claim.aggregate) == ("job_cuts", 1500, "revised")


def test_a_revision_within_the_week_gives_no_row(tmp_path):
    from kg.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    path = tmp_path / "halvern.jsonl"
    path.write_text("".join(json.dumps(asdict(a)) + "\n" for a in ARTICLES))
    assert build([path], store).ok
    assert find_contradictions(store) == []
