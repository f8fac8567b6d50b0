"""The store: an embedded on-disk Oxigraph by default.

Every write of an article is one transaction: its graph is replaced whole or not at all.
SPARQL runs with the union of the named graphs as the default graph.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store

from kg.mapping import NKG, PREFIXES, RESOLUTION_GRAPH, article_iri, graph_iri

DEFAULT_STORE = ".kg"


def store_location(option: str | None) -> str:
    """``--store``, else ``$KG_STORE``, else ``./.kg``."""
    return option or os.environ.get("KG_STORE") or DEFAULT_STORE


class StoreError(RuntimeError):
    """The store cannot be opened or written."""


class EmbeddedStore:
    """An Oxigraph store on disk (or in memory with ``path=None``)."""

    def __init__(self, path: str | Path | None, read_only: bool = False):
        self.path = None if path is None else Path(path)
        try:
            if self.path is None:
                self.ox = Store()
            elif read_only:
                self.ox = Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.ox = Store(str(self.path))
        except OSError as e:
            raise StoreError(f"cannot open the store at {self.path}: {e}") from e

    # ---- reading

    def query(self, sparql: str, substitutions: dict | None = None, union: bool = True,
              default_graph: list | None = None, named_graphs: list | None = None, base_iri: str | None = None):
        """Run a SPARQL query with the union of all graphs as the default graph.

        ``default_graph`` and ``named_graphs`` (lists of NamedNode) set the dataset instead, as the
        SPARQL protocol's ``default-graph-uri`` and ``named-graph-uri`` do; ``base_iri`` resolves
        relative IRIs.
        """
        if default_graph is not None or named_graphs is not None:
            return self.ox.query(sparql, prefixes=PREFIXES, substitutions=substitutions, base_iri=base_iri,
                                 default_graph=default_graph or [], named_graphs=named_graphs or [])
        return self.ox.query(sparql, use_default_graph_as_union=union, prefixes=PREFIXES,
                             substitutions=substitutions, base_iri=base_iri)

    def article_state(self, article_id: str) -> tuple[str, str] | None:
        """(content hash, extractor version) of a stored article, or None if it is not stored."""
        graph = graph_iri(article_id)
        a = article_iri(article_id)
        hashes = [q.object.value for q in self.ox.quads_for_pattern(a, NamedNode(NKG + "contentHash"), None, graph)]
        versions = [q.object.value for q in self.ox.quads_for_pattern(a, NamedNode(NKG + "extractorVersion"), None, graph)]
        if not hashes:
            return None
        return hashes[0], versions[0] if versions else ""

    def graph_quads(self, graph: NamedNode) -> Iterator[Quad]:
        return self.ox.quads_for_pattern(None, None, None, graph)

    def article_graphs(self) -> list[NamedNode]:
        prefix = graph_iri("").value
        return [g for g in self.ox.named_graphs() if isinstance(g, NamedNode) and g.value.startswith(prefix)]

    def __len__(self) -> int:
        return len(self.ox)

    def quads(self) -> Iterator[Quad]:
        return iter(self.ox)

    # ---- writing

    def replace_graph(self, graph: NamedNode, quads: Iterable[Quad]) -> None:
        """Replace a named graph by these quads in one transaction."""
        quads = list(quads)
        if any(q.graph_name != graph for q in quads):
            raise ValueError("every quad must belong to the graph being replaced")
        if not self.ox.contains_named_graph(graph):
            self.ox.extend(quads)  # atomic: all or nothing
            return
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        self.ox.update(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}")

    def bulk_load(self, nquads: bytes) -> None:
        """Load N-Quads with the bulk loader: fast but not transactional, for a first import into an
        empty store (``kg.parallel``); if it is interrupted, delete the store and build again."""
        self.ox.bulk_load(nquads, format=RdfFormat.N_QUADS)

    def remove_article(self, article_id: str) -> bool:
        graph = graph_iri(article_id)
        if not self.ox.contains_named_graph(graph):
            return False
        self.ox.update(f"DROP GRAPH {graph}")
        return True

    def flush(self) -> None:
        if self.path is not None:
            self.ox.flush()


def open_store(location: str | None = None, read_only: bool = False):
    """Open the store named by ``--store`` / ``$KG_STORE`` / ``./.kg``: a folder, or an http(s) URL of a
    SPARQL 1.1 server (``kg.remote.RemoteStore``)."""
    from kg.remote import RemoteStore, is_remote

    location = store_location(location)
    if is_remote(location):
        return RemoteStore(location, read_only=read_only)
    return EmbeddedStore(location, read_only=read_only)


__all__ = ["EmbeddedStore", "StoreError", "open_store", "store_location", "RESOLUTION_GRAPH", "DefaultGraph"]
