"""The Graph Store Protocol: GET one graph or the union for all; PUT and DELETE one named graph with the token."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from api import results
from api.routes.server import Server, is_iri, media_response

PARSED_PER_BODY_BYTE = 16  # a graph PUT may grow this much as it is parsed (prefixes expand), and no more


def router(server: Server) -> APIRouter:
    settings = server.settings
    routes = APIRouter()

    @routes.get("/store", summary="Graph Store Protocol GET: one graph by IRI (?graph=) or the union (?default)",
                responses={200: {"content": {m: {} for m in results.RDF_TYPES}}, 404: {"description": "no such graph"}})
    async def graph_store(
        request: Request,
        graph: Annotated[str | None, Query(description="the graph IRI, e.g. an article's graph")] = None,
        default: Annotated[str | None, Query(description="present: the default graph (the union)")] = None,
    ):
        if (graph is None) == (default is None):
            raise HTTPException(400, "give either ?graph=IRI or ?default")
        if graph is not None and not is_iri(graph):
            raise HTTPException(400, f"not an absolute IRI: {graph!r}")
        media, body = await server.read(request, "graph", iri=graph,
                                        accept=results.parse_accept(request.headers.get("accept")),
                                        max_rows=settings.max_rows)
        return media_response(body, media)

    @routes.put("/store", summary="Graph Store Protocol PUT: replace one named graph; needs the token",
                status_code=204, dependencies=[Depends(server.authorised)],
                openapi_extra={"requestBody": {"required": True, "content": {m: {"schema": {"type": "string"}}
                                                                             for m in results.RDF_TYPES}}},
                responses={201: {"description": "graph created"}, 400: {"description": "unparsable RDF"},
                           415: {"description": "not an RDF media type"}})
    async def graph_put(request: Request, graph: Annotated[str, Query(description="the graph IRI")]):
        if not is_iri(graph):
            raise HTTPException(400, f"not an absolute IRI: {graph!r}")
        media = request.headers.get("content-type", "").partition(";")[0].strip().lower()
        created = await server.write(request, "put_graph", iri=graph, data=await request.body(), media=media,
                                     max_parsed=PARSED_PER_BODY_BYTE * settings.max_body)
        return Response(status_code=201 if created else 204)

    @routes.delete("/store", summary="Graph Store Protocol DELETE of one named graph; needs the token",
                   status_code=204, dependencies=[Depends(server.authorised)],
                   responses={404: {"description": "no such graph"}})
    async def graph_delete(request: Request, graph: Annotated[str, Query(description="the graph IRI")]):
        if not is_iri(graph):
            raise HTTPException(400, f"not an absolute IRI: {graph!r}")
        await server.write(request, "delete_graph", iri=graph)
        return Response(status_code=204)

    return routes
