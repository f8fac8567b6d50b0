"""Event resolution: claims from many articles about the same happening -> one Announcement, and the topics
each contradiction kind compares.

Runs over the store after articles are written. Claims are resolved per organisation (the claims whose
names share one ``identity``), so a build or ingest resolves again only the organisations its articles
mention or mentioned (``resolve_articles``), leaving the rest of the resolution graph alone; a first
build, ``kg build --full-resolution`` and a repair resolve everything (``resolve_events``).
The rules (docs/contradictions.md):

- Claims can share an announcement only with the same organisation, kind, group (statements: announced,
  planned, reported, expected, rumoured; denials) and, for stances and closures, object.
- A claim is placed by the time of the event it is about: its own time, else (a plan dated by its horizon)
  when the text says it was told; a horizon is compared, never used to place. Most precise first: a day or
  month joins the nearest announcement its window meets (a day: 7 days either side; a month: the month),
  a quarter, half or year the only announcement inside it, or the one whose figure it matches (a result only
  one of its very period).
- A dated claim that meets no announcement joins the one where its own article's figure of another unit
  and the same time sits (a percent beside its count), else one that states the very same count at another
  time, within three years (one round dated differently, which the temporal kind reports); else it founds one.
- An undated claim joins an announcement whose figure it matches, or the one its own article's figure in
  another unit sits on; else an undated "announced" claim is taken as of its article's date; else it stands alone.
- An article never puts two different figures of one unit, scope and aggregate on one announcement: it is
  telling of two rounds ("18,000 and 9,000 in 2023").

Then each contradiction kind (kg.contradictions.<kind>) makes its topics and positions of the placed claims.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict, deque
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import islice
from math import ceil, floor, inf, log2, log10

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Store, parse

from kg.contradictions import ROWS, kind_modules, resolution_current, rows_by_topic
from kg.contradictions.base import LEVELS, DayIndex, Event, Intervals, Placed, Resolved
from kg.lexicon import across
from kg.mapping import (
    INPUTS_GRAPH,
    NKG,
    PREFIXES,
    RESOLUTION_GRAPH,
    TYPE,
    GraphQuads,
    article_iri,
    graph_iri,
    inputs_iri,
    resolution_items,
    resolver_version,
)
from kg.orgkeys import identity, joined, stem
from kg.pool import process_pool
from kg.queries import term_value
from kg.records import Announcement, ClaimDetails, Placement, Resolution, TimeRef
from kg.sparql import values_block

APPROX = 0.05  # "about X" allows X +- 5 %
ROUNDING = 0.45  # ... or what rounds to X, within this much of its last digit's place, half-way figures aside
BARE_ROUNDING = 0.05  # a bare round count ("3,000 jobs") allows what rounds to it one digit finer (2,950 to 3,050)
_NOT_MONEY = (None, "count", "percent", "days")
APPROX_POINTS = 2.5  # an approximate percent is rounded: up to this many points either side (a quarter of it at most)
DAY_WINDOW = 7  # days either side of a day-precise time
LEAK_LEAD = 21  # a rumour dated by its article (a leak) meets the announcement up to this many days after it
RESULTS = ("revenue", "profit", "net_income", "loss")  # a result of a quarter, half or year is of that period only
ANNOUNCED_LOOKBACK = 14  # an undated "announced" claim: the article's date and the 14 days before
APART_DAYS = 3 * 365  # the same count dated this far apart can still be one round dated differently
GROUP_OF_MODALITY = {"denied": "denial"}  # every other modality: "statement"
_RANK = {"day": 0, "month": 1, "quarter": 2, "half": 3, "year": 4, None: 5}
_EPOCH = date(1970, 1, 1).toordinal()
_OPEN_END = "9999-12-31"  # the last day of a horizon a round runs past
READ_BATCH = 500  # article graphs named in one query when only some organisations are read
KEY_BATCH = 100  # organisations resolved again, and rewritten in one transaction, at a time
AHEAD = 4  # batches of organisations in flight per worker process when resolving in several
BATCH_CLAIMS = 5000  # claims of the organisations resolved in one batch at most (one organisation may have more)
TOPIC_QUADS = 200_000  # quads of topics and of what their queries read whose rows are made at once (each time
# plans the queries; a batch is held in an in-memory store, so this bounds its memory)

# What resolution reads of each claim, as a few queries of required patterns merged by claim: on
# pyoxigraph each OPTIONAL costs a pass over the whole store, so none is used.
_CLAIMS = """SELECT ?claim ?article ?org ?kind ?modality ?start WHERE { GRAPH ?g {
  ?claim a nkg:Claim ; nkg:kind ?kind ; nkg:organization ?o ; nkg:modality ?modality ; nkg:start ?start ;
         prov:wasDerivedFrom ?a .
  ?a schema:identifier ?article . ?o schema:name ?org } }"""
_DETAILS = {
    "time": "SELECT ?claim ?when ?precision ?ts ?te WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:when ?when ; "
            "nkg:timePrecision ?precision ; nkg:timeStart ?ts ; nkg:timeEnd ?te } }",
    "timing": "SELECT ?claim ?timing WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:timing ?timing } }",
    "told": "SELECT ?claim ?told ?toldPrecision WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:toldWhen ?told ; "
            "nkg:toldPrecision ?toldPrecision } }",
    "published": "SELECT ?claim ?pubStart ?pubEnd WHERE { GRAPH ?g { ?claim a nkg:Claim ; prov:wasDerivedFrom ?a . "
                 "?a nkg:publishedStart ?pubStart ; nkg:publishedEnd ?pubEnd } }",
    "unit": "SELECT ?claim ?unit ?approx WHERE { GRAPH ?g { ?claim nkg:quantity ?q . ?q nkg:unit ?unit ; "
            "nkg:approximate ?approx } }",
    "value": "SELECT ?claim ?value WHERE { GRAPH ?g { ?claim nkg:quantity ?q . ?q nkg:value ?value } }",
    "range": "SELECT ?claim ?low ?high WHERE { GRAPH ?g { ?claim nkg:quantity ?q . ?q nkg:low ?low ; nkg:high ?high } }",
    "bound": "SELECT ?claim ?bound WHERE { GRAPH ?g { ?claim nkg:quantity ?q . ?q nkg:bound ?bound } }",
    "segment": "SELECT ?claim ?segment WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:segment ?segment } }",
    "aggregate": "SELECT ?claim ?aggregate WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:aggregate ?aggregate } }",
    "confidence": "SELECT ?claim ?confidence WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:confidence ?confidence } }",
    "object": "SELECT ?claim ?object WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:object ?object } }",
    "quote": "SELECT ?claim ?quote WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:quote ?quote } }",
    "polarity": "SELECT ?claim ?polarity WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:polarity ?polarity } }",
    "speaker": "SELECT ?claim ?speaker WHERE { GRAPH ?g { ?claim prov:wasAttributedTo ?s . ?s schema:name ?speaker } }",
    "cited": "SELECT ?claim ?cited WHERE { GRAPH ?g { ?claim nkg:sourceCited ?s . ?s schema:name ?cited } }",
    "third": "SELECT ?claim ?thirdParty WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:thirdParty ?thirdParty } }",
    "qid": "SELECT ?claim ?qid WHERE { GRAPH ?g { ?claim a nkg:Claim ; nkg:organization ?o . ?o owl:sameAs ?qid } }",
    "date": "SELECT ?claim ?published WHERE { GRAPH ?g { ?claim a nkg:Claim ; prov:wasDerivedFrom ?a . "
            "?a schema:datePublished ?published } }",
    "publisher": "SELECT ?claim ?publisher WHERE { GRAPH ?g { ?claim a nkg:Claim ; prov:wasDerivedFrom ?a . "
                 "?a schema:publisher ?p . ?p schema:name ?publisher } }",
}


# The values of a claim that resolution reads, in the order they are kept in the resolution inputs.
_FIELDS = tuple(dict.fromkeys(name for query in (_CLAIMS, *_DETAILS.values())
                              for name in re.findall(r"\?(\w+)", query.split(" WHERE ")[0]) if name != "claim"))


def figure_interval(value=None, low=None, high=None, approx=False, bound=None, unit=None) -> tuple[float | None, float | None]:
    """The values a figure allows: ``(low, high)``, ``high`` None when unbounded above.

    X exactly -> [X, X]; "about X" -> [0.95 X, 1.05 X], or for one value all that rounds to X when that is
    wider ("about 3,000": 2,550 to 3,450, which outlets round to it; not the half-way 2,500 nor "about 400" for
    350), and an approximate percent, rounded as
    outlets round them, X +- a quarter of X but at most 2.5 points ("about 30 %" and "nearly a third" agree,
    "a quarter" and "a third" do not); a range a..b -> [a, b] (widened likewise when approximate); "more than X" ->
    [X, inf); "up to X" -> [0, X]. A sum of money stated as one value is taken as rounded at its last digit
    ("2.9 billion euros" allows 2.855 to 2.945 billion: outlets round what the company reports). A bare count
    ending in two zeros or more is taken as rounded one digit finer than it shows: "3,000 jobs" allows 2,950 to
    3,050 (an outlet writes it for 2,950), "1,900" 1,895 to 1,905; 15,000 and 16,000 still disagree. A figure below
    zero (a fall: "revenue fell about 10 %", "by more than 10 %", "up to 10 %") is its size's interval mirrored: its
    rounding and bound are of the size, and ``low`` is None when unbounded below.
    """
    if value is None and (low is None or high is None):
        return None, None
    if float(value if value is not None else high) < 0:
        size = figure_interval(-float(value) if value is not None else None, None if value is not None else -float(high),
                               None if value is not None else -float(low), approx, bound, unit)
        return (None if size[1] is None else 0.0 - size[1]), 0.0 - size[0]
    lo, hi = (float(value), float(value)) if value is not None else (float(low), float(high))
    if not approx and value is not None and bound is None and unit not in _NOT_MONEY:
        rounded = ROUNDING * _rounded_to(lo)  # "2.9 billion euros" is 2.94 billion rounded: sums are given rounded
        lo, hi = lo - rounded, hi + rounded
    elif not approx and value is not None and bound is None and unit == "count" and lo >= 100 and lo % 100 == 0:
        rounded = BARE_ROUNDING * _rounded_to(lo)
        lo, hi = lo - rounded, hi + rounded
    elif approx:
        if unit == "percent":
            lo, hi = lo - max(APPROX * lo, min(APPROX_POINTS, lo / 4)), hi + max(APPROX * hi, min(APPROX_POINTS, hi / 4))
        else:
            rounded = ROUNDING * _rounded_to(lo) if value is not None and bound is None else 0.0
            lo, hi = lo - max(APPROX * lo, rounded), hi + max(APPROX * hi, rounded)
    lo, hi = round(lo, 6), round(hi, 6)  # 14000 * 1.05 is 14700, not 14700.000000000002
    if bound == "lower":
        hi = None
    elif bound == "upper":
        lo = 0.0
    return lo, hi


def _rounded_to(x: float) -> float:
    """The place of a figure's last significant digit: 1000 for 3,000, 100 for 2,800, 1e8 for 3.2e9."""
    if x <= 0:
        return 0.0
    place = 10.0 ** floor(log10(x))
    while place > 1e-6 and round(x / place, 6) != round(x / place):
        place /= 10
    return place


def _day(iso: str) -> int:
    return date.fromisoformat(iso).toordinal() - _EPOCH


def _days(when: str, precision: str) -> tuple[int, int]:
    start, end = TimeRef(when, precision).interval
    return _day(start), _day(end)


def _rows(store, graphs: list[NamedNode] | None = None) -> dict[str, dict]:
    """What resolution reads of each claim (claim IRI -> its values, ``_FIELDS``) of every article, or of these
    article graphs only (named in the queries, a few hundred at a time: each an index lookup)."""
    rows: dict[str, dict] = {}
    for scope in [""] if graphs is None else (_values("g", batch) for batch in _batches(graphs, READ_BATCH)):
        for sol in store.query(_scoped(_CLAIMS, scope)):
            rows[sol["claim"].value] = {k: term_value(sol[k]) for k in ("article", "org", "kind", "modality", "start")}
        for query in _DETAILS.values():
            solutions = store.query(_scoped(query, scope))
            names = [v.value for v in solutions.variables if v.value != "claim"]
            for sol in solutions:
                row = rows.get(sol["claim"].value)
                if row is not None:
                    row.update({k: term_value(sol[k]) for k in names})
    return {iri: {f: v.get(f) for f in _FIELDS} for iri, v in rows.items()}


def _patterns(query: str) -> list[tuple]:
    """The triple patterns of ``_CLAIMS`` or one of ``_DETAILS``: variables as their names, the rest as IRIs."""
    def term(token: str):
        if token.startswith("?"):
            return token[1:]
        if token == "a":
            return TYPE
        prefix, local = token.split(":", 1)
        return NamedNode(PREFIXES[prefix] + local)

    patterns = []
    for statement in re.split(r"\s\.\s", query.split("GRAPH ?g {", 1)[1].rsplit("}", 2)[0]):
        first, *more = (part.split() for part in statement.split(";"))
        patterns += [(term(first[0]), term(p), term(o)) for p, o in [first[1:], *more]]
    return patterns


_CLAIM_CLASS = NamedNode(NKG + "Claim")
_IS_CLAIM = ("claim", TYPE, _CLAIM_CLASS)


def _compiled(patterns: list[tuple]) -> tuple[tuple, ...]:
    """Patterns as ``_matches`` walks them: (subject, predicate, object, subject a variable, object a variable),
    without "?claim a nkg:Claim", which ``claim_rows`` checks once for every query."""
    return tuple((s, p, o, isinstance(s, str), isinstance(o, str)) for s, p, o in patterns if (s, p, o) != _IS_CLAIM)


_CLAIM_PATTERNS = _compiled(_patterns(_CLAIMS))
_DETAIL_PATTERNS = [_compiled(_patterns(query)) for query in _DETAILS.values()]


def _matches(out: dict, patterns: tuple[tuple, ...], binding: dict, i: int = 0) -> Iterator[dict]:
    """The bindings that extend ``binding`` to match patterns ``i``.. (each subject bound by an earlier one) in
    triples indexed by subject and predicate (``out``), each yielded as a copy: ``binding`` is extended in place
    and restored."""
    if i == len(patterns):
        yield dict(binding)
        return
    s, p, o, s_var, o_var = patterns[i]
    by = out.get(binding[s] if s_var else s)
    for value in by.get(p, ()) if by is not None else ():
        if not o_var:
            if value == o:
                yield from _matches(out, patterns, binding, i + 1)
        elif o in binding:
            if binding[o] == value:
                yield from _matches(out, patterns, binding, i + 1)
        else:
            binding[o] = value
            yield from _matches(out, patterns, binding, i + 1)
            del binding[o]


def claim_rows(quads, data=None) -> dict[str, dict]:
    """What ``_rows`` reads of the claims in one article's quads, read without a store (the queries' patterns
    matched in Python): a build's workers hand them over with the article, so a first build reads nothing back.
    ``data``: the quads' triples as ``kg.shacl_fast.indexed`` gives them, when at hand (else indexed here)."""
    if data is None:
        from kg.shacl_fast import indexed

        data = indexed(quads)
    rows: dict[str, dict] = {}
    for subject in dict.fromkeys(data.subjects(TYPE, _CLAIM_CLASS)):  # in the order the claims were mapped
        solutions = list(_matches(data.out, _CLAIM_PATTERNS, {"claim": subject}))
        if not solutions:
            continue
        values = solutions[-1]
        for patterns in _DETAIL_PATTERNS:
            for binding in _matches(data.out, patterns, {"claim": subject}):
                values.update(binding)
        rows[subject.value] = {f: term_value(values.get(f)) for f in _FIELDS}
    return rows


def _read(store, graphs: list[NamedNode] | None = None) -> list[Placed]:
    """The claims of every article, or of these article graphs only, ready to place."""
    return _placed_all(_rows(store, graphs))


def _placed_all(rows: dict[str, dict]) -> list[Placed]:
    return [_placed(iri, v) for iri, v in rows.items()]


def _scoped(query: str, scope: str) -> str:
    """A query of ``_CLAIMS`` or ``_DETAILS`` with ``scope`` (a VALUES block binding ?g) at the start of its WHERE."""
    return query.replace("WHERE { GRAPH ?g {", f"WHERE {{ {scope} GRAPH ?g {{", 1)


def _values(var: str, terms) -> str:
    return values_block([var], ([t] for t in terms))


def _batches(items, size: int):
    items = iter(items)
    while batch := list(islice(items, size)):
        yield batch


def _placed(iri: str, v: dict) -> Placed:
    lo, hi = figure_interval(v["value"], v["low"], v["high"], bool(v["approx"]), v["bound"], v["unit"])
    pub = (_day(v["pubStart"]), _day(v["pubEnd"])) if v["pubStart"] else None
    c = Placed(iri=iri, article=v["article"], org=v["org"], kind=v["kind"], modality=v["modality"], offset=v["start"],
               unit=v["unit"], low=lo if v["unit"] else None, high=hi if v["unit"] else None,
               exact=float(v["value"]) if v["value"] is not None else None,
               scope=v["segment"], aggregate=v["aggregate"],
               confidence=float(v["confidence"]) if v["confidence"] is not None else 0.5, pub=pub,
               polarity=v["polarity"], speaker=v["speaker"], third_party=bool(v["thirdParty"]), qid=v["qid"],
               object=v["object"] if v["kind"] in ("cause", "layoff_outlook", "store_closure") else None)
    if v["when"] and v["timing"] in ("horizon", "counted", "beyond"):
        c.horizon, c.horizon_when, c.horizon_precision = (_day(v["ts"]), _day(v["te"])), v["when"], v["precision"]
        if v["timing"] == "counted":  # "over the next two years" from February 2026: by the end of 2027 or 2028
            c.horizon = (_day(f"{int(v['when'][:4]) - 1}-01-01"), c.horizon[1])
        if v["timing"] == "beyond":  # "16 000 postes, dont 12 000 durant les deux prochaines années": done after it
            c.horizon, c.horizon_when = (c.horizon[1] + 1, _day(_OPEN_END)), f"after {v['when']}"
        if v["told"]:
            c.event, c.event_when, c.event_precision = _days(v["told"], v["toldPrecision"]), v["told"], v["toldPrecision"]
            c.event_stated = True
    elif v["when"]:
        c.event, c.event_when, c.event_precision = (_day(v["ts"]), _day(v["te"])), v["when"], v["precision"]
        c.event_stated = v["timing"] in ("stated", "context") or v["timing"] is None and (pub is None or c.event != pub)
        c.event_context = v["timing"] == "context"
    c.details = ClaimDetails(
        quote=v["quote"], source=v["publisher"] or v["article"],
        published=str(v["published"]) if v["published"] is not None else None,
        when=v["when"], precision=v["precision"] if v["when"] else None, polarity=v["polarity"],
        object=v["object"], speaker=v["speaker"], cited=v["cited"], value=v["value"], low=v["low"],
        high=v["high"], approx=bool(v["approx"]), bound=v["bound"])
    return c


@cache
def _another() -> re.Pattern:
    """A word of one more figure beside another (``claims.another`` of every lexicon: "more", "weitere", "extra")."""
    words = sorted(across("claims", "another"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


@cache
def _compared() -> re.Pattern:
    """A word of comparison (``numbers.difference`` of every lexicon: "more than", "mehr als", "fler än")."""
    words = sorted(across("numbers", "difference"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


_NUMBER = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")
_NEAR = 4  # words either side of a figure that can make it one more ("1,000 more jobs", "otros 500 empleos")
_BEFORE, _AFTER = re.compile(rf"(?:\w+\W+){{0,{_NEAR}}}\Z"), re.compile(rf"(?:\W+\w+){{0,{_NEAR}}}")


def _near_figure(quote: str, value: float | None) -> str:
    """The words around ``value`` written in ``quote`` (``_NEAR`` either side), the whole quote when it is not
    found written out ("1,1 millones")."""
    if value is None or value != int(value):
        return quote
    spans = [m.span() for m in _NUMBER.finditer(quote) if re.sub(r"\D", "", m.group()) == f"{value:.0f}"]
    return " ".join(_BEFORE.search(quote[:s]).group() + quote[s:e] + _AFTER.match(quote[e:]).group()
                    for s, e in spans) if spans else quote


def disputed(a: Placed, b: Placed) -> bool:
    """Two figures of one article, one the company's and one a third party's with no word of one more figure near
    its figure (``_near_figure``: "De vakbond spreekt van 600 banen" beside the company's 420; not "the union said
    1,000 more jobs would go"; "unos 1.800 empleados, porque la empresa prevé cerrar más tiendas" is disputed: its
    "más" is of stores): the third party's count of the same cuts, a rival figure, not another round. A word of more
    that compares adds no figure ("would cost 2,600 jobs, more than the 2,300 the company announced")."""
    if a.third_party == b.third_party:
        return False
    third = a if a.third_party else b
    return bool(third.details) and not _another().search(
        _near_figure(_compared().sub(" ", third.details.quote), third.exact))


class _Event:
    def __init__(self, founder: Placed):
        self.founder = founder
        self.span = founder.event  # the founding time's days, or None
        self.place = 0  # its place among the announcements of its group (_Announcements)
        self.members: list[Placed] = []
        self.by_article: dict[str, list[Placed]] = {}
        self.figures: dict[str, Intervals] = {}  # unit -> the values its figures allow
        self.changed: tuple | None = None  # the last claim's figure: (unit, the parts it merged, the part now)
        self.counts: dict[tuple, str | None] = {}  # (count, scope) -> the aggregate of the first claim stating it
        self.count_values: dict[tuple, set] = defaultdict(set)  # (scope, aggregate) -> the counts stated
        self._index(founder)

    def _index(self, c: Placed) -> None:
        self.members.append(c)
        self.by_article.setdefault(c.article, []).append(c)
        self.changed = None
        if c.unit is not None and c.low is not None:
            self.changed = (c.unit, *self.figures.setdefault(c.unit, Intervals()).add(c.low, c.high))
        if c.unit == "count":
            self.counts.setdefault((c.exact, c.scope), c.aggregate)
            self.count_values[(c.scope, c.aggregate)].add(c.exact)

    def has_figure(self, c: Placed) -> bool:
        """One of its claims states a figure that meets ``c``'s (``Placed.same_figure``)."""
        return c.low is not None and c.unit in self.figures and self.figures[c.unit].meets(c.low, c.high)

    def refuses(self, c: Placed) -> bool:
        """Its own article already put a different figure of the same unit, scope and aggregate here: another round,
        unless the two are the company's and a third party's figure of it (``disputed``)."""
        return any(m.unit == c.unit and m.unit is not None and m.scope == c.scope and m.aggregate == c.aggregate
                   and not c.same_figure(m) and not disputed(c, m) for m in self.by_article.get(c.article, ()))

    def distance(self, c: Placed) -> float:
        return abs(sum(self.span) / 2 - sum(c.event) / 2)

    def add(self, c: Placed, basis: str) -> None:
        c.basis = basis
        self._index(c)


class _Announcements:
    """The announcements of one group in the order they were founded, indexed by their founders' days and by the
    articles of their claims: a claim is compared only with those near its time or sharing its article."""

    def __init__(self, events: list[_Event] = ()):
        self.all: list[_Event] = []
        self.by_day = DayIndex()
        self.of_article: dict[str, dict[int, _Event]] = defaultdict(dict)
        self.by_figure = _FigureIndex()
        for e in events:
            self.found(e)

    def found(self, e: _Event) -> None:
        e.place = len(self.all)
        self.all.append(e)
        if e.span is not None:
            self.by_day.add(e.span, e.place, e)
        for article in e.by_article:
            self.of_article[article][e.place] = e
        for unit, values in e.figures.items():
            for part in values.parts:
                self.by_figure.add(unit, part, e.place)

    def add(self, e: _Event, c: Placed, basis: str) -> None:
        e.add(c, basis)
        self.of_article[c.article][e.place] = e
        if e.changed:
            unit, gone, part = e.changed
            for old in gone:
                self.by_figure.remove(unit, old, e.place)
            self.by_figure.add(unit, part, e.place)

    def with_figure(self, c: Placed) -> list[_Event]:
        """Those with a figure that meets ``c``'s and that do not refuse it, in their order: two at most (two are
        already too many to choose from)."""
        found, seen = [], set()
        for place in self.by_figure.near(c.unit, c.low, c.high):
            if place not in seen:
                seen.add(place)
                e = self.all[place]
                if e.has_figure(c) and not e.refuses(c):
                    found.append(e)
                    if len(found) == 2:
                        break
        return sorted(found, key=lambda e: e.place)

    def meeting(self, lo: int, hi: int) -> list[_Event]:
        """Those whose founding time meets the days ``lo``..``hi``, in their order."""
        return self.by_day.meeting([(lo, hi)])

    def with_article(self, article: str) -> list[_Event]:
        """Those holding a claim of ``article``, in their order."""
        return [e for _, e in sorted(self.of_article.get(article, {}).items())]


class _FigureIndex:
    """The parts of the announcements' figures (``_Event.figures``), per unit and per the power of two their width
    is below: the parts meeting a figure are found by a binary search in each width, not by a look at every
    announcement."""

    def __init__(self) -> None:
        self.parts: dict[str, dict[int | None, list[tuple[float, int]]]] = defaultdict(lambda: defaultdict(list))

    @staticmethod
    def _width(part: tuple[float, float | None]) -> int | None:
        return None if part[1] is None else ceil(log2(part[1] - part[0] + 1))

    def add(self, unit: str, part: tuple[float, float | None], place: int) -> None:
        insort(self.parts[unit][self._width(part)], (part[0], place))

    def remove(self, unit: str, part: tuple[float, float | None], place: int) -> None:
        entries = self.parts[unit][self._width(part)]
        del entries[bisect_left(entries, (part[0], place))]

    def near(self, unit: str | None, lo: float | None, hi: float | None) -> Iterator[int]:
        """The places of the announcements with a part that may meet ``lo``..``hi`` (one that starts no later than
        ``hi`` and no earlier than its width's power of two before ``lo``), once for each such part."""
        if unit not in self.parts or lo is None:
            return
        for width, entries in self.parts[unit].items():
            first = 0 if width is None else bisect_left(entries, (lo - 2 ** width,))
            yield from (place for _, place in entries[first:len(entries) if hi is None else
                                                      bisect_right(entries, (hi, inf))])


def _place(claims: list[Placed]) -> list[_Event]:
    """Place the claims of one (organisation, kind, group, object) on events: the dated ones most precise first,
    then the rounds dated apart are joined, then the undated claims."""
    events = _Announcements()
    claims = sorted(claims, key=lambda c: (_RANK.get(c.event_precision, 5), c.event[0] if c.event else 0, c.article,
                                           c.offset, c.iri))
    for c in (c for c in claims if c.event):
        _put(c, events, _by_time(c, events) or _beside(c, events, same_time=True))
    events = _Announcements(_join_apart(events.all))
    counts = {(c.article, c.details.quote) for c in claims if c.unit == "count" and c.details}
    follows = [c for c in claims if not c.event and c.unit == "percent" and c.details
               and (c.article, c.details.quote) in counts]  # "1,100 jobs, about 8 percent of its workforce"
    pending = [c for c in claims if not c.event and c not in follows]
    while pending:  # first every undated claim that states a figure already placed, whatever its order
        waiting = [c for c in pending if not _put_same_figure(c, events)]
        if len(waiting) == len(pending):
            break
        pending = waiting
    for c in pending:
        _put(c, events, _undated(c, events))
    for c in follows:  # a percent goes with the count of its sentence, not with a round its figure only comes near
        _put(c, events, _beside(c, events) or _undated(c, events))
    return events.all


def _put_same_figure(c: Placed, events: _Announcements) -> bool:
    matching = events.with_figure(c)
    if len(matching) == 1:
        _put(c, events, (matching[0], "same-figure"))
    return len(matching) == 1


def _put(c: Placed, events: _Announcements, chosen) -> None:
    if chosen:
        events.add(chosen[0], c, chosen[1])
    else:
        c.basis = "founder"
        events.found(_Event(c))


def _by_time(c: Placed, events: _Announcements):
    if c.event_precision in ("day", "month"):
        slack = DAY_WINDOW if c.event_precision == "day" else 0
        near = [e for e in events.meeting(c.event[0] - slack, c.event[1] + slack) if not e.refuses(c)]
        if near:
            return min(near, key=lambda e: (e.distance(c), not e.has_figure(c))), "time-window"
        leaks = [e for e in events.meeting(c.event[0] - LEAK_LEAD, c.event[0]) if _leak(e.founder) and not e.refuses(c)]
        if c.event_precision == "day" and leaks:
            return leaks[-1], "leaked"  # "planerar enligt uppgifter att skära bort 1 500 tjänster", told nine days later
        return None
    inside = [e for e in events.meeting(*c.event) if not e.refuses(c)
              and (c.kind not in RESULTS or e.span == c.event)]  # a half's profit is not its second quarter's
    matching = [e for e in inside if e.has_figure(c)]
    if len(inside) == 1:
        return inside[0], "only-candidate"
    if len(matching) == 1:
        return matching[0], "same-figure"
    return None


def _leak(c: Placed) -> bool:
    """A rumour dated only by its article: a leak, which the announcement it tells of follows by days or weeks."""
    return c.modality == "rumoured" and c.event_precision == "day" and not c.event_stated


def _beside(c: Placed, events: _Announcements, same_time: bool = False):
    """The announcement where its own article put a figure of another unit (of the same time): the one, else the one
    where that figure is in the same sentence, else said with the same modality."""
    def mine(e: _Event) -> list[Placed]:
        return [m for m in e.by_article[c.article] if m.unit != c.unit
                and (m.event == c.event if same_time else m.event is None)]

    beside = [e for e in events.with_article(c.article) if not e.refuses(c) and mine(e)]
    for narrower in (lambda e: any(m.details and c.details and m.details.quote == c.details.quote for m in mine(e)),
                     lambda e: any(m.modality == c.modality for m in mine(e))):
        if len(beside) > 1:
            beside = [e for e in beside if narrower(e)] or beside
    return (beside[0], "same-article") if len(beside) == 1 else None


def _join_apart(events: list[_Event]) -> list[_Event]:
    """An announcement that states one count and nothing that disagrees with it joins the one other announcement
    stating the very same count (same scope) at another time, not long apart, from other articles, where no count
    of that aggregate disagrees, when one of the two is dated no finer than a month (a retrospective "announced
    in April", "in 2022"): one round dated differently (the temporal kind reports it), the smaller joining the
    larger; so do all announcements of the closure of one named site (a site closes once: the outlet that dates only
    when it was told and two that date it apart). Two exact days weeks apart tell of two rounds.
    Only the announcements stating that count within the years apart are looked at."""
    stating = defaultdict(list)  # (count, scope) -> [(middle day, place, announcement)], by middle day
    for place, f in enumerate(events):
        if f.span is not None:
            for key in _apart_keys(f):
                stating[key].append((sum(f.span) / 2, place, f))
    for near in stating.values():
        near.sort(key=lambda x: x[:2])
    gone: set[int] = set()
    for e in sorted(events, key=lambda e: (len(e.by_article), -(e.span or (0, 0))[0])):
        if id(e) in gone or len(_apart_keys(e)) != 1 or e.span is None or e.founder.kind in LEVELS:
            continue
        coarse = e.founder.event_precision != "day"
        value, scope = next(iter(_apart_keys(e)))
        if value is None:
            continue
        near = stating[(value, scope)]
        middle = sum(e.span) / 2
        first = bisect_left(near, middle - APART_DAYS, key=lambda x: x[0])
        last = bisect_right(near, middle + APART_DAYS, key=lambda x: x[0])
        found = []
        for _, _, f in sorted(near[first:last], key=lambda x: x[1]):
            if f is e or id(f) in gone or not coarse and f.founder.event_precision == "day":
                continue  # two outlets giving exact days weeks apart tell of two rounds
            aggregate = _apart_keys(f)[(value, scope)]
            if _apart_voices(e, f) and not f.count_values[(scope, aggregate)] - {value}:
                found.append(f)
        if len(found) == 1 or found and e.founder.kind == "store_closure":  # a site closes once
            into, of = found[0], e
            if into.founder.third_party and not e.founder.third_party:  # the company's word founds it
                into, of = e, found[0]
            for m in list(of.members):
                into.add(m, "same-figure-apart")
            gone.add(id(of))
    return [e for e in events if id(e) not in gone]


def _apart_keys(e: _Event) -> dict[tuple, str | None]:
    """What makes two announcements dated apart one: the count each states (with its aggregate), or for the closure
    of a named site, the site (a site closes once: "will close its Ghent plant in 2027" against "in 2028")."""
    if e.founder.kind == "store_closure" and e.founder.object:
        return {(e.founder.object, None): None}
    return e.counts


def _apart_voices(e: _Event, f: _Event) -> bool:
    """No article of one announcement is of the other, but for the company's word and a third party's in one article
    (``disputed``: "fermera son entrepôt de Valence le 30 septembre ... Selon la CGT, l'entrepôt fermera dès juillet")."""
    small, large = (e.by_article, f.by_article) if len(e.by_article) <= len(f.by_article) else (f.by_article, e.by_article)
    return all(disputed(a, b) for k in small if k in large for a in small[k] for b in large[k])


def _undated(c: Placed, events: _Announcements):
    matching = events.with_figure(c)
    if len(matching) == 1:
        return matching[0], "same-figure"
    beside = _beside(c, events)
    if beside:
        return beside
    if c.modality == "announced" and c.pub:
        near = [e for e in events.meeting(c.pub[0] - ANNOUNCED_LOOKBACK, c.pub[1]) if not e.refuses(c)]
        if len(near) == 1:
            return near[0], "article-date"
    return None


def _reason(org: str, kind: str, group: str, event: _Event) -> str:
    articles = sorted({m.article for m in event.members})
    f = event.founder
    head = (f"{len(event.members)} claim(s) from {len(articles)} article(s) on {org} {kind} ({group}), "
            f"founded by {f.article}'s claim for {f.event_when or 'an unstated time'}")
    by_basis: dict[str, list[str]] = defaultdict(list)
    for m in event.members[1:]:
        by_basis[m.basis].append(f"{m.article} ({m.event_when or 'undated'})")
    why = {"time-window": "time within the window", "only-candidate": "only announcement in its period",
           "same-figure": "same figure", "same-article": "beside its article's figure in another unit",
           "article-date": "undated announcement taken as of its article's date",
           "same-figure-apart": "the same count dated apart", "leaked": "announced within weeks after a leak"}
    parts = [f"{why[b]}: {', '.join(sorted(set(xs)))}" for b, xs in sorted(by_basis.items())]
    return head + ("; joined by " + "; ".join(parts) if parts else "")


def _starts_by(when: TimeRef, day: int | None) -> bool:
    return day is None or _day(when.interval[0]) <= day


def _announcement_time(event: _Event) -> TimeRef | None:
    """The founder's time, unless it starts after an article that reports the announcement as done (announced,
    reported or denied) was published: then the earliest day-precise time among its claims that does not,
    else the founder's time widened to its month, then its year; else none."""
    f = event.founder
    if not f.event_when:
        return None
    reported = [m.pub[1] for m in event.members if m.pub and m.modality in ("announced", "reported", "denied")]
    limit = min(reported) if reported else None
    days = sorted((m.event[0], m.event_when) for m in event.members if m.event_precision == "day")
    candidates = [TimeRef(f.event_when, f.event_precision)] + [TimeRef(w, "day") for _, w in days]
    if f.event_precision in ("day", "month"):
        candidates.append(TimeRef(f.event_when[:7], "month"))
    if f.event_precision != "year":
        candidates.append(TimeRef(f.event_when[:4], "year"))
    return next((t for t in candidates if _starts_by(t, limit)), None)


def _span(c: Placed) -> tuple[int | None, int | None]:
    """The days a claim is about: its event's time, else its article's date."""
    return c.event or c.pub or (None, None)


def organisation_keys(names) -> dict[str, str]:
    """The key each organisation's claims are resolved under, by its ``identity``, of (name, Wikidata item or None,
    article) triples: its identity, or the longer one it joins across outlets (``orgkeys.joined``)."""
    linked: dict[str, set[str]] = defaultdict(set)
    articles: dict[str, set[str]] = defaultdict(set)
    for name, qid, article in names:
        linked[identity(name)].update([qid] if qid else [])
        articles[identity(name)].add(article)
    return joined(linked, articles)


def resolve(claims: list[Placed]) -> Resolution:
    """Group the claims into announcements, and let each contradiction kind make its topics (pure: no store)."""
    keys = organisation_keys((c.org, c.qid, c.article) for c in claims)
    names: dict[str, Counter] = defaultdict(Counter)
    for c in claims:  # "Nissan Motor Co." in one article, "Nissan" in others: one organisation, under its most used
        names[keys[identity(c.org)]][c.org] += 1  # name; so are "Kestrova" and "Kestrova Industries" (orgkeys.joined)
    used = {key: min(spellings.items(), key=lambda kv: (-kv[1], kv[0]))[0] for key, spellings in names.items()}
    for c in claims:
        c.org = used[keys[identity(c.org)]]
    groups: dict[tuple, list[Placed]] = defaultdict(list)
    for c in claims:
        groups[(c.org, c.kind, GROUP_OF_MODALITY.get(c.modality, "statement"), c.object or "")].append(c)
    announcements, events = [], []
    for (org, kind, group, obj) in sorted(groups):
        for placed in _place(groups[(org, kind, group, obj)]):
            when = _announcement_time(placed)
            placements = tuple(Placement(m.iri, m.article, m.basis, m.unit, m.low, m.high, m.scope or "unspecified",
                                         *_span(m), m.details) for m in placed.members)
            announcements.append(Announcement(
                org=org, kind=kind, when=when, claims=tuple(sorted(m.iri for m in placed.members)),
                reason=_reason(org, kind, group, placed), group=group, object=obj or None, placements=placements))
            events.append(Event(len(events), org, kind, group, when.value if when else None, placed.members))
    resolved = Resolved(events, claims)
    topics = [t for module in kind_modules().values() for t in module.topics(resolved)]
    return Resolution(tuple(announcements), tuple(topics))


@dataclass
class Work:
    """What one resolution did: the whole store or some organisations, and how much it read and wrote."""

    full: bool
    organisations: int  # organisations (claim names of one ``identity``) resolved
    articles: int  # article graphs whose claims were read
    claims: int  # claims resolved
    announcements: int  # announcements of those organisations
    written: int  # quads added to the resolution graph
    removed: int = 0  # quads taken out of it (an incremental resolution: those that changed)
    stored: int = 0  # claims whose values were read from the resolution inputs (an incremental resolution)
    changed: int = 0  # announcements and topics whose quads were rewritten (an incremental resolution)
    note: str = ""  # why an incremental resolution resolved the whole store


def resolve_events(store) -> int:
    """Resolve every claim in the store onto announcements, rewrite the resolution graph; return their number."""
    return resolve_all(store).announcements


def resolve_all(store, note: str = "", rows: dict[str, dict] | None = None, jobs: int = 1) -> Work:
    """Resolve every claim in the store and rewrite the resolution inputs and the resolution graph whole.
    ``rows``: the store's claims as ``_rows`` would read them (``claim_rows`` of every article it holds, from
    a first build's workers), else they are read from the store. ``jobs`` > 1: organisations are resolved in
    that many worker processes (``_by_organisation_in_pool``).

    The inputs are written first (their resolver version last), the resolution graph after them: a build or
    ingest that is cut off in between leaves its marker in the resolution graph, which replacing the graph whole
    takes away (a first build into an empty store leaves claims without announcements), so the next one
    resolves the whole store again."""
    rows = _rows(store) if rows is None else rows
    groups: dict[str, dict[str, dict]] = defaultdict(dict)  # organisation key -> its claims' rows
    keys = organisation_keys((v["org"], v["qid"], v["article"]) for v in rows.values())
    for iri, v in rows.items():
        groups[keys[identity(v["org"])]][iri] = v
    work = Work(True, len(groups), len({v["article"] for v in rows.values()}), len(rows), 0, 0, note=note)

    def quads():
        for q in _by_organisation(groups, work):
            work.written += 1
            yield q

    store.replace_graph(INPUTS_GRAPH, _inputs(rows, version=True))
    if jobs > 1:
        store.replace_graph_ntriples(RESOLUTION_GRAPH, _by_organisation_in_pool(groups, work, jobs))
    else:
        store.replace_graph(RESOLUTION_GRAPH, quads())
    store.compact()
    return work


def _by_organisation(groups: dict[str, dict[str, dict]], work: Work) -> Iterator[Quad]:
    """Each organisation's claims (rows) resolved on their own, in the order of their keys, a batch of
    organisations at a time (``_batched_keys``): their resolution quads with each topic's rows, as a stream (the
    announcements counted in ``work``). An organisation's IRIs (which number its announcements and topics) are
    the same whether it is resolved alone or with all."""
    for keys in _batched_keys(groups):
        for quads in _resolved([groups[key] for key in keys], work):
            yield from quads


def _by_organisation_in_pool(groups: dict[str, dict[str, dict]], work: Work, jobs: int) -> Iterator[bytes]:
    """``_by_organisation`` in ``jobs`` worker processes, a few batches ahead of this one, which hands their
    triples (N-Triples) to the store's bulk loader as they come, never parsed here (the announcements and quads
    counted in ``work``)."""
    batches = ([groups[key] for key in keys] for keys in _batched_keys(groups))
    with process_pool(jobs) as pool:
        for announcements, written, ntriples in _mapped(pool, jobs, _resolved_ntriples, ((batch,) for batch in batches)):
            work.announcements += announcements
            work.written += written
            yield ntriples


def _batched_keys(groups: dict[str, dict[str, dict]]) -> Iterator[list[str]]:
    """The organisation keys in order, in batches of up to ``KEY_BATCH`` organisations and ``BATCH_CLAIMS``
    claims (each batch pays once for planning the contradiction queries that make its topics' rows)."""
    batch, claims = [], 0
    for key in sorted(groups):
        if batch and (len(batch) >= KEY_BATCH or claims + len(groups[key]) > BATCH_CLAIMS):
            yield batch
            batch, claims = [], 0
        batch.append(key)
        claims += len(groups[key])
    if batch:
        yield batch


def _mapped(pool, jobs: int, fn, tasks) -> Iterator:
    """``fn(*task)`` of each task, in order, run in ``pool`` (of ``jobs`` workers) a few tasks ahead of the caller."""
    pending: deque[Future] = deque()
    for task in tasks:
        pending.append(pool.submit(fn, *task))
        if len(pending) > AHEAD * jobs:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _resolved(batch: list[dict[str, dict]], work: Work) -> Iterator[GraphQuads]:
    """Organisations' claims (rows), each resolved on its own -> their resolution quads and each topic's rows, as
    a stream of ``GraphQuads``: only the topics waiting for their rows are held (``_TopicRows``; the announcements
    counted in ``work``)."""
    read = _TopicRows()
    for rows in batch:
        resolution = resolve(_placed_all(rows))
        work.announcements += len(resolution.announcements)
        for item in resolution_items(resolution):
            yield _noted(item, read)
            if read.quads >= TOPIC_QUADS:
                yield read.rows()
    yield read.rows()


def _resolved_ntriples(batch: list[dict[str, dict]]) -> tuple[int, int, bytes]:
    """In a worker: ``_resolved`` -> (the announcements, the quads, their triples as N-Triples, written from the
    kept terms without making ``Quad`` objects); every quad must be in the resolution graph."""
    work, parts = Work(True, len(batch), 0, 0, 0, 0), []
    for quads in _resolved(batch, work):
        if quads.graph != RESOLUTION_GRAPH:
            raise ValueError("every quad must belong to the graph being replaced")
        work.written += len(quads)
        parts.append(quads.ntriples())
    return work.announcements, work.written, b"".join(parts)


def _noted(item, read: _TopicRows) -> GraphQuads:
    """An item's quads; a topic's also noted in ``read`` with what its query reads, for its rows."""
    quads = item.quads()
    if item.reads is not None:
        read.note(quads, item.reads())
    return quads


class _TopicRows:
    """Topics waiting for their rows (``nkg:contradictionRows``, kg.contradictions.rows_by_topic): the quads of
    each topic and what its kind's query reads beside them (``Item.reads``), put in an in-memory store as they
    come (deduplicated there, not held as Python objects) until ``rows`` makes them."""

    def __init__(self) -> None:
        self.store, self.quads = Store(), 0

    def note(self, *graphs: GraphQuads) -> None:
        for quads in graphs:
            self.store.extend(quads)
            self.quads += len(quads)

    def rows(self) -> GraphQuads:
        """The rows of the topics noted since the last call, as quads on them; the store emptied."""
        rows = rows_by_topic(self.store) if self.quads else {}
        self.store, self.quads = Store(), 0
        w = GraphQuads(RESOLUTION_GRAPH)
        for node, text in sorted(rows.items()):
            w.add(NamedNode(node), ROWS, Literal(text))
        return w


# The resolution inputs (INPUTS_GRAPH): for each organisation key and article, one node with the values
# resolution reads of the article's claims about it (``_FIELDS``, as JSON), so that an incremental resolution
# reads the new articles' graphs and these, not the graphs of every article of the organisations it touches.
_INPUT_KEY, _INPUT_STEM, _INPUT_ARTICLE, _INPUT_ROWS, _VERSION = (NamedNode(NKG + p) for p in (
    "inputKey", "inputStem", "inputArticle", "inputClaims", "resolverVersion"))


def _inputs(rows: dict[str, dict], version: bool = False) -> Iterator[Quad]:
    """The input nodes of these claims' rows (claim IRI -> values), one per organisation key and article."""
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for iri, v in rows.items():
        groups[(identity(v["org"]), v["article"])].append([iri, [v[f] for f in _FIELDS]])
    for (key, article), entries in sorted(groups.items()):
        node = inputs_iri(key, article)
        yield Quad(node, _INPUT_KEY, Literal(key), INPUTS_GRAPH)
        yield Quad(node, _INPUT_STEM, Literal(stem(key)), INPUTS_GRAPH)
        yield Quad(node, _INPUT_ARTICLE, article_iri(article), INPUTS_GRAPH)
        yield Quad(node, _INPUT_ROWS, Literal(json.dumps(sorted(entries), ensure_ascii=False, separators=(",", ":"))),
                   INPUTS_GRAPH)
    if version:
        yield Quad(INPUTS_GRAPH, _VERSION, Literal(resolver_version()), INPUTS_GRAPH)


_ANY_ANNOUNCEMENT = "ASK { GRAPH $resolution { ?announcement nkg:resolutionReason ?reason } }"
_ANY_KEY = "ASK { GRAPH $resolution { ?announcement nkg:orgKey ?key } }"
_OTHER_VERSION = "ASK { GRAPH $inputs { $inputs nkg:resolverVersion ?v FILTER (?v != $version) } }"
_NAMES_IN = "SELECT DISTINCT ?g ?name WHERE { $scope GRAPH ?g { ?claim a nkg:Claim ; nkg:organization ?o . ?o schema:name ?name } }"
_KEYS_OF = "SELECT DISTINCT ?key WHERE { $scope GRAPH $inputs { ?input nkg:inputArticle ?article ; nkg:inputKey ?key } }"
_KEYS_OF_STEMS = "SELECT DISTINCT ?key WHERE { $scope GRAPH $inputs { ?input nkg:inputStem ?stem ; nkg:inputKey ?key } }"
_INPUTS_OF = ("SELECT ?input ?key ?stem ?article ?claims WHERE { $scope GRAPH $inputs { ?input nkg:inputKey ?key ; "
              "nkg:inputStem ?stem ; nkg:inputArticle ?article ; nkg:inputClaims ?claims } }")
_DIGESTS_OF = "SELECT ?node ?key ?digest WHERE { $scope GRAPH $resolution { ?node nkg:orgKey ?key ; nkg:itemDigest ?digest } }"
# An item's quads in the resolution graph: its node's, its placed claims' (announcements), its sides' (topics).
_ITEM_QUADS = ["SELECT ?s ?p ?o WHERE { $scope GRAPH $resolution { " + pattern + " } }" for pattern in (
    "?node ?p ?o BIND (?node AS ?s)", "?s nkg:about ?node ; ?p ?o", "?s nkg:topic ?node ; ?p ?o")]
_ORGS_OF = ("SELECT DISTINCT ?org WHERE { $scope GRAPH $resolution { ?claim nkg:fromArticle ?article ; "
            "nkg:about ?announcement . ?announcement nkg:orgName ?org } }")


def _run(store, query: str, scope: str = ""):
    """Run one of the queries above with its VALUES block (``scope``)."""
    return store.query(query.replace("$scope", scope).replace("$resolution", str(RESOLUTION_GRAPH))
                       .replace("$inputs", str(INPUTS_GRAPH)).replace("$version", str(Literal(resolver_version()))))


def resolution_outdated(store) -> bool:
    """The resolution was written by another version of the resolver: what this version adds to it (the keys
    some named queries page by) is missing until the store is resolved again."""
    return bool(_run(store, _OTHER_VERSION))


def resolve_articles(store, article_ids, rows: dict[str, dict] | None = None, jobs: int = 1) -> Work:
    """Resolve again only the organisations whose claims these articles (just written, replaced or removed) make
    or made, and rewrite only their part of the resolution graph (the quads that changed, in one transaction
    with their inputs).

    Only these articles' graphs are read: the other claims of the organisations come from the resolution inputs
    stored beside the resolution (``INPUTS_GRAPH``). Resolving them with the new articles' claims gives the
    organisation's new part; only its announcements and topics whose digest differs from the stored one are
    turned into quads, and only the stored quads of those are read back. The same result as ``resolve_all``,
    reading article graphs in proportion to the articles given. A store with no announcement yet, whose resolution was
    written before announcements carried their organisation's key (``nkg:orgKey``), or whose inputs are
    missing or were written by another version of the resolver, is resolved whole instead (``Work.note``
    says why). ``rows``: the given articles' claims as ``_rows`` would read them (``Outcome.rows``), else they
    are read from their graphs. ``jobs`` > 1: the organisations are resolved in that many worker processes.
    """
    if not _run(store, _ANY_ANNOUNCEMENT):
        return resolve_all(store, jobs=jobs)
    if not _run(store, _ANY_KEY):
        return resolve_all(store, jobs=jobs, note="the resolution graph was written by an older version "
                                                  "(announcements without nkg:orgKey): resolved the whole store once")
    if not resolution_current(store):
        return resolve_all(store, jobs=jobs, note="the resolution inputs are missing or were written by another "
                                                  "version of the resolver: resolved the whole store once")
    ids = sorted(set(article_ids))
    fresh: dict[str, dict[str, dict]] = defaultdict(dict)  # key -> claim -> values, of the given articles now
    keys: set[str] = set()
    if rows is None:
        rows = {}
        for batch in _batches(ids, READ_BATCH):
            rows.update(_rows(store, [graph_iri(a) for a in batch]))
    for iri, v in rows.items():
        fresh[identity(v["org"])][iri] = v
    for batch in _batches(ids, READ_BATCH):
        for row in _run(store, _KEYS_OF, _values("article", [article_iri(a) for a in batch])):
            keys.add(row["key"].value)  # also an organisation they no longer mention
    keys |= set(fresh)
    for batch in _batches(sorted({stem(k) for k in keys}), KEY_BATCH):  # the keys that may join them, or did
        keys.update(row["key"].value for row in _run(store, _KEYS_OF_STEMS, _values("stem", map(Literal, batch))))
    work = Work(False, len(keys), len(ids), 0, 0, 0)
    changed = {article_iri(a) for a in ids}
    with process_pool(jobs) if jobs > 1 and keys else nullcontext() as pool:
        for batch in _stem_batches(keys):
            _resolve_part(store, batch, fresh, changed, work, pool, jobs)
    return work


def _stem_batches(keys: set[str]) -> Iterator[list[str]]:
    """The keys in batches of about ``KEY_BATCH``, the keys of one stem in one batch (``orgkeys.joined``)."""
    batch: list[str] = []
    for key in sorted(keys, key=lambda k: (stem(k), k)):
        if len(batch) >= KEY_BATCH and stem(batch[-1]) != stem(key):
            yield batch
            batch = []
        batch.append(key)
    if batch:
        yield batch


def _resolve_part(store, keys: list[str], fresh: dict[str, dict[str, dict]], changed: set[NamedNode],
                  work: Work, pool=None, jobs: int = 1) -> None:
    """Resolve the organisations of these keys (all of their stems) again from their stored inputs, those of the
    ``changed`` articles replaced by ``fresh``, the keys that join one another together (``organisation_keys``);
    write what changed of their part and of their inputs in one transaction.

    An announcement or topic whose digest (``nkg:itemDigest``) is the one stored has the quads stored: only
    the others are turned into quads (in ``pool``'s workers, if given), and only the stored quads of those that
    changed or went are read."""
    kept: dict[str, dict[str, dict]] = defaultdict(dict)  # key -> claim -> values, as stored, but the changed articles'
    dropped = []  # the input nodes of the changed articles
    scope = _values("key", [Literal(k) for k in keys])
    for row in _run(store, _INPUTS_OF, scope):
        key = row["key"].value
        entries = {iri: dict(zip(_FIELDS, values, strict=True)) for iri, values in json.loads(row["claims"].value)}
        work.stored += len(entries)
        if row["article"] in changed:
            dropped += [(row["input"], p, row[v]) for p, v in ((_INPUT_KEY, "key"), (_INPUT_STEM, "stem"),
                                                              (_INPUT_ARTICLE, "article"), (_INPUT_ROWS, "claims"))]
        else:
            kept[key].update(entries)
    stored: dict[str, dict[str, str]] = defaultdict(dict)  # key -> item node IRI -> its stored digest
    for row in _run(store, _DIGESTS_OF, scope):
        stored[row["key"].value][row["node"].value] = row["digest"].value
    rows = {key: kept[key] | fresh.get(key, {}) for key in keys}
    under = organisation_keys((v["org"], v["qid"], v["article"]) for key in keys for v in rows[key].values())
    groups: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        groups[under.get(key, key)].append(key)
    tasks = [({iri: v for k in group for iri, v in rows[k].items()}, {n: d for k in group for n, d in stored[k].items()})
             for group in groups.values()]
    work.claims += sum(len(new) for new, _ in tasks)
    if pool is None:
        results = [(announcements, digests, quads.triples)
                   for announcements, digests, quads in [_changed_items(tasks)]]
    else:  # a share of the organisations for each worker (each share plans the contradiction queries once)
        results = ((announcements, digests, ((t.subject, t.predicate, t.object)
                                             for t in parse(ntriples, format=RdfFormat.N_TRIPLES)))
                   for announcements, digests, ntriples in _mapped(pool, jobs, _changed_ntriples,
                                                                   ((tasks[i::jobs],) for i in range(jobs))))
    after: dict[str, str] = {}  # item node IRI -> its digest now
    added = set()  # the quads of the items (announcements, topics) whose digest changed, and the changed topics' rows
    for announcements, digests, triples in results:
        work.announcements += announcements
        after.update(digests)
        added.update(triples)
    was = {node: digest for digests in stored.values() for node, digest in digests.items()}
    # The old quads of the items that changed or went, read from the store by node.
    rewritten = [NamedNode(node) for node, digest in was.items() if after.get(node) != digest]
    gone = {(row["s"], row["p"], row["o"]) for batch in _batches(rewritten, READ_BATCH) for query in _ITEM_QUADS
            for row in _run(store, query, _values("node", batch))}
    work.changed += len(rewritten) + sum(node not in was for node in after)
    gone, added = gone - added, added - gone
    inputs = [(q.subject, q.predicate, q.object) for key in keys for q in _inputs(fresh.get(key, {}))]
    operations = [f"{verb} DATA {{ GRAPH {graph} {{\n{_triples(triples)}\n}} }}"
                  for verb, graph, triples in (("DELETE", RESOLUTION_GRAPH, gone), ("DELETE", INPUTS_GRAPH, dropped),
                                               ("INSERT", RESOLUTION_GRAPH, added), ("INSERT", INPUTS_GRAPH, inputs))
                  if triples]
    if operations:
        store.update(" ;\n".join(operations))
    work.written += len(added)
    work.removed += len(gone)


def _changed_items(parts: list[tuple[dict[str, dict], dict[str, str]]]) -> tuple[int, dict[str, str], GraphQuads]:
    """Organisations' claims resolved again, each on its own, beside the digests stored of its items: (their
    announcements, each item's digest by its node's IRI, the quads of the items whose digest is not the one
    stored, and the rows of the topics among them)."""
    announcements, digests, quads, read = 0, {}, GraphQuads(RESOLUTION_GRAPH), _TopicRows()
    for rows, stored in parts:
        if not rows:
            continue
        resolution = resolve(_placed_all(rows))
        announcements += len(resolution.announcements)
        for item in resolution_items(resolution):
            digests[item.node.value] = item.digest
            if stored.get(item.node.value) != item.digest:
                quads.triples += _noted(item, read).triples
    quads.triples += read.rows().triples
    return announcements, digests, quads


def _changed_ntriples(parts: list[tuple[dict[str, dict], dict[str, str]]]) -> tuple[int, dict[str, str], bytes]:
    """In a worker: ``_changed_items``, its triples as N-Triples."""
    announcements, digests, quads = _changed_items(parts)
    return announcements, digests, quads.ntriples()


def _triples(triples) -> str:
    return "\n".join(f"{s} {p} {o} ." for s, p, o in triples)


def resolved_organisations(store, article_id: str) -> list[str]:
    """The names under which an article's claims are resolved (an organisation's most used name)."""
    rows = _run(store, _ORGS_OF, _values("article", [article_iri(article_id)]))
    return sorted(row["org"].value for row in rows)
