"""Event resolution: claims from many articles about the same happening -> one Announcement.

Runs over the store after articles are written and replaces the resolution graph in one transaction.
The rules (docs/contradictions.md):

- Claims can share an announcement only with the same organisation, kind, modality group (fact:
  announced/reported; intent: planned/expected/rumoured; denial) and, for stances and closures, object.
- Claims are placed most precise first. A day or month claim joins the nearest announcement whose
  founding time its window meets (a day: 7 days either side; a month: the month itself), else founds one.
- A quarter or year claim joins the only announcement inside its period, or, among several, the one
  whose figure it matches; else founds one.
- An undated claim joins an announcement whose figure it matches, or the one its own article's figure in
  another unit (a count beside its percent) sits on; else an undated "announced" claim is taken as of
  its article's date; else it stands alone.
- An article never puts two different figures in the same unit on one announcement: it is telling of
  two rounds ("18,000 and 9,000 in 2023").

Each placed claim gets its figure as an interval (the approximation rule in ``figure_interval``). The
claims of an announcement are then grouped by what they state (``FigureStatement``, ``TimeStatement``),
and cause claims by speaker and side (``StanceStatement``): contradictions are found between statements,
so fifty outlets repeating one figure make one row, not fifty. Job-cut announcements also get their
earliest large claim (for outlooks) and what each article's count and percent imply for the workforce.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from kg.mapping import RESOLUTION_GRAPH, resolution_quads
from kg.queries import term_value
from kg.records import (
    Announcement,
    ClaimDetails,
    FigureStatement,
    ImpliedWorkforce,
    Placement,
    Resolution,
    StanceStatement,
    TimeRef,
    TimeStatement,
)

APPROX = 0.05  # "about X" allows X +- 5 %
DAY_WINDOW = 7  # days either side of a day-precise time
ANNOUNCED_LOOKBACK = 14  # an undated "announced" claim: the article's date and the 14 days before
GROUP_OF_MODALITY = {"announced": "fact", "reported": "fact", "planned": "intent", "expected": "intent",
                     "rumoured": "intent", "denied": "denial"}
LARGE_COUNT, LARGE_PERCENT = 1000, 1  # cuts this large (or larger) overturn an outlook of no large cuts
TOLERANCE = 1  # percentage points a stated percent may be off by rounding (arithmetic contradictions)
BY_TIME = ("founder", "time-window")  # placements that rest on the claim's own day or month
_RANK = {"day": 0, "month": 1, "quarter": 2, "half": 3, "year": 4, None: 5}
_EPOCH = date(1970, 1, 1).toordinal()

# What resolution reads of each claim, as a few queries of required patterns merged by claim: on
# pyoxigraph each OPTIONAL costs a pass over the whole store, so none is used.
_CLAIMS = """SELECT ?claim ?article ?org ?kind ?modality ?start WHERE { GRAPH ?g {
  ?claim a nkg:Claim ; nkg:kind ?kind ; nkg:organization ?o ; nkg:modality ?modality ; nkg:start ?start ;
         prov:wasDerivedFrom ?a .
  ?a schema:identifier ?article . ?o schema:name ?org } }"""
_DETAILS = {
    "time": "SELECT ?claim ?when ?precision ?ts ?te WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:when ?when ; "
            "nkg:timePrecision ?precision ; nkg:timeStart ?ts ; nkg:timeEnd ?te } }",
    "published": "SELECT ?claim ?pubStart ?pubEnd WHERE { GRAPH ?g { ?claim a nkg:Claim ; prov:wasDerivedFrom ?a . "
                 "?a nkg:publishedStart ?pubStart ; nkg:publishedEnd ?pubEnd } }",
    "unit": "SELECT ?claim ?unit ?approx WHERE { GRAPH ?g { ?claim nkg:quantity ?q . ?q nkg:unit ?unit ; "
            "nkg:approximate ?approx } }",
    "value": "SELECT ?claim ?value WHERE { GRAPH ?g { ?claim nkg:quantity ?q . ?q nkg:value ?value } }",
    "range": "SELECT ?claim ?low ?high WHERE { GRAPH ?g { ?claim nkg:quantity ?q . ?q nkg:low ?low ; nkg:high ?high } }",
    "bound": "SELECT ?claim ?bound WHERE { GRAPH ?g { ?claim nkg:quantity ?q . ?q nkg:bound ?bound } }",
    "segment": "SELECT ?claim ?segment WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:segment ?segment } }",
    "object": "SELECT ?claim ?object WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:object ?object } }",
    "quote": "SELECT ?claim ?quote WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:quote ?quote } }",
    "polarity": "SELECT ?claim ?polarity WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:polarity ?polarity } }",
    "speaker": "SELECT ?claim ?speaker WHERE { GRAPH ?g { ?claim prov:wasAttributedTo ?s . ?s schema:name ?speaker } }",
    "cited": "SELECT ?claim ?cited WHERE { GRAPH ?g { ?claim nkg:sourceCited ?s . ?s schema:name ?cited } }",
    "date": "SELECT ?claim ?published WHERE { GRAPH ?g { ?claim a nkg:Claim ; prov:wasDerivedFrom ?a . "
            "?a schema:datePublished ?published } }",
    "publisher": "SELECT ?claim ?publisher WHERE { GRAPH ?g { ?claim a nkg:Claim ; prov:wasDerivedFrom ?a . "
                 "?a schema:publisher ?p . ?p schema:name ?publisher } }",
}


def figure_interval(value=None, low=None, high=None, approx=False, bound=None) -> tuple[float | None, float | None]:
    """The values a figure allows: ``(low, high)``, ``high`` None when unbounded above.

    X exactly -> [X, X]; "about X" -> [0.95 X, 1.05 X]; a range a..b -> [a, b] (widened by 5 % when
    approximate); "more than X" -> [X, inf); "up to X" -> [0, X].
    """
    if value is None and (low is None or high is None):
        return None, None
    lo, hi = (float(value), float(value)) if value is not None else (float(low), float(high))
    if approx:
        lo, hi = lo * (1 - APPROX), hi * (1 + APPROX)
    lo, hi = round(lo, 6), round(hi, 6)  # 14000 * 1.05 is 14700, not 14700.000000000002
    if bound == "lower":
        hi = None
    elif bound == "upper":
        lo = 0.0
    return lo, hi


def _day(iso: str) -> int:
    return date.fromisoformat(iso).toordinal() - _EPOCH


@dataclass
class _Claim:
    iri: str
    article: str
    org: str
    kind: str
    group: str
    object: str | None
    when: str | None
    precision: str | None
    start_day: int | None  # the claim's own time
    end_day: int | None
    pub: tuple[int, int] | None  # its article's publication date
    unit: str | None
    low: float | None
    high: float | None
    scope: str
    modality: str
    offset: int
    details: ClaimDetails | None = None

    def same_figure(self, other: _Claim) -> bool:
        """Same unit and intervals that overlap."""
        if self.unit is None or self.unit != other.unit or self.low is None or other.low is None:
            return False
        return (other.high is None or self.low <= other.high) and (self.high is None or other.low <= self.high)


@dataclass
class _Event:
    founder: _Claim
    start_day: int | None  # the founding time
    end_day: int | None
    members: list[tuple[_Claim, str]] = field(default_factory=list)  # (claim, basis)

    def has_figure(self, c: _Claim) -> bool:
        return any(c.same_figure(m) for m, _ in self.members)

    def refuses(self, c: _Claim) -> bool:
        """Its own article already put a different figure in the same unit here: another round."""
        return any(m.article == c.article and m.unit == c.unit and m.unit is not None and not c.same_figure(m)
                   for m, _ in self.members)

    def meets(self, lo: int, hi: int) -> bool:
        return self.start_day is not None and lo <= self.end_day and self.start_day <= hi

    def distance(self, c: _Claim) -> float:
        return abs((self.start_day + self.end_day) / 2 - (c.start_day + c.end_day) / 2)


def _read(store) -> list[_Claim]:
    rows: dict[str, dict] = {}
    for sol in store.query(_CLAIMS):
        rows[sol["claim"].value] = {k: term_value(sol[k]) for k in ("article", "org", "kind", "modality", "start")}
    for query in _DETAILS.values():
        solutions = store.query(query)
        names = [v.value for v in solutions.variables if v.value != "claim"]
        for sol in solutions:
            row = rows.get(sol["claim"].value)
            if row is not None:
                row.update({k: term_value(sol[k]) for k in names})
    out = []
    for iri, v in rows.items():
        v = defaultdict(lambda: None, v)
        lo, hi = figure_interval(v["value"], v["low"], v["high"], bool(v["approx"]), v["bound"])
        out.append(_Claim(
            iri=iri, article=v["article"], org=v["org"], kind=v["kind"],
            group=GROUP_OF_MODALITY.get(v["modality"], "fact"),
            object=v["object"] if v["kind"] in ("cause", "layoff_outlook", "store_closure") else None,
            when=v["when"], precision=v["precision"] if v["when"] else None,
            start_day=_day(v["ts"]) if v["when"] else None, end_day=_day(v["te"]) if v["when"] else None,
            pub=(_day(v["pubStart"]), _day(v["pubEnd"])) if v["pubStart"] else None,
            unit=v["unit"], low=lo if v["unit"] else None, high=hi if v["unit"] else None,
            scope=v["segment"] or "unspecified", modality=v["modality"], offset=v["start"],
            details=ClaimDetails(
                quote=v["quote"], source=v["publisher"] or v["article"],
                published=str(v["published"]) if v["published"] is not None else None,
                when=v["when"], precision=v["precision"] if v["when"] else None, polarity=v["polarity"],
                object=v["object"], speaker=v["speaker"], cited=v["cited"], value=v["value"], low=v["low"],
                high=v["high"], approx=bool(v["approx"]), bound=v["bound"])))
    return out


def _window(c: _Claim) -> tuple[int, int]:
    slack = DAY_WINDOW if c.precision == "day" else 0
    return c.start_day - slack, c.end_day + slack


def _place(claims: list[_Claim]) -> list[_Event]:
    """Place the claims of one (organisation, kind, group, object) on events, most precise first."""
    events: list[_Event] = []
    claims = sorted(claims, key=lambda c: (_RANK.get(c.precision, 4), c.start_day or 0, c.article, c.offset, c.iri))
    for c in claims:
        chosen, basis = None, None
        if c.precision in ("day", "month"):
            lo, hi = _window(c)
            near = [e for e in events if e.meets(lo, hi) and not e.refuses(c)]
            if near:
                chosen = min(near, key=lambda e: (e.distance(c), not e.has_figure(c))), "time-window"
        elif c.precision in ("quarter", "half", "year"):
            inside = [e for e in events if e.meets(c.start_day, c.end_day) and not e.refuses(c)]
            matching = [e for e in inside if e.has_figure(c)]
            if len(inside) == 1:
                chosen = inside[0], "only-candidate"
            elif len(matching) == 1:
                chosen = matching[0], "same-figure"
        else:
            chosen = _place_undated(c, events)
        if chosen:
            chosen, basis = chosen
            chosen.members.append((c, basis))
        else:
            start, end = (c.start_day, c.end_day) if c.when else (None, None)
            events.append(_Event(c, start, end, [(c, "founder")]))
    return events


def _place_undated(c: _Claim, events: list[_Event]):
    matching = [e for e in events if e.has_figure(c) and not e.refuses(c)]
    if len(matching) == 1:
        return matching[0], "same-figure"
    beside = [e for e in events if any(m.article == c.article and m.when is None and m.unit != c.unit
                                       for m, _ in e.members)]
    if len(beside) == 1 and not beside[0].refuses(c):
        return beside[0], "same-article"
    if c.modality == "announced" and c.pub:
        lo, hi = c.pub[0] - ANNOUNCED_LOOKBACK, c.pub[1]
        near = [e for e in events if e.meets(lo, hi) and not e.refuses(c)]
        if len(near) == 1:
            return near[0], "article-date"
    return None


def _reason(org: str, kind: str, group: str, event: _Event) -> str:
    articles = sorted({m.article for m, _ in event.members})
    f = event.founder
    head = (f"{len(event.members)} claim(s) from {len(articles)} article(s) on {org} {kind} ({group}), "
            f"founded by {f.article}'s claim for {f.when or 'an unstated time'}")
    by_basis: dict[str, list[str]] = defaultdict(list)
    for m, basis in event.members[1:]:
        by_basis[basis].append(f"{m.article} ({m.when or 'undated'})")
    why = {"time-window": "time within the window", "only-candidate": "only announcement in its period",
           "same-figure": "same figure", "same-article": "beside its article's figure in another unit",
           "article-date": "undated announcement taken as of its article's date"}
    parts = [f"{why[b]}: {', '.join(sorted(set(xs)))}" for b, xs in sorted(by_basis.items())]
    return head + ("; joined by " + "; ".join(parts) if parts else "")


def _starts_by(when: TimeRef, day: int | None) -> bool:
    return day is None or _day(when.interval[0]) <= day


def _announcement_time(event: _Event) -> TimeRef | None:
    """The founder's time, unless it starts after an article that reports the announcement as done (announced,
    reported or denied) was published: then the earliest day-precise time among its claims that does not,
    else the founder's time widened to its month, then its year; else none."""
    f = event.founder
    if not f.when:
        return None
    reported = [m.pub[1] for m, _ in event.members if m.pub and m.modality in ("announced", "reported", "denied")]
    limit = min(reported) if reported else None
    days = sorted((m.start_day, m.when) for m, _ in event.members if m.precision == "day")
    candidates = [TimeRef(f.when, f.precision)] + [TimeRef(w, "day") for _, w in days]
    if f.precision in ("day", "month"):
        candidates.append(TimeRef(f.when[:7], "month"))
    if f.precision != "year":
        candidates.append(TimeRef(f.when[:4], "year"))
    return next((t for t in candidates if _starts_by(t, limit)), None)


def _span(c: _Claim) -> tuple[int | None, int | None]:
    """The days a claim is about: its own time, else its article's date."""
    return (c.start_day, c.end_day) if c.when else (c.pub or (None, None))


def _figures(event: _Event) -> tuple[FigureStatement, ...]:
    groups: dict[tuple, list[tuple[_Claim, str]]] = defaultdict(list)
    for m, basis in event.members:
        if m.unit and m.low is not None:
            groups[(m.unit, m.scope, m.low, m.high)].append((m, basis))
    out = []
    for (unit, scope, lo, hi), members in groups.items():
        members.sort(key=lambda mb: (mb[1] not in BY_TIME, mb[0].article, mb[0].offset, mb[0].iri))
        days = [_span(m) for m, _ in members if _span(m)[0] is not None]
        out.append(FigureStatement(
            unit, scope, lo, hi, tuple(m.iri for m, _ in members), tuple(sorted({m.article for m, _ in members})),
            any(b in BY_TIME for _, b in members), min((d[0] for d in days), default=None),
            max((d[1] for d in days), default=None)))
    return tuple(sorted(out, key=lambda f: (f.unit, f.scope, f.low, f.high is None, f.high or 0)))


def _times(event: _Event) -> tuple[TimeStatement, ...]:
    groups: dict[tuple, list[_Claim]] = defaultdict(list)
    for m, _ in event.members:
        if m.when:
            groups[(m.when, m.precision)].append(m)
    out = []
    for (when, precision), members in sorted(groups.items()):
        # shown first: a claim whose time is not just its article's own date (often a default for "now")
        members.sort(key=lambda m: (m.details is not None and m.when == m.details.published, m.article, m.offset, m.iri))
        out.append(TimeStatement(when, precision, members[0].start_day, members[0].end_day,
                                 tuple(m.iri for m in members), tuple(sorted({m.article for m in members}))))
    return tuple(out)


def _is_large(c: _Claim) -> bool:
    return c.low is not None and ((c.unit == "count" and c.low >= LARGE_COUNT) or
                                  (c.unit == "percent" and c.low >= LARGE_PERCENT))


def _implied(event: _Event) -> tuple[ImpliedWorkforce, ...]:
    """Each article's count and percent on the announcement, as the workforce interval they allow together."""
    by_article: dict[str, list[_Claim]] = defaultdict(list)
    for m, _ in event.members:
        if m.unit in ("count", "percent") and m.low is not None:
            by_article[m.article].append(m)
    out = []
    for article, members in sorted(by_article.items()):
        for c in (m for m in members if m.unit == "count"):
            day = _span(c)[0]
            for p in (m for m in members if m.unit == "percent"):
                scope = "total" if c.scope == "unspecified" else c.scope
                if day is None or scope != ("total" if p.scope == "unspecified" else p.scope):
                    continue
                low = 100 * c.low / (p.high + TOLERANCE) if p.high is not None else 0.0
                high = 100 * c.high / (p.low - TOLERANCE) if c.high is not None and p.low > TOLERANCE else None
                out.append(ImpliedWorkforce(c.iri, p.iri, article, scope, round(low, 3),
                                            None if high is None else round(high, 3), day))
    return tuple(out)


def _stances(claims: list[_Claim]) -> tuple[StanceStatement, ...]:
    groups: dict[tuple, list[_Claim]] = defaultdict(list)
    for c in claims:
        polarity = c.details.polarity if c.details else None
        if c.kind == "cause" and c.object and polarity in ("affirm", "deny"):
            groups[(c.org, c.object, polarity, c.details.speaker or "")].append(c)
    out = []
    for (org, obj, polarity, speaker), members in sorted(groups.items()):
        members.sort(key=lambda m: (m.pub[0] if m.pub else 1 << 30, m.article, m.offset, m.iri))
        out.append(StanceStatement(org, obj, polarity, speaker or None, tuple(m.iri for m in members),
                                   tuple(sorted({m.article for m in members}))))
    return tuple(out)


def resolve(claims: list[_Claim]) -> Resolution:
    """Group the claims into announcements and statements (pure: no store)."""
    groups: dict[tuple, list[_Claim]] = defaultdict(list)
    for c in claims:
        groups[(c.org, c.kind, c.group, c.object or "")].append(c)
    out = []
    for (org, kind, group, obj) in sorted(groups):
        for event in _place(groups[(org, kind, group, obj)]):
            when = _announcement_time(event)
            placements = []
            for m, basis in event.members:
                start, end = _span(m)
                placements.append(Placement(m.iri, m.article, basis, m.unit, m.low, m.high, m.scope, start, end,
                                            m.details))
            extra = {}
            if kind == "job_cuts":
                large = [(_span(m)[0], m.iri) for m, _ in event.members if _is_large(m) and _span(m)[0] is not None]
                first = min(large) if large and group == "fact" else None
                counts = [m.low for m, _ in event.members if m.unit == "count" and m.low is not None]
                percents = [m.low for m, _ in event.members if m.unit == "percent" and m.low is not None]
                extra = {"implied": _implied(event), "first_large_claim": first and first[1],
                         "first_large_day": first and first[0], "largest_count": max(counts, default=None),
                         "largest_percent": max(percents, default=None)}
            out.append(Announcement(org=org, kind=kind, when=when, claims=tuple(sorted(m.iri for m, _ in event.members)),
                                    reason=_reason(org, kind, group, event), group=group, object=obj or None,
                                    placements=tuple(placements), figures=_figures(event), times=_times(event),
                                    **extra))
    return Resolution(tuple(out), _stances(claims))


def resolve_events(store) -> int:
    """Resolve every claim in the store onto announcements, rewrite the resolution graph; return their number."""
    resolution = resolve(_read(store))
    store.replace_graph(RESOLUTION_GRAPH, resolution_quads(resolution))
    store.compact()
    return len(resolution.announcements)
