"""Organisations, people, publishers and places with their mentions; roles tying a person to an organisation.

Known names come from the gazetteer; others are found through cues: a legal suffix ("Kestrel AB"), a
company noun before the name ("design software creator Autodesk"), a role title ("CEO Andy Jassy",
"Amazonchefen Andy Jassy", "Beth Galetti, Senior Vice President ... bij Amazon"), "job cuts at X",
"X announced", "according to X". Possessives and genitives ("Amazon's", "Amazons") and surnames used
later in the article ("Jassy", "Jassys") resolve to the canonical name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from kg.extract.doc import Doc, EntityMention
from kg.extract.gazetteer import Known, gazetteer
from kg.records import Role, Span

LEGAL = {"Inc", "Corp", "Corporation", "AB", "NV", "BV", "GmbH", "AG", "SA", "SE", "plc", "PLC", "Ltd", "LLC",
         "ASA", "Oyj", "SpA", "SAS", "Co", "KG", "Holding", "Holdings"}
MEDIA_WORDS = {"Times", "Journal", "Post", "News", "Zeitung", "Nyheter", "Dagblad", "Monde", "País", "Press",
               "Tribune", "Herald", "Telegraph", "Guardian", "Financial", "Allgemeine", "Tidning", "Tidningen",
               "Handelsblatt", "Express", "Courant", "Standaard", "Echos", "Figaro", "Vanguardia", "Mundo"}
ARTICLES = {"The", "De", "Het", "Le", "La", "Les", "El", "Los", "Die", "Der", "Das", "L"}
PARTICLES = {"van", "de", "der", "den", "von", "af", "da", "di", "del", "du", "ten", "ter", "le", "la"}
ROLE_LINKS = {"of", "at", "van", "bij", "von", "der", "de", "du", "chez", "del", "hos", "på", "vid", "för", "bei", "in"}
NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+$")
CAP = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’&]*|&)$")


class _Finder:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.toks = doc.tokens
        self.text = doc.text
        self.mentions: list[EntityMention] = []
        self.known: dict[str, Known] = {}
        self.compound_roles: dict[int, tuple[str, str]] = {}  # token index -> (org, title) for "Amazonchefen"
        self.discovered: dict[tuple[str, ...], tuple[str, str]] = {}  # tokens -> (name, type)
        self.persons: dict[str, str] = {}  # full name -> full name; surnames added later
        self.roles: list[Role] = []
        self.covered: dict[int, EntityMention] = {}  # token index -> the non-person mention covering it
        self.nouns = {k for h in doc.hits if h.label == "company_nouns" for k in range(h.i, h.j)}  # "Energibolaget"

    def joined(self, j: int) -> bool:
        """Token ``j`` is on the same line as the token before it: a name never crosses a line break."""
        return 0 < j < len(self.toks) and "\n" not in self.text[self.toks.ends[j - 1]:self.toks.starts[j]]

    # helpers ----------------------------------------------------------------------------------
    def add(self, i: int, j: int, name: str, type_: str, end: int | None = None) -> None:
        mention = EntityMention(self.toks.starts[i], end if end is not None else self.toks.ends[j - 1], name, type_)
        self.mentions.append(mention)
        if type_ != "person":
            for k in range(i, j):
                self.covered.setdefault(k, mention)

    def is_name(self, i: int) -> bool:
        raw = self.toks.raw[i] if 0 <= i < len(self.toks) else ""
        return (bool(NAME.match(raw)) and raw not in self.doc.lang.stop and i not in self.nouns
                and self.toks.low[i] not in self.doc.lang.role_titles)

    def name_run(self, i: int, limit: int = 3) -> int:
        """End (exclusive) of a run of up to ``limit`` person-name tokens starting at ``i``."""
        j, names = i, 0
        while j < len(self.toks) and names < limit and (j == i or self.joined(j)):
            raw = self.toks.raw[j]
            if (NAME.match(raw) and (raw not in self.doc.lang.stop or names) and not self.org_at(j) and j not in self.nouns
                    and self.toks.low[j] not in self.doc.lang.role_titles):
                names += 1
                j += 1
            elif names and raw in PARTICLES and j + 1 < len(self.toks) and NAME.match(self.toks.raw[j + 1]):
                j += 1
            elif names and raw == "-" and self.toks.starts[j] == self.toks.ends[j - 1] and j + 1 < len(self.toks):
                j += 1
            else:
                break
        return j if names else i

    def cap_run(self, i: int, limit: int = 4) -> int:
        j = i
        while j < len(self.toks) and j - i < limit and CAP.match(self.toks.raw[j]) and (j == i or self.joined(j)):
            j += 1
        return j

    def org_at(self, i: int) -> EntityMention | None:
        return self.covered.get(i)

    def mention_ending_before(self, i: int) -> EntityMention | None:
        """An organisation mention ending right before token ``i`` (allowing "-" or "'s" in between)."""
        for back in (1, 2, 3):
            k = i - back
            if k < 0:
                break
            m = self.org_at(k)
            if m is not None and m.type in ("organization", "product"):
                between = self.toks.low[k + 1:i] if self.toks.ends[k] >= m.end else []
                if all(t in ("-", "'", "s") for t in between):
                    return m
            if self.toks.low[k] not in ("-", "'", "s"):
                break
        return None

    # passes -------------------------------------------------------------------------------------
    def gazetteer_pass(self) -> None:
        g = gazetteer()
        raw, n = self.toks.raw, len(self.toks)
        suffixes = {s.lower().lstrip("-") for s in self.doc.lang.role_suffixes}
        interesting = [k for k in self.toks.caps if raw[k] in g.by_first or len(raw[k]) > 3]
        i = 0
        for k in interesting:
            if k < i:
                continue
            i = k
            tok = raw[i]
            matched = False
            for alias, known in g.by_first.get(tok, ()):
                j = i + len(alias)
                if tuple(raw[i:j]) == alias and (j >= n or not (raw[j][:1].isupper() and known.type != "place"
                                                               and self.toks.starts[j] == self.toks.ends[j - 1])):
                    self.known[known.name] = known
                    self.add(i, j, known.name, known.type)
                    i, matched = j, True
                    break
            if matched:
                continue
            if tok[:1].isupper() and len(tok) > 3:
                found = _compound(tok, self.doc.lang.code, suffixes)
                if found is not None:
                    known, cut, title = found
                    self.known[known.name] = known
                    self.add(i, i + 1, known.name, known.type, end=self.toks.starts[i] + cut)
                    if title:
                        self.compound_roles[i] = (known.name, title)
            i += 1

    def role_pass(self) -> None:
        """Role titles next to names: "Amazon CEO Andy Jassy", "Le PDG de X, Julien Marchand", "Y, CFO at X"."""
        toks = self.toks
        for i, (org, title) in self.compound_roles.items():
            j = self.name_run(i + 1)
            if j - (i + 1) >= 2:
                self.person(i + 1, j, org, title, toks.starts[i])
        roles = [h for h in self.doc.hits if h.label == "role"]
        taken: set[int] = set()
        for h in sorted(roles, key=lambda h: (h.start, -h.end)):
            if h.i in taken:
                continue
            taken.update(range(h.i, h.j))
            org = self.mention_ending_before(h.i)
            j = h.j
            if j < len(toks) and toks.low[j] in ROLE_LINKS and j + 1 < len(toks):  # "PDG de Brightwell Foods, Julien M."
                org_end = self.org_span(j + 1)
                if org_end:
                    org = self.org_from(j + 1, org_end)
                    j = org_end + (1 if org_end < len(toks) and toks.raw[org_end] == "," else 0)
                    end = self.name_run(j)
                    if end - j >= 2:
                        self.person(j, end, org.name if org else None, self.text[h.start:h.end], h.start)
                    continue
            if j + 1 < len(toks) and toks.raw[j] == "," and self.name_run(j + 1) - (j + 1) >= 2:
                j += 1  # "El consejero delegado, Marc Murtra"
            end = self.name_run(j)
            if end - j >= 2 or (end - j == 1 and org is not None):
                self.person(j, end, org.name if org else None, self.text[h.start:h.end], org.start if org else h.start)
        # "Beth Galetti, Senior Vice President of People Experience and Technology bij Amazon"
        for h in roles:
            k = h.i - 1
            if k < 2 or toks.raw[k] != ",":
                continue
            start = k - 1
            while start > 0 and k - start < 3 and self.is_name(start - 1):
                start -= 1
            if k - start < 2 or not all(self.is_name(x) for x in range(start, k)):
                continue
            org = None
            for x in range(h.j, min(h.j + 10, len(toks) - 1)):
                if toks.low[x] in ROLE_LINKS and (m := self.org_at(x + 1)) and m.type == "organization":
                    org = m
                    title = self.text[h.start:toks.ends[x - 1]]
                    break
                if toks.raw[x] in ",.;":
                    break
            if org is not None:
                self.person(start, k, org.name, title, toks.starts[start])

    def byline_pass(self) -> None:
        """"By Rachel Owens", "Von Martina Vogt", "Reporting by ...": the author, a person who is not a speaker
        and holds no role at the organisations the article is about."""
        for sent in self.doc.sentences:
            m = self.doc.lang.byline.match(self.text, sent.start) if sent.heading else None
            if m is None:
                continue
            i = self.doc.token_index(m.end())
            while i < len(self.toks) and self.toks.starts[i] < sent.end:
                j = self.name_run(i)
                if j - i < 2:
                    break
                name = " ".join(self.toks.raw[i:j]).replace(" - ", "-")
                self.persons.setdefault(name, name)
                self.add(i, j, name, "person")
                if j < len(self.toks) and (self.toks.raw[j] == "&" or self.toks.low[j] in self.doc.lang.conjunction_words):
                    i = j + 1  # "Von Thomas Berg und Katrin Seidel"; not past a comma ("By X, Business Desk")
                else:
                    break

    def org_span(self, i: int) -> int:
        """End of an organisation name starting at token ``i`` (known or capitalised), or 0."""
        m = self.org_at(i)
        if m is not None:
            j = i
            while j < len(self.toks) and self.toks.starts[j] < m.end:
                j += 1
            return j
        j = self.cap_run(i)
        return j if j > i and self.toks.raw[i] not in self.doc.lang.stop else 0

    def org_from(self, i: int, j: int) -> EntityMention | None:
        m = self.org_at(i)
        if m is not None:
            return m
        name = self.clean(i, j)
        if not name:
            return None
        self.discover(i, j, name, "organization")
        return EntityMention(self.toks.starts[i], self.toks.ends[j - 1], name, "organization")

    def person(self, i: int, j: int, org: str | None, title: str, start: int) -> bool:
        """Record a person (and the role), or an organisation when its last word says so ("Brightwell Foods")."""
        if not title and self.toks.raw[j - 1] in self.doc.lang.org_words and j - i >= 2:
            self.organisation(i, j)
            return False
        name = " ".join(self.toks.raw[i:j]).replace(" - ", "-")
        name = self.persons.get(name, name)
        if j - i == 1:  # a surname alone: only a person already known
            full = [p for p in self.persons if p.split()[-1] == name]
            if not full:
                return False
            name = full[0]
        self.persons[name] = name
        self.add(i, j, name, "person")
        self.roles.append(Role(person=name, org=org or "", title=title.strip(" ,"),
                               span=Span(start, self.toks.ends[j - 1], self.text[start:self.toks.ends[j - 1]])))
        return True

    def organisation(self, i: int, j: int) -> None:
        name = self.clean(i, j)
        if name:
            self.discover(i, j, name, "organization")
            self.add(i, j, name, "organization")

    def clean(self, i: int, j: int) -> str:
        raw = list(self.toks.raw[i:j])
        while raw and raw[0] in ARTICLES:
            raw.pop(0)
        while raw and (raw[-1] in LEGAL or raw[-1] in ".,&"):
            raw.pop()
        if not raw or all(t in self.doc.lang.stop for t in raw):
            return ""
        start = self.text.find(raw[0], self.toks.starts[i])
        end = self.text.rfind(raw[-1], start, self.toks.ends[j - 1]) + len(raw[-1])
        name = self.text[start:end]
        return re.sub(r"\s+", " ", name)

    def discover(self, i: int, j: int, name: str, type_: str, key: tuple[str, ...] | None = None) -> None:
        key = key or tuple(self.toks.raw[i:j])
        if key not in self.discovered:
            self.discovered[key] = (name, type_)
        short = _short_name(list(key), self.doc.lang.org_words) if type_ == "organization" else None
        if short and self.discovered.get((short[1],), (short[1],))[0] == short[1]:
            # the short name stands for the full one, also where it was found alone first
            self.discovered[(short[1],)] = (name, type_)

    def reporting_pass(self) -> None:
        """"said Andy Jassy", "Andy Jassy said", "aldus Galetti"."""
        for h in self.doc.hits:
            if h.label not in ("reporting", "publisher_verbs"):
                continue
            end = self.name_run(h.j)
            if end - h.j >= 2 or (end - h.j == 1 and any(p.split()[-1] == self.toks.raw[h.j] for p in self.persons)):
                if not self.org_at(h.j):
                    if self.person(h.j, end, None, "", self.toks.starts[h.j]):
                        self.roles.pop()
                    continue
            start = h.i
            while start > 0 and h.i - start < 3 and self.is_name(start - 1) and self.joined(start):
                start -= 1
            if (h.i - start >= 2 and not self.org_at(start)
                    and (start == 0 or not self.is_name(start - 1) or not self.joined(start))):
                if self.org_cue(start, h):  # "Kestrel Systems said it will ...": not a person
                    self.organisation(start, h.i)
                elif self.person(start, h.i, None, "", self.toks.starts[start]):
                    self.roles.pop()

    def org_cue(self, i: int, verb) -> bool:
        """The name before a reporting verb is an organisation's: a company noun stands before it
        ("Skogsbolaget X meddelade"), an organisation pronoun follows ("X said it will"), or, with no person
        cue (a pronoun "he"/"she", a known given name or person), it opens a sentence announcing job figures
        about no other organisation."""
        toks, doc = self.toks, self.doc
        if i - 1 in self.nouns and self.joined(i):
            return True
        person_cue = False
        for k in range(verb.j, min(verb.j + 5, len(toks))):
            if toks.low[k] in doc.lang.org_pronouns:
                return True
            if toks.raw[k] in ",.;:\"“”":
                break
            person_cue = person_cue or any(h.label == "person_pronouns" for h in doc.hits_in(toks.starts[k], toks.ends[k]))
        if person_cue or toks.raw[i] in doc.lang.first_names or toks.raw[verb.i - 1] in {p.split()[-1] for p in self.persons}:
            return False
        sent = doc.sentence_at(verb.start)
        if sent.start != toks.starts[i] or any(m.type == "organization" and sent.start <= m.start < sent.end
                                               for m in self.mentions):
            return False
        after = doc.hits_in(verb.start, sent.end, "cut", "cut_nouns")  # also "säger upp": a cut, not a saying
        return bool(after) and any(q.quantity.unit in ("count", "percent") for q in doc.quantities
                                   if verb.end <= q.start < sent.end)

    def owns_workforce(self, j: int) -> bool:
        """A possessive before a head count or a cut ("X's 3,000 employees", "Kestrel Systems' plan to cut")."""
        toks, doc = self.toks, self.doc
        if j >= len(toks) or toks.raw[j] not in ("'", "’") or toks.starts[j] != toks.ends[j - 1]:
            return False
        k = j + 2 if j + 1 < len(toks) and toks.raw[j + 1] == "s" else j + 1
        if k >= len(toks):
            return False
        pos = toks.starts[k]
        nxt = doc.hits_in(pos, toks.ends[min(len(toks) - 1, k + 1)], "cut", "cut_nouns", "mod", "workforce")
        if nxt:
            return True
        q = next((q for q in doc.quantities if q.start == pos), None)
        return q is not None and bool(doc.hits_in(q.end, q.end + 20, "jobs", "workforce"))

    def apposition(self, j: int) -> bool:
        """", a Berlin-based startup," or ", based in Zaragoza," after a name: an organisation's apposition."""
        toks = self.toks
        if j >= len(toks) or toks.raw[j] != ",":
            return False
        if any(h.i <= j + 2 for h in self.doc.hits_in(toks.starts[j], toks.ends[min(len(toks) - 1, j + 8)], "org_apposition")):
            return True  # ", based in Zaragoza,", ", which employs"
        for k in range(j + 1, min(j + 6, len(toks) - 1)):
            if toks.raw[k] in ",.;:" or toks.low[k] in self.doc.lang.role_titles:
                return False
            if k in self.nouns and toks.raw[k + 1] in ",.)" and toks.raw[k][0].islower():
                return True
        return False

    def determined(self, i: int) -> bool:
        """A determiner before a capitalised word makes it a noun in a language that capitalises nouns
        ("einen Bericht über den Abbau"), not a name."""
        return i > 0 and self.toks.low[i - 1] in self.doc.lang.determiners and self.joined(i)

    def cue_pass(self) -> None:
        """Organisations the gazetteer does not list, found through cues around a capitalised name."""
        toks, lang = self.toks, self.doc.lang
        starts_ok = {s.start for s in self.doc.sentences}
        company_tokens = {k for h in self.doc.hits if h.label in LEXICAL for k in range(h.i, h.j)}
        company_end = {h.j for h in self.doc.hits if h.label == "company_nouns"  # "the retailer X", "Energibolaget X"
                       and (toks.raw[h.i][0].islower() or toks.starts[h.i] in starts_ok or lang.capitalised_nouns)}
        at_end = {h.j: h for h in self.doc.hits if h.label == "at"}
        cut_end = {h.j for h in self.doc.hits if h.label in ("cut", "cut_nouns", "jobs")}
        verb_start = {h.i for h in self.doc.hits if (h.label == "mod" and h.key in ("announced", "planned", "denied"))
                      or h.label in ("cut", "reporting")
                      or (h.label == "close" and self.doc.hits_in(h.end, h.end + 30, "store"))}  # "X will close 25 stores"
        person_tokens = {p for name in self.persons for p in name.split()}
        n, j_done = len(toks), 0
        for i in toks.caps:
            particle = (toks.raw[i].lower() in PARTICLES and i in company_end and i + 1 < n
                        and CAP.match(toks.raw[i + 1]) is not None)  # "Transportbedrijf Van Leeuwen Logistiek"
            if (i < j_done or not CAP.match(toks.raw[i]) or self.org_at(i) or toks.raw[i] in person_tokens
                    or (i in company_tokens or toks.raw[i] in lang.stop) and not particle):
                continue
            j = i + 1 if particle else i
            while j < min(n, i + 4) and CAP.match(toks.raw[j]) and j not in company_tokens and (j == i or self.joined(j)):
                j += 1
            while j > i and (toks.raw[j - 1] in person_tokens or self.org_at(j - 1)):
                j -= 1
            if j == i:
                continue
            raw = toks.raw[i:j]
            legal = j < n and toks.raw[j] in LEGAL or raw[-1] in LEGAL and len(raw) > 1
            sentence_initial = toks.starts[i] in starts_ok
            cue = (legal or i in company_end or (len(raw) >= 2 and raw[-1] in lang.org_words) or self.apposition(j)
                   or self.owns_workforce(j))
            if not cue and i in at_end and any(e in cut_end and "\n" not in self.text[toks.starts[e - 1]:toks.starts[i]]
                                               and self.doc.sentence_at(toks.starts[e - 1]).start <= toks.starts[i]
                                               < self.doc.sentence_at(toks.starts[e - 1]).end
                                               for e in range(at_end[i].i - 3, at_end[i].i + 1)):
                cue = True
            verb = next((k for k in range(j, min(j + 4, n)) if k in verb_start), None)
            if verb is not None and not all(toks.raw[k].islower() for k in range(j, verb)):
                verb = None
            if not cue and verb is not None and raw[0] not in lang.stop:
                cue = len(raw) >= 2 or not (sentence_initial and lang.capitalised_nouns or self.determined(i))
            if cue and not any(r.lower() in lang.months or r.lower() in lang.weekdays for r in raw):
                name = self.clean(i, j + (1 if j < n and toks.raw[j] in LEGAL else 0))
                if name and name not in ("AI", "KI", "IA") and name.lower() not in lang.role_titles:
                    self.discover(i, j, name, "organization")
            j_done = j

    def propagate(self) -> None:
        """Every occurrence of a discovered name, and every later use of a person's surname."""
        toks = self.toks
        at: dict[str, list[int]] = {}
        for i in toks.caps:
            at.setdefault(toks.raw[i], []).append(i)
        for key, (name, type_) in self.discovered.items():
            for i in at.get(key[0], ()):
                if tuple(toks.raw[i:i + len(key)]) == key and not self.org_at(i):
                    self.add(i, i + len(key), name, type_)
            if len(key) == 1:  # a genitive: "Kestrels"
                for i in at.get(key[0] + "s", ()):
                    if not self.org_at(i):
                        self.add(i, i + 1, name, type_, end=toks.ends[i] - 1)
        surnames = {}
        for full in self.persons:
            surnames.setdefault(full.split()[-1], full)
        taken = {(m.start) for m in self.mentions}
        covered = _merged((m.start, m.end) for m in self.mentions if m.type == "person")
        for base in surnames:
            for form in (base, base + "s"):
                for i in at.get(form, ()):
                    if toks.starts[i] not in taken and not _inside(covered, toks.starts[i]):
                        self.add(i, i + 1, surnames[base], "person", end=toks.starts[i] + len(base))

    def publisher_pass(self) -> None:
        """"according to X", "volgens X", "X schreef" where X is a news outlet."""
        for h in self.doc.hits:
            if h.label != "according_to":
                continue
            i = h.j
            while i < len(self.toks) and self.toks.raw[i] in ("\"", "“", "„", "«", "'"):
                i += 1
            j = self.cap_run(i, 5)
            if j > i and not self.org_at(i) and any(t in MEDIA_WORDS for t in self.toks.raw[i:j]):
                name = self.clean(i, j)
                if name:
                    self.discover(i, j, name, "publisher")


# Lexicon hits whose words are not (the start of) a name: "Vorig jaar", "Förra året", "Softwarekonzern".
LEXICAL = {"company_nouns", "time", "hedge", "mod", "cut", "reporting", "anaphora", "conjunctions", "possessive",
           "skip_before", "year_prep", "negation", "according_to", "jobs", "others"}
GENERIC = {"Media", "Group", "Foods", "Systems", "Logistics", "Pharma", "Bank", "Holdings", "Motors", "Technologies",
           "Technology", "Energy", "Capital", "Partners", "Airlines", "Labs", "Industries", "Software", "Solutions",
           "Services", "Retail", "Networks", "Health", "Games", "Studios", "Electronics", "Cars", "Robotics",
           "Gruppe", "Groep", "Groupe", "Grupo", "Konzern", "Brands", "Financial", "Insurance"}


def _short_name(raw: list[str], org_words=frozenset()) -> tuple[int, str] | None:
    """"Brightline Media" is also "Brightline", "Bank Alpstein" also "Alpstein": the name without its generic word."""
    if len(raw) != 2:
        return None
    if (raw[1] in GENERIC or raw[1] in org_words) and raw[0] not in GENERIC:
        return 0, raw[0]
    if raw[0] in GENERIC and raw[1] not in GENERIC:
        return 1, raw[1]
    return None


_COMPOUNDS: dict[tuple[str, str], tuple[Known, int, str] | None] = {}


def _compound(tok: str, code: str, suffixes: set[str]) -> tuple[Known, int, str] | None:
    """"Amazons" (a genitive) or "Amazonchefen" (a name and a role): the known name, where it ends, the role."""
    key = (tok, code)
    if key not in _COMPOUNDS:
        found = None
        by_first = gazetteer().by_first
        for cut in range(len(tok) - 1, 2, -1):
            rest = tok[cut:].lower().lstrip("-")
            if rest != "s" and rest not in suffixes:
                continue
            cands = [k for a, k in by_first.get(tok[:cut], ()) if len(a) == 1]
            if cands:
                found = (cands[0], cut, "" if rest == "s" else tok[cut:].lstrip("-"))
                break
        if len(_COMPOUNDS) < 100_000:
            _COMPOUNDS[key] = found
        return found
    return _COMPOUNDS[key]


def find_entities(doc: Doc) -> None:
    """Fill ``doc.entities`` (mentions), ``doc.roles`` and ``doc.known`` (gazetteer facts by name)."""
    f = _Finder(doc)
    f.gazetteer_pass()
    f.role_pass()
    f.byline_pass()
    f.reporting_pass()
    f.cue_pass()
    f.publisher_pass()
    f.propagate()
    mentions = sorted(f.mentions, key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[EntityMention] = []
    for m in mentions:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    doc.entities = kept
    main = main_org(kept)
    orgs = [m for m in kept if m.type == "organization"]
    roles: list[Role] = []
    for role in f.roles:
        org = role.org or _org_before(orgs, role.span.start if role.span else 0) or main
        if org and not any((r.person, r.org, r.title) == (role.person, org, role.title) for r in roles):
            roles.append(Role(role.person, org, role.title, role.span))
    doc.roles = roles
    doc.known = f.known
    doc.main_org = main


def main_org(mentions: list[EntityMention]) -> str | None:
    """The organisation the article is most about: the most mentioned, the earliest on a tie."""
    counts = Counter(m.name for m in mentions if m.type == "organization")
    if not counts:
        return None
    best = max(counts.values())
    return next(m.name for m in mentions if m.type == "organization" and counts[m.name] == best)


def _org_before(orgs: list[EntityMention], pos: int) -> str | None:
    """The last of the organisations (sorted, not overlapping, so ends are sorted too) ending by ``pos``."""
    i = bisect_right(orgs, pos, key=lambda m: m.end)
    return orgs[i - 1].name if i else None


def _merged(spans) -> list[tuple[int, int]]:
    """Spans merged where they overlap, sorted by start (so that ``_inside`` can search them)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _inside(merged: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(merged, pos, key=lambda span: span[0])
    return bool(i) and pos < merged[i - 1][1]
