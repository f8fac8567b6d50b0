"""Time expressions, resolved against the publication date with their precision kept.

Weekdays resolve to the most recent such day on or before publication, month names without a year
to the most recent such month (the next one after a verb in the future, a plan or a present verb of cutting or
closing: ``_told_ahead``), quarters without a year to the most recent such quarter, half-years to
the most recent such half, or that of a relative year after it ("first half next year"); the middle of a year
("mid-2027", "Mitte 2027", `time.mid`) to its June, when its first half ends; seasons to the part of
a year holding them ("im Frühjahr": the first half, ``_season_mention``); relative words ("last year", "förra
året", "this month") to the year or month they name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from functools import cache

from kg.extract.doc import Doc, TimeMention
from kg.extract.lang import BEFORE_UNITS, lang_data, norm
from kg.records import TimeRef, date_precision
from kg.textpattern import alternation, finditer_near

YEAR = r"(?:19[5-9]\d|20\d\d)"
LEADING_WORD = re.compile(r"[^\W\dA-ZÀ-Þ]+\s+")  # each lower-case word opening a time mention
HALF_YEAR = re.compile(rf"\s+(?:\w+\s+){{0,2}}?({YEAR})\b")
SPACE_RUN = re.compile(r"\s{2,}")


def published_time(published: str | None) -> TimeRef | None:
    if not published:
        return None
    precision = date_precision(published)
    return TimeRef(published, precision) if precision else None


@cache
def _anchor_words(code: str) -> frozenset[str]:
    """Words a time expression is built around (besides years)."""
    lang = lang_data(code)
    return frozenset([*lang.months, *lang.weekdays, *lang.quarter_ordinals, *_quarter_tokens(code)])


@cache
def _quarter_tokens(code: str) -> frozenset[str]:
    """A quarter's number with its letter as one token, lower-cased: "q1", "k1" ("K1"), "1q"."""
    lang = lang_data(code)
    return frozenset({f"{norm(a)}{q}" for q in "1234" for a in lang.quarter_before}
                     | {f"{q}{norm(a)}" for q in "1234" for a in lang.quarter_after})


@cache
def _patterns(code: str) -> dict[str, re.Pattern]:
    lang = lang_data(code)
    months = alternation(lang.months)
    full = alternation(lang.full_months)
    ordinals = alternation(lang.quarter_ordinals)
    quarter = alternation(lang.quarter_nouns)
    preps = alternation(lang.month_preps)
    late = alternation(lang.lex.get("time", {}).get("late", []))
    early = alternation(lang.lex.get("time", {}).get("early", []))
    mid = alternation(lang.lex.get("time", {}).get("mid", []))
    suffix = alternation(lang.day_suffixes)  # "28.", "1er", "3rd"
    of = rf"(?:(?:{alternation(lang.date_words)})\s+)?"  # "28 de enero de 2026", "March of 2026"
    before, after = alternation(lang.quarter_before), alternation(lang.quarter_after)  # "Q1", "K1"; "1Q"
    signs = "".join(sorted({re.escape(c) for sign in lang.currency_signs for c in sign if not c.isalnum()}))  # "$2025"
    flags = re.I
    fy = rf"(?-i:{alternation(lang.fiscal_before)})?" if lang.fiscal_before else ""  # "FY2025/26": a fiscal year
    return dict([
        ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})(?:{suffix})?\s+{of}(?P<m>{months})\b\.?"
                           rf"(?:,?\s+{of}(?P<y>{YEAR})\b)?", flags)),
        ("mdy", re.compile(rf"\b(?P<m>{months})\b\.?\s+(?P<d>\d{{1,2}})(?:{suffix})?\b(?!\s*(?:%|\d))"
                           rf"(?:,?\s+(?P<y>{YEAR})\b)?", flags)),
        ("my", re.compile(rf"\b(?P<m>{months})\b\.?\s+{of}(?P<y>{YEAR})\b", flags)),
        ("pm", re.compile(rf"\b(?:{preps})\s+(?P<m>{full})\b(?!\.?\s*\d{{1,2}}\b(?![.,]\d))", flags)),
        # not "on March 3"; but "im September 180 Stellen", "in september 1.800 banen"
        ("q", re.compile(rf"\b(?:(?-i:{before})(?P<q>[1-4])|(?P<q2>[1-4])(?-i:{after}))(?:\s*(?:['’]|(?P<y>{YEAR})\b|(?P<yy>\d\d)\b))?", flags)),
        ("qo", re.compile(rf"\b(?P<o>{ordinals})(?:\s+|-)(?:{quarter})\b(?:\s+(?:\w+\s+){{0,2}}?(?P<y>{YEAR})\b)?", flags)),
        ("late", re.compile(rf"\b(?:{late})\s+{of}(?P<y>{YEAR})\b", flags)),
        ("early", re.compile(rf"\b(?:{early})\s+{of}(?P<y>{YEAR})\b", flags)),
        ("mid", re.compile(rf"\b(?:{mid})(?:\s+|-){of}(?P<y>{YEAR})\b", flags)),  # "mid-2027", "Mitte 2027"
        ("span", re.compile(rf"\b{fy}(?P<y>{YEAR})\s?[/–-]\s?(?P<y2>(?:19|20)?\d\d)\b(?![.,]\d|\s*%)")),  # "2024/25"
        ("y", re.compile(rf"(?<![\d.,{signs}])\b{fy}(?P<y>{YEAR})\b(?![.,]\d|\s*%)", flags)),
    ])


def find_times(doc: Doc) -> None:
    """Add every time expression of the text to ``doc.times``, resolved where it can be."""
    lang, text, pub = doc.lang, doc.text, doc.published
    patterns = _patterns(lang.code)
    found: list[TimeMention] = []
    windows: list[tuple[int, int, tuple[str, ...]]] = []
    weekdays: list[tuple[int, int, int]] = []  # (start, end, weekday number)
    words, quarter_tokens = _anchor_words(lang.code), _quarter_tokens(lang.code)
    toks = doc.tokens
    fiscal = tuple(f.lower() for f in lang.fiscal_before)
    for i in [k for k, t in enumerate(toks.low) if t in words or (len(t) == 4 and t.isdecimal()) or fiscal and (
            t.startswith(fiscal) and t[-4:].isdecimal() and len(t) <= 6)]:
        start, end, low = toks.starts[i], toks.ends[i], toks.low[i]
        if low in lang.months:
            windows.append((max(0, start - 40), end + 14, ("dmy", "mdy", "my", "pm")))
        elif low in lang.weekdays:
            ahead = bool(lang.from_day.search(text, max(0, start - 40), start))  # "beginning Tuesday", "ab Dienstag"
            ref = weekday(lang.weekdays[low], pub, ahead)
            if ref is not None:
                found.append(TimeMention(start, end, ref))
                weekdays.append((start, end, lang.weekdays[low]))
        elif low.isascii() and low.isdigit() and 1950 <= int(low) < 2100 or fiscal and low.startswith(fiscal):  # "FY2025/26"
            windows.append((max(0, start - 30), end + 8, ("late", "early", "mid", "span", "y")))
        elif low in quarter_tokens:
            windows.append((start, end + 8, ("q",)))
        elif low in lang.quarter_ordinals:
            windows.append((start, end + 40, ("qo",)))
    for ws, we, kinds in windows:
        for kind in kinds:
            for m in patterns[kind].finditer(text, ws, min(we, len(text))):
                ref = _resolve(kind, m, lang, pub)
                if ref is not None and pub is not None and kind in ("dmy", "mdy", "pm") and ref.interval[1][:7] < pub.value[:7] and (
                        lang.from_day.search(text, max(0, m.start() - 40), m.start())):  # "ab 1. Februar" in March
                    ref = _year_later(doc, TimeMention(m.start(), m.end(), ref))  # "per 1 juni", "ab 1. Juli": the next one
                if ref is not None and not (kind == "y" and _counted(doc, m)):
                    found.append(TimeMention(m.start(), m.end(), ref))
                elif ref is None and kind in ("dmy", "mdy"):
                    doc.undated.append((m.start(), m.end()))  # "vendredi 20 décembre" with no year to place it in
    for h in doc.labelled("time"):
        if h.key.rpartition("_")[2] in SEASON_MONTHS:
            if (t := _season_mention(doc, h)) is not None:
                found.append(t)
        elif h.key not in ("late", "early"):
            ref, end = relative(h.key, pub), h.end
            if h.key in ("first_half", "second_half", "nine_months"):  # "first half of 2025": 2025-H1
                year = HALF_YEAR.match(text, h.end)
                if year:
                    ref, end = _period(h.key, int(year.group(1))), year.end()
                elif (named := _year_named_after(doc, h)) is not None:  # "the first half next year": 2027-H1
                    ref, end = _period(h.key, int(named[0].value[:4])), named[1]
            if ref is not None:
                found.append(TimeMention(h.start, end, ref, results=h.key in ("half_results", "quarter_results")))
            if h.key == "last_week" and pub is not None and pub.precision == "day":
                found += _day_last_week(h, weekdays, pub)
    found += _years_ahead(doc)
    found += _units_before(doc)
    found += _years_to_month(doc)
    kept: list[TimeMention] = []  # by start, not overlapping: only the neighbours of a new one can overlap it
    for t in sorted(found, key=lambda t: (-(t.end - t.start), t.start)):  # the longest reading wins
        i = bisect_left(kept, t.start, key=lambda k: k.start)
        if not (i and t.start < kept[i - 1].end or i < len(kept) and kept[i].start < t.end):
            kept.insert(i, t)
    doc.times.extend(_horizons(doc, _of_reports(doc, _years_ended(doc, kept))))


def _of_reports(doc: Doc, times: list[TimeMention]) -> list[TimeMention]:
    """A quarter or half a report names (`time.reports` two words at most before it or right after it: "i samband
    med delårsrapporten för tredje kvartalet", "with its third-quarter results") is the period of its results: only
    a result is of it, no count the next sentence tells."""
    out: list[TimeMention] = []
    for t in times:
        if t.time.precision in ("quarter", "half") and not t.results and (
                any(doc.words_between(h.end, t.start) <= 2 for h in doc.hits_in(max(0, t.start - 40), t.start, "report"))
                or any(doc.words_between(t.end, h.start) == 0 for h in doc.hits_in(t.end, t.end + 15, "report"))):
            t = TimeMention(t.start, t.end, t.time, horizon=t.horizon, results=True)
        out.append(t)
    return out


def _years_to_month(doc: Doc) -> list[TimeMention]:
    """A month with no year right after a word of the year ending (`time.year_to`: "revenue for the year to March",
    "in the year to June"): the fiscal year ending in the last such month before the month of publication, named as
    ``_years_ended`` names it (the year before's when it ends before December)."""
    pub, toks, out = doc.published, doc.tokens, []
    if pub is None:
        return out
    year, month = int(pub.value[:4]), int(pub.value[5:7])
    for h in doc.labelled("time"):
        k = doc.token_index(h.end)
        if h.key != "year_to" or k >= len(toks) or toks.low[k] not in doc.lang.months or (
                k + 1 < len(toks) and toks.raw[k + 1].isdecimal()):
            continue  # "the year to March 2026", "the year to 31 March": dated as written
        if any(doc.words_between(q.end, h.start) == 0 for q in doc.starting_in(doc.quantities, max(0, h.start - 20), h.start)):
            continue  # "the six months to September": a half, no year
        ends = year if doc.lang.months[toks.low[k]] < month else year - 1
        label = ends if doc.lang.months[toks.low[k]] == 12 else ends - 1
        out.append(TimeMention(toks.starts[k], toks.ends[k], TimeRef(str(label), "year")))
    return out


def _years_ended(doc: Doc, times: list[TimeMention]) -> list[TimeMention]:
    """A day or month right after a word of a year ending, a word between at most, ends a fiscal year: after a
    year named right before it (`time.year_closed`: "l'exercice 2025-2026, clos fin juin", "fiscal 2025/26, which ended
    in June") it is that year's end, no time of its own; after a word of the year (`time.year_to`: "the year to 31
    March", "räkenskapsåret som slutade den 30 juni") it is that year, the one before if it ends before December, as
    "FY2025/26" is 2025."""
    out: list[TimeMention] = []
    for t in times:
        if t.time.precision in ("day", "month"):
            ends = [h for h in doc.hits_in(max(0, t.start - 40), t.start, "time")
                    if h.key in ("year_to", "year_closed") and doc.words_between(h.end, t.start) <= 1]
            if ends and out and out[-1].time.precision == "year" and doc.words_between(out[-1].end, ends[-1].start) <= 1:
                continue
            if any(h.key == "year_to" for h in ends):
                year, month = int(t.time.value[:4]), int(t.time.value[5:7])
                t = TimeMention(t.start, t.end, TimeRef(str(year if month == 12 else year - 1), "year"))
        out.append(t)
    return out


SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}  # the first and last month of each
SEASON_YEAR = re.compile(rf"\s+(?:\w{{1,3}}\s+)?({YEAR})\b")  # "im Frühjahr 2027", "in the spring of 2027"


def is_season(doc: Doc, t: TimeMention) -> bool:
    """The time is a season's ("im Frühjahr"): it dates its own sentence's figures, none of the sentence after."""
    return any(h.key.rpartition("_")[2] in SEASON_MONTHS for h in doc.hits_in(t.start, t.end, "time"))


def _season_mention(doc: Doc, h) -> TimeMention | None:
    """A season ("im Frühjahr", "next spring", "i höstas") as the part of a year holding it (spring the first half,
    autumn the second, summer the whole year): the one of a year written right after it or of a relative year after it
    ("spring next year"), else the last begun by publication (summer: this year's; ``_told_ahead`` takes the next
    after a verb of the future), the next to begin after publication ("next_") or the last ended before it ("last_").
    A season word that is also a possessive before a lower-case word ("i vår fabrik") is none."""
    text, pub = doc.text, doc.published
    if any(p.end == h.end for p in doc.hits_in(h.start, h.end, "possessive")) and (
            nxt := text[h.end:h.end + 2].lstrip()) and nxt[0].islower():
        return None
    when, _, name = h.key.rpartition("_")
    end, year = h.end, None
    if not when and (m := SEASON_YEAR.match(text, h.end)):
        year, end = int(m.group(1)), m.end()
    elif not when and (named := _year_named_after(doc, h)) is not None:
        year, end = int(named[0].value[:4]), named[1]
    elif pub is None:
        return None
    else:
        year = int(pub.value[:4])
        month = int(pub.value[5:7]) if pub.precision != "year" else None
        first, last = SEASON_MONTHS[name]
        if when == "next" and (month is None or month >= first):
            year += 1
        elif when == "last" and (month is None or month <= last) or (
                not when and name != "summer" and month is not None and month < first):
            year -= 1  # "after cutting 200 in the autumn" in March: last autumn (the next after a verb of the future)
    ref = TimeRef(str(year), "year") if name == "summer" else _period("first_half" if name == "spring" else "second_half", year)
    return TimeMention(h.start, end, ref)


def _year_named_after(doc: Doc, h) -> tuple[TimeRef, int] | None:
    """A relative year two words or fewer after a part of a year, in its clause ("first half next year", "eerste helft
    van volgend jaar", "premier semestre de l'année prochaine"): that year, and where it ends."""
    _, c_end = doc.clause_at(h.start)
    for r in doc.hits_in(h.end, min(c_end, h.end + 40), "time"):
        if r.key in ("last_year", "this_year", "next_year") and doc.words_between(h.end, r.start) <= 2:
            ref = relative(r.key, doc.published)
            return (ref, r.end) if ref is not None else None
    return None


def _horizons(doc: Doc, times: list[TimeMention]) -> list[TimeMention]:
    """Times after a word of "by" ("bis 2030", "d'ici fin 2027", "hasta 2027", "tussen nu en 2030") are
    horizons: dates by which something is to be done."""
    text, words = doc.text, doc.lang.horizon_words
    out = []
    for t in times:
        # before the time, or after a word opening it: "by January", "by the end of June", "by the third quarter"
        ends = [t.start]
        while m := LEADING_WORD.match(text, ends[-1], t.end):
            ends.append(m.end())
        if not t.horizon and not _told_behind(doc, t) and any(
                words.search(text[max(0, e - 40):e].lower().replace("’", "'").rstrip()) for e in ends):
            t = TimeMention(t.start, t.end, _year_later(doc, t), horizon=True)
        elif _told_ahead(doc, t):  # "will cut 180 jobs in September", "plans 600 layoffs in April" in March: this one
            t = TimeMention(t.start, t.end, _year_later(doc, t), horizon=t.horizon, results=t.results)
        out.append(t)
    return out


def _told_ahead(doc: Doc, t: TimeMention) -> bool:
    """A month or quarter named without its year after a verb told in the future or a plan ("will", "ska",
    "despedirá", "plans"; ``mod.future``, ``mod.planned``) or a verb of cutting or closing in the present
    (``time.ahead``: "schließt Ende Juni", "sluit eind juni"; right after a time opening its clause too: "Ende Juni
    schließt") in its clause, with no verb of saying, announcing or past word between: the next one, not the last
    ("would close in June"; not "said in May it would", "plans ... had been announced in October"; a weekday looks
    ahead by ``time.from_day`` instead). A relative word ("last month") is what it says; the end or start of a month
    ("fin juin") is the month's."""
    if t.time.precision not in ("day", "month", "quarter", "half") or (
            t.time.precision == "day" and not any(w in doc.lang.months or w.rstrip(".,;:") in doc.lang.months
                                                  for w in doc.text[t.start:t.end].lower().split())):  # "30 septembre."
        return False
    if any(h.key not in ("late", "early", "first_half", "second_half", *SEASON_MONTHS) for h in doc.hits_in(t.start, t.end, "time")):
        return False
    c_start, c_end = doc.clause_at(t.start)
    if _expected_ahead(doc, t, c_start, c_end):
        return True
    resumed = _resumed_clause(doc, t, c_start)
    verbs = _verbs_of_time(doc, *resumed) if resumed else _verbs_of_time(doc, c_start, t.start)
    if not verbs:  # "Ende Juni schließt das Werk": the verb right after
        verbs = [h for h in _verbs_of_time(doc, t.end, c_end)[:1] if doc.words_between(t.end, h.start) == 0]
    return bool(verbs) and verbs[-1].label in ("mod", "time") and verbs[-1].key in ("future", "planned", "ahead")


def _resumed_clause(doc: Doc, t: TimeMention, c_start: int) -> tuple[int, int] | None:
    """The clause a time opening its own resumes past a relative clause ("prévoit la fermeture de l'entrepôt de X,
    qui emploie 240 personnes, en juin": "prévoit ..."), else None."""
    clauses = doc.sentence_at(t.start).clauses
    n = next((n for n, c in enumerate(clauses) if c[0] == c_start), None)
    if n is None or n < 2 or doc.text[c_start:t.start].strip(" ,") or not doc.lang.relative.match(doc.text, clauses[n - 1][0]):
        return None
    return clauses[n - 2]


REPORTED_WITHIN = 92  # days after a quarter or half ends within which its results are still expected and reported


def _expected_ahead(doc: Doc, t: TimeMention, c_start: int, c_end: int) -> bool:
    """A quarter or half with no year in a clause of expecting (``mod.expected``: "expects second-quarter revenue of",
    "erwartet im zweiten Quartal", "räknar med ... under andra kvartalet") whose last one ended a quarter or more
    before publication: the next one (a result long reported is expected of no one; "analysts had expected" a
    quarter just ended stays that one)."""
    pub = doc.published
    if pub is None or t.time.precision not in ("quarter", "half") or re.search(YEAR, doc.text[t.start:t.end]):
        return False
    if not any(h.key == "expected" for h in doc.hits_in(c_start, c_end, "mod")):
        return False
    return (date.fromisoformat(pub.interval[0]) - date.fromisoformat(t.time.interval[1])).days > REPORTED_WITHIN


def _told_behind(doc: Doc, t: TimeMention) -> bool:
    """A time after a verb of cutting or closing in the past (``time.behind``: "despidió", "schloss", "a
    supprimé") in its clause, with no verb of the future or a plan before it: when that was done, no horizon
    ("despidió a 180 trabajadores a finales de junio" in March is last June; not "will be closed by the end of June")."""
    c_start, _ = doc.clause_at(t.start)
    hits = doc.hits_in(c_start, t.start, "mod", "time")
    return any(h.label == "time" and h.key == "behind" for h in hits) and not any(
        h.label == "mod" and h.key in ("future", "planned") or h.label == "time" and h.key == "ahead" for h in hits)


def _verbs_of_time(doc: Doc, start: int, end: int) -> list:
    """The hits in [start, end) that tell a clause's time: saying, past words, the future, plans and announcing,
    present verbs that look ahead (and no verb of saying inside one: "säger upp")."""
    hits = [h for h in doc.hits_in(start, end, "mod", "reporting", "past", "time")
            if h.label in ("reporting", "past") or h.label == "mod" and h.key in ("future", "planned", "announced")
            or h.label == "time" and h.key == "ahead" and not (h.i and doc.tokens.low[h.i - 1] in doc.lang.known)]
    # (a word of cutting right after a definite word is a noun: "announced the cuts on March 3" looks not ahead)
    ahead = [h for h in hits if h.label == "time"]
    return [h for h in hits if h.label == "time" or not any(a.start <= h.start and h.end <= a.end for a in ahead)]


def _year_later(doc: Doc, t: TimeMention) -> TimeRef:
    """A horizon (or a time a plan is for) with no year written that has passed at publication is next year's: "by
    the end of June" in February 2026 is June 2026, not June 2025."""
    pub = doc.published
    if pub is None or re.search(YEAR, doc.text[t.start:t.end]) or t.time.interval[1] >= pub.interval[1] or (
            t.time.precision not in ("day", "month", "quarter", "half")):
        return t.time
    value = str(int(t.time.value[:4]) + 1) + t.time.value[4:]
    if t.time.precision == "day":
        try:
            date.fromisoformat(value)
        except ValueError:  # 29 February
            return t.time
    return TimeRef(value, t.time.precision)


def _years_ahead(doc: Doc) -> list[TimeMention]:
    """"over the next two years", "en deux ans", "over zes jaar": the year so many years after publication; not after
    an ordinal ("the second in three years", ``time.years_back``), which looks back. "within 18 months", "binnen
    zwölf Monaten" (``time.months_ahead``): the month so many months after publication (its year when the article
    gives none)."""
    lang, out, toks, pos = doc.lang, [], doc.tokens, 0
    pub = doc.published
    for k, low in enumerate(toks.low):  # tried only where such a phrase can begin, not at every character
        if low not in lang.years_ahead_first and low not in lang.months_ahead_first or toks.starts[k] < pos:
            continue
        months = 0
        m = lang.years_ahead.match(doc.text, toks.starts[k]) if low in lang.years_ahead_first else None
        if m is None and low in lang.months_ahead_first:
            m, months = lang.months_ahead.match(doc.text, toks.starts[k]), 1
        if m is None:
            continue
        pos = m.end()
        if lang.years_back and lang.years_back.search(doc.text[max(0, m.start() - 40):m.start()]):
            continue  # "bolagets andra på tre år", "la deuxième en trois ans": the span looks back
        n = next(v for v in m.groupdict().values() if v)
        count = int(n) if n.isdigit() else lang.words.get(n.lower())
        if not count or not 0 < count <= (60 if months else 30):
            continue
        if pub is None:  # a horizon all the same, in no known year
            doc.undated.append((m.start(), m.end()))
            doc.undated_horizons.append((m.start(), m.end()))
        elif months and pub.precision != "year":
            ahead = int(pub.value[:4]) * 12 + int(pub.value[5:7]) - 1 + int(count)
            out.append(TimeMention(m.start(), m.end(), TimeRef(f"{ahead // 12}-{ahead % 12 + 1:02d}", "month"),
                                   horizon="counted"))
        else:
            year = int(pub.value[:4]) + (int(count) if not months else (int(count) + 11) // 12)
            out.append(TimeMention(m.start(), m.end(), TimeRef(str(year), "year"), horizon="counted"))
    return out


@cache
def _before_patterns(code: str) -> list[tuple[re.Pattern, re.Pattern, int, int]]:
    """The language's "{n} months after", "vor {n} Wochen", "il y a {n} ans" as patterns, each with the anchor its
    matches contain (the longest word of each phrase), its longest match in characters (a space read as one)
    and the months of a unit."""
    lang = lang_data(code)
    number = rf"(\d{{1,2}}|{alternation(lang.words)})"
    longest_number = max(len(w) for w in [*lang.words, "00"])

    def phrase(p: str) -> str:  # "vor {n} Wochen": the number a group of its own
        return rf"\b(?:{re.escape(p).replace(re.escape('{n}'), number)})\b"

    out = []
    for key, months in BEFORE_UNITS.items():
        if phrases := lang.lex.get("time", {}).get(key, []):
            anchors = [max(p.replace("{n}", " ").split(), key=len) for p in phrases]
            longest = max(len(p.replace("{n}", "")) + longest_number * p.count("{n}") for p in phrases)
            out.append((re.compile(alternation(phrases, phrase), re.I), re.compile(alternation(anchors), re.I),
                        longest, months))
    return out


def _units_before(doc: Doc) -> list[TimeMention]:
    """"four months after the company laid off 11,000", "vor zwei Wochen": so long before publication, in the
    month (the year for years); a week is as precise as its month."""
    pub, out = doc.published, []
    if pub is None or pub.precision == "year":
        return out
    year, month = int(pub.value[:4]), int(pub.value[5:7])
    space = max(map(len, SPACE_RUN.findall(doc.text)), default=1)  # a space of a phrase reads a run of white space
    for pattern, anchor, longest, months in _before_patterns(doc.lang.code):
        for m in finditer_near(pattern, anchor, longest * space + 1, doc.text):
            n = next((g for g in m.groups() if g), None)
            count = 1 if n is None else int(n) if n.isdigit() else doc.lang.words.get(n.lower())
            if not count:
                continue
            if months == 0:  # weeks
                d = date.fromisoformat(pub.value[:7] + "-01" if pub.precision != "day" else pub.value)
                ref = TimeRef((d - timedelta(weeks=int(count))).isoformat()[:7], "month")
            else:
                back = year * 12 + month - 1 - int(count) * months
                ref = TimeRef(str(back // 12), "year") if months == 12 else TimeRef(f"{back // 12}-{back % 12 + 1:02d}", "month")
            out.append(TimeMention(m.start(), m.end(), ref))
    return out


def _day_last_week(h, weekdays: list[tuple[int, int, int]], pub: TimeRef) -> list[TimeMention]:
    """"vorige week dinsdag", "Tuesday last week", "mardi de la semaine dernière": that day of the week before."""
    d = date.fromisoformat(pub.value)
    monday = d - timedelta(days=d.weekday() + 7)
    return [TimeMention(min(s, h.start), max(e, h.end), TimeRef((monday + timedelta(days=n)).isoformat(), "day"))
            for s, e, n in weekdays if -25 <= s - h.end <= 3 or 0 <= h.start - e <= 25]


def _counted(doc: Doc, m: re.Match) -> bool:
    """A four-digit number far from the publication year that counts something ("cut 2000 jobs") is not a year."""
    year = int(m.group("y"))
    if doc.published is not None and -10 <= year - int(doc.published.value[:4]) <= 5:
        return False
    i = doc.token_index(m.end())
    return i < len(doc.tokens) and any(h.i == i for h in doc.hits_in(doc.tokens.starts[i], m.end() + 40, "jobs"))


def _resolve(kind: str, m: re.Match, lang, pub: TimeRef | None) -> TimeRef | None:
    g = m.groupdict()
    year = int(g["y"]) if g.get("y") else None
    if kind in ("dmy", "mdy", "my", "pm"):
        month = lang.months.get(norm(re.sub(r"\s+", " ", g["m"])))
        if month is None:
            return None
        if year is None:
            year = _recent_year_for_month(month, pub)
            if year is None:
                return None
        if kind in ("dmy", "mdy"):
            try:
                return TimeRef(date(year, month, int(g["d"])).isoformat(), "day")
            except ValueError:
                return None
        return TimeRef(f"{year}-{month:02d}", "month")
    if kind in ("q", "qo"):
        q = int(g.get("q") or g.get("q2") or 0) if kind == "q" else lang.quarter_ordinals.get(norm(g["o"]))
        if not q:
            return None
        if year is None and g.get("yy"):
            year = 2000 + int(g["yy"])
        return quarter(q, year, pub)
    if kind in ("late", "early"):
        return TimeRef(f"{year}-Q{4 if kind == 'late' else 1}", "quarter")
    if kind == "mid":  # "mid-2027", "Mitte 2027", "halverwege 2027": June, when its first half ends
        return TimeRef(f"{year}-06", "month")
    if kind == "span" and int(g["y2"][-2:]) != (year + 1) % 100:
        return None  # not one year and the next: a range of years, read year by year
    return TimeRef(str(year), "year")


def _recent_year_for_month(month: int, pub: TimeRef | None) -> int | None:
    if pub is None:
        return None
    year = int(pub.value[:4])
    if pub.precision == "year":
        return year
    pub_month = int(pub.value[5:7])
    return year if month <= pub_month else year - 1


def weekday(number: int, pub: TimeRef | None, ahead: bool = False) -> TimeRef | None:
    """The most recent such weekday on or before publication, or (``ahead``: "beginning Tuesday", "ab Dienstag",
    "à partir de mardi") the next one after it; the publication's month if that is all we know."""
    if pub is None:
        return None
    if pub.precision != "day":
        return pub
    d = date.fromisoformat(pub.value)
    if ahead:
        return TimeRef((d + timedelta(days=(number - d.weekday() - 1) % 7 + 1)).isoformat(), "day")
    return TimeRef((d - timedelta(days=(d.weekday() - number) % 7)).isoformat(), "day")


def quarter(q: int, year: int | None, pub: TimeRef | None) -> TimeRef | None:
    if year is None:
        if pub is None:
            return None
        year = int(pub.value[:4])
        if pub.precision != "year" and 3 * q - 2 > int(pub.value[5:7]):
            year -= 1
    return TimeRef(f"{year}-Q{q}", "quarter")


def _smallest(first: date, last: date) -> TimeRef:
    """The most precise month, quarter or year holding both days."""
    if (first.year, first.month) == (last.year, last.month):
        return TimeRef(f"{first.year}-{first.month:02d}", "month")
    if first.year == last.year and (first.month - 1) // 3 == (last.month - 1) // 3:
        return TimeRef(f"{first.year}-Q{(first.month - 1) // 3 + 1}", "quarter")
    return TimeRef(str(first.year), "year") if first.year == last.year else TimeRef(str(last.year), "year")


def _period(key: str, year: int) -> TimeRef:
    """A part of a year: a half ("2025-H1"); nine months, which no precision finer than the year holds, the year."""
    if key == "nine_months":
        return TimeRef(str(year), "year")
    return TimeRef(f"{year}-H{1 if key == 'first_half' else 2}", "half")


def relative(key: str, pub: TimeRef | None) -> TimeRef | None:
    """A relative time word ("last year", "this month", "today") against the publication date."""
    if pub is None:
        return None
    year = int(pub.value[:4])
    if key in ("last_year", "prior_year"):
        return TimeRef(str(year - 1), "year")
    if key == "this_year":
        return TimeRef(str(year), "year")
    if key == "next_year":
        return TimeRef(str(year + 1), "year")
    if key == "holiday_quarter":
        return quarter(4, None, pub)
    if key == "year_end":  # "bis Jahresende", "by the end of the year": this year's last quarter
        return TimeRef(f"{year}-Q4", "quarter")
    if key == "last_week" and pub.precision == "day":  # Monday to Sunday before the publication's week
        d = date.fromisoformat(pub.value)
        first, last = d - timedelta(days=d.weekday() + 7), d - timedelta(days=d.weekday() + 1)
        return _smallest(first, last)
    if key in ("first_half", "second_half"):  # the latest such half begun by publication
        started = key == "first_half" or pub.precision == "year" or int(pub.value[5:7]) >= 7
        return _period(key, year if started else year - 1)
    if key == "nine_months":  # the latest nine months to September told of: this year's from September on
        return _period(key, year if pub.precision == "year" or int(pub.value[5:7]) >= 9 else year - 1)
    if pub.precision == "year":
        return pub if key in ("today", "this_month", "this_week") else None
    month = int(pub.value[5:7])
    if key in ("this_month", "this_week"):
        return TimeRef(pub.value[:7], "month")
    if key == "last_month":
        y, mo = (year, month - 1) if month > 1 else (year - 1, 12)
        return TimeRef(f"{y}-{mo:02d}", "month")
    if key == "today":
        return pub
    if key == "half_results":  # "interim results", "halvårsrapporten": the half last ended
        return TimeRef(f"{year}-H1" if month >= 7 else f"{year - 1}-H2", "half")
    if key == "quarter_results":  # "quarterly results", "kvartalsrapporten": the quarter last ended
        ended = (month - 1) // 3
        return TimeRef(f"{year}-Q{ended}" if ended else f"{year - 1}-Q4", "quarter")
    if key == "yesterday" and pub.precision == "day":
        return TimeRef((date.fromisoformat(pub.value) - timedelta(days=1)).isoformat(), "day")
    return None
