"""Results of the year's first months end to end: a nine-month net profit is no rival of the whole year's, told by
other outlets months later; two outlets' nine-month figures of one report disagree."""

from __future__ import annotations

import pytest
from contradictions.built import contradictions_of, news

ARTICLES = [
    news("brolle-en-1", "2026-11-05", "Brolle plc made a net profit of 231 million euros in the first nine months of "
         "2026, the company said on Thursday."),
    news("brolle-es-2", "2026-11-06", "Brolle obtuvo un beneficio neto de 231 millones de euros en los nueve primeros "
         "meses del año, informó el jueves la empresa."),
    news("brolle-de-3", "2027-02-11", "Die Brolle plc hat 2026 einen Nettogewinn von 300 Millionen Euro erzielt, "
         "teilte das Unternehmen am Donnerstag mit."),
    news("brolle-fr-4", "2027-02-12", "Brolle a réalisé un bénéfice net de 300 millions d'euros en 2026, a annoncé "
         "jeudi le groupe."),
    news("tarvik-en-1", "2026-11-05", "Tarvik plc made a net profit of 231 million euros in the first nine months of "
         "2026, the company said on Thursday."),
    news("tarvik-nl-2", "2026-11-05", "Tarvik NV boekte in de eerste negen maanden van 2026 een nettowinst van 213 miljoen euro, "
         "maakte het bedrijf donderdag bekend."),
]


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    return contradictions_of(tmp_path_factory.mktemp("nine_months"), ARTICLES)


def test_nine_months_are_no_rival_of_the_year(rows):
    assert not [r for r in rows if r["org"] == "Brolle"], rows


def test_two_outlets_nine_months_disagree(rows):
    found = [r for r in rows if r["org"] == "Tarvik"]
    assert [(r["kind"], sorted(c["value"] for c in r["claims"])) for r in found] == [
        ("numeric", [213_000_000.0, 231_000_000.0])], found
