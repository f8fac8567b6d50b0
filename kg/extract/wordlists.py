"""How common a word is in each language (wordfreq's small lists): a capitalised common word is no name.

Names travel: "Nissan", "Volkswagen" or "Espinosa" are about as frequent in every language's corpus,
while "Sparmaßnahmen", "Einigung" or "Totalt" belong to one language only. A word frequent in its
language and rare elsewhere is vocabulary, unless it is a listed company's name no more frequent than
that ("Tesco", "Barclays", "Verizon": national brands; ``listed.txt``). Measured: the six small lists load in 0.1 s and take about
21 MB; simplemma's dictionaries were considered for the same test and take 630 MB and 3.6 s to load.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from wordfreq import zipf_frequency

from kg.lexicon import languages

COMMON = 3.0  # Zipf frequency from which a word can be the language's vocabulary ("officials": 4.7, "Konzern": 4.2)
GAP = 1.0  # ... when it is this much more frequent than in any other language ("nissan": 3.7 in English, 3.6 in Dutch)
EVERYWHERE = 4.3  # ... or this frequent, whatever other languages say ("production", "apple")
ELSEWHERE = 2.0  # a word this frequent in another language's corpus travels there
LISTED = Path(__file__).with_name("listed.txt")
LISTED_WORD = 4.0  # a listed name this frequent as a word stays a word ("Employers": 4.25, "Recruit": 3.89; "Verizon": 3.68)


@cache
def zipf(word: str, lang: str) -> float:
    try:
        return zipf_frequency(word, lang, wordlist="small")
    except LookupError:  # a language wordfreq does not know
        return 0.0


@cache
def listed() -> frozenset[tuple[str, ...]]:
    """The names of listed companies (``listed.txt``, from pytickersymbols), each as its words."""
    lines = LISTED.read_text(encoding="utf-8").splitlines()
    return frozenset(tuple(line.split()) for line in lines if line and not line.startswith("#"))


def listed_name(words: tuple[str, ...], lang: str) -> bool:
    """A listed company's name, not a very frequent word of the language ("Tesco", "Bank of America"; not "Next",
    "Target" or "Orange", which stay words unless other cues make them names)."""
    return words in listed() and not (len(words) == 1 and zipf(words[0].lower(), lang) >= LISTED_WORD)


@cache
def travels(word: str, lang: str) -> bool:
    """Frequent in at least two other languages' corpora, as names are."""
    return sum(1 for other in languages() if other != lang and zipf(word, other) >= ELSEWHERE) >= 2


@cache
def vocabulary(word: str, lang: str) -> bool:
    """A word of the language rather than a name (for a capitalised token): very frequent, or frequent in the
    language and much rarer in the others."""
    if listed_name((word,), lang):
        return False
    here = zipf(word, lang)
    return here >= EVERYWHERE or here >= COMMON and here - max(
        zipf(word, other) for other in languages() if other != lang) >= GAP
