"""Every article graph the extractor makes conforms to the shapes (ontology/shapes.ttl), so no article is refused
at ingest: the project's own articles, the construction articles, the seed and dev corpora of ../shared (skipped
where it is absent), and articles hypothesis makes from them by mutation (sentences dropped, repeated or
reordered, another company's name, figures written another way, a shouting headline, another language or date).

The graph is checked as ``kg build`` makes it: extract, link, map (``kg.prepare.prepare``), then validated with
every constraint of the shapes (``kg.validate.validate_quads``), not only the build's fast check.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.lexicon import languages
from kg.prepare import prepare
from kg.read import read_paths
from kg.records import Article
from kg.validate import validate_quads

from extract.test_constructions import CASES, PUBLISHED
from hardening.support import EXAMPLES, PROPERTY

HERE = Path(__file__).resolve().parent
OWN = [a for a in read_paths([HERE / "articles", HERE / "news"]) if isinstance(a, Article)]
CONSTRUCTED = [Article(id=f"construction-{n}", text=case[1], language=case[0], published=PUBLISHED)
               for n, case in enumerate(c for cases in CASES.values() for c in cases)]


def problems(article: Article) -> str | None:
    """Why the article's graph would not be written, or None: the build's own path, then every constraint."""
    outcome, quads = prepare(article)
    if quads is None:
        return f"{article.id}: {outcome.reason}"
    report = validate_quads(quads)
    return None if report.conforms else f"{article.id}: {report.text()}"


def all_conform(articles) -> None:
    failures = [p for p in map(problems, articles) if p]
    assert not failures, "\n\n".join(failures)


def test_the_projects_articles_conform():
    assert len(OWN) >= 40
    all_conform(OWN)


def test_the_construction_articles_conform():
    all_conform(CONSTRUCTED)


@pytest.mark.parametrize("corpus", ["seeds", "dev"])
def test_the_shared_corpora_conform(shared_dir, corpus):
    articles = [a for a in read_paths([shared_dir / "corpus" / corpus]) if isinstance(a, Article)]
    assert articles
    all_conform(articles)


# ---- mutated articles

SOURCES = OWN + CONSTRUCTED
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n+|$)")
NAMES = st.builds(lambda first, second, suffix: " ".join(x for x in (first, second, suffix) if x),
                  st.from_regex(r"[A-ZÅÄÖÉ][a-zåäöéü]{2,9}", fullmatch=True),
                  st.one_of(st.just(""), st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True),
                            st.sampled_from(["Group", "Bank", "Stores", "Motors", "Industri", "Logistik"])),
                  st.sampled_from(["", "AB", "AG", "SA", "NV", "Inc.", "GmbH", "S.p.A."]))
FIGURES = st.one_of(st.integers(1, 10**7).map(str), st.integers(1000, 10**7).map(lambda n: f"{n:,}"),
                    st.integers(1000, 10**7).map(lambda n: f"{n:,}".replace(",", ".")),
                    st.integers(1000, 10**7).map(lambda n: f"{n:,}".replace(",", "'")),
                    st.integers(1000, 10**7).map(lambda n: f"{n:,}".replace(",", "\u00a0")),
                    st.sampled_from(["one in ten", "bijna 1 op de 10", "var tionde", "un tiers", "tweeduizend",
                                     "vijftienhonderd", "sechs", "a quarter", "zweitausend", "uno de cada cinco"]))


@st.composite
def mutated(draw) -> Article:
    source = draw(st.sampled_from(SOURCES))
    sentences = SENTENCE.findall(source.text) or [source.text]
    order = draw(st.lists(st.integers(0, len(sentences) - 1), min_size=1, max_size=len(sentences) + 3))
    text = "".join(sentences[k] for k in order)
    orgs = sorted({w for w in re.findall(r"\b[A-ZÅÄÖÉ][\wåäöéü.-]+(?: [A-Z][\w.]+)?", source.text)})
    if orgs and draw(st.booleans()):
        text = text.replace(draw(st.sampled_from(orgs)), draw(NAMES))
    for figure in re.findall(r"\d[\d.,' ]*\d|\d", text)[:draw(st.integers(0, 3))]:
        text = text.replace(figure, draw(FIGURES), 1)
    if draw(st.booleans()):
        first, _, rest = text.partition("\n")
        text = first.upper() + "\n" + rest
    text = text.strip() or source.text
    language = draw(st.sampled_from([source.language, source.language, *languages()]))
    published = draw(st.sampled_from([source.published, None, "2026-03-02", "2025-12-31", "2027-01-04"]))
    return replace(source, id="mutated", text=text, language=language, published=published)


@settings(PROPERTY, max_examples=max(1, EXAMPLES // 2))  # each validates a whole article graph: half the usual count
@given(mutated())
def test_mutated_articles_conform(article):
    assert problems(article) is None, problems(article)
