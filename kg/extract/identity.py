"""One name for each organisation and person of an article, so that its graph always conforms.

Names that differ only in case, accents, punctuation, a legal form or a group word ("NISSAN", "Nissan Motor
Co.", "Nestle", "Volkswagen Group") are one entity, under the name the article uses most. Within one article a
short name is also the one longer name it shortens with a business word ("Harlow" after "Harlow Foods"), when
the article names no other company of that stem. Every organisation or person a claim or a role refers to is
an entity of the article. Across articles, ``identity`` is what resolution groups an organisation's claims by:
it keeps business words, so "Siemens Energy" and "Siemens", "Marlow Foods" and "Marlow Insurance" stay apart.
"""

from __future__ import annotations

from kg.orgkeys import identity, stem
from kg.records import Claim, Entity, Role


def _joined(groups: dict[tuple[str, str], list[Entity]]) -> dict[tuple[str, str], tuple[str, str]]:
    """For each group, the group it joins: the one group of its stem whose identity is longer than the stem
    ("Harlow" joins "Harlow Foods"), when there is exactly one (with "Marlow Foods" and "Marlow Insurance",
    "Marlow" is neither) and it is no subsidiary of the shorter ("Talvora" and its subsidiary "Talvora Insurance")."""
    by_stem: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for kind, key in groups:
        by_stem.setdefault((kind, stem(key)), []).append((kind, key))
    joined = {}
    for (_, short), keys in by_stem.items():
        longer = [k for k in keys if k[1] != short]
        parents = {identity(e.parent) for k in longer for e in groups[k] if e.parent}
        for k in keys:
            joined[k] = longer[0] if len(longer) == 1 and k[1] not in parents else k
    return joined


def one_name(entities: list[Entity], roles: list[Role], claims: list[Claim]) -> tuple[list[Entity], list[Role], list[Claim]]:
    groups: dict[tuple[str, str], list[Entity]] = {}
    for e in entities:
        groups.setdefault((_kind(e.type), identity(e.name)), []).append(e)
    joined = _joined(groups)
    for short, long in joined.items():
        if short != long:
            groups[long].extend(groups.pop(short))
    canonical: dict[str, str] = {}
    merged: list[Entity] = []
    for key, group in groups.items():
        main = max((e for e in group if identity(e.name) == key[1]), key=lambda e: (len(e.mentions), len(e.name)))
        mentions = tuple(sorted({m for e in group for m in e.mentions}, key=lambda m: (m.start, m.end)))
        merged.append(Entity(main.name, main.type, mentions, parent=next((e.parent for e in group if e.parent), None),
                             qid=main.qid, link_method=main.link_method, link_confidence=main.link_confidence))
        for e in group:
            canonical[e.name] = main.name
    by_identity = {(_kind(e.type), identity(e.name)): e.name for e in merged}
    by_identity.update((short, by_identity[long]) for short, long in joined.items() if short != long)

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
