"""Nothing grows with the square of one organisation's claims: the work of resolution and of the contradiction kinds
(lines run, counted, not timed) for four times the articles about one organisation is about four times as much, and
a topic of k sides gives at most k - 1 rows."""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

from contradictions.factory import Said, article, load

import kg.resolve
from kg.contradictions import find_contradictions
from kg.contradictions.base import Placed
from kg.resolve import figure_interval, resolve

WATCHED = (str(Path(kg.resolve.__file__)), str(Path(kg.resolve.__file__).parent / "contradictions"))
EPOCH = date(1970, 1, 1).toordinal()
HOT = date(2024, 3, 4).toordinal() - EPOCH  # the fortnight half of the articles report


def adversarial(n: int, seed: int = 5) -> list[Placed]:
    """The claims of ``n`` articles all about Acme, as bench/adversarial.py writes them: a count of job cuts that
    rarely repeats, the percent and the workforce beside it, an earlier round by its month, the cause (AI)
    affirmed or denied, and some expecting no more large cuts; half of them in one fortnight, the others over
    as many days as there are claims (as many per year, whatever ``n``), a fifth of them undated."""
    rng = random.Random(seed)
    claims = []
    for i in range(n):
        day = HOT + rng.randrange(14) if rng.random() < 0.5 else HOT - 400 + rng.randrange(5 * n)
        count = 2_000 + rng.randrange(4 * n)
        workforce = rng.choice([100_000, 120_000, 150_000, 200_000 + 10 * rng.randrange(n)])

        undated = rng.random() < 0.2  # an article with no date, whose claims state none

        def claim(kind, modality, unit=None, value=None, days=None, precision="day", i=i, day=day, undated=undated,
                  **kw):
            days = days or (day, day)
            lo, hi = figure_interval(value, unit=unit)
            when = date.fromordinal(days[0] + EPOCH).isoformat()[:10 if precision == "day" else 7]
            claims.append(Placed(iri=f"a{i}/{len(claims)}", article=f"a{i}", org="Acme", kind=kind, modality=modality,
                                 offset=len(claims), unit=unit, low=lo, high=hi, exact=value,
                                 **({} if undated else {"event": days, "event_when": when, "event_precision": precision,
                                                        "event_stated": True, "pub": (day + 1, day + 1)}), **kw))

        claim("job_cuts", "announced", "count", count)
        claim("job_cuts", "announced", "percent", round(100 * count / workforce, 1))
        claim("workforce", "reported", "count", workforce)
        if rng.random() < 0.5:
            month = date.fromordinal(day - rng.randrange(30, 400) + EPOCH).replace(day=1)
            days = month.toordinal() - EPOCH, (month + timedelta(days=32)).replace(day=1).toordinal() - EPOCH - 1
            claim("job_cuts", "reported", "count", count // 2, days=days, precision="month")
        claim("cause", "reported", object="AI", polarity=rng.choice(("affirm", "deny")), speaker="Jane Roe")
        if rng.random() < 0.3:
            claim("layoff_outlook", "expected", polarity="deny")
    return claims


def lines_run(claims: list[Placed]) -> int:
    """The lines of kg.resolve and kg.contradictions run to resolve the claims and make every kind's topics."""
    count = 0

    def line(frame, event, arg):
        nonlocal count
        count += event == "line"
        return line

    def call(frame, event, arg):
        return line if frame.f_code.co_filename.startswith(WATCHED) else None

    sys.settrace(call)
    try:
        resolution = resolve(claims)
    finally:
        sys.settrace(None)
    assert resolution.topics  # the claims disagree: every kind has work to do
    return count


def test_resolution_work_grows_with_one_organisation_s_claims_not_their_square():
    small, large = lines_run(adversarial(150)), lines_run(adversarial(600))
    assert large <= 5 * small, f"4x the articles about one organisation ran {large / small:.1f}x the lines"


def test_a_topic_of_k_figures_gives_k_minus_1_rows_against_the_figure_most_outlets_state(store):
    figures = [10_000 + 1_000 * k for k in range(8)]
    load(store, *(article(f"n{v}-{i}", "2025-10-28", Said(f"Northwind cuts {v:,} jobs.", value=v, when="2025-10-28"),
                          publisher=f"Outlet {v} {i}") for v in figures for i in range(2 if v == 13_000 else 1)))
    rows = find_contradictions(store, kind="numeric")
    assert len(rows) == len(figures) - 1
    assert all(13_000 in (r["claims"][0]["value"], r["claims"][1]["value"]) for r in rows)


def test_a_topic_of_k_dates_gives_k_minus_1_rows(store):
    days = ["2026-01-05", "2026-01-07", "2026-01-09", "2026-01-11"]
    load(store, *(article(f"t{d}", "2026-01-12", Said(f"Northwind announced 1,200 cuts on {d}.", value=1200, when=d),
                          publisher=f"Outlet {d}") for d in days))
    rows = find_contradictions(store, kind="temporal")
    assert len(rows) == len(days) - 1
