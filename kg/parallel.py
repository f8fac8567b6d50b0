"""Parallel build: worker processes extract, link, map and validate; this process reads and writes.

The input is read as a stream and only a bounded window of articles is in flight, so memory does not
grow with the corpus; outcomes come back in input order. This process is the only writer (an on-disk
Oxigraph store admits one). Workers send each article's graph back as N-Quads bytes, cheap to move
between processes.

A first import into an empty embedded store goes through Oxigraph's bulk loader in batches of whole
articles (several times faster than a transaction per article). The bulk loader is not transactional:
if such a first import is killed, delete the store and build again. Into a store that already holds
data, each article is written in its own transaction, as in a one-process build.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from pyoxigraph import RdfFormat, parse, serialize

from kg import EXTRACTOR_VERSION
from kg.mapping import graph_iri
from kg.pipeline import Outcome, prepare
from kg.records import Article

CHUNK = 8  # articles per task: fewer, larger messages between processes
AHEAD = 4  # chunks in flight per worker
BULK_BYTES = 8 * 2**20  # N-Quads buffered before one bulk load


def _work(chunk: list[Article], validate: bool) -> list[tuple[Outcome, bytes | None]]:
    """In a worker: prepare each article; its quads come back as N-Quads."""
    out = []
    for article in chunk:
        outcome, quads = prepare(article, validate)
        outcome.extraction = None
        out.append((outcome, None if quads is None else serialize(quads, format=RdfFormat.N_QUADS)))
    return out


class _Writer:
    """Writes prepared articles: bulk batches into an empty embedded store, else one transaction each."""

    def __init__(self, store):
        self.store = store
        self.bulk = hasattr(store, "bulk_load") and len(store) == 0
        self.buffer: list[bytes] = []
        self.size = 0

    def write(self, article_id: str, nquads: bytes) -> None:
        if self.bulk:
            self.buffer.append(nquads)
            self.size += len(nquads)
            if self.size >= BULK_BYTES:
                self.close()
            return
        quads = list(parse(nquads, format=RdfFormat.N_QUADS))
        self.store.replace_graph(graph_iri(article_id), quads)

    def close(self) -> None:
        if self.buffer:
            self.store.bulk_load(b"".join(self.buffer))
            self.buffer, self.size = [], 0


def _context():
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:  # no fork of this (threaded) process; workers fork from a clean server
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["kg.pipeline"])
        return ctx
    return multiprocessing.get_context("spawn")


def build_outcomes(items: Iterable, store, admit: Callable[[object], Outcome | None], validate: bool = True,
                   jobs: int = 2) -> Iterator[Outcome]:
    """Outcomes of ``items`` (articles and read errors) in input order, written to ``store`` as they come."""
    writer = _Writer(store)
    dispatched: set[str] = set()  # ids sent to workers in this run (the same article twice is unchanged)
    pending: deque[tuple[list, Future | None]] = deque()

    def finish(entries: list, future: Future | None) -> Iterator[Outcome]:
        try:
            results = iter(future.result()) if future else iter(())
            error = None
        except Exception as e:  # a worker died: report its articles, keep going
            results, error = iter(()), f"worker process failed: {type(e).__name__}: {e}"
        for decided, article, state in entries:
            if decided is not None:
                yield decided
                continue
            if error:
                yield Outcome(article.source or article.id, "skipped", article.id, error)
                continue
            outcome, nquads = next(results)
            if nquads is not None:
                writer.write(article.id, nquads)
                if state:
                    outcome.status = "replaced"
            yield outcome

    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
        chunk: list = []

        def dispatch() -> None:
            work = [article for decided, article, _ in chunk if decided is None]
            pending.append((list(chunk), pool.submit(_work, work, validate) if work else None))
            chunk.clear()

        for item in items:
            decided = admit(item)
            state = None
            if decided is None:
                if item.id in dispatched:
                    decided = Outcome(item.source or item.id, "unchanged", item.id)
                else:
                    state = store.article_state(item.id)
                    if state == (item.content_hash, EXTRACTOR_VERSION):
                        decided = Outcome(item.source or item.id, "unchanged", item.id)
                    else:
                        dispatched.add(item.id)
            chunk.append((decided, None if decided else item, state))
            if len(chunk) >= CHUNK:
                dispatch()
            while len(pending) > jobs * AHEAD:
                yield from finish(*pending.popleft())
        if chunk:
            dispatch()
        while pending:
            yield from finish(*pending.popleft())
    writer.close()
