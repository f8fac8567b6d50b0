"""The SPARQL 1.1 protocol: queries (GET and POST, the service description without one) and updates."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from api import results
from api.dataset import DatasetConflict, with_using
from api.description import service_description
from api.fastpath import is_lookup
from api.routes.server import SPARQL_RESPONSES, WRITE_RESPONSES, Server, is_iri, media_response

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"


def router(server: Server) -> APIRouter:
    settings = server.settings
    routes = APIRouter()

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
            media, body = await server.read(request, "sparql", **kwargs)
        return media_response(body, media)

    @routes.get("/sparql", summary="SPARQL query (GET); without a query, the service description",
                responses=SPARQL_RESPONSES)
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

    @routes.post("/sparql", summary="SPARQL query (POST: form-encoded or application/sparql-query)",
                 responses=SPARQL_RESPONSES, openapi_extra=_body_schema(SPARQL_QUERY, "query"))
    async def sparql_post(request: Request):
        text, default_graphs, named_graphs = await _protocol_request(request, "query", SPARQL_QUERY,
                                                                     ("default-graph-uri", "named-graph-uri"))
        return await answer_query(request, text, default_graphs, named_graphs)

    @routes.post("/update", summary="SPARQL update (form-encoded or application/sparql-update); needs the token",
                 status_code=204, dependencies=[Depends(server.authorised)],
                 openapi_extra=_body_schema(SPARQL_UPDATE, "update"), responses=WRITE_RESPONSES)
    async def sparql_update(request: Request):
        text, using, using_named = await _protocol_request(request, "update", SPARQL_UPDATE,
                                                           ("using-graph-uri", "using-named-graph-uri"))
        bad = [g for g in [*using, *using_named] if not is_iri(g)]
        if bad:
            raise HTTPException(400, f"using-graph-uri and using-named-graph-uri take absolute IRIs, not {bad[0]!r}")
        try:
            text = with_using(text, using, using_named)
        except DatasetConflict as e:
            raise HTTPException(400, str(e)) from None
        await server.write(request, "update", text=text, allow=settings.service_allow,
                           base_iri=str(request.url_for("sparql_update")))
        return Response(status_code=204)

    return routes


def _service_description(request: Request) -> Response:
    try:
        media = results.choose_rdf(results.parse_accept(request.headers.get("accept")))
    except results.NotAcceptable:
        media = "text/turtle"
    base = str(request.base_url).rstrip("/")
    return media_response(service_description(base, media), media)


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


def _body_schema(direct_type: str, field: str) -> dict:
    return {"requestBody": {"required": True, "content": {
        direct_type: {"schema": {"type": "string"}},
        FORM: {"schema": {"type": "object", "required": [field], "properties": {field: {"type": "string"}}}},
    }}}
