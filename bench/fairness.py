"""Fairness under hostile load: 100 clients of ``kg serve``, each from its own loopback address
(127.0.0.x), 2 of them looping a cartesian COUNT that runs to the time limit, the other 98 sending
ordinary reads (ASK, a short SELECT, a claim lookup, a named query's first page, the list of named
queries) with a pause of up to half a second between them. Measured: the share of the ordinary requests
answered 200 and their 99th percentile latency, and what the hostile clients got.

``measure_fairness(store_path, seconds)`` is what ``make bench`` calls. Run alone:
``python -m bench.fairness STORE [SECONDS]``. Settings of the server come from the environment
(``KG_QUERY_TIMEOUT`` and the others of docs/api.md); ``kg serve`` runs with its defaults otherwise.
"""

from __future__ import annotations

import asyncio
import os
import random
import ssl
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx

from bench.endpoint import _free_port, _targets, _wait

CLIENTS = 100
HOSTILE = 2
PAUSE = 1.0  # seconds, at most, between two requests of an ordinary client
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
JSON = {"Accept": "application/sparql-results+json"}


def ordinary_requests(claims: list[str]) -> list[tuple[str, dict]]:
    return [("/sparql", {"query": "ASK { ?s ?p ?o }"}),
            ("/sparql", {"query": "SELECT ?s WHERE { ?s a ?t } LIMIT 20"}),
            *[("/sparql", {"query": f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}"}) for iri in claims[:20]],
            ("/queries/claims", {"_size": "20"}),
            ("/queries", {})]


def _address(n: int) -> str | None:
    """Client n's own loopback address on Linux (all of 127/8 is loopback there); elsewhere the default."""
    return f"127.0.{n // 250}.{2 + n % 250}" if sys.platform.startswith("linux") else None


async def _load(base: str, seconds: float, claims: list[str], clients: int, hostile: int) -> dict:
    ordinary = ordinary_requests(claims)
    latencies: list[float] = []
    statuses: Counter = Counter()
    hostile_statuses: Counter = Counter()
    messages: Counter = Counter()  # the commonest answers other than 200
    tls = ssl.create_default_context()  # one for all (httpx would load the CA bundle once a client)
    connections = [httpx.AsyncClient(base_url=base, headers=JSON, timeout=60,
                                     transport=httpx.AsyncHTTPTransport(local_address=_address(n), verify=tls))
                   for n in range(clients)]
    deadline = time.monotonic() + seconds

    async def client(n: int) -> None:
        rng = random.Random(n)
        async with connections[n] as c:
            while time.monotonic() < deadline:
                if n < hostile:
                    try:
                        r = await c.get("/sparql", params={"query": CARTESIAN})
                        hostile_statuses[r.status_code] += 1
                    except httpx.TransportError as e:
                        hostile_statuses[type(e).__name__] += 1
                    continue
                await asyncio.sleep(rng.uniform(0, PAUSE))
                path, params = rng.choice(ordinary)
                started = time.monotonic()
                try:
                    r = await c.get(path, params=params)
                    statuses[r.status_code] += 1
                    if r.status_code != 200 and len(messages) < 200:
                        messages[r.text[:120]] += 1
                except httpx.TransportError as e:
                    statuses[type(e).__name__] += 1
                latencies.append(time.monotonic() - started)

    await asyncio.gather(*(client(n) for n in range(clients)))
    latencies.sort()
    total = sum(statuses.values())
    return {"clients": clients, "hostile": hostile, "seconds": seconds, "requests": total,
            "success": statuses[200] / total if total else 0.0,
            "p50": latencies[len(latencies) // 2] if latencies else None,
            "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else None,
            "statuses": dict(statuses), "hostile_statuses": dict(hostile_statuses),
            "messages": dict(messages.most_common(5))}


def measure_fairness(store_path: str | Path, seconds: float = 30, clients: int = CLIENTS, hostile: int = HOSTILE,
                     env: dict | None = None) -> dict:
    """Start ``kg serve`` on the store, run the load for ``seconds``, stop the server; the figures."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store_path), "--host", "127.0.0.1",
                               "--port", str(port), "--no-access-log"], env={**os.environ, **(env or {})},
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait(base + "/sparql", server)
        return asyncio.run(_load(base, seconds, _targets(Path(store_path), 20), clients, hostile))
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()


def report(figures: dict) -> str:
    return (f"{figures['clients']} clients ({figures['hostile']} looping a cartesian COUNT) for "
            f"{figures['seconds']:g} s: {figures['success']:.1%} of {figures['requests']:,} ordinary requests "
            f"answered 200, p50 {figures['p50']:.3f} s, p99 {figures['p99']:.3f} s; ordinary {figures['statuses']}, "
            f"hostile {figures['hostile_statuses']}")


if __name__ == "__main__":
    print(report(measure_fairness(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 30)))
