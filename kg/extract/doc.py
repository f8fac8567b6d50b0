"""The document the extraction components share: text, tokens, sentences, lexicon hits and found mentions."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from kg.extract.gazetteer import Known
from kg.extract.lang import Hit, Lang, Tokens
from kg.records import Article, Quantity, Role, TimeRef

SENTENCE_END = re.compile(r"[.!?…]+[\"”“’‘»«)\]]*(?=\s)|[:;](?=\s*\n)")
# a figure in brackets, alone or as a sum with its unit: "(688)", "(3.130 mdd)", "(71 milliards d'euros)", "(environ 905 M€)"
NUMBER_ASIDE = re.compile(r"\(\s*(?:[^\W\d]+\s+){0,2}[-−]?[^\w\s()]{0,3}\d[\d\s.,\u00a0\u202f'’]*[^()\n,;:\d]{0,30}\)")
CLAUSE_BREAK = re.compile(r"[,;:()]|\s[–—-]\s|[“”\"«»]")
# A few words quoted inside a clause, a lowercase word going on after the quote: no clause of their own (after a word,
# an elision, or a comma when the quote opens in lowercase: "Selon la CGT, « au moins 260 emplois » disparaîtront").
INLINE_QUOTE = re.compile(r"(?:(?<=\w )|(?<=\w['’])|(?<=['’] )|(?<=, )(?=[“\"«„]\s?[^\W\d_A-ZÀ-Þ]))([“\"«„]\s?[^\W\d][^“”\"«»„,;:.!?()]{0,40}?\s?[”\"»“])(?= [^\W\d_A-ZÀ-Þ])")
QUOTE_MARK = re.compile(r"[“\"«„]")  # what every INLINE_QUOTE opens with: a sentence without one has none
LAST_WORD = re.compile(r"(\w+)\W?$")
BULLET = re.compile(r"\s*(?:[-•*·▪]|\d+[.)])\s")
MAX_SENTENCE = 1000  # characters: a longer "sentence" (no full stop for pages) is cut, so work per sentence is bounded


EMPTY: tuple[list, list] = ([], [])


@dataclass
class Sentence:
    start: int
    end: int
    index: int
    block: int  # sentences of one block (between blank lines or headings) share context
    heading: bool = False
    bullet: bool = False
    intro: int | None = None  # the sentence ending in ":" that introduces this list item
    note: bool = False  # its line is wholly in brackets, an editor's note ("(Corrects number of job cuts ...)"), or
    # links to another story ("Read more: X to cut 600 jobs"): it tells of no news of the article
    correction: bool = False  # its line opens with a correction's label ("Correction: an earlier version said ...")
    clauses: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class QuantityMention:
    start: int
    end: int
    quantity: Quantity
    head_end: int | None = None  # end of the noun the figure counts ("14,000 jobs")
    to_next: bool = False  # "240,000 to 226,000": a change, not a range
    fraction: bool = False  # a fraction word ("half", "un tiers"), a rounded share


@dataclass
class TimeMention:
    start: int
    end: int
    time: TimeRef
    horizon: bool | str = False  # a date by which something is to be done ("by 2030"); "counted" when counted from
    # the article's date ("over the next two years": the end of the year before may be meant as well)
    results: bool = False  # the period of the results it names ("interim results"): only a result is of it


@dataclass
class EntityMention:
    start: int
    end: int
    name: str
    type: str  # organization, person, publisher, place, product


class Doc:
    """An article under analysis. Components add to it; nothing here knows about claims."""

    def __init__(self, article: Article, lang: Lang, published: TimeRef | None):
        self.article = article
        self.text = article.text
        self.lang = lang
        self.published = published
        self.tokens = Tokens(self.text)
        self._words_before = [0, *accumulate(t[0].isalpha() for t in self.tokens.raw)]  # words among the first k tokens
        toks = self.tokens
        self.hits: list[Hit] = sorted((h for h in lang.matcher.find(toks) if not (  # "in May" is no "may"
            h.label == "mod" and h.j - h.i == 1 and toks.raw[h.i][:1].isupper() and toks.low[h.i] in lang.months)),
            key=lambda h: (h.start, -h.end))
        self._hit_starts = [h.start for h in self.hits]
        self._by_label: dict[str, tuple[list[int], list[Hit]]] = {}
        for h in self.hits:
            starts, hits = self._by_label.setdefault(h.label, ([], []))
            starts.append(h.start)
            hits.append(h)
        self.sentences: list[Sentence] = segment(self.text, lang.months, lang.abbreviations, lang.correction,
                                                 lang.related)
        self._sent_starts = [s.start for s in self.sentences]
        self.quantities: list[QuantityMention] = []
        self.times: list[TimeMention] = []
        self.undated: list[tuple[int, int]] = []  # dates that cannot be placed in a year: no figures, no times
        self.undated_horizons: list[tuple[int, int]] = []  # "over the next two years" in an undated article
        self.entities: list[EntityMention] = []
        self.roles: list[Role] = []
        self.known: dict[str, Known] = {}
        self.main_org: str | None = None
        self.subsidiaries: set[str] = set()  # organisations introduced as a subsidiary ("its subsidiary X")

    # lookups -----------------------------------------------------------------------------------
    def hits_in(self, start: int, end: int, *labels: str) -> list[Hit]:
        """Lexicon hits lying inside [start, end), optionally of the given labels, in text order."""
        if len(labels) == 1:  # the most frequent call: no merging, often nothing
            starts, hits = self._by_label.get(labels[0], EMPTY)
            if not starts:
                return []
            lo = bisect_left(starts, start)
            hi = bisect_left(starts, end, lo)
            return [h for h in hits[lo:hi] if h.end <= end] if hi > lo else []
        if not labels:
            lo, hi = bisect_left(self._hit_starts, start), bisect_left(self._hit_starts, end)
            return [h for h in self.hits[lo:hi] if h.end <= end]
        found: list[Hit] = []
        for label in labels:
            starts, hits = self._by_label.get(label, EMPTY)
            lo, hi = bisect_left(starts, start), bisect_left(starts, end)
            found += [h for h in hits[lo:hi] if h.end <= end]
        if len(labels) > 1:
            found.sort(key=lambda h: (h.start, -h.end))
        return found

    def any_hit(self, start: int, end: int, *labels: str) -> bool:
        """Whether a lexicon hit of one of the labels lies inside [start, end): ``hits_in`` without building the list
        (asked of all the text before a sentence, a list would grow with the article)."""
        for label in labels:
            starts, hits = self._by_label.get(label, EMPTY)
            lo = bisect_left(starts, start)
            if any(hits[k].end <= end for k in range(lo, bisect_left(starts, end, lo))):
                return True
        return False

    def hit_at(self, i: int, label: str) -> Hit | None:
        """The first hit of ``label`` whose first token is ``i``, or None (by binary search, not a walk of the label's
        hits: asked once a verb, a walk would grow with the article)."""
        starts, hits = self._by_label.get(label, EMPTY)
        pos = self.tokens.starts[i]
        for k in range(bisect_left(starts, pos), len(starts)):
            if starts[k] != pos:
                break
            if hits[k].i == i:
                return hits[k]
        return None

    def labelled(self, *labels: str) -> list[Hit]:
        """Every lexicon hit of the given labels: those of each label in text order, one label after the other."""
        return [h for label in labels for h in self._by_label.get(label, EMPTY)[1]]

    def founding(self, t: TimeMention) -> bool:
        """The time is when a firm was founded ("Founded in 2009", "die 1987 gegründete", `time.founded`): no figure's."""
        return bool(self.lang.founded.search(self.text, max(0, t.start - 40), t.start)
                    or self.lang.founded_after.match(self.text, t.end))

    def sentence_at(self, pos: int) -> Sentence:
        return self.sentences[max(0, bisect_right(self._sent_starts, pos) - 1)]

    def relative_clause(self, pos: int) -> tuple[int, int] | None:
        """The clause at ``pos`` when it is a relative one inside its sentence ("Northvolt, which warned on Sept. 9
        that cuts were coming, said"), else None."""
        start, end = self.clause_at(pos)
        if start > self.sentence_at(pos).start and self.lang.relative.match(self.text, start):
            return start, end
        return None

    def clause_at(self, pos: int) -> tuple[int, int]:
        sent = self.sentence_at(pos)
        for start, end in sent.clauses:
            if start <= pos < end:
                return start, end
        return sent.start, sent.end

    def token_index(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect_left(self.tokens.starts, pos)

    def in_sentence(self, items, sent: Sentence):
        return self.starting_in(items, sent.start, sent.end)

    @staticmethod
    def starting_in(items, start: int, end: int):
        """The items starting in [start, end), by binary search: ``items`` is sorted by start, as the Doc's
        quantities, times and entities (and lists filtered from them) are."""
        lo = bisect_left(items, start, key=_start)
        return items[lo:bisect_left(items, end, lo, key=_start)]

    @staticmethod
    def ending_in(items, start: int, end: int):
        """The items ending in [start, end], of items sorted by start that do not overlap (so by end as well)."""
        lo = bisect_left(items, start, key=_end)
        return items[lo:bisect_right(items, end, lo, key=_end)]

    @staticmethod
    def covering(items, pos: int):
        """The item that covers ``pos``, of items sorted by start that do not overlap (times, entities), or None."""
        i = bisect_right(items, pos, key=_start)
        return items[i - 1] if i and pos < items[i - 1].end else None

    def words_between(self, start: int, end: int) -> int:
        """How many words (not digits or punctuation) lie between two offsets."""
        first, last = self.token_index(start), self.token_index(end)
        return self._words_before[last] - self._words_before[first] if last > first else 0


def _start(item) -> int:
    return item.start


def _end(item) -> int:
    return item.end


def segment(text: str, months=frozenset(), abbreviations=frozenset(), correction: re.Pattern | None = None,
            related: re.Pattern | None = None) -> list[Sentence]:
    """Split into sentences, grouped into blocks; headings and list items are marked.

    A line break starts a new sentence; a blank line or a heading (a short line without final
    punctuation) starts a new block, unless the next line continues a broken sentence (starts in
    lower case). A full stop after one of the ``abbreviations`` ends no sentence. A line wholly in brackets is an
    editor's note; one opening with an editor's ``correction`` label ("Correctie (9 oktober): ...") a correction.
    A line opening with a ``related`` story's label and a colon ("Lees ook: ...") is a note too, and so are the lines
    right under the label alone on its line ("READ MORE:"), up to a blank line or one ending in a full stop. A list
    item's ``intro`` is the line above the list that ends in a colon or is a heading ("First quarter 2026").
    """
    sentences: list[Sentence] = []
    block = 0
    intro: int | None = None
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    merged: list[list[int]] = []
    for start, end in lines:
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        blank_before = bool(merged) and text.count("\n", merged[-1][1], start) > 1
        if merged and stripped[0].islower() and _last_char(text, merged[-1][0], merged[-1][1]) not in (".", "!", "?", ":"):
            merged[-1][1] = end  # a sentence broken across lines
            continue
        merged.append([start, end, blank_before])
    previous_heading = links = False
    for start, end, blank_before in merged:
        line = text[start:end]
        lstrip = len(line) - len(line.lstrip())
        start += lstrip
        end = start + len(line.strip())
        body = text[start:end]
        heading = not body.endswith((".", "!", "?", ":", "”", "\"", "’", "»", ")")) and len(body) < 120
        bullet = bool(BULLET.match(text[start - lstrip:end]))
        note = body.startswith("(") and body.endswith(")") and _closes_at_end(body)
        corrects = correction is not None and correction.match(body) is not None
        label = related.match(body) if related is not None else None
        links = not blank_before and links and not body.endswith(".") and len(body) < 120  # under "READ MORE:"
        note = note or links or label is not None
        links = links or label is not None and label.end() == len(body)
        if blank_before or heading or previous_heading:
            if not (bullet and intro is not None):
                intro = None
            block += 1
        previous_heading = heading
        for s, e in _bounded(text, _split_line(text, start, end, months, abbreviations)):
            sent = Sentence(s, e, len(sentences), block, heading=heading, bullet=bullet,
                            intro=intro if bullet else None, note=note, correction=corrects)
            sent.clauses = _clauses(text, s, e)
            sentences.append(sent)
        if body.endswith(":") or heading and not bullet:  # "Första kvartalet 2026" above a list dates it too
            intro = len(sentences) - 1
    if not sentences:
        sentences.append(Sentence(0, len(text), 0, 0, clauses=[(0, len(text))]))
    return sentences


def _closes_at_end(body: str) -> bool:
    """The bracket opening ``body`` closes only at its end: "(Corrects ... to 450 from 540)", not "(Ebit) rose"."""
    depth = 0
    for k, ch in enumerate(body):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return k == len(body) - 1
    return False


NEXT_WORD = re.compile(r"\S+")


def _split_line(text: str, start: int, end: int, months=frozenset(),
                abbreviations=frozenset()) -> list[tuple[int, int]]:
    out, s = [], start
    for m in SENTENCE_END.finditer(text, start, end):
        cut = m.end()
        word = LAST_WORD.search(text, max(s, m.start() - 40), m.start() + 1)
        before = word.group(1).lower() if word else ""
        following = NEXT_WORD.search(text, cut, end)  # the next word, found without copying the rest of the line
        if following is None:
            continue
        first = text[following.start()]
        ordinal = before.isdigit() and len(before) <= 2 and (  # "am 10. Mai", but "reduced to 10. The measures"
            not first.isupper() or following.group().strip(".,:;)").lower() in months)
        if m.group().startswith(".") and (before in abbreviations or ordinal):
            continue
        if not (first.isupper() or first.isdigit() or first in "\"“„«‘'(-•\\*" or unicodedata.category(first) == "Sc"):
            continue
        out.append((s, cut))
        s = following.start()
    out.append((s, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _last_char(text: str, start: int, end: int) -> str:
    """The last character of text[start:end] that is not white space ("" if none), without copying it."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else ""


def _bounded(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences cut to at most MAX_SENTENCE characters, after the last space of each piece where there is one."""
    out = []
    for s, e in spans:
        while e - s > MAX_SENTENCE:
            cut = text.rfind(" ", s + 1, s + MAX_SENTENCE) + 1 or s + MAX_SENTENCE
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    inline = {i for m in INLINE_QUOTE.finditer(text, start, end) for i in (m.start(1), m.end(1) - 1)} if (
        QUOTE_MARK.search(text, start, end)) else ()
    for m in CLAUSE_BREAK.finditer(text, start, end):
        if m.start() in inline:
            continue  # "l'IA « n'a rien à voir » avec ces suppressions": a few words quoted inside the clause
        if m.group() == "," and 0 < m.start() < len(text) - 1 and text[m.start() - 1].isdigit() and text[m.start() + 1].isdigit():
            continue
        if m.group() == "(" and NUMBER_ASIDE.match(text, m.start()) or m.group() == ")" and NUMBER_ASIDE.fullmatch(
                text, max(start, text.rfind("(", start, m.start())), m.end()):
            continue  # "512 Mkr (688) för första kvartalet", "2.500 millones (3.130 mdd) planeados": an aside breaks no clause
        if m.start() > s:
            out.append((s, m.start()))
        s = m.end()
    if end > s:
        out.append((s, end))
    return out or [(start, end)]
