"""Extraction grows linearly with the length of an article: counted in Python function calls, not timed.

An article of 4N paragraphs must cost less than 5.5 times the calls of one of N paragraphs; a scan of every
sentence (or mention) per sentence (or mention) would make it cost about 16 times as many.
"""

import sys
from collections import Counter

import pytest

from kg.extract import extract
from kg.records import Article

PARAGRAPHS = {
    "en": [
        "Harlow Foods will cut 350 jobs at its plant in Dunmore, the company said on Tuesday.",
        '"We have no choice," said chief executive Mara Linden. "Demand fell by 12% last year."',
        "The group, which employs 4,200 people, reported revenue of £1.2 billion in 2025, up from £1.1 billion.",
        "Unions said the cuts, announced two weeks after a profit warning, were unfair. Torvmark AB declined to comment.",
        "Delvaart NV said in March it would close its Leiden site by the end of 2026, affecting 120 workers.",
        "The company blamed weak demand and rising energy costs. It does not expect further layoffs this year.",
    ],
    "de": [
        "Die Brenner Technik AG streicht bis Ende 2026 rund 900 Stellen, teilte das Unternehmen am Montag mit.",
        "„Wir müssen die Kosten senken“, sagte Vorstandschef Jonas Keller. Der Umsatz sank 2025 auf 2,1 Milliarden Euro.",
        "Vor zwei Wochen hatte der Konzern mit 5.400 Beschäftigten eine Gewinnwarnung veröffentlicht.",
        "Die Gewerkschaft kritisierte den Abbau. Weitere Entlassungen schließt der Vorstand derzeit aus.",
    ],
}


def _article(lang: str, n: int) -> Article:
    body = "\n\n".join(PARAGRAPHS[lang][k % len(PARAGRAPHS[lang])] for k in range(n))
    return Article(id=f"linear-{lang}-{n}", text=f"Job cuts\n\n{body}", language=lang, published="2026-03-04")


def calls(article: Article) -> int:
    """Python function calls (and generator steps) of one extraction, after a first one has compiled the data."""
    extract(article)
    counts: Counter = Counter()

    def count(frame, event, arg):
        if event == "call":
            counts[0] += 1

    sys.setprofile(count)
    try:
        extract(article)
    finally:
        sys.setprofile(None)
    return counts[0]


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_four_times_the_article_costs_less_than_five_and_a_half_times_the_calls(lang):
    n = 60  # paragraphs: enough for one scan of every sentence per sentence to show
    short, long = calls(_article(lang, n)), calls(_article(lang, 4 * n))
    assert long < 5.5 * short, (short, long, long / short)


def test_the_items_ending_in_a_span_are_those_a_walk_over_all_finds():
    # the binary search that replaced walks over every organisation (sorted by start, not overlapping)
    from kg.extract.doc import Doc, EntityMention

    items = [EntityMention(s, e, f"Org{s}", "organization") for s, e in [(0, 5), (7, 12), (12, 20), (25, 26), (30, 41)]]
    for start in range(0, 45, 3):
        for end in range(start, 46, 2):
            assert Doc.ending_in(items, start, end) == [m for m in items if start <= m.end <= end]


def test_the_hits_of_a_label_are_those_a_walk_over_every_hit_finds():
    # Doc.labelled, which replaced a walk over every lexicon hit per kind of cue
    from kg.extract.doc import Doc
    from kg.extract.lang import lang_data
    from kg.extract.times import published_time

    article = _article("en", len(PARAGRAPHS["en"]))
    doc = Doc(article, lang_data("en"), published_time(article.published))
    for label in {h.label for h in doc.hits}:
        assert doc.labelled(label) == [h for h in doc.hits if h.label == label]
    assert doc.labelled("cut", "jobs") == doc.labelled("cut") + doc.labelled("jobs") and doc.labelled("none") == []


def test_the_patterns_a_token_may_start_are_those_a_walk_over_every_prefix_and_suffix_length_finds():
    # Matcher._candidates looks up only the lengths its prefix and suffix keys have (it walked every length)
    from kg.extract.lang import Matcher, _item_ok, lang_data
    from kg.lexicon import languages

    def walk(m: Matcher, low: str) -> list:
        first = list(m.exact.get(low, ()))
        for k in range(2, len(low) + 1):
            first.extend(c for c in m.prefix.get(low[:k], ()) if _item_ok(c[0][0], low, low))
        for k in range(2, len(low)):
            first.extend(c for c in m.suffix.get(low[-k:], ()) if _item_ok(c[0][0], low, low))
        return first

    made = Matcher()
    for phrase in ("ab*", "abc*", "abcdef*", "*ing", "*ering", "*g", "a*", "abc", "ab* job*", "*ing cuts"):
        made.add("test", phrase, phrase)
    tokens = ["a", "ab", "abc", "abcd", "abcdef", "abcdefg", "ing", "bring", "ring", "offering", "g", "xyz"]
    for m, words in [(made, tokens), *((lang_data(code).matcher, tokens + [t.lower() for p in PARAGRAPHS.get(code, [])
                                                                             for t in p.split()]) for code in languages())]:
        for low in words:
            singles, by_second, other = m._candidates(low)
            found = singles + [c for cs in by_second.values() for c in cs] + other
            assert sorted(map(repr, found)) == sorted(map(repr, walk(m, low))), low
            assert [c for c in walk(m, low) if len(c[0]) == 1] == singles, low  # in the order the walk finds them


def test_sentences_opening_with_a_company_noun_cost_no_walk_over_every_organisation():
    """"The company employs ..." after each naming of a firm asks which organisation a company noun introduced: found
    once an article, not by a walk over every organisation named before each such sentence (6.55 times the calls for
    four times the text before; 5.38 now)."""
    def article(n: int) -> Article:
        body = "\n\n".join("Halden Foods cut 300 jobs. The company employs 4,000 people." for _ in range(n))
        return Article(id=f"company-noun-{n}", text=f"Job cuts\n\n{body}", language="en", published="2026-03-04")
    short, long = calls(article(60)), calls(article(240))
    assert long < 5.5 * short, (short, long, long / short)


def test_any_hit_answers_as_the_list_of_hits_would():
    """``Doc.any_hit``, asked of all the text before a sentence where a list would grow with the article, says
    what ``bool(hits_in(...))`` says, for every range and label set."""
    from kg.extract.doc import Doc
    from kg.extract.lang import lang_data
    from kg.extract.times import published_time

    article = _article("en", 6)
    doc = Doc(article, lang_data("en"), published_time(article.published))
    bounds = sorted({0, len(doc.text)} | {s.start for s in doc.sentences} | {s.end for s in doc.sentences})
    for labels in (("cut",), ("cut", "cut_nouns"), ("close",), ("no_such_label",)):
        for start in bounds:
            for end in bounds:
                assert doc.any_hit(start, end, *labels) == bool(doc.hits_in(start, end, *labels)), (start, end, labels)
    assert doc.any_hit(0, len(doc.text), "cut")
