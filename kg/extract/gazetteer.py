"""Known organisations, publishers, brands and places, read from ``gazetteer.toml`` next to this module."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.extract.lang import TOKEN

GAZETTEER_FILE = Path(__file__).resolve().parent / "gazetteer.toml"
SECTION_TYPES = {"org": "organization", "publisher": "publisher", "place": "place"}


@dataclass(frozen=True)
class Known:
    name: str
    type: str
    parent: str | None = None


@dataclass(frozen=True)
class Gazetteer:
    by_name: dict[str, Known]
    by_first: dict[str, tuple[tuple[tuple[str, ...], Known], ...]]  # first token -> (alias tokens, entry), longest first


@cache
def gazetteer() -> Gazetteer:
    with GAZETTEER_FILE.open("rb") as f:
        data = tomllib.load(f)
    by_name: dict[str, Known] = {}
    aliases: dict[str, list[tuple[tuple[str, ...], Known]]] = {}
    for section, default_type in SECTION_TYPES.items():
        for entry in data.get(section, []):
            known = Known(entry["name"], entry.get("type", default_type), entry.get("parent"))
            by_name.setdefault(known.name, known)
            for alias in [known.name, *entry.get("aliases", [])]:
                toks = tuple(TOKEN.findall(alias))
                if toks:
                    aliases.setdefault(toks[0], []).append((toks, by_name[known.name]))
    by_first = {k: tuple(sorted(v, key=lambda a: -len(a[0]))) for k, v in aliases.items()}
    return Gazetteer(by_name, by_first)
