"""``kg serve`` refuses what it cannot serve, with a usage error (exit 2)."""

from __future__ import annotations

import subprocess

from api_server import KG


def _serve(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(KG), "serve", *args], capture_output=True, text=True, timeout=60)


def test_serve_refuses_a_remote_store():
    run = _serve("--store", "http://127.0.0.1:9/sparql")
    assert run.returncode == 2 and "on-disk store" in run.stderr


def test_serve_refuses_bad_settings(tmp_path):
    assert _serve("--workers", "0", "--store", str(tmp_path)).returncode == 2
    run = subprocess.run([str(KG), "serve", "--store", str(tmp_path)], capture_output=True, text=True, timeout=60,
                         env={"PATH": "/usr/bin:/bin", "KG_QUERY_TIMEOUT": "soon"})
    assert run.returncode == 2 and "KG_QUERY_TIMEOUT" in run.stderr
