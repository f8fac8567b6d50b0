"""Figures: numbers in digits or words, scales, currencies, percentages, ranges and hedges -> Quantity.

Whether "." or "," groups thousands or marks decimals is decided per language and by the digit
groups: 14.000 in Dutch is fourteen thousand, 59.2 in English is a decimal, 1,5 miljoen is 1.5 million.
"""

from __future__ import annotations

import math
import re
from functools import cache

from kg.extract.doc import Doc, QuantityMention
from kg.extract.lang import TOKEN, Lang, lang_data, norm
from kg.records import Quantity
from kg.textpattern import NEVER, alternation

SPACES = " \u00a0\u202f\u2009"
DIGITS = r"\d{1,3}(?:(?:[,.'’]|[ \u00a0\u202f\u2009])\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
HEDGE_BOUND = {"approx": (True, None), "lower": (True, "lower"), "upper": (True, "upper"),
               "max": (False, "upper"), "min": (False, "lower")}


def parse_number(s: str, lang: Lang, scaled: bool = False, grouping: str = "") -> float | None:
    """Digits as written -> a float, deciding grouping and decimal marks by language and digit groups (and by the
    mark the article is seen to group thousands with, ``grouping``)."""
    s = s.strip()
    for ch in SPACES + "'’":  # spaces and apostrophes only ever group thousands
        s = s.replace(ch, "")
    if not s.replace(",", "").replace(".", "").isdecimal():
        return None
    marks = [c for c in s if c in ".,"]
    if not marks:
        return float(s)
    if len(set(marks)) == 2:  # 1,234.56 or 1.234,56: the last mark is the decimal one
        dec = marks[-1]
        grp = "," if dec == "." else "."
        return float(s.replace(grp, "").replace(dec, "."))
    mark = marks[0]
    if len(marks) > 1:
        return float(s.replace(mark, ""))
    after = len(s) - s.index(mark) - 1
    # three digits after a single mark group thousands, unless the mark is this language's decimal
    # mark and a scale word follows ("1,500 Mio." is 1.5 million in German); nobody writes "3,000 millones"
    # for three million, so three zeros group thousands there too
    groups = after == 3 and not s.startswith("0" + mark) and (
        mark != lang.decimal or not scaled or s.endswith("000") or mark == grouping)
    return float(s.replace(mark, "")) if groups else float(s.replace(mark, "."))


@cache
def _pattern(code: str) -> re.Pattern:
    lang = lang_data(code)
    words = _alt(lang.words)
    scales = _alt(lang.scales)
    articles = _alt(lang.articles)
    currencies = _trie(lang.currencies)
    percent = _alt(lang.unit_words["percent"])
    days = _alt(lang.unit_words["days"])
    weeks = _alt(lang.unit_words["weeks"])
    range_words = _alt(lang.range_words)
    of = _alt(lang.currency_of)
    parts = _alt(lang.number_parts)
    joiners = _alt(["-", *lang.number_joiners])
    compound = rf"(?:{parts})(?:(?:{joiners})?(?:{parts}))+"  # "tweeduizend", "fünfzehnhundert", "twenty-five"
    suffixes, spaced = _alt(lang.suffixes), _alt(lang.spaced_suffixes)  # "$4.1bn", "300k"; "4.1 bn"
    codes = _alt(lang.currency_codes)
    # a sign before a figure ("$4.1bn", "US$ 5m"; "\$" as Markdown escapes it) or a code ("SEK 4bn")
    signs = _alt(lang.currency_signs).replace(re.escape("$"), r"\\?\$")
    pre = rf"(?:{signs}|(?-i:{codes}))\s?"

    prefixes = _alt(lang.currency_prefixes)

    def atom(n: str) -> str:  # no branch that cannot match: every currency's name in it makes compiling slow
        glued = rf"\s?(?P<z{n}>{prefixes})(?P<zc{n}>(?:{currencies})\b|(?-i:{codes})\b)|" if prefixes != NEVER else ""  # "512 Mkr"
        return (rf"(?:(?P<d{n}>{DIGITS})|(?P<w{n}>\b(?:{compound}|{words})\b)|(?P<a{n}>\b(?:{articles})(?=\s+(?:{scales})\b)))"
                rf"(?:{glued}\s*(?P<s{n}>(?:{scales}))(?!\w)|(?P<x{n}>(?-i:{suffixes}))\b|\s(?P<y{n}>(?-i:{spaced}))\b)?")

    unit = (rf"(?:\s*|-)(?:(?P<pct>%|\b(?:{percent})\b)|(?:(?:{of})\s*)?(?P<cur>\b(?:{currencies})\b|(?-i:{codes})\b|"
            rf"{_alt(lang.currency_after)})|(?P<days>\b(?:{days})\b)|(?P<weeks>\b(?:{weeks})\b))")
    return re.compile(
        rf"(?<![\w.,])(?P<cp>{pre})?{atom('1')}"
        rf"(?:\s*(?P<rs>{range_words})\s*(?P<cp2>{pre})?{atom('2')})?"
        rf"(?:{unit})?",
        re.I,
    )


def _alt(words) -> str:
    """The alternation of words other than "%" (the percent sign has a place of its own in the pattern)."""
    return alternation(w for w in words if w != "%")


def _trie(words) -> str:
    """The alternation of ``_alt`` (``kg.textpattern.alternation``) for a long list of lower-case words (every currency's name), factored by
    common beginnings: it matches what ``_alt`` matches, the longest word first, in a fraction of the time
    (Python's re tries an alternation's branches one by one)."""
    root: dict = {}
    for w in {w for w in words if w and w != "%"}:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
        return f"{body}?" if "" in node else body

    return pattern(root) or NEVER


def _value(m: re.Match, n: str, lang: Lang, grouping: str = "") -> float | None:
    scale_word = m.group(f"s{n}")
    suffix = m.group(f"x{n}") or m.group(f"y{n}")
    scale = lang.scales.get(norm(re.sub(r"\s+", " ", scale_word)), 1.0) if scale_word else lang.suffixes.get(suffix or "", 1.0)
    if m.groupdict().get(f"z{n}"):
        scale_word = m.group(f"z{n}")
        scale = lang.currency_prefixes.get(norm(scale_word), 1.0)
    if m.group(f"d{n}"):
        try:
            base = parse_number(m.group(f"d{n}"), lang, scaled=bool(scale_word or suffix), grouping=grouping)
        except ValueError:  # marks in no pattern a number is written in ("0.751,000,000")
            base = None
    elif m.group(f"w{n}"):
        word = norm(m.group(f"w{n}"))
        base = lang.words.get(word)
        if base is None:
            base = lang.compound_number(word)
    else:
        base = 1.0
    value = None if base is None else float(f"{base * scale:.12g}")  # 4.1 billion, not 4099999999.9999995
    return value if value is None or math.isfinite(value) else None  # "1e400" is no figure


def find_quantities(doc: Doc) -> None:
    """Add every figure of the text to ``doc.quantities``."""
    pattern, lang, text = _pattern(doc.lang.code), doc.lang, doc.text
    hedges: dict[int, list] = {}
    for h in doc.labelled("hedge"):
        hedges.setdefault(h.end, []).append(h)
    pos, grouping = 0, _grouping(doc)
    for anchor in _anchors(doc):
        if anchor < pos:
            continue
        m = pattern.match(text, anchor)
        if not m:
            continue
        pos = m.end()
        if not (m.group("d1") or m.group("w1") or m.group("a1")):
            continue
        v1 = _value(m, "1", lang, grouping)
        if v1 is None:
            continue
        start = m.start()
        m, v1 = _words_go_on(pattern, text, m, v1, lang)  # "dos mil quinientos", "deux mille cinq cents"
        pos = m.end()
        unit = _unit_of(m)
        if (word := norm(re.sub(r"\s+", " ", m.group("cur") or ""))) in lang.currency_shared:
            unit = _named_before(doc, unit, word)  # "19 miljard Noorse kronen ... 2,3 miljard kronen": Norwegian
            if unit is None:
                continue  # "410 million crowns" with no country named: whose crowns is a guess
        if unit == "count" and m.group("s1") and v1 >= 1e6 and (_phrase_ends(doc, m.end()) or _compared(doc, start, m.end())):
            unit = _money_before(doc, start) or unit  # "4,2 milliards d'euros ... une perte de 150 millions.", "jämfört
            # med 1,9 miljarder året innan"
        if unit == "count" and (before := re.search(r"(\S+)\s+$", text[max(0, start - 20):start])) and (
                before.group(1) in lang.indices):
            continue  # "the FTSE 250", "el Ibex 35": an index's name, no figure
        if m.group("w1") and (before := re.search(r"(\w+)\s+$", text[max(0, start - 20):start])) and (
                norm(before.group(1)) in lang.indefinite):
            continue  # "several hundred", "mehrere hundert", "flera hundra": a count not told
        factor = 7.0 if m.group("weeks") else 1.0
        q_low = q_high = None
        to_next = alone = False
        end1 = m.end()
        if m.group("rs"):
            v2 = _value(m, "2", lang, grouping)
            if m.group("s2") and not m.group("s1") and not m.group("x1"):
                v1 *= lang.scales.get(norm(re.sub(r"\s+", " ", m.group("s2"))), 1.0)
            elif m.groupdict().get("z2") and not m.group("z1"):  # "mellan 500 och 600 Mkr"
                v1 *= lang.currency_prefixes.get(norm(m.group("z2")), 1.0)
            joiner = norm(m.group("rs"))
            between_before = _word_before(text, start, lang.between_words)
            conjunction = joiner in lang.and_words  # a range only after "between" ("zwischen 2.000 und 3.000")
            if _year_after(doc, m):  # "med 700 till 2027", "cut 700 to 2027": a figure and a date, no range
                end1, pos, alone = m.end("rs") - len(m.group("rs")), m.start("d2"), True
            elif v2 is not None and v1 < v2 and (joiner in ("-", "–") or not conjunction or between_before):
                q_low, q_high = v1 * factor, v2 * factor
            else:  # "240,000 to 226,000": a change; "18.000 en 9.000": two figures; rescan from the second
                end1 = m.end("rs") - len(m.group("rs"))
                second = m.start("cp2") if m.group("cp2") else m.start("d2") if m.group("d2") else -1
                pos = second if second >= 0 else m.start("rs") + len(m.group("rs"))
                to_next = v2 is not None and v1 != v2 and not conjunction
        if unit in ("percent",) and q_low is None and v1 > 100:
            continue
        approx, bound = False, None
        found = hedges.get(_skip_space_back(text, start))
        if found and doc.quantities and all(norm(text[h.start:h.end]) in lang.change_to for h in found) and (
                _skip_space_back(text, min(h.start for h in found)) == doc.quantities[-1].end
                or doc.quantities[-1].quantity.unit == unit != "count" and start - doc.quantities[-1].end < 60
                and doc.sentence_at(start) is doc.sentence_at(doc.quantities[-1].start)):
            found = None  # "daalde met 11 procent tot 1,2 miljard", "1,5 miljoen euro minder..., tot 412 miljoen": a level
        elif found and all(norm(text[h.start:h.end]) in lang.change_to for h in found) and _changed_before(doc, found):
            found = None  # "De omzet steeg vorig jaar tot 1,5 miljard": rose to, not "up to"
        elif found and all(norm(text[h.start:h.end]) in lang.amounting for h in found) and _after_money_noun(doc, found):
            found = None  # "ein Sparprogramm über 120 Millionen Euro": of, not more than
        if found:
            first = min(h.start for h in found)
            keys = [h.key for h in found if h.start == first]
            approx = any(HEDGE_BOUND[k][0] for k in keys)
            bound = next((HEDGE_BOUND[k][1] for k in keys if HEDGE_BOUND[k][1]), None)
        approx = approx or any(norm(re.sub(r"\s+", " ", m.group(g) or "")) in lang.approximate for g in ("w1", "s1", "w2", "s2"))
        if q_low is not None:
            quantity = Quantity(unit=unit, low=q_low, high=q_high, approx=approx, bound=bound)
        else:
            quantity = Quantity(unit=unit, value=float(f"{v1 * factor:.12g}"), approx=approx, bound=bound)
        doc.quantities.append(QuantityMention(start, end1 if to_next or alone else m.end(), quantity, to_next=to_next))
    _add_ratios(doc)
    _add_one_in(doc, hedges)
    _add_fractions(doc, hedges)


GROUPED = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:([.,])\d{3})+(?![\d.,])")


def _grouping(doc: Doc) -> str:
    """The mark the article groups thousands with where that is the language's decimal mark: a count of thousands
    with no scale after it ("16,000 puestos" in a Mexican outlet) shows it, and then "2,500 millones" is 2.5 billion."""
    lang, text = doc.lang, doc.text
    for m in GROUPED.finditer(text):
        if m.group(1) == lang.decimal:
            after = TOKEN.findall(norm(text[m.end():m.end() + 20]))
            if not after or after[0] not in lang.scales and after[0] not in ("%", *lang.unit_words["percent"]):
                return lang.decimal
    return ""


def _phrase_ends(doc: Doc, end: int) -> bool:
    """No noun follows a scale word at ``end``: its phrase ends there, or a time follows ("contre 415 millions un an
    plus tôt", "frente a 300 millones en 2024")."""
    text = doc.text
    at = end + len(text[end:end + 3]) - len(text[end:end + 3].lstrip())
    return not text[at:at + 1].isalpha() or bool(YEAR_NEXT.match(text, at)) or any(
        h.start == at for h in doc.hits_in(at, at + 40, "time"))


def _compared(doc: Doc, start: int, end: int) -> bool:
    """A word of comparison (``time.base``: "frente a", "contre", "tegen") two words or fewer before the figure and a
    year soon after it, or a word of the same period right after it (``numbers.base_period``): the sum it is compared
    with, of a period ("frente a los 81 millones del segundo trimestre de 2025"); not a count of a noun ("frente a 2
    millones de clientes", `numbers.currency_of`)."""
    sent, text = doc.sentence_at(start), doc.text
    after = text[end:end + 40].lstrip()
    at = end + len(text[end:end + 40]) - len(after)  # or a word of the same period: "del mismo periodo del año anterior"
    return not any(after.startswith(w + " ") or after.startswith(w) and w[-1:] in "'’" for w in doc.lang.currency_of) and bool(
        YEAR.search(after) or doc.lang.base_period.match(text, at)) and any(h.key == "base" and doc.words_between(h.end, start) <= 2
                                    for h in doc.hits_in(max(sent.start, start - 40), start, "time"))


YEAR_NEXT = re.compile(r"\w{1,3}\s+(?:19|20)\d\d(?!\d)")  # "en 2024", "in 2024"


def _money_before(doc: Doc, start: int) -> str | None:
    """The currency of the last sum before ``start`` in its sentence: a count of millions there is in it too. With
    none there and a money word before it in its clause (a short aside in brackets bridged), that of the last sum of
    the sentence before in its paragraph ("... 61 millones de euros ... Sus ingresos se situaron en 1.140 millones"),
    else the one currency of all sums before it in the article."""
    sent = doc.sentence_at(start)
    before = doc.sentences[sent.index - 1] if sent.index else None
    c_start = doc.clause_at(start)[0]
    aside = doc.text.rfind("(", sent.start, c_start) if c_start and doc.text[c_start - 1] == ")" else -1
    if 0 <= aside and c_start - aside <= 30:  # "el resultado de explotación (ebit) fue de 212 millones": the money
        c_start = doc.clause_at(aside)[0]  # word before a short aside in brackets is the clause's
    money = bool(doc.hits_in(c_start, start, "money"))
    if before is None or before.block != sent.block or not money:
        before = sent
    for o in reversed(doc.quantities):
        if o.start < before.start:
            break
        if o.quantity.unit not in ("count", "percent", "days"):
            return o.quantity.unit
    units = {o.quantity.unit for o in doc.quantities if o.start < start} - {"count", "percent", "days"}
    return units.pop() if money and len(units) == 1 else None


def _named_before(doc: Doc, unit: str, word: str) -> str | None:
    """The currency of a word that does not say whose ("kronen"): that of the last sum before it in the article in a
    currency the word may name (``signs.same_name``); else the word's own if it has one (``numbers.currency_own``:
    Swedish "kronor", though the article speaks of "norska kronan" or a Norwegian firm); else the one country of them
    the article's words name (``numbers.currency_demonyms``: "the Norwegian shipping group ... crowns"); else None."""
    family = next((f for f in doc.lang.same_name if unit in f), None)
    if not family:
        return unit
    for o in reversed(doc.quantities):
        if o.quantity.unit in family:
            return o.quantity.unit
    if word in doc.lang.currency_own:
        return unit
    named = {doc.lang.currency_demonyms.get(norm(w)) for w in re.findall(r"\w+", doc.text)} & family
    return named.pop() if len(named) == 1 else None


def _words_go_on(pattern: re.Pattern, text: str, m: re.Match, value: float, lang: Lang) -> tuple[re.Match, float]:
    """A number in words goes on after its scale with a smaller one in words ("dos mil quinientos", "deux mille cinq
    cents", "two thousand five hundred"): the match of its last piece and the whole value."""
    while m.group("w1") and m.group("s1") and not m.group("rs") and _unit_of(m) == "count":
        scale = lang.scales.get(norm(re.sub(r"\s+", " ", m.group("s1"))), 1.0)
        gap = len(text[m.end():m.end() + 2]) - len(text[m.end():m.end() + 2].lstrip(" \u00a0"))
        nxt = pattern.match(text, m.end() + gap) if gap else None
        more = _value(nxt, "1", lang) if nxt and nxt.group("w1") and not nxt.group("cp") else None
        if more is None or more >= scale:
            break
        m, value = nxt, value + more
    return m, value


YEAR = re.compile(r"(?:19|20)\d\d")


def _year_after(doc: Doc, m: re.Match) -> bool:
    """The second end of a would-be range is a year and the first no year: "700 till 2027" is 700 by 2027 (unless
    a unit or a staff noun says the second is a figure too: "300 to 2000 jobs")."""
    second, first = m.group("d2"), m.group("d1")
    return bool(second and YEAR.fullmatch(second) and not (first and YEAR.fullmatch(first)) and not m.group("s2")
                and not m.group("x2") and not m.group("y2") and _unit_of(m) == "count"
                and not [h for h in doc.hits_in(m.end(), m.end() + 30, "jobs") if doc.words_between(m.end(), h.start) <= 1])


@cache
def _anchor_words(code: str) -> frozenset[str]:
    lang = lang_data(code)
    signs = [norm(TOKEN.findall(sign)[0]) for sign in lang.currency_signs if TOKEN.findall(sign)]  # "$", "us" of "US$"
    return frozenset([*lang.words, *lang.articles, *signs, *(c.lower() for c in lang.currency_codes)])


def _anchors(doc: Doc) -> list[int]:
    """Where a figure can start: a digit, a number word, an article before a scale word, a currency sign."""
    lang, toks, text = doc.lang, doc.tokens, doc.text
    words = _anchor_words(lang.code)
    low, starts, ends = toks.low, toks.starts, toks.ends
    out = []
    compound, openings = lang.compound_number, lang.number_openings
    for i in [k for k, t in enumerate(low) if t in words or t[0].isdecimal() or (
            len(t) > 5 and t[:3] in openings and compound(t) is not None)]:
        start, t = starts[i], low[i]
        if t[0].isdecimal():
            if i and ends[i - 1] == start and (low[i - 1][0].isdecimal() or low[i - 1] in ".,'’"):
                continue  # inside a number
        elif t in lang.articles and t not in lang.words:
            if not (i + 1 < len(low) and low[i + 1] in lang.scales):
                continue
        elif t == "$" and start and text[start - 1] == "\\":
            start -= 1
        out.append(start)
    return out


def _unit_of(m: re.Match) -> str:
    if m.group("pct"):
        return "percent"
    if m.group("days") or m.group("weeks"):
        return "days"
    cur = m.group("cur") or m.group("cp") or m.groupdict().get("zc1") or m.groupdict().get("zc2")
    if cur:
        return currency_code(cur, m)
    return "count"


def currency_code(surface: str, m: re.Match | None = None) -> str:
    s = surface.strip().replace("\\", "")
    codes, signs = _currency_signs()
    if s.upper() in codes:
        return s.upper()
    if s.lower() in signs:
        return signs[s.lower()]
    return _currency_words().get(norm(re.sub(r"\s+", " ", s)), "USD")


@cache
def _currency_words() -> dict[str, str]:
    from kg.lexicon import languages

    out: dict[str, str] = {}
    for code in languages():
        out.update(lang_data(code).currencies)
    return out


@cache
def _currency_signs() -> tuple[frozenset[str], dict[str, str]]:
    """Every language's currency codes, and its signs (lower-cased) with their codes."""
    from kg.lexicon import languages

    codes: set[str] = set()
    signs: dict[str, str] = {}
    for code in languages():
        codes.update(lang_data(code).currency_codes)
        signs.update(lang_data(code).currency_signs)
    return frozenset(codes), signs


def _skip_space_back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in SPACES:
        pos -= 1
    return pos


def _after_money_noun(doc: Doc, hedges: list) -> bool:
    """A word of money ("Sparprogramm", "Umsatz"; the ``money`` words) right before the hedge: the hedge says what the
    sum amounts to (``hedges.amounting``: "ein Sparprogramm über 120 Millionen"), not that it is more."""
    first = min(h.i for h in hedges)
    return first > 0 and bool(doc.hits_in(doc.tokens.starts[first - 1], doc.tokens.ends[first - 1], "money"))


def _changed_before(doc: Doc, hedges: list) -> bool:
    """A verb of change ("steeg", "daalde", "subió") shortly before the hedge, in its clause; or, for a hedge that
    opens its clause, a verb of change and a percent in the clause before ("cayeron un 12% en 2025, hasta 210
    millones": where the figure fell to)."""
    first = min(h.i for h in hedges)
    starts, low = doc.tokens.starts, doc.tokens.low
    c_start, _ = doc.clause_at(starts[first])
    if any(low[k] in doc.lang.change_verbs for k in range(max(0, first - 6), first) if starts[k] >= c_start):
        return True
    before = [k for k in range(max(0, first - 3), first) if starts[k] >= c_start]
    if before and any(low[k].isalpha() for k in before) or c_start == doc.sentence_at(starts[first]).start:
        return False
    p_start, _ = doc.clause_at(c_start - 1)
    k0 = doc.token_index(p_start)
    verbs = [k for k in range(k0, first) if low[k] in doc.lang.change_verbs]
    return bool(verbs) and any(q.quantity.unit == "percent" and q.start > starts[verbs[0]]
                               for q in doc.starting_in(doc.quantities, starts[verbs[0]], c_start))


def _word_before(text: str, pos: int, words: list[str]) -> bool:
    """One of the words stands right before ``pos``, or before one more word ("tussen de 2.000 en 3.000")."""
    m = re.search(r"(\w+)\s+(?:(\w+)\s*)?$", " " + text[max(0, pos - 30):pos])
    return bool(m) and (norm(m.group(2) or m.group(1)) in words or m.group(2) is not None and norm(m.group(1)) in words)


RATIO_MAX = 100  # the largest "every n-th" a ratio of two counts names ("1 in 10", "3 op de 100")


def _add_ratios(doc: Doc) -> None:
    """"1 in 10", "bijna 1 op de 10", "1 sur 5", "1 de cada 4": two counts joined by a word of ratio
    (``numbers.one_in``), the first smaller, are one share, as a percent (hedged as its first count is)."""
    lang, text, qs = doc.lang, doc.text, doc.quantities
    if not lang.one_in:
        return
    out: list[QuantityMention] = []
    k = 0
    while k < len(qs):
        a = qs[k]
        b = qs[k + 1] if k + 1 < len(qs) else None
        if (b is not None and a.quantity.unit == b.quantity.unit == "count" and a.quantity.value and b.quantity.value
                and a.quantity.value < b.quantity.value <= RATIO_MAX and not a.to_next
                and (word := norm(" ".join(text[a.end:b.start].split()))) in lang.one_in
                and not (word in lang.one_of and _site_after(doc, b))):  # "eines von drei Werken": one of three
            out.append(QuantityMention(a.start, b.end, Quantity(
                unit="percent", value=float(f"{100 * a.quantity.value / b.quantity.value:.3g}"),
                approx=a.quantity.approx, bound=a.quantity.bound)))
            k += 2
            continue
        out.append(a)
        k += 1
    doc.quantities[:] = out


def _site_after(doc: Doc, q: QuantityMention) -> bool:
    """A site noun right after the count ("drei Werken", "tre fabriker")."""
    return any(h.i == doc.token_index(q.end) for h in doc.hits_in(q.end, q.end + 40, "store"))


def _add_one_in(doc: Doc, hedges: dict[int, list]) -> None:
    """"een op de twaalf", "uno de cada doce", "un salarié sur douze": the word for one (``numbers.one``; a staff noun
    may follow it), a word of ratio and a count of no more than ``RATIO_MAX`` are one share, as a percent; not the
    count of so many. A ratio word that is a partitive too before a site noun counts the sites ("en av tre
    fabriker": one of three, no share), as does one of ``numbers.one_of`` ("eines von drei Werken")."""
    lang, toks = doc.lang, doc.tokens
    if not lang.one or not lang.one_in:
        return
    for q in [q for q in doc.quantities if q.quantity.unit == "count" and q.quantity.value
              and 2 <= q.quantity.value <= RATIO_MAX and q.quantity.value.is_integer()]:
        j = doc.token_index(q.start)
        for phrase in lang.one_in:
            words = phrase.split()
            k = j - len(words)
            if k < 1 or toks.low[k:j] != words:
                continue
            partitive = lang.partitive.match(phrase)
            if (partitive and partitive.end() == len(phrase) or phrase in lang.one_of) and _site_after(doc, q):
                continue  # "stänger en av tre fabriker": one of the three sites (figures._one_of), no share of them
            if toks.low[k - 1] not in lang.one:  # "un salarié sur douze": one staff noun between
                k -= 1
                if not (k >= 1 and toks.low[k - 1] in lang.one and doc.hits_in(toks.starts[k], toks.ends[k], "jobs", "workforce")):
                    continue
            start = toks.starts[k - 1]
            one = [o for o in doc.quantities if o.start < q.start and start < o.end]
            if any(o.quantity.value != 1 or o.start < start or o.end > toks.ends[k - 1] for o in one):
                continue  # "1 op de 12": two counts, a ratio already (the word for one alone is none: "one worker in 12")
            for o in one:
                doc.quantities.remove(o)
            found = hedges.get(_skip_space_back(doc.text, start))
            keys = [h.key for h in found or () if h.start == min(x.start for x in found)]
            doc.quantities.remove(q)
            doc.quantities.append(QuantityMention(start, q.end, Quantity(
                unit="percent", value=float(f"{100 / q.quantity.value:.3g}"), approx=any(HEDGE_BOUND[key][0] for key in keys),
                bound=next((HEDGE_BOUND[key][1] for key in keys if HEDGE_BOUND[key][1]), None))))
            break
    doc.quantities.sort(key=lambda q: q.start)


def _add_fractions(doc: Doc, hedges: dict[int, list]) -> None:
    """"a quarter of", "de helft van", "one in five", "jede zehnte": a share, as a percent (hedged like any figure).
    A fraction wins over the small counts inside it ("one", "five")."""
    low, ordinals, text = doc.tokens.low, doc.lang.quarter_ordinals, doc.text
    for h in doc.labelled("fraction"):
        if h.i and low[h.i - 1] in ordinals:  # "the first half of 2025" is a time
            continue
        inside = [q for q in doc.quantities if q.start < h.end and h.start < q.end]
        if any(q.quantity.unit != "count" or q.start < h.start or q.end > h.end for q in inside):
            continue
        for q in inside:
            doc.quantities.remove(q)
        found = hedges.get(_skip_space_back(text, h.start))
        keys = [k.key for k in found or () if k.start == min(x.start for x in found)]
        approx, bound = any(HEDGE_BOUND[k][0] for k in keys), next((HEDGE_BOUND[k][1] for k in keys if HEDGE_BOUND[k][1]), None)
        if whole := _sites_counted_after(doc, h.end):  # "la mitad de sus 90 oficinas": 45 sites, no share
            doc.quantities.remove(whole)
            doc.quantities.append(QuantityMention(h.start, whole.end, Quantity(
                unit="count", value=float(round(float(h.key) * whole.quantity.value / 100)), approx=approx, bound=bound)))
            continue
        if _part_of_a_count(doc, h.end):  # "een derde van de 350 banen": a part of those, no share of the staff
            continue
        doc.quantities.append(QuantityMention(h.start, h.end, Quantity(
            unit="percent", value=float(h.key), approx=approx, bound=bound), fraction=True))
    doc.quantities.sort(key=lambda q: q.start)


def _part_of_a_count(doc: Doc, end: int) -> bool:
    """A count right after a fraction, an article between and no possessive ("een derde van de 350 banen", "a third of
    the 350 jobs", "un tiers des 350 postes", "ein Drittel der 350 Stellen"): the fraction is a part of that count,
    no share of all staff ("a third of its 1,200 staff" is)."""
    q = _count_after(doc, end)
    if q is None:
        return False
    between = [w.strip(".,;:'’").lower() for w in doc.text[end:q.start].split()]
    return 0 < len(between) <= 3 and not any(re.search(r"\d", w) for w in between) and bool(
        doc.lang.article_words.intersection(between)) and not doc.hits_in(end, q.start, "possessive")


def _count_after(doc: Doc, end: int) -> QuantityMention | None:
    """The figure starting first within 40 characters after a fraction's ``end``, if it is a count (the quantities are
    looked at one by one: the fractions found before are appended unsorted)."""
    q = min((q for q in doc.quantities if end <= q.start < end + 40), key=lambda q: q.start, default=None)
    return q if q is not None and q.quantity.unit == "count" else None


def _sites_counted_after(doc: Doc, end: int) -> QuantityMention | None:
    """The count of sites a fraction is of, three words at most between, none of them a figure ("half its 90 stores",
    "la mitad de sus 90 oficinas", "die Hälfte ihrer 90 Filialen"), else None."""
    q = _count_after(doc, end)
    if q is None or not q.quantity.value or q.quantity.low is not None:
        return None
    between = doc.text[end:q.start].split()
    if len(between) > 3 or any(re.search(r"\d", w) for w in between) or not _site_after(doc, q):
        return None
    return q
