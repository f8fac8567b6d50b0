"""What every contradiction kind works on: claims as resolution placed them, and the topics and sides
a kind's module makes of them (``Topic``, ``Side`` in kg.records) for its query to compare.

A topic is one question the sources answer (an announcement's figure in one unit; its date; an organisation's
stance on one cause); a side is a group of claims that agree on the answer. A kind's query sets two
sides of a topic against each other, so fifty outlets repeating one figure make one side of one row.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from math import inf

from kg.records import ClaimDetails, Side

DIRECT = ("announced", "planned", "reported", "denied")  # modalities of a direct statement; not rumoured, expected
BY_TIME = ("founder", "time-window")  # placements that rest on the claim's own time
LEVELS = ("workforce", "revenue", "profit", "net_income", "loss")  # kinds that measure a state at a time
_EPOCH = date(1970, 1, 1).toordinal()


@dataclass
class Placed:
    """One claim as resolution read and placed it."""

    iri: str
    article: str
    org: str
    kind: str
    modality: str
    offset: int
    unit: str | None = None
    low: float | None = None  # its figure as an interval (kg.resolve.figure_interval)
    high: float | None = None  # None: unbounded above
    exact: float | None = None  # the value as stated ("more than 35,000": 35000), when it is one value
    scope: str | None = None  # its segment; None when the text leaves it open
    aggregate: str | None = None  # total, change or None (a level or one round)
    confidence: float = 0.5
    event: tuple[int, int] | None = None  # the days of the event it is about (days since 1970-01-01)
    event_when: str | None = None  # that time as the text gives it
    event_precision: str | None = None
    event_stated: bool = False  # the text dates the event (not only its article's date)
    event_context: bool = False  # ... only by the time of the sentence before (or of a list's line)
    horizon: tuple[int, int] | None = None  # the days of the date by which it is to be done
    horizon_when: str | None = None
    horizon_precision: str | None = None
    pub: tuple[int, int] | None = None  # its article's date
    polarity: str | None = None
    object: str | None = None
    speaker: str | None = None
    third_party: bool = False  # a union's, analysts'... word, not the organisation's own
    qid: str | None = None  # the Wikidata item its organisation is linked to in its article
    details: ClaimDetails | None = None
    basis: str = "founder"  # how it came onto its announcement

    @property
    def direct(self) -> bool:
        return self.modality in DIRECT

    def same_figure(self, other: Placed) -> bool:
        """Same unit and intervals that overlap."""
        if self.unit is None or self.unit != other.unit or self.low is None or other.low is None:
            return False
        return (other.high is None or self.low <= other.high) and (self.high is None or other.low <= self.high)


@dataclass
class Event:
    """An announcement as placed: its organisation, kind, group, time and claims."""

    index: int  # its place among the resolution's announcements (the topic's reference to it)
    org: str
    kind: str
    group: str  # statement or denial
    when: str | None  # its time as written on the announcement
    members: list[Placed] = field(default_factory=list)


@dataclass
class Resolved:
    """What the kinds' modules read: the announcements, and every claim by organisation."""

    events: list[Event]
    claims: list[Placed]


def iso_day(day: int) -> str:
    """A day (since 1970-01-01) as an ISO date: a topic's key, which stays when other claims are added."""
    return date.fromordinal(day + _EPOCH).isoformat()


def overlap(a: tuple[float, float | None], b: tuple[float, float | None]) -> tuple[float, float | None] | None:
    """The values two intervals share (None: unbounded above), or None when they share none."""
    lo = max(a[0], b[0])
    hi = a[1] if b[1] is None else b[1] if a[1] is None else min(a[1], b[1])
    return None if hi is not None and lo > hi else (lo, hi)


class Intervals:
    """The union of closed intervals (``None`` above: unbounded), as sorted disjoint intervals: whether an interval
    meets any of those added is one binary search, however many were added."""

    def __init__(self) -> None:
        self.parts: list[tuple[float, float | None]] = []

    def add(self, lo: float, hi: float | None) -> tuple[list[tuple[float, float | None]], tuple[float, float | None]]:
        """Add ``lo``..``hi``; return the parts it merged with (gone) and the part that holds it now."""
        end = len(self.parts) if hi is None else bisect_right(self.parts, hi, key=lambda p: p[0])
        start = end
        while start > 0 and (self.parts[start - 1][1] is None or self.parts[start - 1][1] >= lo):
            start -= 1
        merged = self.parts[start:end]
        if merged:
            lo = min(lo, merged[0][0])
            hi = None if hi is None or any(p[1] is None for p in merged) else max(hi, merged[-1][1])
        self.parts[start:end] = [(lo, hi)]
        return merged, (lo, hi)

    def meets(self, lo: float, hi: float | None) -> bool:
        end = len(self.parts) if hi is None else bisect_right(self.parts, hi, key=lambda p: p[0])
        return end > 0 and (self.parts[end - 1][1] is None or self.parts[end - 1][1] >= lo)


class DayIndex:
    """Items by the days they are about, kept per span width: those meeting a window of days are found by a binary
    search in each width, not by a look at every item."""

    def __init__(self) -> None:
        self.starts: dict[int, list[tuple[int, int, object]]] = defaultdict(list)  # width -> [(first day, place, item)]

    def add(self, days: tuple[int, int], place: int, item) -> None:
        insort(self.starts[days[1] - days[0]], (days[0], place, item), key=lambda x: x[:2])

    def meeting(self, windows: Iterable[tuple[int, int]]) -> list:
        """The items whose days meet one of the windows (``lo``..``hi``), by their places."""
        found = {}
        for lo, hi in windows:
            for width, starts in self.starts.items():
                first = bisect_left(starts, lo - width, key=lambda x: x[0])
                found.update((place, item) for _, place, item in starts[first:bisect_right(starts, hi, key=lambda x: x[0])])
        return [item for _, item in sorted(found.items(), key=lambda x: x[0])]


def cluster(items: Iterable, interval: Callable) -> list[tuple[list, tuple[float, float | None]]]:
    """Items grouped so that every group's intervals share some values, each group with the interval its members
    share: the agreeing statements of a topic. One sweep, lowest first: an item joins the last group when their
    values meet, else starts the next (no earlier group can meet it: its values end below where the next began)."""
    groups: list[tuple[list, tuple[float, float | None]]] = []
    for item in sorted(items, key=lambda x: (interval(x)[0], interval(x)[1] is None, interval(x)[1] or 0)):
        iv = interval(item)
        both = overlap(groups[-1][1], iv) if groups else None
        if both is None:
            groups.append(([item], iv))
        else:
            groups[-1][0].append(item)
            groups[-1] = (groups[-1][0], both)
    return groups


def unambiguous(groups: list[tuple[list, tuple[float, float | None]]], interval: Callable) -> list[tuple[list, tuple]]:
    """The groups of ``cluster`` without the items whose values also meet another group's ("about 6 %" beside "5 %"
    and "6 %"; "over the next two years" beside "by 2027" and "by 2028"): they agree with both sides, so they are
    evidence for neither. A group left with no item keeps its own. Two binary searches an item: the groups' shared
    values are disjoint and sorted."""
    if len(groups) < 2:
        return groups
    lows = [iv[0] for _, iv in groups]
    highs = [inf if iv[1] is None else iv[1] for _, iv in groups]
    out = []
    for items, iv in groups:
        kept = []
        for item in items:
            lo, hi = interval(item)
            if bisect_right(lows, inf if hi is None else hi) - bisect_left(highs, lo) <= 1:
                kept.append(item)
        out.append((kept, iv) if kept else (items, iv))
    return out


def shown_first(members: list[Placed]) -> list[Placed]:
    """The surest, most directly stated, best placed, most exact claim first."""
    return sorted(members, key=lambda m: (-m.confidence, not m.direct, m.basis not in BY_TIME,
                                          bool(m.details and m.details.approx), m.article, m.offset, m.iri))


def side(members: list[Placed], interval: tuple[float, float | None] | None, label: Callable[[Placed], str],
             role: str = "stated", days: bool = False, shown: Placed | None = None, **extra) -> Side:
    """The side of agreeing claims, its claim shown first (``shown``, else the surest), labelled by ``label`` of
    that claim; ``interval`` is a figure's values, or with ``days`` the days of a time."""
    members = shown_first(members)
    if shown is not None:
        members = [shown] + [m for m in members if m is not shown]
    lo, hi = interval or (None, None)
    return Side(
        claims=tuple(dict.fromkeys(m.iri for m in members)), articles=tuple(sorted({m.article for m in members})),
        low=None if days else lo, high=None if days else hi, start_day=int(lo) if days else None,
        end_day=int(hi) if days else None, label=label(members[0]),
        role=role, scopes=tuple(sorted({m.scope for m in members if m.scope})),
        confidence=max(m.confidence for m in members), firm=any(m.direct for m in members),
        placed_by_time=any(m.basis in BY_TIME for m in members),
        speakers=tuple(sorted({m.speaker for m in members if m.speaker})),
        third_party=all(m.third_party for m in members), **extra)


def main_side(sides: Sequence[Side], places: Iterable[int]) -> int:
    """Of the sides at ``places``, the one most articles state (the first of those), one that is not only a third
    party's word before any that is (the union's July is set against the company's dates, not they against it)."""
    return max(places, key=lambda i: (not sides[i].third_party, len(sides[i].articles), -i))


def set_against(sides: Sequence[Side], pairs: Iterable[tuple[int, int]]) -> tuple[Side, ...]:
    """The sides, those of each pair of places set against each other (``Side.against``, both ways): what the
    kind's query compares."""
    links = defaultdict(set)
    for i, j in pairs:
        if i != j:
            links[i].add(j)
            links[j].add(i)
    return tuple(replace(s, against=tuple(sorted(links[k]))) for k, s in enumerate(sides))


def against_main(sides: Sequence[Side]) -> tuple[Side, ...]:
    """The sides, each set against the main one (``main_side``): a topic of k sides is compared k - 1 times, not
    k (k - 1) / 2, so that the rows of its query grow with its sides, not with their square."""
    main = main_side(sides, range(len(sides)))
    return set_against(sides, ((main, j) for j in range(len(sides))))


def figure_label(m: Placed) -> str:
    """A figure as its claim states it: "about 14000 count", "more than 35000 count", "1000-2000 count"."""
    d = m.details
    if d is None:
        return f"{m.low:g} {m.unit}"
    value = f"{d.value:g}" if d.value is not None else f"{d.low:g}-{d.high:g}" if d.low is not None else "?"
    bound = {"lower": "more than ", "upper": "up to "}.get(d.bound or "", "")
    return f"{bound}{'about ' if d.approx else ''}{value} {m.unit}"
