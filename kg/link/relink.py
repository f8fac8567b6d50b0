"""Link the entities already in a store (``kg link``) and extend the table from Wikidata (``kg wikidata refresh``).

Relinking rewrites only the Wikidata part of each article graph (``owl:sameAs``, ``nkg:wikidataLink``
and the link node), in one transaction per changed article; the quads come from ``kg.mapping``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from urllib.parse import unquote

from pyoxigraph import NamedNode, Quad

from kg.lexicon import languages
from kg.link.linker import LinkContext, Linker
from kg.link.names import normalise
from kg.link.online import TABLE_TYPE, OnlineLinker
from kg.link.table import Item, LinkTable
from kg.link.wikidata import WikidataClient
from kg.mapping import GRAPH, NKG, PREFIXES, article_quads
from kg.records import Article, Entity, Extraction

_ENTITIES = """
SELECT ?g ?e ?name ?type ?parent ?lang ?title WHERE {
  GRAPH ?g {
    ?e schema:name ?name ; a ?cls .
    VALUES (?cls ?type) { (nkg:Organization "organization") (nkg:Publisher "publisher") (nkg:Person "person")
                          (nkg:Place "place") (nkg:Product "product") }
    OPTIONAL { ?e org:subOrganizationOf/schema:name ?parent }
    OPTIONAL { ?a a nkg:Article ; nkg:graph ?g . OPTIONAL { ?a schema:inLanguage ?lang } OPTIONAL { ?a schema:headline ?title } }
  }
}
"""
_LINK_PREDICATES = {PREFIXES["owl"] + "sameAs", NKG + "wikidataLink"}


@dataclass
class RelinkReport:
    articles: int = 0
    changed: int = 0
    entities: int = 0
    linked: int = 0
    by_method: dict[str, int] = field(default_factory=dict)


def store_entities(store) -> dict[str, tuple[LinkContext, list[Entity]]]:
    """Per article graph: its context (language, names) and its entities (publisher wins over organisation)."""
    found: dict[str, dict[str, Entity]] = {}
    meta: dict[str, tuple[str | None, str]] = {}
    for row in store.query(_ENTITIES):
        g = row["g"].value
        name, type_ = row["name"].value, row["type"].value
        parent = row["parent"].value if row["parent"] else None
        entities = found.setdefault(g, {})
        if name not in entities or type_ == "publisher":
            entities[name] = Entity(name, type_, parent=parent)
        meta[g] = (row["lang"].value if row["lang"] else None, row["title"].value if row["title"] else "")
    out = {}
    for g, entities in found.items():
        lang, title = meta.get(g, (None, ""))
        text = " " + normalise(" \n ".join([title, *entities])) + " "
        out[g] = (LinkContext(text, set(), lang), list(entities.values()))
    return out


def _article_id(graph: str) -> str:
    return unquote(graph[len(GRAPH + "article/"):]) if graph.startswith(GRAPH + "article/") else graph


def link_quads(graph: str, entity: Entity) -> list[Quad]:
    """The quads ``kg.mapping`` writes for an entity's Wikidata link, in ``graph``."""
    if not entity.qid:
        return []
    quads = article_quads(Extraction(Article(_article_id(graph), ""), entities=[dataclasses.replace(entity, mentions=())]))
    nodes = {q.object for q in quads if q.predicate.value == NKG + "wikidataLink"}
    return [q for q in quads if q.predicate.value in _LINK_PREDICATES or q.subject in nodes]


def relink_store(store, linker: Linker) -> RelinkReport:
    """Link every entity in the store again; rewrite the articles whose links changed."""
    report = RelinkReport()
    for graph, (context, entities) in sorted(store_entities(store).items()):
        report.articles += 1
        report.entities += len(entities)
        if not graph.startswith(GRAPH + "article/"):
            continue
        linked = linker.link(Extraction(Article(_article_id(graph), ""), entities=entities), context=context).entities
        new = [q for e in linked for q in link_quads(graph, e)]
        for e in linked:
            if e.qid:
                report.linked += 1
                report.by_method[e.link_method] = report.by_method.get(e.link_method, 0) + 1
        old_quads = list(store.graph_quads(NamedNode(graph)))
        link_nodes = {q.object for q in old_quads if q.predicate.value == NKG + "wikidataLink"}
        old = [q for q in old_quads if q.predicate.value in _LINK_PREDICATES or q.subject in link_nodes]
        if set(old) == set(new):
            continue
        keep = [q for q in old_quads if q not in set(old)]
        store.replace_graph(NamedNode(graph), keep + new)
        report.changed += 1
    store.flush()
    return report


@dataclass
class RefreshReport:
    updated: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def refresh_table(table: LinkTable, client: WikidataClient, entities: list[Entity] = ()) -> RefreshReport:
    """Merge Wikidata's labels and aliases into the table's items; add items found online for ``entities``."""
    report = RefreshReport()
    current = client.entities(list(table.items))
    for qid, item in list(table.items.items()):
        data = current.get(qid)
        if data is None:
            report.missing.append(qid)
            continue
        merged = _merge(item, data)
        if merged != item:
            table.add(merged)
            report.updated.append(qid)
    online = OnlineLinker(client)
    offline = Linker(table)
    for entity in entities:
        if entity.type not in TABLE_TYPE or offline.link_entity(entity) is not None:
            continue
        link = online.lookup(entity)
        if link is None or link.qid in table:
            continue
        data = client.entities([link.qid])[link.qid]
        table.add(_merge(Item(link.qid, TABLE_TYPE[entity.type], {}, {}, source="wikidata-api"), data))
        report.added.append(link.qid)
    return report


def _merge(item: Item, data: dict) -> Item:
    labels = dict(item.labels)
    aliases = {k: list(v) for k, v in item.aliases.items()}
    for lang in languages():
        value = ((data.get("labels") or {}).get(lang) or {}).get("value")
        if value and lang not in labels:
            labels[lang] = value
        for alias in (data.get("aliases") or {}).get(lang, []):
            names = aliases.setdefault(lang, [])
            if alias.get("value") and alias["value"] not in names and alias["value"] != labels.get(lang):
                names.append(alias["value"])
    aliases = {k: v for k, v in aliases.items() if v}
    return dataclasses.replace(item, labels=labels, aliases=aliases)
