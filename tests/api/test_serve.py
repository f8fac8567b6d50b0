"""``kg serve`` refuses what it cannot serve, with a usage error (exit 2)."""

from __future__ import annotations

import subprocess

from api_server import KG


def _serve(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(KG), "serve", *args], capture_output=True, text=True, timeout=60)


def test_serve_of_an_unreachable_remote_store_says_so():
    """``kg serve --store http://...`` serves a SPARQL server (tests/remote/test_serve.py); one that does not
    answer gives 503 with the reason, and the endpoint itself stays up."""
    import httpx
    from api_server import start_server, stop_server

    process, base = start_server("http://127.0.0.1:9/", probe="/queries", env={"KG_QUERY_TIMEOUT": "30"})
    try:
        answer = httpx.get(base + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"}, timeout=30)
        assert answer.status_code == 503 and "cannot reach the SPARQL server" in answer.text
    finally:
        stop_server(process)


def test_serve_refuses_bad_settings(tmp_path):
    assert _serve("--workers", "0", "--store", str(tmp_path)).returncode == 2
    run = subprocess.run([str(KG), "serve", "--store", str(tmp_path)], capture_output=True, text=True, timeout=60,
                         env={"PATH": "/usr/bin:/bin", "KG_QUERY_TIMEOUT": "soon"})
    assert run.returncode == 2 and "KG_QUERY_TIMEOUT" in run.stderr
