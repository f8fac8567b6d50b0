"""A currency word that does not say whose ("kronen", "kroner", "couronnes"): a sum in it is in the currency of that
name the article gave before ("Noorse kronen"), else in the word's own. Articles about a made-up shipping company."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Article

NAMED_BEFORE = {  # revenue in Norwegian or Danish crowns, then the profit in crowns alone
    "nl": "Norvhal verwacht omzet van 19 miljard\n\nHet rederijbedrijf Norvhal verwacht dit jaar een omzet van 19 miljard "
          "Noorse kronen. Vorig jaar boekte het bedrijf een bedrijfsresultaat van 2,3 miljard kronen.",
    "de": "Norvhal erwartet Umsatz von 19 Milliarden\n\nDer Konzern Norvhal erwartet in diesem Jahr einen Umsatz von 19 "
          "Milliarden norwegische Kronen. Im vergangenen Jahr erzielte das Unternehmen einen Betriebsgewinn von 2,3 "
          "Milliarden Kronen.",
    "sv": "Norvhal ökade rörelseresultatet\n\nDet norska bolaget Norvhal redovisade för 2025 ett rörelseresultat på 2,3 "
          "miljarder norska kronor, jämfört med 1,9 miljarder kronor året innan.",
    "en": "Norvhal profit rises\n\nDanish shipping group Norvhal said its operating profit rose to 2.3 billion Danish "
          "kroner in 2025, from 1.9 billion kroner a year earlier.",
}
CURRENCY = {"nl": "NOK", "de": "NOK", "sv": "NOK", "en": "DKK"}


def _units(lang: str, text: str) -> list[str]:
    x = extract(Article(id=f"norvhal-{lang}", text=text, published="2026-02-19", language=lang))
    return [c.quantity.unit for c in x.claims if c.quantity and c.quantity.unit not in ("count", "percent")]


@pytest.mark.parametrize("lang", sorted(NAMED_BEFORE))
def test_a_currency_word_that_does_not_say_whose_is_the_one_named_before(lang):
    units = _units(lang, NAMED_BEFORE[lang])
    assert len(units) == 2 and set(units) == {CURRENCY[lang]}


def test_a_currency_word_named_nowhere_else_is_the_word_s_own():
    assert _units("sv", "Norvhal ökade rörelseresultatet\n\nBolaget Norvhal redovisade för 2025 ett rörelseresultat "
                        "på 2,3 miljarder kronor.") == ["SEK"]
