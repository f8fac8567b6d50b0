"""Point lookups answered in the server process, without a trip to a killable query process.

A query process is what makes a time limit real (api.workers): a query that computes before its first
row cannot be stopped any other way. A point lookup does not need one. Its cost is bounded by its shape,
so it runs on a thread of the server (pyoxigraph lets go of the GIL) and spares the pipe, the pickling
and the process switch, which cost more than the lookup itself (measured in bench/endpoint.py).

A query takes this path only when all of it matches a small grammar, checked by one regular expression:

    [PREFIX p: <iri>]* (SELECT [DISTINCT] vars|* | ASK) [WHERE] { S P O [; P O]* [.] } [LIMIT n]

with S a constant (an IRI or a prefixed name), P a constant, a variable or ``a``, and O anything but a
blank node, at most ``MAX_PAIRS`` predicate-object pairs, no comments, and no dataset given in the
request. The one pattern then starts from one stored node, so the engine answers by scanning that node's
quads, and the answer is at most that many rows; it is checked at the row limit like any other (422 past
it). Anything else (a FILTER, OPTIONAL, a path, a sub-query, ORDER BY, a second subject, a second pair)
goes to the query processes as before. A second pair is a join: ``<hub> ?p ?o ; ?q ?r`` has as many rows as
the square of the node's quads (an organisation had 775 quads in the union default graph at 1,000 articles:
600,000 rows, 17 s on a thread that no time limit stops; three pairs, 465 million).

What does not change: the same job code runs (``api.jobs.lookup``: ``api.safety.checked`` first, then the
row limit and the formats; the answer in JSON or XML is written by the engine, which the row limit allows
without counting rows, see there), under the same readers-writer lock of the store (each thread holds its
own lock file descriptors, as a process does), on one snapshot that the threads share (``jobs.Snapshot``:
opened once, its caches warm once), re-opened when this server wrote (at once) or another process did (within
``RECHECK`` seconds); and the time limit still applies: past it the
client gets 503 (the lookup itself finishes on its thread, a scan of one node's quads). Only the embedded
store takes this path; a remote store's server does the work.

A lookup whose answer was at most ``SMALL`` bytes on the open snapshot (a claim's: about 5 KB) is run again on
the event loop's thread itself, where that needs no wait (no writer queued or writing, no look at the store
folder due): the hand-over to a thread and back cost about a third of such a lookup's CPU. Its cost is that
of its answer, about a millisecond. A write (a new snapshot) sends every lookup back to the threads until it
is measured again.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import unquote

from api import jobs, results

SMALL = 16384  # bytes: a lookup whose answer is no longer runs on the event loop's thread (see FastPath.run)
KNOWN = 16384  # lookups remembered as small
MAX_PAIRS = 1  # a second pair multiplies the rows by the node's quads again (see above)
THREADS = 4
RECHECK = 0.05  # seconds between two looks at the store folder for writes by other processes (api.jobs.Reader)

_IRI = r'<[^<>"{}|^`\\\x00-\x20]*>'
_PN = r"(?:[A-Za-z][\w-]*(?:\.[\w-]+)*)?"
_PNAME = _PN + r":(?:[\w-]+(?:\.[\w-]+)*)?"
_VAR = r"[?$][A-Za-z_]\w*"
_STRING = r'"(?:[^"\\\n\r]|\\["\\nrt])*"'
_LITERAL = (_STRING + r"(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\^\^(?:" + _IRI + "|" + _PNAME + r"))?"
            r"|[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false")
_CONST = f"(?:{_IRI}|{_PNAME})"
_PRED = f"(?:{_IRI}|{_PNAME}|{_VAR}|a)"
_OBJ = f"(?:{_IRI}|{_PNAME}|{_VAR}|{_LITERAL})"
_PAIR = rf"{_PRED}\s+{_OBJ}"
LOOKUP = re.compile(
    rf"\s*(?:PREFIX\s+{_PN}:\s*{_IRI}\s*)*"
    rf"(?:SELECT\s+(?:DISTINCT\s+)?(?:\*|(?:{_VAR}\s*)+)|ASK)\s*(?:WHERE\s*)?"
    rf"\{{\s*{_CONST}\s+{_PAIR}(?P<more>(?:\s*;\s*{_PAIR})*)\s*\.?\s*\}}"
    r"\s*(?:LIMIT\s+\d+\s*)?",
    re.IGNORECASE)


def is_lookup(query: str) -> bool:
    """Whether a query is a point lookup that may run in the server process (see the module's grammar)."""
    if len(query) > 4000:  # the grammar has no comments: a "#" outside an IRI or a string never matches
        return False
    m = LOOKUP.fullmatch(query)
    return bool(m) and m.group("more").count(";") < MAX_PAIRS


class FastPath:
    """Threads of the server process that run point lookups on the embedded store; a lookup whose answer was
    small on the current snapshot runs at once on the calling thread (the event loop's) instead."""

    def __init__(self, store_path: str, threads: int = THREADS):
        self.store_path = store_path
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="kg-lookup")
        self._local = threading.local()
        self._snapshot = jobs.Snapshot(store_path, recheck=RECHECK)  # one for every thread: its caches warm once
        self._small: dict[bytes, int] = {}  # digest of a lookup's text -> the snapshot (``opened``) it was small on
        self._locks = jobs.Reader(store_path, snapshot=self._snapshot).locks  # the calling thread's own descriptors

    def invalidate(self) -> None:
        """The store was written by this server: the threads' snapshot is re-opened before the next lookup."""
        self._snapshot.invalidate()

    def _reader(self) -> jobs.Reader:
        local = self._local
        if getattr(local, "reader", None) is None:  # its own lock descriptors (a lock per thread), the one snapshot
            local.reader = jobs.Reader(self.store_path, snapshot=self._snapshot)
        return local.reader

    def _run(self, kwargs: dict):
        try:
            return ("ok", jobs.run_read(self._reader(), "lookup", kwargs))
        except jobs.JobError as e:
            return ("error", e.status, str(e))
        except Exception as e:  # as in a query process: report, keep serving
            return ("error", 500, f"{type(e).__name__}: {e}")

    def _measured(self, kwargs: dict):
        """``_run``, and the snapshot it ran on (``Snapshot.opened``)."""
        reply = self._run(kwargs)
        return reply, self._snapshot.given()

    def now(self, kwargs: dict) -> tuple[str, bytes] | None:
        """(media type, body) of a lookup known to be small, answered at once on the calling thread where nothing
        has to wait (``_now``); None: ``run`` it."""
        if kwargs["default_graphs"] or kwargs["named_graphs"]:
            return None
        key = _key(kwargs["query"])
        return self._now(key, kwargs) if key in self._small else None

    def _now(self, key: bytes, kwargs: dict) -> tuple[str, bytes] | None:
        """The answer of a lookup known to be small on the open snapshot, computed on the calling thread if that
        needs no wait (no writer queued or writing, no look at the store folder due); None otherwise."""
        if not self._locks.try_shared():
            return None
        try:
            ready = self._snapshot.ready()
            if ready is None or ready[1] != self._small.get(key):
                return None
            return jobs.engine_answer(ready[0], kwargs["query"], kwargs["accept"], kwargs["max_rows"], kwargs["allow"])
        except (OSError, RuntimeError, jobs.JobError):  # e.g. a file a writer outside removed: the threads retry
            return None
        finally:
            self._locks.release_shared()

    async def run(self, timeout: float, **kwargs):
        """("ok", value) or ("error", status, message); None when the time limit passed first.

        A lookup whose answer took at most ``SMALL`` bytes on the open snapshot is run again at once on the event
        loop's thread, sparing the hand-over to a thread and back: its cost is that of the answer (about a
        millisecond), far below the time limit. Anything else, and a lookup first seen or seen on an older
        snapshot, runs on the threads, under the time limit, and is remembered (``KNOWN`` lookups at most)."""
        answer = self.now(kwargs)
        if answer is not None:
            return ("ok", answer)
        future = asyncio.get_running_loop().run_in_executor(self._pool, self._measured, kwargs)
        try:
            reply, opened = await asyncio.wait_for(asyncio.shield(future), timeout)
        except TimeoutError:
            return None
        if opened is not None and reply[0] == "ok" and len(reply[1][1]) <= SMALL:
            key = _key(kwargs["query"])
            if key not in self._small and len(self._small) >= KNOWN:
                del self._small[next(iter(self._small))]  # the oldest
            self._small[key] = opened
        return reply

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def _key(query: str) -> bytes:
    return hashlib.blake2b(query.encode(), digest_size=16).digest()


ACCEPTS = 64  # distinct Accept headers a server process keeps parsed
VARY_ACCEPT = (b"vary", b"Accept, Origin")  # the route's Vary, and what the CORS middleware adds without an Origin
VARY_ORIGIN = (b"vary", b"Origin")


class LookupMiddleware:
    """``GET /sparql?query=...`` with a point lookup, answered before FastAPI's routing and parameter parsing
    (which cost more than the lookup): the query string holds ``query`` once and nothing else, the lookup
    succeeds on the fast path, and the answer goes out with the headers the route gives (``Vary: Accept``,
    the media type with its charset). Anything else, and any lookup that fails (a syntax error, the row
    limit), goes on to the route, which answers it the usual way, with the same words.

    It is the outermost layer of the application (``install``): in front of Starlette's error, body-limit
    and CORS middleware, whose wrapping of every message cost about as much as the rest of a lookup's Python.
    None of them changes such an answer but for the ``Vary: Origin`` that CORS adds to a request without an
    ``Origin`` header, which is written here too: a GET has no body to limit, and a request with an ``Origin``
    header goes on to them, and to the route's fast path."""

    def __init__(self, app, state, settings):
        self.app, self.state, self.settings = app, state, settings
        self._heads: dict[str, bytes] = {}  # media type -> the header lines of a 200 (answer_now)
        self._accepts: dict[str | None, list[str]] = {}  # short Accept headers parsed (ACCEPTS at most)

    def _lookup(self, scope) -> dict | None:
        """The arguments of the lookup a request asks for (``FastPath.run``'s but ``base_iri``), or None when the
        application answers it."""
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] != "/sparql":
            return None
        raw = scope.get("query_string", b"")
        if (getattr(self.state, "fast", None) is None or not raw.startswith(b"query=") or b"&" in raw
                or len(raw) > self.settings.max_body):
            return None
        accept = None
        for k, v in scope["headers"]:
            if k == b"origin":  # a cross-origin read: the CORS middleware adds its headers
                return None
            if k == b"accept":
                accept = v.decode("latin-1")
        try:  # what parse_qsl(strict) reads from one "query=" field
            query = unquote(raw[6:].decode("utf-8", "strict").replace("+", " "), errors="strict")
        except UnicodeDecodeError:
            return None
        if not is_lookup(query):
            return None
        ranked = self._accepts.get(accept)
        if ranked is None:
            ranked = results.parse_accept(accept)
            if len(self._accepts) < ACCEPTS and len(accept or "") <= 200:
                self._accepts[accept] = ranked
        return {"query": query, "accept": ranked, "max_rows": self.settings.max_rows,
                "allow": self.settings.service_allow, "default_graphs": [], "named_graphs": []}

    async def __call__(self, scope, receive, send):
        kwargs = self._lookup(scope)
        if kwargs is None:
            return await self.app(scope, receive, send)
        kwargs["base_iri"] = _base(scope) + "/sparql"
        reply = await self.state.fast.run(self.settings.query_timeout, **kwargs)
        if reply is None:
            body = f"the query ran past the time limit of {self.settings.query_timeout:g} s".encode()
            return await _send(send, 503, body, "text/plain; charset=utf-8", [(b"retry-after", b"5"), VARY_ORIGIN])
        if reply[0] != "ok":
            return await self.app(scope, receive, send)
        media, body = reply[1]
        await _send(send, 200, body, _content_type(media), [VARY_ACCEPT])

    def answer_now(self, scope) -> tuple[bytes, bytes] | None:
        """The header lines (content type and Vary; no length) and the body of the answer to a request that
        ``FastPath.now`` answers at once, for the HTTP protocol to write without the ASGI application
        (api.protocol); None: the application answers the request."""
        kwargs = self._lookup(scope)
        answer = None if kwargs is None else self.state.fast.now(kwargs)
        if answer is None:
            return None
        media, body = answer
        head = self._heads.get(media)
        if head is None:
            head = self._heads[media] = b"".join(name + b": " + value + b"\r\n" for name, value in
                                                 [(b"content-type", _content_type(media).encode("latin-1")), VARY_ACCEPT])
        return head, body

    @classmethod
    def install(cls, app, settings) -> None:
        """Put the middleware in front of ``app``'s whole middleware stack (built at the first request)."""
        build = app.build_middleware_stack
        app.build_middleware_stack = lambda: cls(build(), app.state, settings)


def _base(scope) -> str:
    host = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), None)
    if host is None:
        server = scope.get("server") or ("localhost", 80)
        host = f"{server[0]}:{server[1]}"
    return f"{scope.get('scheme', 'http')}://{host}{scope.get('root_path', '')}"


def _content_type(media: str) -> str:
    return media if media.endswith(("+xml", "/n-triples", "/n-quads")) else media + "; charset=utf-8"


async def _send(send, status: int, body: bytes, media: str, extra: list) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", media.encode("latin-1")), (b"content-length", str(len(body)).encode()),
                            *extra]})
    await send({"type": "http.response.body", "body": body})
