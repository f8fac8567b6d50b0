"""A result dated only by the sentence before takes that sentence's period, not the time of the level before a change
there ("rose to 455 million euros in 2025 from 430 million euros in 2024. Revenue reached ...": 2025)."""

from __future__ import annotations

import pytest

from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "year"), [
    ("en", "Kelmar results\n\nKelmar plc's operating profit rose to 455 million euros in 2025 from 430 million euros in "
           "2024. Revenue reached 6.4 billion euros.", "2025"),
    ("de", "Kelmar legt zu\n\nDas operative Ergebnis der Kelmar AG stieg 2025 auf 455 Millionen Euro, von 430 Millionen "
           "Euro im Jahr 2024. Der Umsatz erreichte 6,4 Milliarden Euro.", "2025"),
    # no change: the sentence's one period
    ("en", "Kelmar results\n\nKelmar plc's operating profit fell to 430 million euros in 2024. Revenue reached 6.4 "
           "billion euros.", "2024"),
    # a change from a level of 2024 to one of 2025 told in that order: the later
    ("fr", "Kelmar progresse\n\nLe résultat opérationnel de Kelmar SA est passé de 430 millions d'euros en 2024 à 455 "
           "millions d'euros en 2025. Le chiffre d'affaires a atteint 6,4 milliards d'euros.", "2025"),
])
def test_a_result_takes_the_period_of_the_sentence_before(lang, text, year):
    revenue = [c for c in extracted(lang, text).claims if c.kind == "revenue"]
    assert [(c.quantity.value, c.when.value, c.timing) for c in revenue] == [(6_400_000_000, year, "context")], revenue
