"""The claims table: one row per claim, as JSONL or CSV, in the columns of ``COLUMNS``."""

from __future__ import annotations

from typing import TextIO

from kg.formats import write_rows
from kg.queries import run_named, select_rows

# Contract columns first, in this order; later columns may be added, never renamed. queries/claims.rq
# selects the same columns in the same order (kg query claims).
COLUMNS = ["article", "org", "org_qid", "kind", "value", "low", "high", "unit", "approx", "bound", "when",
           "modality", "polarity", "object", "segment", "speaker", "quote", "start", "end", "source", "published",
           "confidence", "aggregate", "claim"]


def claim_rows(store, org: str | None = None, kind: str | None = None, article: str | None = None) -> list[dict]:
    params = {k: v for k, v in (("org", org), ("kind", kind), ("article", article)) if v}
    _, rows = select_rows(run_named(store, "claims", params))
    rows.sort(key=lambda r: (r["article"], r["start"], r["kind"], _named_at(r), r["claim"]))  # not store order
    return [{c: row.get(c) for c in COLUMNS} for row in rows]


def _named_at(row: dict) -> int:
    """Where in its quote a claim's object is named, so that the claims of one sentence ("cease production at its
    Civac plant by March 2026, the Oppama plant by March 2028 and the Shonan plant by March 2027") are listed in
    the order the sentence names them; -1 for claims with no object named there."""
    obj, quote = row.get("object"), row.get("quote") or ""
    return quote.find(str(obj).split()[0]) if obj else -1


def write_claims(rows: list[dict], out: TextIO, fmt: str) -> None:
    """The claims in a row format of ``kg.formats`` (jsonl, csv, json), CSV's columns those of ``COLUMNS``."""
    write_rows(COLUMNS, rows, out, fmt)
