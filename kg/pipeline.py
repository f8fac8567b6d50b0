"""The build: read -> extract -> link -> map -> validate -> store, one article at a time, then resolve events.

Nothing here raises on a bad article: it is reported in ``BuildReport.skipped`` and the rest goes on.
Each article is written in one transaction, so an article is either wholly in the store or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg import EXTRACTOR_VERSION
from kg.extract import extract
from kg.link import link
from kg.mapping import article_quads, graph_iri
from kg.read import MAX_BYTES, ReadError, not_unicode, read_paths
from kg.records import Article, Extraction
from kg.resolve import resolve_events
from kg.validate import validate_quads


@dataclass
class Outcome:
    """What happened to one input."""

    source: str
    status: str  # written, replaced, unchanged, skipped
    article_id: str | None = None
    reason: str = ""
    claims: int = 0
    quads: int = 0
    extraction: Extraction | None = None


@dataclass
class BuildReport:
    outcomes: list[Outcome] = field(default_factory=list)
    announcements: int = 0
    store_quads: int = 0

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
        return not self.skipped


def process(article: Article, store, validate: bool = True) -> Outcome:
    """Extract, map, validate and write one article (or leave the store untouched)."""
    problem = not_unicode(article)
    if problem:
        return Outcome(article.source or article.id, "skipped", article.id, problem)
    state = store.article_state(article.id)
    if state == (article.content_hash, EXTRACTOR_VERSION):
        return Outcome(article.source or article.id, "unchanged", article.id)
    try:
        extraction = extract(article)
        extraction = link(extraction)
        quads = article_quads(extraction)
    except Exception as e:  # an extractor bug must not stop the build
        return Outcome(article.source or article.id, "skipped", article.id,
                       f"extraction failed: {type(e).__name__}: {e}")
    if validate:
        report = validate_quads(quads)
        if not report.conforms:
            return Outcome(article.source or article.id, "skipped", article.id,
                           "does not conform to the shapes:\n" + report.text())
    store.replace_graph(graph_iri(article.id), quads)
    return Outcome(article.source or article.id, "replaced" if state else "written", article.id,
                   claims=len(extraction.claims), quads=len(quads), extraction=extraction)


def build(paths: Iterable[str | Path], store, validate: bool = True, max_bytes: int = MAX_BYTES,
          on_item: Callable[[Outcome], None] | None = None) -> BuildReport:
    """Ingest files and folders into the store; then resolve claims onto announcements."""
    report = BuildReport()
    seen: dict[str, tuple[str, str]] = {}  # article id -> (content hash, first source) in this run
    for item in read_paths(paths, max_bytes=max_bytes):
        if isinstance(item, ReadError):
            outcome = Outcome(item.source, "skipped", reason=item.reason)
        elif item.id in seen and seen[item.id][0] != item.content_hash:
            outcome = Outcome(item.source or item.id, "skipped", item.id,
                              f"article id {item.id!r} given twice with different texts (first in {seen[item.id][1]})")
        else:
            seen.setdefault(item.id, (item.content_hash, item.source or item.id))
            outcome = process(item, store, validate=validate)
        if on_item:
            on_item(outcome)
        outcome.extraction = None  # keep memory flat over large builds
        report.outcomes.append(outcome)
    if report.count("written", "replaced"):
        report.announcements = resolve_events(store)
    store.flush()
    report.store_quads = len(store)
    return report
