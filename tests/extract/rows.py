"""The claims table row of a claim (the columns ``kg export claims`` writes and score.py reads)."""

from __future__ import annotations

from kg.records import Extraction

COLUMNS = ("article", "org", "org_qid", "kind", "value", "low", "high", "unit", "approx", "bound", "when",
           "modality", "polarity", "object", "speaker", "quote", "start", "end", "segment", "source_cited")


def claim_rows(extraction: Extraction) -> list[dict]:
    qids = {e.name: e.qid for e in extraction.entities if e.qid}
    rows = []
    for c in extraction.claims:
        q = c.quantity
        rows.append({
            "article": extraction.article.id, "org": c.org, "org_qid": qids.get(c.org), "kind": c.kind,
            "value": q.value if q else None, "low": q.low if q else None, "high": q.high if q else None,
            "unit": q.unit if q else None, "approx": q.approx if q else None, "bound": q.bound if q else None,
            "when": c.when.value if c.when else None, "modality": c.modality, "polarity": c.polarity,
            "object": c.object, "speaker": c.speaker, "quote": c.quote, "start": c.start, "end": c.end,
            "segment": c.segment, "source_cited": c.source_cited,
        })
    return rows
