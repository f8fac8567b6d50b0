"""Constructions the ninth blind set (q9) taught, in short articles the project wrote in several languages about
made-up companies: each expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("sv", "Rydholm Sparbank halverar kontorsnätet\n\nRydholm Sparbank ska stänga hälften av sina bankkontor. Samtidigt "
           "försvinner omkring 300 av bankens 2 850 tjänster.", "Rydholm Sparbank",
     [("job_cuts", 300, "count", {}), ("workforce", 2850, "count", {})]),
    ("sv", "Vassby Telekom redovisar\n\nTelekomoperatören Vassby Telekom redovisade en nettoomsättning på 7,84 miljarder "
           "kronor. Vassby bekräftar sitt besparingsprogram om 1 miljard kronor.", "Vassby Telekom",
     [("revenue", 7.84e9, "SEK", {}), ("cost_savings", 1e9, "SEK", {})]),
    ("de", "Quernheim Consulting wächst\n\nDie Unternehmensberatung Quernheim Consulting steigerte den Umsatz um sieben "
           "Prozent auf 1,05 Milliarden Euro.", "Quernheim Consulting", [("revenue", 1.05e9, "EUR", {})]),
    ("en", "Quernheim Consulting grows\n\nConsultancy Quernheim Consulting lifted revenue by seven percent to 1.05 "
           "billion euros.", "Quernheim Consulting", [("revenue", 1.05e9, "EUR", {})]),
])
def test_a_savings_bank_a_telecom_and_a_consultancy_by_their_last_word(lang, text, org, expected):
    """"Rydholm Sparbank", "Vassby Telekom", "Quernheim Consulting": a bank's, a telecom's and a consultancy's last
    word is an organisation word (`entities.org_words`; English's in every language), and "Telekomoperatören",
    "Unternehmensberatung" are company nouns before the name, no part of it."""
    check_construction("an organisation word last", extracted(lang, text), org, expected)
