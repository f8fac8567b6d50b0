"""Entity linking to Wikidata: the offline table first; the online API only when asked (``kg link --online``).

``link(extraction)`` is the pipeline stage: it fills ``Entity.qid``, ``link_method`` and
``link_confidence``; ``kg.mapping`` turns them into ``owl:sameAs`` and a ``nkg:WikidataLink`` node.
"""

from __future__ import annotations

from functools import cache

from kg.link.linker import Link, LinkContext, Linker
from kg.link.table import LinkTable, TableError
from kg.records import Extraction


@cache
def default_linker() -> Linker:
    """The offline linker over the project's table (loaded once per process)."""
    return Linker(LinkTable.load())


def link(extraction: Extraction, linker: Linker | None = None) -> Extraction:
    """Link the extraction's entities; offline unless ``linker`` has an online lookup."""
    return (linker or default_linker()).link(extraction)


__all__ = ["Link", "LinkContext", "LinkTable", "Linker", "TableError", "default_linker", "link"]
