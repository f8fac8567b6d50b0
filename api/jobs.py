"""The work the endpoint does, run inside worker processes that the server can kill.

pyoxigraph has no query timeout and a query that computes before yielding its first row (ORDER BY,
COUNT over a cartesian product) cannot be interrupted from a thread; killing the process that runs it
is what really stops it. Each worker process serves one job at a time over a pipe.

Store model (several readers, one writer, any number of server processes):

- RocksDB lets one process open the store read-write; ``Store.read_only`` opens see a snapshot, do not
  pin the files they read, and Oxigraph calls reading beside a live writer undefined.
- So reading and writing take turns through a readers-writer lock on ``<store>/kg-api.lock``
  (``flock``): a reader job holds it shared, a writer job exclusive from opening the store read-write
  to closing it. A turnstile lock in front keeps a stream of readers from starving the writer. The
  kernel drops the locks of a killed process, so a stopped query never blocks a write.
- A reader keeps its snapshot between jobs and re-opens it when the store folder's file listing
  changed. Writers outside the server (``kg build``) do not take the lock; for them a read that
  meets a vanished file is retried on a fresh snapshot.

A remote store (a SPARQL server, ``kg serve --store http://...``) needs none of this: the server orders
its own reads and writes, and the jobs reach it through the same ``kg.store.Store`` protocol. Every
query and update a client sends passes ``api.safety.checked`` first, for either backend; for a server
whose engine is not ours it must moreover be standard SPARQL 1.1 (``standard=True``), so that no vendor
extension reaches it.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from contextlib import contextmanager, nullcontext

from pyoxigraph import NamedNode, Quad, RdfFormat, parse

from api import results
from api.lifeline import die_with_server
from api.safety import Refused, checked
from kg.mapping import TURTLE_PREFIXES
from kg.sparql import explain, is_update
from kg.store import Solutions, Store, StoreError, Triples, is_remote, open_store

LOCK_WAIT = 30.0  # seconds a writer waits for readers and other writers to finish
LOCK_FILE = "kg-api.lock"
TURNSTILE_FILE = "kg-api.turnstile"
GENERATION_FILE = "kg-api.generation"  # touched by every write job: one stat tells a reader the server wrote


class JobError(Exception):
    """A job failed in a way the client should hear about, with the HTTP status to answer."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def _generation(path: str) -> int:
    """How many writes this store's servers have made (the generation file grows a byte a write)."""
    try:
        return os.stat(os.path.join(path, GENERATION_FILE)).st_size
    except OSError:
        return 0


def _touch_generation(path: str) -> None:
    with open(os.path.join(path, GENERATION_FILE), "ab") as f:
        f.write(b".")


def _signature(path: str) -> frozenset:
    try:
        with os.scandir(path) as entries:
            return frozenset((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in entries
                             if e.is_file() and e.name not in (LOCK_FILE, TURNSTILE_FILE, GENERATION_FILE))
    except OSError:
        return frozenset()


class _Locks:
    """The readers-writer lock of one store, shared by every process that serves it."""

    def __init__(self, path: str):
        self._lock = os.open(os.path.join(path, LOCK_FILE), os.O_RDWR | os.O_CREAT, 0o644)
        self._turnstile = os.open(os.path.join(path, TURNSTILE_FILE), os.O_RDWR | os.O_CREAT, 0o644)

    @contextmanager
    def shared(self):
        fcntl.flock(self._turnstile, fcntl.LOCK_SH)  # waits while a writer is queued or writing
        fcntl.flock(self._turnstile, fcntl.LOCK_UN)
        fcntl.flock(self._lock, fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(self._lock, fcntl.LOCK_UN)

    def try_shared(self) -> bool:
        """Take the shared lock if that needs no wait (no writer queued or writing); False, holding nothing,
        where it would wait. ``release_shared`` lets it go."""
        try:
            fcntl.flock(self._turnstile, fcntl.LOCK_SH | fcntl.LOCK_NB)
            fcntl.flock(self._turnstile, fcntl.LOCK_UN)
            fcntl.flock(self._lock, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def release_shared(self) -> None:
        fcntl.flock(self._lock, fcntl.LOCK_UN)

    @contextmanager
    def exclusive(self, wait: float):
        deadline = time.monotonic() + wait
        for fd in (self._turnstile, self._lock):
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        fcntl.flock(self._turnstile, fcntl.LOCK_UN)
                        raise JobError(503, "the store stayed busy with other requests; try again later") from None
                    time.sleep(0.01)
        try:
            yield
        finally:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            fcntl.flock(self._turnstile, fcntl.LOCK_UN)


class Snapshot:
    """An embedded store's read-only snapshot, re-opened when the store changed on disk. Thread-safe: the
    lookup threads of a server process (api.fastpath) share one, so that the store's caches (RocksDB's
    index, filter and data blocks, which a fresh open reads again and which grow with the store) are warmed
    once a process rather than once a thread."""

    def __init__(self, path: str, recheck: float = 0.0):
        """``recheck``: seconds between two looks at the folder's file listing (0: before every job); a write
        by this server's writers is seen at once whatever it is (they touch ``GENERATION_FILE``), a write
        by another process (``kg build``) within ``recheck`` seconds."""
        self.path = path
        self.recheck = recheck
        self._store: Store | None = None
        self._seen: frozenset = frozenset()
        self._looked = 0.0
        self._generation: int | None = None
        self._mutex = threading.Lock()
        self.opened = 0  # how many times the store was opened: which snapshot a measurement was made on
        self._given = threading.local()

    def ready(self) -> tuple[Store, int] | None:
        """(the open snapshot, ``opened``) when it may be used now without a look at the store folder, a re-open
        or a wait for another thread; else None (``store`` does what is due)."""
        if not self._mutex.acquire(blocking=False):
            return None
        try:
            if (self._store is None or not self.recheck or time.monotonic() - self._looked >= self.recheck
                    or _generation(self.path) != self._generation):
                return None
            return self._store, self.opened
        finally:
            self._mutex.release()

    def invalidate(self) -> None:
        """Forget the open snapshot: the next job opens the store afresh."""
        with self._mutex:
            self._store = None

    def store(self) -> Store:
        """The snapshot, re-opened first if the store changed; call it under the store's shared lock."""
        with self._mutex:
            if self.recheck:
                now = time.monotonic()
                generation = _generation(self.path)
                if self._store is not None and generation == self._generation and now - self._looked < self.recheck:
                    self._given.opened = self.opened
                    return self._store
                self._generation, self._looked = generation, now
            current = _signature(self.path)
            if self._store is None or current != self._seen:
                self._store = None
                for attempt in range(5):  # a writer outside the server may be mid-flush; try again shortly
                    try:
                        self._store = open_store(self.path, read_only=True)
                        self.opened += 1
                        break
                    except (StoreError, OSError) as e:
                        if attempt == 4:
                            raise JobError(503, f"the store cannot be opened for reading: {e}") from e
                        time.sleep(0.05 * (attempt + 1))
                self._seen = current
            self._given.opened = self.opened
            return self._store

    def given(self) -> int | None:
        """The ``opened`` of the snapshot that ``store`` last gave the calling thread (None: none yet)."""
        return getattr(self._given, "opened", None)


class Reader:
    """A read-only view of the store: an embedded store's snapshot (``Snapshot``), re-opened when the store
    changed on disk; a remote store as it is. Each reader holds its own lock descriptors (a ``flock`` belongs
    to an open file), so a thread needs its own reader; readers on threads of one process may share one
    snapshot."""

    def __init__(self, path: str, timeout: float | None = None, recheck: float = 0.0,
                 snapshot: Snapshot | None = None):
        """``recheck``: see ``Snapshot`` (for a snapshot of this reader's own; ``snapshot``: a shared one)."""
        self.path = path
        self.remote = is_remote(path)
        self.locks = None if self.remote else _Locks(path)
        self._remote: Store | None = open_store(path, read_only=True, timeout=timeout) if self.remote else None
        self.snapshot = None if self.remote else snapshot or Snapshot(path, recheck)

    def shared(self):
        """The shared lock of an embedded store (nothing for a remote one)."""
        return nullcontext() if self.locks is None else self.locks.shared()

    def invalidate(self) -> None:
        """Forget the open snapshot: the next job opens the store afresh."""
        if not self.remote:
            self.snapshot.invalidate()

    def store(self) -> Store:
        return self._remote if self.remote else self.snapshot.store()


class Writer:
    """Opens the store read-write for the span of one job, with every reader of this server kept out
    (an embedded store); a remote store is opened once and orders its own writes."""

    def __init__(self, path: str, timeout: float | None = None):
        self.path = path
        self.remote = is_remote(path)
        self.locks = None if self.remote else _Locks(path)
        self._remote = open_store(path, timeout=timeout) if self.remote else None

    def run(self, work):
        """``work(store)`` under the exclusive lock; the store is flushed and closed before the lock goes.
        ``work`` must not keep the store.

        While another process (``kg build``) holds the store, the writer waits outside the readers-writer
        lock, so that readers are not queued behind a write that cannot start. A remote store is written as
        it is: its server orders its own writes.
        """
        if self.remote:
            return work(self._remote)
        deadline = time.monotonic() + LOCK_WAIT
        while True:
            self._await_store(deadline)
            with self.locks.exclusive(max(0.0, deadline - time.monotonic())):
                try:
                    db = open_store(self.path)
                except (StoreError, OSError) as e:  # taken again in between: wait outside the lock
                    if time.monotonic() > deadline:
                        raise JobError(503, f"the store is being written by another process; try again later "
                                            f"({e})") from e
                    continue
                try:
                    value = work(db)
                    db.flush()
                    return value
                except BaseException as e:
                    _drop_frames(e)  # tracebacks hold the store too
                    raise
                finally:
                    del db  # the last reference: RocksDB closes here, inside the lock
                    _touch_generation(self.path)

    def _await_store(self, deadline: float) -> None:
        """Wait until no process holds RocksDB's lock on the store (a POSIX lock on its LOCK file, which this
        process does not hold between jobs), or 503 at the deadline."""
        try:
            fd = os.open(os.path.join(self.path, "LOCK"), os.O_RDWR)
        except FileNotFoundError:
            return
        try:
            while True:
                try:
                    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    fcntl.lockf(fd, fcntl.LOCK_UN)
                    return
                except OSError:
                    if time.monotonic() > deadline:
                        raise JobError(503, "the store is being written by another process (kg build?); "
                                            "try again later") from None
                    time.sleep(0.1)
        finally:
            os.close(fd)


def _drop_frames(error: BaseException | None) -> None:
    while error is not None:
        error.__traceback__ = None
        error = error.__cause__ or error.__context__


# ---- reading jobs


def _answer(result, accept: list[str], max_rows: int) -> tuple[str, bytes]:
    """Serialise a query result (``kg.store``'s one form) in the best accepted format, refusing oversized
    answers."""
    try:
        if isinstance(result, bool):
            media = results.choose_results(accept)
            return media, results.write_boolean(result, media)
        if isinstance(result, Solutions):
            media = results.choose_results(accept)
            variables = [v.value for v in result.variables]
            rows = []
            for solution in result:
                if len(rows) == max_rows:
                    raise JobError(422, f"the answer has more than {max_rows} rows, the limit of this endpoint; "
                                        f"add LIMIT or narrow the query")
                rows.append([solution[v] for v in variables])
            return media, results.write_solutions(variables, rows, media)
        if isinstance(result, Triples):
            media = results.choose_rdf(accept)
            triples = []
            for triple in result:
                if len(triples) == max_rows:
                    raise JobError(422, f"the answer has more than {max_rows} triples, the limit of this endpoint; "
                                        f"add LIMIT or narrow the query")
                triples.append(triple)
            return media, results.write_rdf(triples, media, TURTLE_PREFIXES)
    except results.NotAcceptable as e:
        raise JobError(406, str(e)) from e
    raise JobError(500, f"unexpected query result {type(result).__name__}")


def _run(reader: Reader, text: str, **kwargs):
    try:
        return reader.store().query(text, **kwargs)
    except SyntaxError as e:
        if is_update(text):
            raise JobError(400, "this is a SPARQL update, not a query: POST it to /update (with the token)") from e
        raise JobError(400, explain(text, e)) from e


def sparql_query(reader: Reader, query: str, accept: list[str], max_rows: int, allow: tuple[str, ...],
                 default_graphs: list[str], named_graphs: list[str], base_iri: str) -> tuple[str, bytes]:
    """Run a SPARQL query from the protocol; the default graph is the union of all graphs unless given."""
    try:
        query = checked(query, update=False, allow=allow, standard=reader.remote)
    except Refused as e:
        raise JobError(400, str(e)) from e
    dataset = {}
    if default_graphs or named_graphs:
        try:
            dataset = {"default_graph": [NamedNode(g) for g in default_graphs],
                       "named_graphs": [NamedNode(g) for g in named_graphs]}
        except ValueError as e:
            raise JobError(400, f"default-graph-uri and named-graph-uri take absolute IRIs: {e}") from e
    return _answer(_run(reader, query, base_iri=base_iri, **dataset), accept, max_rows)


MIN_ROW_BYTES = {results.SPARQL_JSON: 2, results.SPARQL_XML: 17}  # the least a row takes in the engine's writer


def engine_answer(store: Store, query: str, accept: list[str], max_rows: int, allow: tuple[str, ...],
                  standard: bool = False) -> tuple[str, bytes] | None:
    """A query's answer in JSON or XML as the engine writes it, or None where it cannot be had so (a refused or
    unparsable query, another format, an answer that may be over the row limit): ``sparql_query`` then answers.

    The row limit holds without counting rows: an answer shorter than (max_rows + 1) times the fewest bytes a
    row takes cannot hold more than max_rows rows."""
    try:
        text = checked(query, update=False, allow=allow, standard=standard)
        media = results.choose_results(accept)
    except (Refused, results.NotAcceptable):
        return None
    if media not in MIN_ROW_BYTES:
        return None
    try:
        body = store.query_results(text, media)
    except SyntaxError:
        return None  # sparql_query says what is wrong
    if body is None or len(body) >= (max_rows + 1) * MIN_ROW_BYTES[media]:
        return None
    return media, body


def lookup(reader: Reader, query: str, accept: list[str], max_rows: int, allow: tuple[str, ...],
           default_graphs: list[str], named_graphs: list[str], base_iri: str) -> tuple[str, bytes]:
    """A point lookup (api.fastpath): ``sparql_query``, with the answer written by the engine where it can
    (``engine_answer``; a longer one is run again the counting way)."""
    if not default_graphs and not named_graphs:
        answer = engine_answer(reader.store(), query, accept, max_rows, allow, reader.remote)
        if answer is not None:
            return answer
    return sparql_query(reader, query, accept, max_rows, allow, default_graphs, named_graphs, base_iri)


def named_query(reader: Reader, name: str, params: dict[str, str], accept: list[str], max_rows: int,
                allow: tuple[str, ...]) -> tuple[str, bytes, str | None]:
    """Run a query from queries/ with its parameters bound as typed terms (kg.queries); SERVICE in a named
    query is refused like anywhere else unless allow-listed. A SELECT query answers one page: ``_size`` rows
    (default 100, ``max`` for the row limit) from the cursor ``_next``; returns the media type, the body and
    the cursor of the next page (None at the end, and for other forms)."""
    from kg.queries import QueryError, get, page_size, run_page, with_org_names

    try:
        q = get(name)
    except QueryError as e:
        raise JobError(404, str(e)) from e
    values = {k: v for k, v in params.items() if k not in ("_size", "_next")}

    def safe(text: str) -> str:
        try:
            return checked(text, update=False, allow=allow)
        except Refused as e:
            raise JobError(400, f"the named query {name!r} reaches another server: {e}") from e

    try:
        if q.form != "SELECT":
            text = safe(q.bound_text(with_org_names(reader.store(), q, values)))
            if "_size" in params or "_next" in params:
                raise QueryError(f"query {name!r} is a {q.form} query; _size and _next page SELECT queries")
            return (*_answer(_run(reader, text), accept, max_rows), None)
        raw_size = params.get("_size")
        size = page_size(max_rows if raw_size == "max" else raw_size, max_rows)
        page = run_page(reader.store(), name, values, size, params.get("_next"), check=safe,
                        run=lambda text: _run(reader, text))
    except QueryError as e:
        raise JobError(400, str(e)) from e
    try:
        media = results.choose_results(accept)
    except results.NotAcceptable as e:
        raise JobError(406, str(e)) from e
    return media, results.write_solutions(page.columns, page.terms, media), page.next


def graph(reader: Reader, iri: str | None, accept: list[str], max_rows: int) -> tuple[str, bytes]:
    """Graph Store Protocol GET: one named graph (an article's), or the default graph (the union)."""
    try:
        media = results.choose_rdf(accept)
    except results.NotAcceptable as e:
        raise JobError(406, str(e)) from e
    db = reader.store()
    if iri is None:
        result = db.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        return _answer(result, accept, max_rows)
    try:
        name = NamedNode(iri)
    except ValueError as e:
        raise JobError(400, f"not an IRI: {e}") from e
    if not db.has_graph(name):
        raise JobError(404, f"no graph <{iri}> in this store")
    triples = [q.triple for q in db.graph_quads(name)]
    if len(triples) > max_rows:
        raise JobError(422, f"the graph has more than {max_rows} triples, the limit of this endpoint")
    return media, results.write_rdf(triples, media, TURTLE_PREFIXES)


def contradictions(reader: Reader, org: str | None, kind: str | None) -> list[dict]:
    """The contradictions the graph holds (kg.contradictions), as JSON-ready dicts."""
    from kg.contradictions import find_contradictions
    from kg.queries import QueryError

    try:
        return find_contradictions(reader.store(), org=org, kind=kind)
    except QueryError as e:
        raise JobError(400, str(e)) from e


def export(reader: Reader, fmt: str, org: str | None, construct: str | None, allow: tuple[str, ...],
           detail: str = "domain"):
    """The graph (or one organisation's part, or a CONSTRUCT's result) in an export format of kg.export.graph."""
    from kg.export.graph import FORMATS, ExportError, export_graph

    if fmt not in FORMATS:
        raise JobError(404, f"no export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if construct:
        try:
            construct = checked(construct, update=False, allow=allow, standard=reader.remote)
        except Refused as e:
            raise JobError(400, str(e)) from e
    try:
        body, media = export_graph(reader.store(), fmt, org=org, construct=construct, detail=detail)
    except ExportError as e:
        raise JobError(400, str(e)) from e
    return media, body


# ---- writing jobs


def update(writer: Writer, text: str, allow: tuple[str, ...], base_iri: str) -> None:
    """Run a SPARQL update in one transaction."""
    try:
        text = checked(text, update=True, allow=allow, standard=writer.remote)
    except Refused as e:
        raise JobError(400, str(e)) from e

    def work(db):
        try:
            db.update(text, base_iri=base_iri)
        except SyntaxError as e:
            raise JobError(400, explain(text, e, "update")) from e
        except OSError as e:
            raise JobError(400, f"update failed: {e}") from e

    writer.run(work)


def put_graph(writer: Writer, iri: str, data: bytes, media: str, max_parsed: int) -> bool:
    """Graph Store Protocol PUT: replace one named graph by the RDF given, in one transaction.
    Returns whether the graph is new.

    RDF/XML that declares entities is refused: pyoxigraph expands them, and 831 bytes of nested entities
    ("billion laughs") made a 690 MB literal. Whatever the format, parsing stops once the graph's terms
    pass ``max_parsed`` bytes (prefixes expand too)."""
    fmt = results.RDF_TYPES.get(results.RDF_ALIASES.get(media, media))
    if fmt is None:
        raise JobError(415, f"send the graph as one of {', '.join(results.RDF_TYPES)}, not {media or 'no type'}")
    if fmt == RdfFormat.RDF_XML:
        _refuse_entities(data)
    try:
        graph = NamedNode(iri)
        quads, size = [], 0
        for q in parse(data, format=fmt, base_iri=iri, without_named_graphs=fmt not in results.QUAD_FORMATS):
            size += len(str(q))
            if size > max_parsed:
                raise JobError(413, f"the graph is larger than {max_parsed:,} bytes once parsed; send less at once")
            quads.append(Quad(q.subject, q.predicate, q.object, graph))
    except (SyntaxError, ValueError) as e:
        raise JobError(400, f"the graph could not be parsed: {e}") from e

    def work(db):
        created = not db.has_graph(graph)
        db.replace_graph(graph, quads)
        return created

    return writer.run(work)


def _refuse_entities(data: bytes) -> None:
    """400 for XML that declares entities (or is not well-formed to expat, which reads any encoding)."""
    from xml.parsers import expat

    def declared(name, is_parameter, *rest):
        raise JobError(400, f"the RDF/XML declares the entity {name!r}: entity declarations are refused "
                            "(they can expand a small body into gigabytes); write the IRIs out or send Turtle")

    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = declared
    try:
        parser.Parse(data, True)
    except expat.ExpatError as e:
        raise JobError(400, f"the graph could not be parsed: not well-formed XML: {e}") from None


def delete_graph(writer: Writer, iri: str) -> None:
    """Graph Store Protocol DELETE of one named graph."""
    graph = NamedNode(iri)

    def work(db):
        if not db.remove_graph(graph):
            raise JobError(404, f"no graph <{iri}> in this store")

    writer.run(work)


def ingest(writer: Writer, article: dict) -> dict:
    """One article read as ``kg build`` reads a JSONL line, through the same pipeline (extract, link, map,
    validate, store), then event resolution.

    Answers with what happened, the article's claims and the contradictions it takes part in (looked up among
    its organisations' only, so that neither costs in proportion to the store).
    """
    from kg.contradictions import find_contradictions
    from kg.export.claims import claim_rows
    from kg.pipeline import ingest as ingest_one
    from kg.pubdate import normalise_date
    from kg.read import ReadError, read_fields

    if article.get("published") and normalise_date(article["published"]) is None:
        raise JobError(400, f"'published' is not a date: {article['published']!r}")
    record = read_fields(article, source="api")
    if isinstance(record, ReadError):
        raise JobError(422, f"article {article['id']!r} was not written: {record.reason}")
    from kg.resolve import resolved_organisations

    def work(db):
        outcome = ingest_one(record, db)
        if outcome.status == "skipped":
            raise JobError(422, f"article {record.id!r} was not written: {outcome.reason}")
        found = [c for org in resolved_organisations(db, record.id) for c in find_contradictions(db, org=org)
                 if any(claim.get("article") == record.id for claim in c.get("claims", []))]
        return {"article": record.id, "status": outcome.status, "claims": claim_rows(db, article=record.id),
                "contradictions": found, "quads": outcome.quads}

    return writer.run(work)


def repair(writer: Writer) -> bool:
    """Finish what a write cut off left marked incomplete (the resolution graph); whether there was any."""
    from kg.pipeline import repair_resolution

    return writer.run(repair_resolution)


READ_JOBS = {"sparql": sparql_query, "lookup": lookup, "named": named_query, "graph": graph, "contradictions": contradictions,
             "export": export}
WRITE_JOBS = {"update": update, "ingest": ingest, "put_graph": put_graph, "delete_graph": delete_graph,
              "repair": repair}


def _attempt(jobs: dict, state, name: str, kwargs: dict):
    """Run one job; a read runs under the shared lock, and is retried on a fresh snapshot if a writer
    outside the server (which takes no lock) removed a file under it."""
    if not isinstance(state, Reader):
        return jobs[name](state, **kwargs)
    tries = 3
    for attempt in range(tries):
        try:
            with state.shared():
                return jobs[name](state, **kwargs)
        except (OSError, RuntimeError) as e:
            if attempt == tries - 1 or state.remote:
                raise JobError(503, f"the store could not be read: {e}") from e
            state.invalidate()
            time.sleep(0.02 * (attempt + 1))


def run_read(reader: Reader, name: str, kwargs: dict):
    """Run one read job on a reader (in a query process, or on a thread of the server: api.fastpath)."""
    return _attempt(READ_JOBS, reader, name, kwargs)


def _few_malloc_arenas(arenas: int = 2) -> None:
    """Cap glibc's malloc arenas. Each thread that finds the arenas busy may reserve a new one of 64 MB of address
    space (up to 8 a core), so under load a process's address space grew past its limit without using the memory:
    a cheap ASK got 503 in the full test suite. Elsewhere than glibc, nothing to do."""
    import ctypes

    try:
        ctypes.CDLL(None).mallopt(-8, arenas)  # M_ARENA_MAX
    except (OSError, AttributeError):
        pass


def serve(conn, store_path: str, mode: str, memory_mb: int = 0, parent: int | None = None,
          timeout: float | None = None) -> None:
    """Worker process main loop: say ("ready",), then receive (job, kwargs), answer ("ok", value) or
    ("error", status, message). ``timeout``: how long a remote store waits for its server.

    ``memory_mb`` caps the process's address space: a query that would grow past it fails to allocate
    (MemoryError in Python, an abort in pyoxigraph) instead of taking the machine's memory. The process
    dies with ``parent``, the server process at the other end of ``conn``.
    """
    if parent is not None:
        die_with_server(conn, parent)
    if memory_mb:
        import resource

        _few_malloc_arenas()
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 2**20, memory_mb * 2**20))
    state = Reader(store_path, timeout) if mode == "read" else Writer(store_path, timeout)
    jobs = READ_JOBS if mode == "read" else WRITE_JOBS
    if mode == "read":
        import rdflib.plugins.sparql.parser  # noqa: F401  (warm the safety parser before the first job)
    conn.send(("ready",))
    while True:
        try:
            name, kwargs = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        try:
            reply = ("ok", _attempt(jobs, state, name, kwargs))
        except JobError as e:
            reply = ("error", e.status, str(e))
        except MemoryError:
            work = "query" if mode == "read" else "write"
            reply = ("error", 503, f"the {work} needed more than the {memory_mb} MB this endpoint allows and was "
                                   f"stopped{'' if mode == 'read' else '; nothing was written'}")
        except Exception as e:  # report, keep serving
            reply = ("error", 500, f"{type(e).__name__}: {e}")
        conn.send(reply)
