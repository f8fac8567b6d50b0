"""Throughput of ``kg build --cluster`` with 1 and 2 Dask workers on this machine.

``python -m bench.cluster [N]`` (default 2,000 bench articles): for each worker count, starts ``dask scheduler``
and that many ``dask worker --nthreads 1`` processes on 127.0.0.1, builds the corpus into a fresh embedded
store with this process as the driver (``kg.pipeline.build(..., cluster=ADDR)``), stops the cluster, and
prints one JSON line per run: the article phase (extraction on the workers, the driver reading and writing)
and resolution (in the driver) apart, wall and CPU seconds of the driver and of the workers (their process
trees, sampled with psutil). On a shared machine wall time says what the other tenants left us; CPU per
article says what a worker with a core of its own would do (``worker_ceiling_per_s``).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.__main__ import CACHE
from bench.corpus import write_corpus

DASK = Path(sys.executable).with_name("dask")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cluster(workers: int, folder: Path) -> tuple[list[subprocess.Popen], str]:
    port = _free_port()
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "cwd": folder, "env": env}
    procs = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard",
                               "--no-show"], **quiet)]
    address = f"tcp://127.0.0.1:{port}"
    for n in range(workers):
        procs.append(subprocess.Popen([str(DASK), "worker", address, "--nthreads", "1", "--name", f"w{n}",
                                       "--no-dashboard", "--memory-limit", "0"], **quiet))
    from distributed import Client

    deadline = time.monotonic() + 180
    while True:
        try:
            with Client(address, timeout=10, set_as_default=False) as client:
                client.wait_for_workers(workers, timeout=max(1, deadline - time.monotonic()))
                client.run(lambda: __import__("kg.parallel"))  # workers import news-kg before the clock starts
            return procs, address
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def _stop(procs: list[subprocess.Popen]) -> None:
    for p in reversed(procs):
        p.terminate()
    for p in procs:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()


def _tree_cpu(procs: list[subprocess.Popen]) -> float:
    import psutil

    total = 0.0
    for p in procs[1:]:  # the workers (and their nanny's children), not the scheduler
        try:
            root = psutil.Process(p.pid)
            for proc in [root, *root.children(recursive=True)]:
                t = proc.cpu_times()
                total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def run(n: int, workers: int) -> dict:
    import kg.pipeline
    from kg.store import EmbeddedStore

    corpus = write_corpus(n, CACHE)
    with tempfile.TemporaryDirectory(prefix="kg-cluster-") as tmp:
        procs, address = _cluster(workers, Path(tmp))
        resolve = kg.pipeline.resolve_all  # a first build into an empty store resolves it whole
        phases = {}
        try:
            store = EmbeddedStore(Path(tmp) / "store")
            workers_cpu0, start, cpu0 = _tree_cpu(procs), time.perf_counter(), time.process_time()

            def timed_resolve(db, **kwargs):  # the article phase ends where resolution starts
                phases["articles"] = (time.perf_counter() - start, time.process_time() - cpu0, _tree_cpu(procs))
                return resolve(db, **kwargs)

            kg.pipeline.resolve_all = timed_resolve
            report = kg.pipeline.build([corpus], store, cluster=address)
            total, total_cpu = time.perf_counter() - start, time.process_time() - cpu0
        finally:
            kg.pipeline.resolve_all = resolve
            _stop(procs)
    wall, driver_cpu, workers_cpu = phases["articles"]
    workers_cpu -= workers_cpu0
    return {"workers": workers, "articles": n, "written": report.count("written"),
            "article_phase_s": round(wall, 1), "article_phase_per_s": round(n / wall, 1),
            "driver_cpu_ms_per_article": round(1000 * driver_cpu / n, 2),
            "worker_cpu_ms_per_article": round(1000 * workers_cpu / n, 2),
            "worker_ceiling_per_s": round(n / workers_cpu * workers, 1) if workers_cpu else None,
            "resolution_s": round(total - wall, 1), "resolution_cpu_s": round(total_cpu - driver_cpu, 1),
            "end_to_end_s": round(total, 1), "end_to_end_per_s": round(n / total, 1)}


def main(argv: list[str]) -> None:
    n = int(argv[0]) if argv else 2000
    for workers in (1, 2):
        print(json.dumps(run(n, workers)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
