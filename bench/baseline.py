"""The baseline a user would otherwise assemble: an rdflib graph in memory, pySHACL, rdflib's SPARQL.

Run as ``python -m bench.baseline JOB.json OUT.json`` (a child process, so its memory is measured
apart); the job names the N-Quads dump of our store, the corpus and the bound queries.
A query that runs past its timeout is stopped (SIGALRM: rdflib is pure Python) and reported as such.
"""

from __future__ import annotations

import json
import signal
import sys
import time
from pathlib import Path


class Timeout(Exception):
    """A baseline step ran past its time limit."""


def _alarm(signum, frame):
    raise Timeout


CPU: dict[str, float] = {}  # CPU seconds of the last timed() call, under "last"


def timed(fn, limit: float):
    """(seconds, result) of ``fn()``, or (None, None) past ``limit`` seconds; CPU["last"] its CPU time."""
    signal.setitimer(signal.ITIMER_REAL, limit)
    start, start_cpu = time.perf_counter(), time.process_time()
    try:
        result = fn()
        CPU["last"] = time.process_time() - start_cpu
        return time.perf_counter() - start, result
    except Timeout:
        return None, None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def build_pass(corpus: Path, sample: int, limit: float) -> dict:
    """The same reader, extractor and mapping writing into an rdflib Dataset, over the first ``sample``
    articles (the cost per article is what is compared; pySHACL over the whole graph is timed apart)."""
    from rdflib import Dataset

    from kg.mapping import article_quads
    from kg.prepare import extract, link
    from kg.read import read_paths
    from kg.validate import _term

    ds = Dataset()
    count = 0

    def run():
        nonlocal count
        for article in read_paths([corpus]):
            if count >= sample:
                break
            if not hasattr(article, "text"):
                continue
            for q in article_quads(link(extract(article))):
                ds.add((_term(q.subject), _term(q.predicate), _term(q.object), _term(q.graph_name)))
            count += 1

    seconds, _ = timed(run, limit)
    if seconds is None:
        return {"timeout": limit, "articles": count}
    return {"articles": count, "extract_and_add_s": seconds, "per_article_ms": 1000 * seconds / max(1, count),
            "cpu_per_article_ms": 1000 * CPU["last"] / max(1, count)}


def shacl(ds, limit: float, out: dict) -> None:
    """pySHACL over the union of the dataset's graphs, stopped after ``limit`` seconds."""
    from pyshacl import validate
    from rdflib import Graph

    from kg.validate import shapes_graph

    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    out["shacl_s"], result = timed(
        lambda: validate(union, shacl_graph=shapes_graph(), advanced=True, allow_warnings=True), limit)
    out["shacl_conforms"] = None if result is None else bool(result[0])
    out["shacl_cpu_s"] = CPU["last"] if result is not None else None
    if result is None:
        out["shacl_timeout"] = limit


def main(job: dict) -> dict:
    from rdflib import Dataset

    from kg.mapping import PREFIXES

    signal.signal(signal.SIGALRM, _alarm)
    out: dict = {}
    if job.get("build_sample"):
        out["build"] = build_pass(Path(job["corpus"]), job["build_sample"], job["build_timeout"])
    ds = Dataset(default_union=True)
    out["load_s"], _ = timed(lambda: ds.parse(job["nquads"], format="nquads"), job["load_timeout"])
    if out["load_s"] is None:
        return out
    out["quads"] = len(ds)
    out["queries"] = {}
    if job["shacl_timeout"]:
        shacl(ds, job["shacl_timeout"], out)
    from kg.store.lateral import has_lateral, without_lateral

    for q in job["queries"]:
        # rdflib has no LATERAL (an Oxigraph extension): it gets the standard SPARQL a remote store sends
        # to such a server (kg/store/lateral.py), which gives the same answers
        text = without_lateral(q["text"]) if has_lateral(q["text"]) else q["text"]

        def run(text=text):
            result = ds.query(text, initNs=PREFIXES)
            return len(result.graph) if result.type == "CONSTRUCT" else len(list(result))

        try:
            seconds, rows = timed(run, job["query_timeout"])
        except Exception as e:  # rdflib cannot run it (e.g. LATERAL, an Oxigraph extension)
            out["queries"][q["name"]] = {"seconds": None, "error": f"{type(e).__name__}: {str(e)[:120]}"}
            continue
        out["queries"][q["name"]] = {"seconds": seconds, "rows": rows, "cpu_s": CPU["last"] if seconds else None,
                                     "timeout": None if seconds is not None else job["query_timeout"]}
    return out


if __name__ == "__main__":
    Path(sys.argv[2]).write_text(json.dumps(main(json.loads(Path(sys.argv[1]).read_text()))))
