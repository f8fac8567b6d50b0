"""Figures in a change: "from" the level before, "to" the level after, or "by" the difference.

"cut its workforce from 5,000 to 3,800", "von über 5.000 auf aktuell 3.800 geschrumpft", "desde las 17
actuales hasta 10", "headcount dropped 22%", "réduire les effectifs de 6%", "caída del 93,5 por ciento":
the preposition before a figure (``numbers.change_*``, skipping hedges, articles and words like "now") says
its part; a word of falling or rising before it (``numbers.fall``, ``numbers.rise``, or a cut) says which way.
A "from" needs its "to" in the same sentence; a "to" or a "by" needs a change word before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.doc import Doc, QuantityMention, Sentence
from kg.extract.lang import norm

WINDOW = 12  # tokens before a figure in which its change word stands
PAIR = 4  # words at most between the two ends of "from 5,000 to 3,800"


@dataclass(frozen=True)
class Role:
    part: str  # from, to, by
    falling: bool  # the change goes down (a cut, a decline)
    other: QuantityMention | None = None  # the other end of a from-to change


def change_roles(doc: Doc, sent: Sentence, quantities: list[QuantityMention]) -> dict[int, Role]:
    """The role of each figure of a sentence that takes part in a change, keyed by its start; a count of years takes
    none ("prejubilaciones a unos 900 empleados mayores de 55 años" is no change from 55 to 900)."""
    quantities = [q for q in quantities if not counts_time(doc, q)]
    words = {q.start: word_before(doc, sent, q) for q in quantities}
    lang = doc.lang
    # "desde 17 hasta 10": "hasta" is "to"; so it is where the figure is no "up to" ("cayó un 12%, hasta 870 millones")
    tos = [q for q in quantities if word_before(doc, sent, q, lang.change_to) in lang.change_to and not compared(doc, sent, q)]
    roles: dict[int, Role] = {}
    for q in quantities:
        word = words[q.start]
        if q in tos and q.quantity.bound is None:
            word = word_before(doc, sent, q, lang.change_to)
        trend = _trend(doc, sent, q)
        if q.to_next or word in lang.change_from and not compared(doc, sent, q):  # "17 to 10", "from 5,000 to 3,800",
            # "to 3,800 from 5,000"; not "à 18 millions, après un bénéfice de 4 millions": a sum compared with
            partner = _partner(doc, q, quantities, tos)
            if partner is not None:
                falling = _value(partner) < _value(q) if trend is None else trend
                roles[q.start] = Role("from", falling, partner)
                roles[partner.start] = Role("to", falling, q)
                continue
        if q.start in roles:
            continue
        level = _trend(doc, sent, q, ("fall", "rise"))  # a level changes; a cut verb takes people ("despedir a")
        if word in lang.change_to and level is not None:
            roles[q.start] = Role("to", level)
        elif trend is not None and (word in lang.change_by and not _figure_between(doc, sent, q, quantities)
                                    or _changed_right_before(doc, q)):
            roles[q.start] = Role("by", trend)
    return roles


def counts_time(doc: Doc, q: QuantityMention) -> bool:
    """A word of a span of years or months right after the count (``units.years``): it counts time."""
    k = doc.token_index(q.end)
    return k < len(doc.tokens) and doc.tokens.low[k] in doc.lang.spans


def compared(doc: Doc, sent: Sentence, q) -> bool:
    """A word of comparison ends right before the figure or time ``q`` (``time.base``: "frente a 415 millones",
    "contre 415 millions", "menos que en 2024"): what is compared with, not where a change went nor the period told."""
    return bool(doc.lang.base.search(" ".join(doc.text[sent.start:q.start].split()[-4:]) + " "))


def _value(q: QuantityMention) -> float:
    return q.quantity.value if q.quantity.value is not None else q.quantity.low


def _partner(doc: Doc, q: QuantityMention, quantities: list[QuantityMention], tos: list[QuantityMention]):
    """The "to" of a "from": the next figure of "17 to 10", else a figure of the same unit after "to" a few words
    away ("from 5,000 to 3,800", "to 3,800 from 5,000")."""
    if q.to_next:
        return next((o for o in quantities if o.start > q.start), None)
    near = [o for o in tos if o is not q and o.quantity.unit == q.quantity.unit
            and (doc.words_between(q.end, o.start) <= PAIR if o.start > q.start else doc.words_between(o.end, q.start) <= PAIR
                 and not _whole_of(doc, o, q))]
    return min(near, key=lambda o: abs(o.start - q.start), default=None)


def _whole_of(doc: Doc, part: QuantityMention, q: QuantityMention) -> bool:
    """A partitive word stands right before ``q`` after ``part``: "despedirá a 500 de sus 9.000 empleados" names a
    part and its whole, not "to 500 from 9,000"."""
    toks = doc.tokens
    starts = [toks.starts[k] for k in range(doc.token_index(part.end), doc.token_index(q.start))]
    for s in starts:
        m = doc.lang.partitive.match(doc.text, s)
        if m is not None and not doc.text[m.end():q.start].strip():
            return True
    return False


def word_before(doc: Doc, sent: Sentence, q: QuantityMention, keep=frozenset()) -> str:
    """The word before a figure, past hedges ("more than"; not those in ``keep``: "hasta" is "up to" and "to"),
    articles and words of now ("auf aktuell 3.800")."""
    toks, k = doc.tokens, doc.token_index(q.start) - 1
    skip = doc.lang.articles_and_now
    hedges = {h.j: h.i for h in doc.hits_in(sent.start, q.start, "hedge") if norm(doc.text[h.start:h.end]) not in keep}
    while k >= 0 and toks.starts[k] >= sent.start:
        if k + 1 in hedges:
            k = hedges[k + 1] - 1
        elif toks.low[k] in skip:
            k -= 1
        else:
            return toks.low[k]
    return ""


def _trend(doc: Doc, sent: Sentence, q: QuantityMention, labels=("fall", "rise", "cut")) -> bool | None:
    """Falling (True) or rising (False) by the nearest change word before the figure, None without one."""
    first = doc.tokens.starts[max(0, doc.token_index(q.start) - WINDOW)]
    words = doc.hits_in(max(sent.start, first), q.start, *labels)
    if not words:
        return None
    return words[-1].label != "rise"


def _figure_between(doc: Doc, sent: Sentence, q: QuantityMention, quantities: list[QuantityMention]) -> bool:
    """Another figure stands between the change word and this one: "supprimer un tiers de ses 3 000 postes" cuts
    the share; the second figure is the whole it is a share of, not the difference."""
    first = doc.tokens.starts[max(0, doc.token_index(q.start) - WINDOW)]
    words = doc.hits_in(max(sent.start, first), q.start, "fall", "rise", "cut")
    return bool(words) and any(words[-1].end <= o.start and o.end <= q.start for o in quantities)


def _changed_right_before(doc: Doc, q: QuantityMention) -> bool:
    """A change word right before the figure: "headcount dropped 22%", "shrunk its workforce by 1,000"."""
    k = doc.token_index(q.start)
    return k > 0 and bool(doc.hits_in(doc.tokens.starts[k - 1], q.start, "fall", "rise"))
