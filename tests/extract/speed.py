"""Extraction speed on one core: ``python tests/extract/speed.py [PATH...]`` (default: the test articles).

Reports articles per second and the rate for articles of 3 KB (the issue's yardstick), in CPU time, from
the best of several rounds (as ``timeit`` does) so that other load on the machine distorts it less.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

from kg.extract import extract
from kg.read import read_paths
from kg.records import Article


def main(paths: list[str], rounds: int = 15, repeat: int = 8) -> None:
    articles = [a for a in read_paths(paths or [Path(__file__).resolve().parent / "articles"])
                if isinstance(a, Article)]
    for a in articles:  # compile each language's data once, as a long-running process would
        extract(a)
    size = sum(len(a.text.encode()) for a in articles) * repeat
    best = float("inf")
    for n in range(rounds):
        start = time.process_time()
        for r in range(repeat):
            for a in articles:
                extract(replace(a, id=f"{a.id}-{n}-{r}"))
        best = min(best, time.process_time() - start)
    seconds, count = best, len(articles) * repeat
    print(f"{count} articles, {size / count / 1024:.1f} KB on average: {count / seconds:.0f} articles/s, "
          f"{size / 1024 / seconds:.0f} KB/s = {size / 3072 / seconds:.0f} articles of 3 KB per second")


if __name__ == "__main__":
    main(sys.argv[1:])
