"""Typed records that flow through the pipeline. No RDF here: ``kg.mapping`` turns them into quads.

Character offsets are always into ``Article.text`` (the article body after any ``date`` header line).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


def date_precision(value: str) -> str | None:
    """How precise an ISO date, month or year is, by its length: "day", "month" or "year" (None: none of them)."""
    return {10: "day", 7: "month", 4: "year"}.get(len(value))


@dataclass(frozen=True)
class Article:
    """One news article as read from a file, a JSONL line or an API request."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date, month or year
    language: str | None = None  # ISO 639-1
    source: str | None = None  # where it was read from (path, path:line, "api")

    @property
    def content_hash(self) -> str:
        """SHA-256 of what the graph is derived from: the text and the metadata we keep."""
        h = hashlib.sha256()
        for part in (self.text, self.url, self.title, self.publisher, self.author, self.published, self.language):
            h.update((part or "").encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A stretch of text recognised as something: an organisation, a person, a number, a date..."""

    span: Span
    label: str  # ORG, PERSON, ROLE, NUMBER, MONEY, PERCENT, DATE, PUBLISHER, PLACE, PRODUCT
    value: object = None  # normalised value (entity name, Quantity, TimeRef)


@dataclass(frozen=True)
class Quantity:
    """A figure: a value or an interval, a unit, and how exact the text says it is."""

    unit: str  # count, percent, days, or an ISO 4217 code
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approx: bool = False
    bound: str | None = None  # lower ("more than"), upper ("up to") or None


@dataclass(frozen=True)
class TimeRef:
    """A time as precise as the text allows: ``2025-10-28`` (day), ``2025-10`` (month), ``2025-Q4``, ``2025-H1``,
    ``2025``."""

    value: str
    precision: str  # one of PRECISIONS

    @property
    def interval(self) -> tuple[str, str]:
        """First and last ISO day the time can mean."""
        import calendar

        if self.precision == "day":
            return self.value, self.value
        year = int(self.value[:4])
        if self.precision == "month":
            month = int(self.value[5:7])
            return f"{self.value}-01", f"{self.value}-{calendar.monthrange(year, month)[1]:02d}"
        if self.precision == "half":
            first, last = (1, 6) if self.value.endswith("H1") else (7, 12)
            return f"{year}-{first:02d}-01", f"{year}-{last:02d}-{calendar.monthrange(year, last)[1]:02d}"
        if self.precision == "quarter":
            q = int(self.value[-1])
            first, last = 3 * q - 2, 3 * q
            return f"{year}-{first:02d}-01", f"{year}-{last:02d}-{calendar.monthrange(year, last)[1]:02d}"
        return f"{year}-01-01", f"{year}-12-31"


@dataclass(frozen=True)
class Entity:
    """An organisation, person, publisher, place or product, under its canonical name."""

    name: str
    type: str  # one of ENTITY_TYPES
    mentions: tuple[Span, ...] = ()
    parent: str | None = None  # canonical name of the parent organisation (AWS -> Amazon)
    qid: str | None = None
    link_method: str | None = None
    link_confidence: float | None = None


def clean_title(title: str) -> str:
    """A title written as a canonical one is: lower case, single spaces, no commas, colons or quotes at its ends
    ("Chief  executive," -> "chief executive"). A title no lexicon knows is its position's title so cleaned."""
    return " ".join(title.lower().replace("\u2019", "'").split()).strip(" ,;:\"'\u00ab\u00bb\u201c\u201d\u201e")


@dataclass(frozen=True)
class Role:
    """A person holding a position at an organisation, as the article states it: ``title`` as written ("vd:n",
    "Amazonchefen", "chief executive"), ``canonical`` the one title of that role in any language ("chief executive
    officer", "chief"; ``kg.extract.lang.Lang.canonical_title``), empty where no lexicon was asked."""

    person: str
    org: str
    title: str
    span: Span | None = None
    canonical: str = ""

    @property
    def position_title(self) -> str:
        """The position's title: the canonical one, else the title as written, cleaned."""
        return self.canonical or clean_title(self.title)


@dataclass(frozen=True)
class Claim:
    """One source saying one thing about an organisation."""

    kind: str  # one of CLAIM_KINDS
    org: str
    quote: str
    start: int
    end: int
    quantity: Quantity | None = None
    when: TimeRef | None = None
    modality: str = "reported"
    polarity: str | None = None  # stances only
    object: str | None = None  # cause: AI, bureaucracy, culture, costs, ...; store_closure: the chain
    segment: str | None = None  # workforce or cuts scope: corporate, office, total, a country
    speaker: str | None = None  # canonical name of the person or organisation it is attributed to
    source_cited: str | None = None  # an outlet the article cites ("skriver New York Times")
    aggregate: str | None = None  # "total" (several rounds, or all of a plan), "change" (a difference), "part" (of a
    # round, which part unsaid); else a level
    confidence: float | None = None  # 0..1: how strong the evidence is (kg.extract.confidence)
    # where its time comes from: "stated" (the text states it), "context" (the time of the sentence before, or
    # of the line a list hangs from), "mention" (when cuts already known were spoken of: "said on Monday that the
    # 2,000 jobs"), "horizon" (a date by which something is to be done), "counted" (a horizon counted from the
    # article's date: "over the next two years"), "beyond" (a horizon the round runs past: only a part of it is
    # done by then) or "article" (the text gives none: the article's date)
    timing: str | None = None
    told: TimeRef | None = None  # a plan dated by its horizon: when the text says it was announced or agreed
    third_party: bool = False  # the word of a union, analysts, critics... ("laut der Gewerkschaft"), not the company's


@dataclass
class Extraction:
    """What the extractor found in one article."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


@dataclass(frozen=True)
class Announcement:
    """An event that claims from one or more sources are about."""

    org: str
    kind: str
    when: TimeRef | None
    claims: tuple[str, ...]  # claim IRIs
    reason: str  # why these claims were merged
    group: str | None = None  # statement (announced, planned, reported, expected, rumoured) or denial
    object: str | None = None  # what a stance or closure is about, when the announcement is about one
    placements: tuple[Placement, ...] = ()  # how each claim came onto it, with the facts the queries compare


@dataclass(frozen=True)
class Side:
    """Claims of one topic that agree: one side of a possible disagreement (kg.contradictions.base)."""

    claims: tuple[str, ...]  # claim IRIs, the one shown first
    articles: tuple[str, ...]  # the distinct articles, sorted
    low: float | None = None  # a figure: the values all its claims allow
    high: float | None = None  # None: unbounded above
    start_day: int | None = None  # a time: the days all its claims allow, since 1970-01-01
    end_day: int | None = None
    label: str = ""  # what it says, as shown in an explanation
    role: str = "stated"  # stated; implied (worked out from other figures); outlook or round (outlooks)
    scopes: tuple[str, ...] = ()  # the segments its claims state; none: the text leaves the scope open
    confidence: float = 0.0  # its surest claim's
    firm: bool = False  # one of its claims is a direct statement (not rumoured or expected)
    placed_by_time: bool = False  # one of its claims came onto the announcement by its own time
    speakers: tuple[str, ...] = ()
    third_party: bool = False  # all its claims are a third party's word (a union's, analysts'), none the company's
    polarity: str | None = None
    precision: str | None = None  # times: the finest precision among its claims
    companion: str | None = None  # an implied figure: the claim it was worked out with (the percent beside a count)
    against: tuple[int, ...] = ()  # the topic's sides (their places in it) its query sets this one against


@dataclass(frozen=True)
class Topic:
    """One question the sources answer, which one contradiction kind compares the positions on."""

    kind: str  # the contradiction kind (queries/contradiction-<kind>.rq)
    key: str  # what distinguishes it among the kind's topics of one announcement or organisation
    org: str
    label: str  # what it is about, as shown in an explanation ("job_cuts count 2025-10")
    positions: tuple[Side, ...]
    announcement: int | None = None  # index of its announcement in Resolution.announcements, if it has one
    note: str = ""  # how what its positions say was made comparable (scope, aggregate, how claims were joined)
    firm: bool = True  # its positions surely answer the same question (the kind's rule; severity uses it)


@dataclass(frozen=True)
class Placement:
    """One claim on its announcement: why it was placed there, and its figure and time made comparable."""

    claim: str  # claim IRI
    article: str  # article id
    basis: str  # founder, time-window, only-candidate, same-figure, same-article, article-date, leaked
    unit: str | None = None
    low: float | None = None  # the figure's interval after the approximation rule
    high: float | None = None  # None: unbounded above
    scope: str = "unspecified"  # the claim's segment, or unspecified
    start_day: int | None = None  # the time the claim is about (its own, else its article's date),
    end_day: int | None = None  # as days since 1970-01-01
    details: ClaimDetails | None = None  # what the contradiction queries show of the claim


@dataclass(frozen=True)
class ClaimDetails:
    """Facts of a claim and its article, copied beside its placement so that the queries read one graph."""

    quote: str
    source: str  # the article's publisher, else its id
    published: str | None = None  # the article's date (ISO day, month or year)
    when: str | None = None  # the claim's own time, as stated
    precision: str | None = None
    polarity: str | None = None
    object: str | None = None
    speaker: str | None = None  # name of whom the claim is attributed to
    cited: str | None = None  # name of the source the article cites
    value: float | None = None  # the figure as stated, before the approximation rule
    low: float | None = None
    high: float | None = None
    approx: bool = False
    bound: str | None = None


@dataclass(frozen=True)
class Resolution:
    """What event resolution makes of the claims in a store: the announcements, and the topics the
    contradiction kinds compare."""

    announcements: tuple[Announcement, ...]
    topics: tuple[Topic, ...] = ()


@dataclass
class Outcome:
    """What a build did with one input (``kg.prepare``, ``kg.pipeline``)."""

    source: str
    status: str  # written, replaced, unchanged, skipped
    article_id: str | None = None
    reason: str = ""
    claims: int = 0
    quads: int = 0
    extraction: Extraction | None = None
    rows: dict[str, dict] | None = None  # its claims as resolution reads them (``kg.resolve.claim_rows``)
