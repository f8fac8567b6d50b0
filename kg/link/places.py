"""The places the offline linking table knows (countries, continents, the EU), with their names in six
languages: what a gazetteer needs to recognise them in text.

``places()`` gives the table's places (a canonical name and every name it goes by) to linking's callers.
The extractor, which sits below kg.link, reads the same rows of the shipped table itself
(``kg.extract.gazetteer``), names chosen the same way: the English label first, then every label and alias.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.link.table import LinkTable


@dataclass(frozen=True)
class Place:
    qid: str
    name: str  # the English label: the canonical name an extracted entity gets
    names: tuple[str, ...]  # every label and alias, as written, the canonical name first
    iso: dict[str, str] = field(default_factory=dict)  # a country's ISO 3166-1 alpha2 and alpha3 codes


def places(table: LinkTable | None = None) -> list[Place]:
    """Every place item of the table (the shipped one by default), in table order."""
    from kg.link import default_linker

    table = table or default_linker().table
    out = []
    for item in table.items.values():
        if item.type != "place":
            continue
        name = item.labels.get("en") or next(iter(item.labels.values()))
        names = tuple(dict.fromkeys([name, *item.labels.values(), *(a for v in item.aliases.values() for a in v)]))
        out.append(Place(item.qid, name, names, dict(item.iso)))
    return out
