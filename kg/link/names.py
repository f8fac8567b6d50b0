"""Name normalisation for alias matching: case, accents, punctuation, initialisms and legal suffixes."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from kg.lexicon import FALLBACK, across, legal_forms, lexicon

_NON_WORD = re.compile(r"[^0-9a-z]+")


def _key(word: str) -> str:
    return _NON_WORD.sub("", unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower())


@cache
def legal_suffixes() -> frozenset[str]:
    """Trailing words that name a legal form, not the organisation ("Microsoft Corporation" is "Microsoft"): the
    lexicons' legal forms and the legal forms that are plain nouns too ("Company"), as matching keys."""
    return frozenset(_key(w) for w in legal_forms() | across("entities", "legal_nouns")) - {""}


@cache
def name_words() -> tuple[frozenset[str], str]:
    """The English lexicon's words for names in every language (``[entities] key_articles``, ``ampersand``): the
    articles a matching key leaves out in front ("The Walt Disney Company"), the word "&" reads as ("Johnson &
    Johnson" is "Johnson and Johnson")."""
    words = lexicon(FALLBACK).get("entities", {})
    return frozenset(_key(w) for w in words.get("key_articles", [])), words.get("ampersand", "&")


def normalise(name: str) -> str:
    """A matching key: ``"The U.S."`` and ``"US"`` -> ``"us"``; ``"Amazon.com, Inc."`` -> ``"amazon com"``."""
    articles, ampersand = name_words()
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    tokens = _join_initials(_NON_WORD.sub(" ", text.replace("&", f" {ampersand} ")).split())
    if len(tokens) > 1 and tokens[0] in articles:
        tokens = tokens[1:]
    suffixes = legal_suffixes()
    while len(tokens) > 1 and tokens[-1] in suffixes:
        tokens = tokens[:-1]
    return " ".join(tokens)


def _join_initials(tokens: list[str]) -> list[str]:
    """Single letters in a row are one initialism: ``["u", "s", "a"]`` -> ``["usa"]``."""
    out: list[str] = []
    run = ""
    for tok in tokens:
        if len(tok) == 1 and tok.isalpha():
            run += tok
            continue
        if run:
            out.append(run)
            run = ""
        out.append(tok)
    if run:
        out.append(run)
    return out
