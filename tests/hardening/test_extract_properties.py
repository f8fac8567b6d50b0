"""Property tests of the extractor: any text in, no exception out, and every offset exact.

Exact offsets are what make a claim traceable: ``article.text[c.start:c.end] == c.quote`` for every claim,
and every mention span slices the text to its own text. And whatever is extracted maps to a graph the
shapes accept, or the article would be lost at ingest.
"""

from __future__ import annotations

import math
import signal
from contextlib import contextmanager

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract import extract
from kg.lexicon import languages
from kg.link import link
from kg.mapping import article_quads
from kg.records import Article, Extraction
from kg.validate import validate_quads

from hardening.support import PROPERTY, awkward_text, markup, news_text

LANGUAGES = st.sampled_from([*languages(), None, "xx"])
# The readers never yield an article without text (they report it), so neither do these.
texts = st.one_of(awkward_text, news_text).filter(str.strip)


def _spans(extraction: Extraction):
    """(where, span) for every span the extraction points into the text with."""
    for m in extraction.mentions:
        yield f"mention {m.label}", m.span
    for e in extraction.entities:
        for s in e.mentions:
            yield f"entity {e.name!r}", s
    for r in extraction.roles:
        if r.span is not None:
            yield f"role {r.title!r}", r.span


def check_extraction(article: Article, extraction: Extraction) -> None:
    text = article.text
    assert extraction.article.text == text
    for c in extraction.claims:
        assert 0 <= c.start < c.end <= len(text), c
        assert text[c.start:c.end] == c.quote, c
        q = c.quantity
        if q is not None:
            for x in (q.value, q.low, q.high):
                assert x is None or math.isfinite(x), c
            if q.low is not None and q.high is not None:
                assert q.low <= q.high, c
    for where, s in _spans(extraction):
        assert 0 <= s.start <= s.end <= len(text), (where, s)
        assert text[s.start:s.end] == s.text, (where, s)


def check_graph(extraction: Extraction) -> None:
    """What the build would write conforms, so the article is not refused at ingest."""
    report = validate_quads(article_quads(link(extraction)))
    assert report.conforms, report.text()


@PROPERTY
@given(texts, LANGUAGES)
def test_any_text_extracts_with_exact_offsets(text, language):
    article = Article(id="p", text=text, language=language, published="2026-01-15")
    extraction = extract(article)
    check_extraction(article, extraction)
    check_graph(extraction)


@PROPERTY
@given(markup.filter(str.strip), LANGUAGES)
def test_nested_markup_extracts_with_exact_offsets(text, language):
    article = Article(id="m", text=text, language=language)
    extraction = extract(article)
    check_extraction(article, extraction)
    check_graph(extraction)


@PROPERTY
@given(st.sampled_from(["Acme Corp", "Globex AB", "Initech GmbH", "Kestrel Systems"]),
       st.sampled_from(["will cut {n} jobs", "plans to cut about {n} jobs", "schrapt {n} banen",
                        "varslar {n} anställda", "streicht {n} Stellen", "supprime {n} postes",
                        "recortará {n} empleos", "reported revenue of {n} million", "cut {n}% of its workforce",
                        "employs more than {n} people", "invests {n} billion kronor"]),
       st.one_of(st.integers(min_value=0, max_value=10**30), st.floats(allow_nan=False, allow_infinity=False),
                 st.sampled_from([1e308, 5e-324, 10**400, 0])),
       st.sampled_from(["", ",", ".", "\u00a0", "\u202f", " "]), LANGUAGES)
def test_huge_and_tiny_numbers(org, template, n, separator, language):
    if isinstance(n, int) and separator:
        figure = f"{n:,}".replace(",", separator)
    else:
        figure = str(n)
    text = f"{org} {template.format(n=figure)} in October 2025, the chief executive said on Monday."
    article = Article(id="n", text=text, language=language, published="2025-10-30")
    extraction = extract(article)
    check_extraction(article, extraction)
    check_graph(extraction)


@contextmanager
def no_longer_than(seconds: int):
    """Fail (instead of hanging the suite) when a pathological input sends a pattern into backtracking."""
    def expire(signum, frame):
        raise TimeoutError(f"extraction ran past {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("text", [
    "1," * 40_000 + "1 jobs",
    "9" * 100_000 + " jobs",
    "more than " * 10_000 + "100 jobs",
    " " * 200_000 + "Acme cut 5 jobs.",
    "Acme " * 20_000 + "cut",
    "(" * 30_000 + "Acme cut 1,000 jobs" + ")" * 30_000,
    "<b>" * 20_000 + "Acme cut 1,000 jobs" + "</b>" * 20_000,
    "Acme Corp said it would cut 1,200 jobs. " * 2_500,  # a 100 KB article
    "\u200b".join("Acme cut 1,000 jobs in October 2025") * 500,
], ids=["digit-groups", "long-number", "repeated-hedge", "whitespace", "repeated-name", "parens", "tags",
        "long-article", "zero-width-everywhere"])
def test_pathological_text_finishes(text):
    article = Article(id="big", text=text, language="en", published="2025-10-30")
    with no_longer_than(300):  # a guard against a hang, not a speed test: the 100 KB article took 26 s under load
        extraction = extract(article)
    check_extraction(article, extraction)
