"""The FastAPI application: SPARQL 1.1 protocol, graph store, named queries, ingest, exports, web page.

Dataset: without ``default-graph-uri``/``named-graph-uri`` the default graph is the union of every
named graph (each article's graph and the resolution graph), and GRAPH reaches each one by its IRI.

Safety: queries run in worker processes and are killed past ``query_timeout`` (503), in a quick lane that
queries running long leave for a long one (``api.lanes``); answers above ``max_rows`` are refused (422);
SERVICE and LOAD are refused unless allow-listed; bodies above ``max_body`` get 413, URLs past what the
HTTP parser takes 414 (``api.protocol``); updates, graph PUT/DELETE and ingest need a configured token sent
as ``Authorization: Bearer``; worker processes die with the server (``api.lifeline``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import multiprocessing
import os
import re
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles

from api.fastpath import FastPath, LookupMiddleware
from api.lanes import Lanes
from api.lifeline import die_with_parent
from api.routes import articles, export, page, queries, sparql, store
from api.routes.server import Server
from api.settings import Settings
from api.workers import JobFailed, Pool, Unavailable
from kg import __version__
from kg.store import is_remote


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the application: the worker pools for its lifetime, the middleware, the routes of ``api.routes``,
    the error handlers. Settings default to the ``KG_*`` environment."""
    settings = settings or Settings()
    parent = multiprocessing.parent_process()
    if parent is not None:  # a server process of `kg serve --workers N`: it dies with the supervisor
        die_with_parent(parent.pid)
    if settings.token:
        for name in ("uvicorn.access", "uvicorn.error"):
            logging.getLogger(name).addFilter(_RedactToken(settings.token))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        _ensure_store(settings.store)
        app.state.readers = Lanes(settings.store, settings.query_processes, settings.long_query_processes,
                                  settings.query_memory_mb, settings.quick_query_seconds, timeout=settings.query_timeout)
        app.state.readers.start()
        app.state.writer = Pool(settings.store, "write", 1, settings.write_memory_mb,
                                timeout=settings.write_timeout)  # started when first needed
        app.state.fast = FastPath(settings.store) if settings.fast_lookups and not is_remote(settings.store) else None
        repairing = asyncio.create_task(_repair(app.state.writer, settings)) if _cut_off(settings.store) else None
        try:
            yield
        finally:
            if repairing is not None:
                repairing.cancel()
            if app.state.fast:
                app.state.fast.close()
            app.state.readers.close()
            app.state.writer.close()

    app = FastAPI(title="news-kg", version=__version__, lifespan=lifespan, max_body_size=settings.max_body,
                  description=__doc__, docs_url=None, redoc_url=None)  # their pages load from a CDN: /openapi.json only
    app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                       allow_headers=["Accept", "Content-Type"])  # no Authorization: writes stay same-origin
    LookupMiddleware.install(app, settings)  # point lookups: in front of every other middleware (api.fastpath)

    server = Server(settings)
    for routes in (sparql, store, queries, articles, export):
        app.include_router(routes.router(server))
    app.include_router(page.router())
    app.mount("/static", StaticFiles(directory=page.STATIC), name="static")

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        """422 listing what is wrong, without echoing the input: it may hold lone surrogates, which UTF-8
        cannot encode (the default handler then failed with a 500), and it may be megabytes long."""
        errors = [{k: v for k, v in e.items() if k not in ("input", "ctx")} for e in exc.errors()]
        return Response(json.dumps({"detail": jsonable_encoder(errors)}), status_code=422,
                        media_type="application/json")

    @app.exception_handler(HTTPException)
    async def plain_errors(request: Request, exc: HTTPException):
        """Errors as text for SPARQL clients, as JSON for the rest of the API."""
        if request.url.path in ("/sparql", "/update", "/store"):
            return PlainTextResponse(str(exc.detail), status_code=exc.status_code, headers=exc.headers)
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    return app


class _RedactToken(logging.Filter):
    """Keep the write token out of the logs, even when a client puts it in a URL, where it is percent-encoded
    in part or whole (clients encode ``+/=`` so, in either case of hex digit)."""

    def __init__(self, token: str):
        super().__init__()
        self.pattern = re.compile("".join(_any_encoding(ch) for ch in token))

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = self.pattern.sub("[token]", record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(self.pattern.sub("[token]", a) if isinstance(a, str) else a for a in record.args)
        return True


def _any_encoding(ch: str) -> str:
    """A pattern of one character as written in a URL: itself, percent-encoded (``+`` for a space)."""
    encoded = "".join("%" + "".join(f"[{d.lower()}{d}]" if d.isalpha() else d for d in f"{b:02X}")
                      for b in ch.encode())
    return "(?:" + "|".join([re.escape(ch), encoded] + ([r"\+"] if ch == " " else [])) + ")"


def _cut_off(path: str) -> bool:
    """Whether a write was cut off in the store (a server or build killed between an article and its
    resolution): the resolution graph is marked incomplete."""
    from kg.mapping import RESOLUTION_GRAPH
    from kg.store import StoreError, is_remote, open_store

    if is_remote(path) or not os.path.exists(os.path.join(path, "CURRENT")):
        return False
    try:
        return open_store(path, read_only=True).is_incomplete(RESOLUTION_GRAPH)
    except (StoreError, OSError):
        return False


async def _repair(writer: Pool, settings: Settings) -> None:
    """Resolve again what a cut-off write left (in the writer process, in the background)."""
    log = logging.getLogger("uvicorn.error")
    try:
        if await writer.run("repair", settings.write_timeout):
            log.info("resolved the store again: a write had been cut off between an article and its resolution")
    except (Unavailable, JobFailed) as e:
        log.warning("could not finish a write that was cut off (the next start tries again): %s", e)


def _ensure_store(path: str) -> None:
    """Create an empty store where none exists yet, so that readers can open it (a folder; a SPARQL server
    is there or not)."""
    from kg.store import StoreError, is_remote, open_store

    if is_remote(path) or os.path.exists(os.path.join(path, "CURRENT")):
        return
    try:
        db = open_store(path)
        db.flush()
        del db
    except StoreError:  # another process just created and holds it
        pass
