"""A real `kg serve` for the hardening tests: uvicorn on a free loopback port, its output in log files, its
processes (server and workers) at hand."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil
from api_server import free_port

from hardening.support import REPO


@dataclass
class Served:
    process: subprocess.Popen
    base: str
    store: Path
    logs: Path

    def log_text(self) -> str:
        return self.logs.read_text(errors="replace")

    def children(self) -> list[psutil.Process]:
        """The server's worker processes (query lanes, spare, writer), alive now."""
        try:
            return psutil.Process(self.process.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []


def serve(store: Path, logs: Path, env: dict | None = None, timeout: float = 60) -> Served:
    """Start `kg serve --access-log` on the store; returns once it answers a query."""
    port = free_port()
    with logs.open("wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--host", "127.0.0.1", "--port", str(port),
                                    "--store", str(store), "--access-log"], cwd=REPO, env={**os.environ, **(env or {})},
                                   stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"kg serve exited: {logs.read_text(errors='replace')[-2000:]}")
        try:
            if httpx.get(base + "/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                return Served(process, base, store, logs)
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"kg serve did not answer within {timeout:g} s")
        time.sleep(0.1)


def stop(served: Served) -> None:
    served.process.terminate()
    try:
        served.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        served.process.kill()
        served.process.wait()
