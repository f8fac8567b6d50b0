"""What a claim needs from around it: its organisation, its time, its modality and who said it.

Context flows inside a block (sentences between blank lines or headings): a sentence that names no
organisation is about the one named before it ("the company", "E-handelsjätten"); a quote with no
speaker continues the last attributed one; a figure with no time of its own takes the time of the
sentence before, or of the line that introduces a list.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kg.extract.doc import Doc, EntityMention, Sentence
from kg.records import TimeRef

MODALITY_ORDER = ("denied", "rumoured", "planned", "expected", "announced")
QUOTE_MARKS = "“”\"«»„"


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    announced: bool  # a memo, an email, an announcement verb
    source: str | None  # an outlet cited
    at: int | None = None  # where the speaker is named


class Context:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.orgs = [m for m in doc.entities if m.type in ("organization", "product")]
        self.persons = [m for m in doc.entities if m.type == "person"]
        self.publishers = [m for m in doc.entities if m.type == "publisher"]
        self.role_org = {}
        for r in doc.roles:
            self.role_org.setdefault(r.person, r.org)
        self._attributions: dict[int, Attribution] = {}
        self._topics: dict[int, str | None] = {}  # sentence index -> topic
        self._carried: dict[int, Attribution | None] = {}  # sentence index -> what it carries
        self._spokes: dict[str, str | None] = {}

    # organisations ------------------------------------------------------------------------------
    def org_name(self, m: EntityMention) -> str:
        known = self.doc.known.get(m.name)
        if m.type == "product" and known and known.parent:
            return known.parent
        return m.name

    def eligible(self, m: EntityMention) -> bool:
        """Not introduced by "after", "than", "like"...: not the subject of what follows."""
        text = self.doc.text
        return not any(not text[h.end:m.start].strip()
                       for h in self.doc.hits_in(max(0, m.start - 15), m.start, "skip_before"))

    def topic(self, sent: Sentence) -> str | None:
        """The organisation the sentence is about when it names none: the last named in its block.

        Remembered per sentence, so a long block that names no organisation is walked once, not once
        a figure (which made extraction quadratic in the length of the article).
        """
        sentences, walked, answer = self.doc.sentences, [sent.index], self.doc.main_org
        for i in range(sent.index - 1, -1, -1):
            s = sentences[i]
            if s.block != sent.block:
                break
            named = [m for m in self.doc.in_sentence(self.orgs, s) if not self._possessed(m)]
            if named:
                answer = self.org_name(named[-1])
                break
            if i in self._topics:  # s names none, so its topic is this sentence's too
                answer = self._topics[i]
                break
            walked.append(i)
        self._topics.update(dict.fromkeys(walked, answer))
        return answer

    def _possessed(self, m: EntityMention) -> bool:
        """"its Reality Labs division": a part of the topic, not a new topic."""
        return any(not self.doc.text[h.end:m.start].strip() for h in self.doc.hits_in(max(0, m.start - 12), m.start, "possessive"))

    def org_for(self, sent: Sentence, start: int, head_end: int) -> tuple[str | None, EntityMention | None]:
        """The organisation a figure at ``start`` is about, and the mention that names it."""
        doc = self.doc
        c_start, _ = doc.clause_at(start)
        before = [m for m in doc.starting_in(self.orgs, sent.start, start) if m.end <= start and self.eligible(m)]
        in_clause = [m for m in before if m.start >= c_start]
        if in_clause:
            return self.org_name(in_clause[-1]), in_clause[-1]
        for h in doc.hits_in(head_end, min(sent.end, head_end + 40), "at"):
            if doc.words_between(head_end, h.start) > 4:
                break
            after = [m for m in doc.starting_in(self.orgs, h.end, sent.end) if doc.words_between(h.end, m.start) <= 3]
            if after:
                return self.org_name(after[0]), None
        if before:
            return self.org_name(before[-1]), before[-1]
        return self.topic(sent), None

    # attribution --------------------------------------------------------------------------------
    def attribution(self, sent: Sentence) -> Attribution:
        if sent.index not in self._attributions:
            self._attributions[sent.index] = self._attribute(sent)
        return self._attributions[sent.index]

    def _attribute(self, sent: Sentence) -> Attribution:
        doc = self.doc
        hits = doc.hits_in(sent.start, sent.end)
        reporting = [h for h in hits if h.label in ("reporting", "according_to")]
        announced = any(h.label == "announce_sources" or (h.label == "mod" and h.key == "announced") for h in hits)
        quoted = any(ch in doc.text[sent.start:sent.end] for ch in QUOTE_MARKS)
        persons = doc.in_sentence(self.persons, sent)
        said_that = any(h.label == "complementizers" and any(p.end <= h.start for p in persons) for h in hits)
        cue = reporting or announced or quoted or said_that or any(h.label == "sources" for h in hits)
        speaker, at = None, None
        if persons and cue:
            anchor = [h.start for h in reporting] or [sent.start]
            best = min(persons, key=lambda p: min(abs(p.start - a) for a in anchor))
            speaker, at = best.name, best.start
        elif cue and not persons and any(t in doc.lang.pronouns for t in  # "volgens hem", "he said": the last speaker
                                         doc.tokens.low[doc.token_index(sent.start):doc.token_index(sent.end)]):
            before = self.carried(sent)
            speaker = before.speaker if before is not None else None
        source = None
        cited = doc.in_sentence(self.publishers, sent)
        if cited and (reporting or any(h.label == "publisher_verbs" for h in hits)):
            source = cited[0].name
        return Attribution(speaker, announced, source, at)

    def carried(self, sent: Sentence) -> Attribution | None:
        """The last attribution in the sentence's block before it.

        Remembered per sentence, as ``topic`` is: a sentence whose own attribution says nothing carries what the
        one before it carries, so a long block is walked once. The attributions of the block are worked out in
        order, so that one never waits on another (a deep recursion in a long block).
        """
        sentences, walked, answer = self.doc.sentences, [sent.index], None
        first = sent.index
        while first > 0 and sentences[first - 1].block == sent.block and first - 1 not in self._attributions:
            first -= 1
        for s in sentences[first:sent.index]:
            self.attribution(s)
        for i in range(sent.index - 1, -1, -1):
            s = sentences[i]
            if s.block != sent.block:
                break
            a = self.attribution(s)
            if a.speaker or a.announced:
                answer = a
                break
            if i in self._carried:  # s says nothing, so what it carries is this sentence's too
                answer = self._carried[i]
                break
            walked.append(i)
        self._carried.update(dict.fromkeys(walked, answer))
        return answer

    def spokesperson(self, org: str | None) -> str | None:
        """The person the article most quotes for an organisation, among those it gives a role there."""
        if org not in self._spokes:
            counts = Counter()
            for s in self.doc.sentences:
                a = self.attribution(s)
                if a.speaker and self.role_org.get(a.speaker) == org:
                    counts[a.speaker] += 1
            self._spokes[org] = counts.most_common(1)[0][0] if counts else None
        return self._spokes[org]

    # time ---------------------------------------------------------------------------------------
    def context_time(self, sent: Sentence) -> TimeRef | None:
        """A time the sentence inherits: from the line introducing its list, or from the sentence before."""
        doc = self.doc
        if sent.intro is not None:
            times = doc.in_sentence(doc.times, doc.sentences[sent.intro])
            if times:
                return times[-1].time
        if sent.index > 0:
            prev = doc.sentences[sent.index - 1]
            if prev.block == sent.block:
                times = doc.in_sentence(doc.times, prev)
                if times:
                    return times[-1].time
        return None

    def modality(self, start: int, end: int) -> str | None:
        """The strongest modality cue in [start, end); a denial of a cause ("denied that the cuts had to do
        with AI") denies the cause, not the figures, so it does not count here."""
        doc = self.doc
        keys = {("announced" if h.key == "future" else h.key) for h in doc.hits_in(start, end, "mod")
                if not (h.key == "denied" and denies_cause(doc, doc.sentence_at(h.start), h))}
        return next((k for k in MODALITY_ORDER if k in keys), None)


def contains(outer: TimeRef, inner: TimeRef) -> bool:
    a, b = outer.interval
    c, d = inner.interval
    return a <= c and d <= b and (c, d) != (a, b)


def denial_before(doc: Doc, sent: Sentence, pos: int):
    """A denial verb earlier in the sentence whose clause ("denied that ...", "bestritten, dass ...") holds ``pos``."""
    return next((h for h in doc.hits_in(sent.start, pos, "mod") if h.key == "denied" and _introduces_clause(doc, h)),
                None)


def denies_cause(doc: Doc, sent: Sentence, denial) -> bool:
    """The clause a denial introduces is about a cause: the cause is denied, not the figures."""
    return _introduces_clause(doc, denial) and bool(doc.hits_in(denial.end, sent.end, "cause"))


def _introduces_clause(doc: Doc, denial) -> bool:
    """A lower-case denial verb followed within a few tokens by "that"/"dass"/"att" ("denied on Monday that")."""
    if not doc.text[denial.start].islower():
        return False
    last = doc.tokens.starts[min(len(doc.tokens) - 1, denial.j + 4)]  # "bestritt am Donnerstag, dass"
    return bool(doc.hits_in(denial.end, last + 1, "complementizers"))
