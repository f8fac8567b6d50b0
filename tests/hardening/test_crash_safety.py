"""Crash safety: `kg build` killed with SIGKILL at random points leaves a store that opens, conforms to
the shapes and holds only whole articles; a rerun then reaches exactly what an uninterrupted build makes.

"Whole" is measured against an uninterrupted build of the same corpus: every named graph in the killed
store must equal, quad for quad, the graph of that name the uninterrupted build wrote.

The build is frozen (SIGSTOP) before it is killed, so each trial knows what it killed: a build still
running, with the graphs a reader saw while it stood still. A trial whose build finished first, or had
written every graph by then, is run again: how many kills land mid-build does not depend on the machine.
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
from pyoxigraph import NamedNode, Store

from kg.pipeline import build
from kg.store import EmbeddedStore
from kg.validate import to_rdflib, validate_graph, validate_quads

from hardening.support import REPO

TRIALS = int(os.environ.get("KG_KILL_TRIALS", "20"))
ATTEMPTS = 20  # runs of one trial that may finish, or write every graph, before it could be frozen
UNION_CHECKS = 3  # whole-store validations of partial stores (seconds each)
SEED = 20261123
ARTICLES = 30

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


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """An uninterrupted build of the corpus and its graphs."""
    root = tmp_path_factory.mktemp("crash")
    corpus = root / "corpus.jsonl"
    write_corpus(corpus)
    proc = start_build(corpus, root / "reference")
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr.decode()[-2000:]
    store = EmbeddedStore(root / "reference", read_only=True)
    expected = graphs(store)
    assert validate_graph(to_rdflib(store.quads())).conforms
    return root, corpus, expected


def visible_graphs(store_dir) -> int | None:
    """Named graphs a reader beside the writer sees now; None when the store cannot be opened (while it is
    being created, or caught mid-write)."""
    try:
        return sum(1 for _ in Store.read_only(str(store_dir)).named_graphs())
    except (OSError, RuntimeError):
        return None


def freeze_and_kill(proc: subprocess.Popen, store_dir, graphs_written: int, then: float) -> int | None:
    """Once the build has written ``graphs_written`` graphs, ``then`` seconds later (mid-transaction, as it
    happens), freeze it and, if it is still running, kill it: the graphs a reader saw while it stood still,
    or None when the build had finished before it could be frozen (or the store could not be read then)."""
    while proc.poll() is None and (visible_graphs(store_dir) or 0) < graphs_written:
        time.sleep(0.01)
    time.sleep(then)
    if proc.poll() is not None:
        return None
    proc.send_signal(signal.SIGSTOP)
    seen = visible_graphs(store_dir) if proc.poll() is None else None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    return seen if proc.returncode == -signal.SIGKILL else None


def test_kill_9_at_random_points_leaves_only_whole_articles(reference):
    """Each trial kills a build once it has written a random number of graphs (1 to all but the last, which
    is the resolution graph), a random few milliseconds later, so kills land inside article transactions,
    between them, and in the resolution step.

    After every kill: the store opens read-write and holds exactly the graphs a reader saw while the build
    stood frozen, each whole (equal to the uninterrupted build's graph of that name) and conforming on its
    own; the partial store is validated whole, as `kg validate` does, in the first UNION_CHECKS trials
    (each costs seconds). Then a rerun must reach the uninterrupted build's quads exactly.
    """
    root, corpus, expected = reference
    total = sum(len(qs) for qs in expected.values())
    rng = random.Random(SEED)
    union_checks, redone = 0, 0
    for trial in range(TRIALS):
        target, then = rng.randint(1, len(expected) - 1), rng.uniform(0.0, 0.05)
        for attempt in range(ATTEMPTS):
            store_dir = root / f"trial-{trial}-{attempt}"
            wait = then if attempt == 0 else 0.0  # a run that was too late freezes the next one at once
            seen = freeze_and_kill(start_build(corpus, store_dir), store_dir, target, wait)
            if seen is not None and target <= seen < len(expected):
                break
            redone += 1
        else:
            pytest.fail(f"trial {trial}: in {ATTEMPTS} runs the build always finished, or wrote every graph, "
                        f"before it could be frozen")
        store = EmbeddedStore(store_dir)  # opens read-write: the lock died with the process
        found = graphs(store)
        assert len(found) == seen, f"trial {trial}: {len(found)} graphs after the kill, {seen} seen before it"
        for g, qs in found.items():
            assert g in expected, f"trial {trial}: unknown graph {g}"
            assert qs == expected[g], f"trial {trial}: graph {g} holds {len(qs)} quads, not the " \
                                      f"{len(expected[g])} of an uninterrupted build"
            assert validate_quads(store.graph_quads(NamedNode(g[1:-1]))).conforms
        if found and union_checks < UNION_CHECKS:
            union_checks += 1
            report = validate_graph(to_rdflib(store.quads()))
            assert report.conforms, f"trial {trial}: {report.text()}"
        rerun = build([corpus], store)  # the rerun finishes what the killed build began
        assert rerun.ok, [o.reason for o in rerun.skipped]
        assert len(store) == total, f"trial {trial}: {len(store)} quads after the rerun, {total} expected " \
                                    f"({len(found)} graphs before it; rerun {[o.status for o in rerun.outcomes]})"
        assert graphs(store) == expected
        del store
    print(f"\n{TRIALS} kill trials ({redone} runs redone): each killed a running build that had written part of "
          f"the store; all stores opened, held whole articles that conform ({union_checks} validated whole), "
          f"and were completed by a rerun to the uninterrupted build's {total} quads")


def test_rerun_resolves_what_a_killed_build_left_unresolved(tmp_path):
    """Killed after its last article and before resolving: the rerun finds every article unchanged and
    must still write the announcements (it once skipped them for good)."""
    from kg.mapping import RESOLUTION_GRAPH

    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    store = EmbeddedStore(tmp_path / "store")
    first = build([corpus], store)
    assert first.announcements > 0
    complete = len(store)
    store.ox.remove_graph(RESOLUTION_GRAPH)  # the state such a kill leaves
    rerun = build([corpus], store)
    assert rerun.count("unchanged") == ARTICLES
    assert rerun.announcements == first.announcements
    assert len(store) == complete
    assert build([corpus], store).announcements == 0  # and a rerun with nothing to do does not resolve again
