"""Disagreements told the way outlets tell them (the ninth round of blind stories): a union's count paragraphs after
the company's, of the round the company gave a scope. End to end, extractor included, on articles written for the
project about made-up companies."""

from __future__ import annotations

import pytest
from contradictions.built import contradictions_of, news

ARTICLES = [
    news("wendrath-nl-1", "2027-03-09", "Fietsenmaker Wendrath schrapt 1.100 banen in Europa, maakte het bedrijf "
                                            "dinsdag bekend.\n\nDe vakbond Vevra spreekt van 1.400 banen, omdat ook "
                                            "tijdelijke contracten niet worden verlengd."),
    news("wendrath-en-2", "2027-03-09", "Bike maker Wendrath will cut 1,100 jobs in Europe, the company said on "
                                            "Tuesday."),
    news("selvanto-en-1", "2027-04-06", "Bike maker Selvanto will cut 1,100 jobs in Europe, the company said on "
                                            "Tuesday.\n\nThe Vevra union speaks of 1,400 jobs, as temporary contracts "
                                            "will not be renewed either."),
    news("selvanto-de-2", "2027-04-07", "Der Fahrradhersteller Selvanto streicht 1.100 Stellen in Europa, wie das "
                                            "Unternehmen am Dienstag mitteilte."),
    # guard: the company's figures of two scopes in the union's article: the union's open figure takes neither
    news("tormund-en-1", "2027-05-04", "Bike maker Tormund will cut 700 jobs in France and 400 jobs in Spain, the "
                                           "company said on Tuesday.\n\nThe Vevra union speaks of 1,400 jobs."),
    news("tormund-en-2", "2027-05-04", "Bike maker Tormund will cut 700 jobs in France, the company said on "
                                           "Tuesday."),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> list[dict]:
    return contradictions_of(tmp_path_factory.mktemp("disagreements"), ARTICLES)


@pytest.mark.parametrize("org", ["Wendrath", "Selvanto"])
def test_a_unions_count_paragraphs_after_the_companys_is_of_its_scope(found, org):
    """"schrapt 1.100 banen in Europa ...\\n\\nDe vakbond Vevra spreekt van 1.400 banen": the union's count, spoken of
    in a paragraph of its own, is its claim of the round (it gave none), and of the scope the company stated, so the
    two are set against each other, soft (it was of no scope, no rival of "in Europe")."""
    [row] = [r for r in found if r["org"] == org]
    assert (row["kind"], row["severity"]) == ("numeric", "soft")
    assert sorted(c["value"] for c in row["claims"]) == [1100, 1400]


def test_a_unions_open_count_beside_two_scopes_of_the_company_takes_neither(found):
    assert not [r["explanation"] for r in found if r["org"] == "Tormund"]
