"""One article made ready to store, touching no store: extract, link, map and validate.

Below both ways of building (``pipeline``: one process; ``parallel`` and ``cluster``: worker processes or
machines), which import it and not each other.
"""

from __future__ import annotations

from dataclasses import replace

from kg import shacl_fast
from kg.budget import ARTICLE_SECONDS, OverBudget, time_budget
from kg.extract import extract
from kg.lexicon import languages
from kg.link import link
from kg.mapping import GraphQuads, article_graph
from kg.read import read_fields
from kg.records import Article, Outcome
from kg.resolve import claim_rows
from kg.validate import validate_quads

# What warm() prepares in every language: a date, a name with a legal form, figures with a unit, a currency and a
# scale, so that each language's lazily compiled data (patterns, word lists, CLDR names) is built.
WARM_TEXT = ("Ostrava Widgets SA said on 3 March 2025 it would cut 1,200 jobs, 5% of its 24 000 staff, "
             "after revenue fell 12.5% to €3.4 billion ($3.7 bn).")


def prepare(article: Article, validate: bool = True,
            budget: float | None = ARTICLE_SECONDS) -> tuple[Outcome, GraphQuads | None]:
    """Extract, link, map and validate one article, touching no store: (outcome, its graph's quads or None if
    skipped; ``GraphQuads``, whose ``Quad`` objects are made only if iterated).
    The outcome carries the rows resolution reads of its claims (``Outcome.rows``): a first build resolves from
    them instead of reading the claims back from the store.

    This is the part of the build that runs in worker processes under ``build(..., jobs=N)``. An article
    that takes longer than ``budget`` seconds is skipped.
    """
    source = article.source or article.id
    try:
        with time_budget(budget):
            extraction = link(extract(article))
            quads = article_graph(extraction)
            data = shacl_fast.indexed(quads)  # for the check and the rows alike
            report = None if not validate or shacl_fast.conforms(quads, data) else validate_quads(quads)
    except OverBudget as e:
        return Outcome(source, "skipped", article.id, f"extraction {e} ({len(article.text):,} characters)"), None
    except Exception as e:  # an extractor bug must not stop the build
        return Outcome(source, "skipped", article.id, f"extraction failed: {type(e).__name__}: {e}"), None
    if report is not None and not report.conforms:  # the fast check is strict; pySHACL decides the rest
        return Outcome(source, "skipped", article.id, "does not conform to the shapes:\n" + report.text()), None
    return Outcome(article.source or article.id, "written", article.id,
                   claims=len(extraction.claims), quads=len(quads), extraction=extraction,
                   rows=claim_rows(quads, data)), quads


def warm() -> None:
    """Prepare a short article in every language once, in this process: what the first article of each language
    would otherwise compile (its patterns and word lists, the language identifier) is then loaded. The fork
    server of ``kg.pool`` does it once for all its workers, which each compiled it themselves (about 2 CPU s)."""
    article = read_fields({"id": "warm", "text": WARM_TEXT}, "warm")
    for code in languages():
        prepare(replace(article, language=code), budget=None)
