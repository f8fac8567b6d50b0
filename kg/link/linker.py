"""Choose a Wikidata item for each entity: offline table first, then (optionally) the online API.

A link is made only when exactly one candidate survives the type filter, or when the article's
context (other names in the text, the entities already linked, the entity's parent) singles one
out. Otherwise the entity stays unlinked: no guessed QIDs.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Protocol

from kg.link.names import normalise
from kg.link.table import Item, LinkTable
from kg.records import Entity, Extraction

OFFLINE = "offline-table"
OFFLINE_CONTEXT = "offline-table+context"


@dataclass(frozen=True)
class Link:
    qid: str
    method: str
    confidence: float


@dataclass
class LinkContext:
    """What the article says around an entity: its normalised text and the QIDs linked so far."""

    text: str = ""
    qids: set[str] = field(default_factory=set)
    language: str | None = None

    @classmethod
    def of(cls, extraction: Extraction) -> LinkContext:
        parts = [extraction.article.title or "", extraction.article.text]
        parts += [e.name for e in extraction.entities]
        return cls(" " + normalise(" \n ".join(parts)) + " ", set(), extraction.article.language)

    def mentions(self, name: str) -> bool:
        key = normalise(name)
        return len(key) >= 3 and f" {key} " in self.text


class OnlineLookup(Protocol):
    def lookup(self, entity: Entity, context: LinkContext, parent_qid: str | None = None) -> Link | None: ...


class Linker:
    """Links entities; ``online`` (a :class:`kg.link.online.OnlineLinker`) is consulted for names the table lacks."""

    def __init__(self, table: LinkTable | None = None, online: OnlineLookup | None = None):
        self.table = table if table is not None else LinkTable.load()
        self.online = online

    def link_entity(self, entity: Entity, context: LinkContext | None = None, parent_qid: str | None = None) -> Link | None:
        context = context or LinkContext()
        key = normalise(entity.name)
        found = self.table.candidates(entity.name, entity.type)
        via_surface = False
        if not found:
            for span in entity.mentions:
                found = self.table.candidates(span.text, entity.type)
                if found:
                    key, via_surface = normalise(span.text), True
                    break
        if len(found) == 1:
            item = found[0]
            confidence = 1.0 if key in item.label_keys() else 0.95
            return Link(item.qid, OFFLINE, 0.9 if via_surface else confidence)
        if found:
            best = _by_context(found, key, context, parent_qid)
            return Link(best.qid, OFFLINE_CONTEXT, 0.8) if best else None
        if self.online is not None:
            return self.online.lookup(entity, context, parent_qid)
        return None

    def link(self, extraction: Extraction, context: LinkContext | None = None) -> Extraction:
        """Fill ``qid``, ``link_method`` and ``link_confidence`` of the extraction's entities."""
        context = context or LinkContext.of(extraction)
        links: dict[str, Link | None] = {}
        # Entities whose names are unambiguous first, so that their QIDs can settle the rest.
        order = sorted(extraction.entities, key=lambda e: len(self.table.candidates(e.name, e.type)) > 1)
        for entity in order:
            parent_qid = links.get(entity.parent).qid if links.get(entity.parent) else None
            link = self.link_entity(entity, context, parent_qid)
            links[entity.name] = link
            if link:
                context.qids.add(link.qid)
        entities = [dataclasses.replace(e, qid=links[e.name].qid, link_method=links[e.name].method,
                                        link_confidence=links[e.name].confidence) if links.get(e.name) else e
                    for e in extraction.entities]
        return dataclasses.replace(extraction, entities=entities)


def _by_context(items: list[Item], key: str, context: LinkContext, parent_qid: str | None) -> Item | None:
    """The one item the context favours, or None when it does not single one out."""
    scores = []
    for item in items:
        score = 0
        if item.parent and item.parent == parent_qid:
            score += 3
        elif item.parent and item.parent in context.qids:
            score += 2
        score += sum(1 for name in item.names() if normalise(name) != key and context.mentions(name))
        scores.append((score, item))
    scores.sort(key=lambda s: -s[0])
    if scores[0][0] > 0 and scores[0][0] > scores[1][0]:
        return scores[0][1]
    return None
