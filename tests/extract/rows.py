"""Claims-table rows straight from an extraction, without a store: for scoring the extractor alone.

``kg export claims`` writes the same columns from the store (``kg.export.claims.COLUMNS``).
"""

from __future__ import annotations

from kg.records import Extraction


def claim_rows(extraction: Extraction) -> list[dict]:
    """One row per claim; ``org_qid`` is filled where the extraction went through ``kg.link.link``."""
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
            "segment": c.segment, "source": c.source_cited, "confidence": c.confidence, "aggregate": c.aggregate,
        })
    return rows
