"""Incremental resolution: a build or ingest resolves again only the organisations its articles mention or
mentioned, with the same result as resolving the whole store, at a cost that does not grow with the store."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest

from bench.corpus import Round, article, write_corpus
from kg.language import identify
from kg.mapping import INPUTS_GRAPH, RESOLUTION_GRAPH
from kg.pipeline import build, ingest
from kg.records import Article
from kg.resolve import resolve_all
from kg.store import EmbeddedStore


def _write(path, rows: list[dict]):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _reports(org: str, days: list[date], prefix: str, seed: int) -> list[dict]:
    """Three outlets' reports of each of ``org``'s rounds of cuts, under ids of their own."""
    rng = random.Random(seed)
    rows = []
    for i, day in enumerate(days):
        event = Round(org, "Mara Quist", 48_000, "EUR", day, 1_500 * (i + 1), None)
        for j in range(3):
            row = article(0, event, rng)
            rows.append(row | {"id": f"{prefix}-{i}-{j}", "url": f"https://news.example/{prefix}/{i}/{j}"})
    return rows


def _resolution(store) -> set[str]:
    return {str(q) for q in store.graph_quads(RESOLUTION_GRAPH)}


def _inputs(store) -> set[str]:
    return {str(q) for q in store.graph_quads(INPUTS_GRAPH)}


def _same_as_full(store) -> bool:
    """Resolving the whole store again changes neither the resolution graph nor the resolution inputs."""
    before, inputs = _resolution(store), _inputs(store)
    assert inputs  # kept up to date by every resolution
    resolve_all(store)
    return _resolution(store) == before and _inputs(store) == inputs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(1_000, tmp_path_factory.mktemp("corpus"))


def test_adding_articles_resolves_their_organisations_as_resolving_everything_would(tmp_path, corpus):
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[:60]), encoding="utf-8")
    second.write_text("".join(lines[60:75]), encoding="utf-8")
    store = EmbeddedStore(tmp_path / "store")
    assert build([first], store).resolution.full  # a first build resolves everything
    report = build([second], store)
    assert not report.resolution.full and report.resolution.organisations > 0
    assert report.resolution.claims < sum(1 for _ in store.query("SELECT ?c WHERE { ?c a nkg:Claim }"))
    assert report.resolution.articles == 15  # only the new articles' graphs are read
    assert _same_as_full(store)
    assert not store.is_incomplete(RESOLUTION_GRAPH)


def test_a_first_build_resolves_from_the_rows_its_workers_read_as_reading_the_store_would(tmp_path, corpus):
    """A first build takes what resolution reads of each claim from the workers (``claim_rows`` of each
    article's quads), not from the store, and resolves its organisations in worker processes: the same rows,
    and the same resolution as reading them back and resolving in this process."""
    from kg.resolve import _rows, claim_rows

    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    path = tmp_path / "first.jsonl"
    path.write_text("".join(lines[:80]), encoding="utf-8")
    store = EmbeddedStore(tmp_path / "store")
    report = build([path], store, jobs=2)
    assert report.resolution.full and report.resolution.claims > 100
    from_quads = {}
    for graph in store.article_graphs():
        from_quads.update(claim_rows(store.graph_quads(graph)))
    assert from_quads == _rows(store)
    assert _same_as_full(store)


def test_adding_articles_resolves_from_their_rows_as_from_their_graphs(tmp_path, corpus):
    """A build into a store that holds data resolves the new articles' claims from their outcomes' rows, in
    worker processes with ``jobs``: the same resolution as reading them back from the articles' graphs and
    resolving in this process."""
    from kg.pipeline import process
    from kg.read import read_paths
    from kg.resolve import resolve_articles

    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[:30]), encoding="utf-8")
    second.write_text("".join(lines[30:40]), encoding="utf-8")
    given, read = EmbeddedStore(tmp_path / "given"), EmbeddedStore(tmp_path / "read")
    for store in (given, read):
        build([first], store)
    assert not build([second], given, jobs=2).resolution.full
    outcomes = [process(article, read) for article in read_paths([second])]
    assert not resolve_articles(read, [o.article_id for o in outcomes]).full
    assert _resolution(given) == _resolution(read) and _inputs(given) == _inputs(read)


def test_an_article_that_no_longer_names_an_organisation_takes_its_announcements_away(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    rows = _reports("Quorvex Minerals AB", [date(2025, 3, 4)], "q", 1) + _reports("Zentara Shipping GmbH",
                                                                                 [date(2025, 5, 6)], "z", 2)
    build([_write(tmp_path / "a.jsonl", rows)], store)
    orgs = "SELECT DISTINCT ?org WHERE { GRAPH <https://w3id.org/news-kg/graph/resolution> { ?a nkg:orgName ?org } }"
    assert {r["org"].value for r in store.query(orgs)} == {"Quorvex Minerals", "Zentara Shipping"}
    for row in rows[3:]:  # Zentara's three reports, rewritten about Quorvex
        text = row["text"].replace("Zentara Shipping GmbH", "Quorvex Minerals AB")
        record = Article(id=row["id"], text=text, published=row["published"], publisher=row["publisher"],
                         language=identify(text))
        assert ingest(record, store).status == "replaced"
    assert {r["org"].value for r in store.query(orgs)} == {"Quorvex Minerals"}
    assert _same_as_full(store)


def test_a_store_resolved_before_organisation_keys_is_resolved_whole_once(tmp_path, corpus):
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    store = EmbeddedStore(tmp_path / "store")
    for i, part in enumerate((lines[:40], lines[40:50], lines[50:60])):
        path = tmp_path / f"{i}.jsonl"
        path.write_text("".join(part), encoding="utf-8")
        if i == 1:  # as an older version wrote it
            store.update("DELETE WHERE { GRAPH <https://w3id.org/news-kg/graph/resolution> { ?s nkg:orgKey ?k } }")
        report = build([path], store)
        assert report.resolution.full == (i < 2)
        assert ("older version" in report.resolution.note) == (i == 1)
    assert _same_as_full(store)


def test_inputs_missing_or_of_another_resolver_version_resolve_the_whole_store_once(tmp_path, corpus):
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    store = EmbeddedStore(tmp_path / "store")
    damage = {1: "DROP GRAPH <https://w3id.org/news-kg/graph/resolution-inputs>",  # as an older version left it
              2: "DELETE WHERE { GRAPH ?g { ?g nkg:resolverVersion ?v } } ; INSERT DATA { GRAPH "
                 "<https://w3id.org/news-kg/graph/resolution-inputs> { <https://w3id.org/news-kg/graph/resolution-"
                 "inputs> nkg:resolverVersion \"another\" } }"}
    for i, part in enumerate((lines[:30], lines[30:35], lines[35:40], lines[40:45])):
        path = tmp_path / f"{i}.jsonl"
        path.write_text("".join(part), encoding="utf-8")
        if i in damage:
            store.update(damage[i])
        report = build([path], store)
        assert report.resolution.full == (i in (0, 1, 2))
        assert ("resolution inputs" in report.resolution.note) == (i in damage)
    assert _same_as_full(store)


def test_the_work_of_adding_articles_does_not_grow_with_the_store(tmp_path, corpus):
    """Stores of 100 and 1,000 generated articles (20 organisations at 1,000), each with the same reports
    about one more organisation; nine new articles about it and about an organisation not in the store: the
    same organisations, articles, claims and quads are read and written into either store."""
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    known = _reports("Quorvex Minerals AB", [date(2024, 2, 5), date(2024, 9, 16)], "known", 3)
    new = _reports("Quorvex Minerals AB", [date(2025, 1, 20)], "new", 4) + _reports(
        "Zentara Shipping GmbH", [date(2025, 4, 7), date(2025, 6, 2)], "zentara", 5)
    work = {}
    for n in (100, 1_000):
        folder = tmp_path / str(n)
        folder.mkdir()
        (folder / "bench.jsonl").write_text("".join(lines[:n]), encoding="utf-8")
        store = EmbeddedStore(folder / "store")
        build([folder / "bench.jsonl", _write(folder / "known.jsonl", known)], store, jobs=2)
        resolved = build([_write(folder / "new.jsonl", new)], store).resolution
        assert not resolved.full and resolved.organisations == 2 and resolved.articles == len(new)
        work[n] = (resolved.organisations, resolved.articles, resolved.stored, resolved.claims,
                   resolved.announcements, resolved.changed, resolved.written, resolved.removed)
    assert work[100] == work[1_000]
    print(f"\nadding {len(new)} articles to stores of 100 and 1,000: organisations, article graphs read, claims "
          f"read from the resolution inputs, claims resolved, announcements, announcements and topics rewritten, "
          f"quads written, quads removed "
          f"{work[100]} in both")


def test_a_store_resolved_by_another_version_says_so_and_a_rebuild_of_the_same_articles_resolves_it(tmp_path, corpus):
    import subprocess
    import sys

    from kg.resolve import resolution_outdated

    path = tmp_path / "some.jsonl"
    path.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(keepends=True)[:20]), encoding="utf-8")
    store_path = tmp_path / "store"
    store = EmbeddedStore(store_path)
    build([path], store)
    store.update("DELETE WHERE { GRAPH ?g { ?g nkg:resolverVersion ?v } } ; INSERT DATA { GRAPH "
                 "<https://w3id.org/news-kg/graph/resolution-inputs> { <https://w3id.org/news-kg/graph/resolution-"
                 "inputs> nkg:resolverVersion \"another\" } }")
    assert resolution_outdated(store)
    del store
    info = subprocess.run([sys.executable, "-m", "kg", "info", "--store", str(store_path)], capture_output=True, text=True)
    assert info.returncode == 0 and "resolved by another version" in info.stderr
    store = EmbeddedStore(store_path)
    report = build([path], store)  # every article unchanged
    assert report.count("unchanged") == 20 and report.resolution.full and not resolution_outdated(store)


def test_a_short_name_joins_its_one_long_name_across_outlets_and_parts_again_when_another_firm_shares_it(tmp_path):
    """"Dravik" in one outlet, "Dravik Systems" in others: one organisation, as resolving the whole store gives it,
    whichever comes first; a "Dravik Insurance" ingested later parts them again (the bare name could be either)."""
    store = EmbeddedStore(tmp_path / "store")
    orgs = "SELECT DISTINCT ?org WHERE { GRAPH <https://w3id.org/news-kg/graph/resolution> { ?a nkg:orgName ?org } }"
    short = _reports("Dravik", [date(2025, 3, 4)], "short", 1)[:1]
    build([_write(tmp_path / "short.jsonl", short)], store)
    build([_write(tmp_path / "long.jsonl", _reports("Dravik Systems", [date(2025, 3, 4)], "long", 2)[:2])], store)
    assert {r["org"].value for r in store.query(orgs)} == {"Dravik Systems"}
    assert _same_as_full(store)
    other = _reports("Dravik Insurance", [date(2025, 6, 2)], "other", 3)[:1]
    assert not build([_write(tmp_path / "other.jsonl", other)], store).resolution.full
    assert {r["org"].value for r in store.query(orgs)} == {"Dravik", "Dravik Systems", "Dravik Insurance"}
    assert _same_as_full(store)
