"""Temporal: different dates for the same event: when an announcement was made or its cuts happened, or the
date by which a plan is to be done (its horizon). The dates of the articles about it are never compared: a
claim dated only by its article gives no date here, nor a third party's word of when it spoke, nor the day a part of
the round was told (aggregate "part": a site's share told to its staff a week after the group's round).

Topics: one per announcement of an event (not a level such as a workforce or revenue, which is measured at
many times) and role: event (its date as reported, on or before the article), effect (a stated date reaching
past the article: when the plant closes or the cuts take effect) or horizon. Sides: the stated times that meet, a
day-precise time allowed one day (time zones, "yesterday"); each time covers what its precision says ("in
January" is the month); a time that meets two sides is on neither."""

from __future__ import annotations

from collections.abc import Iterator

from kg.contradictions.base import (
    LEVELS,
    Placed,
    Resolved,
    against_main,
    cluster,
    shown_first,
    side,
    unambiguous,
)
from kg.records import Topic

KIND = "temporal"
_FINEST = ("day", "month", "quarter", "half", "year")

SHAPES = """
nkg:TemporalSide a owl:Class ; rdfs:subClassOf nkg:Side ;
    rdfs:comment "Stated times of a temporal topic that meet; nkg:startDay/endDay: the days all of them allow."@en .

nkgsh:TemporalSideShape a sh:NodeShape ;
    sh:targetClass nkg:TemporalSide ;
    sh:property [ sh:path nkg:startDay ; sh:datatype xsd:integer ; sh:minCount 1 ; sh:maxCount 1 ] ;
    sh:property [ sh:path nkg:endDay ; sh:datatype xsd:integer ; sh:minCount 1 ; sh:maxCount 1 ] ;
    sh:property [ sh:path nkg:statedPrecision ; sh:minCount 1 ; sh:maxCount 1 ;
                  sh:in ( "day" "month" "quarter" "half" "year" ) ] .
"""

_ROLES = {
    # an event's date as reported: on or before the article; a third party's is the day it spoke ("the union said
    # on Monday that 1,400 jobs would go"), not the company's
    "event": (lambda m: m.event if m.event_stated and not m.third_party and (m.pub is None or m.event[0] <= m.pub[1])
              else None,
              lambda m: m.event_when, lambda m: m.event_precision, "date"),
    # when it takes effect: a stated date that reaches past the article ("will close the plant in 2027")
    "effect": (lambda m: m.event if m.event_stated and m.pub is not None and m.event[1] > m.pub[1] else None,
               lambda m: m.event_when, lambda m: m.event_precision, "takes effect"),
    "horizon": (lambda m: m.horizon, lambda m: m.horizon_when, lambda m: m.horizon_precision, "horizon"),
}


def topics(resolved: Resolved) -> Iterator[Topic]:
    for e in resolved.events:
        if e.kind in LEVELS or e.group != "statement":
            continue
        for role, (days, when, precision, word) in _ROLES.items():
            members = [m for m in e.members if days(m) and m.aggregate != "revised" and not (
                role == "event" and m.aggregate == "part")]  # a revision is told later; a part on a day of its own
            # ("va supprimer 180 postes dans son usine de Colmar, a annoncé mardi la direction", a week after the group)
            if len({m.article for m in members}) < 2:
                continue

            def span(m: Placed, days=days, precision=precision) -> tuple[int, int]:
                lo, hi = days(m)
                return lo, hi + (precision(m) == "day")  # a day-precise time may be a day off

            clusters = unambiguous(cluster(members, span), span)
            if len(clusters) < 2:
                continue
            apart = any(m.basis == "same-figure-apart" for m in members)
            borrowed = role == "event" and any(all(m.event_context for m in ms) for ms, _ in clusters)
            site = e.kind == "store_closure"
            note = ("joined by the same site dated apart: one closure dated differently" if apart and site
                    else "joined by the same count dated apart: one round dated differently, or two rounds of one size"
                    if apart else "a side's date is only that of the sentence before it" if borrowed
                    else "the same announcement")
            yield Topic(KIND, role, e.org, f"{e.kind} {word}" + (f" ({e.when})" if e.when else ""),
                        against_main([side(ms, iv, when, days=True, shown=_inside(ms, iv, span),
                                           precision=min((precision(m) for m in ms), key=_FINEST.index))
                                      for ms, iv in clusters]), e.index, note, firm=not (apart or borrowed))


def _inside(members: list[Placed], days: tuple[int, int], span) -> Placed | None:
    """The surest claim whose own time lies within the days its side shares ("by 2027", not "over the next two
    years" counted to 2028 that meets it), else None (the surest)."""
    inside = [m for m in members if days[0] <= span(m)[0] and span(m)[1] <= days[1]]
    return shown_first(inside)[0] if inside else None
