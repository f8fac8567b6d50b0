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
import hmac
import json
import logging
import multiprocessing
import os
import re
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import parse_qs

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from api import results
from api.dataset import DatasetConflict, with_using
from api.description import service_description
from api.fastpath import FastPath, LookupMiddleware, is_lookup
from api.lanes import Lanes
from api.lifeline import die_with_parent
from api.settings import Settings
from api.workers import JobFailed, Pool, Unavailable
from kg import __version__
from kg.store import is_remote

STATIC = Path(__file__).resolve().parent / "static"
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
PARSED_PER_BODY_BYTE = 16  # a graph PUT may grow this much as it is parsed (prefixes expand), and no more


class ArticleIn(BaseModel):
    """One article to ingest; ``id`` names its graph. Other fields as in JSONL input."""

    id: str = Field(min_length=1, max_length=200, pattern=r"^\S(.*\S)?$")
    text: str = Field(min_length=1)
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = Field(None, description="ISO date, month or year")
    language: str | None = Field(None, description="ISO 639-1; identified from the text when absent")


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the application; settings default to the ``KG_*`` environment."""
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
    app.add_middleware(LookupMiddleware, state=app.state, settings=settings)  # inside CORS: same CORS headers
    app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                       allow_headers=["Accept", "Content-Type"])  # no Authorization: writes stay same-origin

    async def answer(work):
        try:
            return await work
        except Unavailable as e:
            raise HTTPException(503, str(e), headers={"Retry-After": "5"}) from None
        except JobFailed as e:
            raise HTTPException(e.status, str(e), headers={"Retry-After": "5"} if e.status == 503 else None) from None

    async def read(request: Request, job: str, **kwargs):
        client = request.client.host if request.client else ""
        return await answer(request.app.state.readers.run(client, job, settings.query_timeout, **kwargs))

    async def write(request: Request, job: str, **kwargs):
        try:
            return await answer(request.app.state.writer.run(job, settings.write_timeout, **kwargs))
        finally:
            if request.app.state.fast:  # what this server wrote is read at once, on every thread
                request.app.state.fast.invalidate()

    def authorised(authorization: Annotated[str | None, Header()] = None) -> None:
        """Updates and ingest: off without a configured token, else only with the Bearer token."""
        if not settings.token:
            raise HTTPException(403, "writing is off on this server: start it with a token (KG_API_TOKEN)")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise HTTPException(401, "writing needs Authorization: Bearer <token>",
                                headers={"WWW-Authenticate": 'Bearer realm="news-kg"'})
        if not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
            raise HTTPException(403, "the token is not valid for this server")

    # ---- SPARQL 1.1 protocol: query

    async def answer_query(request: Request, query: str, default_graphs: list[str], named_graphs: list[str]):
        kwargs = {"query": query, "accept": results.parse_accept(request.headers.get("accept")),
                  "max_rows": settings.max_rows, "allow": settings.service_allow, "default_graphs": default_graphs,
                  "named_graphs": named_graphs, "base_iri": str(request.url_for("sparql_get"))}
        fast = request.app.state.fast
        if fast is not None and not default_graphs and not named_graphs and is_lookup(query):
            reply = await fast.run(settings.query_timeout, **kwargs)  # a point lookup: on a thread (api.fastpath)
            if reply is None:
                raise HTTPException(503, f"the query ran past the time limit of {settings.query_timeout:g} s",
                                    headers={"Retry-After": "5"})
            if reply[0] == "error":
                raise HTTPException(reply[1], reply[2])
            media, body = reply[1]
        else:
            media, body = await read(request, "sparql", **kwargs)
        return _media_response(body, media)

    @app.get("/sparql", summary="SPARQL query (GET); without a query, the service description",
             responses=_SPARQL_RESPONSES)
    async def sparql_get(
        request: Request,
        query: Annotated[str | None, Query(description="a SPARQL 1.1 query")] = None,
        default_graph_uri: Annotated[list[str], Query(alias="default-graph-uri")] = (),
        named_graph_uri: Annotated[list[str], Query(alias="named-graph-uri")] = (),
    ):
        params = request.query_params
        if len(request.url.query) > settings.max_body:
            raise HTTPException(414, f"the query string is longer than {settings.max_body} bytes: POST the query")
        if "update" in params:
            raise HTTPException(400, "updates are not taken by GET: POST them to /update")
        if len(params.getlist("query")) > 1:
            raise HTTPException(400, "give one query, not several")
        if query is None:
            return _service_description(request)
        return await answer_query(request, query, list(default_graph_uri), list(named_graph_uri))

    @app.post("/sparql", summary="SPARQL query (POST: form-encoded or application/sparql-query)",
              responses=_SPARQL_RESPONSES, openapi_extra=_body_schema(SPARQL_QUERY, "query"))
    async def sparql_post(request: Request):
        text, default_graphs, named_graphs = await _protocol_request(request, "query", SPARQL_QUERY,
                                                                     ("default-graph-uri", "named-graph-uri"))
        return await answer_query(request, text, default_graphs, named_graphs)

    # ---- SPARQL 1.1 protocol: update (token only)

    @app.post("/update", summary="SPARQL update (form-encoded or application/sparql-update); needs the token",
              status_code=204, dependencies=[Depends(authorised)], openapi_extra=_body_schema(SPARQL_UPDATE, "update"),
              responses={401: {"description": "no Bearer token"}, 403: {"description": "writing off or bad token"}})
    async def sparql_update(request: Request):
        text, using, using_named = await _protocol_request(request, "update", SPARQL_UPDATE,
                                                           ("using-graph-uri", "using-named-graph-uri"))
        bad = [g for g in [*using, *using_named] if not _is_iri(g)]
        if bad:
            raise HTTPException(400, f"using-graph-uri and using-named-graph-uri take absolute IRIs, not {bad[0]!r}")
        try:
            text = with_using(text, using, using_named)
        except DatasetConflict as e:
            raise HTTPException(400, str(e)) from None
        await write(request, "update", text=text, allow=settings.service_allow,
                    base_iri=str(request.url_for("sparql_update")))
        return Response(status_code=204)

    # ---- Graph Store Protocol (GET for all; PUT and DELETE with the token)

    @app.get("/store", summary="Graph Store Protocol GET: one graph by IRI (?graph=) or the union (?default)",
             responses={200: {"content": {m: {} for m in results.RDF_TYPES}}, 404: {"description": "no such graph"}})
    async def graph_store(
        request: Request,
        graph: Annotated[str | None, Query(description="the graph IRI, e.g. an article's graph")] = None,
        default: Annotated[str | None, Query(description="present: the default graph (the union)")] = None,
    ):
        if (graph is None) == (default is None):
            raise HTTPException(400, "give either ?graph=IRI or ?default")
        if graph is not None and not _is_iri(graph):
            raise HTTPException(400, f"not an absolute IRI: {graph!r}")
        media, body = await read(request, "graph", iri=graph, accept=results.parse_accept(request.headers.get("accept")),
                                 max_rows=settings.max_rows)
        return _media_response(body, media)

    @app.put("/store", summary="Graph Store Protocol PUT: replace one named graph; needs the token",
             status_code=204, dependencies=[Depends(authorised)],
             openapi_extra={"requestBody": {"required": True, "content": {m: {"schema": {"type": "string"}}
                                                                          for m in results.RDF_TYPES}}},
             responses={201: {"description": "graph created"}, 400: {"description": "unparsable RDF"},
                        415: {"description": "not an RDF media type"}})
    async def graph_put(request: Request, graph: Annotated[str, Query(description="the graph IRI")]):
        if not _is_iri(graph):
            raise HTTPException(400, f"not an absolute IRI: {graph!r}")
        media = request.headers.get("content-type", "").partition(";")[0].strip().lower()
        created = await write(request, "put_graph", iri=graph, data=await request.body(), media=media,
                              max_parsed=PARSED_PER_BODY_BYTE * settings.max_body)
        return Response(status_code=201 if created else 204)

    @app.delete("/store", summary="Graph Store Protocol DELETE of one named graph; needs the token",
                status_code=204, dependencies=[Depends(authorised)], responses={404: {"description": "no such graph"}})
    async def graph_delete(request: Request, graph: Annotated[str, Query(description="the graph IRI")]):
        if not _is_iri(graph):
            raise HTTPException(400, f"not an absolute IRI: {graph!r}")
        await write(request, "delete_graph", iri=graph)
        return Response(status_code=204)

    @app.get("/languages", summary="The languages articles are read in: one lexicon each (kg/lexicons)")
    async def list_languages() -> list[str]:
        from kg.lexicon import languages

        return list(languages())

    # ---- named queries

    @app.get("/queries", summary="The named queries (queries/*.rq), their descriptions and parameters")
    async def list_queries(request: Request) -> list[dict]:
        from kg.queries import named_queries

        base = str(request.base_url).rstrip("/")
        return [{"name": q.name, "title": q.title, "description": q.description, "form": q.form,
                 "parameters": [{"name": p.name, "type": p.type, "required": p.required, "description": p.description}
                                for p in q.params],
                 "url": f"{base}/queries/{q.name}", "text": q.text}
                for q in named_queries().values()]

    @app.get("/queries/{name}", summary="Run a named query; its parameters come from the query string, typed; "
                                       "a SELECT answers a page (_size, _next; Link rel=next when there is more)",
             responses=_SPARQL_RESPONSES)
    async def run_query(request: Request, name: str):
        params = request.query_params
        repeated = sorted({k for k in params if len(params.getlist(k)) > 1})
        if repeated:
            raise HTTPException(400, f"parameter given more than once: {', '.join(repeated)}")
        media, body, cursor = await read(request, "named", name=name, params=dict(params),
                                         accept=results.parse_accept(request.headers.get("accept")),
                                         max_rows=settings.max_rows, allow=settings.service_allow)
        response = _media_response(body, media)
        if cursor is not None:  # there is more: RFC 8288 Link to the next page
            response.headers["Link"] = f'<{request.url.include_query_params(_next=cursor)}>; rel="next"'
        return response

    # ---- contradictions and ingest

    @app.get("/contradictions", summary="Contradictions between sources, each with both claims and quotes")
    async def contradictions(request: Request, org: str | None = None, kind: str | None = None) -> list[dict]:
        return await read(request, "contradictions", org=org or None, kind=kind or None)

    @app.post("/articles", summary="Ingest one article; answers with its claims and the contradictions it creates",
              dependencies=[Depends(authorised)],
              responses={401: {"description": "no Bearer token"}, 403: {"description": "writing off or bad token"},
                         422: {"description": "invalid article"}})
    async def ingest(request: Request, article: ArticleIn) -> JSONResponse:
        outcome = await write(request, "ingest", article=article.model_dump())
        return JSONResponse(outcome, status_code=201 if outcome["status"] in ("written", "replaced") else 200)

    # ---- exports for visualisation tools

    @app.get("/export/{fmt}", summary="The graph for Gephi, Cytoscape, Graphviz or a browser (kg.export.graph)",
             responses={404: {"description": "unknown format"}, 400: {"description": "bad CONSTRUCT"}})
    async def export(
        request: Request, fmt: str,
        org: Annotated[str | None, Query(description="only this organisation's neighbourhood")] = None,
        construct: Annotated[str | None, Query(description="export the result of this CONSTRUCT query")] = None,
        detail: Annotated[Literal["domain", "full"], Query(description="domain (default), or full: also the "
                                                                       "nodes of resolution")] = "domain",
    ):
        media, body = await read(request, "export", fmt=fmt, org=org or None, construct=construct or None,
                                 allow=settings.service_allow, detail=detail)
        return Response(body, media_type=media)

    # ---- web page

    @app.get("/", include_in_schema=False)
    async def index():
        return FileResponse(STATIC / "index.html")

    @app.get("/vendor/{name}", include_in_schema=False)
    async def vendor(name: str):
        if name not in ("vis-network.min.js", "vis-network.css"):
            raise HTTPException(404, "no such file")
        return FileResponse(_vis_network() / name)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

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


def _service_description(request: Request) -> Response:
    try:
        media = results.choose_rdf(results.parse_accept(request.headers.get("accept")))
    except results.NotAcceptable:
        media = "text/turtle"
    base = str(request.base_url).rstrip("/")
    return _media_response(service_description(base, media), media)


async def _protocol_request(request: Request, field: str, direct_type: str, dataset_fields: tuple[str, str]):
    """The operation text and dataset IRIs of a protocol POST (form-encoded or direct)."""
    content_type = request.headers.get("content-type", "")
    media, _, options = content_type.partition(";")
    media = media.strip().lower()
    charset = next((o.split("=", 1)[1].strip().strip('"').lower() for o in options.split(";")
                    if o.strip().lower().startswith("charset=")), "utf-8")
    if charset not in ("utf-8", "utf8"):
        raise HTTPException(415, f"only UTF-8 is accepted, not {charset}")
    other = "update" if field == "query" else "query"
    body = await request.body()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "the body is not UTF-8") from None
    url_params = request.query_params
    if media == FORM:
        form = parse_qs(text, keep_blank_values=True)
        if other in form:
            raise HTTPException(400, f"this route takes a {field}, not an {other}"
                                     + (": POST updates to /update" if other == "update" else ""))
        values = form.get(field, [])
        if len(values) != 1:
            raise HTTPException(400, f"give exactly one {field}= field" if values else f"the form has no {field}= field")
        dataset = [form.get(name, []) + url_params.getlist(name) for name in dataset_fields]
        return values[0], dataset[0], dataset[1]
    if media == direct_type:
        if field in url_params:
            raise HTTPException(400, f"the {field} is in the body; do not give it in the URL too")
        return text, url_params.getlist(dataset_fields[0]), url_params.getlist(dataset_fields[1])
    raise HTTPException(415, f"POST the {field} as {FORM} or {direct_type}"
                             + (f", not {media}" if media else " (no Content-Type was given)"))


def _media_response(body: bytes, media: str) -> Response:
    charset = "" if media.endswith(("+xml", "/n-triples", "/n-quads")) else "; charset=utf-8"
    return Response(body, media_type=media + charset, headers={"Vary": "Accept"})


def _is_iri(value: str) -> bool:
    scheme, colon, rest = value.partition(":")
    return bool(colon and scheme and scheme[0].isalpha() and rest and not any(c in value for c in ' <>"{}|\\^`'))


def _vis_network() -> Path:
    """The folder of vis-network's browser build as shipped in the pyvis wheel (no CDN, nothing vendored)."""
    lib = resources.files("pyvis") / "lib"
    versions = sorted((p for p in lib.iterdir() if p.name.startswith("vis-")),
                      key=lambda p: tuple(int(x) for x in p.name[4:].split(".")))
    return Path(str(versions[-1]))


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


def _body_schema(direct_type: str, field: str) -> dict:
    return {"requestBody": {"required": True, "content": {
        direct_type: {"schema": {"type": "string"}},
        FORM: {"schema": {"type": "object", "required": [field], "properties": {field: {"type": "string"}}}},
    }}}


_SPARQL_RESPONSES = {
    200: {"description": "results", "content": {m: {} for m in (*results.RESULT_TYPES, *results.RDF_TYPES)}},
    400: {"description": "bad query (the parser's message) or refused SERVICE/LOAD"},
    406: {"description": "no acceptable result format"},
    413: {"description": "request body too large"},
    414: {"description": "query string too long"},
    422: {"description": "answer larger than the row limit"},
    503: {"description": "query stopped at the time limit, or the server is busy"},
}
