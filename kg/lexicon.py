"""Per-language word lists, loaded from ``kg/lexicons/<lang>.toml``.

Adding a language is adding a file: code asks for words by section and key, never by language.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
# kg/lexicons/shared.toml: what every language writes alike (currency signs and codes, magnitude suffixes, quarter
# letters); it is no language, and a language's file may add to each of its lists.
SHARED = "shared"
FALLBACK = "en"  # the lexicon of an article in a language without one, and of names in every language (kg.link.names)


@cache
def languages() -> tuple[str, ...]:
    """The languages that have a lexicon, in a stable order."""
    return tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.toml") if p.stem != SHARED))


@cache
def lexicon(lang: str) -> dict:
    """The lexicon of one language (an empty dict for a language we have no data for)."""
    path = LEXICON_DIR / f"{lang}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as f:
        return tomllib.load(f)


@cache
def across(section: str, key: str) -> frozenset[str]:
    """The words listed under ``[section] key`` in every lexicon together: words that travel with the names
    they belong to, whatever the article's language (legal forms, name particles, outlets' words)."""
    return frozenset(w for code in languages() for w in lexicon(code).get(section, {}).get(key, []))


@cache
def month_numbers(lang: str | None = None) -> dict[str, int]:
    """Month name or abbreviation -> 1..12, for one language or (``None``) all of them."""
    out: dict[str, int] = {}
    for code in ([lang] if lang else languages()):
        for number, names in enumerate(lexicon(code).get("calendar", {}).get("months", []), start=1):
            for name in names:
                out.setdefault(name, number)
    return out


def shared_and(lang: str, section: str, key: str, default=None):
    """``[section] key`` of the shared lexicon with the language's own entries added: lists joined (shared first),
    tables merged (the language's entries win)."""
    ours, theirs = lexicon(SHARED).get(section, {}).get(key), lexicon(lang).get(section, {}).get(key)
    if isinstance(ours, dict) or isinstance(theirs, dict):
        return {**(ours or {}), **(theirs or {})}
    if ours is None and theirs is None:
        return default
    return [*(ours or []), *(w for w in theirs or [] if w not in (ours or []))]


@cache
def legal_forms() -> frozenset[str]:
    """Legal forms as written ("AB", "GmbH", "Inc", "S.A." as "SA"), from every lexicon (``[entities] legal_forms``):
    the extractor's cue for a company's name, and what an organisation's IRI (kg.mapping.org_name) and its Wikidata
    matching key (kg.link.names) leave out."""
    return across("entities", "legal_forms")
