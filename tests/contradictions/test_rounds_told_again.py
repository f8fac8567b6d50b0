"""An older round told again beside a new one (the twelfth round of story sets, y7): what is set against what."""

from __future__ import annotations

from contradictions.factory import Said, article, load

from kg.contradictions import find_contradictions

NEW = "Fabrikam will cut 1,100 jobs, about 8 percent of its workforce of some 13,500."


def test_a_percent_goes_with_the_count_of_its_sentence_not_an_older_round(store):
    """A plan dated only by its horizon, "1,100 jobs, about 8 percent of its workforce", beside last year's 650
    (about 5 percent of 14,000) told again: the 8 percent is the 1,100's, no share of the 650 (it joined the older
    round, its figure near the 5 percent, and was set against the 14,000: arithmetic, hard)."""
    load(store, article("r1", "2025-10-08",
                        Said("Fabrikam will cut 650 jobs, nearly 5 percent of its staff.", org="Fabrikam", value=650,
                             when="2025-10-08"),
                        Said("Fabrikam will cut 650 jobs, nearly 5 percent of its staff.", org="Fabrikam", value=5,
                             unit="percent", approx=True, when="2025-10-08"),
                        Said("Fabrikam employs about 14,000 people.", org="Fabrikam", kind="workforce", value=14000,
                             approx=True, when="2025-10-08", modality="reported", timing="article")),
         article("r2", "2026-06-11",
                 Said(NEW, org="Fabrikam", value=1100, when="2027-06", timing="horizon", modality="planned"),
                 Said(NEW, org="Fabrikam", value=8, unit="percent", approx=True, when="2027-06", timing="horizon",
                      modality="planned"),
                 Said("Fabrikam announced 650 job cuts in October 2025.", org="Fabrikam", value=650, when="2025-10",
                      modality="reported"), publisher="Bay Post"))
    assert [r for r in find_contradictions(store) if r["kind"] == "arithmetic"] == []
