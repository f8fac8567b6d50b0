"""A remote store: any SPARQL 1.1 server, through the SPARQL Protocol and the Graph Store Protocol.

The ``kg.store.Store`` protocol over HTTP; results are parsed into the stores' one form (``kg.store.base``)
so the rest of the code cannot tell the backends apart. Where the endpoints live is read from the store URL:

    http://HOST:PORT/BASE/                       query at BASE/query, update at BASE/update,
                                                 graphs at BASE/store (Oxigraph's layout)
    http://HOST:PORT/BASE/?store=data            another path for one endpoint (Fuseki: data)
    http://HOST:PORT/?query=sparql&update=sparql&store=sparql-graph-crud
                                                 Virtuoso's layout
    http://HOST:PORT/?query=sparql&update=sparql&store=none
                                                 no Graph Store Protocol: graphs are replaced with
                                                 one SPARQL Update request instead

Each endpoint value is a path relative to BASE/ or an absolute URL. Credentials: ``user:password@``
in the URL (HTTP Basic), or ``$KG_STORE_TOKEN`` (sent as ``Authorization: Bearer``).

The server must answer queries with the union of the named graphs as the default graph, as the
embedded store does (``oxigraph serve --union-default-graph``; docs/scale-out.md for the others).
Parameters are bound by a ``VALUES`` block of N-Triples-serialised terms placed at the start of the
query's WHERE group: values are never pasted into the query as raw text.

A server that does not know Oxigraph's ``LATERAL`` (Virtuoso, Fuseki) gets the query with each LATERAL
group written in standard SPARQL (``kg.store.lateral``): the server's first refusal of a LATERAL query
is remembered and the rewritten text sent from then on.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

import httpx
from pyoxigraph import (
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    RdfFormat,
    parse,
    parse_query_results,
    serialize,
)

from kg.formats import by_name
from kg.mapping import GRAPH, NKG, PREFIXES, article_iri, graph_iri
from kg.sparql import values_block
from kg.store.base import (
    INCOMPLETE,
    Result,
    Solutions,
    StoreError,
    Triples,
    is_article_graph,
    replacing_update,
)
from kg.store.lateral import has_lateral, query_form, string_end, without_lateral

ENDPOINTS = ("query", "update", "store")
RESULT_TYPES = {by_name(n).media: by_name(n).results for n in ("json", "xml", "tsv")}
GRAPH_TYPES = {**{by_name(n).media: by_name(n).rdf for n in ("nt", "ttl", "rdfxml")},
               "text/plain": RdfFormat.N_TRIPLES}  # older servers label N-Triples so
# by the query's form: a server may answer a CONSTRUCT in the first type asked for, even a results table
ACCEPT_RESULTS = "application/sparql-results+json, application/sparql-results+xml;q=0.9, text/tab-separated-values;q=0.8"
ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8"
_PREFIX_DECL = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.I)
_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_WORD = re.compile(r"[A-Za-z_][\w-]*")
_BASE_DECL = re.compile(r"^\s*BASE\s*<", re.I | re.M)
LOAD_BYTES = 4 * 2**20  # N-Quads per SPARQL Update request of a first import
OWN_GRAPHS = f"FILTER(STRSTARTS(STR(?g), {Literal(GRAPH)}))"


class RemoteStore:
    """A SPARQL 1.1 server used as the store."""

    def __init__(self, url: str, read_only: bool = False, timeout: float = 60.0):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"not a SPARQL server URL: {url!r}")
        options = dict(parse_qsl(parts.query, keep_blank_values=True))
        unknown = sorted(set(options) - set(ENDPOINTS))
        if unknown:
            raise StoreError(f"unknown store URL option(s) {', '.join(unknown)}; known: {', '.join(ENDPOINTS)}")
        path = parts.path if parts.path.endswith("/") else parts.path + "/"
        base = urlunsplit((parts.scheme, parts.netloc, path, "", ""))
        self.url = url
        self.endpoints = {name: urljoin(base, options.get(name, name)) for name in ENDPOINTS}
        if options.get("store", "").lower() == "none":
            self.endpoints["store"] = None
        self.read_only = read_only
        self.lateral: bool | None = None  # whether the server runs LATERAL; None: not known yet
        headers = {"User-Agent": "news-kg"}
        if os.environ.get("KG_STORE_TOKEN"):
            headers["Authorization"] = "Bearer " + os.environ["KG_STORE_TOKEN"]
        self.http = httpx.Client(headers=headers, timeout=timeout)

    @property
    def path(self) -> str:
        """Where the store is (shown by ``kg info``)."""
        return self.url

    def close(self) -> None:
        self.http.close()

    # ---- HTTP

    def _send(self, method: str, endpoint: str, **kwargs) -> httpx.Response:
        url = self.endpoints[endpoint]
        try:
            response = self.http.request(method, url, **kwargs)
        except httpx.HTTPError as e:
            raise StoreError(f"cannot reach the SPARQL server at {url}: {e}") from e
        if response.status_code == 400 and endpoint in ("query", "update"):
            raise SyntaxError(f"the server refused the {endpoint}: {response.text.strip()[:500]}")
        if response.status_code >= 400 and not (method == "DELETE" and response.status_code == 404):
            raise StoreError(f"{method} {url} failed: HTTP {response.status_code}: {response.text.strip()[:500]}")
        return response

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.url} was opened read-only")

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Run a SPARQL 1.1 Update."""
        self._writable()
        self._send("POST", "update", data={"update": _with_prefixes(_with_base(sparql, base_iri))})

    # ---- reading

    def query(self, sparql: str, substitutions: dict | None = None, default_graph: list | None = None,
              named_graphs: list | None = None, base_iri: str | None = None) -> Result:
        """Run a query: ``Solutions``, ``Triples`` or a bool, as from the embedded store.

        On a server the default graph is what the server is configured to make it (it must be the union
        of the named graphs). ``default_graph`` and ``named_graphs`` (lists of NamedNode) are sent as the
        protocol's ``default-graph-uri`` and ``named-graph-uri``; ``base_iri`` as a BASE declaration.
        """
        text = _with_prefixes(_with_base(bind_values(sparql, substitutions) if substitutions else sparql, base_iri))
        form = {"query": text}
        if default_graph:
            form["default-graph-uri"] = [g.value for g in default_graph]
        if named_graphs:
            form["named-graph-uri"] = [g.value for g in named_graphs]
        accept = ACCEPT_GRAPH if query_form(text) in ("CONSTRUCT", "DESCRIBE") else ACCEPT_RESULTS
        lateral = has_lateral(text)
        if lateral and self.lateral is False:
            form["query"] = without_lateral(text)
        try:
            response = self._send("POST", "query", data=form, headers={"Accept": accept})
        except SyntaxError:
            if not lateral or self.lateral is not None:
                raise
            self.lateral = False  # the server does not know LATERAL: send standard SPARQL from now on
            form["query"] = without_lateral(text)
            response = self._send("POST", "query", data=form, headers={"Accept": accept})
        else:
            if lateral and self.lateral is None:
                self.lateral = True
        kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind in RESULT_TYPES:
            result = parse_query_results(response.content, RESULT_TYPES[kind])
            if isinstance(result, QueryBoolean):
                return bool(result)
            return Solutions(result.variables, result)
        if kind in GRAPH_TYPES:
            return Triples(q.triple for q in parse(response.content, format=GRAPH_TYPES[kind]))
        raise StoreError(f"the SPARQL server answered with an unexpected content type {kind!r}")

    def query_results(self, sparql: str, media_type: str) -> bytes | None:
        """None: the server's answer is parsed and written again (its dialect of the formats may differ)."""
        return None

    def article_state(self, article_id: str) -> tuple[str, str] | None:
        """(content hash, extractor version) of a stored article, or None if it is not stored."""
        rows = list(self.query(
            f"SELECT ?hash ?version WHERE {{ GRAPH {graph_iri(article_id)} {{ {article_iri(article_id)} "
            f"<{NKG}contentHash> ?hash OPTIONAL {{ {article_iri(article_id)} <{NKG}extractorVersion> ?version }} }} }}"))
        if not rows:
            return None
        version = rows[0]["version"]
        return rows[0]["hash"].value, version.value if version is not None else ""

    def has_graph(self, graph: NamedNode) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"))

    def graph_quads(self, graph: NamedNode) -> Iterator[Quad]:
        for s in self.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"):
            yield Quad(s["s"], s["p"], s["o"], graph)

    def article_graphs(self) -> list[NamedNode]:
        prefix = graph_iri("").value
        rows = self.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?a a <{NKG}Article> }} "
                          f"FILTER(STRSTARTS(STR(?g), {Literal(prefix)})) }}")
        return [s["g"] for s in rows if is_article_graph(s["g"])]

    def __len__(self) -> int:
        """Quads in the project's graphs (a server may hold graphs of its own: Virtuoso's system graphs)."""
        rows = list(self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OWN_GRAPHS} }}"))
        return int(rows[0]["n"].value)

    def quads(self) -> Iterator[Quad]:
        for s in self.query(f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OWN_GRAPHS} }}"):
            yield Quad(s["s"], s["p"], s["o"], s["g"])

    def is_incomplete(self, graph: NamedNode) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {graph} {{ {graph} {INCOMPLETE} ?marker }} }}"))

    def mark_incomplete(self, graph: NamedNode) -> None:
        self._writable()
        self._send("POST", "update", data={"update": f"INSERT DATA {{ GRAPH {graph} {{ {graph} {INCOMPLETE} true }} }}"})

    def clear_incomplete(self, graph: NamedNode) -> None:
        self._writable()
        self._send("POST", "update", data={"update": f"DELETE WHERE {{ GRAPH {graph} {{ {graph} {INCOMPLETE} ?m }} }}"})

    # ---- writing

    def replace_graph(self, graph: NamedNode, quads: Iterable[Quad]) -> None:
        """Replace a named graph by these quads in one request (a GSP PUT, or one SPARQL Update)."""
        self._writable()
        quads = list(quads)
        if any(q.graph_name != graph for q in quads):
            raise ValueError("every quad must belong to the graph being replaced")
        if self.endpoints["store"] is None:
            self._send("POST", "update", data={"update": replacing_update(graph, quads)})
            return
        body = serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES) or b""
        self._send("PUT", "store", params={"graph": graph.value}, content=body,
                   headers={"Content-Type": "application/n-triples"})

    def replace_graph_ntriples(self, graph: NamedNode, chunks: Iterable[bytes]) -> None:
        """Replace a named graph by these N-Triples (chunks of whole lines): ``replace_graph``."""
        self.replace_graph(graph, (Quad(t.subject, t.predicate, t.object, graph)
                                   for chunk in chunks for t in parse(chunk, format=RdfFormat.N_TRIPLES)))

    def load_new(self, nquads: bytes) -> None:
        """Add graphs the server does not hold yet: SPARQL Update requests of several graphs each
        (``INSERT DATA``, about 4 MB a request), far fewer round trips than a PUT per graph."""
        self._writable()
        graphs: dict[NamedNode, list[Quad]] = defaultdict(list)
        for q in parse(nquads, format=RdfFormat.N_QUADS):
            graphs[q.graph_name].append(q)
        parts, size = [], 0
        for graph, quads in graphs.items():
            body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
            parts.append(f"GRAPH {graph} {{\n{body}\n}}")
            size += len(body)
            if size >= LOAD_BYTES:
                self._send("POST", "update", data={"update": "INSERT DATA {\n" + "\n".join(parts) + "\n}"})
                parts, size = [], 0
        if parts:
            self._send("POST", "update", data={"update": "INSERT DATA {\n" + "\n".join(parts) + "\n}"})

    def remove_graph(self, graph: NamedNode) -> bool:
        self._writable()
        if self.endpoints["store"] is not None:
            return self._send("DELETE", "store", params={"graph": graph.value}).status_code != 404
        if not self.has_graph(graph):
            return False
        self._send("POST", "update", data={"update": f"DROP SILENT GRAPH {graph}"})
        return True

    def flush(self) -> None:
        """Nothing to do: the server makes each request durable."""

    def compact(self) -> None:
        """Nothing to do: the server manages its own storage."""



def _with_base(sparql: str, base_iri: str | None) -> str:
    """A BASE declaration in front of the text (the protocol has no parameter for it), unless it has one."""
    if not base_iri or _BASE_DECL.search(sparql):
        return sparql
    return f"BASE {NamedNode(base_iri)}\n{sparql}"


def _with_prefixes(sparql: str) -> str:
    """Declare the project's prefixes that the text does not declare itself."""
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(sparql)}
    missing = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    return "\n".join([*missing, sparql]) if missing else sparql


def bind_values(sparql: str, substitutions: dict) -> str:
    """Bind variables to terms with a VALUES block (``kg.sparql.values_block``) at the start of the query's
    WHERE group. Blank nodes cannot be bound this way and are refused (ValueError)."""
    if not substitutions:
        return sparql
    at = where_group_start(sparql)
    block = values_block(substitutions, [substitutions.values()])
    return f"{sparql[:at + 1]} {block} {sparql[at + 1:]}"


def where_group_start(sparql: str) -> int:
    """Index of the ``{`` that opens the query's WHERE group (skipping a CONSTRUCT template).

    A small lexer: comments, strings and IRIs are skipped, so braces inside them do not count.
    """
    depth = parens = 0
    previous = ""
    i, n = 0, len(sparql)
    while i < n:
        ch = sparql[i]
        if ch == "#":
            end = sparql.find("\n", i)
            i = n if end < 0 else end
            continue
        if ch == "<" and (m := _IRIREF.match(sparql, i)):
            i = m.end()
            previous = "<iri>"
            continue
        if ch in "'\"":
            i = string_end(sparql, i)
            previous = "<string>"
            continue
        if ch.isalpha() or ch == "_":
            m = _WORD.match(sparql, i)
            if sparql[i - 1:i] not in ("?", "$", ":"):
                previous = m.group(0).upper()
            else:
                previous = "<name>"
            i = m.end()
            continue
        if ch == "(":
            parens += 1
        elif ch == ")":
            parens -= 1
        elif ch == "{":
            if depth == 0 and parens == 0 and previous != "CONSTRUCT":
                return i
            depth += 1
        elif ch == "}":
            depth -= 1
        if not ch.isspace():
            previous = ch
        i += 1
    raise ValueError("cannot bind parameters: the query has no WHERE group")
