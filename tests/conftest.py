"""Shared fixtures: the store, and the seed articles and gold files of ../shared where present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))


@pytest.fixture
def shared_dir() -> Path:
    """../shared (the seed corpus, gold files, scorer); a user's clone has none, so tests skip."""
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip(f"../shared is not beside this checkout ({SHARED}): seed-article tests need it")
    return SHARED


@pytest.fixture
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "seeds"


@pytest.fixture
def store(tmp_path):
    """A fresh on-disk embedded store."""
    from kg.store import EmbeddedStore

    return EmbeddedStore(tmp_path / "store")


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    """Store URL of a running Virtuoso (stopped after the session); skipped only where virtuoso-t cannot be
    had (``make test`` installs it with apt-get where it may)."""
    import virtuoso

    try:
        process, url = virtuoso.start(tmp_path_factory.mktemp("virtuoso"))
    except virtuoso.VirtuosoUnavailable as e:
        pytest.skip(str(e))
    yield url
    virtuoso.stop(process)


@pytest.fixture
def virtuoso_store(virtuoso_server):
    """A RemoteStore over Virtuoso, the project's graphs dropped before each test."""
    import virtuoso

    from kg.store import open_store

    db = open_store(virtuoso_server, timeout=300)  # Virtuoso compiles a large join for tens of seconds
    virtuoso.clear(db)
    yield db
    db.close()
