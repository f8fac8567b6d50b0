"""Parallel build: worker processes finish reading (language, dates), extract, link, map and validate;
this process cuts the input into drafts and writes.

The input is read as a stream and only a bounded window of articles is in flight, so memory does not
grow with the corpus; outcomes come back in input order. This process is the only writer (an on-disk
Oxigraph store admits one). Workers send each article's graph back as N-Quads bytes, cheap to move
between processes. An article already stored goes to its worker with its stored (content hash,
extractor version), and the worker skips the extraction when the text is unchanged.

A first import into an empty store goes through the store's ``load_new`` in batches of whole articles
(the embedded store's bulk loader, several times faster than a transaction per article; a server's
SPARQL Update of many graphs per request). A killed first import leaves whole articles. Into a store
that already holds data, each article is written in its own transaction, as in a one-process build.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass

from pyoxigraph import RdfFormat, parse

from kg import EXTRACTOR_VERSION
from kg.mapping import graph_iri
from kg.pool import process_pool
from kg.read import ArticleDraft, ReadError, finish
from kg.records import Outcome

CHUNK = 8  # articles per task: fewer, larger messages between processes
AHEAD = 16  # chunks in flight per worker: enough to keep them busy while this process writes
# N-Quads buffered before one bulk load (about 170,000 bench quads: below the loader's million). Fewer, larger loads
# leave RocksDB less to compact: at 10k articles the writer's CPU in the article phase fell from 38 to 23 s at 8 MB.
BULK_BYTES = 32 * 2**20


@dataclass(frozen=True)
class Seen:
    """What this process needs of a finished article to tell repeats apart (``pipeline.build``'s admit)."""

    id: str
    content_hash: str
    source: str


def prepare_chunk(chunk: list[tuple[ArticleDraft, tuple[str, str] | None]], validate: bool,
                  budget: float | None = None) -> list[tuple]:
    """In a worker: finish and prepare each draft -> (Seen or ReadError, outcome, N-Quads or None)."""
    from kg.prepare import prepare  # the extractor: in the workers (preloaded), not in this writing process

    out = []
    for draft, state in chunk:
        article = finish(draft)
        if isinstance(article, ReadError):
            out.append((article, None, None))
            continue
        seen = Seen(article.id, article.content_hash, article.source or article.id)
        if state == (article.content_hash, EXTRACTOR_VERSION):
            out.append((seen, Outcome(seen.source, "unchanged", article.id), None))
            continue
        outcome, quads = prepare(article, validate, budget)
        outcome.extraction = None
        out.append((seen, outcome, None if quads is None else quads.nquads()))
    return out


class ArticleWriter:
    """Writes prepared articles (N-Quads): in batches through ``load_new`` into an empty store, else one
    ``replace_graph`` each.

    A batch loads in a thread (Oxigraph lets go of the GIL while it parses and sorts; a server works
    while we wait), one at a time, so this process keeps feeding the workers meanwhile; ``close`` waits
    for the last and raises its error.
    """

    def __init__(self, store):
        self.store = store
        self.bulk = not store.query("ASK { GRAPH ?g { ?s ?p ?o } }")  # empty (counting would read every quad)
        self.buffer: list[bytes] = []
        self.size = 0
        self.loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bulk-load") if self.bulk else None
        self.loading: Future | None = None

    def write(self, article_id: str, nquads: bytes) -> None:
        if self.bulk:
            self.buffer.append(nquads)
            self.size += len(nquads)
            if self.size >= BULK_BYTES:
                self._load()
            return
        quads = list(parse(nquads, format=RdfFormat.N_QUADS, lenient=True))  # our workers' writing
        self.store.replace_graph(graph_iri(article_id), quads)

    def _load(self) -> None:
        if self.loading is not None:
            self.loading.result()  # one load at a time; an error stops the build here
            self.loading = None
        if self.buffer:
            self.loading = self.loader.submit(self.store.load_new, b"".join(self.buffer))
            self.buffer, self.size = [], 0

    def close(self) -> None:
        if self.loader is not None:
            try:
                self._load()  # what is left in the buffer
                self._load()  # and wait for it
            finally:
                self.loader.shutdown()


def build_outcomes(items: Iterable[ArticleDraft | ReadError], store, admit: Callable[[object], Outcome | None],
                   validate: bool = True, jobs: int = 2, budget: float | None = None, executor: Executor | None = None,
                   chunk_size: int = CHUNK) -> Iterator[Outcome]:
    """Outcomes of ``items`` (drafts and read errors) in input order, written to ``store`` as they come.

    The work runs in ``jobs`` worker processes of this machine, or on ``executor`` (a Dask cluster's,
    ``kg.cluster``) with ``jobs`` slots: ``jobs * AHEAD`` chunks of ``chunk_size`` articles are in flight.
    """
    writer = ArticleWriter(store)
    fresh = writer.bulk  # an empty store: nothing to look up but what this run writes
    done: set[str] = set()  # ids this run has settled (an article given twice is written once)
    pending: deque[tuple[list, Future | None]] = deque()

    def settle(draft: ArticleDraft, state, result) -> Outcome:
        seen, outcome, nquads = result
        decided = admit(seen)  # a read error, or an id given twice with different texts
        if decided is not None:
            return decided
        if seen.id in done:
            return Outcome(seen.source, "unchanged", seen.id) if outcome.status != "skipped" else outcome
        done.add(seen.id)
        if nquads is not None:
            writer.write(seen.id, nquads)
            if state:
                outcome.status = "replaced"
        return outcome

    def finish_chunk(entries: list, future: Future | None) -> Iterator[Outcome]:
        try:
            results = iter(future.result()) if future else iter(())
            error = None
        except Exception as e:  # a worker died: report its articles, keep going
            results, error = iter(()), f"worker process failed: {type(e).__name__}: {e}"
        for decided, draft, state in entries:
            if decided is not None:
                yield decided
            elif error:
                yield Outcome(draft.source, "skipped", draft.id, error)
            else:
                yield settle(draft, state, next(results))

    with executor or process_pool(jobs) as pool:
        chunk: list = []

        def dispatch() -> None:
            work = [(draft, state) for decided, draft, state in chunk if decided is None]
            pending.append((list(chunk), pool.submit(prepare_chunk, work, validate, budget) if work else None))
            chunk.clear()

        for item in items:
            if isinstance(item, ReadError):
                chunk.append((admit(item), None, None))
            else:
                chunk.append((None, item, None if fresh or item.id in done else store.article_state(item.id)))
            if len(chunk) >= chunk_size:
                dispatch()
            while len(pending) > jobs * AHEAD:
                yield from finish_chunk(*pending.popleft())
        if chunk:
            dispatch()
        while pending:
            yield from finish_chunk(*pending.popleft())
    writer.close()
