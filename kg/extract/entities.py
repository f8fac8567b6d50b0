"""Organisations, people, publishers and places with their mentions; roles tying a person to an organisation.

Known names come from the gazetteer; others are found through cues: a legal suffix ("Kestrel AB"), a
company noun before the name ("design software creator Autodesk"), a firm's title after it ("Tarnwick chief
executive Pieter Vos"), a role title ("CEO Andy Jassy",
"Amazonchefen Andy Jassy", "Beth Galetti, Senior Vice President ... bij Amazon"), "job cuts at X",
"X announced", "according to X". Possessives and genitives ("Amazon's", "Amazons") and surnames used
later in the article ("Jassy", "Jassys") resolve to the canonical name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import cache, cached_property

from kg.extract.doc import Doc, EntityMention
from kg.extract.gazetteer import Known, gazetteer
from kg.extract.lang import Hit, norm
from kg.extract.wordlists import listed_name, travels, vocabulary, zipf
from kg.lexicon import SHARED, across, legal_forms, lexicon
from kg.records import Role, Span

# Words that travel with the names they belong to, from every lexicon (kg.lexicon.across)


@cache
def legal_words() -> frozenset[str]:
    """Legal forms (kg.lexicon.legal_forms) and the words taken as one ("X Holdings"), as written."""
    return legal_forms() | across("entities", "holding_forms")


LEGAL = legal_words()  # "Kestrel AB", "Northwind Logistics Inc.", "X Holdings"
MEDIA_WORDS = across("entities", "media_words")  # "Dagens Nyheter", "Financial Times"
PARTICLES = across("entities", "particles")  # "Femke de Wit", "Van Leeuwen Logistiek"
GENERIC = across("entities", "generic")  # "Nissan Motor" is "Nissan"
GROUP = across("entities", "group_words")  # the generic words that never name another company ("Volkswagen Group")
GROUP_NOUNS = frozenset(w.lower() for w in GROUP)  # "the Kestrel group": the firm's own word, no base before it
GENITIVE = across("entities", "genitive")  # "Kestrels", "Kestrel's"
_POSSESSIVE = frozenset({"-", "'", *GENITIVE})  # what may stand between a name and its noun ("Kestrel's", "VW-Chef")
PUBLIC = frozenset(lexicon(SHARED).get("roles", {}).get("public", []))  # "mayor of X": X a place, no firm
NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+$")
CAP = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’&]*|&)$")
SUBSIDIARY_BEFORE = re.compile(r"(?:\s+[^\W\d_A-ZÀ-ÖØ-Þ]\w*)?\s*,?\s*")  # "Su filial española, X", "its subsidiary X"
SUBSIDIARY_AFTER = re.compile(r"\s*,\s*(?:[^\W\d_A-ZÀ-ÖØ-Þ]\w*\s+)?")  # "X, a unit of", "X, filiale du"
# a ticker: an exchange's name, a colon and a symbol in capitals in brackets ("(SIX: RUEP)", "(STO: RYDB B)", "(Nasdaq
# Stockholm : SORV B)"); the exchange is a market, the symbol no name
TICKER = re.compile(r"\(\s*([A-ZÀ-Þ][\w&.-]*(?:\s+[A-ZÀ-Þ][\w&.-]*){0,2})\s*:\s*[A-Z][A-Z0-9.]{0,7}(?:\s[A-Z])?\s*\)")


class _Finder:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.legal = legal_words()
        self.toks = doc.tokens
        self.text = doc.text
        self.mentions: list[EntityMention] = []
        self.named: set[int] = set()  # tokens inside any mention
        self.known: dict[str, Known] = {}
        self.compound_roles: dict[int, tuple[str, str]] = {}  # token index -> (org, title) for "Amazonchefen"
        self.discovered: dict[tuple[str, ...], tuple[str, str]] = {}  # tokens -> (name, type)
        self.persons: dict[str, str] = {}  # full name -> full name; surnames added later
        self.roles: list[Role] = []
        self.covered: dict[int, EntityMention] = {}  # token index -> the non-person mention covering it
        self.nouns = {k for h in doc.labelled("company_nouns", "subsidiary") for k in range(h.i, h.j)}  # "Energibolaget"
        self.unions = {k for h in doc.labelled("unions") for k in range(h.i, h.j)}  # "selon la CGT": no person, outlet, firm
        self.offices: set[int] = set()  # where the place a public office is of starts: "el alcalde de Tineo"
        self.union_names: set[int] = set()  # the words of a union's name: "the Hoxmoor Bank Officers' Union"
        self.genitives: list[EntityMention] = []  # names taken from a genitive alone ("Lydford's revenue")

    def joined(self, j: int) -> bool:
        """Token ``j`` is on the same line as the token before it: a name never crosses a line break."""
        return 0 < j < len(self.toks) and "\n" not in self.text[self.toks.ends[j - 1]:self.toks.starts[j]]

    # helpers ----------------------------------------------------------------------------------
    def add(self, i: int, j: int, name: str, type_: str, end: int | None = None) -> None:
        mention = EntityMention(self.toks.starts[i], end if end is not None else self.toks.ends[j - 1], name, type_)
        self.mentions.append(mention)
        self.named.update(range(i, j))
        if type_ != "person":
            for k in range(i, j):
                self.covered.setdefault(k, mention)

    def is_name(self, i: int) -> bool:
        raw = self.toks.raw[i] if 0 <= i < len(self.toks) else ""
        return bool(NAME.match(raw)) and raw not in self.doc.lang.stop and i not in self.nouns and not self.is_role(i)

    def name_run(self, i: int, limit: int = 3) -> int:
        """End (exclusive) of a run of up to ``limit`` person-name tokens starting at ``i``."""
        j, names = i, 0
        while j < len(self.toks) and names < limit and (j == i or self.joined(j)):
            raw = self.toks.raw[j]
            if (NAME.match(raw) and (raw not in self.doc.lang.stop or names) and not self.org_at(j) and j not in self.nouns
                    and not self.is_role(j) and raw not in self.legal):
                names += 1
                j += 1
            elif (names and raw in PARTICLES and j + 1 < len(self.toks) and NAME.match(self.toks.raw[j + 1])
                  and not self.org_ahead(j + 1) and not self.article_noun(j)):  # not "Willem Visser van Transvaal BV"
                j += 1
            elif names and raw == "-" and self.toks.starts[j] == self.toks.ends[j - 1] and j + 1 < len(self.toks):
                j += 1
            else:
                break
        return j if names else i

    def hyphened(self, i: int) -> bool:
        """Token ``i`` is glued by a hyphen to the word before it: the last part of one hyphenated name."""
        toks = self.toks
        return (i >= 2 and toks.raw[i - 1] == "-" and toks.ends[i - 2] == toks.starts[i - 1]
                and toks.ends[i - 1] == toks.starts[i] and toks.raw[i - 2][:1].isalpha())

    def article_noun(self, j: int) -> bool:
        """Token ``j`` is an article of a language whose nouns are capitalised, right after a name and before a word
        of the language: "begründete Claudia Henning den Schritt" ends the name, "von der Leyen" does not."""
        lang = self.doc.lang
        toks = self.toks
        return (lang.capitalised_nouns and toks.low[j] in lang.article_words and toks.low[j - 1] not in PARTICLES
                and (vocabulary(toks.raw[j + 1], lang.code)  # "der Logistik Zeitung": a noun of a name after it too
                     or j + 2 < len(toks) and NAME.match(toks.raw[j + 2]) is not None and vocabulary(toks.raw[j + 2], lang.code)))

    def org_ahead(self, i: int) -> bool:
        """An organisation starts at token ``i``: a known one, capitalised words ending in a legal form, or a word
        the article also writes without a particle before it ("Lotte Jansen van Meridia" after "Meridia schrapt")."""
        toks = self.toks
        return bool(self.org_at(i)) or any(toks.raw[k] in self.legal for k in range(i + 1, self.cap_run(i))) or any(
            toks.raw[k] == toks.raw[i] and (k == 0 or toks.low[k - 1] not in PARTICLES) for k in toks.caps if k != i)

    def is_role(self, i: int) -> bool:
        """Token ``i`` is a role title, or a compound ending in one ("Markenchef", "Betriebsratschefin")."""
        low = self.toks.low[i]
        lang = self.doc.lang
        found = lang.role_words.get(low)
        if found is None:
            found = low in lang.role_titles or any(
                low.endswith(suffix) and len(low) > len(suffix) + 2 for suffix in lang.role_endings)
            if len(lang.role_words) < 100_000:
                lang.role_words[low] = found
        return found

    def cap_run(self, i: int, limit: int = 4) -> int:
        j = i
        while j < len(self.toks) and j - i < limit and CAP.match(self.toks.raw[j]) and (j == i or self.joined(j)):
            j = self.hyphen_end(j)
        return j

    def hyphen_end(self, j: int) -> int:
        """End (exclusive) of the name that hyphens join to the capitalised word at token ``j``, lowercase links and
        elided articles between its capitalised parts ("Saint-Gobain", "Aix-en-Provence", "Côtes-d'Armor"): one
        name. A part that is a lexicon word or a role, or where nouns are capitalised a word of the language, makes
        the whole one word of the language, no name ("VW-Chef", "Klarna-Mitarbeiter", "Buy-Now-Pay-Later-Plattform"):
        ``j + 1`` then, as when no part joins."""
        toks, n = self.toks, len(self.toks)
        end = k = j + 1
        while k + 1 < n and toks.raw[k] == "-" and toks.ends[k - 1] == toks.starts[k] and toks.ends[k] == toks.starts[k + 1]:
            k += 1
            while (k + 2 < n and toks.raw[k + 1] in ("'", "’") and toks.raw[k].islower()
                   and toks.ends[k] == toks.starts[k + 1] and toks.ends[k + 1] == toks.starts[k + 2]):
                k += 2  # "d'Armor"
            raw = toks.raw[k]
            if not raw.isalpha():
                break
            if raw[0].isupper():
                if (self.doc.hits_in(toks.starts[k], toks.ends[k]) or self.is_role(k)
                        or self.doc.lang.capitalised_nouns and self.vocabulary(k)):
                    return j + 1
                end = k + 1
            k += 1
        return end

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
                if all(t in _POSSESSIVE for t in between):
                    return m
            if self.toks.low[k] not in _POSSESSIVE:
                break
        return None

    # passes -------------------------------------------------------------------------------------
    def gazetteer_pass(self) -> None:
        g = gazetteer()
        raw, n = self.toks.raw, len(self.toks)
        suffixes = {s.lower().lstrip("-") for s in self.doc.lang.role_suffixes}
        interesting = [k for k in self.toks.caps if raw[k] in g.by_first or len(raw[k]) > 3]
        longer: list[tuple[int, int, Known]] = []  # "Siemens Energy": maybe another company than "Siemens"
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
                    if known.type == "place" and j < n and NAME.match(raw[j]) and raw[j] not in self.doc.lang.stop and (
                            self.toks.starts[j] == self.toks.ends[j - 1] + 1):
                        break  # "Chad Miller", "China Mobile": a name that starts with a country's
                    if known.type == "organization" and j < n and raw[j] in GENERIC and raw[j] not in GROUP and (
                            self.toks.starts[j] == self.toks.ends[j - 1] + 1):
                        longer.append((i, j + 1, known))
                        i, matched = j + 1, True
                        break
                    self.known[known.name] = known
                    self.add(i, j, known.name, known.type)
                    i, matched = j, True
                    break
            if matched:
                continue
            if tok[:1].isupper() and len(tok) > 3 and tok not in g.by_first:  # "Brussels Airlines": no genitive of
                found = _compound(tok, self.doc.lang.code, suffixes)  # "Brussel", a name of its own
                if found is not None:
                    known, cut, title = found
                    self.known[known.name] = known
                    self.add(i, i + 1, known.name, known.type, end=self.toks.starts[i] + cut)
                    if title:
                        self.compound_roles[i] = (known.name, title)
            i += 1
        for a, b, known in longer:  # the same company where the article names it by the short name too
            if known.name in self.known:
                self.add(a, b, known.name, known.type)

    def role_pass(self) -> None:
        """Role titles next to names: "Amazon CEO Andy Jassy", "Le PDG de X, Julien Marchand", "Y, CFO at X"."""
        toks, links = self.toks, self.doc.lang.role_links  # "of", "de", "bei": between a role and its organisation
        for i, (org, title) in self.compound_roles.items():
            j = self.name_run(i + 1)
            if j - (i + 1) >= 2:
                self.person(i + 1, j, org, title, toks.starts[i])
        roles = self.doc.labelled("role")
        roles += [Hit("role", toks.low[k], toks.starts[k], toks.ends[k], k, k + 1) for k in toks.caps
                  if toks.low[k] not in self.doc.lang.role_titles and self.is_role(k)]  # "VW-Markenchef Thomas Schäfer"
        taken: set[int] = set()
        for h in sorted(roles, key=lambda h: (h.start, -h.end)):
            if h.i in taken:
                continue
            taken.update(range(h.i, h.j))
            org = self.mention_ending_before(h.i) or self.genitive_org(h.i) or self.firm_before(h)
            j = h.j
            if j < len(toks) and toks.low[j] in links and j + 1 < len(toks):  # "PDG de Brightwell Foods, Julien M."
                org_end = self.org_span(j + 1)
                if org_end:  # "la maire de Saint-Brieuc": a place
                    public = self.doc.lang.canonical_title(self.text[h.start:h.end]) in PUBLIC
                    place = bool(self.doc.hits_in(toks.starts[j], toks.ends[j], "locative")) and not self.org_at(j + 1)
                    org = None if public or place else self.org_from(j + 1, org_end)  # "der Betriebsratschef in Ulm"
                    if public:
                        self.offices.add(j + 1)
                    j = org_end + (1 if org_end < len(toks) and toks.raw[org_end] == "," else 0)
                    end = self.name_run(j) if self.joined(j) else j  # not the next line's first words
                    if end - j >= 2:
                        self.person(j, end, org.name if org else None, self.text[h.start:h.end], h.start)
                    continue
            if j + 1 < len(toks) and toks.raw[j] == "," and self.name_run(j + 1) - (j + 1) >= 2:
                j += 1  # "El consejero delegado, Marc Murtra"
            end = self.name_run(j) if self.joined(j) else j  # a byline's title names no one on the next line
            if org is None and end < len(toks) - 1 and toks.low[end] in links and self.org_ahead(end + 1):
                if self.doc.lang.canonical_title(self.text[h.start:h.end]) in PUBLIC:
                    self.offices.add(end + 1)  # "Burgemeester Jan Claes van Bremdonk": a place
                else:
                    org = self.org_from(end + 1, self.org_span(end + 1))  # "topman Willem Visser van Transvaal BV"
            if end - j >= 2 or (end - j == 1 and org is not None):
                self.person(j, end, org.name if org else None, self.text[h.start:h.end], org.start if org else h.start)
        # "Beth Galetti, Senior Vice President of People Experience and Technology bij Amazon", "Chad Miller, chief
        # executive of Harlow Foods,", "Eva de Vries, topvrouw van Delvaart."
        by_start: dict[int, list] = {}  # a role inside a longer one starts at most the longest role's words after it
        for o in roles:
            by_start.setdefault(o.i, []).append(o)
        longest = max((o.j - o.i for o in roles), default=0)
        for h in roles:
            if any(o.j >= h.j and o.j - o.i > h.j - h.i for i in range(h.i - longest, h.i + 1)
                   for o in by_start.get(i, ())):
                continue  # "chief" of "chief financial officer"
            k = h.i - 1
            before = self.mention_ending_before(h.i) or self.genitive_org(h.i)  # "Laura Kent, Brookmere's CFO"
            if before is not None:
                k = self.doc.token_index(before.start) - 1
            start = self.name_before(k) if k > 1 and toks.raw[k] == "," else None
            if start is None:
                continue
            found = (before, h.j) if before is not None else self.apposition_org(h.j)
            if found is not None:
                org, x = found
                self.person(start, k, org.name, self.text[h.start:toks.ends[x - 1]], toks.starts[start])

    def result_owners(self) -> None:
        """A name in the genitive right before a result's money word owns it, as one before a title holds that:
        "I fjol ökade Haldens omsättning", "Im Jahr 2025 stieg Teltwerks Umsatz" (``genitive_org``); not a word the
        article writes elsewhere before no result, a name ending in s ("Het aandeel Steenhuis verloor" beside
        "Steenhuis kampt met")."""
        toks, results = self.toks, [h for h in self.doc.labelled("money") if h.key in RESULTS]
        before = {h.i - 1 for h in results}
        elsewhere = Counter(toks.raw[k] for k in toks.caps if k not in before)
        for h in results:
            if h.i and not elsewhere[toks.raw[h.i - 1]]:
                self.genitive_org(h.i, opening=True)

    def genitive_org(self, i: int, opening: bool = False) -> EntityMention | None:
        """A capitalised name in the genitive right before token ``i``, no word of the language, taken for an
        organisation: "IF Metalls ordförande", "Brookmere's chief financial officer"; opening a sentence only when
        ``opening`` (before a result: "Haldens omsättning ökade"), one word, no organisation word ("Chemicals") and no
        known place or person's name."""
        toks = self.toks
        if i >= 3 and toks.raw[i - 1] == "s" and toks.raw[i - 2] in "'’" and toks.ends[i - 3] == toks.starts[i - 2]:
            end, cut = i - 2, 0  # "Brookmere's"
        else:
            cut = next((len(g) for g in GENITIVE if i and toks.raw[i - 1].endswith(g)
                        and len(toks.raw[i - 1]) > len(g) + 1), 0)
            end = i if cut else 0  # "Metalls"
        if not end:
            return None
        start = end
        while start > 0 and end - start < 3 and CAP.match(toks.raw[start - 1]) and (start == end or self.joined(start)):
            start -= 1
        key = (*toks.raw[start:end - 1], toks.raw[end - 1][:len(toks.raw[end - 1]) - cut])
        if start == end or any(self.org_at(k) or k in self.nouns or toks.raw[k] in self.doc.lang.stop or self.is_role(k)
                               for k in range(start, end)):
            return None
        words = [w for w in (*toks.raw[start:end], key[-1]) if not w.isupper()]  # an acronym is a name ("IF Metall")
        opens = not self.doc.words_between(self.doc.sentence_at(toks.starts[start]).start, toks.starts[start])
        if any(vocabulary(w, self.doc.lang.code) for w in words) or opens and words and not (
                opening and end - start == 1 and toks.raw[start] not in self.doc.lang.org_words
                and not self.place_or_person(key)):  # "Kedjans vd", "Sveriges", "Morlaix Chemicals ebitda"
            return None
        name = " ".join(key)
        self.discover(start, end, name, "organization", key)
        self.add(start, end, name, "organization", end=toks.ends[end - 1] - cut)
        self.genitives.append(self.mentions[-1])
        return self.org_at(start)

    def place_or_person(self, key: tuple[str, ...]) -> bool:
        """The words name a place the gazetteer knows or the article names, or a part of a person's name."""
        name = " ".join(key)
        return (any(k.type == "place" for _, k in gazetteer().by_first.get(key[0], ()))
                or any(m.name == name and m.type == "place" for m in self.mentions)
                or any(w in p.split() for p in self.persons for w in key))

    def firm_before(self, h: Hit) -> EntityMention | None:
        """Up to three capitalised words right before a firm's title (``roles.firm_titles``) that a person's name
        follows, none a word of the language, a name or a title: the firm ("Tarnwick chief executive Pieter Vos")."""
        toks, lang = self.toks, self.doc.lang
        if self.text[h.start:h.end].lower() not in lang.firm_titles:
            return None
        if self.name_run(h.j) - h.j < 2:
            return None
        start = h.i
        while (start > 0 and h.i - start < 3 and CAP.match(toks.raw[start - 1]) and self.joined(start)
               and toks.raw[start - 1] not in lang.stop and toks.raw[start - 1] not in lang.first_names
               and start - 1 not in self.nouns and start - 1 not in self.named and not self.is_role(start - 1)
               and not vocabulary(toks.raw[start - 1], lang.code)):
            start -= 1
        if start == h.i or (start > 0 and CAP.match(toks.raw[start - 1]) and toks.raw[start - 1] not in lang.stop):
            return None  # nothing, or part of a longer run of capitals
        name = " ".join(toks.raw[start:h.i])
        self.discover(start, h.i, name, "organization")
        self.add(start, h.i, name, "organization")
        return self.org_at(start)

    def name_before(self, k: int) -> int | None:
        """Start of a person's name of two or more words ending right before token ``k``, particles allowed."""
        for start in range(max(0, k - 4), k - 1):
            if self.is_name(start) and (start == 0 or not self.is_name(start - 1)) and self.name_run(start) == k:
                return start
        return None

    def apposition_org(self, i: int) -> tuple[EntityMention, int] | None:
        """The organisation a title from token ``i`` on names after a link word, and where the title ends: a known
        one anywhere in the apposition ("Senior Vice President of Global Freight at Volvo"), else a capitalised name
        that ends it ("chief executive of Harlow Foods,")."""
        toks, links = self.toks, self.doc.lang.role_links
        ends = [x for x in range(i, min(i + 10, len(toks) - 1)) if toks.low[x] in links]
        stop = next((x for x in range(i, min(i + 10, len(toks))) if toks.raw[x] in ",.;"), None)
        ends = [x for x in ends if stop is None or x < stop]
        for x in ends:
            if (m := self.org_at(x + 1)) and m.type == "organization":
                return m, x
        for x in ends:  # not a place ("head of sales in Sweden,") nor a person
            end = 0 if self.org_at(x + 1) or toks.raw[x + 1] in self.doc.lang.first_names else self.org_span(x + 1)
            if end and (end == len(toks) or toks.raw[end] in ",.;:" or not self.joined(end)):
                org = self.org_from(x + 1, end)
                if org is not None:
                    return org, x
        return None

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
        """End of an organisation name starting at token ``i`` (known or capitalised), or 0; a month or a weekday
        names none ("became chief executive in January 2024")."""
        m = self.org_at(i)
        if m is not None:
            j = i
            while j < len(self.toks) and self.toks.starts[j] < m.end:
                j += 1
            return j
        lang, j = self.doc.lang, self.cap_run(i)
        if any(t in lang.months or t in lang.weekdays for t in self.toks.low[i:j]):
            return 0
        return j if j > i and self.toks.raw[i] not in lang.stop else 0

    def org_from(self, i: int, j: int) -> EntityMention | None:
        m = self.org_at(i)
        if m is not None:
            return m
        name = self.clean(i, j)
        if not name:
            return None
        self.discover(i, j, name, "organization")
        return EntityMention(self.toks.starts[i], self.toks.ends[j - 1], name, "organization")

    def person(self, i: int, j: int, org: str | None, title: str, start: int, surname: bool = False) -> bool:
        """Record a person (and the role), or an organisation when its last word says so ("Brightwell Foods"; after a
        title too, unless a first name opens it: "Topman Pellmark Verzekeringen" is the firm the title heads, "CEO John
        Capital" a person)."""
        if (self.toks.raw[j - 1] in self.doc.lang.org_words and j - i >= 2
                and not (title and self.toks.raw[i] in self.doc.lang.first_names)):
            self.organisation(i, j)
            return False
        name = " ".join(self.toks.raw[i:j]).replace(" - ", "-")
        name = self.persons.get(name, name)
        if j - i == 1 and not surname:  # a surname alone: only a person already known
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
        own = raw and raw[0][:1].isupper() and self.joined(i) and self.doc.sentence_at(self.toks.starts[i]).start != self.toks.starts[i]
        while raw and raw[0].lower() in self.doc.lang.article_words and not own:  # "Bouwbedrijf De Nieuwe Stad": its own
            raw.pop(0)
        while raw and (raw[-1] in self.legal or raw[-1] in ".,&"):
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
        if (short and self.discovered.get((short[1],), (short[1],))[0] == short[1]
                and not self.named_subsidiary(name)):
            # the short name stands for the full one, also where it was found alone first
            self.discovered[(short[1],)] = (name, type_)

    def reporting_pass(self) -> None:
        """"said Andy Jassy", "Andy Jassy said", "aldus Galetti"; not "according to Unite", a union."""
        longer = [(h.start, h.end) for h in self.doc.labelled("cut") if h.j - h.i > 1]
        unions = self.unions
        for h in self.doc.hits:
            if h.label not in ("reporting", "publisher_verbs") or h.j in unions or any(  # "säger upp" lays off
                    a <= h.start and h.end <= b and b - a > h.end - h.start for a, b in longer):
                continue
            end = self.name_run(h.j)
            known = end - h.j == 1 and any(p.split()[-1] == self.toks.raw[h.j] for p in self.persons)
            alone = end - h.j == 1 and not known and self.surname(h.j)
            if end - h.j >= 2 or known or alone:
                if not self.org_at(h.j):
                    if self.person(h.j, end, None, "", self.toks.starts[h.j], surname=alone):
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

    def surname(self, i: int) -> bool:
        """A lone capitalised word after a verb of saying that is no word of the language, no organisation and
        ends the clause: a person's surname ("erklärte Navratil.", "so Blume")."""
        toks = self.toks
        nxt = toks.raw[i + 1] if i + 1 < len(toks) else "."
        return (not self.org_at(i) and not vocabulary(toks.raw[i], self.doc.lang.code) and toks.raw[i] not in self.doc.lang.stop
                and nxt in ".,;:!?\"”»" and not toks.raw[i].isupper())

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
        """A possessive before a head count, a cut or a result ("X's 3,000 employees", "Kestrel Systems' plan to cut",
        "Kelvara's net loss")."""
        toks, doc = self.toks, self.doc
        if j >= len(toks) or toks.raw[j] not in ("'", "’") or toks.starts[j] != toks.ends[j - 1]:
            return False
        k = j + 2 if j + 1 < len(toks) and toks.raw[j + 1] in GENITIVE else j + 1
        if k >= len(toks):
            return False
        pos = toks.starts[k]
        nxt = doc.hits_in(pos, toks.ends[min(len(toks) - 1, k + 1)], "cut", "cut_nouns", "mod", "workforce", "money")
        if any(h.label != "money" or h.key in RESULTS for h in nxt):
            return True
        q = next((q for q in doc.quantities if q.start == pos), None)
        return q is not None and bool(doc.hits_in(q.end, q.end + 20, "jobs", "workforce"))

    def apposition(self, j: int) -> bool:
        """", a Berlin-based startup," or ", based in Zaragoza," after a name: an organisation's apposition."""
        toks = self.toks
        if j >= len(toks) or toks.raw[j] != ",":
            return False
        appos = self.doc.hits_in(toks.starts[j], toks.ends[min(len(toks) - 1, j + 8)], "org_apposition")
        if any(h.i <= j + 2 for h in appos):
            return True  # ", based in Zaragoza,", ", which employs"
        for k in range(j + 1, min(j + 6, len(toks) - 1)):
            if toks.raw[k] in ",.;:" or toks.low[k] in self.doc.lang.role_titles:
                return False
            if k in self.nouns and toks.raw[k][0].islower() and (toks.raw[k + 1] in ",.)" or any(
                    h.i in (k, k + 1) for h in appos)):  # ", a smaller rival based in Newcastle,", ", the Hull-based
                return True  # maker of wind turbines,"
        return False

    def legal_name(self, i: int, person_tokens: set[str]) -> bool:
        """Capitalised words from token ``i`` end in a legal form, one of them no person's name ("Wendelin Bau GmbH"
        beside "Tobias Wendelin"; not "chief executive Aaa Stores AB", a person's name before a legal form)."""
        toks = self.toks
        legal = next((k for k in range(i + 1, self.cap_run(i)) if toks.raw[k] in self.legal), None)
        return legal is not None and any(toks.raw[k] not in person_tokens for k in range(i, legal))

    def org_word_after(self, i: int, person_tokens: set[str]) -> bool:
        """An organisation word of the language, no person's name, follows the name at token ``i`` as its part: "Bellocq
        Emballages" beside its chief "Pierre Bellocq" is the firm named after him."""
        toks, k = self.toks, i + 1
        return (k < len(toks) and self.joined(k) and toks.raw[k] in self.doc.lang.org_words
                and toks.raw[k] not in person_tokens)

    def determined(self, i: int) -> bool:
        """A determiner or a number before a capitalised word makes it a noun in a language that capitalises nouns
        ("einen Bericht über den Abbau", "in den vergangenen zwei Jahren Werke geschlossen"), not a name."""
        low = self.toks.low[i - 1] if i > 0 else ""
        return (low in self.doc.lang.determiners or low in self.doc.lang.words or low.isdigit()) and self.joined(i)

    @cached_property
    def tickers(self) -> tuple[set[int], set[tuple[str, ...]]]:
        """The tokens of tickers in brackets ("(SIX: RUEP)") and the names of their exchanges: no organisation is
        named in a ticker, nor by its exchange's name anywhere in the article ("an der SIX")."""
        doc, tokens, exchanges = self.doc, set(), set()
        for m in TICKER.finditer(doc.text):
            tokens.update(range(doc.token_index(m.start()), doc.token_index(m.end())))
            exchanges.add(tuple(_fold(t) for t in m.group(1).split()))
        return tokens, exchanges

    @cached_property
    def shouted(self) -> set[int]:
        """The tokens of lines written wholly in capitals ("COMPANY MOVES", "RESULTS"): a crosshead's, where every word
        is capitalised, so none is a name by its capital."""
        doc, out, start = self.doc, set(), 0
        for line in doc.text.split("\n"):
            if any(ch.isalpha() for ch in line) and not any(ch.islower() for ch in line):
                out.update(range(doc.token_index(start), doc.token_index(start + len(line))))
            start += len(line) + 1
        return out

    def cue_pass(self) -> None:
        """Organisations the gazetteer does not list: capitalised names scored on the evidence of all their
        occurrences in the article (see ``_evidence``); a name scoring ``ORG_EVIDENCE`` or more is an organisation."""
        toks, lang = self.toks, self.doc.lang
        cues = _Cues(self)
        person_tokens = {p for name in self.persons for p in name.split()}
        found: dict[tuple[str, ...], list[tuple[int, int, set[str]]]] = {}
        n, j_done = len(toks), 0
        pairs = Counter((toks.raw[k], toks.raw[k + 1]) for k in toks.caps if k + 1 < n and self.joined(k + 1))
        for i in toks.caps:
            if (i in self.shouted or i in self.tickers[0]
                    or lang.based_endings and toks.low[i].endswith(lang.based_endings)):
                continue  # a crosshead's capitals, a ticker; "Linköpingsbaserade Hjortvik": where the firm is based
            after = i + 1  # "Transportbedrijf Van Leeuwen Logistiek", "Glasproducent Van der Meulen Glas"
            while after < n and toks.raw[after] in PARTICLES and self.joined(after):
                after += 1
            particle = (toks.raw[i].lower() in PARTICLES and i in cues.company_end and after < n
                        and CAP.match(toks.raw[after]) is not None)
            lead = (toks.raw[i] in lang.org_words and not lang.capitalised_nouns and i + 1 < n and self.joined(i + 1) and (
                NAME.match(toks.raw[i + 1]) and i + 1 not in cues.lexical and not self.org_at(i + 1)
                or self.name_link(i + 1, cues.lexical)))  # "Banco Meridional", "Mutuelle de l'Erdre"; "die Bank Alpstein" is ambiguous
            named = toks.raw[i] in person_tokens
            family = i in cues.company_end or named and (self.legal_name(i, person_tokens) or self.org_word_after(i, person_tokens))
            # "Der Landmaschinenhersteller Velmar" beside "Geschäftsführer Jan Velmar"; "der Velmar Bau GmbH", "Bellocq
            # Emballages" beside "Pierre Bellocq" (walked only for a name kept, below)
            if (i < j_done or not CAP.match(toks.raw[i]) or self.org_at(i) or named and not family
                    or self.hyphened(i)  # "Trent" of "Stoke-on-Trent", "Cubelles" of "Vilanova-Cubelles": a name's part
                    or (i and self.org_at(i - 1) and self.joined(i))  # "Northvolt Labs": another company's name
                    or (i in cues.lexical or toks.raw[i] in lang.stop or self.is_role(i)) and not (particle or lead)):
                continue
            family = family or not named and self.legal_name(i, person_tokens)
            j = after if particle else i + 1 if lead else i
            while j < min(n, i + 4 + (after - i - 1) * particle):
                if (CAP.match(toks.raw[j]) and (j not in cues.lexical or j > i and self.name_word(j) and (
                        not (i and toks.low[i - 1] in lang.determiners_all) or j + 1 < n and toks.raw[j + 1] in self.legal
                        or not any(self.vocabulary(k) for k in range(i, j))))
                        # "Alpenrand Bank", "Die Alpenrand Bank AG", "die Ostera Bank" (no word of the language before
                        # it), not "der Wolfsburger Konzern", "die Zürcher Bank"
                        and not self.is_role(j) and (j == i or self.joined(j))):
                    j = self.hyphen_end(j)  # "Saint-Gobain": one name
                elif j > i and self.name_link(j, cues.lexical):
                    j += self.name_link(j, cues.lexical)  # "Hilaturas del Norte", "Salaisons de la Roque"
                else:
                    break
            unit = j == i + 2 and toks.raw[i] not in person_tokens and (  # "Das Möbelhaus Wohnwelt Krüger", or twice
                family or pairs[toks.raw[i], toks.raw[i + 1]] >= 2 and not self.vocabulary(i))  # beside "Sabine Krüger"
            while j > i and (toks.raw[j - 1] in person_tokens and not (family and j == i + 1 or (lead or unit) and j == i + 2)
                             or self.org_at(j - 1)):  # "Tissages Roumegoux" beside "Olivier Roumegoux": the firm's
                j -= 1
            run_end = j
            while j - 1 > i and i in cues.title_case and self.title_word(j - 1):
                j -= 1  # "Retail Giant Marwick To Cut 1,200 Jobs": a headline capitalises every word
            j_done = max(run_end, i + 1)
            union = run_end + (run_end + 1 < n and toks.raw[run_end] in ("'", "’") and toks.raw[run_end - 1][-1:] == "s")
            if union < n and union in self.unions and toks.raw[union][:1].isupper() and self.joined(union):
                self.union_names.update(range(i, union))
                continue  # "the Financial Services Union", "the Hoxmoor Bank Officers' Union": a union's name, no company
            if j == i or any(r.lower() in lang.months or r.lower() in lang.weekdays or r.lower() in lang.currencies
                             for r in toks.raw[i:j]):
                continue  # "Yen", "Schweizer Franken": a currency's name
            key = tuple(_fold(t) for t in toks.raw[i:j])
            if key in self.tickers[1]:
                continue  # "an der SIX" after "(SIX: RUEP)": the exchange, a market
            found.setdefault(key, []).append((i, j, cues.at(i, j)))
        variants = {key: {key} for key in found}
        for key in [k for k in found if len(k) > 2]:
            link = next((p for p, t in enumerate(key) if t in lang.name_links), None)
            if link == 1 and key[:1] in found and vocabulary(key[0], lang.code):
                # "el Ayuntamiento" beside "El Ayuntamiento de Castrobel": a word of the language alone, the full name's
                found[key] += found.pop(key[:1])
                variants[key] |= variants.pop(key[:1])
            elif link is not None and key[:link] in found:  # "Seat de Martorell" beside "Seat": the company is "Seat"
                found[key[:link]] += [(i, i + link, c) for i, j, c in found.pop(key)]
                variants.pop(key)
        own = set()  # "Its subsidiary Talvora Insurance": a company (as after a company noun), never "Talvora"
        for key, places in found.items():
            if len(key) > 1 and any(subsidiary(self.doc, toks.starts[i], toks.ends[j - 1]) for i, j, _ in places):
                own.add(key)
                found[key] = [(i, j, c | {"noun"}) for i, j, c in places]
        for key in [k for k in own if k[-1] in self.legal and k[:-1] in found and k[:-1] not in own]:
            found[key] += found.pop(key[:-1])  # "die Tochtergesellschaft Ulmenfeld Netz GmbH", then "Ulmenfeld Netz
            variants[key] |= variants.pop(key[:-1])  # will ...": the subsidiary written without its legal form
        trades = {k for k in found if len(k) == 1 and k[0] in lang.org_words}  # "Logistik" alone: a trade, no name
        for key in [k for k in found if len(k) > 1 and k not in own]:
            if key[:-1] in found and (key[-1] in GENERIC or key[-1] in self.legal or key[-1] in lang.org_words):
                # "Nissan Motor" and "Nissan", "Marwick Stores" and "Marwick": one organisation, the full name
                found[key[:-1]] += found.pop(key)
                variants[key[:-1]] |= variants.pop(key)
            elif key[:-1] in found and vocabulary(key[-1], lang.code) and (
                    lang.capitalised_nouns and len(found[key]) < 2 and not any("noun" in c for _, _, c in found[key])
                    or not NAME.match(key[-1]) or all("heading" in c for _, _, c in found[key])):
                # "hat Klarna Hunderte Angestellte entlassen"; not "Norrskog Papper", where only names are capitalised,
                # nor "Falkenried Möbel" written twice or after a company noun ("Der Wettbewerber Wendt Getriebe"): a
                # noun after the name then is the name's
                found[key[:-1]] += [(i, j - 1, c) for i, j, c in found.pop(key)]
                variants.pop(key)
            elif key[:-1] in found and vocabulary(key[-1], lang.code):
                # "Lindvall" in the headline, "Lindvall Komponenter" in the body: one company, the full name
                found[key[:-1]] += found.pop(key)
                variants[key[:-1]] |= variants.pop(key)
            elif key[1:] in found and all(c & {"initial", "heading"} for _, _, c in found[key]) and (
                    key[0] not in lang.first_names and key[0] not in lang.org_words) and key[1:] not in trades and not any(
                    self.aged(j) for _, j, _ in found[key]):  # "Krisande Northvolt säger": a word opening the sentence
                found[key[1:]] += [(i + 1, j, c) for i, j, c in found.pop(key)]
                variants.pop(key)
        for key in [k for k in found if len(k) >= 2 and k not in own]:  # a subsidiary's name keeps its own
            base = key[:-1] if key[-1] in self.legal else key
            short = base[:-1]
            if len(base) >= 2 and short in found and key in found and (base != key or any(
                    j < n and toks.raw[j] in self.legal for _, j, _ in found[key])):
                # "Brightwave Telecom Plc" in the body, "Brightwave" in the headline: the registered name is the full one
                found[key] += found.pop(short)
                variants[key] |= variants.pop(short)
        surnames = {k[-1] for k in found if len(k) == 2 and all(NAME.match(t) for t in k)  # "Gary Pike": "Pike"
                    and (k[0] in lang.first_names or not vocabulary(k[0], lang.code))} | {p.split()[-1] for p in self.persons}
        firms = any(m.type == "organization" for m in self.mentions) or any(
            c & FIRM for places in found.values() for _, _, c in places)
        for key, places in found.items():
            if firms and all("base" in c and not c & FIRM for _, _, c in places):
                continue  # "The Lyon drugmaker said": a place before a company noun, the base of a firm named otherwise
            if len(key) == 1 and key[0] in surnames and key[0] not in self.doc.lang.org_words and not any(
                    "noun" in c or j - i > 1 for i, j, c in places):
                continue  # "Kubu said" after "Mikael Kubu": a person's surname; not after a company noun, nor the
                # first word of a firm written whole too ("Jansma Warenhuizen" beside its founder "Hendrik Jansma")
            if 2 <= len(key) <= 3 and (key[0] in lang.first_names or key[0] in lang.courtesy or any(
                    self.aged(j) for _, j, _ in places)) and all(NAME.match(t) for t in key):
                # "Sebastian Siemiatkowski, CEO der ...", "Ms Oyelaran said", "Annemarie Dijkhuis (49)": a given name,
                i, j, _ = places[0]  # a courtesy title or an age in brackets after it makes a person's name
                name = " ".join(key)
                self.persons.setdefault(name, name)
                self.discover(i, j, name, "person", key=key)
                continue
            if _evidence(self, key, places) >= ORG_EVIDENCE:
                i, j, _ = max(places, key=lambda p: (p[1] - p[0], not all(t.isupper() for t in toks.raw[p[0]:p[1]])))
                # the fullest form names it, as the body writes it: not a heading's capitals ("RAMSVIK GJUTERI")
                name = self.clean(i, j + (1 if j < n and toks.raw[j] in self.legal else 0))
                if name and name not in lang.cause_words and name.lower() not in lang.role_titles:
                    for variant in sorted(variants[key], key=len, reverse=True):  # one name for every variant
                        self.discovered[variant] = (_fold(name) if j - i == 1 else name, "organization")
        self.short_names()
        self.acronyms()
        self.first_words()
        self.brands()
        self.genitives_named()

    def genitives_named(self) -> None:
        """A name taken from its genitive before the article's full name was found ("Lydford's revenue" beside
        "Lydford Engineering", "Haldens omsättning" beside "Halden Verkstäder") is the full name's mention, as its bare
        uses are (``short_names``, ``first_words``)."""
        for m in self.genitives:
            full = self.discovered.get(tuple(m.name.split()))
            if m.type == "organization" and full and full[1] == "organization" and full[0] != m.name:
                m.name = full[0]

    def brands(self) -> None:
        """A name a company noun opening an apposition after an organisation has before it, lowercase words between
        ("Willow Foods, the company behind Puddleduck crisps", "X, le fabricant des jambons et saucissons Roquefine",
        "X, el fabricante de las galletas Y"), is a brand of that organisation: a product whose claims are its owner's;
        not after a subsidiary's word, nor with a company noun between or an organisation word in the name."""
        toks, lang = self.toks, self.doc.lang
        orgs = {key: name for key, (name, type_) in self.discovered.items() if type_ == "organization"}
        for h in self.doc.labelled("company_nouns"):
            k = h.i - 1 if h.i and toks.low[h.i - 1] in lang.determiners_all else h.i
            if k < 2 or toks.raw[k - 1] != "," or not self.joined(k - 1):
                continue
            owner = next((orgs[key] for n in range(5, 0, -1) if (key := tuple(toks.raw[max(0, k - 1 - n):k - 1])) in orgs), None)
            b = h.j
            while b < min(len(toks), h.j + lang.noun_gap + 1) and toks.raw[b].islower() and self.joined(b):
                b += 1
            brand = next((key for n in (3, 2, 1) if (key := tuple(toks.raw[b:b + n])) in orgs and orgs[key] != owner), None)
            if (owner and brand and b < len(toks) and self.joined(b) and not self.doc.hits_in(h.start, h.end, "subsidiary")
                    and not self.doc.hits_in(h.end, toks.starts[b], "company_nouns", "subsidiary")
                    and not any(self.name_word(m) for m in range(b, b + len(brand)))):
                # not "X, filiale du groupe lyonnais Morvan Industries": a firm's own noun or word names a firm
                self.discovered[brand] = (orgs[brand], "product")
                self.known[orgs[brand]] = Known(orgs[brand], "product", parent=owner)

    def aged(self, j: int) -> bool:
        """An age in brackets at token ``j``, right after a name: "Annemarie Dijkhuis (49)", "Eva Lind (52)"."""
        raw = self.toks.raw
        return j + 2 < len(raw) and raw[j] == "(" and raw[j + 2] == ")" and raw[j + 1].isdigit() and 16 <= int(raw[j + 1]) <= 110

    def short_names(self) -> None:
        """"Corvane" in the headline and "Corvane Semiconductors" in the body: the name without its generic or
        organisation word stands for the full one, wherever it was found first; but a word of a trade before it
        (`entities.trade_first`: "Rederij Norvika" beside "Norvika", no person's name) describes the firm the bare name
        names, or the full name it stands for ("Drukkerij Rijnsloot" beside "Rijnsloot" and "Rijnsloot Drukkerijen")."""
        toks, people = self.toks, {p for name in self.persons for p in name.split()}
        for key, (name, type_) in list(self.discovered.items()):
            short = _short_name(list(key), self.doc.lang.org_words) if type_ == "organization" else None
            bare = self.discovered.get((short[1],)) if short else None
            if (short and short[0] == 1 and key[0] in self.doc.lang.trade_first and bare is not None
                    and bare[1] == "organization" and bare[0].split()[0] == short[1] != bare[0] and short[1] not in people):
                self.discovered[key] = bare
            elif short and short[0] == 1 and key[0] in self.doc.lang.trade_first and self.discovered.get(
                    (short[1],), (short[1], type_)) == (short[1], "organization") and short[1] not in people and any(
                    toks.raw[i] == short[1] and (i == 0 or toks.raw[i - 1] != key[0]) for i in toks.caps):
                self.discovered[key] = self.discovered[(short[1],)] = (short[1], type_)
            elif (short and self.discovered.get((short[1],)) == (short[1], "organization")
                    and not self.named_subsidiary(name)):
                self.discovered[(short[1],)] = (name, type_)

    def first_words(self) -> None:
        """"Kestrova" beside "Kestrova Halden" in one article: the bare first word of an organisation's name of several
        words is that organisation, unless another organisation's name opens with it, a sentence names both (a parent:
        "Kestrova Halden, a unit of Kestrova"), or it is a word of the language, a given name, a person's name, a
        known place or an organisation word ("Banco"), or the name is introduced as a subsidiary ("Its subsidiary
        Kestrova Marine")."""
        toks, lang = self.toks, self.doc.lang
        full: dict[str, set[str]] = {}
        for key, (name, type_) in self.discovered.items():
            if type_ == "organization" and len(key) >= 2 and name.split()[0] == key[0]:
                full.setdefault(key[0], set()).add(name)
        people = {p for name in self.persons for p in name.split()}
        at: dict[str, list[int]] = {}
        for i in toks.caps:
            if toks.raw[i] in full:
                at.setdefault(toks.raw[i], []).append(i)
        for first, names in full.items():
            found = self.discovered.get((first,))
            if (len(names) != 1 or found is not None and found[1] != "organization" or first in people
                    or first in lang.first_names or first in lang.stop or first in lang.org_words or first in GENERIC
                    or not NAME.match(first) or vocabulary(first, lang.code) or self.named_subsidiary(next(iter(names)))
                    or any(k.type == "place" for _, k in gazetteer().by_first.get(first, ()))):
                continue
            name = next(iter(names))
            rest = tuple(name.split()[1:2])
            bare = [i for i in at.get(first, ()) if tuple(toks.raw[i + 1:i + 2]) != rest]
            whole = {self.doc.sentence_at(toks.starts[i]).start for i in at.get(first, ())
                     if tuple(toks.raw[i + 1:i + 2]) == rest}
            if bare and not any(self.doc.sentence_at(toks.starts[i]).start in whole for i in bare):
                self.discovered[(first,)] = (name, "organization")

    def named_subsidiary(self, name: str) -> bool:
        """Some mention of ``name`` introduces it as a subsidiary (``subsidiary``)."""
        words, toks = name.split(), self.toks
        return any(toks.raw[i:i + len(words)] == words and subsidiary(self.doc, toks.starts[i], toks.ends[i + len(words) - 1])
                   for i in toks.caps if toks.raw[i] == words[0])

    def spelled_out(self, k: int) -> int | None:
        """Where the name an acronym in brackets at token ``k`` spells out starts: the capitalised words right before
        the bracket whose initials are its letters, short lowercase links between them and a legal form last skipped
        ("The Royal Bank of Tarrowby (RBT)", "De Noordelijke Scheepsbouw Combinatie (NSC)")."""
        toks = self.toks
        letters, i = list(toks.raw[k]), k - 2
        while letters and i >= 0 and self.joined(i + 1):
            raw = toks.raw[i]
            if CAP.match(raw) and raw[0] == letters[-1]:
                letters.pop()
            elif raw in self.legal and len(letters) == len(toks.raw[k]):
                pass  # "Die Nordhessische Bahn AG (NB)"
            elif not (raw.islower() and len(raw) <= 3 and len(letters) < len(toks.raw[k]) and raw.isalpha()):
                return None
            i -= 1
        return None if letters else i + 1

    def acronyms(self) -> None:
        """"VW" beside "Volkswagen": an acronym whose letters stand in order in an organisation's name, first
        letter first, is that organisation; one in brackets right after the capitalised words whose initials it
        spells names the organisation they name ("The Royal Bank of Tarrowby (RBT)": "Royal Bank of Tarrowby",
        wherever the article writes either)."""
        toks = self.toks
        for key, (_, type_) in list(self.discovered.items()):
            short = key[0]
            if len(key) != 1 or type_ != "organization" or not (2 <= len(short) <= 5 and short.isupper()):
                continue
            for k in toks.caps:
                if toks.raw[k] != short or not 0 < k < len(toks) - 1 or (toks.raw[k - 1], toks.raw[k + 1]) != ("(", ")"):
                    continue
                start = self.spelled_out(k)
                full = self.clean(start, k - 1) if start is not None else ""
                if full:
                    self.discovered[key] = self.discovered[tuple(toks.raw[start:k - 1])] = (full, type_)
                    break
        names = {n for n, t in self.discovered.values() if t == "organization"} | {
            k.name for k in self.known.values() if k.type == "organization"}
        for key, (name, type_) in list(self.discovered.items()):
            short = key[0]
            if len(key) != 1 or type_ != "organization" or not (2 <= len(short) <= 4 and short.isupper()):
                continue
            full = [n for n in names if n != name and len(n) > len(short) and _initials(short, n)]
            if len(full) == 1:
                self.discovered[key] = (full[0], type_)

    def name_link(self, k: int, lexical: set[int]) -> int:
        """How many tokens from ``k`` join two parts of a company's name ("Hilaturas del Norte": 2, "Salaisons de la
        Roque": 3): a link word of the language (``entities.name_links``), an article of it after that at most, before a
        capitalised word on the same line that is no lexicon word, company or place (elided too: "Mutuelle de l'Erdre",
        "Laiterie d'Isigny"); 0 where none does."""
        toks = self.toks
        if toks.low[k] not in self.doc.lang.name_links or not self.joined(k):
            return 0
        after = k + 2 if k + 2 < len(toks) and toks.low[k + 1] in self.doc.lang.article_words else k + 1
        if after + 1 < len(toks) and toks.raw[after] in ("'", "’") and toks.starts[after] == toks.ends[after - 1]:
            after += 1  # "Mutuelle de l'Erdre", "Laiterie d'Isigny", "Mutua dell'Adige": an elided article or link
        return after + 1 - k if (
            after < len(toks) and all(self.joined(m) for m in range(k + 1, after + 1))
            and NAME.match(toks.raw[after]) is not None and after not in lexical and not self.org_at(after)
            and not any(known.type == "place" for _, known in gazetteer().by_first.get(toks.raw[after], ()))) else 0

    def name_word(self, k: int) -> bool:
        """Token ``k`` is a word that ends organisations' names though it is a company noun too ("Alpenrand Bank")."""
        raw = self.toks.raw[k]
        return raw in GENERIC or raw in self.legal or raw in self.doc.lang.org_words

    def title_word(self, k: int) -> bool:
        """Token ``k`` is one of the language's most common words, capitalised as a title-case headline does ("To",
        "Over", "After", "Plans"), not the generic or legal last word of a name ("Stores", "Group", "AG")."""
        raw = self.toks.raw[k]
        return (zipf(raw.lower(), self.doc.lang.code) >= TITLE_WORD and raw not in self.legal and raw not in GENERIC
                and raw not in self.doc.lang.org_words)

    def vocabulary(self, i: int) -> bool:
        """Token ``i`` is a word of the language, not a name (see kg.extract.wordlists)."""
        raw = self.toks.raw[i]
        return vocabulary(raw, self.doc.lang.code)

    def propagate(self) -> None:
        """Every occurrence of a discovered name."""
        toks = self.toks
        at: dict[str, list[int]] = {}
        for i in toks.caps:
            at.setdefault(_fold(toks.raw[i]), []).append(i)
        for key, (name, type_) in sorted(self.discovered.items(), key=lambda kv: -len(kv[0])):  # the longest form first
            for i in at.get(key[0], ()):
                if (tuple(_fold(t) for t in toks.raw[i:i + len(key)]) == key and not self.org_at(i)
                        and i not in self.union_names):  # not "Hoxmoor" in "the Hoxmoor Bank Officers' Union"
                    self.add(i, i + len(key), name, type_)
            if len(key) == 1:  # a genitive: "Kestrels"
                for ending in GENITIVE:
                    for i in at.get(key[0] + ending, ()):
                        if not self.org_at(i):
                            self.add(i, i + 1, name, type_, end=toks.ends[i] - len(ending))

    def surnames(self) -> None:
        """Every later use of a person's surname."""
        toks = self.toks
        at: dict[str, list[int]] = {}
        for i in toks.caps:
            at.setdefault(toks.raw[i], []).append(i)
        surnames = {}
        for full in self.persons:
            surnames.setdefault(full.split()[-1], full)
        taken = {(m.start) for m in self.mentions}
        covered = _merged((m.start, m.end) for m in self.mentions if m.type == "person")
        for base in surnames:
            for form in (base, *(base + ending for ending in GENITIVE)):
                for i in at.get(form, ()):
                    if toks.starts[i] not in taken and not _inside(covered, toks.starts[i]):
                        self.add(i, i + 1, surnames[base], "person", end=toks.starts[i] + len(base))

    def publisher_pass(self) -> None:
        """"according to X", "volgens X", "X schreef" where X is a news outlet; "indique la 'NHK'": an acronym
        after an outlet's verb; never a union ("selon la CGT")."""
        toks = self.toks
        unions = self.unions
        for h in self.doc.hits:
            if h.label == "publisher_verbs":
                i = h.j
                while i < len(toks) and (toks.low[i] in self.doc.lang.determiners_all or toks.raw[i] in "\"“„«'’‘"):
                    i += 1
                if (i < len(toks) and toks.raw[i].isupper() and len(toks.raw[i]) >= 2 and toks.raw[i].isalpha()
                        and i not in self.named and i not in unions):
                    self.discover(i, i + 1, toks.raw[i], "publisher")
            if h.label != "according_to":
                continue
            i = h.j
            while i < len(self.toks) and self.toks.raw[i] in ("\"", "“", "„", "«", "'"):
                i += 1
            for k in range(i, min(i + 3, len(self.toks))):  # "according to information from Norran"
                if self.toks.raw[k][:1].isupper():
                    i = k
                    break
            j = self.cap_run(i, 5)
            known = i in self.named or i in unions
            if j > i and not known and (any(t in MEDIA_WORDS for t in self.toks.raw[i:j]) or j - i == 1 and not (
                    vocabulary(self.toks.raw[i], self.doc.lang.code) or self.toks.raw[i] in self.doc.lang.stop
                    or self.doc.lang.capitalised_nouns)):  # "laut einem Medienbericht": a noun, not an outlet
                name = self.clean(i, j)
                if name:
                    self.discover(i, j, name, "publisher")


ORG_EVIDENCE = 2  # the score from which a capitalised name is an organisation
TITLE_WORD = 5.0  # Zipf frequency of the words a title-case headline capitalises ("to": 7.4, "plans": 5.0; "tools": 4.6)
TITLE_CASE = 0.8  # the share of a headline's longer words capitalised in title case
RESULT_GAP = 3  # lowercase words between a result verb and its money word ("reported a net loss", "erwartet einen Umsatz")
DATELINE = re.compile(r"\.\s|\s*\(|\s+[-–—]\s|,[^\n,]{1,20}\s[-–—]\s")  # after a place in capitals opening a
# paragraph: "TINEO. ", "STOCKHOLM (TT)", "CASTELLÓN, 25 Nov. - "
OPENERS = " \t«»\"“”„‘’'‚‹›–—-"  # what may stand before a sentence's first word
CUE_WEIGHTS = {"legal": 3, "noun": 2, "org_word": 2, "compound": 2, "apposition": 2, "owns": 1, "at": 1, "verb": 1,
               "paragraph": 1}
STRONG = {"legal", "noun", "org_word", "compound", "apposition", "owns", "at"}  # cues no person name has
FIRM = {"legal", "noun", "org_word", "compound", "apposition"}  # cues no place has ("Arlanda staff" is the site's staff)


class _Cues:
    """Where the words around a capitalised name say what it is, for one article."""

    def __init__(self, f: _Finder):
        doc, toks = f.doc, f.toks
        self.f = f
        starts = {s.start for s in doc.sentences} | {  # after an opening quote or a dash: "«Entre empleos ...»"
            s.start + len(t) - len(t.lstrip(OPENERS)) for s in doc.sentences if (t := doc.text[s.start:s.end])}
        self.sentence_start = starts
        self.heading = {k for s in doc.sentences if s.heading for k in range(doc.token_index(s.start), doc.token_index(s.end))}
        self.paragraph_start = {}  # a paragraph's (a brief's) first word: the heading right before it, if any
        for s in doc.sentences:
            before = doc.sentences[s.index - 1] if s.index else None
            if not s.heading and (before is None or before.block != s.block or before.heading):
                self.paragraph_start[doc.token_index(s.start)] = before if before is not None and before.heading else None
        self.title_case = set()  # the tokens of headlines in title case ("Retail Giant Marwick To Cut 1,200 Jobs")
        for s in doc.sentences:
            if s.heading:
                span = range(doc.token_index(s.start), doc.token_index(s.end))
                words = [toks.raw[k] for k in span if toks.raw[k].isalpha() and len(toks.raw[k]) > 3]
                if len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_CASE * len(words):
                    self.title_case.update(span)
        hits = doc.labelled  # each set below from the hits of its labels, not from every hit
        self.lexical = {k for h in hits(*LEXICAL) for k in range(h.i, h.j)}
        cut_starts = {h.i for h in hits("cut", "cut_nouns", "jobs")}
        self.lexical |= {h.i for h in hits("more") if h.j in cut_starts}  # "New layoffs", "Nieuwe ontslagen"
        self.lexical |= {k for h in hits("money") if h.key in RESULTS for k in range(h.i, h.j)}
        self.lexical |= {h.i for h in hits("third_parties") if h.key.isupper()}  # "le CSE", "la RSU": a works council
        self.lexical |= {doc.token_index(q.start) for q in doc.quantities if doc.text[q.start].isalpha()}  # "Tvåhundra jobb"
        if doc.lang.capitalised_nouns:  # "Wernitz Elektro schließt Filiale in Siegen": a site's noun, no name (a
            self.lexical |= {h.i for h in hits("store") if h.j == h.i + 1 and not h.key.startswith("*")}  # compound's
            # ending is no noun of its own: "Teltwerk")
        self.company_nouns = [h for h in hits("company_nouns", "subsidiary", "called")  # "to be called X"
                              if toks.raw[h.i][0].islower() or toks.starts[h.i] in starts or doc.lang.capitalised_nouns]
        self.company_end = {h.j for h in self.company_nouns}
        self.apposed = {h.j + 1 for h in self.company_nouns  # "Ravensgate's larger rival, Pelham Data,": the noun named
                        if h.j + 1 < len(toks) and toks.raw[h.j] == ","}
        self.company_start = {h.i for h in self.company_nouns}
        self.compound_heads = {h.i for h in hits("company_nouns", "role")}
        self.at_end = {h.j: h for h in hits("at")}
        self.cut_end = {h.j for h in hits("cut", "cut_nouns", "jobs")}
        self.staff_start = {h.i for h in hits("jobs", "workforce") if toks.raw[h.i][0].islower()} | {
            h.i + 1 for h in hits("jobs", "workforce") if h.i and toks.raw[h.i - 1] == "-"}
        self.locative_end = {h.j for h in hits("locative")}
        told_to = doc.lang.told_to  # "Enligt uppgifter till Affärsbladet": the outlet told, no organisation
        self.told = {k for h in hits("according_to") for k in range(h.j, min(h.j + 3, len(toks)))
                     if told_to and told_to.search(doc.text[h.end:toks.starts[k]])} if told_to else set()
        self.dateline = {k for k in toks.caps if toks.raw[k].isupper() and len(toks.raw[k]) >= 4
                         and doc.text[toks.starts[k] - 1:toks.starts[k]] in ("", "\n")
                         and DATELINE.match(doc.text, toks.ends[k])}
        self.store_start = {h.i for h in hits("store")}
        store_end = {h.j for h in hits("store")}
        self.possessive_end = {h.j for h in hits("possessive")}
        self.verb_words = {k for h in hits("cut", "close", "reporting") for k in range(h.i, h.j)}
        self.site_place = {h.j for h in hits("site_at") if h.i in store_end} | {  # "its base at Arlanda": a site's place
            h.j + 1 for h in hits("store") if h.i in self.possessive_end and h.j + 1 < len(toks)
            and toks.low[h.j] in doc.lang.name_links and norm(doc.text[h.start:h.end]) in doc.lang.one_site}
        # "su planta de Onda", "son usine de Vierzon": the owner is the possessive's, so the name after its link the place
        self.owned_store_end = {h.j for h in hits("store") if h.i in self.possessive_end}  # "son usine", "its plant"
        closing = {h.i for h in hits("close") if doc.hits_in(h.end, h.end + 30, "store")}  # "X will close 25 stores"
        self.owners = {h.i - 1 for h in hits("store")}  # "cerrará su planta": a site's owner, no person's pronoun
        self.cut_start = {h.i for h in hits("cut")} | closing  # "X cerrará su planta": a company's act, as a cut is
        self.result_start = {h.i for h in hits("result_verbs") if self.result_after(h)}  # "X expects revenue of $90m"
        self.saying_start = {h.i for h in hits("reporting")} - {h.i for h in hits("cut", "mod")}
        self.verb_start = {h.i for h in hits("mod") if h.key in ("announced", "planned", "denied")} | {
            h.i for h in hits("cut", "reporting")} | closing | {
            h.i for h in hits("mod") if h.key == "future" and doc.hits_in(h.end, h.end + 60, "cut")}

    def shouted_before(self, i: int, j: int) -> bool:
        """A heading in capitals right before the paragraph opening at token ``i`` opens with its words [i, j)
        ("TORNVIK BATTERI ÖPPNAR I SKELLEFTEÅ" over "Tornvik Batteri invigde ...")."""
        heading, toks = self.paragraph_start.get(i), self.f.toks
        if heading is None:
            return False
        k = self.f.doc.token_index(heading.start)
        return k + j - i <= len(toks) and all(toks.raw[k + m].isupper() and toks.raw[k + m] == toks.raw[i + m].upper()
                                              for m in range(j - i))

    def org_pronoun_after(self, k: int) -> bool:
        """An organisation's pronoun a few words after token ``k``, in its clause ("said it will", "says its"), or
        opening the reported clause right after its comma ("Norvika sagte, man werde ...")."""
        toks, pronouns = self.f.toks, self.f.doc.lang.org_pronouns
        for m in range(k + 1, min(k + 4, len(toks))):
            if toks.raw[m] in ",.;:\"“”" and not (m == k + 1 and toks.raw[m] == ","):
                return False
            if toks.low[m] in pronouns:
                return True
        return False

    def count_raised(self, j: int) -> bool:
        """The verb of saying at token ``j`` puts a count at a figure: the figure right after it, a cut noun at most three
        words after that ("eleva a 700 los despidos", "porte à 700 le nombre de suppressions")."""
        doc = self.f.doc
        verb = doc.hit_at(j, "reporting")
        q = verb and next(iter(doc.starting_in(doc.quantities, verb.end, verb.end + 3)), None)
        return q is not None and q.quantity.unit == "count" and any(
            doc.words_between(q.end, c.start) <= 3 for c in doc.hits_in(q.end, q.end + 40, "cut", "cut_nouns"))

    def result_after(self, verb: Hit) -> bool:
        """A verb whose subject holds the result named right after it (``entities.result_verbs``): a money word of a
        result (``RESULTS``) at most ``RESULT_GAP`` lowercase words after it (and any time), a sum in a currency a few
        words after that in its sentence: "expects revenue of $90 million", "erwartet einen Umsatz von 2 Milliarden Euro"."""
        doc, toks = self.f.doc, self.f.toks
        sent = doc.sentence_at(verb.start)
        money = next(iter(doc.hits_in(verb.end, sent.end, "money")), None)
        if money is None or money.key not in RESULTS:
            return False
        words = [k for k in range(verb.j, money.i) if doc.covering(doc.times, toks.starts[k]) is None]  # "im Jahr 2025"
        if len(words) > RESULT_GAP or not all(toks.raw[k].islower() or toks.raw[k] in "-'’" for k in words):
            return False
        return any(q.quantity.unit not in ("count", "percent", "days") and doc.words_between(money.end, q.start) <= 6
                   for q in doc.starting_in(doc.quantities, money.end, sent.end))

    def owned_site(self, i: int, j: int) -> bool:
        """The name in tokens [i, j) is the place of a site its article's firm owns: after a possessive and before
        the site noun, at most two lowercase words between ("its Kvarnsund newsprint mill"), or after both and a
        link, at most two lowercase words after the noun ("son usine de transformation de Colmar")."""
        toks, links = self.f.toks, self.f.doc.lang.name_links
        if i in self.possessive_end:
            return any(k in self.store_start and all(toks.raw[m].islower() for m in range(j, k))
                       for k in range(j, min(j + 3, len(toks))))
        return i >= 2 and toks.low[i - 1] in links and any(
            k in self.owned_store_end and all(toks.raw[m].islower() for m in range(k, i - 1)) for k in range(i - 4, i - 1))

    def noun_before(self, i: int, gap: int) -> bool:
        """A company noun ends at most ``gap`` lowercase words before the name at token ``i``, the last word no stop
        word: "le constructeur automobile européen Volkswagen", "le groupe d'assurance X", "l'enseigne de
        prêt-à-porter X" (a word is its tokens written together), not "la empresa de Vevey" nor across a verb of
        cutting, closing or saying ("La empresa quiere cerrar Onda") or a relative word ("La empresa que fundó X": its
        founder)."""
        f, toks = self.f, self.f.toks
        if not f.joined(i) or toks.raw[i - 1] in f.doc.lang.stop_words or len(toks.raw[i - 1]) <= 3:
            return False
        end = i
        for _ in range(gap):
            start = end - 1
            while start > 0 and toks.starts[start] == toks.ends[start - 1]:
                start -= 1
            if (start < 0 or not all(t.islower() or t in "'’-" for t in toks.raw[start:end]) or start in self.verb_words
                    or f.doc.lang.relative.match(f.text, toks.starts[start])):
                return False  # "La empresa quiere cerrar Onda": a verb between, the name its object
            if start in self.company_end:
                return True
            end = start
        return False


    def at(self, i: int, j: int) -> set[str]:
        """The cues around the name in tokens [i, j)."""
        f, toks = self.f, self.f.toks
        raw, n = toks.raw[i:j], len(toks)
        found = set()
        if j < n and toks.raw[j] in f.legal or raw[-1] in f.legal and len(raw) > 1:
            found.add("legal")
        gap = f.doc.lang.noun_gap
        named = (i >= 2 and f.name_word(i - 1) and CAP.match(toks.raw[i - 2]) and f.joined(i - 1)
                 and toks.starts[i - 2] not in self.sentence_start and f.vocabulary(i))
        # "legte die Nordelbe Bank Zahlen vor": a word after a name's organisation word is the sentence's noun
        common = f.doc.lang.capitalised_nouns and j == i + 1 and f.vocabulary(i)  # "braucht das Unternehmen Personal":
        # a noun of the language after a company noun is the verb's object, no name
        if ((i in self.company_end or i in self.apposed and j < n and toks.raw[j] == ",") and not named and not common
                or gap and self.noun_before(i, gap)):
            found.add("noun")  # after a company noun, or in commas after it
        if len(raw) >= 2 and (raw[-1] in f.doc.lang.org_words or raw[0] in f.doc.lang.org_words):
            found.add("org_word")  # "Torsvik Industri", "Banco Meridional"
        if (j + 1 < n and toks.raw[j] == "-" and toks.starts[j] == toks.ends[j - 1] and j + 1 in self.compound_heads
                and not (i and toks.raw[i - 1] == "-" and toks.ends[i - 1] == toks.starts[i])):  # "VW-Chef", not "Pay-Later-Plattform"
            found.add("compound")
        if f.apposition(j):
            found.add("apposition")
        if f.owns_workforce(j) or j in self.staff_start and f.joined(j):  # "Volkswagen workers", "Klarna-Mitarbeiter"
            found.add("owns")
        if i in self.at_end and any(e in self.cut_end and f.doc.sentence_at(toks.starts[e - 1]) is f.doc.sentence_at(toks.starts[i])
                                    for e in range(self.at_end[i].i - 3, self.at_end[i].i + 1)):
            found.add("at")
        sent = f.doc.sentence_at(toks.starts[i])
        person = any(h.i not in self.owners for h in f.doc.hits_in(sent.start, sent.end, "person_pronouns"))
        verb = next((k for k in range(j, min(j + 4, n)) if k in self.verb_start), None)
        raised = verb == j and j in self.saying_start and self.count_raised(j)
        if verb == j and j - i == 1 and j in self.saying_start and not self.org_pronoun_after(j) and not raised:
            verb = None  # "Reyes said revenue will be": a lone name saying is a person's as likely; not "X said it"
        if verb is not None and all(toks.raw[k].islower() and k not in self.store_start for k in range(j, verb)):
            # not "Wrexham plant with loss of 240 jobs": the name is the site's, the plant's the subject
            found.add("verb")
            if any(k in self.cut_start for k in range(verb, min(verb + 3, n))) and not person:
                found.add("acts")  # "X will cut 800 jobs", "X plans to cut": a company, unless "he said"
                if verb == j and verb + 1 < n and toks.low[verb + 1] not in f.doc.lang.article_words and not (
                        toks.raw[verb + 1][:1].isupper()):
                    found.add("subject")  # "Tamberlin streicht weitere": no subject after the verb ("Bundesweit streicht die Bahn")
            elif raised and not person:
                found |= {"acts", "subject"}  # "Kestrel eleva a 700 los despidos": the firm raises its own count
            elif (verb == j and j - i == 1 and j in self.saying_start and toks.raw[j + 1] == "," and not person
                  and self.org_pronoun_after(j) and f.doc.hits_in(toks.ends[j], sent.end, "cut")):
                found |= {"acts", "subject"}  # "Norvika sagte, man werde 200 Stellen streichen": the firm says it cuts
        result = next((k for k in range(j, min(j + 3, n)) if k in self.result_start), None)
        if result is not None and not person and all(toks.raw[k].islower() for k in range(j, result)):
            found |= {"verb", "acts"} | ({"subject"} if result == j else set())  # "X expects revenue of $90 million",
            # "Teltwerk erwartet einen Umsatz von": the result its object, no subject after the verb
        if i in self.locative_end or i in f.offices or i in self.dateline or j in self.store_start and (
                i in self.possessive_end or i >= 2 and toks.raw[i - 2] in ("'", "’") and toks.raw[i - 1] in GENITIVE):
            found.add("place")  # "in Skellefteå"; "its Corby plant", "Halsey Packaging's Corby plant": a site's place
        if i in self.told:
            found.add("told")
        if i in self.site_place or self.owned_site(i, j):
            found |= {"place", "site"}
        if (i in self.paragraph_start and j - i >= 2 and j < n and toks.raw[j].isalpha() and toks.raw[j].islower()
                and not f.vocabulary(i) and (f.vocabulary(j - 1) or self.shouted_before(i, j))):
            found.add("paragraph")  # "Tornvik Batteri invigde i går sin nya fabrik": a name and a noun of the language
            # (or the words a heading in capitals right before opens with) opening a paragraph, a lowercase word after
            # them: the paragraph's subject, a firm
        if j < n and j in self.company_start and toks.raw[j][:1].islower() and toks.low[j] not in GROUP_NOUNS:
            found.add("base")  # "the Lyon drugmaker", "the Malmö retailer": where the firm is based, or its name (not
            # "the Kestrel group": a group's word after a name is the firm's own)
        if f.determined(i):
            found.add("determined")
        if i in self.heading:
            found.add("heading")
        elif toks.starts[i] in self.sentence_start:
            found.add("initial")
        return found


def subsidiary(doc: Doc, start: int, end: int) -> bool:
    """The name at [start, end) is introduced as another company's subsidiary: a subsidiary word just before it
    ("its subsidiary X", "Su filial española, X", "Dotterbolaget X"; not its parent's, "a unit of Y") or opening an
    apposition after it ("X, a unit of Y", "X, filiale du groupe Y")."""
    text = doc.text
    return (any(SUBSIDIARY_BEFORE.fullmatch(text, h.end, start) and not doc.hits_in(h.end, start, "subsidiary_of")
                for h in doc.hits_in(max(0, start - 30), start, "subsidiary"))
            or any(SUBSIDIARY_AFTER.fullmatch(text, end, h.start) for h in doc.hits_in(end, end + 30, "subsidiary")))


def _initials(short: str, name: str) -> bool:
    """The letters of ``short`` stand in ``name`` in order, the first at its start ("VW" in "Volkswagen")."""
    rest = name.upper()
    if not rest.startswith(short[0]):
        return False
    for letter in short[1:]:
        at = rest.find(letter, 1)
        if at < 0:
            return False
        rest = rest[at:]
    return True


def _fold(token: str) -> str:
    """"NISSAN" in a shouting headline is "Nissan"; short acronyms ("IBM", "BASF") stay as they are."""
    return token.title() if len(token) > 4 and token.isupper() and token.isalpha() else token


def _evidence(f: _Finder, key: tuple[str, ...], places: list[tuple[int, int, set[str]]]) -> int:
    """How surely a capitalised name is an organisation, over all its occurrences: each kind of cue counts once
    (``CUE_WEIGHTS``); a name used mid-sentence where only names are capitalised, repeated, or known in other
    languages' corpora gains; a word of the language's vocabulary loses."""
    lang = f.doc.lang
    cues = set().union(*(c for _, _, c in places))
    score = sum(CUE_WEIGHTS.get(c, 0) for c in cues)
    listed = listed_name(key, lang.code)  # "Tesco", "Texas Instruments": a company's name, though words of the language
    words = [False] * len(key) if listed else [vocabulary(t, lang.code) for t in key]
    if len(key) > 1 and all(NAME.match(t) for t in key) and not cues & STRONG and not any(words) and not listed and not cues & {
            "acts", "paragraph"}:
        return score - CUE_WEIGHTS["verb"] * ("verb" in cues)  # "Ulf Kristersson said": a person as likely
    vocab = all(words)
    body = [c for _, _, c in places if not (vocab and c & {"heading", "initial"})]  # a name is capitalised anywhere
    if lang.capitalised_nouns:  # nouns are capitalised too: only names known across languages gain
        known = len(key) == 1 and travels(key[0], lang.code)
        determined = 2 * sum("determined" in c for _, _, c in places) > len(places)  # "einen Bericht": a noun
        score += int(known) + int(known and len(places) >= 2) - 2 * determined
        # "Wohnwelt Krüger streicht 240 Stellen": words of no noun phrase, which cuts only after its article, cutting
        # jobs (or stating its result: "Teltwerk erwartet einen Umsatz von"); a single word so opening a sentence of
        # the body, the verb right after it and no subject after the verb ("Tamberlin streicht 500 Stellen"), not a
        # headline ("Autobauer streicht"), a noun after a conjunction ("zwölf Einrichtungshäuser und streicht") or an
        # adverb ("Bundesweit streicht die Bahn")
        cut = "acts" in cues if len(key) > 1 else any(c >= {"acts", "initial", "subject"} for _, _, c in places)
        score += int(cut and not words[0] and not any("determined" in c for _, _, c in places))
    else:
        score += min(2, len(body) and 1 + (len(body) >= 3)) + int(len(places) >= 3)
    if vocab and not cues & STRONG:  # "Retail Giant", "Schweizer Franken"; but "Maréchal Transports"
        score -= 2
    if any("site" in c for _, _, c in places) and not cues & FIRM:
        return min(score, 0)  # "its base at Arlanda" anywhere in the article: a site's place, whoever's staff are there
    if "told" in cues and not cues & STRONG:
        return min(score, 0)  # "Enligt uppgifter till Affärsbladet planerar bolaget": the outlet told, never acting
    if "place" in cues and not cues & (STRONG | {"verb", "acts"}):
        return min(score, 0)  # "son centre de recherche de Gerland", "à Gerland": a place's name, never acting
    told = [c for _, _, c in places if "heading" not in c] or [c for _, _, c in places]  # "ERE en X": a headline's "en"
    if 2 * sum("place" in c for c in told) >= len(told):  # mostly "in Skellefteå": a place
        score -= 3
    return score


# Lexicon hits whose words are not (the start of) a name: "Vorig jaar", "Förra året", "Softwarekonzern".
LEXICAL = {"company_nouns", "time", "hedge", "mod", "cut", "reporting", "anaphora", "conjunctions", "possessive",
           "skip_before", "year_prep", "negation", "according_to", "jobs", "others", "role", "unions", "cut_nouns", "cut_counts",
           "subsidiary"}
# money words of results: "Nettoomsättningen minskade", "L'Ebitda de X" name nothing
RESULTS = {"revenue", "profit", "net_income", "loss", "other_measures"}


def _short_name(raw: list[str], org_words=frozenset()) -> tuple[int, str] | None:
    """"Brightline Media" is also "Brightline", "Bank Alpstein" also "Alpstein", "Grupo Cooperativo Arrizabal" also
    "Arrizabal": the name without its generic words."""
    if len(raw) == 3 and all(w in GENERIC or w in org_words for w in raw[:2]) and raw[2] not in GENERIC | org_words:
        return 2, raw[2]
    if len(raw) != 2:
        return None
    if (raw[1] in GENERIC or raw[1] in org_words) and raw[0] not in GENERIC:
        return 0, raw[0]
    if (raw[0] in GENERIC or raw[0] in org_words) and raw[1] not in GENERIC:  # "Banca Orsenigo" is also "Orsenigo"
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
            if rest not in GENITIVE and rest not in suffixes:
                continue
            cands = [k for a, k in by_first.get(tok[:cut], ()) if len(a) == 1]
            if cands:
                found = (cands[0], cut, "" if rest in GENITIVE else tok[cut:].lstrip("-"))
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
    f.result_owners()
    f.byline_pass()
    f.cue_pass()
    f.propagate()
    f.reporting_pass()
    f.publisher_pass()
    f.propagate()
    f.surnames()
    mentions = sorted(f.mentions, key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[EntityMention] = []
    for m in mentions:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    doc.entities = kept = _former_names(doc, kept)
    main = main_org(kept)
    orgs = [m for m in kept if m.type == "organization"]
    roles: list[Role] = []
    for role in f.roles:
        if not role.org and role.span and doc.hits_in(role.span.start, role.span.end, "third_parties"):
            continue  # "union leader Mike Dorsey": not the company's
        org = role.org or _org_before(orgs, role.span.start if role.span else 0) or main
        if org and not any((r.person, r.org, r.title) == (role.person, org, role.title) for r in roles):
            roles.append(Role(role.person, org, role.title, role.span, doc.lang.canonical_title(role.title)))
    doc.roles = roles
    doc.known = f.known
    doc.main_org = main
    doc.subsidiaries = {m.name for m in orgs if subsidiary(doc, m.start, m.end)}


def _former_names(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """A name the article writes only right after a word of a former name (`entities.former`: "formerly known as",
    "la antigua", "conocida hasta 2022 como", "voorheen", "före detta"; a year, a word of time or a link word such as
    "como" between at most) is the organisation it was: the one named before it in its sentence, else the article's main one ("Nexova, la
    antigua Telecable del Sur": "Nexova")."""
    toks = doc.tokens
    starts = {s: k for k, s in enumerate(toks.starts)}

    def former(m: EntityMention) -> bool:
        k = starts.get(m.start)
        if k is None:
            return False
        low = max(doc.sentence_at(m.start).start, toks.starts[max(0, k - 5)])
        linked = {b for h in doc.hits_in(low, m.start, "skip_before", "year_prep", "time") for b in range(h.i, h.j)}
        return any(all(toks.raw[b].isdigit() or b in linked for b in range(h.j, k))
                   for h in doc.hits_in(low, m.start, "former"))

    orgs = [m for m in mentions if m.type == "organization"]
    olds = {m.name for m in orgs} - {m.name for m in orgs if not former(m)}
    if not olds:
        return mentions
    rest = [m for m in orgs if m.name not in olds]
    main = main_org(rest)
    renamed = {}
    for old in olds:
        first = next(m for m in orgs if m.name == old)
        sent = doc.sentence_at(first.start)
        before = [m for m in rest if sent.start <= m.start < first.start]
        renamed[old] = before[-1].name if before else main
    return [EntityMention(m.start, m.end, renamed[m.name], m.type) if m.name in renamed and renamed[m.name] else m
            for m in mentions]


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
