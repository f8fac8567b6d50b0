"""The build: read -> extract -> link -> map -> validate -> store, one article at a time, then resolve events:
those of the organisations the written articles mention (``kg.resolve.resolve_articles``), or all of them.

Nothing here raises on a bad article: it is reported in ``BuildReport.skipped`` and the rest goes on;
one that takes longer than its time budget to extract is skipped too. Each article is written in one
transaction, so an article is either wholly in the store or not at all. A store that cannot be written
(a full disk) stops the build with ``BuildReport.stopped`` saying why; what was written is whole.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg import EXTRACTOR_VERSION
from kg.budget import ARTICLE_SECONDS
from kg.mapping import INPUTS_GRAPH, RESOLUTION_GRAPH, graph_iri
from kg.read import MAX_BYTES, ReadError, frame_paths, not_unicode, read_paths
from kg.records import Article, Outcome
from kg.resolve import Work, resolution_outdated, resolve_all, resolve_articles


@dataclass
class BuildReport:
    outcomes: list[Outcome] = field(default_factory=list)
    announcements: int = 0
    resolution: Work | None = None  # what the resolution at the end did (None: nothing to resolve)
    store_quads: int | None = 0  # None: not counted
    stopped: str = ""  # why the build stopped before the end (the store could not be written)

    def count(self, *statuses: str) -> int:
        return sum(1 for o in self.outcomes if o.status in statuses)

    @property
    def skipped(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "skipped"]

    @property
    def claims(self) -> int:
        return sum(o.claims for o in self.outcomes if o.status in ("written", "replaced"))

    @property
    def ok(self) -> bool:
        return not self.skipped and not self.stopped


def process(article: Article, store, validate: bool = True, budget: float | None = ARTICLE_SECONDS) -> Outcome:
    """Extract, map, validate and write one article (or leave the store untouched)."""
    from kg.prepare import prepare  # the extractor, loaded where it runs (not by a parallel build's writer)

    problem = not_unicode(article)
    if problem:
        return Outcome(article.source or article.id, "skipped", article.id, problem)
    state = store.article_state(article.id)
    if state == (article.content_hash, EXTRACTOR_VERSION):
        return Outcome(article.source or article.id, "unchanged", article.id)
    outcome, quads = prepare(article, validate, budget)
    if quads is None:
        return outcome
    store.replace_graph(graph_iri(article.id), quads)
    if state:
        outcome.status = "replaced"
    return outcome


def ingest(article: Article, store, validate: bool = True, budget: float | None = ARTICLE_SECONDS) -> Outcome:
    """One article written and its organisations' announcements resolved again, as one unit (the API's ingest).

    A marker stands in the resolution graph from before the article is written until its resolution is
    written, so a process killed in between leaves it: ``resolution_stale`` is then true, and the next
    build or server start resolves everything (``repair_resolution``). A marker left before is repaired here too.
    """
    pending = store.is_incomplete(RESOLUTION_GRAPH)
    store.mark_incomplete(RESOLUTION_GRAPH)
    outcome = process(article, store, validate=validate, budget=budget)
    if pending:
        resolve_all(store)
    elif outcome.status in ("written", "replaced"):
        resolve_articles(store, [article.id], rows=outcome.rows)
    store.clear_incomplete(RESOLUTION_GRAPH)
    return outcome


def repair_resolution(store) -> bool:
    """Resolve again if a write of the resolution graph (or an ingest) was cut off; whether it was."""
    if not store.is_incomplete(RESOLUTION_GRAPH):
        return False
    resolve_all(store)
    return True


_STALE = f"""ASK {{
  {{ GRAPH ?g {{ ?claim a nkg:Claim }} FILTER (?g != {RESOLUTION_GRAPH})
     FILTER NOT EXISTS {{ GRAPH {RESOLUTION_GRAPH} {{ ?claim nkg:about ?announcement }} }} }}
  UNION
  {{ GRAPH {RESOLUTION_GRAPH} {{ ?claim nkg:about ?announcement }}
     FILTER NOT EXISTS {{ GRAPH ?g {{ ?claim a nkg:Claim }} FILTER (?g != {RESOLUTION_GRAPH}) }} }}
  UNION
  {{ GRAPH {RESOLUTION_GRAPH} {{ {RESOLUTION_GRAPH} nkg:writeIncomplete ?marker }} }}
  UNION
  {{ GRAPH {RESOLUTION_GRAPH} {{ ?announcement nkg:orgKey ?key }}
     FILTER NOT EXISTS {{ GRAPH {INPUTS_GRAPH} {{ {INPUTS_GRAPH} nkg:resolverVersion ?version }} }} }}
}}"""


def resolution_stale(store) -> bool:
    """Whether some claim is on no announcement, an announcement holds a claim no article makes, the
    resolution graph is marked incomplete (``store.replace_graph`` writes a large one in batches), or it has
    no resolution inputs beside it (``kg.resolve.resolve_all`` writes them last).

    Then a build stopped (killed) between writing articles and resolving them, or while writing the
    resolution, and a rerun that finds every article unchanged must still resolve. So must one over a store
    resolved by another version of the resolver (``resolution_outdated``).
    """
    return bool(store.query(_STALE)) or resolution_outdated(store)


def build(paths: Iterable[str | Path], store, validate: bool = True, max_bytes: int = MAX_BYTES,
          on_item: Callable[[Outcome], None] | None = None, jobs: int = 1,
          budget: float | None = ARTICLE_SECONDS, cluster: str | None = None,
          full_resolution: bool = False, count_quads: bool = True) -> BuildReport:
    """Ingest files and folders into the store; then resolve claims onto announcements: only those of the
    organisations whose claims the written articles make or made, or, with ``full_resolution``, after a build
    that was cut off, or where the store holds no resolution yet, all of them.

    With ``jobs`` > 1, finishing each article (language, dates), extraction, mapping and validation run in
    that many worker processes while this process cuts the input into drafts as a stream and is the only
    writer (see ``parallel``). With ``cluster`` (a Dask scheduler's address, ``tcp://HOST:8786``) the same work
    runs on the cluster's workers and this process streams their results into the store (see ``cluster``).
    ``budget``: seconds an article may take before it is skipped.

    Into a store that holds anything, a marker stands in the resolution graph from before the first article is
    written until the resolution is: a build killed in between leaves it, and the next one resolves everything.
    (An empty store is left unmarked, so that a first import can bulk-load; killed, it holds no resolution.)

    ``report.store_quads`` counts the store's quads after the build, which reads every quad: without
    ``count_quads`` it is counted only after a build into an empty store (else it is None).
    """
    report = BuildReport()
    pending = store.is_incomplete(RESOLUTION_GRAPH)
    seen: dict[str, tuple[str, str]] = {}  # article id -> (content hash, first source) in this run

    def admit(item) -> Outcome | None:
        """An outcome decided before any work (unreadable, or an id given twice), else None."""
        if isinstance(item, ReadError):
            return Outcome(item.source, "skipped", reason=item.reason)
        if item.id in seen and seen[item.id][0] != item.content_hash:
            return Outcome(item.source or item.id, "skipped", item.id,
                           f"article id {item.id!r} given twice with different texts (first in {seen[item.id][1]})")
        seen.setdefault(item.id, (item.content_hash, item.source or item.id))
        return None

    if cluster:
        from kg.cluster import build_outcomes as on_cluster

        outcomes = on_cluster(frame_paths(paths, max_bytes=max_bytes), store, admit, cluster, validate=validate,
                              budget=budget)
    elif jobs > 1:
        from kg.parallel import build_outcomes

        outcomes = build_outcomes(frame_paths(paths, max_bytes=max_bytes), store, admit, validate=validate, jobs=jobs,
                                  budget=budget)
    else:
        outcomes = (admit(item) or process(item, store, validate=validate, budget=budget)
                    for item in read_paths(paths, max_bytes=max_bytes))
    try:
        held = store.query("ASK { GRAPH ?g { ?s ?p ?o } }")
        if not pending and held:
            store.mark_incomplete(RESOLUTION_GRAPH)
        rows: dict[str, dict] | None = {}  # the written articles' claims as resolution reads them
        for outcome in outcomes:
            if on_item:
                on_item(outcome)
            if rows is not None and outcome.status in ("written", "replaced"):
                if outcome.rows is None:  # an outcome made elsewhere, without them: read back instead
                    rows = None
                else:
                    rows.update(outcome.rows)
            outcome.extraction = outcome.rows = None  # keep memory flat over large builds
            report.outcomes.append(outcome)
        changed = [o.article_id for o in report.outcomes if o.status in ("written", "replaced")]
        if changed and rows is not None and not held:  # a first build: the store holds what it wrote
            report.resolution = resolve_all(store, rows=rows, jobs=jobs)
        elif full_resolution or pending:
            report.resolution = resolve_all(store, jobs=jobs)
        elif changed:
            report.resolution = resolve_articles(store, changed, rows=rows, jobs=jobs)
        else:
            store.clear_incomplete(RESOLUTION_GRAPH)  # this build's own marker: stale only from an older cut
            if resolution_stale(store):
                report.resolution = resolve_all(store, jobs=jobs)
        store.clear_incomplete(RESOLUTION_GRAPH)
        report.announcements = report.resolution.announcements if report.resolution else 0
        store.flush()
        report.store_quads = len(store) if count_quads or not held else None
    except OSError as e:  # reading errors are reported per input: this is the store failing to write
        report.stopped = f"the store could not be written: {_os_reason(e)}"
    return report


def _os_reason(error: OSError) -> str:
    """An OSError in a few words: RocksDB repeats the cause after the file it was writing."""
    text = error.strerror or str(error)
    if error.errno == errno.ENOSPC or "No space left on device" in text:
        return "no space left on the device (the disk is full)"
    return text
