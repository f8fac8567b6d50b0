"""The store: an embedded on-disk Oxigraph by default.

Every write of an article is one transaction: its graph is replaced whole or not at all. A graph too
large for one transaction in bounded memory (the resolution graph of a large store) is written in
batches between a marker that says it is incomplete (``replace_graph``).
SPARQL runs with the union of the named graphs as the default graph.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from pathlib import Path

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Store

from kg.mapping import NKG, PREFIXES, RESOLUTION_GRAPH, article_iri, graph_iri

DEFAULT_STORE = ".kg"
BATCH = 50_000  # quads: a graph up to this size is replaced in one transaction, a larger one in batches this size
INCOMPLETE = NamedNode(NKG + "writeIncomplete")  # <graph> nkg:writeIncomplete true: the graph is being written


def incomplete_marker(graph: NamedNode) -> Quad:
    """The quad that stands in a graph while ``replace_graph`` writes it in batches."""
    return Quad(graph, INCOMPLETE, Literal(True), graph)


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

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (the project's prefixes predefined), in one transaction."""
        self.ox.update(sparql, prefixes=PREFIXES)

    def article_state(self, article_id: str) -> tuple[str, str] | None:
        """(content hash, extractor version) of a stored article, or None if it is not stored (or only in part:
        the batched write of a very large article was cut off, so a rerun writes it again)."""
        graph = graph_iri(article_id)
        if self.is_incomplete(graph):
            return None
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
        """Replace a named graph by these quads (any iterable; it is read once, in batches).

        Up to ``BATCH`` quads (an article): one transaction, so the graph is replaced whole or not at all.
        More (the resolution graph of a large store): memory stays bounded by writing in batches. The
        marker ``incomplete_marker(graph)`` is added first and removed last, so until the last batch is
        in, ``is_incomplete(graph)`` is true and a rerun of the build rewrites the graph.
        """
        quads = iter(quads)
        first = _checked(graph, list(islice(quads, BATCH + 1)))
        if len(first) <= BATCH:
            self._replace_whole(graph, first)
        else:
            self._replace_in_batches(graph, chain(first, quads))

    def _replace_whole(self, graph: NamedNode, quads: list[Quad]) -> None:
        if not self.ox.contains_named_graph(graph):
            self.ox.extend(quads)  # atomic: all or nothing
            return
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        self.ox.update(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}")

    def _replace_in_batches(self, graph: NamedNode, quads: Iterator[Quad]) -> None:
        marker = incomplete_marker(graph)
        self.ox.add(marker)
        while True:  # DELETE DATA in batches: bounded memory, and faster than one remove_graph transaction
            old = [q for q in islice(self.ox.quads_for_pattern(None, None, None, graph), BATCH + 1) if q != marker]
            if not old:
                break
            old = old[:BATCH]
            blank = {q for q in old if isinstance(q.subject, BlankNode) or isinstance(q.object, BlankNode)}
            body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in old if q not in blank)
            self.ox.update(f"DELETE DATA {{ GRAPH {graph} {{\n{body}\n}} }}")
            for q in blank:  # DELETE DATA takes no blank nodes
                self.ox.remove(q)
        while batch := _checked(graph, list(islice(quads, BATCH))):
            # one bulk load of fewer than a million quads is one atomic ingestion in Oxigraph 0.5
            self.ox.bulk_extend(batch)
        self.ox.remove(marker)

    def compact(self) -> None:
        """Compact the storage after a large rewrite: deleted quads leave tombstones that every later scan
        of their graph steps over (after the resolution graph was rewritten at 10k articles, the numeric
        contradiction query went from 0.3 s to 3.7 s until this ran, in about 2 s)."""
        self.ox.optimize()

    def mark_incomplete(self, graph: NamedNode) -> None:
        """Add the marker that says a write of ``graph`` is under way (``replace_graph`` rewrites it away)."""
        self.ox.add(incomplete_marker(graph))

    def clear_incomplete(self, graph: NamedNode) -> None:
        self.ox.remove(incomplete_marker(graph))

    def is_incomplete(self, graph: NamedNode) -> bool:
        """Whether a batched write of this graph began and did not finish (the build was killed)."""
        return any(True for _ in self.ox.quads_for_pattern(graph, INCOMPLETE, None, graph))

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


def _checked(graph: NamedNode, quads: list[Quad]) -> list[Quad]:
    if any(q.graph_name != graph for q in quads):
        raise ValueError("every quad must belong to the graph being replaced")
    return quads


def open_store(location: str | None = None, read_only: bool = False):
    """Open the store named by ``--store`` / ``$KG_STORE`` / ``./.kg``: a folder, or an http(s) URL of a
    SPARQL 1.1 server (``kg.remote.RemoteStore``)."""
    from kg.remote import RemoteStore, is_remote

    location = store_location(location)
    if is_remote(location):
        return RemoteStore(location, read_only=read_only)
    return EmbeddedStore(location, read_only=read_only)


__all__ = ["EmbeddedStore", "StoreError", "open_store", "store_location", "RESOLUTION_GRAPH", "DefaultGraph"]
