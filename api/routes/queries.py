"""The named queries: their list, and one run a page at a time (``_size``, ``_next``, ``Link: rel=next``)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request

from api import results
from api.routes.server import SPARQL_RESPONSES, Server, media_response


def router(server: Server) -> APIRouter:
    settings = server.settings
    routes = APIRouter()

    @routes.get("/queries", summary="The named queries (queries/*.rq), their descriptions and parameters")
    async def list_queries(request: Request) -> list[dict]:
        from kg.queries import named_queries

        base = str(request.base_url).rstrip("/")
        return [{"name": q.name, "title": q.title, "description": q.description, "form": q.form,
                 "parameters": [{"name": p.name, "type": p.type, "required": p.required, "description": p.description}
                                for p in q.params],
                 "url": f"{base}/queries/{q.name}", "text": q.text}
                for q in named_queries().values()]

    @routes.get("/queries/{name}", summary="Run a named query; its parameters come from the query string, typed; "
                                          "a SELECT answers a page (_size, _next; Link rel=next when there is more)",
                responses=SPARQL_RESPONSES)
    async def run_query(request: Request, name: str):
        params = request.query_params
        repeated = sorted({k for k in params if len(params.getlist(k)) > 1})
        if repeated:
            raise HTTPException(400, f"parameter given more than once: {', '.join(repeated)}")
        media, body, cursor = await server.read(request, "named", name=name, params=dict(params),
                                                accept=results.parse_accept(request.headers.get("accept")),
                                                max_rows=settings.max_rows, allow=settings.service_allow)
        response = media_response(body, media)
        if cursor is not None:  # there is more: RFC 8288 Link to the next page
            response.headers["Link"] = f'<{request.url.include_query_params(_next=cursor)}>; rel="next"'
        return response

    return routes
