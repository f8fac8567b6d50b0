"""The graph exported for Gephi, Cytoscape, Graphviz or a browser (``kg.export.graph``)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.routes.server import Server


def router(server: Server) -> APIRouter:
    routes = APIRouter()

    @routes.get("/export/{fmt}", summary="The graph for Gephi, Cytoscape, Graphviz or a browser (kg.export.graph)",
                responses={404: {"description": "unknown format"}, 400: {"description": "bad CONSTRUCT"}})
    async def export(
        request: Request, fmt: str,
        org: Annotated[str | None, Query(description="only this organisation's neighbourhood")] = None,
        construct: Annotated[str | None, Query(description="export the result of this CONSTRUCT query")] = None,
        detail: Annotated[Literal["domain", "full"], Query(description="domain (default), or full: also the "
                                                                       "nodes of resolution")] = "domain",
    ):
        media, body = await server.read(request, "export", fmt=fmt, org=org or None, construct=construct or None,
                                        allow=server.settings.service_allow, detail=detail)
        return Response(body, media_type=media)

    return routes
