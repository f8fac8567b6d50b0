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
