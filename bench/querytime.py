"""Time one named query on a store, in a child process the bench can stop: ``python -m bench.querytime
STORE NAME PARAMS_JSON BUDGET_S``. A SELECT query is timed as a user runs it: its first page at the default
page size (``kg.queries.paged_text``). Prints JSON: the sorted wall and CPU times of the runs in seconds,
the row count and whether there was more than one page."""

from __future__ import annotations

import json
import sys
import time


def consume(result) -> int:
    """Read every term of every row, as a client would; the number of rows (triples for CONSTRUCT)."""
    from kg.store import Triples

    if isinstance(result, bool):
        return 1
    if isinstance(result, Triples):
        return sum(1 for _ in result)
    variables = result.variables
    return sum(1 for s in result if len([s[v] for v in variables]) == len(variables))


def timed_text(q, params: dict) -> str:
    """The text the bench times (and gives rdflib), parameters bound as ``kg query`` binds them: the first
    page of a SELECT query at the default page size, else the whole query."""
    from kg.queries import DEFAULT_PAGE_SIZE, paged_text

    text = q.bound_text(params)
    return paged_text(text, DEFAULT_PAGE_SIZE, 0) if q.form == "SELECT" else text


def main(store: str, name: str, params: dict, budget: float) -> dict:
    from kg.queries import DEFAULT_PAGE_SIZE, get
    from kg.store import EmbeddedStore

    db = EmbeddedStore(store, read_only=True)
    q = get(name)
    text = timed_text(q, params)
    runs, cpu, rows, spent = [], [], 0, 0.0
    while not runs or (spent < budget and len(runs) < 25):
        start, start_cpu = time.perf_counter(), time.process_time()
        rows = consume(db.query(text))
        runs.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        spent += runs[-1]
    paged = q.form == "SELECT"
    return {"runs": sorted(runs), "cpu": sorted(cpu), "rows": min(rows, DEFAULT_PAGE_SIZE) if paged else rows,
            "more": paged and rows > DEFAULT_PAGE_SIZE, "paged": paged}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), float(sys.argv[4]))))
