"""schemathesis over the OpenAPI schema of a running server (with the token, so writes are exercised): no 5xx.

It writes, replaces and drops what it likes, so it runs its own server over its own copy of the store:
the other tests assert on the contents of theirs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from api_server import TOKEN, start_server, stop_server

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


@pytest.fixture
def fuzzed_server(store_dir, tmp_path):
    path = tmp_path / "store"
    shutil.copytree(store_dir, path)
    process, base = start_server(path, workers=2, env={"KG_QUERY_PROCESSES": "1"})
    yield base
    stop_server(process)


def test_no_server_errors_across_the_schema(fuzzed_server):
    if not SCHEMATHESIS.exists():
        pytest.skip("schemathesis is not installed")
    run = subprocess.run([str(SCHEMATHESIS), "run", fuzzed_server + "/openapi.json", "--checks", "not_a_server_error",
                          "-H", f"Authorization: Bearer {TOKEN}", "--max-examples", "3", "--workers", "1",
                          "--phases", "coverage,fuzzing", "--seed", "5", "--no-color"],
                         capture_output=True, text=True, timeout=300)
    summary = run.stdout[run.stdout.find("SUMMARY"):]
    assert run.returncode == 0, run.stdout[-6000:]
    assert "passed" in summary and "Server error" not in run.stdout
