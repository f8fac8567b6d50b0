"""Numeric: figures stated for the same announcement, measure, unit, aggregate and scope that cannot all hold.

Topics: one per announcement, unit, aggregate (a round or level; a total of several rounds or of a plan; a change)
and scope (a stated segment, else "open"). A round is never set against a total, nor a segment against the group or
against a figure whose scope the text leaves open: those are different questions; but a third party's figure that leaves its scope open beside the company's of one stated scope in its article ("schrapt 1.100 banen in Europa ... De vakbond spreekt van 1.400 banen") is of that scope. A part of a round whose segment
the text names in words the lexicon lacks ("1,500 of the 2,000 jobs are in operations": aggregate "part") is
compared with nothing. A headcount aimed at (a planned workforce) is not compared with one stated as it is. A figure
whose article also states, in another scope, what the others say is a part beside its whole, not a rival; two totals
apart by a round the announcement states count it in and out. A figure the text leaves unmarked that matches one
stated as the total ("20,000" beside "a total of 20,000") is that total; but a total its article tells by smaller
parts of named segments ("180 in Belgium ... 1,150 in all") is the round itself, and beside it an unmarked figure that
another article gives of a segment is that part. An outlet's figure is replaced by the
figure the same outlet gives in a later article (a correction, an update). A forecast of a level (revenue, profit,
headcount: planned or expected) is its maker's view on the day it is told: forecasts told more than a week apart are
a revision ("cut its 2026 revenue forecast to 4.3 billion"), only those told within a week of each other are
compared. A level (a workforce, a result) more than five times below one the organisation states of the same time,
in any article, is a part's (a branch's staff, a subsidiary's revenue) the text left unmarked: compared with nothing.
Figures of one article alone make a topic only when a third party's stands beside the company's (a union's
count of the same cuts, kg.resolve.disputed). Sides: the figures that agree, clustered by the intervals of the
approximation rule (kg.resolve), a figure that meets two sides on neither; the query compares figures within a
factor of five of each other (further apart, they measure different things: 1,400 apprentices against 130,000
staff).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations
from math import inf

from kg.contradictions.base import (
    LEVELS,
    Event,
    Intervals,
    Placed,
    Resolved,
    against_main,
    cluster,
    figure_label,
    iso_day,
    side,
    unambiguous,
)
from kg.records import Topic

KIND = "numeric"
AGGREGATES = {None: "round or level", "total": "total", "change": "change", "revised": "count revised",
              "fte": "full-time positions or equivalents", "margin": "margin",
              "nine_months": "the year's first months"}
TOLD_APART = 7  # days: forecasts told further apart than this are a revision, not rivals
FACTOR = 5  # figures further apart than this measure different things (the query compares none such)
ROUNDED = ("count", "percent")  # units of what comes in rounds: one round is never set against a total
KEPT = ("change", "nine_months")  # aggregates of any unit: a change is no level, the year's first months are not the year

SHAPES = """
nkg:NumericSide a owl:Class ; rdfs:subClassOf nkg:Side ;
    rdfs:comment "Figures of a numeric topic that agree; nkg:intervalLow/High: the values all of them allow."@en .

nkgsh:NumericSideShape a sh:NodeShape ;
    sh:targetClass nkg:NumericSide ;
    sh:property [ sh:path nkg:intervalLow ; sh:datatype xsd:decimal ; sh:minCount 1 ; sh:maxCount 1 ] ;
    sh:property [ sh:path nkg:intervalHigh ; sh:datatype xsd:decimal ; sh:maxCount 1 ] .
"""


def topics(resolved: Resolved) -> Iterator[Topic]:
    near = _Near(resolved.claims)
    for e in resolved.events:
        groups = defaultdict(list)
        totals = defaultdict(Intervals)  # (unit, scope) -> the values stated as a total
        scopes = {id(m): _scope(m, e.members) for m in e.members}
        by_article = defaultdict(list)
        for m in e.members:
            by_article[m.article].append(m)
        summed = {id(m) for m in e.members if any(o is m for o in _parts_by_sum([m, *near.told_with(m, TOLD_APART)]))}
        wholes = {id(t) for t in e.members if t.aggregate == "total" and _whole_of_parts(t, by_article[t.article])}
        if wholes:  # beside a whole told by its parts, an unmarked figure another article gives of a segment is that part
            parts = [o for o in e.members if o.scope not in (None, "total") and o.aggregate is None]
            for m in e.members:
                part = next((o.scope for o in parts if o.article != m.article and o.exact == m.exact
                             and not (m.details and m.details.bound)), None)
                if part and scopes[id(m)] is None and m.aggregate is None:
                    scopes[id(m)] = part
        for m in e.members:  # a third party's figure of the round its article states with a scope: of that scope
            own = {scopes[id(o)] for o in by_article[m.article] if not o.third_party and o.unit == m.unit
                   and o.aggregate is None and o.low is not None}
            if m.third_party and scopes[id(m)] is None and m.aggregate is None and len(own) == 1:
                scopes[id(m)] = own.pop()
        for t in e.members:
            if t.aggregate == "total" and id(t) not in wholes and t.unit and t.low is not None:
                totals[(t.unit, scopes[id(t)])].add(t.low, t.high)
        for m in e.members:
            if m.unit and m.low is not None and m.aggregate != "part" and id(m) not in summed:  # a part, which unsaid
                # a figure the text leaves unmarked that another states as the total is that total; sums of money
                # ("en tout 4 milliards" of savings) are not rounds against totals
                total = m.aggregate is None and (m.unit, scopes[id(m)]) in totals and totals[
                    (m.unit, scopes[id(m)])].meets(m.low, m.high)
                aggregate = None if id(m) in wholes else "total" if total else m.aggregate
                target = m.kind in LEVELS and m.modality in ("planned", "expected")  # a headcount aimed at is no level
                groups[(m.unit + (" target" if target else ""),
                        aggregate if m.unit in ROUNDED or aggregate in KEPT else None, scopes[id(m)])].append(m)
        for (unit, aggregate, scope), members in sorted(groups.items(), key=lambda kv: str(kv[0])):
            group = _Group(members)
            members = [m for m in members if not group.beside_the_other(m, by_article[m.article] + near.told_with(m))
                       and not near.dwarfed(m)]
            if aggregate == "total":
                members = _without_the_round_apart(members, e.members)
            members = [m for m in members if not near.told_later(m, members)]
            told = _told_together(members) if unit.endswith(" target") else [members]
            for members in told:
                yield from _topic(e, unit, aggregate, scope, members,
                                  iso_day(members[0].pub[0]) if len(told) > 1 and members[0].pub else None)


def _topic(e: Event, unit: str, aggregate: str | None, scope: str | None, members: list[Placed],
           told: str | None) -> Iterator[Topic]:
    """The topic of one announcement's figures of one unit, aggregate and scope (of one week's forecasts: ``told``,
    the day the first was told, when there are several), when they disagree."""
    if len({m.article for m in members}) < 2 and len({m.third_party for m in members}) < 2:
        return  # one article disputes itself only in a third party's word beside the company's (kg.resolve.disputed)
    clusters = unambiguous(cluster(members, lambda m: (m.low, m.high)), lambda m: (m.low, m.high))
    if len(clusters) < 2:
        return
    what = f"{unit}" + (f" {aggregate}" if aggregate else "") + (f", {scope}" if scope else "")
    note = (f"{AGGREGATES[aggregate]}; " + (f"both sides state the scope {scope}" if scope
                                           else "the scope is left open on both sides"))
    yield Topic(KIND, f"{unit}/{aggregate or 'level'}/{scope or 'open'}" + (f"/told {told}" if told else ""), e.org,
                f"{e.kind} {what} {e.when or 'undated'}",
                against_main([side(ms, iv, figure_label) for ms, iv in clusters]), e.index, note)


def _scope(m: Placed, members: list[Placed]) -> str | None:
    """Its segment; the whole company ("1,400 jobs worldwide", `segments.total`) is the scope a figure leaves open,
    unless its own article also gives a figure of that unit in the open scope (then one of them is a part), not one
    it marks as a part ("120 van de banen verdwijnen in de fabriek in Moerdijk": aggregate "part")."""
    if m.scope != "total" or any(o.article == m.article and o.unit == m.unit and o.scope is None
                                 and o.aggregate != "part" for o in members):
        return m.scope
    return None


def _whole_of_parts(t: Placed, own: list[Placed]) -> bool:
    """A total whose article gives beside it, of its unit, only smaller parts of named segments ("180 banen in België
    ... waarbij in totaal 1.150 banen verdwijnen"): the whole of one round told by its parts, not a sum of rounds, so
    the round's count of other outlets is its rival."""
    others = [o for o in own if o is not t and o.unit == t.unit and o.low is not None]
    return bool(others) and t.low is not None and all(
        o.scope not in (None, "total") and o.aggregate is None and o.high is not None and o.high < t.low for o in others)


PARTS_MAX = 12  # an article's figures of one unit on one announcement tried as parts of a sum (C(12, 3) = 220 sums)


def _parts_by_sum(own: list[Placed]) -> list[Placed]:
    """An article's figures of one unit that add up to another figure of it it gives (two or three of them: "800
    jobs ... in Leeds, where about 450 go, and in Málaga, where 350 do"): parts of that round, which parts unsaid,
    so no rival of the whole another outlet gives. The company's figures only: a union's 900 beside the company's
    600 of 1,500 is a rival count, not the rest."""
    out: dict[int, Placed] = {}
    by_unit = defaultdict(list)
    for o in own:
        if o.unit and o.exact and o.aggregate != "change" and not o.third_party:  # a union's count is no part
            by_unit[o.unit].append(o)
    for figures in by_unit.values():
        if len(figures) > PARTS_MAX:
            continue
        wholes = {o.exact for o in figures}
        for n in (2, 3):
            for parts in combinations(figures, n):
                if sum(o.exact for o in parts) in wholes and len({o.exact for o in parts}) == n:
                    out.update((id(o), o) for o in parts)
    return list(out.values())


def _told_together(forecasts: list[Placed]) -> list[list[Placed]]:
    """Forecasts in runs of articles each published within a week of the one before: a forecast told later is a
    revision of the earlier one, not a rival figure."""
    runs: list[list[Placed]] = []
    last = None
    for m in sorted(forecasts, key=lambda m: m.pub[0] if m.pub else 0):
        day = m.pub[0] if m.pub else 0
        if not runs or day - last > TOLD_APART:
            runs.append([])
        runs[-1].append(m)
        last = day
    return runs


def _without_the_round_apart(totals: list[Placed], members: list[Placed]) -> list[Placed]:
    """The totals but those another article's total differs from by a round the announcement states: one counts the
    new round, the other does not ("has cut 5,000 jobs since 2024" beside "1,200 jobs, after 3,800 since 2024")."""
    rounds = {m.exact for m in members if m.aggregate is None and m.exact and m.unit == totals[0].unit}
    articles = defaultdict(set)  # value -> the articles stating it as a total
    for t in totals:
        articles[t.exact].add(t.article)
    return [t for t in totals if t.exact is None or not any(
        articles.get(t.exact + sign * r, set()) - {t.article} for r in rounds for sign in (1, -1))]


class _Near:
    """An organisation's figures by article and by outlet, whichever announcement resolution put them on (an article's
    two figures of one day are put on two, "rounds within an article"): what an article or its outlet states of the same
    cuts or result (same kind and unit, dated within ``TOLD_APART`` days of each other)."""

    def __init__(self, claims: list[Placed]):
        self.by_article: dict[tuple, list[Placed]] = defaultdict(list)
        self.by_source: dict[tuple, list[Placed]] = defaultdict(list)
        self.by_level: dict[tuple, list[Placed]] = defaultdict(list)  # (org, kind, unit) -> its levels, largest first
        for c in claims:
            if c.unit and c.low is not None and _days(c):
                self.by_article[(c.article, c.org, c.kind, c.unit)].append(c)
                if c.details:
                    self.by_source[(c.details.source, c.org, c.kind, c.unit)].append(c)
                if c.kind in LEVELS:
                    self.by_level[(c.org, c.kind, c.unit)].append(c)
        for levels in self.by_level.values():
            levels.sort(key=lambda c: -c.low)

    def told_with(self, m: Placed, within: int = 0) -> list[Placed]:
        """The other figures of its article of the same kind, unit and days (``within`` days of each other)."""
        return [c for c in self.by_article.get((m.article, m.org, m.kind, m.unit), ())
                if c.iri != m.iri and _near(c, m, within)]

    def dwarfed(self, m: Placed) -> bool:
        """A level (a workforce, a result) the organisation states more than ``FACTOR`` times larger at the same time,
        in any article: ``m`` is a part's (a branch's, a subsidiary's, a plant's: "De Belgische tak telt 1.100
        medewerkers" beside the group's 32,000), which the text left unmarked, so no rival of another part's."""
        if m.kind not in LEVELS or m.high is None or m.low is None or m.low < 0:
            return False
        for c in self.by_level.get((m.org, m.kind, m.unit), ()):  # largest first
            if c.low <= FACTOR * m.high:
                return False
            if _near(c, m, TOLD_APART):
                return True
        return False

    def told_later(self, m: Placed, members: list[Placed]) -> bool:
        """Its outlet gives a figure of the same question (a member of the topic, or of the same kind, unit, scope and
        aggregate within a week) in a later article, told by the same side (the company, or a third party): an
        outlet's later word replaces its earlier one (a correction, an update), so its earlier figure is no side; a
        union's figure it reports later replaces not the company's, nor does a count of another announcement the
        later article dates weeks before itself ("In april sprak de bond nog van 2.000 bedreigde banen" in June):
        the past recalled, no update (a level's period always lies before its article: a result corrected later
        still replaces)."""
        if not (m.details and m.pub):
            return False
        later = (c for c in self.by_source.get((m.details.source, m.org, m.kind, m.unit), ())
                 if c.pub and c.pub[0] > m.pub[0] and c.third_party == m.third_party)
        ids = {c.iri for c in members}
        return any(c.iri in ids or c.scope == m.scope and c.aggregate == m.aggregate and _near(c, m, TOLD_APART)
                   and not (m.kind not in LEVELS and c.event and c.event[1] + TOLD_APART < c.pub[0]) for c in later)


def _days(c: Placed) -> tuple[int, int] | None:
    return c.event or c.pub


def _near(a: Placed, b: Placed, within: int) -> bool:
    """Their events' days (else their articles') lie within ``within`` days of each other."""
    x, y = _days(a), _days(b)
    return bool(x and y) and x[0] <= y[1] + within and y[0] <= x[1] + within


class _Group:
    """The figures of one topic, sorted by their bounds: how many of them meet a figure is two binary searches."""

    def __init__(self, members: list[Placed]):
        self.ids = {id(m) for m in members}
        self.lows = sorted(m.low for m in members)
        self.highs = sorted(inf if m.high is None else m.high for m in members)
        self.by_article = defaultdict(list)
        for m in members:
            self.by_article[m.article].append(m)

    def echoed(self, o: Placed) -> bool:
        """A figure of the group from another article than ``o``'s meets ``o``'s (``Placed.same_figure``)."""
        meeting = bisect_right(self.lows, inf if o.high is None else o.high) - bisect_left(self.highs, o.low)
        return meeting > sum(m.same_figure(o) for m in self.by_article.get(o.article, ()))

    def beside_the_other(self, m: Placed, own: list[Placed]) -> bool:
        """Its article (``own``: its claims on the announcement) also states, in another scope or aggregate, what
        other articles of the group say: a part beside its whole ("16,000 jobs worldwide, 12,000 of them
        managers"), not a rival figure."""
        return any(o.unit == m.unit and id(o) not in self.ids and o.low is not None and self.echoed(o) for o in own)
