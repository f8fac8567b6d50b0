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
from functools import cache
from types import ModuleType

from kg.mapping import BASE, NKG, OWL, RDFS, XSD
from kg.queries import QueryError, run_named, select_rows
from kg.resources import queries_dir

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


def find_contradictions(store, org: str | None = None, kind: str | None = None) -> list[dict]:
    """All contradictions in the store, optionally of one organisation (by name) and one kind.

    Each is a dict with ``kind, severity, org, topic, explanation, announcement``, ``claims``: the claim
    shown for each side, with article, value/low/high or polarity, unit, quote, source (publisher, else
    article id), speaker, date (the article's), when, claim (IRI) and ``articles`` (every article on
    that side), and ``articles``: all of them.
    """
    if kind is not None and kind not in kinds():
        raise QueryError(f"unknown contradiction kind {kind!r}: use one of {', '.join(kinds())}")
    params = {"org": org} if org else {}
    found = []
    for k in (kind,) if kind else kinds():
        _, rows = select_rows(run_named(store, f"{PREFIX}{k}", params))
        found.extend(_shape(row) for row in rows)
    return sorted(found, key=lambda c: (c["org"] or "", c["kind"], c["topic"] or "", c["articles"]))


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
