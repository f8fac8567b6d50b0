"""Listed companies whose names are words of one language's corpus (national brands: "Tesco", "Barclays",
"Deutsche Post") are organisations (kg/extract/listed.txt, from pytickersymbols), those of two words or more known
names ("Bank of America"); a listed name that is a very
common word ("Next") stays a word unless other cues make it a name."""

from __future__ import annotations

import pytest

from kg.extract.wordlists import listed, listed_name

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Tesco to cut jobs\nTesco is to cut about 1,700 jobs in a shake-up of its stores, the supermarket said on "
           "Tuesday. The changes at Tesco will affect counters in its larger shops.",
     "Tesco", [("job_cuts", 1700, "count", {})]),
    ("en", "Barclays cuts jobs\nBarclays will cut 450 jobs in its retail bank, the lender said on Monday.",
     "Barclays", [("job_cuts", 450, "count", {})]),
    ("en", "Verizon layoffs\nVerizon will cut 13,000 jobs, the telecom group said on Thursday.",
     "Verizon", [("job_cuts", 13000, "count", {})]),
    ("en", "Chipmaker cuts\nTexas Instruments will cut 300 jobs at its plant in Dallas, the chipmaker said.",
     "Texas Instruments", [("job_cuts", 300, "count", {})]),
    ("en", "Bank cuts jobs\nBank of America will cut 400 jobs in its mortgage unit, the lender said on Friday.",
     "Bank of America", [("job_cuts", 400, "count", {})]),
    ("en", "Payments group cuts\nWestern Union plans to cut 300 jobs, the payments group said on Monday.",
     "Western Union", [("job_cuts", 300, "count", {})]),
    ("de", "Stellenabbau bei der Post\nDie Deutsche Post streicht rund 8.000 Stellen. Das teilte der Konzern am "
           "Donnerstag mit.",
     "Deutsche Post", [("job_cuts", 8000, "count", {})]),
])
def test_a_listed_company_named_by_words_of_the_language_is_an_organisation(lang, text, org, expected):
    check_construction("listed name", extracted(lang, text), org, expected)


def test_a_listed_name_that_is_a_common_word_stays_a_word():
    """"Next" (Next plc) opening "Next year" names no company: the cuts are the one firm's."""
    check_construction("common word", extracted("en", "Halvard Foods cuts\nNext year, Halvard Foods will cut 200 "
                                                      "jobs, the company said."),
                       "Halvard Foods", [("job_cuts", 200, "count", {})])
    assert ("Next",) in listed() and not listed_name(("Next",), "en")


def test_the_listed_names_are_written_without_their_legal_form():
    names = listed()
    assert len(names) > 1500
    assert not [n for n in names if n[-1] in ("plc", "AG", "SE", "Inc.", "Inc", "Corp.", "N.V.")]
