"""The key under which an organisation's names are one across articles ("Nissan Motor Co." and "NISSAN" are
"nissan"), the stem an article's short name shares with its long one ("Harlow" and "Harlow Foods"), and the
keys that are one across outlets (``joined``: "Kestrova" in some, "Kestrova Industries" in others).

The words come from the lexicons: legal forms and group words never tell two companies apart; the other
business words ("Foods", "Energy", "Cars") may, so the key keeps them. Resolution groups claims by the key;
the extractor joins an article's names by both.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from kg.lexicon import across, legal_forms

_NAMELESS = {w.lower() for w in legal_forms() | across("entities", "holding_forms") | across("entities", "group_words")}
_BUSINESS = {w.lower() for w in across("entities", "generic")} | _NAMELESS


def _key(name: str, strip: set[str]) -> str:
    words = re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())
    while len(words) > 1 and words[-1] in strip:
        words.pop()
    return " ".join(words) or name.lower()


@lru_cache(maxsize=2**16)  # resolution asks it for every claim; a store holds far fewer names
def identity(name: str) -> str:
    """What two names of one organisation share: "Nissan Motor Co." and "NISSAN" are both "nissan"; "Nissan
    Foods" is another company."""
    return _key(name, _NAMELESS)


def stem(name: str) -> str:
    """A name without its business words: "Harlow Foods" and "Harlow" share "harlow"."""
    return _key(name, _BUSINESS)


def joined(linked: Mapping[str, set[str]], articles: Mapping[str, set[str]] | None = None) -> dict[str, str]:
    """The key each of these organisation keys is resolved under, given the Wikidata items each is linked to (and
    the articles naming each): a bare name joins the one longer key of its stem ("kestrova" joins "kestrova
    industries"), when no other key shares that stem ("marrick" beside "marrick foods" and "marrick insurance"
    joins neither), Wikidata does not tell the two apart (neither is linked, or both to the same items: "siemens" is
    not "siemens energy") and no article names both as two organisations ("Talvora" and its subsidiary "Talvora
    Insurance" side by side). Only keys of one stem bear on each other, so the keys of a few stems give their part
    of the whole answer."""
    by_stem: dict[str, list[str]] = {}
    for key in linked:
        by_stem.setdefault(stem(key), []).append(key)
    keys = {key: key for key in linked}
    for bare, group in by_stem.items():
        longer = [k for k in group if k != bare]
        if (bare in linked and len(longer) == 1 and linked[bare] == linked[longer[0]]
                and (articles is None or not articles.get(bare, set()) & articles.get(longer[0], set()))):
            keys[bare] = longer[0]
    return keys
