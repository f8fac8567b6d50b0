"""Fixtures of the API tests: one store and one running server for the session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from api_server import QUERY_MEMORY_MB, start_server, stop_server, write_store


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("api") / "store"
    write_store(path)
    return path


@pytest.fixture(scope="session")
def server_process(store_dir):
    """A server without a token (writing off) over the session store: (process, base URL)."""
    process, base = start_server(store_dir, env={"KG_API_TOKEN": "", "KG_QUERY_MEMORY_MB": str(QUERY_MEMORY_MB)})
    yield process, base
    stop_server(process)


@pytest.fixture(scope="session")
def server(server_process) -> str:
    """Base URL of the read tests' server."""
    return server_process[1]


@pytest.fixture(scope="session")
def writable_server(store_dir, tmp_path_factory):
    """A server with the token and two uvicorn worker processes over its own copy of the store."""
    path = tmp_path_factory.mktemp("writes") / "store"
    shutil.copytree(store_dir, path)
    process, base = start_server(path, workers=2, env={"KG_QUERY_PROCESSES": "1"})
    yield base
    stop_server(process)
