"""The embedded store: an Oxigraph folder on disk (the default), or in memory.

Every write of an article is one transaction: its graph is replaced whole or not at all. A graph too
large for one transaction in bounded memory (the resolution graph of a large store) is written in
batches between a marker that says it is incomplete (``replace_graph``).
SPARQL runs with the union of the named graphs as the default graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain, islice
from pathlib import Path

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    RdfFormat,
    Store,
)

from kg.formats import by_name
from kg.mapping import NKG, PREFIXES, article_iri, graph_iri
from kg.store.base import (
    INCOMPLETE,
    Result,
    Solutions,
    StoreError,
    Triples,
    is_article_graph,
    replacing_update,
)

RESULTS_FORMATS = {by_name(n).media: by_name(n).results for n in ("json", "xml")}
BATCH = 50_000  # quads: a graph up to this size is replaced in one transaction, a larger one in batches this size
LOAD_BYTES = 8 * 2**20  # N-Triples gathered before one bulk load (``replace_graph_ntriples``)


def incomplete_marker(graph: NamedNode) -> Quad:
    """The quad that stands in a graph while ``replace_graph`` writes it in batches."""
    return Quad(graph, INCOMPLETE, Literal(True), graph)


def as_result(result) -> Result:
    """A pyoxigraph query result in the stores' one form (``kg.store.base``)."""
    if isinstance(result, QuerySolutions):
        return Solutions(result.variables, result)
    if isinstance(result, QueryBoolean):
        return bool(result)
    return Triples(result)


class EmbeddedStore:
    """An Oxigraph store on disk (or in memory with ``path=None``)."""

    def __init__(self, path: str | Path | None, read_only: bool = False):
        self.path = None if path is None else Path(path)
        self.read_only = read_only
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

    def query(self, sparql: str, substitutions: dict | None = None, default_graph: list | None = None,
              named_graphs: list | None = None, base_iri: str | None = None) -> Result:
        """Run a SPARQL query with the union of all graphs as the default graph.

        ``default_graph`` and ``named_graphs`` (lists of NamedNode) set the dataset instead, as the
        SPARQL protocol's ``default-graph-uri`` and ``named-graph-uri`` do; ``base_iri`` resolves
        relative IRIs.
        """
        if default_graph is not None or named_graphs is not None:
            return as_result(self.ox.query(sparql, prefixes=PREFIXES, substitutions=substitutions, base_iri=base_iri,
                                           default_graph=default_graph or [], named_graphs=named_graphs or []))
        return as_result(self.ox.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES,
                                       substitutions=substitutions, base_iri=base_iri))

    def query_results(self, sparql: str, media_type: str) -> bytes | None:
        """A SELECT or ASK answer serialised by Oxigraph in JSON or XML (None for another type or form)."""
        fmt = RESULTS_FORMATS.get(media_type)
        if fmt is None:
            return None
        result = self.ox.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        if not isinstance(result, QuerySolutions | QueryBoolean):
            return None
        return result.serialize(format=fmt)

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Run a SPARQL update (the project's prefixes predefined), in one transaction."""
        self.ox.update(sparql, prefixes=PREFIXES, base_iri=base_iri)

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

    def has_graph(self, graph: NamedNode) -> bool:
        return self.ox.contains_named_graph(graph)

    def graph_quads(self, graph: NamedNode) -> Iterator[Quad]:
        return self.ox.quads_for_pattern(None, None, None, graph)

    def article_graphs(self) -> list[NamedNode]:
        return [g for g in self.ox.named_graphs() if is_article_graph(g)]

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
        in, ``is_incomplete(graph)`` is true and a rerun of the build rewrites the graph. Each batch is flushed
        to disk once written: the write buffers otherwise grow with every batch until RocksDB flushes them.
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
        self.ox.update(replacing_update(graph, quads))

    def _replace_in_batches(self, graph: NamedNode, quads: Iterator[Quad]) -> None:
        marker = incomplete_marker(graph)
        self.ox.add(marker)
        self._clear(graph, marker)
        while batch := _checked(graph, list(islice(quads, BATCH))):
            # one bulk load of fewer than a million quads is one atomic ingestion in Oxigraph 0.5
            self.ox.bulk_extend(batch)
            self.ox.flush()
        self.ox.remove(marker)

    def replace_graph_ntriples(self, graph: NamedNode, chunks: Iterable[bytes]) -> None:
        """Replace a named graph by these N-Triples (chunks of whole lines), as ``replace_graph`` writes a large
        graph (between its marker), but straight through the bulk loader: no quad becomes a Python object. The
        triples are pyoxigraph's own writing (``kg.resolve``'s workers), read without validating them again."""
        marker = incomplete_marker(graph)
        self.ox.add(marker)
        self._clear(graph, marker)
        buffer, size = [], 0
        for chunk in chunks:
            buffer.append(chunk)
            size += len(chunk)
            if size >= LOAD_BYTES:  # each load well under a million quads: one atomic ingestion
                self.ox.bulk_load(b"".join(buffer), format=RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)
                self.ox.flush()
                buffer, size = [], 0
        self.ox.bulk_load(b"".join(buffer), format=RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)
        self.ox.remove(marker)

    def _clear(self, graph: NamedNode, marker: Quad) -> None:
        """Delete a graph's quads but its marker."""
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
            self.ox.flush()  # each batch to disk: RocksDB's write buffers would grow with every batch

    def compact(self) -> None:
        """Compact the storage after a large rewrite: deleted quads leave tombstones that every later scan
        of their graph steps over (after the resolution graph was rewritten at 10k articles, the numeric
        contradiction query went from 0.3 s to 3.7 s until this ran, in about 2 s). A first import needs it
        too, with no tombstones: its bulk loads leave overlapping files, and the named queries on 10k bench
        articles took 1.4-2.3 times the CPU without it (6.3 CPU s, 0.6 ms an article)."""
        self.ox.optimize()

    def mark_incomplete(self, graph: NamedNode) -> None:
        """Add the marker that says a write of ``graph`` is under way (``replace_graph`` rewrites it away)."""
        self.ox.add(incomplete_marker(graph))

    def clear_incomplete(self, graph: NamedNode) -> None:
        self.ox.remove(incomplete_marker(graph))

    def is_incomplete(self, graph: NamedNode) -> bool:
        """Whether a batched write of this graph began and did not finish (the build was killed)."""
        return any(True for _ in self.ox.quads_for_pattern(graph, INCOMPLETE, None, graph))

    def load_new(self, nquads: bytes) -> None:
        """Load whole graphs of N-Quads with the bulk loader: several times faster than a transaction each,
        for a first import (``kg.parallel``). Oxigraph 0.5 ingests one bulk load of fewer than a million
        quads as one set of files, every index at once, so an interrupted import leaves whole graphs. The N-Quads are
        pyoxigraph's own writing (the build's workers), read without validating their IRIs again (``lenient``: about a
        tenth less CPU)."""
        self.ox.bulk_load(nquads, format=RdfFormat.N_QUADS, lenient=True)

    def remove_graph(self, graph: NamedNode) -> bool:
        if not self.ox.contains_named_graph(graph):
            return False
        self.ox.update(f"DROP GRAPH {graph}")
        return True

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self.ox.flush()

    def close(self) -> None:
        """Nothing to do: the store closes when its last reference goes."""


def _checked(graph: NamedNode, quads: list[Quad]) -> list[Quad]:
    if any(q.graph_name != graph for q in quads):
        raise ValueError("every quad must belong to the graph being replaced")
    return quads
