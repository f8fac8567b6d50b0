"""The offline linking table: Wikidata items with their labels and aliases by language.

One JSON object a line (``ontology/wikidata.jsonl``)::

    {"qid": "Q3884", "type": "company", "labels": {"en": "Amazon", ...},
     "aliases": {"en": ["Amazon.com"]}, "parent": "Q...", "source": "verified"}

``type`` is the table's coarse kind (company, publisher, brand, person, place); ``parent`` is the
item's parent organisation where it has one; ``iso`` a country's ISO 3166-1 codes (``alpha2``,
``alpha3``); ``source`` says where the row came from (``verified`` for the project's checked list,
``countries`` for the countries table, ``regions`` for continents and the EU, ``wikidata-api`` for rows
added by ``kg wikidata refresh``; ontology/WIKIDATA.md describes each).
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.link.names import normalise
from kg.resources import ontology_file

TABLE_TYPES = ("company", "publisher", "brand", "person", "place")
# Which table kinds an extracted entity of each type may be linked to.
COMPATIBLE = {
    "organization": frozenset({"company", "publisher", "brand"}),
    "publisher": frozenset({"publisher", "company"}),
    "product": frozenset({"brand", "company"}),  # a store chain may be named as a product or as its company
    "person": frozenset({"person"}),
    "place": frozenset({"place"}),
}
_QID = re.compile(r"^Q[1-9][0-9]*$")


class TableError(ValueError):
    """The linking table is malformed."""


@dataclass(frozen=True)
class Item:
    """One row of the table."""

    qid: str
    type: str
    labels: dict[str, str]
    aliases: dict[str, list[str]] = field(default_factory=dict)
    parent: str | None = None
    source: str = "verified"
    iso: dict[str, str] = field(default_factory=dict)  # a country's ISO 3166-1 codes: alpha2, alpha3

    def names(self) -> set[str]:
        """Every label and alias, as written."""
        out = set(self.labels.values())
        for values in self.aliases.values():
            out.update(values)
        return out

    def label_keys(self) -> set[str]:
        return {normalise(v) for v in self.labels.values()}

    def to_json(self) -> dict:
        row = {"qid": self.qid, "type": self.type, "labels": self.labels, "aliases": self.aliases}
        if self.parent:
            row["parent"] = self.parent
        if self.iso:
            row["iso"] = self.iso
        row["source"] = self.source
        return row


def table_path() -> Path:
    """``$KG_WIKIDATA_TABLE``, else the table that ships with the project."""
    env = os.environ.get("KG_WIKIDATA_TABLE")
    return Path(env) if env else ontology_file("wikidata.jsonl")


def _item(row: dict, where: str) -> Item:
    qid, type_ = row.get("qid"), row.get("type")
    if not isinstance(qid, str) or not _QID.match(qid):
        raise TableError(f"{where}: bad qid {qid!r}")
    if type_ not in TABLE_TYPES:
        raise TableError(f"{where}: type must be one of {', '.join(TABLE_TYPES)}, got {type_!r}")
    labels = row.get("labels") or {}
    if not isinstance(labels, dict) or not labels:
        raise TableError(f"{where}: {qid} has no labels")
    aliases = row.get("aliases") or {}
    if not isinstance(aliases, dict) or not all(isinstance(v, list) for v in aliases.values()):
        raise TableError(f"{where}: {qid} aliases must map a language to a list of names")
    iso = row.get("iso") or {}
    if not isinstance(iso, dict) or not set(iso) <= {"alpha2", "alpha3"}:
        raise TableError(f"{where}: {qid} iso must map alpha2 and alpha3 to codes")
    return Item(qid, type_, dict(labels), {k: list(v) for k, v in aliases.items()}, row.get("parent"),
                row.get("source", "verified"), dict(iso))


class LinkTable:
    """Items indexed by normalised name."""

    def __init__(self, items: list[Item]):
        self.items = {i.qid: i for i in items}
        self._by_key: dict[str, list[Item]] = defaultdict(list)
        for item in self.items.values():
            for key in {normalise(n) for n in item.names()}:
                if key:
                    self._by_key[key].append(item)

    @classmethod
    def load(cls, path: Path | str | None = None) -> LinkTable:
        path = Path(path) if path else table_path()
        items = []
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise TableError(f"cannot read the linking table {path}: {e}") from e
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise TableError(f"{path}:{n}: not JSON: {e}") from e
            items.append(_item(row, f"{path}:{n}"))
        return cls(items)

    def save(self, path: Path | str | None = None) -> Path:
        path = Path(path) if path else table_path()
        tmp = path.with_suffix(path.suffix + ".tmp")
        with tmp.open("w", encoding="utf-8") as f:
            for item in self.items.values():
                f.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
        tmp.replace(path)
        return path

    def candidates(self, name: str, entity_type: str) -> list[Item]:
        """Items one of whose names matches ``name`` once normalised, of a kind the entity type allows."""
        allowed = COMPATIBLE.get(entity_type, frozenset())
        return [i for i in self._by_key.get(normalise(name), []) if i.type in allowed]

    def add(self, item: Item) -> None:
        """Add or replace an item (used by ``kg wikidata refresh``)."""
        items = dict(self.items)
        items[item.qid] = item
        self.__init__(list(items.values()))

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, qid: str) -> bool:
        return qid in self.items
