"""Stance: a cause of an organisation's cuts (AI, automation, costs ...) affirmed by some and denied by others,
whatever their dates (a stance taken back later is the point); and cuts reported, then denied by the organisation
within a week ("is not planning any layoffs" the day after another outlet reported a round of 500).

Topics: one per organisation and cause. Sides: the affirmations and the denials, each with every article
and speaker behind it. A topic is firm when one speaker is on both sides (the CEO's memo and his later denial).
A round denied: one topic per denial of any cuts (a layoff_outlook denying cuts with no word of more, object "any";
not "no further cuts", which leaves the round told standing) and each round of job cuts another article reported in
the week up to it, of the denial's segment when it names one; the round's reports affirm, the denial denies. So is
the company's denial of a count ("has denied a report that it plans to cut 600 jobs", not of an older round dated
apart, nor in a sentence that gives a cause: "rejected a report that AI is behind the 980 job cuts") against the
reports of that count in the week up to its article. Firm when a report is direct and the
company's own; a rumour or a third party's count denied is soft. A named site's closure the organisation denied,
against other articles' closure of it told from the week before the denial to a year after it (firm when the
organisation itself tells the closure).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from kg.contradictions.base import Placed, Resolved, figure_label, iso_day, side
from kg.records import Topic

KIND = "stance"
DENIAL_DAYS = 7  # a denial answers the reports of the week before it
TAKEN_BACK_DAYS = 365  # a site's closure told this long after the organisation denied it takes the denial back

SHAPES = """
nkg:StanceSide a owl:Class ; rdfs:subClassOf nkg:Side ;
    rdfs:comment "The claims affirming, or those denying, one cause of an organisation's cuts, or one round of cuts."@en .

nkgsh:StanceSideShape a sh:NodeShape ;
    sh:targetClass nkg:StanceSide ;
    sh:property [ sh:path nkg:statedPolarity ; sh:minCount 1 ; sh:maxCount 1 ; sh:in ( "affirm" "deny" ) ] .
"""


def topics(resolved: Resolved) -> Iterator[Topic]:
    sides = defaultdict(lambda: defaultdict(list))
    for c in resolved.claims:
        if c.kind == "cause" and c.object and c.polarity in ("affirm", "deny"):
            sides[(c.org, c.object)][c.polarity].append(c)
    for (org, obj), by in sorted(sides.items()):
        if not by["affirm"] or not by["deny"]:
            continue
        both = {c.speaker for c in by["affirm"] if c.speaker} & {c.speaker for c in by["deny"] if c.speaker}
        note = f"{', '.join(sorted(both))} on both sides" if both else "different speakers"
        yield Topic(KIND, obj, org, f"cause: {obj}",
                    tuple(side(by[p], None, lambda m, p=p, obj=obj: f"{p}s {obj}", polarity=p) for p in ("affirm", "deny")),
                    note=note, firm=bool(both))
    yield from _rounds_denied(resolved)
    yield from _closures_denied(resolved)


def _closures_denied(resolved: Resolved) -> Iterator[Topic]:
    """The organisation's denial that a named site will close ("No vamos a cerrar Alzira") against other articles'
    closure of that site, told from the week before the denial (a report it answers) to a year after it (the closure
    announced after all). Firm when the organisation itself tells the closure; soft when only a rumour or a third
    party does."""
    denials, closures = defaultdict(list), defaultdict(list)
    for c in resolved.claims:
        if c.kind != "store_closure" or not c.object or c.low is not None or (day := _day(c)) is None:
            continue  # a named site's closure only, not a count of stores
        if c.modality == "denied" and not c.third_party:
            denials[(c.org, c.object)].append((day, c))
        elif c.modality != "denied":
            closures[(c.org, c.object)].append((day, c))
    for (org, site), denied in sorted(denials.items()):
        told = {m.iri: m for day, d in denied for r, m in closures.get((org, site), ())
                if m.article != d.article and day - DENIAL_DAYS <= r <= day + TAKEN_BACK_DAYS}
        if not told:
            continue
        firm = any(m.direct and not m.third_party for m in told.values())
        note = "the closure of a site the organisation denied closing" + (
            "" if firm else "; soft: the closure is only rumoured or a third party's")
        yield Topic(KIND, f"closure-denied-{site}", org, f"closure of {site}",
                    (side(list(told.values()), None, lambda m, site=site: f"the closure of {site}", polarity="affirm"),
                     side([d for _, d in denied], None, lambda m, site=site: f"deny closing {site}", polarity="deny")),
                    note=note, firm=firm)


def _day(c: Placed) -> int | None:
    span = c.event or c.pub
    return span[1] if span else None


def _rounds_denied(resolved: Resolved) -> Iterator[Topic]:
    """Each round of cuts against the denials of any cuts told in the week after another article reported it."""
    denials = defaultdict(list)  # org -> its denials of any cuts or of a count, with their days
    causes = {(c.article, c.offset) for c in resolved.claims if c.kind == "cause"}  # a denial beside a cause denies it
    for e in resolved.events:
        if e.kind == "layoff_outlook":
            denials[e.org] += [(d, m) for m in e.members if m.polarity == "deny" and m.object == "any"
                               and not m.horizon and (d := _day(m)) is not None]
        elif e.kind == "job_cuts" and e.group == "denial":
            denials[e.org] += [(m.pub[1], m) for m in e.members if m.low is not None and not m.third_party and m.pub
                               and (m.article, m.offset) not in causes
                               and not (m.event_stated and m.event and m.event[1] < m.pub[1] - DENIAL_DAYS)]
    for e in resolved.events:
        if e.kind != "job_cuts" or e.group != "statement" or not denials.get(e.org):
            continue
        reports, denied = {}, []
        for day, denial in denials[e.org]:
            told = [m for m in e.members if m.article != denial.article and m.low is not None
                    and (r := _day(m)) is not None and day - DENIAL_DAYS <= r <= day
                    and (denial.scope is None or m.scope == denial.scope)
                    and (denial.kind != "job_cuts" or m.same_figure(denial))]
            if told:
                denied.append((day, denial))
                reports.update((m.iri, m) for m in told)
        if not denied:
            continue
        first, said = min(_day(m) for m in reports.values()), min(d for d, _ in denied)
        firm = any(m.direct and not m.third_party for m in reports.values())
        reported = side(list(reports.values()), None, figure_label, polarity="affirm")
        note = f"denied {said - first} day(s) after the first report" + (
            "" if firm else "; soft: the report is only rumoured or a third party's")
        yield Topic(KIND, f"denied-{iso_day(first)}-{reported.label}", e.org, f"cuts reported {iso_day(first)}",
                    (reported, side([m for _, m in denied], None, lambda m: "denies any cuts" if m.kind != "job_cuts" else "denies the count", polarity="deny")),
                    e.index, note, firm=firm)
