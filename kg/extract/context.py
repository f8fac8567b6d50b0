"""What a claim needs from around it: its organisation, its time, its modality and who said it.

Context flows inside a block (sentences between blank lines or headings): a sentence that names no
organisation is about the one named before it ("the company", "E-handelsjätten"); a quote with no
speaker continues the last attributed one; a figure with no time of its own takes the time of the
sentence before, or of the line that introduces a list.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from kg.extract.changes import change_roles
from kg.extract.doc import Doc, EntityMention, Sentence
from kg.extract.lang import norm
from kg.extract.times import is_season
from kg.records import TimeRef

MODALITY_ORDER = ("denied", "rumoured", "planned", "expected", "announced")
THIRD_PARTY = "\x00third party"  # _subject's answer for a speaker named by no name ("the union said")
SUBJECT_REACH = 10  # words at most between a speaker and the verb of saying after it
QUOTE_MARKS = "“”\"«»„"
APPOSITION_START = re.compile(r"\s*,\s*[^\W\d_A-Z]")  # ", filiale du groupe", ", een dochter van"
APPOSITION_END = re.compile(r"(?:-\w+)?\s*,")  # "Y,", "Y-concern,"


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    announced: bool  # a memo, an email, an announcement verb
    source: str | None  # an outlet cited
    at: int | None = None  # where the speaker is named
    third_party: bool = False  # said by a union, analysts, critics... named by no name ("the union said")


class ClaimContext:
    """What an article says around its claims: its organisations, people and outlets, and per sentence the
    speaker, topic and attribution a claim there takes (the linker's context is ``kg.link.LinkContext``)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        unions = _unions(doc)
        self.union_words = _union_words(doc)
        self.orgs = [m for m in doc.entities if m.type in ("organization", "product") and m.name not in unions]
        self.persons = [m for m in doc.entities if m.type == "person"]
        self.publishers = [m for m in doc.entities if m.type == "publisher" and not _dateline(doc.text, m)]
        self.outlets = {m.name for m in self.publishers}
        quoted = Counter(p.name for p in self.persons)
        self.most_quoted = quoted.most_common(1)[0][0] if quoted else None
        self.role_org = {}
        for r in doc.roles:
            self.role_org.setdefault(r.person, r.org)
        self._attributions: dict[int, Attribution] = {}
        self._topics: dict[int, str | None] = {}  # sentence index -> topic
        self._carried: dict[int, Attribution | None] = {}  # sentence index -> what it carries
        self._spokes: dict[str, str | None] = {}
        self._earlier: dict[int, set[int]] = {}  # sentence index -> starts of times of a level before a change

    # organisations ------------------------------------------------------------------------------
    def org_name(self, m: EntityMention) -> str:
        known = self.doc.known.get(m.name)
        if m.type == "product" and known and known.parent:
            return known.parent
        return m.name

    def eligible(self, m: EntityMention) -> bool:
        """Not introduced by "after", "than", "like"...: not the subject of what follows; not where an observer
        works ("analysts at X")."""
        text = self.doc.text
        return not self._affiliation(m) and not self._apposed(m) and not any(
            not text[h.end:m.start].strip() and not self._own_clause(m, h)
            for h in self.doc.hits_in(max(0, m.start - 15), m.start, "skip_before"))

    def _own_clause(self, m: EntityMention, h) -> bool:
        """After a conjunction joining clauses (no organisation right before it), an organisation a verb of saying,
        cutting or stating a result (`entities.result_verbs`) follows at once is the subject of its own clause ("X cuts
        300 jobs and Kestrova said 200 more could go", "och Vindå Försäkring redovisade ett rörelseresultat"; not "X
        and Kestrova said")."""
        doc, sent = self.doc, self.doc.sentence_at(m.start)
        return bool(doc.hits_in(h.start, h.end, "conjunctions")) and not any(
            not doc.text[o.end:h.start].strip() for o in doc.starting_in(self.orgs, sent.start, h.start)) and any(
            doc.words_between(m.end, v.start) == 0
            for v in doc.hits_in(m.end, min(sent.end, m.end + 30), "reporting", "cut", "result_verbs"))

    def _apposed(self, m: EntityMention) -> bool:
        """"X, filiale du groupe Y, ferme", "X, een dochter van het Y-concern, heeft": Y stands in an apposition
        to X, which the sentence is about (words open it: "X, Y, and Z" is a list)."""
        text, sent = self.doc.text, self.doc.sentence_at(m.start)
        return APPOSITION_END.match(text, m.end) is not None and any(
            o.end < m.start and APPOSITION_START.match(text, o.end) and text.count(",", o.end, m.start) == 1
            for o in self.doc.starting_in(self.orgs, sent.start, m.start))

    def _outside_relative_clauses(self, mentions: list[EntityMention]) -> list[EntityMention]:
        """Those not named in a relative clause (an owner: "Sandlund, som ägs av Norrvik Kapital, har 1 900
        anställda"), or all if every one is."""
        return [m for m in mentions if self.doc.relative_clause(m.start) is None] or mentions

    def _affiliation(self, m: EntityMention) -> bool:
        """"Analysts at Jefferies", "ekonomer på Nordea", "Analysten bei der Harwick Bank", "Analyst Jane Roe of
        Brookmere Securities": the firm an observer (named or not) speaks from; so is one a word of an analysts' firm
        names ("le bureau d'études Ponthieu Recherche estime", "the research firm X", `attribution.observer_firms`); a
        company noun may stand before the name ("Analisten van zakenbank X", "analysts at the investment bank X")."""
        text, doc = self.doc.text, self.doc
        if any(not text[h.end:m.start].strip() for h in doc.hits_in(max(0, m.start - 30), m.start, "observer_firms")):
            return True
        start = next((h.start for h in doc.hits_in(max(0, m.start - 30), m.start, "company_nouns")
                      if not text[h.end:m.start].strip()), m.start)  # "Analisten van zakenbank X": its company noun
        k = doc.token_index(start) - 1
        if k > 0 and doc.tokens.low[k] in doc.lang.determiners_all:  # "bei der Harwick Bank"
            k -= 1
        if k >= 0 and start < m.start and any(h.j == k + 1 for h in doc.hits_in(doc.tokens.starts[k], start, "observers")):
            return True  # "Analysten der Investmentbank X": the observers' genitive
        if k < 0 or not (doc.tokens.low[k] in doc.lang.role_links or doc.hits_in(doc.tokens.starts[k], m.start, "at")):
            return False
        link = doc.tokens.starts[k]
        named = [p.start for p in doc.starting_in(self.persons, max(0, link - 80), link)  # a name right before it:
                 if p.end <= link and not text[p.end:link].strip()]  # not a walk over every person (quadratic)
        return any(not text[o.end:start].strip() for start in (link, *named)
                   for o in doc.hits_in(max(0, start - 25), start, "observers"))

    def told(self, m: EntityMention) -> bool:
        """The outlet is the one told ("ha explicado a Europa Press un portavoz", "a indiqué à l'AFP"), not the
        source of what it reports."""
        told_to = self.doc.lang.told_to
        return bool(told_to and told_to.search(self.doc.text[max(0, m.start - 25):m.start]))

    def topic(self, sent: Sentence) -> str | None:
        """The organisation the sentence is about when it names none: the last named in its block (outside a
        relative clause), or the one opening the sentence right before when this one opens with a possessive.

        Remembered per sentence, so a long block that names no organisation is walked once, not once
        a figure (which made extraction quadratic in the length of the article).
        """
        sentences, walked, answer = self.doc.sentences, [sent.index], self.doc.main_org
        described = self._in_brief(sent, self._described(sent))
        if described:
            self._topics[sent.index] = described
            return described
        for i in range(sent.index - 1, -1, -1):
            s = sentences[i]
            if s.block != sent.block:
                answer = self._paragraph_before(s) or answer
                break
            named = [m for m in self.doc.in_sentence(self.orgs, s) if not self._possessed(m)
                     and not self._affiliation(m) and not self._apposed(m) and not self._acquired(m)]
            if named:
                named = self._outside_relative_clauses(named)
                opener = named[0] if i == sent.index - 1 and self._opens_with_possessive(sent) else None
                answer = self.org_name(opener if opener and self.doc.words_between(s.start, opener.start) <= 1
                                       else named[-1])
                break
            described = self._described(s)
            if described:
                answer = described
                break
            if i in self._topics:  # s names none, so its topic is this sentence's too
                answer = self._topics[i]
                break
            walked.append(i)
        answer = self._in_brief(sent, answer)
        self._topics.update(dict.fromkeys(walked, answer))  # the sentences walked over go on about it
        if answer:  # only this sentence may open with "the group" of a subsidiary found before it
            answer = self._topics[sent.index] = self._group_of(sent, answer)
        return answer

    def _opens_with_possessive(self, sent: Sentence) -> bool:
        """The sentence opens with a possessive ("Son dirigeant, Pierre Bellocq, estime ...", "Its chief executive
        said"): it goes on about the firm opening the sentence before, its subject, not the last one that names
        ("Bellocq Emballages ... réalise 40 % de son activité avec Dravenne")."""
        return any(h.start == sent.start for h in self.doc.hits_in(sent.start, sent.start + 12, "possessive"))

    def _paragraph_before(self, last: Sentence) -> str | None:
        """In a round-up (three firms or more, of different first words, each opening a paragraph, `_openers`), a
        paragraph naming no firm goes on about the firm the paragraph before it opened with and named last ("Chez
        l'assureur Velaine ... / La direction justifie ces suppressions par ...": Velaine's, not the article's first
        firm's), or about what that paragraph, naming none, was about; ``last`` is that paragraph's last sentence. None
        outside a round-up (a group's firms, "Vindå Bank", "Vindå Holding", are one), after a heading naming none or
        after a list (a paragraph after bullets is about them all, not their last)."""
        if len({name.split()[0] for name in self._openers.values()}) < 3 or last.heading or last.bullet:
            return None
        doc, first = self.doc, last
        while first.index and doc.sentences[first.index - 1].block == last.block:
            first = doc.sentences[first.index - 1]
        named = [self.org_name(m) for m in doc.starting_in(self.orgs, first.start, last.end)]
        if not named:
            return self.topic(last)
        return named[-1] if self._openers.get(first.index) == named[-1] else None

    @cached_property
    def _openers(self) -> dict[int, str]:
        """The first sentence of each paragraph naming an organisation, no quote ("– I Vindå Försäkring planerar vi ..."),
        and the first organisation it names."""
        doc, out = self.doc, {}
        for s in doc.sentences:
            if ((not s.index or doc.sentences[s.index - 1].block != s.block) and doc.text[s.start] not in QUOTE_MARKS + "–—-"
                    and (named := doc.in_sentence(self.orgs, s))):
                out[s.index] = self.org_name(named[0])
        return out

    @cached_property
    def _briefs(self) -> list[int] | None:
        """Where the article's briefs open (each heading in capitals after its first line opens one), when two or more
        briefs name different organisations first (a newsletter's briefs, "TORNVIK BATTERI ÖPPNAR ..."; not an
        article's crossheads in lower case, which go on about its one firm); else None."""
        doc = self.doc
        starts = [s.start for s in doc.sentences if s.heading and s.index > 0 and doc.text[s.start:s.end].isupper()]
        if len(starts) < 2:
            return None
        firsts = {self.org_name(named[0]) for a, b in zip(starts, starts[1:] + [len(doc.text)], strict=True)
                  if (named := doc.starting_in(self.orgs, a, b))}
        return starts if len(firsts) >= 2 else None

    def _in_brief(self, sent: Sentence, answer: str | None) -> str | None:
        """The topic found, if the brief holding the sentence names it: a brief's figures never go to a firm named
        only in another brief ("I dag har bolaget 950 anställda" under a brief whose firm was not found)."""
        briefs = self._briefs
        k = bisect_right(briefs, sent.start) - 1 if briefs and answer else -1
        if k < 0:
            return answer
        end = briefs[k + 1] if k + 1 < len(briefs) else len(self.doc.text)
        return answer if any(self.org_name(m) == answer for m in self.doc.starting_in(self.orgs, briefs[k], end)) else None

    def _group_of(self, sent: Sentence, name: str) -> str:
        """A sentence opening with a determiner and a group word ("El grupo anunció ...", "The group said ...") after a
        subsidiary was named is about the group of the subsidiary's stem ("Grupo Almadrava" after "Su filial
        norteamericana, Almadrava Seafood"), not about the subsidiary; any other sentence is about ``name``."""
        doc = self.doc
        j = doc.token_index(sent.start)
        if (name not in doc.subsidiaries or j + 1 >= len(doc.tokens.low) or doc.tokens.low[j] not in doc.lang.determiners_all
                or doc.tokens.low[j + 1] not in doc.lang.group_words):
            return name
        for group in sorted({self.org_name(m) for m in self.orgs} - {name}):
            core = " ".join(w for w in group.split() if norm(w) not in doc.lang.group_words)
            if core and name.startswith(core + " "):
                return group
        return name

    def _described(self, sent: Sentence) -> str | None:
        """A sentence naming no organisation that opens with a determiner and a company noun ("Die Holding selbst
        zählt ...", "The holding company itself has ...") is about the one organisation named right after a company
        noun ending in that one ("Die Industrieholding Haldenstein", "the holding company Haldenstein"), not about the
        last one named ("Brasalt Guss beschäftigt ..."); one opening with a determiner and a subsidiary's word ("Die
        Netztochter beschäftigt ...", `entities.subsidiary`) is about the one subsidiary named before it."""
        doc = self.doc
        j = doc.token_index(sent.start)
        if doc.tokens.low[j] not in doc.lang.determiners_all or doc.in_sentence(self.orgs, sent):
            return None
        if any(h.i == j + 1 for h in doc.hits_in(sent.start, sent.end, "subsidiary")):
            subs = {self.org_name(m) for m in doc.starting_in(self.orgs, 0, sent.start) if m.name in doc.subsidiaries}
            return subs.pop() if len(subs) == 1 else None
        noun = next((h for h in doc.hits_in(sent.start, sent.end, "company_nouns") if h.i == j + 1), None)
        if noun is None:
            return None
        word, names = doc.text[noun.start:noun.end].lower(), set()
        for _, introducing, name in self._introduced[:bisect_left(self._introduced, sent.start, key=lambda e: e[0])]:
            if introducing.endswith(word):
                names.add(name)
        return names.pop() if len(names) == 1 else None

    @cached_property
    def _introduced(self) -> list[tuple[int, str, str]]:
        """(start, the company noun, the name) of each organisation named right after a company noun ("Die
        Industrieholding Haldenstein"), in text order: found once, not at each sentence (which was quadratic)."""
        doc, out = self.doc, []
        for m in self.orgs:
            out += [(m.start, doc.text[h.start:h.end].lower(), self.org_name(m))
                    for h in doc.hits_in(max(0, m.start - 40), m.start, "company_nouns")
                    if h.end <= m.start and not doc.text[h.end:m.start].strip()]
        return out

    def _acquired(self, m: EntityMention) -> bool:
        """"Hallsberg köper konkurrenten Frövi", "X to buy Y": Y is what another acquires (``entities.acquired_after``,
        at most two words before it), not the subject of a clause after it."""
        doc = self.doc
        return any(doc.words_between(h.end, m.start) <= 2 and not doc.starting_in(self.orgs, h.end, m.start)
                   for h in doc.hits_in(max(0, m.start - 40), m.start, "acquired_after"))

    def _possessed(self, m: EntityMention) -> bool:
        """"its Reality Labs division": a part of the topic, not a new topic."""
        return any(not self.doc.text[h.end:m.start].strip() for h in self.doc.hits_in(max(0, m.start - 12), m.start, "possessive"))

    def org_for(self, sent: Sentence, start: int, head_end: int) -> tuple[str | None, EntityMention | None]:
        """The organisation a figure at ``start`` is about, and the mention that names it."""
        doc = self.doc
        c_start, _ = doc.clause_at(start)
        before = [m for m in doc.starting_in(self.orgs, sent.start, start) if m.end <= start and self.eligible(m)]
        in_clause = [m for m in before if m.start >= c_start]
        if (sub := self._at_subsidiary(sent, head_end)) is not None:
            return self.org_name(sub), sub
        if in_clause:
            m = self._acquired_by(in_clause[-1], before, start)
            return self.org_name(m), m
        for h in doc.hits_in(head_end, min(sent.end, head_end + 40), "at"):
            if doc.words_between(head_end, h.start) > 4:
                break
            after = [m for m in doc.starting_in(self.orgs, h.end, sent.end) if doc.words_between(h.end, m.start) <= 3]
            if after:
                return self.org_name(after[0]), None
        if doc.relative_clause(start) is None:  # "X köper Y – 250 tjänster försvinner"; not "Y, som har 1 700 anställda"
            before = [m for m in before if not self._acquired(m)]
        if before:
            main = self._acquired_by(self._outside_relative_clauses(before)[-1], before, start)
            return self.org_name(main), main
        return self.topic(sent), None

    def _acquired_by(self, m: EntityMention, before: list[EntityMention], start: int) -> EntityMention:
        """The firm acquired, named before the buyer ``m`` the agent of a passive names (`entities.acquired_by`: "X
        has been bought by Y in a deal that saves 800 of its 1,000 jobs", "X a été rachetée par Y"): the figure is the
        subject's, unless it stands in a relative clause right after the buyer ("bought by Y, which employs 4,500")."""
        doc = self.doc
        hit = next((h for h in doc.hits_in(max(0, m.start - 30), m.start, "acquired_by")
                    if doc.words_between(h.end, m.start) <= 1), None)
        if hit is None:
            return m
        rel = doc.relative_clause(start)
        if rel is not None and not doc.text[m.end:rel[0]].strip(" ,"):
            return m
        acquired = [b for b in before if b.end <= hit.start]
        return self._outside_relative_clauses(acquired)[-1] if acquired else m

    def _at_subsidiary(self, sent: Sentence, head_end: int) -> EntityMention | None:
        """A subsidiary named right after the figure's noun, two words at most and no punctuation between ("450 jobs
        at its subsidiary Brasalt", "450 postes dans sa filiale Brasalt", "450 banen bij dochter Brasalt"): the
        figure is that subsidiary's, not its parent's the clause names first."""
        doc = self.doc
        for h in doc.hits_in(head_end, min(sent.end, head_end + 40), "subsidiary")[:1]:
            if doc.words_between(head_end, h.start) > 2 or any(ch in doc.text[head_end:h.start] for ch in ",;:()"):
                return None
            return next((m for m in doc.starting_in(self.orgs, h.end, sent.end)[:1]
                         if not doc.text[h.end:m.start].strip()), None)
        return None

    # attribution --------------------------------------------------------------------------------
    def attribution(self, sent: Sentence) -> Attribution:
        if sent.index not in self._attributions:
            self._attributions[sent.index] = self._attribute(sent)
        return self._attributions[sent.index]

    def _carried_in(self, source, hits) -> bool:
        """A document named as what carries the statement ("in a statement", "dans un communiqué"), not as a thing
        talked about ("the statement led to a drop in shares")."""
        return any(h.label == "source_preps" and h.end <= source.start
                   and self.doc.words_between(h.end, source.start) <= 2 for h in hits)

    def _attribute(self, sent: Sentence) -> Attribution:
        """Who the sentence is attributed to: the person, organisation or outlet that is the subject of its
        verb of saying or announcing ("Northvolt said", "a déclaré Philipp Navratil", "nach Angaben des
        Unternehmens", "according to a press release"); a pronoun ("he said", "schaffe man") or a quote with no
        verb of its own continues the last speaker, a role without a name ("son nouveau patron") is the person
        holding it."""
        doc = self.doc
        hits = doc.hits_in(sent.start, sent.end)
        cuts = [h for h in hits if h.label == "cut" and h.j - h.i > 1]  # "säger upp" lays off, "säger" says
        verbs = [h for h in hits if (h.label in ("reporting", "according_to", "publisher_verbs")
                                     or h.label == "mod" and h.key == "announced"
                                     or h.label == "view_of" and h.start == sent.start)  # "Pour la CGT, ..."
                 and not any(c.start <= h.start and h.end <= c.end and c.end - c.start > h.end - h.start for c in cuts)]
        announced = any(h.label == "announce_sources" or (h.label == "mod" and h.key == "announced") for h in hits)
        quoted = any(ch in doc.text[sent.start:sent.end] for ch in QUOTE_MARKS)
        persons = doc.in_sentence(self.persons, sent)
        said_that = any(h.label == "complementizers" and any(p.end <= h.start for p in persons) for h in hits)
        low = doc.tokens.low[doc.token_index(sent.start):doc.token_index(sent.end)]
        reported = not verbs and any(t in doc.lang.reported_speech for t in low)  # "Mit KI habe das nichts zu tun"
        opens = bool(low) and low[0] in doc.lang.pronouns  # "Er rechnet damit, dass ...": the last speaker goes on
        cue = verbs or announced or quoted or said_that or reported or opens or any(h.label == "sources" for h in hits)
        source = None
        cited = doc.in_sentence(self.publishers, sent)
        if cited and (verbs or any(h.label == "publisher_verbs" for h in hits)):
            source = cited[0].name
        if not verbs and any(h.label == "their_view" for h in hits) and self._third_before(sent):
            return Attribution(None, announced, source, third_party=True)  # "Die Gewerkschaft ... . Grund ist aus
            # ihrer Sicht ...": the union's view
        if not cue:
            return Attribution(None, announced, source)
        speaker, at = self._subject(sent, verbs, persons)
        if speaker == THIRD_PARTY:
            return Attribution(None, announced, source, at, third_party=True)
        if speaker is None and persons and not verbs:
            speaker, at = persons[0].name, persons[0].start  # a quote and a name: "« ... », Philipp Navratil"
        if speaker is None and (quoted and not verbs or reported or any(t in doc.lang.pronouns for t in low)):
            # "he said", "volgens hem", a sentence in reported speech; after a union's or an analyst's word, theirs
            pronoun = any(t in doc.lang.pronouns for t in low)  # a pronoun refers across a paragraph, a quote not
            before = self.said_before(sent) if pronoun else self.carried(sent)
            if before is not None and before.third_party:
                return Attribution(None, announced, source, third_party=True)
            speaker = before.speaker if before is not None else None
        if speaker is None and any(h.label == "announce_sources" and self._carried_in(h, hits) for h in hits):
            speaker = self.topic_or_named(sent)  # "enligt ett pressmeddelande", "in a statement"
        if speaker is None and len(self.outlets) == 1 and any(h.label in ("publisher_verbs", "media") for h in hits):
            speaker = next(iter(self.outlets))  # "rapporte la télévision nationale japonaise": the article's one outlet
        return Attribution(speaker, announced, source, at)

    def _subject(self, sent: Sentence, verbs, persons) -> tuple[str | None, int | None]:
        """The speaker of a verb of saying: the name right after "according to" (or "laut", "selon", "enligt");
        else a person (or a role standing for one) before the verb within a few words or right after it
        ("Northvolt CEO Peter Carlsson said", "a déclaré Philipp Navratil"), else an organisation so placed
        ("Northvolt said", "the company said"); an outlet only for an outlet's verb ("Reuters reported")."""
        doc = self.doc
        thirds = doc.hits_in(sent.start, sent.end, "third_parties")
        third_persons = {p.name for p in persons if _speaks_for_third(doc, p, thirds)}
        named = [(p.start, p.end, THIRD_PARTY if p.name in third_persons else p.name, "person") for p in persons]
        named += [(m.start, m.end, self.org_name(m), "org") for m in doc.in_sentence(self.orgs, sent) if self.eligible(m)]
        named += [(m.start, m.end, m.name, "outlet") for m in doc.in_sentence(self.publishers, sent) if not self.told(m)]
        named += [(h.start, h.end, THIRD_PARTY, "third") for h in thirds
                  if not any(a <= h.start < b for a, b, _, _ in named)]  # "the union said", "enligt facket"
        toks = doc.tokens
        union = [(toks.starts[k], toks.ends[k], THIRD_PARTY, "third")  # "Enligt Pappers", a union named before
                 for k in range(doc.token_index(sent.start), doc.token_index(sent.end)) if toks.raw[k] in self.union_words]
        named = [n for n in named if not any(u[0] <= n[0] < u[1] for u in union)] + union  # no outlet, whatever it seemed
        for k in range(doc.token_index(sent.start), doc.token_index(sent.end)):
            if toks.low[k] in doc.lang.pronouns:  # "He said", "Il a assuré": the last speaker, a third party too
                before = self.said_before(sent)  # ("Elle estime que le groupe devra ..." after an analyst's word)
                if before is not None and (before.speaker or before.third_party):
                    named.append((toks.starts[k], toks.ends[k], before.speaker or THIRD_PARTY, "person"))
        for h in doc.hits_in(sent.start, sent.end, "anaphora", "company_nouns", "role", "possessive"):
            if any(a <= h.start < b for a, b, _, _ in named):
                continue
            if h.label == "role":
                name, kind = self.role_holder(h), "person"
                name = THIRD_PARTY if name in third_persons else name
                if name is None and (firm := self.officer_of(h)):
                    name, kind = firm, "org"  # "said the plant manager": the one firm's officer
            elif h.label == "possessive" and not any(v.label == "according_to" and v.end <= h.start
                                                     and doc.words_between(v.end, h.start) <= 1 for v in verbs):
                continue  # "according to its interim report": the organisation
            elif h.label == "possessive" and self._third_before(sent):
                name, kind = THIRD_PARTY, "third"  # "The union ... . According to its count, ...": the union's
            else:
                name, kind = self.topic(sent), "org"
            if name:
                named.append((h.start, h.end, name, kind))
        found: list[tuple[int, int, int, str, int]] = []  # (after "according to"?, group, distance, name, position)
        for v in verbs:
            allowed = {"outlet"} if v.label == "publisher_verbs" else {"person", "org", "outlet", "third"}
            for start, end, name, kind in named:
                if kind not in allowed:
                    continue
                group = {"person": 1, "third": 1, "org": 2, "outlet": 3}[kind]
                after = start >= v.end and doc.words_between(v.end, start) <= 3
                if v.label == "according_to":
                    if after:
                        found.append((0, group, doc.words_between(v.end, start), name, start))
                elif v.label == "view_of":  # the name closing its clause: "Pour la CGT, ...", not "Für die Beschäftigten"
                    if after and doc.text[end:end + 2].lstrip().startswith(","):
                        found.append((0, group, doc.words_between(v.end, start), name, start))
                elif end <= v.start and doc.words_between(end, v.start) <= SUBJECT_REACH and not _closed_relative(
                        doc, start, v.start) and ";" not in doc.text[end:v.start]:  # "The union demanded guarantees;
                    # the company said": a clause of its own
                    found.append((1, group, doc.words_between(end, v.start), name, start))
                elif after and (kind != "third" or _closes_clause(doc, sent, v, end) and doc.hits_in(start, end, "unions")):
                    # "X said the union agreed": X speaks; ", uppger Unionen.", ", said the union.": the union (not a
                    # works council's view of the company's further cuts: "Weitere Entlassungen drohen, sagte der Betriebsrat")
                    found.append((1, group, doc.words_between(v.end, start), name, start))
        if not found:
            return None, None
        *_, name, at = min(found)
        return name, at

    def _third_before(self, sent: Sentence) -> bool:
        """The sentence before in the block names a union or another third party before any organisation, so a
        possessive opening this one points back at it ("El sindicato CCOO eleva el alcance. Según sus cálculos, ...")."""
        doc = self.doc
        if not sent.index or doc.sentences[sent.index - 1].block != sent.block:
            return False
        prev = doc.sentences[sent.index - 1]
        thirds = [h.start for h in doc.hits_in(prev.start, prev.end, "third_parties", "unions")]
        thirds += [doc.tokens.starts[k] for k in range(doc.token_index(prev.start), doc.token_index(prev.end))
                   if doc.tokens.raw[k] in self.union_words]
        orgs = [m.start for m in doc.in_sentence(self.orgs, prev) if self.eligible(m)]
        return bool(thirds) and (not orgs or min(thirds) < min(orgs))

    def actor(self, sent: Sentence, pos: int) -> str | None:
        """Whoever the sentence makes act before ``pos``: the nearest person or organisation named before it in
        the sentence ("Nestlé eliminará 16,000 puestos", "will Navratil ... einsparen", "Klarna's AI does")."""
        doc = self.doc
        before = [(m.end, m.name) for m in doc.in_sentence(self.persons, sent) if m.end <= pos]
        before += [(m.end, self.org_name(m)) for m in doc.in_sentence(self.orgs, sent) if m.end <= pos and self.eligible(m)]
        return max(before)[1] if before else None

    def role_holder(self, h) -> str | None:
        """The person a role without a name stands for: the one the article gives that title, or else that role in
        other words ("the chief executive" after "CEO Paul Ortega", "vd:n" after "vd Lena Holmqvist"), else the one
        it quotes most, unless the article gives that one another title ("ein Sprecher" is not the "Insolvenzverwalter
        Stefan Roth" of the next sentence); a word for an officer with no title of its own (``roles.generic``: "die
        Managerin", "la dirigeante") is the one person the article gives a role at a firm, if there is one."""
        written = self.doc.text[h.start:h.end]
        title = written.lower()
        holders = {r.person for r in self.doc.roles if r.title.lower() == title}
        if not holders:
            canonical = self.doc.lang.canonical_title(written)
            holders = {r.person for r in self.doc.roles if r.canonical == canonical}
        if not holders and norm(title) in self.doc.lang.generic_titles:  # "betonte die Managerin": the firm's one officer
            firms = {self.org_name(m) for m in self.orgs}
            officers = {r.person for r in self.doc.roles if r.org in firms}
            if len(officers) == 1:
                return officers.pop()
        if len(holders) == 1:
            return holders.pop()
        if holders or not any(r.person == self.most_quoted for r in self.doc.roles):
            return self.most_quoted
        return None

    def officer_of(self, h) -> str | None:
        """The firm a role held by no one the article names stands for: a word of a firm's officer
        (``roles.officers``: "the plant manager", "le directeur", "der Werksleiter") when the article names one
        organisation and no other."""
        firms = {self.org_name(m) for m in self.orgs}
        if len(firms) != 1 or norm(self.doc.text[h.start:h.end]) not in self.doc.lang.officers:
            return None
        return firms.pop()

    def topic_or_named(self, sent: Sentence) -> str | None:
        named = [m for m in self.doc.in_sentence(self.orgs, sent) if self.eligible(m)]
        return self.org_name(named[0]) if named else self.topic(sent)

    def said_before(self, sent: Sentence) -> Attribution | None:
        """Whom a pronoun refers to: the last attribution in the sentence's block before it, or, opening its block,
        the last sentence's of the block before ("..., säger vd Karin Sjöholm.\n\nHon avvisar att ...")."""
        before = self.carried(sent)
        if before is None and sent.index and self.doc.sentences[sent.index - 1].block != sent.block:
            last = self.attribution(self.doc.sentences[sent.index - 1])
            before = last if last.speaker or last.third_party else None
        return before

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
            if a.speaker or a.announced or a.third_party:
                answer = a
                break
            if i in self._carried:  # s says nothing, so what it carries is this sentence's too
                answer = self._carried[i]
                break
            walked.append(i)
        self._carried.update(dict.fromkeys(walked, answer))
        return answer

    def quoted_ahead(self, sent: Sentence) -> Attribution | None:
        """A sentence opening a quote it does not close ("\"These cuts are not about AI.", "– Det handlar om ...") is
        said by whoever the next sentence of its block, where the quote goes on, is attributed to."""
        doc = self.doc
        body = doc.text[sent.start:sent.end].strip()
        if not body or body[0] not in QUOTE_MARKS + "–—" or any(ch in QUOTE_MARKS for ch in body[1:]):
            return None
        following = doc.sentences[sent.index + 1] if sent.index + 1 < len(doc.sentences) else None
        if following is None or following.block != sent.block or doc.text[following.start:following.end].strip()[:1] in (
                *QUOTE_MARKS, "–", "—"):
            return None  # no next sentence, or one opening a quote of its own
        a = self.attribution(following)
        return a if a.speaker and not a.third_party else None

    def spokesperson(self, org: str | None) -> str | None:
        """The person the article most quotes for an organisation, among those it gives a role there."""
        if org not in self._spokes:
            if org is not None and org not in self.role_org.values():  # no one has a role there: spares every
                self._spokes[org] = None  # sentence's attribution
                return None
            counts = Counter()
            for s in self.doc.sentences:
                a = self.attribution(s)
                if a.speaker and self.role_org.get(a.speaker) == org:
                    counts[a.speaker] += 1
            self._spokes[org] = counts.most_common(1)[0][0] if counts else None
        return self._spokes[org]

    # time ---------------------------------------------------------------------------------------
    def context_time(self, sent: Sentence, precisions: tuple[str, ...] = (), staff: bool = False) -> TimeRef | None:
        """A time the sentence inherits: from the line introducing its list, or from the sentence before (the last
        of those ``precisions`` if given: a result takes the period of the one before, not the day it was told; for
        ``staff``, not the period of a sum there: "tras cerrar 2025 con pérdidas de 210 millones" dates no cut)."""
        doc = self.doc
        if sent.intro is not None:
            times = doc.in_sentence(doc.times, doc.sentences[sent.intro])
            if times:
                return times[-1].time
        if sent.index > 0:
            prev = doc.sentences[sent.index - 1]
            if prev.block == sent.block:
                times = [t for t in doc.in_sentence(doc.times, prev) if not t.horizon  # a target date stays its own
                         and not doc.lang.since.search(doc.text[max(prev.start, t.start - 60):t.start])  # a start too
                         and not doc.lang.base.search(doc.text[max(prev.start, t.start - 60):t.start])  # compared with
                         and not doc.founding(t)  # "Founded in 2009."
                         and not is_season(doc, t)  # "seit das Patent im Frühjahr auslief": its own sentence's
                         and (t.time.precision in precisions if precisions else not t.results)  # "interim
                         and not (staff and dates_a_sum(doc, t))  # results": a period only results are of
                         and not (precisions and t.start in self._earlier_states(prev))]
                if times:
                    return times[-1].time
        return None

    def _earlier_states(self, sent: Sentence) -> set[int]:
        """The starts of the times in a sentence that date the level before a change ("rose to 455 million euros in
        2025 from 430 million euros in 2024": 2024), a time right after the "from" figure, no other figure between:
        the period of the sentence is the change's, not that one."""
        if sent.index not in self._earlier:
            doc = self.doc
            quantities = doc.in_sentence(doc.quantities, sent)
            roles = change_roles(doc, sent, quantities)
            self._earlier[sent.index] = {
                t.start for q in quantities if (r := roles.get(q.start)) is not None and r.part == "from"
                for t in doc.starting_in(doc.times, q.end, sent.end)
                if doc.words_between(q.end, t.start) <= 3 and not doc.starting_in(doc.quantities, q.end, t.start)}
        return self._earlier[sent.index]

    def modality(self, start: int, end: int) -> str | None:
        """The strongest modality cue in [start, end); a denial of a cause ("denied that the cuts had to do
        with AI") denies the cause, not the figures, so it does not count here, nor do a union's sources
        ("fuentes sindicales": a third party's word, no rumour)."""
        doc = self.doc
        thirds = doc.hits_in(start, end, "third_parties")
        keys = {("announced" if h.key == "future" else h.key) for h in doc.hits_in(start, end, "mod")
                if not (h.key == "denied" and denies_cause(doc, doc.sentence_at(h.start), h))
                and not (h.key == "rumoured" and any(t.start < h.end and h.start < t.end for t in thirds))}
        return next((k for k in MODALITY_ORDER if k in keys), None)


def dates_a_sum(doc: Doc, t) -> bool:
    """The time is a result's: a sum of money stands in its clause or in the clause right after it that says where
    the result went ("pour 2025", "en el primer semestre, hasta 1.120 millones")."""
    start, end = doc.clause_at(t.start)
    if end < doc.sentence_at(t.start).end and doc.text[end:end + 1] == ",":
        n_start, n_end = doc.clause_at(end + 1)
        words = doc.text[n_start:n_end].split()
        end = n_end if words and norm(words[0]) in doc.lang.change_to else end
    return any(q.quantity.unit not in ("count", "percent", "days") for q in doc.starting_in(doc.quantities, start, end))


def _speaks_for_third(doc: Doc, p, thirds) -> bool:
    """A person titled by a third party ("IG-Metall-Sprecherin Petra Kühn") or placed in one ("Petra Kühn von der IG
    Metall", "Ana Gil, de CCOO", "Paul Morel, délégué CGT", "Siobhan Kehoe, the union's organiser"): a union's or
    an analyst's word, not the company's."""
    k = doc.token_index(p.end)
    while k < len(doc.tokens) and doc.tokens.raw[k] == ",":
        k += 1
    at = k < len(doc.tokens) and doc.hits_in(doc.tokens.starts[k], doc.tokens.ends[k], "at", "role")
    comma = doc.text[p.end:p.end + 1] == ","  # "Siobhan Kehoe, the union's organiser": an apposition placing her
    return any(h.end <= p.start and doc.words_between(h.end, p.start) <= 1
               or at and h.start >= p.end and doc.words_between(p.end, h.start) <= 3
               or comma and h.start >= p.end and doc.words_between(p.end, h.start) <= 1 for h in thirds)


def _closes_clause(doc: Doc, sent: Sentence, verb, end: int) -> bool:
    """What ends at ``end`` stands right after the verb (a word between at most) and ends its clause."""
    return doc.words_between(verb.end, end) <= 3 and doc.text[end:sent.end].lstrip()[:1] in ("", ".", ",", ";")


def _closed_relative(doc: Doc, pos: int, verb: int) -> bool:
    """``pos`` is in a relative clause closed before the verb: "X, who replaced Y on Tuesday, said" (Y says
    nothing)."""
    clause = doc.relative_clause(pos)
    return clause is not None and clause[1] <= verb


def contains(outer: TimeRef, inner: TimeRef) -> bool:
    a, b = outer.interval
    c, d = inner.interval
    return a <= c and d <= b and (c, d) != (a, b)


def denial_before(doc: Doc, sent: Sentence, pos: int):
    """A denial verb earlier in the sentence whose clause ("denied that ...", "bestritten, dass ...") holds ``pos``."""
    return next((h for h in doc.hits_in(sent.start, pos, "mod") if h.key == "denied" and _introduces_clause(doc, h)),
                None)


def denies_cause(doc: Doc, sent: Sentence, denial) -> bool:
    """The clause a denial introduces is about a cause, or a cause is the object before it in its clause ("Einen
    Zusammenhang mit der Automatisierung wies ein Sprecher zurück"): the cause is denied, not the figures."""
    return (_introduces_clause(doc, denial) and bool(doc.hits_in(denial.end, sent.end, "cause"))
            or denial_after(doc, sent, denial.start) is denial)


def denial_after(doc: Doc, sent: Sentence, pos: int):
    """A lower-case denial verb after ``pos`` in its clause, with no figure between: a cause at ``pos`` is what it
    denies ("Einen Zusammenhang mit der Automatisierung wies ein Sprecher zurück")."""
    c_start, c_end = doc.clause_at(pos)
    return next((h for h in doc.hits_in(pos, min(c_end, sent.end), "mod") if h.key == "denied"
                 and doc.text[h.start].islower() and doc.hits_in(max(sent.start, c_start), h.start, "cause")
                 and not doc.starting_in(doc.quantities, max(sent.start, c_start), h.start)), None)


def fronted_denial(doc: Doc, sent: Sentence):
    """The denial verb after a sentence's opening clause of "that" ("Att automatisering skulle ligga bakom avvisar
    platschefen", "Dass KI dahinterstecke, wies er zurück", "Dat AI de oorzaak is, ontkent hij"), or None."""
    first = doc.token_index(sent.start)
    if first >= len(doc.tokens) or not doc.hits_in(doc.tokens.starts[first], doc.tokens.ends[first], "complementizers"):
        return None
    return next((h for h in doc.hits_in(sent.start, sent.end, "mod") if h.key == "denied"), None)


def _introduces_clause(doc: Doc, denial) -> bool:
    """A lower-case denial verb followed within a few tokens by "that"/"dass"/"att" ("denied on Monday that"), not by
    the pronoun "that" ("denied that, saying the cuts were due to weak demand"); or by a cause with no "that", as
    headlines write it ("denies AI behind layoffs", "rejects claims AI drove job cuts")."""
    if not doc.text[denial.start].islower():
        return False
    last = doc.tokens.starts[min(len(doc.tokens) - 1, denial.j + 4)]  # "bestritt am Donnerstag, dass"
    if any(c.start <= last and doc.text[c.end:c.end + 2].strip()[:1] not in {",", ";", ":", "."}  # "according to which"
           for c in doc.hits_in(denial.end, doc.tokens.ends[min(len(doc.tokens) - 1, denial.j + 7)], "complementizers")):
        return True
    near = doc.tokens.starts[min(len(doc.tokens) - 1, denial.j + 2)]
    return any(h.label == "cause" for h in doc.hits_in(denial.end, near + 1))


DATELINE = re.compile(r"\)\s*[-–—]")


def _dateline(text: str, m) -> bool:
    """An outlet in a wire's dateline ("LONDON, Sept 15 (Reuters) - X said"): the article's own signature, no
    outlet the sentence cites."""
    line = text.rfind("\n", 0, m.start) + 1
    return (m.start - line <= 40 and text[m.start - 1:m.start] == "(" and DATELINE.match(text, m.end) is not None)


def _union_words(doc: Doc) -> set[str]:
    """Capitalised words a union's common noun (``third_parties`` and ``attribution.unions`` or ``union_nouns``)
    stands right beside, no lexicon word, month, weekday or the article's firm ("Fackförbundet Pappers", "the Pappers
    union"): the union's name, a third party wherever the article names it ("Enligt Pappers berörs 480 anställda")."""
    toks, lang, out = doc.tokens, doc.lang, set()
    common = {(h.i, h.j) for h in doc.labelled("third_parties")}
    for h in doc.labelled("unions", "union_nouns"):
        if (h.i, h.j) not in common:
            continue
        for k in (h.j + _adjective_after(doc, h), h.i - 1):
            word = toks.raw[k] if 0 <= k < len(toks) else ""
            if (word[:1].isupper() and word.isalpha() and not doc.hits_in(toks.starts[k], toks.ends[k])
                    and word.lower() not in lang.months | lang.weekdays and word not in lang.stop
                    and word != doc.main_org and "\n" not in doc.text[min(toks.ends[k], h.end):max(toks.starts[k], h.start)]):
                out.add(word)
    return out


def _unions(doc: Doc) -> set[str]:
    """Names a union word stands right beside or in ("the GMB union", "vakbond FNV", "Fackförbundet Metallarna"); not
    a firm's a company noun names somewhere, the union word only its last ("Livsmedelsföretaget Sävsjö Livs")."""
    text, out, firms = doc.text, set(), set()
    for h in doc.labelled("unions", "union_nouns"):
        for m in doc.entities:
            after = doc.tokens.ends[h.j] if _adjective_after(doc, h) else h.end  # "el sindicato sueco Vevra"
            if m.type == "organization" and (0 <= h.start - m.end <= 2 and not text[m.end:h.start].strip()
                                             or 0 <= m.start - after <= 2 and not text[after:m.start].strip()
                                             or m.start <= h.start and h.end <= m.end):
                (firms if _firm_ending(doc, m, h) else out).add(m.name)
    return out - firms


def _adjective_after(doc: Doc, h) -> int:
    """1 when a word in lower case a company noun lists, an adjective of a country, stands right after the union word
    ``h`` and before a capitalised word ("le syndicat suédois Vevra", "el sindicato sueco Vevra"): the union's, no cue of
    a firm; else 0."""
    toks = doc.tokens
    k = h.j
    return int(k + 1 < len(toks) and toks.raw[k].isalpha() and toks.raw[k].islower() and toks.raw[k + 1][:1].isupper()
               and any(c.i == k and c.j == k + 1 for c in doc.hits_in(toks.starts[k], toks.ends[k], "company_nouns")))


def _firm_ending(doc: Doc, m, h) -> bool:
    """The union word ``h`` ends the name ``m`` after other words, a company noun right before the name."""
    return m.start < h.start and any(not doc.text[c.end:m.start].strip()
                                     for c in doc.hits_in(max(0, m.start - 40), m.start, "company_nouns"))
