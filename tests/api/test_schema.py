"""schemathesis over the OpenAPI schema of a running server (with the token, so writes are exercised): no 5xx."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from api_server import TOKEN, start_server, stop_server

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


def test_no_server_errors_across_the_schema(store_dir, tmp_path):
    if not SCHEMATHESIS.exists():
        import pytest

        pytest.skip("schemathesis is not installed")
    shutil.copytree(store_dir, tmp_path / "store")
    process, base = start_server(tmp_path / "store")
    try:
        run = subprocess.run([str(SCHEMATHESIS), "run", base + "/openapi.json", "--checks", "not_a_server_error",
                              "-H", f"Authorization: Bearer {TOKEN}", "--max-examples", "10", "--workers", "2", "--phases", "coverage,fuzzing",
                              "--seed", "5", "--no-color"], capture_output=True, text=True, timeout=300)
    finally:
        stop_server(process)
    summary = run.stdout[run.stdout.find("SUMMARY"):]
    assert run.returncode == 0, run.stdout[-6000:]
    assert "passed" in summary and "Server error" not in run.stdout
