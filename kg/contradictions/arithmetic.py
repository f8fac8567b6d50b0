"""Arithmetic: a count of job cuts and the percent of the workforce it is said to be imply a workforce that a
stated workforce figure of the organisation makes impossible.

Implied workforce: a count and a percent said of the same cuts (in one sentence, or the only count and the only
percent an article puts on the announcement), 100 x count / percent over their
intervals (the approximation rule, plus 1 percentage point of tolerance on an exact percent). Scopes: a
count and a percent of the same scope (or both left open) imply that scope's workforce; a count of one
segment ("1,600 jobs in Sweden") and a percent of the whole ("20 % globally") only a lower bound on the whole
(a part of the cuts is no more than all of them). Any other pairing implies nothing.
Topics: one per announcement and scope, holding the implied workforces and the workforce figures stated for
that scope (an open scope meets the whole) about a time within a year of the cuts, each clustered into
positions. The query sets an implied position against a stated one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from kg.contradictions.base import Placed, Resolved, cluster, figure_label, shown_first, side
from kg.records import Topic

KIND = "arithmetic"
TOLERANCE = 1  # percentage points an exact percent may be off by rounding
WITHIN_DAYS = 365  # a workforce figure about a time this close to the cuts is the workforce they were cut from
WHOLE = (None, "total")  # scopes that mean the whole workforce

SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix nkg: <https://w3id.org/news-kg/ontology#> .
@prefix nkgsh: <https://w3id.org/news-kg/shapes#> .

nkg:ArithmeticSide a owl:Class ; rdfs:subClassOf nkg:Side ;
    rdfs:comment "Workforce figures of one scope that agree: stated, or implied by a count and a percent (role implied, with the percent as nkg:companion)."@en .

nkgsh:ArithmeticSideShape a sh:NodeShape ;
    sh:targetClass nkg:ArithmeticSide ;
    sh:property [ sh:path nkg:intervalLow ; sh:datatype xsd:decimal ; sh:minCount 1 ; sh:maxCount 1 ] ;
    sh:property [ sh:path nkg:intervalHigh ; sh:datatype xsd:decimal ; sh:maxCount 1 ] ;
    sh:property [ sh:path nkg:sideRole ; sh:minCount 1 ; sh:in ( "stated" "implied" ) ] .
"""


def implied(count: Placed, percent: Placed) -> tuple[str | None, tuple[float, float | None]] | None:
    """The scope and the workforce interval a count and a percent imply, or None."""
    p_lo, p_hi = percent.low, percent.high
    if p_hi is None or p_hi <= 0:
        return None
    if percent.details is None or not percent.details.approx:
        p_lo, p_hi = p_lo - TOLERANCE, p_hi + TOLERANCE
    low = 100 * count.low / p_hi
    if count.scope == percent.scope or count.scope in WHOLE and percent.scope in WHOLE:
        high = 100 * count.high / p_lo if count.high is not None and p_lo > 0 else None
        return percent.scope, (round(low, 3), None if high is None else round(high, 3))
    if percent.scope in WHOLE and count.scope not in WHOLE:
        return percent.scope, (round(low, 3), None)
    return None


def topics(resolved: Resolved) -> Iterator[Topic]:
    workforce = defaultdict(list)
    for c in resolved.claims:
        if c.kind == "workforce" and c.unit == "count" and c.low is not None and c.aggregate is None:
            workforce[c.org].append(c)
    for e in resolved.events:
        if e.kind != "job_cuts" or e.group != "statement" or not workforce.get(e.org):
            continue
        pairs = defaultdict(list)  # scope -> [(count, percent, interval)]
        figures = [m for m in e.members if m.low is not None and m.aggregate is None]
        for c in (m for m in figures if m.unit == "count"):
            for p in (m for m in figures if m.unit == "percent" and _together(c, m, figures)):
                found = implied(c, p)
                if found:
                    pairs[found[0]].append((c, p, found[1]))
        for scope, found in sorted(pairs.items(), key=lambda kv: str(kv[0])):
            day = min(_day(c) for c, _, _ in found if _day(c) is not None) if any(_day(c) for c, _, _ in found) else None
            stated = [w for w in workforce[e.org] if _same_scope(w.scope, scope) and day is not None
                      and _day(w) is not None and abs(_day(w) - day) <= WITHIN_DAYS]
            if not stated:
                continue
            sides = []
            for group, iv in cluster(found, lambda t: t[2]):
                shown = shown_first([c for c, _, _ in group])[0]
                pair = next(t for t in group if t[0] is shown)
                sides.append(side([c for c, _, _ in group], iv, lambda _, pair=pair: _implied_label(pair),
                                  role="implied", companion=pair[1].iri))
            sides += [side(ms, iv, figure_label) for ms, iv in cluster(stated, lambda w: (w.low, w.high))]
            note = (f"the {scope} workforce" if scope not in WHOLE else "the whole workforce")
            yield Topic(KIND, scope or "whole", e.org, f"{e.kind} against the workforce ({e.when or 'undated'})",
                        tuple(sides), e.index, note, firm=all(c.scope == p.scope for c, p, _ in found))


def _together(count: Placed, percent: Placed, figures: list[Placed]) -> bool:
    """A count and a percent said of the same cuts: in one sentence ("1,600 jobs, or 25 % of its staff"), or the
    only count and the only percent their article puts on the announcement."""
    if count.article != percent.article:
        return False
    if count.details and percent.details and count.details.quote == percent.details.quote:
        return True
    own = [m for m in figures if m.article == count.article]
    return sum(m.unit == "count" for m in own) == 1 and sum(m.unit == "percent" for m in own) == 1


def _same_scope(stated: str | None, scope: str | None) -> bool:
    return stated == scope or stated in WHOLE and scope in WHOLE


def _day(c: Placed) -> int | None:
    span = c.event or c.pub
    return span[0] if span else None


def _implied_label(found: tuple) -> str:
    count, percent, (lo, hi) = found
    upper = f"{hi:,.0f}" if hi is not None else "more"
    return f"{figure_label(count)} as {figure_label(percent)} implies a workforce of {lo:,.0f} to {upper}"
