"""Online linking: Wikidata search for candidates, then an exact-name check and a type filter on P31.

A candidate is accepted only if one of its labels or aliases (in the languages read, ``kg.lexicon.languages``) is the entity's
name once normalised, and one of its P31 (instance of) classes fits the entity's type. A subsidiary
(P31 subsidiary) fits only an entity the article gives a parent: a search for "IBM" also returns
a Milan subsidiary, which must not win. Among several that pass, the one whose parent organisation
(P749) is the entity's linked parent wins, then a top-level organisation, then a label over an
alias match; if that still leaves more than one, nothing is linked.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.link.linker import Link, LinkContext
from kg.link.names import normalise
from kg.link.wikidata import WikidataClient
from kg.records import Entity

METHOD = "wikidata-api"

BUSINESS = frozenset({
    "Q4830453",  # business
    "Q6881511",  # enterprise
    "Q783794",  # company
    "Q891723",  # public company
    "Q167037",  # corporation
    "Q1589009",  # privately held company
    "Q161726",  # multinational corporation
    "Q219577",  # holding company
    "Q43229",  # organization
    "Q22687",  # bank
})
SUBSIDIARY = frozenset({"Q658255"})  # subsidiary
MEDIA = frozenset({"Q11032", "Q1110794", "Q2085381", "Q1153191"})  # newspaper, daily, publisher, online newspaper
BRAND = frozenset({"Q431289", "Q507619", "Q35127"})  # brand, retail chain, website
HUMAN = frozenset({"Q5"})
PLACE = frozenset({"Q515", "Q1549591", "Q1637706", "Q5119", "Q6256", "Q3624078", "Q35657", "Q486972"})
# city, big city, city with millions, capital, country, sovereign state, US state, human settlement
CLASSES = {
    "organization": BUSINESS | MEDIA | BRAND,
    "publisher": MEDIA | BUSINESS,
    "product": BRAND,
    "person": HUMAN,
    "place": PLACE,
}
TABLE_TYPE = {"organization": "company", "publisher": "publisher", "product": "brand", "person": "person",
              "place": "place"}


@dataclass(frozen=True)
class Candidate:
    qid: str
    label_match: bool
    classes: frozenset[str]
    parents: frozenset[str]
    labels: dict[str, str]
    aliases: dict[str, list[str]]


def claim_ids(entity: dict, prop: str) -> frozenset[str]:
    """The item ids a property's non-deprecated statements point to."""
    out = set()
    for statement in (entity.get("claims") or {}).get(prop, []):
        if statement.get("rank") == "deprecated":
            continue
        snak = statement.get("mainsnak") or {}
        value = (snak.get("datavalue") or {}).get("value")
        if snak.get("snaktype") == "value" and isinstance(value, dict) and value.get("id"):
            out.add(value["id"])
    return frozenset(out)


def candidate(entity: dict, key: str) -> Candidate | None:
    """A Wikidata entity as a candidate for the normalised name ``key``, or None if no name matches."""
    labels = {lang: v["value"] for lang, v in (entity.get("labels") or {}).items() if "value" in v}
    aliases = {lang: [a["value"] for a in vs if "value" in a] for lang, vs in (entity.get("aliases") or {}).items()}
    label_match = key in {normalise(v) for v in labels.values()}
    alias_match = key in {normalise(a) for vs in aliases.values() for a in vs}
    if not (label_match or alias_match):
        return None
    return Candidate(entity["id"], label_match, claim_ids(entity, "P31"), claim_ids(entity, "P749"), labels, aliases)


def fits(c: Candidate, entity_type: str, has_parent: bool) -> bool:
    """The type filter: a P31 class fitting the entity's type (a subsidiary only under a stated parent)."""
    allowed = CLASSES.get(entity_type, frozenset())
    if entity_type in ("organization", "publisher") and has_parent:
        allowed = allowed | SUBSIDIARY
    if not (c.classes & allowed):
        return False
    return has_parent or not (c.classes & SUBSIDIARY)


class OnlineLinker:
    """Looks entities up in Wikidata through a :class:`WikidataClient` (cached, rate limited)."""

    def __init__(self, client: WikidataClient, limit: int = 10):
        self.client = client
        self.limit = limit

    def candidates(self, entity: Entity, context: LinkContext | None = None, parent_qid: str | None = None) -> list[Candidate]:
        """Candidates that match the name exactly and pass the type filter."""
        key = normalise(entity.name)
        languages = list(dict.fromkeys(lang for lang in ((context and context.language), "en") if lang))
        ids: list[str] = []
        for lang in languages:
            ids += [r["id"] for r in self.client.search(entity.name, lang, self.limit) if r.get("id")]
        found = self.client.entities(list(dict.fromkeys(ids))) if ids else {}
        out = []
        for qid in dict.fromkeys(ids):
            data = found.get(qid)
            c = candidate(data, key) if data else None
            if c and fits(c, entity.type, bool(entity.parent or parent_qid)):
                out.append(c)
        return out

    def lookup(self, entity: Entity, context: LinkContext | None = None, parent_qid: str | None = None) -> Link | None:
        best = choose(self.candidates(entity, context, parent_qid), parent_qid)
        if best is None:
            return None
        return Link(best.qid, METHOD, 0.85 if best.label_match else 0.75)


def choose(candidates: list[Candidate], parent_qid: str | None) -> Candidate | None:
    """The single best candidate, or None when the evidence does not single one out."""
    pool = candidates
    for prefer in (lambda c: parent_qid is not None and parent_qid in c.parents,
                   lambda c: not c.parents and parent_qid is None,
                   lambda c: c.label_match):
        if len(pool) <= 1:
            break
        narrowed = [c for c in pool if prefer(c)]
        pool = narrowed or pool
    return pool[0] if len(pool) == 1 else None
