"""A real ``oxigraph serve`` on a free loopback port, and a store fixture over both backends."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from api_server import stop_server

OXIGRAPH = Path(sys.executable).with_name("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """Base URL of a running ``oxigraph serve --union-default-graph`` (stopped after the session)."""
    binary = str(OXIGRAPH) if OXIGRAPH.exists() else shutil.which("oxigraph")
    if not binary:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    location = tmp_path_factory.mktemp("oxigraph-server")
    for _ in range(3):  # another process may take the port between probing and binding
        port = _free_port()
        server = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                                   "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        url = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and server.poll() is None:
            try:
                httpx.get(url + "query", params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        if server.poll() is None:
            break
    else:
        pytest.fail(f"oxigraph serve did not start: {server.stderr.read().decode(errors='replace')[-500:]}")
    yield url
    stop_server(server)


@pytest.fixture
def remote_store(oxigraph_server):
    """A RemoteStore over the server, emptied before each test."""
    from kg.store import open_store

    db = open_store(oxigraph_server)
    db.update("DROP SILENT ALL")
    yield db
    db.close()


@pytest.fixture(params=["embedded", "remote", "virtuoso"])
def any_store(request, tmp_path):
    """The same test against the embedded store and against the SPARQL servers (oxigraph serve, Virtuoso)."""
    if request.param == "embedded":
        from kg.store import EmbeddedStore

        return EmbeddedStore(tmp_path / "store")
    return request.getfixturevalue("remote_store" if request.param == "remote" else "virtuoso_store")
