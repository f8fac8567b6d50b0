"""uvicorn's HTTP protocol (httptools), with the documented 414 for a URL too long to parse.

httptools' URL parser takes at most 65,535 bytes (its offsets are 16 bits): a longer request line got
uvicorn's bare "400 Invalid HTTP request received." before the application saw it. Here a URL past
``MAX_URL`` is answered 414 with the advice to POST, and the connection closed.
"""

from __future__ import annotations

from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

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
