"""Storage and validation of the same extracted articles, ours beside the baseline (extraction shared).

``make bench`` builds the corpus once with ``kg build``; its article graphs (the extractor's output, mapped
to RDF) are dumped and are the input of both sides here, so the comparison is what a user chooses between
after extraction: where the quads go and how they are checked.

- ours: every article checked as at ingest (``shacl_fast``, pySHACL where it declines), then written into a
  fresh on-disk Oxigraph store by ``load_new`` in 8 MB batches, as ``kg build`` does into an empty store;
  and, apart, the incremental path (one ``replace_graph`` transaction an article).
- baseline: every article added to an rdflib Dataset (in memory, nothing on disk), then pySHACL over the
  union of the graphs, once (cheaper for the baseline than pySHACL per article: 2-3 ms an article).

Run as ``python -m bench.storage ours|baseline NQUADS OUT.json BUDGET_S`` (a child process, so its memory is
its own). The baseline stops when it has used its budget of CPU seconds (SIGPROF: rdflib and pySHACL are
pure Python; a CPU budget holds on a shared machine where wall time does not); it then reports how many
articles it had added and that it was stopped, and the ratio is a lower bound. Both sides report wall and
CPU seconds; the ratio is taken on CPU seconds.
"""

from __future__ import annotations

import json
import signal
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path


class Stopped(BaseException):  # not an Exception: rdflib's or pySHACL's handlers of those must not swallow it
    """The budget ran out."""


def _alarm(signum, frame):
    raise Stopped


def article_graphs(nquads: Path) -> list[list]:
    """The article graphs of a dump (not the resolution graph: resolution is the build's, not storage's)."""
    from pyoxigraph import RdfFormat, parse

    from kg.store.base import is_article_graph

    graphs: dict = defaultdict(list)
    for q in parse(path=str(nquads), format=RdfFormat.N_QUADS):
        if is_article_graph(q.graph_name):
            graphs[q.graph_name.value].append(q)
    return list(graphs.values())


def ours(graphs: list[list]) -> dict:
    from pyoxigraph import RdfFormat, serialize

    from kg import shacl_fast
    from kg.store import EmbeddedStore
    from kg.validate import validate_quads

    out = {"articles": len(graphs), "quads": sum(map(len, graphs))}
    with tempfile.TemporaryDirectory(prefix="kg-storage-") as tmp:
        store = EmbeddedStore(Path(tmp) / "bulk")
        start, cpu = time.perf_counter(), time.process_time()
        batch, size = [], 0
        for quads in graphs:
            if not shacl_fast.conforms(quads) and not validate_quads(quads).conforms:
                continue
            data = serialize(quads, format=RdfFormat.N_QUADS)
            batch.append(data)
            size += len(data)
            if size >= 8 * 2**20:
                store.load_new(b"".join(batch))
                batch, size = [], 0
        if batch:
            store.load_new(b"".join(batch))
        store.flush()
        out["seconds"], out["cpu_s"] = time.perf_counter() - start, time.process_time() - cpu
        out["stored_quads"] = len(store)
        del store
        store = EmbeddedStore(Path(tmp) / "transactions")
        start, cpu = time.perf_counter(), time.process_time()
        for quads in graphs:
            if shacl_fast.conforms(quads) or validate_quads(quads).conforms:
                store.replace_graph(quads[0].graph_name, quads)
        store.flush()
        out["transactions_s"], out["transactions_cpu_s"] = time.perf_counter() - start, time.process_time() - cpu
    return out


def baseline(graphs: list[list], budget: float) -> dict:
    from pyshacl import validate
    from rdflib import Dataset, Graph, URIRef

    from kg.validate import _term, shapes_graph

    converted = [[(_term(q.subject), _term(q.predicate), _term(q.object), URIRef(q.graph_name.value)) for q in quads]
                 for quads in graphs]  # the extractor of a user of rdflib would give rdflib terms: not timed
    shapes = shapes_graph()
    out: dict = {"articles": len(graphs), "quads": sum(map(len, graphs)), "budget_s": budget}
    signal.signal(signal.SIGPROF, _alarm)
    added = 0
    start, cpu = time.perf_counter(), time.process_time()
    signal.setitimer(signal.ITIMER_PROF, budget)
    try:
        ds = Dataset()
        for quads in converted:
            g = ds.graph(quads[0][3])
            g.addN((s, p, o, g) for s, p, o, _ in quads)
            added += 1
        out["add_s"], out["add_cpu_s"] = time.perf_counter() - start, time.process_time() - cpu
        union = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        conforms, _, _ = validate(union, shacl_graph=shapes, advanced=True, allow_warnings=True)
        out["conforms"] = bool(conforms)
        out["seconds"], out["cpu_s"] = time.perf_counter() - start, time.process_time() - cpu
    except Stopped:
        out["stopped"] = True
        out["seconds"], out["cpu_s"] = time.perf_counter() - start, time.process_time() - cpu
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    out["articles_added"] = added
    return out


def main(argv: list[str]) -> None:
    side, nquads, target, budget = argv[0], Path(argv[1]), Path(argv[2]), float(argv[3])
    graphs = article_graphs(nquads)
    result = ours(graphs) if side == "ours" else baseline(graphs, budget)
    target.write_text(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
