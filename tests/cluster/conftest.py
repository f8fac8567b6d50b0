"""A real Dask cluster on 127.0.0.1: ``dask scheduler`` and two ``dask worker`` processes (one thread each),
started once for the session and stopped after it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from api_server import stop_server

DASK = Path(sys.executable).with_name("dask")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _workers(address: str) -> int:
    from distributed import Client

    with Client(address, timeout=10, set_as_default=False) as client:
        return len(client.scheduler_info(n_workers=-1)["workers"])


@pytest.fixture(scope="session")
def dask_cluster(tmp_path_factory):
    """The address (tcp://127.0.0.1:PORT) of a scheduler with two workers."""
    pytest.importorskip("distributed", reason="Dask distributed is not installed (pip install 'news-kg[cluster]')")
    if not DASK.exists():
        pytest.skip(f"the dask command is not installed beside {sys.executable}")
    folder = tmp_path_factory.mktemp("dask")
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    processes = []
    try:
        for _ in range(3):  # another process may take the port between probing and binding
            port = _free_port()
            scheduler = subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                          "--no-dashboard", "--no-show"], cwd=folder, env=env,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            address = f"tcp://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and scheduler.poll() is None:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.1)
            if scheduler.poll() is None:
                break
        else:
            pytest.fail(f"dask scheduler did not start: {scheduler.stderr.read().decode(errors='replace')[-800:]}")
        processes.append(scheduler)
        for n in (1, 2):
            processes.append(subprocess.Popen([str(DASK), "worker", address, "--nthreads", "1", "--name", f"w{n}",
                                               "--no-dashboard", "--memory-limit", "0"], cwd=folder, env=env,
                                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        deadline = time.monotonic() + 120
        while _workers(address) < 2:
            if time.monotonic() > deadline:
                pytest.fail("the two dask workers did not join the scheduler within 120 s")
            time.sleep(0.2)
        yield address
    finally:
        for process in reversed(processes):
            stop_server(process)
