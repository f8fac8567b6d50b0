"""Figures that differ but do not disagree (the ninth round of blind stories): rules of the kinds, on claims written
for the project about the fictional companies of ``factory``."""

from __future__ import annotations

from contradictions.factory import Said, article, load

from kg.contradictions import find_contradictions


def test_arithmetic_a_workforce_of_no_time_is_no_side(store):
    """A workforce the text puts before an event ("employed 30,000 people before it sold its coatings business",
    extracted with no time) is of no time near the cuts: no side against the workforce a count and a percent imply
    (was: taken as of its article's day, a row against the 1,300 as about 8 % of the 16,500 now)."""
    load(store, article("e1", "2026-09-08",
                        Said("Fabrikam will cut 1,300 jobs, about 8% of its workforce.", org="Fabrikam", value=1300,
                             when="2026-09-08"),
                        Said("Fabrikam will cut 1,300 jobs, about 8% of its workforce.", org="Fabrikam", value=8,
                             unit="percent", approx=True, when="2026-09-08"),
                        Said("Fabrikam employs 16,500 people.", org="Fabrikam", kind="workforce", value=16500,
                             when="2026-09-08", modality="reported"),
                        Said("It employed 30,000 people before it sold its coatings business in June.", org="Fabrikam",
                             kind="workforce", value=30000, modality="reported")),
         article("e2", "2026-09-09",
                 Said("Fabrikam had 30,000 staff before the sale of its coatings arm in June.", org="Fabrikam",
                      kind="workforce", value=30000, modality="reported"), publisher="Gull Gazette"))
    assert find_contradictions(store, kind="arithmetic") == []


def test_arithmetic_a_union_s_count_is_not_paired_with_the_company_s_percent(store):
    """The only count and the only percent an article puts on the cuts are said of the same cuts, but not when one is
    a third party's word and the other the company's: a union's 1,800 is no count the company's "just under 8
    percent" was worked out from (was: a workforce of at least 17,950 implied, a row against the 16,500 stated)."""
    load(store, article("u1", "2026-09-08",
                        Said("The cuts amount to just under 8 percent of the workforce.", org="Fabrikam", value=8,
                             unit="percent", approx=True, when="2026-09-08"),
                        Said("According to the union, 1,800 jobs are affected.", org="Fabrikam", value=1800,
                             when="2026-09-08", modality="reported", third_party=True),
                        Said("Fabrikam employs 16,500 people.", org="Fabrikam", kind="workforce", value=16500,
                             when="2026-09-08", modality="reported")))
    assert find_contradictions(store, kind="arithmetic") == []
