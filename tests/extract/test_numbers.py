"""The number parser and figure finder, per language."""

import pytest

from kg.extract.doc import Doc
from kg.extract.lang import lang_data
from kg.extract.numbers import _pattern, _trie, find_quantities, parse_number
from kg.lexicon import languages
from kg.records import Article


@pytest.mark.parametrize(("lang", "text", "scaled", "value"), [
    ("en", "14,000", False, 14000), ("en", "59.2", True, 59.2), ("en", "1,234.5", False, 1234.5),
    ("nl", "14.000", False, 14000), ("nl", "1,5", True, 1.5), ("nl", "1.5", True, 1.5),
    ("sv", "16 000", False, 16000), ("sv", "16\u00a0000", False, 16000), ("sv", "16\u202f000", False, 16000),
    ("sv", "2 200", True, 2200), ("de", "16'000", False, 16000), ("de", "3,8", True, 3.8),
    ("de", "1.234,56", False, 1234.56), ("de", "1,500", False, 1500), ("fr", "12 000", False, 12000),
    ("es", "1.200", True, 1200), ("es", "2,3", True, 2.3),
])
def test_parse_number(lang, text, scaled, value):
    assert parse_number(text, lang_data(lang), scaled=scaled) == pytest.approx(value)


def figures(lang: str, text: str) -> list[tuple]:
    doc = Doc(Article(id="t", text=text, language=lang), lang_data(lang), None)
    find_quantities(doc)
    out = []
    for q in doc.quantities:
        x = q.quantity
        out.append((x.value if x.value is not None else (x.low, x.high), x.unit, x.approx, x.bound))
    return out


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", r"made \$59.2 billion", [(59.2e9, "USD", False, None)]),
    ("en", "about 14,000 jobs", [(14000, "count", True, None)]),
    ("en", "more than 500,000 employees", [(500000, "count", True, "lower")]),
    ("en", "up to 30 days", [(30, "days", False, "upper")]),
    ("en", "1,000 to 1,500 employees", [((1000, 1500), "count", False, None)]),
    ("en", "10-15 percent", [((10, 15), "percent", False, None)]),
    ("en", "a thousand job cuts", [(1000, "count", False, None)]),
    ("en", "ninety days", [(90, "days", False, None)]),
    ("en", "14K roles", [(14000, "count", False, None)]),
    ("en", "US$2.5bn", [(2.5e9, "USD", False, None)]),
    ("en", "a quarter of its workforce", [(25, "percent", False, None)]),
    ("en", "from 240,000 to 226,000", [(240000, "count", False, None), (226000, "count", False, None)]),
    ("nl", "zo'n 350.000 werknemers", [(350000, "count", True, None)]),
    ("nl", "ongeveer 1,5 miljoen werknemers", [(1.5e6, "count", True, None)]),
    ("nl", "negentig dagen", [(90, "days", False, None)]),
    ("nl", "9 %", [(9, "percent", False, None)]),
    ("nl", "4,3 miljard euro", [(4.3e9, "EUR", False, None)]),
    ("sv", "över 211 miljarder dollar", [(211e9, "USD", True, "lower")]),
    ("sv", "drygt 2 200 miljarder kronor", [(2.2e12, "SEK", True, "lower")]),
    ("sv", "upp till 30 000 personer", [(30000, "count", False, "upper")]),
    ("sv", "runt 7 procent", [(7, "percent", True, None)]),
    ("sv", "omkring tusen tjänster", [(1000, "count", True, None)]),  # a thousand without "ett"
    ("sv", "ett rörelseresultat på 512 Mkr", [(512e6, "SEK", False, None)]),  # a magnitude glued to the currency
    ("sv", "omsättningen 4,8 mdkr", [(4.8e9, "SEK", False, None)]),
    ("sv", "drygt 90 MSEK", [(90e6, "SEK", True, "lower")]),
    ("sv", "mellan 500 och 600 Mkr", [((500e6, 600e6), "SEK", False, None)]),
    ("sv", "512 m från fabriken", [(512, "count", False, None)]),
    ("sv", "två tusen anställda", [(2000, "count", False, None)]),
    ("nl", "ruim duizend banen", [(1000, "count", True, "lower")]),
    ("nl", "twee duizend banen", [(2000, "count", False, None)]),
    ("de", "rund 3,8 Mrd. Euro", [(3.8e9, "EUR", True, None)]),
    ("de", "bis zu 8.000 Stellen", [(8000, "count", False, "upper")]),
    ("de", "knapp 3 Prozent", [(3, "percent", True, "upper")]),
    ("de", "zwei Millionen", [(2e6, "count", False, None)]),
    ("de", "1,5 Mio. Franken", [(1.5e6, "CHF", False, None)]),
    ("fr", "près de 900 postes", [(900, "count", True, None)]),
    ("fr", "210 millions d'euros", [(210e6, "EUR", False, None)]),
    ("fr", "environ 9 pour cent", [(9, "percent", True, None)]),
    ("es", "más de 1.500 empleos", [(1500, "count", True, "lower")]),
    ("es", "alrededor de 2.000 puestos", [(2000, "count", True, None)]),
    ("es", "entre el 10 y el 15 por ciento", [((10, 15), "percent", False, None)]),
    ("es", "1.200 millones de euros", [(1.2e9, "EUR", False, None)]),
    # outlets' formats and shares
    ("en", "£300m", [(300e6, "GBP", False, None)]),
    ("en", "1.5m jobs", [(1.5e6, "count", False, None)]),
    ("en", "two-thirds of staff", [(66.7, "percent", False, None)]),
    ("en", "nearly a fifth of its staff", [(20, "percent", True, None)]),
    ("en", "one in ten jobs", [(10, "percent", False, None)]),
    ("en", "in the first half of 2025", [(2025, "count", False, None)]),  # a year (times take it), no 50 %
    ("de", "jede zehnte Stelle", [(10, "percent", False, None)]),
    ("de", "zwischen 2.000 und 3.000 Stellen", [((2000, 3000), "count", False, None)]),
    ("sv", "mellan 2 000 och 3 000 jobb", [((2000, 3000), "count", False, None)]),
    ("nl", "tussen de 2.000 en 3.000 banen", [((2000, 3000), "count", False, None)]),
    ("nl", "respectievelijk 18.000 en 9.000 medewerkers", [(18000, "count", False, None), (9000, "count", False, None)]),
    ("nl", "bijna een op de tien banen", [(10, "percent", True, None)]),
    ("nl", "daalde met 11 procent tot 1,2 miljard euro", [(11, "percent", False, None), (1.2e9, "EUR", False, None)]),
    ("nl", "steeg vorig jaar tot 1,5 miljard euro", [(1.5e9, "EUR", False, None)]),
    ("nl", "schrapt tot 450 functies", [(450, "count", False, "upper")]),
    ("es", "cerca del 12 %", [(12, "percent", True, None)]),
    ("es", "ronda los 11.000 empleados", [(11000, "count", True, None)]),
    ("fr", "1,2 Md€", [(1.2e9, "EUR", False, None)]),
    # words that count roughly: approximate figures
    ("fr", "un millier de postes", [(1000, "count", True, None)]),
    ("fr", "une centaine d'emplois", [(100, "count", True, None)]),
    ("fr", "quelque deux milliers d'emplois", [(2000, "count", True, None)]),
    ("es", "una decena de tiendas", [(10, "count", True, None)]),
    ("es", "cerca de un millar de trabajadores", [(1000, "count", True, None)]),
    ("es", "entre un centenar y dos centenares de empleos", [((100, 200), "count", True, None)]),
    ("fr", "soit près d'un tiers des effectifs", [(33.3, "percent", True, None)]),  # "près d'" hedges as "près de"
    ("fr", "plus d'un millier de postes", [(1000, "count", True, "lower")]),
    # an article that groups thousands with the decimal comma ("16,000 puestos") does so before a scale too
    ("es", "eliminará 16,000 puestos y ahorrará 2,500 millones de pesos", [(16000, "count", False, None),
                                                                          (2.5e9, "MXN", False, None)]),
    ("es", "2,500 millones de pesos", [(2.5e6, "MXN", False, None)]),
])
def test_figures(lang, text, expected):
    got = figures(lang, text)
    assert len(got) == len(expected), got
    for (value, unit, approx, bound), want in zip(got, expected, strict=True):
        if isinstance(want[0], tuple):
            assert value == pytest.approx(want[0])
        else:
            assert value == pytest.approx(want[0])
        assert (unit, approx, bound) == want[1:]


@pytest.mark.parametrize("lang", languages())
def test_every_currency_name_stands_in_the_figure_pattern_only_where_it_can_match(lang):
    """Every currency's name makes the pattern slow to compile (a worker compiles it per language): a language
    without magnitudes glued to a currency ("512 Mkr") has no branch for them, so the names stand in it once."""
    data = lang_data(lang)
    names = _trie(data.currencies)
    assert _pattern(lang).pattern.count(names) == (3 if data.currency_prefixes else 1)
