"""Contradictions between sources, answered by the SPARQL files ``queries/contradiction-<kind>.rq``.

Each query returns one row per contradiction with columns ``kind severity org topic explanation``
and, for each claim involved, ``<field>_a``, ``<field>_b`` (and ``_c`` for arithmetic). This module only
runs them and shapes the rows; the rules live in the queries and in docs/contradictions.md.
"""

from __future__ import annotations

from kg.queries import QueryError, run_named, select_rows

KINDS = ("numeric", "stance", "outlook", "temporal", "arithmetic")
CLAIM_FIELDS = ("claim", "article", "source", "date", "when", "value", "low", "high", "unit", "polarity",
                "object", "speaker", "quote")
HEAD = ("kind", "severity", "org", "topic", "explanation")


def find_contradictions(store, org: str | None = None, kind: str | None = None) -> list[dict]:
    """All contradictions in the store, optionally of one organisation (by name) and one kind.

    Each is a dict with ``kind, severity, org, topic, explanation, announcement``, ``claims``: the
    claims shown (two; three for arithmetic), each with article, value/low/high or polarity, unit,
    quote, source (publisher, else article id), speaker, date (the article's), when, claim (IRI) and
    ``articles`` (every article stating the same as that claim), and ``articles``: all of them.
    """
    if kind is not None and kind not in KINDS:
        raise QueryError(f"unknown contradiction kind {kind!r}: use one of {', '.join(KINDS)}")
    params = {"org": org} if org else {}
    found = []
    for k in (kind,) if kind else KINDS:
        _, rows = select_rows(run_named(store, f"contradiction-{k}", params))
        found.extend(_shape(row) for row in rows)
    return found


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
