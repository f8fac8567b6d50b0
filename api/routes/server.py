"""What every route shares: the settings, the query and write processes on the app's state, the token check,
and how answers and errors are sent."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Header, HTTPException, Request
from fastapi.responses import Response

from api import results
from api.settings import Settings
from api.workers import JobFailed, Unavailable

WRITE_RESPONSES = {401: {"description": "no Bearer token"}, 403: {"description": "writing off or bad token"}}
SPARQL_RESPONSES = {
    200: {"description": "results", "content": {m: {} for m in (*results.RESULT_TYPES, *results.RDF_TYPES)}},
    400: {"description": "bad query (the parser's message) or refused SERVICE/LOAD"},
    406: {"description": "no acceptable result format"},
    413: {"description": "request body too large"},
    414: {"description": "query string too long"},
    422: {"description": "answer larger than the row limit"},
    503: {"description": "query stopped at the time limit, or the server is busy"},
}


class Server:
    """The settings and the jobs of one server process; its pools are on ``request.app.state``."""

    def __init__(self, settings: Settings):
        self.settings = settings

    async def read(self, request: Request, job: str, **kwargs):
        """Run a read job in a query process, in the client's lane."""
        client = request.client.host if request.client else ""
        return await answer(request.app.state.readers.run(client, job, self.settings.query_timeout, **kwargs))

    async def write(self, request: Request, job: str, **kwargs):
        """Run a write job in the write process; what it wrote is read at once, on every thread."""
        try:
            return await answer(request.app.state.writer.run(job, self.settings.write_timeout, **kwargs))
        finally:
            if request.app.state.fast:
                request.app.state.fast.invalidate()

    def authorised(self, authorization: Annotated[str | None, Header()] = None) -> None:
        """Updates and ingest: off without a configured token, else only with the Bearer token."""
        if not self.settings.token:
            raise HTTPException(403, "writing is off on this server: start it with a token (KG_API_TOKEN)")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise HTTPException(401, "writing needs Authorization: Bearer <token>",
                                headers={"WWW-Authenticate": 'Bearer realm="news-kg"'})
        if not hmac.compare_digest(given.strip().encode(), self.settings.token.encode()):
            raise HTTPException(403, "the token is not valid for this server")


async def answer(work):
    """A job's answer, or its failure as an HTTP error (503 with Retry-After when busy)."""
    try:
        return await work
    except Unavailable as e:
        raise HTTPException(503, str(e), headers={"Retry-After": "5"}) from None
    except JobFailed as e:
        raise HTTPException(e.status, str(e), headers={"Retry-After": "5"} if e.status == 503 else None) from None


def media_response(body: bytes, media: str) -> Response:
    charset = "" if media.endswith(("+xml", "/n-triples", "/n-quads")) else "; charset=utf-8"
    return Response(body, media_type=media + charset, headers={"Vary": "Accept"})


def is_iri(value: str) -> bool:
    scheme, colon, rest = value.partition(":")
    return bool(colon and scheme and scheme[0].isalpha() and rest and not any(c in value for c in ' <>"{}|\\^`'))
