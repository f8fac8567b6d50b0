"""The benchmark's synthetic corpus: seeded, six languages as the reader sees them, real number formats."""

from __future__ import annotations

import re
from collections import Counter

from bench.corpus import NBSP, NNBSP, OUTLETS, generate, write_corpus
from kg.read import read_paths

LANGUAGE_OF = {outlet: lang for lang, outlets in OUTLETS.items() for outlet in outlets}


def test_same_seed_same_corpus():
    assert list(generate(50, seed=3)) == list(generate(50, seed=3))
    assert list(generate(50, seed=3)) != list(generate(50, seed=4))


def test_the_reader_identifies_each_language(tmp_path):
    path = write_corpus(240, tmp_path, seed=11)
    articles = [a for a in read_paths([path]) if hasattr(a, "text")]
    assert len(articles) == 240
    expected = Counter(LANGUAGE_OF[a.publisher] for a in articles)
    assert set(expected) == {"en", "nl", "sv", "de", "fr", "es"}
    agree = sum(a.language == LANGUAGE_OF[a.publisher] for a in articles)
    assert agree / len(articles) >= 0.95
    assert all(a.published and a.url and a.title for a in articles)


def test_number_formats_of_each_language():
    texts: dict[str, str] = {}
    for item in generate(600, seed=5):
        lang = LANGUAGE_OF[item["publisher"]]
        texts[lang] = texts.get(lang, "") + item["text"]
    assert re.search(r"\d,\d{3}\b", texts["en"])  # 14,000
    assert re.search(r"\d\.\d{3}\b", texts["nl"]) and re.search(r"\d\.\d{3}\b", texts["es"])  # 14.000
    assert re.search(r"\d'\d{3}\b", texts["de"])  # 16'000
    assert re.search(rf"\d[{NBSP}{NNBSP}]\d{{3}}\b", texts["fr"])  # 14 000 with a (narrow) no-break space
    assert re.search(rf"\d[ {NBSP}]\d{{3}}\b", texts["sv"])
    assert re.search(r"\d,\d+ (miljard|miljarder|Mrd\.|Milliarden|milliards)", texts["nl"] + texts["sv"] + texts["de"] + texts["fr"])
    for lang, hedge in (("en", "according to people familiar"), ("nl", "ongeveer"), ("sv", "drygt"), ("de", "rund"),
                        ("fr", "environ"), ("es", "más de")):
        assert hedge in texts[lang], (lang, hedge)
