"""Merge the countries of ../shared/data/countries-wikidata.csv into the offline Wikidata table.

usage: python scripts/countries_table.py [CSV] [TABLE]   (defaults: ../shared/data/countries-wikidata.csv,
ontology/wikidata.jsonl)

Each country becomes a ``place`` row (source ``countries``) with its QID, its ISO 3166 alpha-2 and alpha-3
codes, its names in the file's languages (its ``name_<lang>`` columns) as labels and the other names as aliases. A country the table already
has (checked by hand, source ``verified``) keeps its row, its labels and its source; the file's names
are added to it as aliases, with its codes. Running it again changes nothing. Where the data comes from and
its licences: ontology/WIKIDATA.md.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.link.table import Item, LinkTable  # noqa: E402

SOURCE = "countries"


def _split(cell: str) -> list[str]:
    return [name.strip() for name in cell.split("|") if name.strip()]


def languages(row: dict) -> list[str]:
    """The languages the file names countries in: its ``name_<lang>`` columns."""
    return [key.removeprefix("name_") for key in row if key.startswith("name_")]


def country(row: dict) -> Item:
    labels = {lang: row[f"name_{lang}"] for lang in languages(row)}
    aliases = {lang: _split(row[f"alt_names_{lang}"]) for lang in languages(row)}
    aliases["en"] += [row["wikidata_label_en"], row["owid_name"], *_split(row["owid_aliases"])]
    return Item(row["wikidata_qid"], "place", labels, _unique(labels, aliases),
                iso={"alpha2": row["iso_alpha2"], "alpha3": row["iso_alpha3"]}, source=SOURCE)


def _unique(labels: dict[str, str], aliases: dict[str, list[str]]) -> dict[str, list[str]]:
    """Aliases that are not a label of the same language, each once, languages without any left out."""
    out = {}
    for lang in dict.fromkeys([*labels, *aliases]):
        names = [n for n in dict.fromkeys(aliases.get(lang, [])) if n != labels.get(lang)]
        if names:
            out[lang] = names
    return out


def merge(table: LinkTable, item: Item) -> Item:
    """``item``, or the table's own row for its QID with ``item``'s names added as aliases and its codes."""
    mine = table.items.get(item.qid)
    if mine is None:
        return item
    names = {lang: [*mine.aliases.get(lang, []), *([item.labels[lang]] if lang in item.labels else []),
                    *item.aliases.get(lang, [])] for lang in dict.fromkeys([*item.labels, *mine.labels, *mine.aliases])}
    return Item(mine.qid, mine.type, mine.labels, _unique(mine.labels, names), mine.parent, iso=item.iso,
                source=mine.source)


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "data" / "countries-wikidata.csv"
    path = Path(sys.argv[2]) if len(sys.argv) > 2 else REPO / "ontology" / "wikidata.jsonl"
    table = LinkTable.load(path)
    with source.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        table.add(merge(table, country(row)))
    table.save(path)
    print(f"{path}: {len(rows)} countries merged; {len(table)} items")


if __name__ == "__main__":
    main()
