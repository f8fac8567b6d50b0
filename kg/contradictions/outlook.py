"""Outlook: an expectation that no new large cuts are coming (a layoff_outlook claim denying them), overturned
by job cuts the organisation announces after it, within two years.

Large: at least 1,000 jobs or 1 percent (a trim does not overturn "no large waves"). Topics: one per outlook
announcement, holding the expectation (role outlook, its day: the last day its earliest claim is about) and
the first round of large cuts after it within two years, or within the outlook's own horizon when it states one
("no further job cuts this year"; role round, the day of its earliest large claim);
the note counts the rounds. An expectation for one segment ("no further job cuts in Germany") is overturned only by
rounds stated of that segment. Firm (hard) when a round within the horizon reaches 10,000 jobs or 5 percent.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from itertools import accumulate

from kg.contradictions.base import Placed, Resolved, figure_label, iso_day, side
from kg.records import Topic

KIND = "outlook"
HORIZON_DAYS = 730
LARGE_COUNT, LARGE_PERCENT = 1000, 1
HARD_COUNT, HARD_PERCENT = 10000, 5

SHAPES = """
nkg:OutlookSide a owl:Class ; rdfs:subClassOf nkg:Side ;
    rdfs:comment "An expectation of no new large cuts (role outlook), or the first large round after it (role round), with its day."@en .

nkgsh:OutlookSideShape a sh:NodeShape ;
    sh:targetClass nkg:OutlookSide ;
    sh:property [ sh:path nkg:startDay ; sh:datatype xsd:integer ; sh:minCount 1 ; sh:maxCount 1 ] ;
    sh:property [ sh:path nkg:sideRole ; sh:minCount 1 ; sh:in ( "outlook" "round" ) ] .
"""


def _day(c: Placed) -> int | None:
    span = c.event or c.pub
    return span[1] if span else None


def _large(c: Placed) -> bool:
    return c.direct and c.modality != "denied" and c.low is not None and (
        c.unit == "count" and c.low >= LARGE_COUNT or c.unit == "percent" and c.low >= LARGE_PERCENT)


def topics(resolved: Resolved) -> Iterator[Topic]:
    rounds = defaultdict(list)  # org -> [(first large day, event, its large claims)], in time
    for e in resolved.events:
        large = [m for m in e.members if e.kind == "job_cuts" and _large(m) and _day(m) is not None]
        if large:
            first = min(_day(m) for m in large)
            rounds[e.org].append((first, e, large))
    hard_before = {}  # org -> for each place in its rounds, how many rounds before it reach a hard size
    for org, found in rounds.items():
        found.sort(key=lambda r: (r[0], r[1].index))
        hard_before[org] = list(accumulate((any(_hard(m) for m in _first(ms)) for _, _, ms in found), initial=0))
    for e in resolved.events:
        denials = [m for m in e.members if e.kind == "layoff_outlook" and m.polarity == "deny" and _day(m) is not None]
        if not denials or not rounds.get(e.org):
            continue
        day = min(_day(m) for m in denials)
        found = rounds[e.org]
        until = day + HORIZON_DAYS
        if all(m.horizon for m in denials):  # "no further job cuts this year": a round after that year overturns nothing
            until = min(until, max(m.horizon[1] for m in denials))
        start = bisect_right(found, day, key=lambda r: r[0])
        end = bisect_right(found, until, key=lambda r: r[0])
        scopes = {m.scope for m in denials}
        if None in scopes:
            if start == end:
                continue
            (_, cut, large), count = found[start], end - start
            claims, hard = _first(large), hard_before[e.org][end] > hard_before[e.org][start]
        else:  # "no further job cuts in Germany": only rounds stated of that segment overturn it
            within = [(c, _first(ms)) for c, ms in ((c, [m for m in ms if m.scope in scopes])
                                                     for _, c, ms in found[start:end]) if ms]
            if not within:
                continue
            (cut, claims), count = within[0], len(within)
            hard = any(_hard(m) for _, ms in within for m in ms)
        first = _day(claims[0])
        note = f"the first of {count} rounds within two years" if count > 1 else "the only round within two years"
        yield Topic(KIND, f"after-{iso_day(day)}", e.org, "expectation of no new large cuts",
                    (side(denials, (day, day), lambda m: "no new large cuts", role="outlook", days=True),
                     side(claims, (first, first), figure_label, role="round", days=True)),
                    cut.index, note, firm=hard)


def _first(claims: list[Placed]) -> list[Placed]:
    """The claims of the earliest day among these."""
    first = min(_day(m) for m in claims)
    return [m for m in claims if _day(m) == first]


def _hard(m: Placed) -> bool:
    return (m.unit == "count" and m.low >= HARD_COUNT) or (m.unit == "percent" and m.low >= HARD_PERCENT)
