"""Endpoint throughput: point lookups sent from a second process to ``kg serve``, then to
``oxigraph serve-read-only`` over the same store, on loopback, for a bounded time (neither logs each
request).

``measure_endpoint(store_path, seconds)`` is what ``make bench`` calls. Run alone:
``python -m bench.endpoint STORE [SECONDS]``. The load generator is a separate process
(``python -m bench.endpoint load ...``) holding ``CONCURRENCY`` keep-alive connections; every request
asks for every (predicate, object) of one claim IRI, drawn in turn from the claims in the store.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

CONCURRENCY = 8
WORKERS = int(os.environ.get("BENCH_ENDPOINT_WORKERS", os.cpu_count() or 1))  # kg serve --workers, as oxigraph
# serve uses every core
LOOKUP = "SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}"
ACCEPT = "application/sparql-results+json"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _targets(store_path: Path, limit: int = 1000) -> list[str]:
    from kg.store import EmbeddedStore

    db = EmbeddedStore(store_path, read_only=True)
    rows = db.query(f"SELECT DISTINCT ?c WHERE {{ ?c a nkg:Claim }} LIMIT {int(limit)}")
    iris = [row["c"].value for row in rows]
    if not iris:
        raise RuntimeError(f"no claims in the store at {store_path}: nothing to look up")
    return iris


def _wait(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    parts = urllib.parse.urlsplit(url)
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited: {process.stderr.read().decode(errors='replace')[-1000:]}")
        try:
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
            conn.request("GET", parts.path + "?" + urllib.parse.urlencode({"query": "ASK {}"}), headers={"Accept": ACCEPT})
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds:g} s")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _load(url: str, seconds: float, targets_file: str, concurrency: int = CONCURRENCY) -> dict:
    """Send point lookups for ``seconds`` from ``concurrency`` threads; latencies and counts."""
    targets = Path(targets_file).read_text().split()
    parts = urllib.parse.urlsplit(url)
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker(offset: int) -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine, failed, i = [], 0, offset
        while time.monotonic() < deadline:
            query = LOOKUP.format(iri=targets[i % len(targets)])
            i += concurrency
            started = time.perf_counter()
            try:
                conn.request("GET", parts.path + "?" + urllib.parse.urlencode({"query": query}), headers={"Accept": ACCEPT})
                response = conn.getresponse()
                body = response.read()
                ok = response.status == 200 and b'"bindings"' in body
            except OSError:
                conn.close()
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
                ok = False
            if ok:
                mine.append(time.perf_counter() - started)
            else:
                failed += 1
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    latencies.sort()

    def pct(p: float) -> float | None:
        return round(1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))], 2) if latencies else None

    return {"requests": len(latencies), "errors": errors[0], "seconds": round(elapsed, 2),
            "requests_per_s": round(len(latencies) / elapsed, 1), "p50_ms": pct(0.50), "p99_ms": pct(0.99)}


def _measure(url: str, seconds: float, targets_file: str) -> dict:
    """Run the load generator in its own process against ``url``."""
    run = subprocess.run([sys.executable, "-m", "bench.endpoint", "load", url, str(seconds), targets_file],
                         capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1],
                         timeout=seconds + 120)
    if run.returncode != 0:
        raise RuntimeError(f"the load generator failed: {run.stderr[-1000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def measure_endpoint(store_path, seconds: float = 10, workers: int = WORKERS) -> dict:
    """Point-lookup requests/s and latency of ``kg serve`` on ``store_path``, beside ``oxigraph serve``.

    Keys: requests_per_s, p50_ms, p99_ms, errors, requests, seconds, concurrency, and ``oxigraph``
    with the same figures for ``oxigraph serve-read-only --union-default-graph`` on the same store.
    """
    store_path = Path(store_path).resolve()
    with tempfile.TemporaryDirectory(prefix="kg-endpoint-") as tmp:
        targets_file = Path(tmp) / "targets.txt"
        targets_file.write_text("\n".join(_targets(store_path)))

        kg = shutil.which("kg", path=str(Path(sys.executable).parent)) or "kg"
        port = _free_port()
        env = {**os.environ, "KG_API_TOKEN": "", "KG_QUERY_TIMEOUT": "10"}
        server = subprocess.Popen([kg, "serve", "--host", "127.0.0.1", "--port", str(port), "--store", str(store_path),
                                   "--no-access-log", "--workers", str(workers)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            url = f"http://127.0.0.1:{port}/sparql"
            _wait(url, server)
            ours = _measure(url, seconds, str(targets_file))
        finally:
            _stop(server)

        oxigraph = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
        theirs: dict = {"note": "oxigraph (pip install oxigraph) is not installed"}
        if oxigraph:
            port = _free_port()
            server = subprocess.Popen([oxigraph, "serve-read-only", "--location", str(store_path),
                                       "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            try:
                url = f"http://127.0.0.1:{port}/query"
                _wait(url, server)
                theirs = _measure(url, seconds, str(targets_file))
            finally:
                _stop(server)
    ratio = round(ours["requests_per_s"] / theirs["requests_per_s"], 2) if theirs.get("requests_per_s") else None
    return {**ours, "concurrency": CONCURRENCY, "workers": workers, "query": LOOKUP.format(iri="CLAIM"),
            "oxigraph": theirs, "ratio": ratio}


def main(argv: list[str]) -> None:
    if argv[:1] == ["load"]:
        print(json.dumps(_load(argv[1], float(argv[2]), argv[3])))
        return
    if not argv:
        sys.exit("usage: python -m bench.endpoint STORE [SECONDS [WORKERS]]")
    print(json.dumps(measure_endpoint(argv[0], float(argv[1]) if len(argv) > 1 else 10,
                                      int(argv[2]) if len(argv) > 2 else WORKERS), indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
