"""Language data compiled once per language: a token phrase matcher over the lexicon's word lists.

Lexicon conventions (``kg/lexicons/<lang>.toml``): words match case-insensitively on token boundaries;
a word written in capitals (``AI``, ``CEO``) matches only in capitals; ``*`` at the end (start) of a
word matches any ending (beginning). In ``[causes]`` a leading ``~`` marks a weak cue, one that only
counts after a causal link word ("due to costs"); in ``[stance] outlook`` a leading ``!`` marks a cue
that negates by itself ("rule out").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import count
from typing import NamedTuple

from kg.lexicon import FALLBACK, across, languages, lexicon, shared_and
from kg.records import clean_title
from kg.textpattern import alternation

TOKEN = re.compile(r"\w+|[^\w\s]")


class Hit(NamedTuple):
    """A lexicon phrase found in the text: its label, key, character span and token span (a named tuple: an
    article makes hundreds, and a tuple is made three times faster than a frozen dataclass)."""

    label: str
    key: str
    start: int
    end: int
    i: int  # first token
    j: int  # one past the last token
    split: bool = False  # the head of a split phrase ("schließt" of "schließt ... aus")


def norm(token: str) -> str:
    return token.lower().replace("’", "'")


class Tokens:
    """The word and punctuation tokens of a text, with character offsets."""

    __slots__ = ("starts", "ends", "raw", "low", "caps")

    def __init__(self, text: str):
        spans = [m.span() for m in TOKEN.finditer(text)]
        starts, ends = zip(*spans, strict=True) if spans else ((), ())
        self.starts, self.ends = list(starts), list(ends)
        lowered: str | None = norm(text)
        if len(lowered) != len(text):  # a few characters change length when lower-cased
            lowered = None
        self.raw = [text[s:e] for s, e in spans]
        self.low = [lowered[s:e] for s, e in spans] if lowered is not None else [norm(t) for t in self.raw]
        self.caps = [k for k, t in enumerate(self.raw) if t[0].isupper()]  # capitalised tokens

    def __len__(self) -> int:
        return len(self.raw)


# An item of a pattern: (mode, text, case_sensitive); mode "x" exact, "p" prefix, "s" suffix.
Item = tuple[str, str, bool]


def _items(phrase: str) -> tuple[Item, ...]:
    out: list[Item] = []
    for chunk in phrase.split():
        prefix, suffix = chunk.endswith("*"), chunk.startswith("*")
        core = chunk.strip("*")
        parts = TOKEN.findall(core)
        for n, part in enumerate(parts):
            cs = len(part) > 1 and part.isupper()
            mode = "x"
            if prefix and n == len(parts) - 1:
                mode = "p"
            elif suffix and n == 0:
                mode = "s"
            out.append((mode, part if cs else norm(part), cs))
    return tuple(out)


def _item_ok(item: Item, low: str, raw: str) -> bool:
    mode, text, cs = item
    tok = raw if cs else low
    if mode == "x":
        return tok == text
    if mode == "p":
        return tok.startswith(text)
    return tok.endswith(text) and len(tok) > len(text)


NOTHING: tuple[list, dict, list] = ([], {}, [])  # the candidates of a token no pattern starts with
GAP = " ... "
GAP_TOKENS = 12  # how far after its head the rest of a split phrase may stand


class Matcher:
    """Finds every lexicon phrase in a token sequence (a small PhraseMatcher)."""

    def __init__(self):
        self.exact: dict[str, list] = {}  # first item exact (case-sensitive items under their lower case)
        self.prefix: dict[str, list] = {}
        self.suffix: dict[str, list] = {}
        self._lengths: tuple[tuple[int, ...], tuple[int, ...]] | None = None  # of the prefix and suffix keys, sorted
        self._cache: dict[str, list] = {}

    def add(self, label: str, key: str, phrase: str) -> None:
        head, _, rest = phrase.partition(GAP)
        items, tail = _items(head), _items(rest) if rest else ()
        if not items:
            return
        mode, text, cs = items[0]
        index = {"x": self.exact, "p": self.prefix, "s": self.suffix}[mode]
        index.setdefault(text.lower() if cs else text, []).append((items, label, key, tail))
        self._lengths = None

    def _candidates(self, low: str) -> tuple[list, dict[str, list], list]:
        """Patterns whose first item matches a token of this (lower-cased) form, cached per form:
        one-item patterns, longer ones by their exact second item, and longer ones with a wildcard second item."""
        found = self._cache.get(low)
        if found is None:
            if self._lengths is None:
                self._lengths = tuple(sorted({len(k) for k in self.prefix})), tuple(sorted({len(k) for k in self.suffix}))
            prefix_lengths, suffix_lengths = self._lengths
            first = list(self.exact.get(low, ()))
            for k in prefix_lengths:  # only the lengths some key has, shortest first
                if k > len(low):
                    break
                if k >= 2 and (patterns := self.prefix.get(low[:k])):
                    first.extend(c for c in patterns if _item_ok(c[0][0], low, low))
            for k in suffix_lengths:
                if k >= len(low):
                    break
                if k >= 2 and (patterns := self.suffix.get(low[-k:])):
                    first.extend(c for c in patterns if _item_ok(c[0][0], low, low))
            singles, by_second, other = [], {}, []
            for c in first:
                items = c[0]
                if len(items) == 1:
                    singles.append(c)
                elif items[1][0] == "x" and not items[1][2]:
                    by_second.setdefault(items[1][1], []).append(c)
                else:
                    other.append(c)
            found = (singles, by_second, other) if first else NOTHING
            if len(self._cache) < 200_000:
                self._cache[low] = found
        return found

    def find(self, toks: Tokens) -> list[Hit]:
        hits: list[Hit] = []
        low, raw, n = toks.low, toks.raw, len(toks)
        starts, ends = toks.starts, toks.ends
        cache, candidates = self._cache, self._candidates
        for i, t in enumerate(low):
            if i >= 2 and raw[i - 1] == "-" and ends[i - 2] == starts[i - 1] and ends[i - 1] == starts[i]:
                hits += self._compound(toks, i)
            found = cache.get(t)
            if found is NOTHING:
                continue
            singles, by_second, other = found if found is not None else candidates(t)
            if not (singles or by_second or other):
                continue
            for items, label, key, tail in singles:
                if items[0][0] == "s" and label == "mod" and _inside_name(raw, i):
                    continue  # a verb's ending ("*rán") in a capitalised word inside a sentence: "Tejidos Albarrán"
                if (not items[0][2] or raw[i] == items[0][1]) and (not tail or _rest_found(tail, toks, i + 1)):
                    hits.append(Hit(label, key, starts[i], ends[i], i, i + 1, bool(tail)))
            if i + 1 < n and (by_second or other):
                second = by_second.get(low[i + 1], ()) if by_second else ()
                if not (second or other):
                    continue
                for items, label, key, tail in [*second, *other]:
                    j = i + len(items)
                    if j > n or (items[0][2] and raw[i] != items[0][1]):
                        continue
                    if all(_item_ok(it, low[i + k], raw[i + k]) for k, it in enumerate(items[1:], 1)) and (
                            not tail or _rest_found(tail, toks, j)):
                        hits.append(Hit(label, key, starts[i], ends[j - 1], i, j, bool(tail)))
        return hits


    def _compound(self, toks: Tokens, i: int) -> list[Hit]:
        """A hyphenated compound ending in token ``i`` ("Software-Anbieters", "Möbel-Kette") matches the one-word
        endings ("*anbieters") its joined form matches, a label its last part alone does not have: one hit over it."""
        own = {c[1] for c in self._candidates(toks.low[i])[0]}
        return [Hit(label, key, toks.starts[i - 2], toks.ends[i], i - 2, i + 1, False)
                for items, label, key, tail in self._candidates(toks.low[i - 2] + toks.low[i])[0]
                if items[0][0] == "s" and not items[0][2] and not tail and label not in own]


def _inside_name(raw: list[str], i: int) -> bool:
    """Token ``i`` is capitalised after a word or a comma: not the first of its sentence, so a name's."""
    return raw[i][:1].isupper() and i > 0 and (raw[i - 1][:1].isalnum() or raw[i - 1] in (",", ";"))


def _rest_found(tail: tuple[Item, ...], toks: Tokens, j: int) -> bool:
    """The rest of a split phrase stands within a few tokens after ``j``, before the sentence ends."""
    low, raw, starts, ends = toks.low, toks.raw, toks.starts, toks.ends
    for k in range(j, min(len(low) - len(tail) + 1, j + GAP_TOKENS)):
        t = low[k]
        if t in ".!?;" and (k + 1 >= len(low) or starts[k + 1] > ends[k]):
            return False
        if all(_item_ok(it, low[k + m], raw[k + m]) for m, it in enumerate(tail)):
            return True
    return False


class Words(frozenset):
    """Words, and endings written after a "*" ("*fabrik"): a word with one of those endings after more letters is
    in it too ("Möbelfabrik")."""

    def __new__(cls, words):
        words = list(words)
        self = super().__new__(cls, (w for w in words if not w.startswith("*")))
        self.endings = tuple(w[1:] for w in words if w.startswith("*"))
        return self

    def __contains__(self, word) -> bool:
        return super().__contains__(word) or bool(self.endings) and word.endswith(self.endings) and any(
            len(word) > len(e) and word.endswith(e) for e in self.endings)


def _opening(phrases) -> re.Pattern:
    """A pattern matching one of the phrases as whole words where it is applied (``.match(text, pos)``)."""
    return re.compile(rf"(?:{alternation(p.strip() for p in phrases)})(?!\w)", re.I)


def _closing(phrases) -> re.Pattern:
    """A pattern matching one of the phrases as whole words right before where it is applied (``.search(text, pos,
    end)``, white space after it)."""
    return re.compile(rf"(?<!\w)(?:{alternation(p.strip() for p in phrases)})\s*$", re.I)


BEFORE_UNITS = {"months_before": 1, "weeks_before": 0, "years_before": 12}  # lexicon key -> months a unit is


class Lang:
    """Everything the extractor needs to know about one language, compiled."""

    def __init__(self, code: str):
        self.code = code
        lex = lexicon(code) or lexicon(FALLBACK)
        base = lexicon(FALLBACK)
        self.lex = lex
        num = lex.get("numbers", {})
        self.decimal: str = num.get("decimal", ".")
        self.group: tuple[str, ...] = tuple(num.get("group", [","]))
        self.words: dict[str, float] = {norm(k): float(v) for k, v in num.get("words", {}).items()}
        self.scales: dict[str, float] = {norm(k): float(v) for k, v in num.get("scales", {}).items()}
        # The pieces number words are written together from ("tweeduizend", "fünfzehnhundert", "tjugofem"):
        # the words, the scales up to a thousand, and pieces that only occur inside such words ("een", "ein").
        # words that count roughly ("un millier", "una decena", "ett hundratal"): a figure with one is approximate
        self.approximate = frozenset(norm(w) for w in num.get("approximate", []))
        # words of an untold count before a number word ("several hundred", "mehrere hundert"): no figure
        self.indefinite = frozenset(norm(w) for w in num.get("indefinite", []))
        self.number_parts: dict[str, float] = {**self.words, **{k: v for k, v in self.scales.items() if v <= 1000},
                                               **{norm(k): float(v) for k, v in num.get("parts", {}).items()}}
        self.number_joiners: list[str] = [norm(w) for w in num.get("joiners", [])]
        self.number_openings = frozenset(p[:3] for p in self.number_parts)  # how a number written as one begins
        self._compounds: dict[str, float | None] = {}
        self.articles = [norm(a) for a in num.get("articles", [])]
        self.range_words = [norm(a) for a in num.get("range", [])]
        self.between_words = [norm(a) for a in num.get("between", [])]
        self.and_words = {norm(a) for a in num.get("and", [])}
        self.one_site = Words(norm(a) for a in lex.get("stores", {}).get("one", []))  # "the plant in Ohio", not "the stores in"
        self.one_before = {norm(a) for a in lex.get("stores", {}).get("one_before", [])}  # "sitt lager": one site
        self.any_site = {norm(a) for a in lex.get("stores", {}).get("any_site", [])}  # "le site": whichever one was named
        self.town_endings = tuple(lex.get("stores", {}).get("town_of", []))  # "Kasseler Werk": of Kassel
        self.close_particles = {norm(a) for a in lex.get("stores", {}).get("particles", [])}  # "schloss den Verkauf ab"
        self.currency_of = num.get("currency_of", [])
        self.scale_of = frozenset(t for w in self.currency_of for t in TOKEN.findall(norm(w)) if t.isalpha())  # "millier de"
        units = lex.get("units", {})
        self.unit_words = {"percent": units.get("percent", ["%"]), "days": units.get("days", []),
                           "weeks": units.get("weeks", [])}
        self.spans = frozenset(norm(w) for w in units.get("years", []))  # "for more than 40 years": time, no count
        self.currencies: dict[str, str] = {**currency_names(code), **{norm(k): v for k, v in lex.get("currencies", {}).items()}}
        # Signs, codes and magnitude suffixes: kg/lexicons/shared.toml with the language's own added
        self.currency_codes: list[str] = shared_and(code, "signs", "currency_codes", [])
        self.currency_signs: dict[str, str] = {**currency_symbols(tuple(self.currency_codes)), **{
            k.lower(): v for k, v in shared_and(code, "signs", "currency", {}).items()}}
        self.currency_after: list[str] = shared_and(code, "signs", "currency_after", [])
        self.currency_shared = frozenset(norm(w) for w in num.get("currency_shared", []))  # "kronen": whose?
        self.same_name = [frozenset(codes) for codes in shared_and(code, "signs", "same_name", [])]
        self.currency_demonyms = {norm(k): v for k, v in num.get("currency_demonyms", {}).items()}  # "norska": NOK
        self.staff_countries = {norm(k): v for k, v in lex.get("claims", {}).get("staff_countries", {}).items()}
        self.currency_own = frozenset(norm(w) for w in num.get("currency_own", []))  # Swedish "kronor": SEK
        self.suffixes: dict[str, float] = {k: float(v) for k, v in shared_and(code, "numbers", "suffixes", {}).items()}
        self.spaced_suffixes: list[str] = shared_and(code, "numbers", "spaced_suffixes", [])
        # magnitudes written as one word with a currency after a figure ("512 Mkr", "4,8 mdkr", "90 MSEK")
        self.currency_prefixes: dict[str, float] = {norm(k): float(v) for k, v in num.get("currency_prefixes", {}).items()}
        cal = lex.get("calendar", {})
        self.months = {norm(name): n for n, names in enumerate(cal.get("months", []), 1) for name in names}
        self.full_months = {norm(names[0]): n for n, names in enumerate(cal.get("months", []), 1)}
        self.full_months.update({k: v for k, v in self.months.items() if len(k) > 4})
        self.weekdays = {norm(name): n for n, names in enumerate(cal.get("weekdays", [])) for name in names}
        self.day_suffixes = cal.get("day_suffixes", [])
        self.date_words = cal.get("date_words", [])
        time = lex.get("time", {})
        self.quarter_ordinals = {norm(k): v for k, v in time.get("quarter_ordinals", {}).items()}
        self.quarter_nouns = time.get("quarter", [])
        self.quarter_before: list[str] = shared_and(code, "calendar", "quarter_before", [])  # "Q1", "K1"
        self.fiscal_before: list[str] = shared_and(code, "calendar", "fiscal_before", [])  # "FY2025/26"
        self.quarter_after: list[str] = shared_and(code, "calendar", "quarter_after", [])  # "1Q"
        number, branch = rf"\d{{1,2}}|{alternation(self.words)}", count()

        def years_ahead(phrase: str) -> str:  # "over the next {n} years": the number a group of its own, n0, n1, ...
            return rf"\b{re.escape(phrase).replace(re.escape('{n}'), f'(?P<n{next(branch)}>{number})')}\b"

        self.years_ahead_first = {TOKEN.findall(norm(p))[0] for p in time.get("years_ahead", []) if TOKEN.findall(p)}
        self.years_ahead = re.compile(alternation(time.get("years_ahead", []), years_ahead), re.I)
        self.months_ahead_first = {TOKEN.findall(norm(p))[0] for p in time.get("months_ahead", []) if TOKEN.findall(p)}
        self.months_ahead = re.compile(alternation(time.get("months_ahead", []), years_ahead), re.I)
        back = time.get("years_back", [])  # an ordinal right before such a span, a word between at most: it looks back
        self.years_back = re.compile(rf"(?:^|\W)(?:{alternation(back)})(?:\s+\w+)?\s*$", re.I) if back else None
        def ending_near(words: list[str]) -> re.Pattern:  # text ending up to six words after one of them, no clause between
            # (a word may open with a percent sign, right after its figure: "up 4% from")
            return re.compile(rf"(?:^|\W|(?=%))(?:{alternation(words)})[^\w,;:]+(?:\w+[^\w,;:]+){{0,6}}$", re.I) if words \
                else re.compile(r"(?!)")

        # a time after "since" is when something began; one after a word of comparison is the period compared with
        # ("que en el mismo periodo del año anterior"), not one the next sentence goes on about
        self.since = ending_near(time.get("since", []))
        self.base = ending_near(time.get("base", []))
        founded = alternation(time.get("founded", []))  # "Founded in 2009", "die 1987 gegründete": no figure's time
        self.founded = re.compile(rf"(?<!\w)(?:{founded})\s+(?:\w+\s+)?$", re.I)
        self.founded_after = re.compile(rf"\s+(?:\w+\s+)?(?:{founded})", re.I)
        # words before a weekday that look ahead: "beginning Tuesday" in a Monday article is the next day
        self.from_day = re.compile(rf"(?:^|\W)(?:{alternation(time.get('from_day', []))})\s+\Z", re.I)
        # words before an outlet that make it the one told, not the source ("explicó a Europa Press un portavoz")
        told = lex.get("attribution", {}).get("told_to", [])
        self.told_to = re.compile(rf"(?:^|\W)(?:{alternation(told)})\s*$", re.I) if told else None
        self.horizon_words = re.compile(rf"(?:^|\W)(?:{alternation(time.get('horizon', []))})\s*$", re.I)
        self.month_preps = time.get("month_preps", [])
        self.role_suffixes = [s for s in lex.get("roles", {}).get("suffixes", [])]
        roles = lex.get("roles", {})
        # role word -> canonical title ([roles.canonical]): the language's own words first, then English's
        self.canonical_titles: dict[str, str] = {}
        for table in (roles.get("canonical", {}), base.get("roles", {}).get("canonical", {})):
            for canonical, words in table.items():
                for w in words:
                    self.canonical_titles.setdefault(clean_title(w), canonical)
        self.title_inflections = _longest_first(roles.get("inflections", []))  # "vd:n" is "vd", "chefen" "chef"
        self.title_endings = _longest_first(e.lstrip("-") for e in roles.get("endings", []))  # "Amazonchefen"
        self.generic_titles = {norm(w) for w in roles.get("generic", [])}  # "the executive", "die Managerin"
        self.officers = {norm(w) for w in roles.get("officers", [])}  # "the plant manager": the one firm's officer
        self.based_endings = tuple(norm(w) for w in lex.get("entities", {}).get("based_endings", []))  # "Linköpingsbaserade"
        self.demonym_words = {norm(d) for d in lex.get("entities", {}).get("demonyms", []) if " " not in d}
        self.place_adjective_endings = tuple(norm(w) for w in lex.get("entities", {}).get("place_adjective_endings", []))
        self.indices = set(base.get("entities", {}).get("indices", []))  # "FTSE", "Ibex": every lexicon's
        self.stop = set(lex.get("entities", {}).get("stop", [])) | set(base.get("entities", {}).get("stop", [])) | {
            *self.indices} | {
            d for d in lex.get("entities", {}).get("demonyms", []) if " " not in d}
        self.stop_words = {w.lower() for w in self.stop}
        self.noun_gap = int(lex.get("entities", {}).get("noun_gap", 0))
        self.capitalised_nouns = bool(lex.get("entities", {}).get("capitalised_nouns", False))
        self.determiners = {norm(w) for w in lex.get("entities", {}).get("determiners", [])}
        self.article_words = {norm(w) for w in lex.get("entities", {}).get("articles", [])} | {
            norm(w) for w in base.get("entities", {}).get("articles", [])}
        self.determiners_all = self.determiners | self.article_words
        self.conjunction_words = {norm(w) for w in lex.get("claims", {}).get("conjunctions", [])}
        self.alternatives = {norm(w) for w in lex.get("stance", {}).get("alternatives", [])}
        self.reason_is = [tuple(norm(w).split()) for w in lex.get("stance", {}).get("reason_is", [])]  # "Grund ist"
        # Phrases looked for only where a rule needs them (common words: no lexicon hits everywhere)
        self.partitive = _opening(num.get("partitive", []))
        self.comparative = _opening(num.get("comparative", []))
        self.base_period = _opening(num.get("base_period", []))
        # "dezelfde periode vorig jaar (814 miljoen": the same period, three words at most, a bracket opening a sum
        self.same_period = re.compile(rf"(?<!\w)(?:{alternation(num.get('same_period', []))})((?:\s+[\w'’-]+){{0,4}})"
                                      r"\s*\(\s*$", re.I)
        self.set_aside = _closing(num.get("set_aside", []))
        self.base_before = _closing(lex.get("time", {}).get("base", []))  # "up from" right before a figure
        self.difference = _opening(num.get("difference", []) or ["(?!)"])
        self.partitive_before = _closing(num.get("partitive", []))
        self.change_verbs = {norm(w) for w in num.get("change_verbs", [])}
        self.minus = {norm(w) for w in num.get("minus", [])}
        self.change_to = {norm(w) for w in num.get("change_to", [])}
        self.compared_opening = {norm(w) for w in num.get("compared_opening", [])}
        # a phrase of the bottom line opening a clause ("Unter dem Strich blieb ein Gewinn"): its profit is net
        self.bottom_line = tuple(norm(w) for w in num.get("bottom_line", []))
        self.change_from = {norm(w) for w in num.get("change_from", [])}
        self.change_by = {norm(w) for w in num.get("change_by", [])}
        self.articles_and_now = {norm(w) for w in num.get("before_figure", [])}
        self.known = {norm(w) for w in num.get("known", [])}
        self.one_in = {" ".join(norm(w).split()) for w in num.get("one_in", [])}
        self.one = {norm(w) for w in num.get("one", [])}
        self.one_of = {norm(w) for w in num.get("one_of", [])}  # "eines von drei Werken": one of three sites
        self.amounting = {norm(w) for w in lex.get("hedges", {}).get("amounting", [])}
        self.fewer = _opening(num.get("fewer", []))
        self.for_price = _closing(num.get("for_price", []))  # "for up to a third less": a price, no staff
        self.ratio = _opening(num.get("ratio", []))
        self.per_year = _opening(num.get("per_year", []))
        self.per_share = _opening(num.get("per_share", []))
        self.count_of = _opening(num.get("count_of", []))  # "Aantal medewerkers:", "Number of employees:"
        self.pronouns = {norm(w) for w in lex.get("attribution", {}).get("pronouns", [])}
        self.reported_speech = {norm(w) for w in lex.get("attribution", {}).get("reported_speech", [])}
        self.back_reference = _opening(lex.get("attribution", {}).get("back_reference", []))
        self.relative = re.compile(rf"\s*(?:{alternation(lex.get('claims', {}).get('relative', []))})(?!\w)", re.I)
        self.byline = _opening(lex.get("entities", {}).get("byline", []))
        self.name_links = {norm(w) for w in lex.get("entities", {}).get("name_links", [])}  # "Hilaturas del Norte"
        self.trade_first = set(lex.get("entities", {}).get("trade_first", []))  # "Rederij Norvika": a trade, then the name
        self.org_words = Words([*lex.get("entities", {}).get("org_words", []), *base.get("entities", {}).get("org_words", [])])
        self.first_names = {n for code in languages() for n in lexicon(code).get("entities", {}).get("first_names", [])}
        self.group_words = {norm(w) for w in lex.get("entities", {}).get("group_words", [])}  # "El grupo anunció"
        self.courtesy = set(lex.get("entities", {}).get("courtesy", []))  # "Ms Oyelaran": a person's surname follows
        self.org_pronouns = {norm(w) for w in lex.get("entities", {}).get("org_pronouns", [])}
        self.role_links = {norm(w) for w in [*lex.get("entities", {}).get("role_links", []),
                                             *base.get("entities", {}).get("role_links", [])]}
        # a cause's words are never an organisation's name ("KI", "IA")
        self.cause_words = {w.lstrip("~") for words in lex.get("causes", {}).values() for w in words}
        self.abbreviations = {norm(w) for w in [*lex.get("sentences", {}).get("abbreviations", []),
                                                *base.get("sentences", {}).get("abbreviations", [])]}
        # an editor's correction opening a paragraph: its label, a bracket at most ("Correctie (9 oktober):"), a colon
        self.correction = re.compile(rf"(?:{alternation(lex.get('sentences', {}).get('correction', []))})"
                                     r"(?:\s*\([^()\n]{0,40}\))?\s*[:–—]", re.I)
        # a label of a related story opening a line ("Read more: ...", "Lees ook:"), or alone on it ("READ MORE:")
        self.related = re.compile(rf"(?:{alternation(lex.get('sentences', {}).get('related', []))})"
                                  r"\s*(?:[:|»›>–—]\s*(?=\S)|:?\s*$)", re.I)
        self.matcher = self._build_matcher(lex, base)

    def canonical_title(self, title: str) -> str:
        """The one title of a role, whatever the words ("CEO", "chief executive", "vd:n", "PDG" are all "chief
        executive officer"): the lexicon's word, else the word without an inflection ("chefen", "vd:n"), else, for
        a compound ("Amazonchefen", "VW-Chef"), its last part or one of the language's compound endings; a title
        the lexicons do not know keeps its words, cleaned (``records.clean_title``): no title is made up."""
        key = clean_title(title)
        found = self._canonical(key)
        if found is None and key and " " not in key:
            if "-" in key:
                found = self._canonical(key.rsplit("-", 1)[1])
            for ending in self.title_endings if found is None else ():
                if key.endswith(ending) and len(key) > len(ending) + 2 and (found := self._canonical(ending)):
                    break
        return found or key

    def _canonical(self, key: str) -> str | None:
        found = self.canonical_titles.get(key)
        for ending in self.title_inflections if found is None else ():
            if key.endswith(ending) and len(key) > len(ending):
                if found := self.canonical_titles.get(key[:-len(ending)]):
                    break
        return found

    def compound_number(self, word: str) -> float | None:
        """The value of a number word written as one ("tweeduizend" 2000, "vijftienhonderd" 1500,
        "dreitausendfünfhundert" 3500, "eenentwintig" 21, "twenty-five" 25), None for any other word."""
        word = norm(word)
        if word not in self._compounds:
            if len(self._compounds) > 100_000:
                self._compounds.clear()
            values = _pieces(word, self.number_parts, self.number_joiners) if word[:1].isalpha() else None
            self._compounds[word] = _compose(values) if values and len(values) >= 2 else None
        return self._compounds[word]

    def _build_matcher(self, lex: dict, base: dict) -> Matcher:
        m = Matcher()

        def add_list(label: str, words, key: str = ""):
            for w in words:
                m.add(label, key or w, w)

        for kind in ("approx", "lower", "upper", "max", "min"):
            add_list("hedge", lex.get("hedges", {}).get(kind, []), kind)
        claims = lex.get("claims", {})
        for label in ("cut", "cut_nouns", "jobs", "workforce", "employ", "possessive", "conjunctions", "because", "others", "cut_counts", "hire",
                      "remain", "replaces", "another", "part_of", "work", "target", "agreed", "combined", "temporary", "moved", "protest",
                      "retained", "affected", "the_plan", "cut_plans", "at_risk", "phases", "gone_with", "going", "staff_of", "staff_at",
                      "with_staff", "earlier_level", "after_cut", "rest", "exits", "spoken_of", "we_are", "after_deal", "it_is",
                      "superseded", "not_staff", "absorbed", "excluded", "attrition", "versus", "now", "sector_in", "sector", "sector_whole", "existential",
                      "where", "region", "abandoned", "instead", "firms", "run", "aged", "copula",
                      "stays_at", "tally"):
            add_list(label, claims.get(label, []))
        for label in ("fall", "rise", "total", "net", "fte"):
            add_list(label, lex.get("numbers", {}).get(label, []))
        for seg, words in lex.get("segments", {}).items():
            add_list("segment", words, seg)
        for kind, words in lex.get("money", {}).items():
            add_list(kind if kind in ("conversion", "comparable", "effects", "part_links", "sold", "net_loss", "units", "margin") else "money", words, kind)
        stores = lex.get("stores", {})
        add_list("store", stores.get("nouns", []))
        add_list("close", stores.get("close", []))
        add_list("shrink", stores.get("shrink", []))
        add_list("shrink_net", stores.get("shrink_net", []))
        add_list("shrink_last", stores.get("shrink_last", []))
        add_list("stop", stores.get("stop", []))
        add_list("paused", stores.get("paused", []))
        add_list("opened", stores.get("opened", []))
        add_list("kept", stores.get("kept", []))
        add_list("production", stores.get("production", []))
        add_list("there", stores.get("there", []))
        add_list("site_at", stores.get("at", []))
        add_list("site_part", stores.get("parts", []))
        add_list("left", stores.get("left", []))
        add_list("notice", lex.get("notice", {}).get("cues", []))
        for mod, words in lex.get("modality", {}).items():
            add_list("past" if mod == "past" else "mod", words, mod)
        attribution = lex.get("attribution", {})
        for label in ("reporting", "announce_sources", "sources", "publisher_verbs", "according_to", "complementizers",
                      "media", "source_preps", "third_parties", "observers", "observer_firms", "view_of", "their_view", "union_nouns",
                      "pointer"):
            add_list(label, attribution.get(label, []))
        names = {w for w in across("attribution", "unions") if w[:1].isupper()}  # "IF Metall" in any language
        for label in ("third_parties", "unions"):
            add_list(label, set(attribution.get("unions", [])) | names)
        stance = lex.get("stance", {})
        for label in ("negation", "ruled_out", "concessive", "conditional", "asked", "answer_no", "excuse", "reduction", "need", "more", "cut_reference",
                      "replace", "rehire", "credited", "takes_over", "reason", "further", "thereby", "manner", "demanded", "background", "unrelated",
                      "guidance", "nobody", "escape", "without", "unlike", "works"):
            add_list(label, stance.get(label, []))
        add_list("further", stance.get("will", []), "will")
        add_list("state", stance.get("state", []))
        add_list("taught", stance.get("taught", []))
        add_list("advised_against", stance.get("advised_against", []))
        add_list("why", stance.get("why", []))
        for w in stance.get("outlook", []):
            m.add("outlook", "inverse" if w.startswith("!") else "direct", w.lstrip("!"))
        for cause, words in lex.get("causes", {}).items():
            for w in words:
                if cause in ("link", "trend", "trouble"):
                    m.add(cause, w, w)
                else:
                    m.add("cause_weak" if w.startswith("~") else "cause", cause, w.lstrip("~"))
        titles = set(lex.get("roles", {}).get("titles", [])) | set(base.get("roles", {}).get("titles", []))
        add_list("role", titles | set(lex.get("roles", {}).get("generic", [])) | set(lex.get("roles", {}).get("officers", [])))  # "die Managerin": a role, no title
        self.role_titles = {norm(t) for t in titles}
        self.firm_titles = {t.lower() for t in lex.get("roles", {}).get("firm_titles", [])
                            + base.get("roles", {}).get("firm_titles", [])}
        self.role_endings = tuple(norm(e.lstrip("-")) for e in lex.get("roles", {}).get("endings", []))
        self.role_words: dict[str, bool] = {}  # lower-cased token -> whether it is a role (kg.extract.entities)
        for key, words in lex.get("time", {}).items():
            if isinstance(words, list) and key not in ("month_preps", "quarter", "year_preps", "full_year", "from_day", "years_back", "mid", "reports",
                                                                 *BEFORE_UNITS):
                add_list("time", words, key)
        add_list("year_prep", lex.get("time", {}).get("year_preps", []))
        add_list("report", lex.get("time", {}).get("reports", []))
        add_list("full_year", lex.get("time", {}).get("full_year", []))
        ents = lex.get("entities", {})
        for label in ("company_nouns", "at", "anaphora", "skip_before", "acquired_after", "acquired_by", "person_pronouns", "org_apposition",
                      "locative", "result_verbs", "subsidiary", "subsidiary_of", "called", "former"):
            add_list(label, ents.get(label, []))
        add_list("company_nouns", ents.get("nationals", []))  # "la alemana Kastell Autos": the German firm
        for phrase, value in lex.get("numbers", {}).get("fractions", {}).items():
            m.add("fraction", str(value), phrase)
        for every in lex.get("numbers", {}).get("every", []):  # "var tolfte", "jeden zwölften": one in twelve
            for ordinal, n in lex.get("numbers", {}).get("ordinals", {}).items():
                m.add("fraction", f"{100 / n:.3g}", f"{every} {ordinal}")
        return m


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted({norm(w.strip()) for w in words if w.strip()}, key=len, reverse=True))


def _pieces(word: str, parts: dict[str, float], joiners: list[str]) -> list[float] | None:
    """``word`` cut into number pieces, a joiner ("en", "und", "-") allowed between two; None if it cannot be."""
    if not word:
        return []
    for k in range(len(word), 0, -1):
        value = parts.get(word[:k])
        if value is None:
            continue
        rest = word[k:]
        for joiner in ("", "-", *joiners):
            if rest.startswith(joiner) and (rest != joiner or not joiner):
                tail = _pieces(rest[len(joiner):], parts, joiners) if rest else []
                if tail is not None and (rest or not joiner):
                    return [value, *tail]
    return None


def _compose(values: list[float]) -> float | None:
    """The number pieces stand for: scales multiply what stands before them ("fünfzehn hundert"), other pieces
    add up, two of them side by side only as tens and units ("tjugo fem", "een en twintig")."""
    total = current = 0.0
    last: float | None = None  # the previous piece, when it was no scale
    for v in values:
        if v >= 1000:
            total, current, last = total + (current or 1) * v, 0.0, None
        elif v == 100:
            if current >= 100:
                return None
            current, last = (current or 1) * 100, None
        else:
            if last is not None and not (min(last, v) < 10 and max(last, v) >= 20 and max(last, v) % 10 == 0):
                return None
            current, last = current + v, v
    return total + current


@cache
def currency_names(code: str) -> dict[str, str]:
    """Every currency's name in the language, singular and plural, from CLDR (babel): "francos suizos" -> CHF.
    The lexicon adds the short forms outlets use ("francs", "kronor")."""
    from babel.core import UnknownLocaleError
    from babel.numbers import get_currency_name, list_currencies

    try:
        return {norm(get_currency_name(iso, count=n, locale=code)): iso for iso in sorted(list_currencies())
                for n in (None, 1, 2)}
    except UnknownLocaleError:
        return {}


@cache
def currency_symbols(codes: tuple[str, ...]) -> dict[str, str]:
    """CLDR's signs (babel) for these ISO codes in every lexicon's language, lower-cased: "hk$" -> HKD, "₹" -> INR,
    "r$" -> BRL; only signs with a currency symbol in them (not "kr" or "CHF", which are words or codes)."""
    from babel.core import UnknownLocaleError
    from babel.numbers import get_currency_symbol

    out: dict[str, str] = {}
    for lang in languages():
        for iso in codes:
            try:
                sign = get_currency_symbol(iso, locale=lang)
            except UnknownLocaleError:
                break
            if any(unicodedata.category(c) == "Sc" for c in sign):
                out.setdefault(sign.lower(), iso)
    return out


@cache
def lang_data(code: str | None) -> Lang:
    """The compiled data of a language (English for a language without a lexicon)."""
    code = (code or FALLBACK).lower()[:2]
    return Lang(code if code in languages() else FALLBACK)
