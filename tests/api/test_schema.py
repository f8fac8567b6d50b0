"""schemathesis over the OpenAPI schema of a running server (with the token, so writes are exercised): no 5xx."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from api_server import TOKEN

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


def test_no_server_errors_across_the_schema(writable_server):
    if not SCHEMATHESIS.exists():
        pytest.skip("schemathesis is not installed")
    run = subprocess.run([str(SCHEMATHESIS), "run", writable_server + "/openapi.json", "--checks", "not_a_server_error",
                          "-H", f"Authorization: Bearer {TOKEN}", "--max-examples", "3", "--workers", "1",
                          "--phases", "coverage,fuzzing", "--seed", "5", "--no-color"],
                         capture_output=True, text=True, timeout=300)
    summary = run.stdout[run.stdout.find("SUMMARY"):]
    assert run.returncode == 0, run.stdout[-6000:]
    assert "passed" in summary and "Server error" not in run.stdout
