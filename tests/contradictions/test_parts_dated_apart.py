"""A part of a round told on its own day (a site's share announced to its staff a week after the group's round) gives
no rival date of the round (kg.contradictions.temporal)."""

from __future__ import annotations

from contradictions.factory import Said, article, load

from kg.contradictions import find_contradictions

ROUND = Said("Northwind announced on 14 April that it would cut 1,600 jobs.", value=1600, when="2026-04-14")
SITE = Said("Northwind announced on 21 April that 180 of those jobs will go at its Colmar plant.", value=180,
            when="2026-04-21", aggregate="part")


def test_a_part_told_a_week_later_dates_not_the_round(store):
    load(store, article("p1", "2026-04-15", ROUND), article("p2", "2026-04-22", SITE, publisher="Bay Post"))
    assert find_contradictions(store, kind="temporal") == []


def test_the_round_itself_dated_a_week_apart_still_is_a_row(store):
    load(store, article("p1", "2026-04-15", ROUND),
         article("p2", "2026-04-22", Said("Northwind announced on 21 April that it would cut 1,600 jobs.", value=1600,
                                          when="2026-04-21"), publisher="Bay Post"))
    assert [r["kind"] for r in find_contradictions(store, kind="temporal")] == ["temporal"]
