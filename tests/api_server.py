"""Helpers for the API tests: a store written from hand-made claims, and a real ``kg serve`` on a free loopback port."""

from __future__ import annotations

import http.server
import json
import os
import select
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from kg.mapping import article_quads, graph_iri
from kg.records import Article, Claim, Entity, Extraction, Quantity, Span, TimeRef
from kg.resolve import resolve_events
from kg.store import EmbeddedStore

from samples import sample_extraction

TOKEN = "test-token-5f1c"
TIMEOUT = 30.0  # the servers' query time limit, far above what a query takes on a loaded machine; the tests
# of the limit itself start servers with their own
QUERY_MEMORY_MB = 800  # the read server's memory allowance per query process
MAX_BODY = 32 * 1024  # below uvicorn's own limit on a request line (about 64 KiB), so that our 414 shows
STARTUP = 120  # seconds kg serve may take to answer: a guard against a server that never does (under load it
# took more than 30 s to start two server processes and their query processes)
KG = Path(sys.executable).with_name("kg")
OTHER_TEXT = "Acme Corp is cutting 2,000 jobs, the company said on Tuesday."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def other_extraction() -> Extraction:
    """A second outlet giving another figure for the same cuts: a numeric contradiction."""
    article = Article(id="ledger-7", text=OTHER_TEXT, published="2026-03-10", language="en", publisher="Daily Ledger")
    end = OTHER_TEXT.index(",", OTHER_TEXT.index("jobs"))
    return Extraction(article, entities=[Entity("Acme Corp", "organization", (Span(0, 9, "Acme Corp"),))],
                      claims=[Claim("job_cuts", "Acme Corp", OTHER_TEXT[:end], 0, end,
                                    quantity=Quantity("count", value=2000), when=TimeRef("2026-03-10", "day"),
                                    modality="announced")])


def write_store(path: Path) -> None:
    db = EmbeddedStore(path)
    for extraction in (sample_extraction(), other_extraction()):
        db.replace_graph(graph_iri(extraction.article.id), article_quads(extraction))
    resolve_events(db)
    db.flush()


def start_server(store: Path | str, env: dict | None = None, workers: int = 1,
                 probe: str = "/sparql?query=ASK%20%7B%7D", access_log: bool = True) -> tuple[subprocess.Popen, str]:
    """``kg serve`` on a free port; returns the process and its base URL once ``probe`` answers 200."""
    port = free_port()
    environment = {**os.environ, "KG_API_TOKEN": TOKEN, "KG_QUERY_TIMEOUT": str(TIMEOUT),
                   "KG_MAX_BODY": str(MAX_BODY), "KG_MAX_ROWS": "1000", **(env or {})}
    process = subprocess.Popen([str(KG), "serve", "--host", "127.0.0.1", "--port", str(port), "--store", str(store),
                                "--workers", str(workers), *([] if access_log else ["--no-access-log"])],
                               env=environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"kg serve exited: {process.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            if httpx.get(base + probe, timeout=5).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    pytest.fail(f"kg serve did not answer within {STARTUP} s")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class Endpoint(http.server.ThreadingHTTPServer):
    """A SPARQL endpoint on a free loopback port that SERVICE may call: it answers ``rows`` (bindings of
    ``?s``) and remembers each request. While ``hold`` is set it answers nobody: ``arrived`` is set when a
    request comes, ``dropped`` when a waiting caller closes its connection (its process was killed)."""

    daemon_threads = True

    def __init__(self, rows: tuple[str, ...] = (), hold: bool = False):
        self.asked: list[str] = []
        self.arrived, self.dropped, self.released = threading.Event(), threading.Event(), threading.Event()
        if not hold:
            self.released.set()
        endpoint = self
        body = json.dumps({"head": {"vars": ["s"]},
                           "results": {"bindings": [{"s": {"type": "uri", "value": iri}} for iri in rows]}}).encode()

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                endpoint.asked.append(self.path)
                endpoint.arrived.set()
                while not endpoint.released.is_set():
                    readable, _, _ = select.select([self.connection], [], [], 0.1)
                    if readable and not self.connection.recv(1, socket.MSG_PEEK):  # the caller hung up
                        endpoint.dropped.set()
                        return
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def close(self) -> None:
        self.released.set()
        self.shutdown()
        self.server_close()
