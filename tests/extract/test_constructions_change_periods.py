"""The periods of a result's change told with years: a time right after a figure, a word at most between, is that
figure's ("est passé de 430 millions d'euros en 2024 à 455 millions d'euros en 2025"), and the level before a change
dated two words after it ("von 430 Millionen Euro im Jahr 2024") is of that year, not the year before it."""

from __future__ import annotations

import pytest

from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "periods"), [
    ("fr", "Kelmar progresse\n\nLe résultat opérationnel de Kelmar SA est passé de 430 millions d'euros en 2024 à 455 "
           "millions d'euros en 2025.", {430_000_000: "2024", 455_000_000: "2025"}),
    ("de", "Kelmar legt zu\n\nDas operative Ergebnis der Kelmar AG stieg 2025 auf 455 Millionen Euro, von 430 Millionen "
           "Euro im Jahr 2024.", {430_000_000: "2024", 455_000_000: "2025"}),
    ("en", "Kelmar results\n\nKelmar plc's operating profit rose to 455 million euros in 2025 from 430 million euros in "
           "2024.", {430_000_000: "2024", 455_000_000: "2025"}),
    # a time before the result's figure, after a figure of staff: the result's
    ("de", "Kelmar legt zu\n\nMit rund 4.100 Beschäftigten erzielte die Kelmar AG 2025 einen Umsatz von 1,8 Milliarden "
           "Euro.", {1_800_000_000: "2025"}),
    # a level before with no time of its own after a change of 2025: the year before
    ("en", "Kelmar results\n\nKelmar plc's operating profit rose to 455 million euros in 2025 from 430 million euros.",
     {430_000_000: "2024", 455_000_000: "2025"}),
])
def test_each_figure_of_a_change_takes_its_own_period(lang, text, periods):
    found = {c.quantity.value: c.when.value for c in extracted(lang, text).claims
             if c.kind in ("profit", "revenue", "net_income")}
    assert found == periods, found
