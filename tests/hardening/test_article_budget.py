"""One long article must not stall a build: extraction grows linearly with the text, and an article past
its time budget is reported and skipped while the rest is ingested.

Linear growth is measured as work, not time: the number of Python line events extraction runs, which is
the same on any machine. Four times the text must cost about four times the work (a log factor of binary
searches allowed); before the fix it was more than seven times at these sizes and cubic on sentences of
quotes ending in "Corp." (read as one sentence: 1,000 of them took 485 s).
"""

from __future__ import annotations

import random
import re
import sys

from kg.extract import extract
from kg.records import Article

from hardening.support import kg

TEMPLATES = [
    "{org} will cut {n} jobs, chief executive {person} said on {day}.",
    "“We are cutting about {n} roles because of AI,” said {person}, CEO of {org}",  # "Corp." + quote: no break
    "{person} denied that the cuts had to do with AI.",
    "The company employs roughly {n} people worldwide, according to Reuters.",
    "{org} reported revenue of ${small} billion in the third quarter of 2025.",
    "It does not expect further layoffs in 2027.",
    "{org} will close {small} stores in Sweden by March 2026.",
    "Shares fell {small} percent on 3 March 2025.",
    "He said the cuts were planned.",
    "According to {person}, more than {n} jobs could go.",
]
ORGS = ["Acme Corp.", "Globex AB", "Initech GmbH", "Northwind Inc.", "Umbrella Ltd."]
PEOPLE = ["Jane Doe", "John Smith", "Anna Berg", "Carl Meyer"]


def hostile_article(sentences: int, seed: int = 3) -> str:
    """Short news sentences, back to back in one paragraph: statistically the same text at any length."""
    rng = random.Random(seed)
    return " ".join(rng.choice(TEMPLATES).format(
        org=rng.choice(ORGS), person=rng.choice(PEOPLE), day=rng.choice(["Monday", "Tuesday"]),
        n=f"{rng.randrange(10_000, 99_999):,}", small=rng.randrange(10, 99)) for _ in range(sentences))


def work(text: str) -> int:
    """Python line events (and calls) run while extracting an article of this text."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += 1
        return tracer

    extract(Article(id="warm", text="Acme Corp cut 5 jobs.", language="en"))  # lexicons loaded outside the count
    sys.settrace(tracer)
    try:
        extract(Article(id="a", text=text, language="en"))
    finally:
        sys.settrace(None)
    return count


def test_extraction_work_grows_linearly_with_the_text():
    small, large = work(hostile_article(150)), work(hostile_article(600))
    assert large / small <= 4.6, f"4x the text took {large / small:.1f}x the work ({small:,} -> {large:,} events)"


def test_an_article_past_its_time_budget_is_reported_and_skipped(tmp_path):
    """A 4 MB article of 60,000 short sentences (about half a minute of extraction here) under a 2 s budget;
    the first file takes the one-time loading of lexicons and shapes, the last must be ingested."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-first.txt").write_text("Globex AB will cut 300 jobs, the company said on Monday.")
    hostile = hostile_article(60_000)
    (folder / "b-hostile.txt").write_text(hostile)
    (folder / "c-after.txt").write_text("Initech GmbH will cut 1,200 jobs, chief executive Jane Doe said on Tuesday.")
    store = tmp_path / "store"
    build = kg("build", folder, "--store", store, "--quiet", "--article-seconds", "2")
    assert build.returncode == 1, build.stderr[-3000:]
    assert "Traceback" not in build.stderr
    skipped = dict(re.findall(r"^skipped (.+?): (.*)$", build.stderr, re.M))
    assert skipped == {str(folder / "b-hostile.txt"): f"extraction took longer than its time budget of 2 s "
                                                        f"({len(hostile):,} characters)"}
    ids = kg("query", "SELECT ?id WHERE { ?a a nkg:Article ; schema:identifier ?id }", "--store", store,
             "--format", "csv")
    assert "c-after" in ids.stdout.split()
