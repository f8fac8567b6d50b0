"""Map records to RDF quads. The only module that mints IRIs; the same input always gives the same IRIs.
An organisation's IRI and name leave out its legal form (``org_name``): "Acme Corp" and "Acme" are one.

Layout: one named graph per article (``graph_iri(article.id)``) holds everything the article asserts:
the article node and its provenance, the entities it mentions and their mentions, positions, claims
and their quantities. Event resolution writes announcements to ``RESOLUTION_GRAPH``; each announcement and
topic carries its organisation's key (``nkg:orgKey``), by which one organisation's part is found and rewritten.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad

from kg import EXTRACTOR_VERSION
from kg.lexicon import legal_forms
from kg.orgkeys import identity
from kg.records import (
    Announcement,
    Article,
    Claim,
    ClaimDetails,
    Entity,
    Extraction,
    Placement,
    Quantity,
    Resolution,
    Role,
    TimeRef,
    Topic,
    date_precision,
)
from kg.resources import queries_dir

BASE = "https://w3id.org/news-kg/"
NKG = BASE + "ontology#"
ID = BASE + "id/"
GRAPH = BASE + "graph/"
RESOLUTION_GRAPH = NamedNode(GRAPH + "resolution")
# What resolution read of each organisation's claims, per article (kg.resolve): an incremental resolution reads
# these instead of the article graphs of every article of the organisations it touches.
INPUTS_GRAPH = NamedNode(GRAPH + "resolution-inputs")
WD = "http://www.wikidata.org/entity/"

SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"

PREFIXES = {"nkg": NKG, "schema": SCHEMA, "prov": PROV, "org": ORG, "rdf": RDF, "rdfs": RDFS,
            "owl": OWL, "xsd": XSD, "wd": WD, "nkgid": ID}
# The prefixes Turtle and TriG are written with: not nkgid, whose local names ("article/x") hold slashes
# that Turtle would have to escape ("nkgid:article\/x"); those IRIs are written whole.
TURTLE_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "nkgid"}

TYPE = NamedNode(RDF + "type")
# The classes of each entity type: our own and schema.org's, so that ``?o a schema:Organization`` finds them too.
CLASSES_OF_ENTITY = {
    "organization": (NKG + "Organization", SCHEMA + "Organization"),
    "publisher": (NKG + "Publisher", NKG + "Organization", SCHEMA + "Organization"),
    "person": (NKG + "Person", SCHEMA + "Person"),
    "place": (NKG + "Place", SCHEMA + "Place"),
    "product": (NKG + "Product", SCHEMA + "Brand"),
}
# The announcement class for each claim kind.
ANNOUNCEMENT_CLASS = {"job_cuts": "JobCuts", "store_closure": "StoreClosure", "revenue": "FinancialResult",
                      "profit": "FinancialResult", "net_income": "FinancialResult", "investment": "Investment",
                      "layoff_outlook": "Plan", "workforce": "Statement", "cause": "Statement",
                      "notice_period": "JobCuts"}


@cache  # a term is immutable: each is made once, not for every quad
def nkg(local: str) -> NamedNode:
    return NamedNode(NKG + local)


@cache
def _ns(prefix: str, local: str) -> NamedNode:
    return NamedNode(PREFIXES[prefix] + local)


def slug(name: str) -> str:
    """A readable, stable IRI segment for a name: ``Amazon.com`` -> ``amazon-com``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if not s:  # a name with no Latin letters: fall back to a hash
        s = "x" + hashlib.sha1(name.encode()).hexdigest()[:12]
    return s


@cache
def legal_form_keys() -> frozenset[str]:
    """The lexicons' legal forms (kg.lexicon.legal_forms), lower-cased and without dots: what ends an organisation's
    name; not the plain nouns among them ("The Company"), nor a holding's word ("Acme Holdings")."""
    return frozenset(w.replace(".", "").lower() for w in legal_forms())


@lru_cache(maxsize=2**14)  # the same names recur in article after article
def org_name(name: str) -> str:
    """An organisation's name without its legal form, so that ``Acme Corp``, ``Acme Corp.`` and ``Acme`` are one
    organisation: ``Banco Santander, S.A.`` -> ``Banco Santander``; a name that is only a legal form stays."""
    words, forms = name.split(), legal_form_keys()
    while len(words) > 1 and words[-1].strip(".,()").replace(".", "").lower() in forms:
        words.pop()
    return " ".join(words).rstrip(" ,&") or name


def _id_segment(article_id: str) -> str:
    return quote(article_id, safe="-._~")


def article_iri(article_id: str) -> NamedNode:
    return NamedNode(f"{ID}article/{_id_segment(article_id)}")


def graph_iri(article_id: str) -> NamedNode:
    return NamedNode(f"{GRAPH}article/{_id_segment(article_id)}")


def inputs_iri(key: str, article_id: str) -> NamedNode:
    """The node holding what resolution read of one article's claims about the organisation of ``key``."""
    return NamedNode(f"{ID}resolution-input/{quote(key, safe='')}/{_id_segment(article_id)}")


@lru_cache(maxsize=2**14)
def entity_iri(name: str, type_: str) -> NamedNode:
    """An organisation's or publisher's IRI does not depend on its legal form (``org_name``)."""
    kind = {"publisher": "organization"}.get(type_, type_)
    return NamedNode(f"{ID}{kind}/{slug(org_name(name) if kind == 'organization' else name)}")


def claim_iri(article_id: str, claim: Claim, dated: bool = False) -> NamedNode:
    """Its article, kind, organisation, quote, object, polarity and figure; ``dated``: its time too, for the second of
    two claims that share all these (one sentence telling two rounds of one size: "another 500 jobs, after 500 cuts
    announced in November")."""
    q = claim.quantity
    key = "|".join(str(x) for x in (claim.kind, org_name(claim.org), claim.start, claim.end, claim.object, claim.polarity,
                                      q and q.unit, q and q.value, q and q.low, q and q.high))
    if dated and claim.when is not None:
        key += f"|{claim.when.value}"
    return NamedNode(f"{ID}claim/{_id_segment(article_id)}/{hashlib.sha1(key.encode()).hexdigest()[:12]}")


def announcement_iri(org: str, kind: str, when: TimeRef | None, n: int = 0, group: str | None = None,
                     object_: str | None = None) -> NamedNode:
    """``.../announcement/amazon/job_cuts/2025-10[/denial][/ai][/1]``: statements carry no group segment."""
    stamp = when.value if when else "undated"
    extra = "".join(f"/{slug(x)}" for x in (group if group and group != "statement" else None, object_) if x)
    return NamedNode(f"{ID}announcement/{slug(org_name(org))}/{kind}/{stamp}{extra}" + (f"/{n}" if n else ""))


@cache
def _xsd(local: str) -> NamedNode:
    return NamedNode(XSD + local)


def date_literal(value: str) -> Literal:
    """An ISO date, month or year as xsd:date, xsd:gYearMonth or xsd:gYear."""
    datatype = {"day": "date", "month": "gYearMonth", "year": "gYear"}.get(date_precision(value), "string")
    return Literal(value, datatype=_xsd(datatype))


def _dec(x: float) -> Literal:
    text = format(Decimal(repr(float(x))).normalize(), "f")
    return Literal(text, datatype=_xsd("decimal"))


def _int(x: int) -> Literal:
    return Literal(str(int(x)), datatype=_xsd("integer"))


def _date(value: str) -> Literal:
    return Literal(value, datatype=_xsd("date"))


def _str(value: str) -> Literal:
    return Literal(value)


def _bool(value: bool) -> Literal:
    return Literal("true" if value else "false", datatype=_xsd("boolean"))


class GraphQuads:
    """The quads of one named graph, collected as they are added (a None object adds nothing) as triples of terms.

    Iterating gives ``Quad`` objects, made then: pyoxigraph makes one whose object is a literal in about 10 µs (an
    article has about 70, its resolution about 70 more), and a build's workers only index the triples and write
    them (``nquads``, ``ntriples``).
    """

    __slots__ = ("graph", "triples")

    def __init__(self, graph: NamedNode):
        self.graph = graph
        self.triples: list[tuple] = []

    def add(self, s, p, o) -> None:
        if o is not None:
            self.triples.append((s, p, o))

    def __iter__(self) -> Iterator[Quad]:
        g = self.graph
        return (Quad(s, p, o, g) for s, p, o in self.triples)

    def __len__(self) -> int:
        return len(self.triples)

    def quads(self) -> list[Quad]:
        return list(self)

    def nquads(self) -> bytes:
        """The quads as N-Quads, as ``serialize(quads, format=RdfFormat.N_QUADS)`` writes them: each term in its own
        N-Triples form, pyoxigraph's ``str`` (which escapes literals as N-Quads requires)."""
        g = str(self.graph)
        return "".join([f"{s} {p} {o} {g} .\n" for s, p, o in self.triples]).encode()

    def ntriples(self) -> bytes:
        """The triples as N-Triples, as ``serialize(triples, format=RdfFormat.N_TRIPLES)`` writes them."""
        return "".join([f"{s} {p} {o} .\n" for s, p, o in self.triples]).encode()


def time_of(published: str) -> TimeRef:
    return TimeRef(published, date_precision(published))


def article_quads(extraction: Extraction) -> list[Quad]:
    """All quads of one article's named graph."""
    return article_graph(extraction).quads()


def article_graph(extraction: Extraction) -> GraphQuads:
    """One article's named graph (``article_quads``), its quads not made yet."""
    article = extraction.article
    w = GraphQuads(graph_iri(article.id))
    a = article_iri(article.id)
    _article(w, a, article)
    for entity in extraction.entities:
        _entity(w, a, entity)
    titles: dict[NamedNode, str] = {}
    for role in extraction.roles:
        _role(w, role, titles)
    types = {e.name: e.type for e in extraction.entities}
    taken: set[NamedNode] = set()
    for claim in extraction.claims:
        c = claim_iri(article.id, claim)
        c = claim_iri(article.id, claim, dated=True) if c in taken else c
        taken.add(c)
        _claim(w, a, c, claim, types)
    return w


def _article(w: GraphQuads, a: NamedNode, article: Article) -> None:
    w.add(a, TYPE, nkg("Article"))
    w.add(a, TYPE, _ns("schema", "NewsArticle"))
    w.add(a, _ns("schema", "identifier"), _str(article.id))
    w.add(a, nkg("graph"), graph_iri(article.id))
    w.add(a, nkg("contentHash"), _str(article.content_hash))
    w.add(a, nkg("textLength"), _int(len(article.text)))
    w.add(a, nkg("extractorVersion"), _str(EXTRACTOR_VERSION))
    if article.url:
        w.add(a, _ns("schema", "url"), _str(article.url))
    if article.title:
        w.add(a, _ns("schema", "headline"), _str(article.title))
    if article.language:
        w.add(a, _ns("schema", "inLanguage"), _str(article.language))
    if article.published:
        w.add(a, _ns("schema", "datePublished"), date_literal(article.published))
        start, end = time_of(article.published).interval
        w.add(a, nkg("publishedStart"), _date(start))
        w.add(a, nkg("publishedEnd"), _date(end))
    if article.publisher:
        p = entity_iri(article.publisher, "publisher")
        w.add(a, _ns("schema", "publisher"), p)
        _entity(w, a, Entity(article.publisher, "publisher"))
    if article.author:
        p = entity_iri(article.author, "person")
        w.add(a, _ns("schema", "author"), p)
        _entity(w, a, Entity(article.author, "person"))


def _entity(w: GraphQuads, a: NamedNode, entity: Entity) -> None:
    e = entity_iri(entity.name, entity.type)
    name = org_name(entity.name) if entity.type in ("organization", "publisher") else entity.name
    _typed(w, e, entity.type)
    w.add(e, _ns("schema", "name"), _str(name))
    w.add(e, _ns("rdfs", "label"), _str(name))
    if entity.parent:
        parent = entity_iri(entity.parent, "organization")
        _typed(w, parent, "organization")
        w.add(parent, _ns("schema", "name"), _str(org_name(entity.parent)))
        w.add(parent, _ns("rdfs", "label"), _str(org_name(entity.parent)))
        w.add(e, _ns("org", "subOrganizationOf"), parent)
    if entity.qid:
        w.add(e, _ns("owl", "sameAs"), NamedNode(WD + entity.qid))
        link = NamedNode(f"{e.value}/wikidata")
        w.add(e, nkg("wikidataLink"), link)
        w.add(link, TYPE, nkg("WikidataLink"))
        w.add(link, nkg("qid"), _str(entity.qid))
        w.add(link, nkg("linkMethod"), _str(entity.link_method or "offline-table"))
        w.add(link, nkg("linkConfidence"), _dec(entity.link_confidence if entity.link_confidence is not None else 1.0))
    for span in entity.mentions:
        m = NamedNode(f"{a.value}/mention/{span.start}-{span.end}")
        w.add(e, nkg("mention"), m)
        w.add(m, TYPE, nkg("Mention"))
        w.add(m, nkg("surface"), _str(span.text))
        w.add(m, nkg("start"), _int(span.start))
        w.add(m, nkg("end"), _int(span.end))
        w.add(m, nkg("inArticle"), a)


def _typed(w: GraphQuads, node: NamedNode, entity_type: str) -> None:
    for cls in CLASSES_OF_ENTITY[entity_type]:
        w.add(node, TYPE, NamedNode(cls))


def _role(w: GraphQuads, role: Role, titles: dict[NamedNode, str]) -> None:
    """A position: one per person, organisation and canonical title ("CEO" and "chief executive" are one position,
    titled "chief executive officer"), with every title the article wrote for it in ``nkg:titleAsWritten``."""
    person, org = entity_iri(role.person, "person"), entity_iri(role.org, "organization")
    r = NamedNode(f"{ID}position/{slug(role.person)}/{slug(org_name(role.org))}/{slug(role.position_title)}")
    w.add(r, TYPE, nkg("Position"))
    w.add(r, TYPE, _ns("org", "Membership"))
    w.add(r, _ns("org", "member"), person)
    w.add(r, _ns("org", "organization"), org)
    # one title per position, also where two titles no lexicon knows share a slug ("senior vp, europe", "senior vp europe")
    w.add(r, nkg("title"), _str(titles.setdefault(r, role.position_title)))
    w.add(r, nkg("titleAsWritten"), _str(role.title))
    w.add(person, _ns("org", "memberOf"), org)


def _time(w: GraphQuads, node: NamedNode, when: TimeRef | None) -> None:
    if when is None:
        return
    start, end = when.interval
    w.add(node, nkg("when"), _str(when.value))
    w.add(node, nkg("timePrecision"), _str(when.precision))
    w.add(node, nkg("timeStart"), _date(start))
    w.add(node, nkg("timeEnd"), _date(end))


def _quantity(w: GraphQuads, node: NamedNode, q: Quantity) -> None:
    w.add(node, TYPE, nkg("Quantity"))
    w.add(node, nkg("unit"), _str(q.unit))
    w.add(node, nkg("approximate"), _bool(q.approx))
    for prop in ("value", "low", "high"):
        if getattr(q, prop) is not None:
            w.add(node, nkg(prop), _dec(getattr(q, prop)))
    if q.bound:
        w.add(node, nkg("bound"), _str(q.bound))


def _claim(w: GraphQuads, a: NamedNode, c: NamedNode, claim: Claim, types: dict[str, str]) -> None:
    w.add(c, TYPE, nkg("Claim"))
    w.add(c, nkg("kind"), _str(claim.kind))
    w.add(c, nkg("organization"), entity_iri(claim.org, "organization"))
    w.add(c, nkg("modality"), _str(claim.modality))
    w.add(c, nkg("quote"), _str(claim.quote))
    w.add(c, nkg("start"), _int(claim.start))
    w.add(c, nkg("end"), _int(claim.end))
    w.add(c, _ns("prov", "wasDerivedFrom"), a)
    if claim.polarity:
        w.add(c, nkg("polarity"), _str(claim.polarity))
    if claim.object:
        w.add(c, nkg("object"), _str(claim.object))
    if claim.segment:
        w.add(c, nkg("segment"), _str(claim.segment))
    if claim.aggregate:
        w.add(c, nkg("aggregate"), _str(claim.aggregate))
    if claim.confidence is not None:
        w.add(c, nkg("confidence"), _dec(claim.confidence))
    if claim.timing:
        w.add(c, nkg("timing"), _str(claim.timing))
    if claim.told:
        w.add(c, nkg("toldWhen"), _str(claim.told.value))
        w.add(c, nkg("toldPrecision"), _str(claim.told.precision))
    if claim.speaker:
        w.add(c, _ns("prov", "wasAttributedTo"), entity_iri(claim.speaker, types.get(claim.speaker, "person")))
    if claim.source_cited:
        w.add(c, nkg("sourceCited"), entity_iri(claim.source_cited, "publisher"))
    if claim.third_party:
        w.add(c, nkg("thirdParty"), _bool(True))
    if claim.quantity:
        q = NamedNode(c.value + "/quantity")
        w.add(c, nkg("quantity"), q)
        _quantity(w, q, claim.quantity)
    _time(w, c, claim.when)


_SOURCES = ("resolve.py", "mapping.py", "records.py", "orgkeys.py", "link/names.py", "contradictions")


def resolver_version() -> str:
    """A digest of the code (and the contradiction queries) that turns the inputs into the resolution graph:
    inputs stored by another version may not give back the resolution stored beside them, so they are not
    used."""
    global _resolver_version
    if _resolver_version is None:
        root, digest = Path(__file__).parent, hashlib.sha256()  # kg/
        for name in _SOURCES:
            for path in sorted((root / name).glob("*.py")) if (root / name).is_dir() else [root / name]:
                digest.update(path.name.encode() + b"\0" + path.read_bytes())
        for path in sorted(queries_dir().glob("contradiction-*.rq")):  # they make the rows written on the topics
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        _resolver_version = digest.hexdigest()[:16]
    return _resolver_version


_resolver_version: str | None = None


def resolution_quads(resolution: Resolution) -> Iterator[Quad]:
    """The resolution graph: announcements, the claims about them and why they were merged, and the topics
    (with their positions: claims that agree) the contradiction queries compare (kg.resolve adds the rows
    those give on each, ``nkg:contradictionRows``).

    Each placed claim also gets, in this graph only, the facts the queries compare and show: its article,
    how it was placed, its unit, its interval after the approximation rule, its scope and the days its
    time covers.
    """
    for item in resolution_items(resolution):  # an item at a time: the graph is never held whole
        yield from item.quads()


class Item(NamedTuple):
    """An announcement or a topic of a resolution: its node, a digest of what its quads are made of (two items
    with the same node and digest have the same quads; the node carries it as nkg:itemDigest) and a function
    giving its quads (``GraphQuads``); for a topic, also one giving what its kind's query reads beside them (the
    rows of kg.contradictions.rows_by_topic)."""

    node: NamedNode
    digest: str
    quads: Callable[[], GraphQuads]
    reads: Callable[[], GraphQuads] | None = None


def resolution_items(resolution: Resolution) -> Iterator[Item]:
    """The resolution's items, an announcement or a topic each (``Item``).

    An item's quads are its own: their subject is its node, a claim placed on it (announcements) or one of
    its sides (topics), so the quads that changed between two resolutions are those of the items that did.
    """
    seen: dict[str, int] = {}
    nodes: list[NamedNode] = []
    for ann in resolution.announcements:
        base = announcement_iri(ann.org, ann.kind, ann.when, group=ann.group, object_=ann.object)
        n = seen.get(base.value, 0)
        seen[base.value] = n + 1
        node = announcement_iri(ann.org, ann.kind, ann.when, n, group=ann.group, object_=ann.object)
        nodes.append(node)
        digest = item_digest(node, (ann,))
        yield Item(node, digest, partial(_item, digest, _announcement, node, ann, identity(ann.org)))
    placed = {p.claim: (p, ann.kind) for ann in resolution.announcements for p in ann.placements}
    keys: dict[str, int] = {}
    for topic in resolution.topics:
        announcement = nodes[topic.announcement] if topic.announcement is not None else None
        node = _topic_node(topic, announcement, keys)
        when = resolution.announcements[topic.announcement].when if announcement is not None else None
        shown = tuple(placed[c] for side in topic.positions for c in (side.claims[0], side.companion) if c in placed)
        # the rows written on the topic are made of it and of what its query reads: its announcement's time and
        # the claims its sides show
        digest = item_digest(node, (announcement, when, replace(topic, announcement=None), shown))
        yield Item(node, digest, partial(_item, digest, _topic, node, topic, announcement, identity(topic.org)),
                   partial(_topic_reads, announcement, when, shown))


def _topic_reads(announcement: NamedNode | None, when: TimeRef | None, shown: tuple[tuple[Placement, str], ...]
                 ) -> GraphQuads:
    """What a topic's query reads beside the topic: its announcement's time and the claims its sides show, as
    placed on announcements of a kind (quads of those announcements)."""
    w = GraphQuads(RESOLUTION_GRAPH)
    if announcement is not None:
        _time(w, announcement, when)
    for p, kind in shown:
        _placement(w, p, kind)
    return w


def item_digest(node: NamedNode, makings: tuple) -> str:
    """A digest of what an item's quads are made of (frozen records, whose repr is their content)."""
    return hashlib.blake2b(repr((node, makings)).encode(), digest_size=12).hexdigest()


def _item(digest: str, make, node: NamedNode, *args) -> GraphQuads:
    w = GraphQuads(RESOLUTION_GRAPH)
    make(w, node, *args)
    w.add(node, nkg("itemDigest"), _str(digest))
    return w


def _announcement(w: GraphQuads, node: NamedNode, ann: Announcement, key: str) -> None:
    w.add(node, TYPE, nkg("Announcement"))
    w.add(node, TYPE, nkg(ANNOUNCEMENT_CLASS.get(ann.kind, "Statement")))
    w.add(node, nkg("kind"), _str(ann.kind))
    w.add(node, nkg("organization"), entity_iri(ann.org, "organization"))
    w.add(node, nkg("orgName"), _str(org_name(ann.org)))
    w.add(node, nkg("orgKey"), _str(key))
    w.add(node, nkg("resolutionReason"), _str(ann.reason))
    w.add(node, nkg("timelineKey"), timeline_key(ann.kind, ann.when))
    for unit in sorted({p.unit for p in ann.placements if p.unit}):
        w.add(node, nkg("figureKey"), figure_key(ann.kind, ann.when, unit))
    if ann.group:
        w.add(node, nkg("modalityGroup"), _str(ann.group))
    if ann.object:
        w.add(node, nkg("object"), _str(ann.object))
    _time(w, node, ann.when)
    for claim in ann.claims:
        w.add(NamedNode(claim), nkg("about"), node)
    for p in ann.placements:
        _placement(w, p, ann.kind)


def _placement(w: GraphQuads, p: Placement, kind: str) -> None:
    """A claim as placed on an announcement of this kind: what the queries compare and show of it."""
    c = NamedNode(p.claim)
    w.add(c, nkg("fromArticle"), article_iri(p.article))
    w.add(c, nkg("resolvedBy"), _str(p.basis))
    w.add(c, nkg("scope"), _str(p.scope))
    if p.unit:
        w.add(c, nkg("figureUnit"), _str(p.unit))
    if p.low is not None:
        w.add(c, nkg("intervalLow"), _dec(p.low))
    if p.high is not None:
        w.add(c, nkg("intervalHigh"), _dec(p.high))
    if p.start_day is not None:
        w.add(c, nkg("startDay"), _int(p.start_day))
        w.add(c, nkg("endDay"), _int(p.end_day))
    if p.details:
        _details(w, c, p.article, p.details)
        _claim_keys(w, c, kind, p)


_KIND_LETTERS = "_abcdefghijklmnopqrstuvwxyz"  # in code point order
_UNDATED_DAY = 10**8  # after every day's number
_UNITS = 26**3 + 4  # ranks of units: ISO 4217 codes (uppercase, so first), then count, days, percent


def _kind_code(kind: str, letters: int) -> int:
    """The kind's first ``letters`` letters as base-28 digits (a kind is a lowercase word: "_" sorts before "a",
    and its end, 0, before either)."""
    code = 0
    for letter in kind[:letters].ljust(letters, "\0"):
        code = code * 28 + _KIND_LETTERS.find(letter) + 1
    return code


def _day(when: TimeRef | None) -> int:
    return date.fromisoformat(when.interval[0]).toordinal() if when is not None else _UNDATED_DAY


def timeline_key(kind: str, when: TimeRef | None) -> Literal:
    """A number that sorts announcements as the timeline lists them: dated first by their first day, then by
    kind (undated ones last, by kind). The day's number (``date.toordinal``) is its whole part, the kind's first
    12 letters are base-28 digits after the point. A number, not a string: Oxigraph keeps it inside the index,
    so sorting every announcement reads no text from disk (a string key made the timeline's first page slower,
    not faster)."""
    # 18 decimal places (Oxigraph's): one step of the code (28**-12, 4.3e-18) is still more than one of them
    return _decimal(_day(when), (_kind_code(kind, 12) * 10**18 + 28**12 // 2) // 28**12)


def figure_key(kind: str, when: TimeRef | None, unit: str) -> Literal:
    """A number for an announcement's figures in one unit, in the order the figures query lists them (time, kind,
    unit) as far as the kind's first 9 letters tell: the day's number, then the kind's letters and the unit's
    rank after the point. One for each unit, so the announcement has as many as the query has rows."""
    if re.fullmatch(r"[A-Z]{3}", unit):
        rank = (ord(unit[0]) - 65) * 676 + (ord(unit[1]) - 65) * 26 + ord(unit[2]) - 65
    else:  # the shapes allow no other unit; one would sort before count
        rank = 26**3 + 1 + ("count", "days", "percent").index(unit) if unit in ("count", "days", "percent") else 26**3
    return _decimal(_day(when), _kind_code(kind, 9) * _UNITS + rank)


def _claim_keys(w: GraphQuads, c: NamedNode, kind: str, p) -> None:
    """Beside a placed claim, the number the job-cuts and cause-statements queries cut a page on: a count of job
    cuts (of an article with a date) its value, a cause the day of its own time, else of its article's date
    (undated last)."""
    d = p.details
    if kind == "job_cuts" and p.unit == "count" and d.value is not None and d.published:
        w.add(c, nkg("jobCutsKey"), _dec(d.value))
    if kind == "cause" and d.object:
        when = TimeRef(d.when, d.precision) if d.when else time_of(d.published) if d.published else None
        w.add(c, nkg("causeKey"), _int(_day(when)))


def _decimal(whole: int, fraction: int) -> Literal:
    return Literal(f"{whole}.{fraction:018d}", datatype=_xsd("decimal"))


def _topic_node(t: Topic, announcement: NamedNode | None, keys: dict[str, int]) -> NamedNode:
    """A topic's IRI: its kind, organisation, announcement and key, numbered when another has them too."""
    base = f"{ID}topic/{t.kind}/{slug(org_name(t.org))}/" + (quote(announcement.value.rsplit('/', 1)[-1], safe='-')
                                                  if announcement else "org") + f"/{quote(t.key, safe='-')}"
    n = keys.get(base, 0)
    keys[base] = n + 1
    return NamedNode(base + (f"-{n}" if n else ""))


def _topic(w: GraphQuads, node: NamedNode, t: Topic, announcement: NamedNode | None, key: str) -> None:
    """A topic of one contradiction kind and its positions (typed nkg:<Kind>Side, e.g. NumericSide)."""
    w.add(node, TYPE, nkg("Topic"))
    w.add(node, nkg("contradictionKind"), _str(t.kind))
    w.add(node, nkg("organization"), entity_iri(t.org, "organization"))
    w.add(node, nkg("orgName"), _str(org_name(t.org)))
    w.add(node, nkg("orgKey"), _str(key))
    w.add(node, nkg("topicLabel"), _str(t.label))
    w.add(node, nkg("topicNote"), _str(t.note))
    w.add(node, nkg("firm"), _bool(t.firm))
    if announcement is not None:
        w.add(node, nkg("announcement"), announcement)
    kind_class = nkg(t.kind[:1].upper() + t.kind[1:] + "Side")
    for i, p in enumerate(t.positions):
        pos = NamedNode(f"{node.value}/{i}")
        w.add(pos, TYPE, nkg("Side"))
        w.add(pos, TYPE, kind_class)
        w.add(pos, nkg("topic"), node)
        w.add(pos, nkg("representative"), NamedNode(p.claims[0]))
        for claim in p.claims:
            w.add(pos, nkg("statedBy"), NamedNode(claim))
        w.add(pos, nkg("articleIds"), _str(" ".join(p.articles)))
        w.add(pos, nkg("articleCount"), _int(len(p.articles)))
        w.add(pos, nkg("sideLabel"), _str(p.label))
        w.add(pos, nkg("sideRole"), _str(p.role))
        w.add(pos, nkg("scopes"), _str(" | ".join(p.scopes)))
        w.add(pos, nkg("confidence"), _dec(p.confidence))
        w.add(pos, nkg("firm"), _bool(p.firm))
        w.add(pos, nkg("placedByTime"), _bool(p.placed_by_time))
        w.add(pos, nkg("speakerNames"), _str(" | ".join(p.speakers)))
        optional = {"intervalLow": p.low is not None and _dec(p.low), "intervalHigh": p.high is not None and _dec(p.high),
                    "startDay": p.start_day is not None and _int(p.start_day),
                    "endDay": p.end_day is not None and _int(p.end_day),
                    "statedPolarity": p.polarity and _str(p.polarity), "statedPrecision": p.precision and _str(p.precision),
                    "companion": p.companion and NamedNode(p.companion), "thirdParty": p.third_party and _bool(True)}
        for prop, term in optional.items():
            w.add(pos, nkg(prop), term or None)
        for j in p.against:
            w.add(pos, nkg("against"), NamedNode(f"{node.value}/{j}"))


def _details(w: GraphQuads, c: NamedNode, article_id: str, d: ClaimDetails) -> None:
    """What the contradiction queries show of a placed claim, copied from its article's graph."""
    w.add(c, nkg("articleId"), _str(article_id))
    w.add(c, nkg("sourceName"), _str(d.source))
    w.add(c, nkg("quoteText"), _str(d.quote))
    w.add(c, nkg("statedApprox"), _bool(d.approx))
    optional = {"articleDate": d.published and date_literal(d.published), "statedWhen": d.when and _str(d.when),
                "statedPrecision": d.precision and _str(d.precision), "statedPolarity": d.polarity and _str(d.polarity),
                "statedObject": d.object and _str(d.object), "speakerName": d.speaker and _str(d.speaker),
                "citedName": d.cited and _str(d.cited), "statedBound": d.bound and _str(d.bound)}
    for prop, term in optional.items():
        w.add(c, nkg(prop), term or None)
    for prop, x in (("statedValue", d.value), ("statedLow", d.low), ("statedHigh", d.high)):
        if x is not None:
            w.add(c, nkg(prop), _dec(x))
