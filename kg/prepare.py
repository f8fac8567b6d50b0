"""One article made ready to store, touching no store: extract, link, map and validate.

Below both ways of building (``pipeline``: one process; ``parallel`` and ``cluster``: worker processes or
machines), which import it and not each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg import shacl_fast
from kg.extract import extract
from kg.link import link
from kg.mapping import article_quads
from kg.records import Article, Extraction
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


def prepare(article: Article, validate: bool = True) -> tuple[Outcome, list | None]:
    """Extract, link, map and validate one article, touching no store: (outcome, quads or None if skipped).

    This is the part of the build that runs in worker processes under ``build(..., jobs=N)``.
    """
    try:
        extraction = extract(article)
        extraction = link(extraction)
        quads = article_quads(extraction)
    except Exception as e:  # an extractor bug must not stop the build
        return Outcome(article.source or article.id, "skipped", article.id,
                       f"extraction failed: {type(e).__name__}: {e}"), None
    if validate and not shacl_fast.conforms(quads):  # the fast check is strict; pySHACL decides the rest
        report = validate_quads(quads)
        if not report.conforms:
            return Outcome(article.source or article.id, "skipped", article.id,
                           "does not conform to the shapes:\n" + report.text()), None
    return Outcome(article.source or article.id, "written", article.id,
                   claims=len(extraction.claims), quads=len(quads), extraction=extraction), quads
