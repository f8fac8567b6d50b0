"""Ingest one article (with the token), list the contradictions between sources and the languages read."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from api.routes.server import WRITE_RESPONSES, Server


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


def router(server: Server) -> APIRouter:
    routes = APIRouter()

    @routes.get("/languages", summary="The languages articles are read in: one lexicon each (kg/lexicons)")
    async def list_languages() -> list[str]:
        from kg.lexicon import languages

        return list(languages())

    @routes.get("/contradictions", summary="Contradictions between sources, each with both claims and quotes")
    async def contradictions(request: Request, org: str | None = None, kind: str | None = None) -> list[dict]:
        return await server.read(request, "contradictions", org=org or None, kind=kind or None)

    @routes.post("/articles", summary="Ingest one article; answers with its claims and the contradictions it creates",
                 dependencies=[Depends(server.authorised)],
                 responses={**WRITE_RESPONSES, 422: {"description": "invalid article"}})
    async def ingest(request: Request, article: ArticleIn) -> JSONResponse:
        outcome = await server.write(request, "ingest", article=article.model_dump())
        return JSONResponse(outcome, status_code=201 if outcome["status"] in ("written", "replaced") else 200)

    return routes
