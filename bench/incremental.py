"""Adding news to a built store: ``kg build`` of new articles about the organisations it already holds, timed
end to end (extraction, validation, writing and the incremental resolution) in its own process.

The new articles are the last ``count`` of the corpus of ``n + count`` articles (the same seed): the
generator names its organisations in the same order at any size, so they are about the store's organisations,
under ids the store does not hold.
"""

from __future__ import annotations

import sys
from itertools import islice
from pathlib import Path

from bench.corpus import GENERATOR, write_corpus


def new_articles(n: int, count: int, folder: Path) -> Path:
    """A JSONL file of ``count`` articles that the store of the ``n``-article corpus does not hold."""
    path = folder / f"new-{GENERATOR}-{n}-{count}.jsonl"
    if not path.exists():
        whole = write_corpus(n + count, folder)
        with whole.open(encoding="utf-8") as f, path.open("w", encoding="utf-8") as out:
            out.writelines(islice(f, n, None))
        whole.unlink()
    return path


def add_articles(store: Path, articles: Path, jobs: int, measured, summary) -> dict:
    """Time ``kg build`` of these articles into the store (``measured`` and ``summary`` as in bench.__main__)."""
    cmd = [sys.executable, "-m", "kg", "build", str(articles), "--store", str(store), "--quiet", "--jobs", str(jobs)]
    m = measured(cmd)
    counts = summary(m["stderr"])
    if m["returncode"] not in (0, 1) or not counts.get("written"):
        raise RuntimeError(f"kg build of new articles failed ({m['returncode']}): {m['stderr'][-2000:]}")
    return {"seconds": m["seconds"], "written": counts["written"], "peak_rss_mb": m["peak_rss_mb"],
            "organisations": counts.get("organisations resolved"), "claims_resolved": counts.get("claims resolved")}
