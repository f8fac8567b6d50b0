"""What every store is: the ``Store`` protocol, its error, and the one form its query results take.

The build, the CLI and the API use a store only through this protocol, whether it is the embedded
Oxigraph folder (``kg.store.embedded``) or a SPARQL 1.1 server (``kg.store.remote``).

Results, whatever the backend:

- SELECT: ``Solutions``: ``columns`` (names), ``variables`` (the same as pyoxigraph ``Variable``\\ s),
  and its rows, read once as a stream; a row gives the term bound to a column (``row["org"]``, also
  by ``Variable`` or index) or None.
- CONSTRUCT and DESCRIBE: ``Triples``: a stream of ``pyoxigraph.Triple``.
- ASK: a plain ``bool``.

Terms are pyoxigraph's (``NamedNode``, ``Literal``, ``BlankNode``): the remote store parses the
server's answers into them, so no caller can tell where a result came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from pyoxigraph import NamedNode, Quad, Triple, Variable

from kg.mapping import NKG, graph_iri


class StoreError(RuntimeError):
    """The store cannot be opened, reached or written."""


class Solutions:
    """The rows of a SELECT query, read once, in order."""

    __slots__ = ("variables", "_rows")

    def __init__(self, variables: Iterable[Variable], rows: Iterable):
        self.variables: list[Variable] = list(variables)
        self._rows = rows

    @property
    def columns(self) -> list[str]:
        return [v.value for v in self.variables]

    def __iter__(self) -> Iterator:
        return iter(self._rows)


class Triples:
    """The triples of a CONSTRUCT or DESCRIBE query, read once."""

    __slots__ = ("_triples",)

    def __init__(self, triples: Iterable[Triple]):
        self._triples = triples

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)


Result = Solutions | Triples | bool

INCOMPLETE = NamedNode(NKG + "writeIncomplete")  # <graph> nkg:writeIncomplete true: the graph is being written


def is_article_graph(graph) -> bool:
    return isinstance(graph, NamedNode) and graph.value.startswith(graph_iri("").value)


@runtime_checkable
class Store(Protocol):
    """A quad store holding one named graph per article and the resolution graph.

    SPARQL runs with the union of the named graphs as the default graph. Writing an article replaces its
    graph whole (``replace_graph``); ``load_new`` adds graphs not stored yet by the fastest path the
    backend has (a first import).
    """

    read_only: bool

    @property
    def path(self) -> str | None:
        """Where the store is: a folder, a URL, or None (in memory)."""

    # ---- reading

    def query(self, sparql: str, substitutions: dict | None = None, default_graph: list | None = None,
              named_graphs: list | None = None, base_iri: str | None = None) -> Result:
        """Run a SPARQL query (the project's prefixes predefined). ``substitutions`` binds variables to
        terms; ``default_graph`` / ``named_graphs`` set the dataset as the protocol's ``default-graph-uri``
        and ``named-graph-uri`` do. A syntax error raises ``SyntaxError``."""

    def query_results(self, sparql: str, media_type: str) -> bytes | None:
        """A SELECT or ASK answer written by the engine itself in a SPARQL results media type (JSON or XML),
        or None where the backend has no such writer. Spares turning every term into a Python object."""

    def article_state(self, article_id: str) -> tuple[str, str] | None:
        """(content hash, extractor version) of a stored article, or None if it is not stored."""

    def has_graph(self, graph: NamedNode) -> bool: ...

    def graph_quads(self, graph: NamedNode) -> Iterator[Quad]: ...

    def article_graphs(self) -> list[NamedNode]: ...

    def quads(self) -> Iterator[Quad]:
        """Every quad of the project's graphs."""

    def __len__(self) -> int:
        """The number of quads in the project's graphs."""

    def is_incomplete(self, graph: NamedNode) -> bool:
        """Whether a batched write of this graph began and did not finish."""

    def mark_incomplete(self, graph: NamedNode) -> None:
        """Add the marker that says a write of ``graph`` is under way (``replace_graph`` rewrites it away)."""

    def clear_incomplete(self, graph: NamedNode) -> None: ...

    # ---- writing

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Run a SPARQL update (the project's prefixes predefined)."""

    def replace_graph(self, graph: NamedNode, quads: Iterable[Quad]) -> None:
        """Replace one named graph by these quads."""

    def replace_graph_ntriples(self, graph: NamedNode, chunks: Iterable[bytes]) -> None:
        """Replace one named graph by these N-Triples (chunks of whole lines, as pyoxigraph writes them)."""

    def load_new(self, nquads: bytes) -> None:
        """Add whole graphs (N-Quads, as pyoxigraph writes them) that the store does not hold yet: a first import,
        not transactional across graphs (if it is interrupted, the graphs written are whole; build again)."""

    def remove_graph(self, graph: NamedNode) -> bool:
        """Drop a named graph; whether it was there."""

    def flush(self) -> None: ...

    def compact(self) -> None: ...

    def close(self) -> None: ...


def replacing_update(graph: NamedNode, quads: Iterable[Quad]) -> str:
    """The SPARQL update that replaces a named graph by the quads' triples, in one operation."""
    body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"
