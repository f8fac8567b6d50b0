"""Arithmetic: a count of job cuts and the percent of the workforce it is said to be imply a workforce that a
stated workforce figure of the organisation makes impossible.

Implied workforce: a count and a percent said of the same cuts (in one sentence; the only ones of their stated
scopes; or the only count and the only percent an article puts on the announcement), 100 x count / percent over their
intervals (the approximation rule, plus 1 percentage point of tolerance on an exact percent). Scopes: a
count and a percent of the same scope (or both left open) imply that scope's workforce; a count of one
segment ("1,600 jobs in Sweden") and a percent of the whole ("20 % globally") only a lower bound on the whole
(a part of the cuts is no more than all of them). Any other pairing implies nothing.
Also: cuts planned from a stated headcount against the headcount aimed at ("will shed 2,000 more" from 3,800
leaves 1,800, not the 2,000 aimed at).
Topics: one per announcement and scope, holding the implied workforces and the workforce figures stated for
that scope (an open scope meets the whole) about a time within 120 days of the cuts (a workforce the extractor gave
no time, "employed 21,000 before the sale", is of none), but not one more than five
times below a workforce the organisation states within a week of it (a plant's or a branch's staff the text left
unmarked: "The plant employs 260 people" beside the group's 9,000, as numeric), each clustered into
sides. Each implied side is set against the main stated side (the one most articles state) and the main implied
side against each stated one; only topics where two sides so set share no value are written. The query sets an
implied side against a stated one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from math import inf

from kg.contradictions.base import (
    DayIndex,
    Intervals,
    Placed,
    Resolved,
    cluster,
    figure_label,
    main_side,
    overlap,
    set_against,
    shown_first,
    side,
)
from kg.records import Side, Topic

KIND = "arithmetic"
TOLERANCE = 1  # percentage points an exact percent may be off by rounding
WITHIN_DAYS = 120  # a workforce figure about a time this close to the cuts is the workforce they were cut from
WHOLE = (None, "total")  # scopes that mean the whole workforce
FACTOR = 5  # a workforce this many times below one the organisation states ...
TOLD_APART = 7  # ... within this many days is a part's

SHAPES = """
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
    workforce = defaultdict(DayIndex)  # org -> its workforce figures by the days they are about
    for place, c in enumerate(resolved.claims):
        if (c.kind == "workforce" and c.unit == "count" and c.low is not None and c.aggregate is None
                and c.modality not in ("planned", "expected") and c.event):  # one of no time ("before the sale") is no side
            workforce[c.org].add(_span(c), place, c)
    largest = {org: sorted(index.meeting([(-inf, inf)]), key=lambda w: -w.low) for org, index in workforce.items()}
    dwarfed: dict[int, bool] = {}  # id of a stated workforce -> whether it is a part's
    yield from _targets(resolved)
    for e in resolved.events:
        if e.kind != "job_cuts" or e.group != "statement" or e.org not in workforce:
            continue
        pairs = defaultdict(list)  # scope -> [(count, percent, interval)]
        own = defaultdict(list)  # article -> its figures
        for m in e.members:
            if m.low is not None and m.aggregate is None:
                own[m.article].append(m)
        for c in (m for m in e.members if m.unit == "count" and m.low is not None and m.aggregate is None):
            for p in (m for m in own[c.article] if m.unit == "percent" and _together(c, m, own[c.article])):
                found = implied(c, p)
                if found:
                    pairs[found[0]].append((c, p, found[1]))
        counts = defaultdict(list)  # value -> the announcement's counts of it, with their places
        for place, m in enumerate(e.members):
            if m.unit == "count":
                counts[m.exact].append((place, m))
        for scope, found in sorted(pairs.items(), key=lambda kv: str(kv[0])):
            near = Intervals()
            for lo, hi in (_span(c) for c, _, _ in found if _span(c)):
                near.add(lo - WITHIN_DAYS, hi + WITHIN_DAYS)
            stated = [w for w in workforce[e.org].meeting(near.parts)
                      if _same_scope(w.scope, scope)
                      and not dwarfed.setdefault(id(w), _dwarfed(w, largest[e.org]))]
            if not stated:
                continue
            sides = []
            for group, iv in cluster(found, lambda t: t[2]):
                shown = shown_first([c for c, _, _ in group])[0]
                pair = next(t for t in group if t[0] is shown)
                implied_side = side(_behind([c for c, _, _ in group], counts), iv,
                                    lambda _, pair=pair: _implied_label(pair), role="implied", shown=pair[0],
                                    companion=pair[1].iri)
                # a workforce implied only by pairs of which a third party said one part is that party's word
                sides.append(replace(implied_side, third_party=all(c.third_party or p.third_party
                                                                   for c, p, _ in group)))
            sides = _against(sides + [side(ms, iv, figure_label) for ms, iv in cluster(stated, lambda w: (w.low, w.high))])
            if not _apart(sides):
                continue
            note = (f"the {scope} workforce" if scope not in WHOLE else "the whole workforce")
            yield Topic(KIND, scope or "whole", e.org, f"{e.kind} against the workforce ({e.when or 'undated'})",
                        sides, e.index, note, firm=all(c.scope == p.scope for c, p, _ in found))


def _behind(group: list[Placed], counts: dict) -> list[Placed]:
    """The counts of an implied side and every other count of the announcement (``counts``: by value, with their
    places) that states one of them, the same value of the same scope or an open one: every article behind it."""
    values = {(c.exact, c.scope) for c in group}
    ids = {id(c) for c in group}
    more = sorted((pm for x in {c.exact for c in group} for pm in counts[x] if id(pm[1]) not in ids
                   and (pm[1].scope is None or (x, pm[1].scope) in values)), key=lambda pm: pm[0])
    return group + [m for _, m in more]


def _targets(resolved: Resolved) -> Iterator[Topic]:
    """Cuts planned from a stated headcount against a headcount aimed at: "will shed 2,000 more jobs" from 3,800
    leaves 1,800, not the 2,000 another outlet says it aims for. The count is the only planned count of its
    article, the headcount the latest it states; the targets are the organisation's planned headcounts
    from other articles, told within a year (or either undated)."""
    targets = defaultdict(list)  # org -> its headcounts aimed at
    dated, undated = defaultdict(DayIndex), defaultdict(list)  # org -> those with a day, by it; those without
    order = {}
    for place, c in enumerate(resolved.claims):
        if c.kind == "workforce" and c.unit == "count" and c.low is not None and c.modality in ("planned", "expected"):
            targets[c.org].append(c)
            order[id(c)] = place
            if _day(c) is None:
                undated[c.org].append(c)
            else:
                dated[c.org].add((_day(c), _day(c)), place, c)
    by_article = defaultdict(list)
    for c in resolved.claims:
        if c.org in targets and c.unit == "count" and c.low is not None and c.aggregate is None:
            by_article[(c.org, c.article)].append(c)
    for (org, article), own in sorted(by_article.items()):
        cuts = [c for c in own if c.kind == "job_cuts" and c.modality in ("planned", "announced")]
        levels = sorted((c for c in own if c.kind == "workforce" and c.modality == "reported"),
                        key=lambda c: (_day(c) or 0, c.offset, c.iri))
        if len(cuts) != 1 or not levels or cuts[0].high is None or levels[-1].high is None:
            continue
        cut, level = cuts[0], levels[-1]  # the headcount now: the latest its article states, the last of its dates
        left = (round(level.low - cut.high, 3), round(level.high - cut.low, 3))
        day = _day(cut)
        told = targets[org] if day is None else sorted(
            dated[org].meeting([(day - 365, day + 365)]) + undated[org], key=lambda t: order[id(t)])
        aimed = [t for t in told if t.article != article and _same_scope(t.scope, cut.scope)]
        if not aimed or left[0] <= 0:
            continue
        label = f"{figure_label(cut)} from {figure_label(level)} leaves {left[0]:,.0f} to {left[1]:,.0f}"
        sides = [side([cut], left, lambda _, label=label: label, role="implied", companion=level.iri)]
        sides = _against(sides + [side(ms, iv, figure_label) for ms, iv in cluster(aimed, lambda t: (t.low, t.high))])
        if not _apart(sides):
            continue
        yield Topic(KIND, f"target/{article}", org, "job_cuts against the headcount aimed at", sides,
                    note="the headcount aimed at", firm=False)


def _together(count: Placed, percent: Placed, own: list[Placed]) -> bool:
    """A count and a percent said of the same cuts: in one sentence ("1,600 jobs, or 25 % of its staff"); or, both
    with a stated scope, the only count of its scope and the only percent of its scope their article puts on the
    announcement ("1,600 jobs in Sweden" ... "20 % at a global level"); or the only count and the only percent. Apart
    from one sentence, never a third party's figure beside the company's (a union's 1,800 is no count the company's
    percent was worked out from)."""
    if count.article != percent.article:
        return False
    if count.details and percent.details and count.details.quote == percent.details.quote:
        return True
    if count.third_party != percent.third_party:
        return False
    if count.scope and percent.scope:
        return (sum(m.unit == "count" and m.scope == count.scope for m in own) == 1
                and sum(m.unit == "percent" and m.scope == percent.scope for m in own) == 1)
    return sum(m.unit == "count" for m in own) == 1 and sum(m.unit == "percent" for m in own) == 1


def _against(sides: list[Side]) -> tuple[Side, ...]:
    """The sides, each implied one set against the main stated one and the main implied one against each stated
    one (``main_side``): as many comparisons as sides, not implied times stated."""
    implied = [i for i, s in enumerate(sides) if s.role == "implied"]
    stated = [i for i, s in enumerate(sides) if s.role == "stated"]
    main_implied, main_stated = main_side(sides, implied), main_side(sides, stated)
    return set_against(sides, [(i, main_stated) for i in implied] + [(main_implied, j) for j in stated])


def _apart(sides: tuple[Side, ...]) -> bool:
    """An implied side and a stated side set against each other share no value: only such topics are written (the
    query then decides which pairs to show)."""
    return any(overlap((i.low, i.high), (sides[j].low, sides[j].high)) is None
               for i in sides if i.role == "implied" for j in i.against if sides[j].role == "stated")


def _dwarfed(w: Placed, largest: list[Placed]) -> bool:
    """A workforce the organisation states more than ``FACTOR`` times larger within ``TOLD_APART`` days (``largest``:
    its workforce figures, largest first): a part's."""
    if w.high is None:
        return False
    lo, hi = _span(w)
    for o in largest:
        if o.low <= FACTOR * w.high:
            return False
        o_lo, o_hi = _span(o)
        if o_lo <= hi + TOLD_APART and lo - TOLD_APART <= o_hi:
            return True
    return False


def _same_scope(stated: str | None, scope: str | None) -> bool:
    return stated == scope or stated in WHOLE and scope in WHOLE


def _span(c: Placed) -> tuple[int, int] | None:
    return c.event or c.pub


def _day(c: Placed) -> int | None:
    span = _span(c)
    return span[0] if span else None


def _implied_label(found: tuple) -> str:
    count, percent, (lo, hi) = found
    upper = f"{hi:,.0f}" if hi is not None else "more"
    return f"{figure_label(count)} as {figure_label(percent)} implies a workforce of {lo:,.0f} to {upper}"
