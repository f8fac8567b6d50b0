"""Time expressions resolved against the publication date, per language."""

import pytest

from kg.extract.doc import Doc
from kg.extract.lang import BEFORE_UNITS, lang_data
from kg.extract.times import SPACE_RUN, _before_patterns, find_times, published_time
from kg.records import Article
from kg.textpattern import finditer_near


def times(lang: str, text: str, published: str) -> list[str]:
    doc = Doc(Article(id="t", text=text, language=lang, published=published), lang_data(lang),
              published_time(published))
    find_times(doc)
    return [t.time.value for t in doc.times]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), [
    # weekdays: the most recent such day on or before publication (2026-01-28 is a Wednesday)
    ("en", "announced on Friday", "2026-01-25", ["2026-01-23"]),
    ("nl", "deelde de boodschap dinsdag", "2025-10-28", ["2025-10-28"]),
    ("sv", "meddelade bolaget på tisdagen", "2026-01-28", ["2026-01-27"]),
    ("de", "am Mittwoch mitteilte", "2026-03-20", ["2026-03-18"]),
    ("fr", "a annoncé mercredi", "2026-01-14", ["2026-01-14"]),
    ("es", "anunció el miércoles", "2026-01-16", ["2026-01-14"]),
    ("en", "said on Tuesday", "2026-02", ["2026-02"]),  # a month-only date keeps month precision
    # a weekday after a word that looks ahead: the next such day (2026-03-02 is a Monday)
    ("en", "the cuts take effect beginning Tuesday", "2026-03-02", ["2026-03-03"]),
    ("en", "the plan starts next Monday", "2026-03-02", ["2026-03-09"]),
    ("nl", "de regeling geldt vanaf dinsdag", "2026-03-02", ["2026-03-03"]),
    ("sv", "varslet gäller från och med tisdag", "2026-03-02", ["2026-03-03"]),
    ("de", "die Kurzarbeit gilt ab Dienstag", "2026-03-02", ["2026-03-03"]),
    ("fr", "le plan s'applique à partir de mardi", "2026-03-02", ["2026-03-03"]),
    ("es", "el ERE se aplicará a partir del martes", "2026-03-02", ["2026-03-03"]),
    ("sv", "meddelade bolaget i tisdags", "2026-03-02", ["2026-02-24"]),
    # a date with no year after a word that looks ahead: the next such day
    ("nl", "per 1 juni verdwijnen 120 banen", "2026-03-02", ["2026-06-01"]),
    ("de", "ab 1. Februar fallen 300 Stellen weg", "2026-03-02", ["2027-02-01"]),
    ("en", "starting March 1 the plant is idle", "2026-03-02", ["2026-03-01"]),  # not passed yet in its month
    # a fiscal year written as a span: one time, its first year
    ("de", "im Geschäftsjahr 2024/25", "2025-11-20", ["2024"]),
    ("fr", "sur l'exercice 2024-2025", "2025-11-20", ["2024"]),
    ("en", "cut jobs in 2024-2026", "2026-03-02", ["2024", "2026"]),  # a range of years: year by year
    # a horizon with no year that has passed at publication is next year's ("by the end of June" in February)
    ("en", "nearly 800 roles going by the end of June", "2026-02-18", ["2026-06"]),
    ("en", "cut 800 jobs by January", "2026-03-10", ["2027-01"]),
    ("en", "cut 800 jobs by the third quarter", "2026-03-10", ["2026-Q3"]),
    ("en", "cut 800 jobs in the third quarter", "2026-03-10", ["2025-Q3"]),
    ("nl", "schrapt 800 banen voor eind juni", "2026-08-10", ["2027-06"]),
    ("en", "cut 800 jobs by June 2026", "2026-08-10", ["2026-06"]),  # a year written stays
    # month names: the most recent such month
    ("sv", "Redan i oktober försvann", "2026-01-28", ["2025-10"]),
    ("nl", "Afgelopen juni gaf", "2025-10-28", ["2025-06"]),
    ("en", "announced in October", "2026-01-25", ["2025-10"]),
    ("de", "im Oktober", "2025-11", ["2025-10"]),
    ("es", "en octubre", "2026-02-27", ["2025-10"]),
    ("fr", "en octobre", "2025-12-03", ["2025-10"]),
    # explicit dates, years, quarters, late/early
    ("en", "on October 28, 2025", "2026-01-01", ["2025-10-28"]),
    ("nl", "op 28 oktober 2025", "2026-01-01", ["2025-10-28"]),
    ("de", "am 3. März 2025", "2026-01-01", ["2025-03-03"]),
    ("en", "net income in 2024", "2026-01-25", ["2024"]),
    ("en", "in a third quarter earnings call", "2026-01-25", ["2025-Q3"]),
    ("en", "in Q4 2024", "2026-01-25", ["2024-Q4"]),
    ("sv", "i fjärde kvartalet", "2026-01-28", ["2025-Q4"]),
    ("de", "im dritten Quartal", "2025-11", ["2025-Q3"]),
    ("fr", "au troisième trimestre", "2025-12-03", ["2025-Q3"]),
    ("es", "en el tercer trimestre", "2026-01-14", ["2025-Q3"]),
    ("en", "in late 2022", "2025-11", ["2022-Q4"]),
    ("nl", "Eind 2022 had", "2026-02-05", ["2022-Q4"]),
    ("fr", "Fin 2022, le groupe", "2026-01-14", ["2022-Q4"]),
    # relative words
    ("en", "last year", "2026-01-25", ["2025"]),
    ("sv", "Förra året låg", "2026-01-28", ["2025"]),
    ("nl", "vorig jaar al begon", "2025-10-28", ["2024"]),
    ("de", "im vergangenen Jahr", "2026-03-20", ["2025"]),
    ("fr", "l'an dernier", "2026-02-12", ["2025"]),
    ("es", "el año pasado", "2025-12", ["2024"]),
    ("en", "this month", "2026-01-25", ["2026-01"]),
    ("nl", "dit jaar", "2025-10-28", ["2025"]),
    ("sv", "Samtidigt väntas en rekordstark julhandel", "2026-01-28", ["2025-Q4"]),
    # as outlets write them (2026-03-05 is a Thursday)
    ("en", "on March 3", "2026-03-05", ["2026-03-03"]),
    ("en", "in third-quarter results", "2026-03-05", ["2025-Q3"]),
    ("sv", "meddelade banken i tisdags", "2026-03-05", ["2026-03-03"]),
    ("fr", "mardi dernier", "2026-03-05", ["2026-03-03"]),
    ("es", "el pasado martes", "2026-03-05", ["2026-03-03"]),
    ("nl", "vorige week dinsdag", "2026-03-05", ["2026-02-24"]),
    ("de", "am Dienstag vergangener Woche", "2026-03-05", ["2026-02-24"]),
    ("fr", "la semaine dernière", "2026-03-12", ["2026-03"]),
    ("es", "la semana pasada", "2026-03-05", ["2026-Q1"]),  # 23 February to 1 March
    ("de", "bis Ende des Jahres", "2026-03-05", ["2026-Q4"]),
    ("de", "im ersten Halbjahr", "2026-09-30", ["2026-H1"]),
    ("en", "in the second half", "2026-03-05", ["2025-H2"]),  # the latest second half begun
    ("en", "in the first half of 2025", "2026-03-05", ["2025-H1"]),
    # the first nine months: no precision finer than their year holds them
    ("fr", "sur les neuf premiers mois de l'année", "2026-10-22", ["2026"]),
    ("fr", "sur neuf mois", "2026-03-05", ["2025"]),  # before September: last year's
    ("es", "en los primeros nueve meses de 2025", "2026-03-05", ["2025"]),
    ("en", "in the first nine months", "2026-11-05", ["2026"]),
    # Italian, from kg/lexicons/it.toml alone (2026-03-12 is a Thursday)
    ("it", "ha annunciato martedì", "2026-03-12", ["2026-03-10"]),
    ("it", "a partire da lunedì", "2026-03-12", ["2026-03-16"]),
    ("it", "il 1° marzo 2026", "2026-03-12", ["2026-03-01"]),
    ("it", "a marzo del 2025", "2026-03-12", ["2025-03"]),
    ("it", "lo scorso anno", "2026-03-12", ["2025"]),
    ("it", "il prossimo anno", "2026-03-12", ["2027"]),
    ("it", "entro il 2027", "2026-03-12", ["2027"]),
    ("it", "nei prossimi due anni", "2026-03-12", ["2028"]),
    ("it", "nel terzo trimestre 2025", "2026-03-12", ["2025-Q3"]),
    ("it", "a fine 2025", "2026-03-12", ["2025-Q4"]),
])
def test_resolution(lang, text, published, expected):
    assert times(lang, text, published) == expected


def test_a_count_is_not_a_year():
    assert times("en", "The company will cut 2000 jobs", "2026-01-25") == []
    assert times("en", "a 2025 workforce reduction", "2026-01-25") == ["2025"]



@pytest.mark.parametrize("lang", ["en", "nl", "sv", "de", "fr", "es"])
def test_units_before_found_near_their_anchor_are_those_of_the_whole_text(lang):
    # each of the language's "{n} weeks after" phrases, with a figure or a number word, capitalised or spread over
    # long white space: searching near the unit word finds what searching the whole text finds
    data, said = lang_data(lang), []
    for key in BEFORE_UNITS:
        for n, phrase in enumerate(data.lex.get("time", {}).get(key, [])):
            said.append(phrase.replace("{n}", [str(n + 2), *sorted(data.words)][n % 3]))
            said[-1] = said[-1].replace(" ", " \n" + " " * 12) if n % 2 else said[-1].capitalize()
    text = "Torvmark AB: " + ", ".join(said) + "." + " " * 30 + said[0] + "x " + said[-1]
    space = max(map(len, SPACE_RUN.findall(text)), default=1)
    for pattern, anchor, longest, _ in _before_patterns(lang):
        near = [m.span() for m in finditer_near(pattern, anchor, longest * space + 1, text)]
        assert near and near == [m.span() for m in pattern.finditer(text)]
