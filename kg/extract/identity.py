"""One name for each organisation and person of an article, so that its graph always conforms.

Names that differ only in case, accents, punctuation, a legal form or a generic last word ("NISSAN",
"Nissan Motor Co.", "Nestle") are one entity, under the name the article uses most; every organisation or
person a claim or a role refers to is an entity of the article. Across articles, ``identity`` is what
resolution groups an organisation's claims by.
"""

from __future__ import annotations

import re
import unicodedata

from kg.extract.entities import GENERIC, LEGAL
from kg.records import Claim, Entity, Role

_GENERIC = {w.lower() for w in GENERIC | LEGAL}


def identity(name: str) -> str:
    """What two names of one organisation share: "Nissan Motor Co." and "NISSAN" are both "nissan"."""
    words = re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())
    while len(words) > 1 and words[-1] in _GENERIC:
        words.pop()
    return " ".join(words) or name.lower()


def one_name(entities: list[Entity], roles: list[Role], claims: list[Claim]) -> tuple[list[Entity], list[Role], list[Claim]]:
    groups: dict[tuple[str, str], list[Entity]] = {}
    for e in entities:
        groups.setdefault((_kind(e.type), identity(e.name)), []).append(e)
    canonical: dict[str, str] = {}
    merged: list[Entity] = []
    for group in groups.values():
        main = max(group, key=lambda e: (len(e.mentions), len(e.name)))
        mentions = tuple(sorted({m for e in group for m in e.mentions}, key=lambda m: (m.start, m.end)))
        merged.append(Entity(main.name, main.type, mentions, parent=next((e.parent for e in group if e.parent), None),
                             qid=main.qid, link_method=main.link_method, link_confidence=main.link_confidence))
        for e in group:
            canonical[e.name] = main.name
    by_identity = {(_kind(e.type), identity(e.name)): e.name for e in merged}

    def name_of(name: str | None, type_: str) -> str | None:
        if not name:
            return name
        if name in canonical:
            return canonical[name]
        found = by_identity.get((_kind(type_), identity(name)))
        if found is None:  # a name no mention carries (a role's organisation): an entity of its own
            merged.append(Entity(name, type_))
            found = by_identity[(_kind(type_), identity(name))] = canonical[name] = name
        return found

    roles = [Role(name_of(r.person, "person"), name_of(r.org, "organization") or "", r.title, r.span, r.canonical)
             for r in roles]
    claims = [_renamed(c, name_of(c.org, "organization"), c.speaker and name_of(c.speaker, _speaker_type(c.speaker, merged)))
              for c in claims]
    return merged, roles, claims


def _kind(type_: str) -> str:
    """Organisations, products and outlets share one namespace of names; people and places have their own."""
    return "organization" if type_ in ("organization", "product", "publisher") else type_


def _speaker_type(name: str, entities: list[Entity]) -> str:
    return next((e.type for e in entities if e.name == name), "person")


def _renamed(claim: Claim, org: str | None, speaker: str | None) -> Claim:
    if org == claim.org and speaker == claim.speaker:
        return claim
    new = object.__new__(Claim)
    new.__dict__.update(claim.__dict__, org=org, speaker=speaker)
    return new
