"""Time one named query on a store, in a child process the bench can stop: ``python -m bench.querytime
STORE NAME PARAMS_JSON BUDGET_S``. Prints JSON: the sorted wall and CPU times of the runs in seconds, and the row count."""

from __future__ import annotations

import json
import sys
import time


def consume(result) -> int:
    """Read every term of every row, as a client would."""
    from pyoxigraph import QueryBoolean, QueryTriples

    if isinstance(result, QueryBoolean):
        return 1
    if isinstance(result, QueryTriples):
        return sum(1 for _ in result)
    return sum(1 for s in result for _ in [s[v] for v in result.variables])


def main(store: str, name: str, params: dict, budget: float) -> dict:
    from kg.queries import get
    from kg.store import EmbeddedStore

    db = EmbeddedStore(store, read_only=True)
    q = get(name)
    subs = q.bind(params)
    runs, cpu, rows, spent = [], [], 0, 0.0
    while not runs or (spent < budget and len(runs) < 25):
        start, start_cpu = time.perf_counter(), time.process_time()
        rows = consume(db.query(q.text, substitutions=subs))
        runs.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        spent += runs[-1]
    return {"runs": sorted(runs), "cpu": sorted(cpu), "rows": rows}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), float(sys.argv[4]))))
