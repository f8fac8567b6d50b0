"""The W3C SPARQL 1.1 Protocol tests (../shared/conformance) against a real ``kg serve`` with the token."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from api_server import TOKEN, start_server, stop_server
from conftest import SHARED

CONFORMANCE = SHARED / "conformance"


def test_w3c_protocol_suite_passes_all_34(tmp_path):
    if not (CONFORMANCE / "w3c_protocol.py").is_file():
        pytest.skip(f"../shared/conformance is not beside this checkout ({CONFORMANCE}): the W3C runner is there")
    process, base = start_server(tmp_path / "store")  # an empty store of its own: the suite clears it
    try:
        run = subprocess.run([sys.executable, CONFORMANCE / "w3c_protocol.py", CONFORMANCE / "protocol-manifest.ttl",
                              base + "/sparql", "--update-url", base + "/update", "--gsp-url", base + "/store",
                              "--header", f"Authorization: Bearer {TOKEN}"],
                             capture_output=True, text=True, timeout=600, cwd=tmp_path)
    finally:
        stop_server(process)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.splitlines()[-1]) == {"tests": 34, "pass": 34}, run.stdout
