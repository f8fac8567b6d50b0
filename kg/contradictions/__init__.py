"""Contradictions between sources: each kind is one unit, discovered from the files.

A kind is a query ``queries/contradiction-<kind>.rq`` and a module ``kg/contradictions/<kind>.py`` beside
this one. The module makes, at resolution, the kind's topics and sides (``topics(resolved)``, see
``base``) and declares the shapes they must conform to (``SHAPES``, Turtle using the prefixes of ``shapes()``); the query sets the sides
of a topic against each other and decides severity. Adding a kind is adding those two files.

Each query returns one row per contradiction with columns ``kind severity org topic explanation`` and,
for each side, ``<field>_a``, ``<field>_b``. This module runs them and shapes the rows;
the rules live in the modules, the queries and docs/contradictions.md.
"""

from __future__ import annotations

import importlib
import json
import re
from functools import cache
from types import ModuleType

from pyoxigraph import Literal, NamedNode, Store

from kg.mapping import BASE, INPUTS_GRAPH, NKG, OWL, RDFS, XSD, resolver_version
from kg.queries import QueryError, get, run_named, select_rows, with_org_names
from kg.resources import queries_dir
from kg.sparql import values_block

PREFIX = "contradiction-"
CLAIM_FIELDS = ("claim", "article", "source", "date", "when", "value", "low", "high", "unit", "polarity",
                "object", "speaker", "quote")
HEAD = ("kind", "severity", "org", "topic", "explanation")


@cache
def kinds() -> tuple[str, ...]:
    """The contradiction kinds: one for every ``queries/contradiction-<kind>.rq``."""
    return tuple(sorted(p.stem[len(PREFIX):] for p in queries_dir().glob(f"{PREFIX}*.rq")))


@cache
def kind_modules() -> dict[str, ModuleType]:
    """Each kind's module, which makes its topics at resolution and holds its shapes."""
    out = {}
    for kind in kinds():
        try:
            out[kind] = importlib.import_module(f"{__name__}.{kind}")
        except ModuleNotFoundError as e:
            raise RuntimeError(f"queries/{PREFIX}{kind}.rq has no module kg/contradictions/{kind}.py") from e
    return out


# the prefixes of the kinds' shapes: SHACL's and our shapes' namespaces, the rest those of the graph (kg.mapping)
_PREFIXES = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in (
    ("sh", "http://www.w3.org/ns/shacl#"), ("xsd", XSD), ("owl", OWL), ("rdfs", RDFS), ("nkg", NKG),
    ("nkgsh", BASE + "shapes#")))


def shapes() -> str:
    """The shapes of every kind's topics and sides (each kind's ``SHAPES``, Turtle without prefixes), as one
    Turtle text."""
    return _PREFIXES + "\n".join(m.SHAPES for m in kind_modules().values())


def rows_by_topic(one: Store) -> dict[str, str]:
    """The rows each kind's query gives on the topics in ``one`` (an in-memory store of the topics, their sides,
    the claims these show and the topics' announcements' times, all the queries read), by topic IRI: a JSON
    list of rows without their empty columns, in the order of their text. Resolution writes them on the topics
    (``nkg:contradictionRows``), so that reading every contradiction is a scan of the topics, not the queries'
    joins per row. The queries run on these quads alone, so a topic's rows are the same whatever other
    topics are given with it."""
    found: dict[str, list[str]] = {}
    for kind in kinds():
        _, rows = select_rows(one.query(_with_topic(kind)))
        for row in rows:
            topic = row.pop("t")
            found.setdefault(topic, []).append(json.dumps({c: v for c, v in row.items() if v is not None},
                                                          ensure_ascii=False, separators=(",", ":")))
    return {topic: f"[{','.join(sorted(rows))}]" for topic, rows in found.items()}


@cache
def _with_topic(kind: str) -> str:
    """The kind's query, its topic (``?t``, as every kind's query names it) projected first."""
    return re.sub(r"^SELECT\b", "SELECT ?t", get(f"{PREFIX}{kind}").bound_text({}), count=1, flags=re.M)


ROWS = NamedNode(NKG + "contradictionRows")  # on a topic: its rows (``rows_by_topic``)


def resolution_current(store) -> bool:
    """The store's resolution was written by this version of the resolver (``resolver_version``), so its topics
    carry their rows."""
    return bool(store.query(f"ASK {{ GRAPH {INPUTS_GRAPH} {{ {INPUTS_GRAPH} <{NKG}resolverVersion> "
                            f"{Literal(resolver_version())} }} }}"))


_ROWS = ("SELECT ?rows WHERE { $values GRAPH <https://w3id.org/news-kg/graph/resolution> { "
         "?t nkg:contradictionRows ?rows ; nkg:contradictionKind ?kind ; nkg:orgName ?org } }")


def find_contradictions(store, org: str | None = None, kind: str | None = None) -> list[dict]:
    """All contradictions in the store, optionally of one organisation (by name) and one kind.

    Each is a dict with ``kind, severity, org, topic, explanation, announcement``, ``claims``: the claim
    shown for each side, with article, value/low/high or polarity, unit, quote, source (publisher, else
    article id), speaker, date (the article's), when, claim (IRI) and ``articles`` (every article on
    that side), and ``articles``: all of them.

    They are read from the rows resolution wrote on the topics (``rows_by_topic``): the kinds' queries run on the
    whole store only when its resolution was written by another version of the resolver (it may lack them).
    """
    if kind is not None and kind not in kinds():
        raise QueryError(f"unknown contradiction kind {kind!r}: use one of {', '.join(kinds())}")
    found = (written if resolution_current(store) else queried)(store, org, kind)
    return sorted(found, key=lambda c: (c["org"] or "", c["kind"], c["topic"] or "", c["articles"]))


def written(store, org: str | None = None, kind: str | None = None) -> list[dict]:
    """The contradictions resolution wrote on the topics (``rows_by_topic``), unsorted: one scan of the topics
    with rows (of the organisation and kind, when given)."""
    names = with_org_names(store, get(f"{PREFIX}{kind or kinds()[0]}"), {"org": org} if org else {}).get("org", [])
    values = "".join(values_block([v], [[Literal(x)] for x in xs]) for v, xs in (("kind", [kind] if kind else []),
                                                                                ("org", names)) if xs)
    return [_shape(r) for row in store.query(_ROWS.replace("$values", values)) for r in json.loads(row["rows"].value)]


def queried(store, org: str | None = None, kind: str | None = None) -> list[dict]:
    """The contradictions the kinds' queries give on the whole store, unsorted: what ``written`` reads, the
    plain way (a store resolved by another version of the resolver may lack the written rows)."""
    return [_shape(row) for k in ((kind,) if kind else kinds())
            for row in select_rows(run_named(store, f"{PREFIX}{k}", {"org": org} if org else {}))[1]]


def _shape(row: dict) -> dict:
    out = {key: row.get(key) for key in HEAD}
    out["announcement"] = row.get("announcement")
    out["claims"] = []
    articles = set()
    for side in ("a", "b", "c"):
        if row.get(f"claim_{side}") is None:
            continue
        claim = {f: row.get(f"{f}_{side}") for f in CLAIM_FIELDS}
        claim["articles"] = sorted(set((row.get(f"articles_{side}") or "").split()) | {claim["article"]})
        articles.update(claim["articles"])
        out["claims"].append(claim)
    out["articles"] = sorted(articles)
    return out
