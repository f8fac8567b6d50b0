"""uvicorn's HTTP protocol (httptools), with the documented 414 for a URL too long to parse, and small point
lookups answered without the ASGI application.

httptools' URL parser takes at most 65,535 bytes (its offsets are 16 bits): a longer request line got
uvicorn's bare "400 Invalid HTTP request received." before the application saw it. Here a URL past
``MAX_URL`` is answered 414 with the advice to POST, and the connection closed.

A point lookup that ``api.fastpath`` answers at once (one known to be small, nothing to wait for) is written
here as soon as its headers are read, in one write: no ASGI task, no request-response cycle, no middleware,
which together cost about as much Python as the rest of such a lookup. The answer is the one the application
gives (``LookupMiddleware.answer_now``: same status, headers, body), after uvicorn's default headers. Only
with the access log off (a logged request goes the ASGI way, so that its line is uvicorn's) and while the
client reads what it is sent (uvicorn's flow control: else the ASGI way waits for it).
"""

from __future__ import annotations

from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from api.fastpath import LookupMiddleware

MAX_URL = 65_535
TOO_LONG = (f"the URL is longer than {MAX_URL:,} bytes: POST the query instead "
            "(form-encoded, or as application/sparql-query)").encode()


class UrlTooLong(Exception):
    """Raised from the parser's URL callback; httptools reports it as a parser error."""


class LimitedHttpToolsProtocol(HttpToolsProtocol):
    """HttpToolsProtocol that answers a URL longer than MAX_URL with 414."""

    url_too_long = False

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > MAX_URL:
            self.url_too_long = True
            raise UrlTooLong

    def send_400_response(self, msg: str) -> None:
        if not self.url_too_long:
            return super().send_400_response(msg)
        content = [STATUS_LINE[414]]
        for name, value in self.server_state.default_headers:
            content.extend([name, b": ", value, b"\r\n"])
        content.extend([b"content-type: text/plain; charset=utf-8\r\n",
                        b"content-length: " + str(len(TOO_LONG)).encode("ascii") + b"\r\n",
                        b"connection: close\r\n", b"\r\n", TOO_LONG])
        self.transport.write(b"".join(content))
        self.transport.close()

    def on_message_begin(self) -> None:
        self._unset_keepalive_if_required()  # a request answered at once armed it while the next was read
        super().on_message_begin()

    def _start_asgi_task(self, cycle, app) -> None:
        """Write the answer of a lookup that ``api.fastpath`` gives at once; start uvicorn's ASGI task for any
        other request."""
        # pipelined requests queued behind this one start from on_response_complete: one at a time, not recursively
        front = None if self.access_log or self.flow.write_paused or self.pipeline else _front(app)
        answer = None if front is None else front.answer_now(cycle.scope)
        if answer is None:
            return super()._start_asgi_task(cycle, app)
        head, body = answer
        content = [STATUS_LINE[200]]
        for name, value in self.server_state.default_headers:
            content.extend([name, b": ", value, b"\r\n"])
        content.extend([head, b"content-length: ", str(len(body)).encode("ascii"), b"\r\n"])
        if not cycle.keep_alive:
            content.append(b"connection: close\r\n")
        content.extend([b"\r\n", body])
        self.transport.write(b"".join(content))
        cycle.response_started = cycle.response_complete = True  # the request's body, if any, is not read
        if not cycle.keep_alive:
            self.transport.close()
        self.on_response_complete()


def _front(app) -> LookupMiddleware | None:
    """The lookup middleware in front of the application (once its middleware stack is built), or None; ``app``
    may be wrapped in uvicorn's proxy-headers middleware."""
    stack = getattr(getattr(app, "app", app), "middleware_stack", None)
    return stack if isinstance(stack, LookupMiddleware) else None
