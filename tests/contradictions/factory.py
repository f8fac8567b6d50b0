"""Hand-made articles and claims for the resolution and contradiction tests: the fictional companies
Northwind, Contoso and Fabrikam, reported by fictional outlets. Each claim's quote is a sentence of
the article text written here, so offsets and provenance are real."""

from __future__ import annotations

from dataclasses import dataclass

from kg.mapping import article_quads, graph_iri
from kg.records import Article, Claim, Entity, Extraction, Quantity, Span, TimeRef
from kg.resolve import resolve_events
from kg.validate import validate_quads


@dataclass(frozen=True)
class Said:
    """What one sentence of an article states; turned into a ``Claim`` by ``article``."""

    sentence: str
    kind: str = "job_cuts"
    org: str = "Northwind"
    value: float | None = None
    unit: str = "count"
    low: float | None = None
    high: float | None = None
    approx: bool = False
    bound: str | None = None
    when: str | None = None
    modality: str = "announced"
    polarity: str | None = None
    object: str | None = None
    segment: str | None = None
    speaker: str | None = None
    aggregate: str | None = None
    confidence: float = 0.9
    timing: str | None = None  # default: "stated" for a claim with a time
    told: str | None = None  # a horizon claim's announcement time
    third_party: bool = False  # a union's, analysts'... word


def _time(value: str | None) -> TimeRef | None:
    if value is None:
        return None
    precision = "quarter" if "-Q" in value else "half" if "-H" in value else {10: "day", 7: "month", 4: "year"}[len(value)]
    return TimeRef(value, precision)


def article(article_id: str, published: str, *said: Said, publisher: str = "Harbour Herald") -> Extraction:
    """An article made of the given sentences, with one claim for each."""
    text = " ".join(s.sentence for s in said)
    claims, names = [], {}
    for s in said:
        start = text.index(s.sentence)
        quantity = None
        if s.value is not None or s.low is not None:
            quantity = Quantity(s.unit, value=s.value, low=s.low, high=s.high, approx=s.approx, bound=s.bound)
        claims.append(Claim(s.kind, s.org, s.sentence, start, start + len(s.sentence), quantity=quantity,
                            when=_time(s.when), modality=s.modality, polarity=s.polarity, object=s.object,
                            segment=s.segment, speaker=s.speaker, aggregate=s.aggregate, confidence=s.confidence,
                            timing=s.timing or ("stated" if s.when else None), told=_time(s.told),
                            third_party=s.third_party))
        names[s.org] = "organization"
        if s.speaker:
            names.setdefault(s.speaker, "person")
    entities = []
    for name, type_ in names.items():
        at = text.find(name)
        entities.append(Entity(name, type_, (Span(at, at + len(name), name),) if at >= 0 else ()))
    return Extraction(Article(article_id, text, published=published, publisher=publisher, language="en"),
                      entities=entities, claims=claims)


def load(store, *extractions: Extraction) -> int:
    """Write the articles (each checked against the shapes) and resolve events; return the announcements."""
    for extraction in extractions:
        quads = article_quads(extraction)
        report = validate_quads(quads)
        assert report.conforms, report.text()
        store.replace_graph(graph_iri(extraction.article.id), quads)
    return resolve_events(store)
