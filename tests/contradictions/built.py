"""End-to-end contradiction tests' helpers: articles written for the project, built by the real pipeline (extractor
included) into an on-disk store, and the contradictions found there."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from kg.contradictions import find_contradictions
from kg.pipeline import build
from kg.records import Article


def news(id_: str, published: str, text: str) -> Article:
    """An article whose id names its language second ("brastow-es-1"), from an outlet of its own."""
    return Article(id=id_, language=id_.split("-")[1], published=published, publisher=f"Outlet {id_}", title="",
                   text=text)


def contradictions_of(folder: Path, articles: list[Article]) -> list[dict]:
    """Build ``articles`` (as one JSONL file) into a store in ``folder``; every contradiction found there."""
    from kg.store import EmbeddedStore

    store = EmbeddedStore(folder / "store")  # makes the folder
    path = folder / "articles.jsonl"
    path.write_text("".join(json.dumps(asdict(a)) + "\n" for a in articles))
    assert build([path], store).ok
    return find_contradictions(store)
