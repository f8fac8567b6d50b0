"""Crash safety: `kg build` killed with SIGKILL at random points leaves a store that opens, conforms to
the shapes and holds only whole articles; a rerun then reaches exactly what an uninterrupted build makes.

"Whole" is measured against an uninterrupted build of the same corpus: every named graph in the killed
store must equal, quad for quad, the graph of that name the uninterrupted build wrote.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict

import pytest
from pyoxigraph import NamedNode

from kg.pipeline import build
from kg.store import EmbeddedStore
from kg.validate import to_rdflib, validate_graph, validate_quads

from hardening.support import REPO

TRIALS = int(os.environ.get("KG_KILL_TRIALS", "20"))
KILLS_PER_CHAIN = 4
UNION_CHECKS = 3  # whole-store validations of partial stores (seconds each)
SEED = 20261123
ARTICLES = 40

ORGS = ["Acme Corp", "Globex AB", "Initech GmbH", "Kestrel Systems", "Brightwell SA", "Nordhavn Group"]
SENTENCES = {  # no time expressions: each claim is about its article's own date
    "en": "{org} said it would cut {n:,} jobs, chief executive Jane Doe told staff. "
          "The company employs about {w:,} people.",
    "nl": "{org} schrapt ongeveer {n} banen, meldde het bedrijf. Het concern telt {w} werknemers.",
    "sv": "{org} varslar drygt {n} anställda, uppger företaget. Bolaget har {w} anställda.",
    "de": "{org} streicht rund {n} Stellen, teilte der Konzern mit. Er beschäftigt {w} Mitarbeiter.",
}


def write_corpus(path) -> None:
    rng = random.Random(SEED)
    with path.open("w", encoding="utf-8") as f:
        for i in range(ARTICLES):
            lang = rng.choice(sorted(SENTENCES))
            n = rng.randrange(100, 20_000)
            text = SENTENCES[lang].format(org=rng.choice(ORGS), n=n, w=n * rng.randrange(5, 40))
            f.write(json.dumps({"id": f"crash-{i:03d}", "text": text, "language": lang,
                                "published": f"2025-10-{i % 28 + 1:02d}"}, ensure_ascii=False) + "\n")


def graphs(store: EmbeddedStore) -> dict[str, frozenset[str]]:
    by_graph = defaultdict(set)
    for q in store.quads():
        by_graph[str(q.graph_name)].add(str(q))
    return {g: frozenset(qs) for g, qs in by_graph.items()}


def start_build(corpus, store_dir) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store_dir), "--quiet"],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def timed_build(corpus, store_dir) -> float:
    started = time.monotonic()
    proc = start_build(corpus, store_dir)
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr.decode()[-2000:]
    return time.monotonic() - started


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """An uninterrupted build: its graphs, and how long a build and a start-up take right now."""
    root = tmp_path_factory.mktemp("crash")
    corpus, empty = root / "corpus.jsonl", root / "empty.jsonl"
    write_corpus(corpus)
    empty.write_text('{"id": "warm-up", "text": "Nothing to see."}\n')
    startup = timed_build(empty, root / "warm-up")
    elapsed = timed_build(corpus, root / "reference")
    store = EmbeddedStore(root / "reference", read_only=True)
    expected = graphs(store)
    assert validate_graph(to_rdflib(store.quads())).conforms
    return root, corpus, expected, startup, elapsed


def test_kill_9_at_random_points_leaves_only_whole_articles(reference):
    """Chains of builds on one store, each killed at a random point, then a rerun to the end.

    After every kill: the store opens read-write, every graph in it is whole (equal to the uninterrupted
    build's graph of that name) and conforms on its own. A store holding every graph is then the
    uninterrupted build's store, which conforms; a partial one is validated whole, as `kg validate` does,
    for the first UNION_CHECKS chains (each costs seconds). Then a rerun must reach the uninterrupted
    build's quads exactly.
    """
    root, corpus, expected, startup, elapsed = reference
    total = sum(len(qs) for qs in expected.values())
    rng = random.Random(SEED)
    kills, killed, partial, chains, union_checks = 0, 0, 0, 0, 0
    while kills < TRIALS:
        store_dir = root / f"chain-{chains}"
        chains += 1
        for _ in range(KILLS_PER_CHAIN):
            proc = start_build(corpus, store_dir)
            time.sleep(rng.uniform(0.8 * startup, elapsed))
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=60)
            kills += 1
            killed += proc.returncode == -signal.SIGKILL
            store = EmbeddedStore(store_dir)  # opens read-write: the lock died with the process
            found = graphs(store)
            for g, qs in found.items():
                assert g in expected, f"kill {kills}: unknown graph {g}"
                assert qs == expected[g], f"kill {kills}: graph {g} holds {len(qs)} quads, not the " \
                                          f"{len(expected[g])} of an uninterrupted build"
                assert validate_quads(store.graph_quads(NamedNode(g[1:-1]))).conforms
            del store
            partial += 0 < len(found) < len(expected)
            if len(found) == len(expected) or kills == TRIALS:
                break
        store = EmbeddedStore(store_dir)
        if 0 < len(found) < len(expected) and union_checks < UNION_CHECKS:
            union_checks += 1
            report = validate_graph(to_rdflib(store.quads()))
            assert report.conforms, f"chain {chains}: {report.text()}"
        rerun = build([corpus], store)  # the rerun finishes what the killed builds began
        assert rerun.ok, [o.reason for o in rerun.skipped]
        assert len(store) == total, f"chain {chains}: {len(store)} quads after the rerun, {total} expected"
        assert graphs(store) == expected
        del store
    print(f"\n{kills} kills in {chains} chains: {killed} landed mid-build, {partial} left a partial store "
          f"({union_checks} validated whole); all stores opened, held whole articles that conform, and were "
          f"completed by a rerun")
    assert killed >= TRIALS * 0.6, "the build finished before most kills: the corpus is too small to test anything"
    assert partial >= TRIALS * 0.3, "few kills landed mid-ingest"
