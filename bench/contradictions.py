"""Time event resolution and each contradiction query on an on-disk store of N synthetic articles.

Usage: python -m bench.contradictions [N=10000] [STORE_DIR]  (a STORE_DIR that already holds a store is
reused: its articles are kept, N is then ignored)

The articles are Extraction records made here (no extractor involved): 200 organisations, each with
rounds of job cuts that several outlets report (some approximately, some with another figure or day),
percents, workforce figures, stances on the cause and outlooks, about five claims an article.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta

from kg.contradictions import find_contradictions, kinds
from kg.mapping import article_quads
from kg.queries import run_named
from kg.records import Article, Claim, Entity, Extraction, Quantity, TimeRef
from kg.resolve import resolve_events
from kg.store import EmbeddedStore

DISAGREE = 0.02  # share of articles whose figure differs from the others'
OUTLETS = [f"Outlet {i}" for i in range(40)]


def _claim(text: list[str], kind, org, quantity=None, when=None, **kw) -> Claim:
    sentence = f"{org} {kind} {quantity.value if quantity else kw.get('object', '')} sentence {len(text)}."
    start = sum(len(t) + 1 for t in text)
    text.append(sentence)
    return Claim(kind, org, sentence, start, start + len(sentence), quantity=quantity, when=when, **kw)


def synthetic(n: int, seed: int = 7) -> list[Extraction]:
    rng = random.Random(seed)
    orgs = [f"Company {i}" for i in range(200)]
    rounds = {org: sorted(date(2024, 1, 1) + timedelta(days=rng.randrange(900)) for _ in range(8)) for org in orgs}
    size = {org: rng.randrange(5_000, 500_000) for org in orgs}
    out = []
    for i in range(n):
        org = rng.choice(orgs)
        day = rng.choice(rounds[org])
        published = day + timedelta(days=rng.randrange(0, 5))
        cut = int(size[org] * 0.05)
        text: list[str] = []
        claims = []
        figure = cut if rng.random() > DISAGREE else int(cut * rng.choice((0.8, 1.25)))
        when = TimeRef(day.isoformat(), "day") if rng.random() > 0.3 else TimeRef(day.isoformat()[:7], "month")
        if rng.random() < 0.05:
            when = TimeRef((day + timedelta(days=5)).isoformat(), "day")
        claims.append(_claim(text, "job_cuts", org, Quantity("count", value=figure, approx=rng.random() < 0.3),
                             when, modality="announced", segment=rng.choice((None, "corporate"))))
        if rng.random() < 0.4:
            claims.append(_claim(text, "job_cuts", org, Quantity("percent", value=5, approx=True), when,
                                 modality="announced"))
        if rng.random() < 0.4:
            claims.append(_claim(text, "workforce", org, Quantity("count", value=size[org], approx=True),
                                 TimeRef(str(day.year), "year"), modality="reported"))
        if rng.random() < 0.4:
            claims.append(_claim(text, "cause", org, when=None, modality="reported", object="AI",
                                 polarity=rng.choice(("affirm", "affirm", "deny")), speaker=f"Chief of {org}"))
        if rng.random() < 0.1:
            claims.append(_claim(text, "layoff_outlook", org, when=TimeRef(published.isoformat()[:7], "month"),
                                 modality="expected", polarity="deny"))
        for _ in range(rng.randrange(0, 3)):
            past = rng.choice(rounds[org])
            if past < day:
                claims.append(_claim(text, "job_cuts", org, Quantity("count", value=cut), TimeRef(past.isoformat()[:7], "month"),
                                     modality="reported"))
        article = Article(f"syn-{i:06d}", " ".join(text), published=published.isoformat(),
                          publisher=rng.choice(OUTLETS), language="en")
        entities = [Entity(org, "organization"), Entity(f"Chief of {org}", "person")]
        out.append(Extraction(article, entities=entities, claims=claims))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    folder = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="kg-bench-contra-")
    store = EmbeddedStore(folder)
    if len(store.ox):  # a store made by an earlier run: its articles are reused, the resolution is redone
        print(f"reusing the {len(store.ox)} quads in {folder}")
    else:
        extractions = synthetic(n)
        t = time.perf_counter()
        quads = [q for e in extractions for q in article_quads(e)]
        store.ox.bulk_extend(quads)
        print(f"{n} articles, {sum(len(e.claims) for e in extractions)} claims, {len(quads)} quads loaded in "
              f"{time.perf_counter() - t:.1f} s ({folder})")
    t = time.perf_counter()
    announcements = resolve_events(store)
    print(f"resolve_events: {announcements} announcements in {time.perf_counter() - t:.1f} s")
    for kind in sorted(kinds(), key=lambda k: k == "stance"):  # the slowest last
        times, rows = [], 0
        for _ in range(3):
            t = time.perf_counter()
            rows = len(list(run_named(store, f"contradiction-{kind}")))
            times.append(time.perf_counter() - t)
        t = time.perf_counter()
        org_rows = len(list(run_named(store, f"contradiction-{kind}", {"org": "Company 7"})))
        org_s = time.perf_counter() - t
        print(f"contradiction-{kind:10} median {statistics.median(times):.3f} s  max {max(times):.3f} s  "
              f"rows {rows}  (org=Company 7: {org_s:.3f} s, {org_rows} rows)")
    t = time.perf_counter()
    rows = len(find_contradictions(store))
    print(f"find_contradictions (the rows written at resolution) {time.perf_counter() - t:.3f} s  rows {rows}")


if __name__ == "__main__":
    main()
