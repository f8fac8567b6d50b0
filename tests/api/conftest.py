"""Fixtures of the API tests: one store and one running server for the session."""

from __future__ import annotations

from pathlib import Path

import pytest
from api_server import start_server, stop_server, write_store


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("api") / "store"
    write_store(path)
    return path


@pytest.fixture(scope="session")
def server(store_dir):
    """Base URL of the server under test (read-mostly: tests that write use their own server)."""
    process, base = start_server(store_dir)
    yield base
    stop_server(process)
