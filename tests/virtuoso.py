"""A real Virtuoso (Debian's virtuoso-opensource, ``virtuoso-t``) on free loopback ports, for the remote-store
tests: its own database in a temporary folder, the anonymous SPARQL user allowed to update (as
docs/scale-out.md tells), answers not cut at Virtuoso's default 10,000 rows."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import httpx

INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = {dir}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
ThreadsPerQuery = 2
StopCompilerWhenXOverRunTime = 1
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 300
MaxQueryCostEstimationTime = 0
"""


class VirtuosoUnavailable(RuntimeError):
    """virtuoso-t is not installed."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def binary() -> str | None:
    return shutil.which("virtuoso-t") or shutil.which("virtuoso-t", path="/usr/bin:/usr/sbin")


def start(folder: Path, wait: float = 120.0) -> tuple[subprocess.Popen, str]:
    """Start Virtuoso on a fresh database in ``folder``; (process, store URL for ``--store``)."""
    server, isql = binary(), shutil.which("isql-vt") or "/usr/bin/isql-vt"
    if not server:
        raise VirtuosoUnavailable("virtuoso-t is not installed (apt-get install virtuoso-opensource-7-bin; "
                                  "`make system-deps` does it)")
    last = ""
    for _ in range(3):  # another process may take a port between probing and binding
        sql_port, http_port = _free_port(), _free_port()
        (folder / "virtuoso.ini").write_text(INI.format(dir=folder, sql_port=sql_port, http_port=http_port))
        log = (folder / "out.log").open("wb")
        process = subprocess.Popen([server, "+foreground", "+configfile", str(folder / "virtuoso.ini")], cwd=folder,
                                   stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{http_port}/"
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if httpx.get(base + "sparql", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        if process.poll() is None:
            granted = subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba",
                                      'exec=GRANT SPARQL_UPDATE TO "SPARQL";'], capture_output=True, text=True,
                                     timeout=60)
            if granted.returncode != 0:
                stop(process)
                raise RuntimeError(f"isql-vt could not grant updates: {granted.stdout[-500:]} {granted.stderr[-500:]}")
            return process, base + "?query=sparql&update=sparql&store=sparql-graph-crud"
        last = (folder / "out.log").read_text(errors="replace")[-1000:]
        for leftover in folder.glob("virtuoso*"):
            if leftover.name != "virtuoso.ini":
                leftover.unlink()
    raise RuntimeError(f"virtuoso-t did not start: {last}")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def clear(db) -> None:
    """Drop the project's graphs (Virtuoso keeps system graphs of its own, which must stay)."""
    rows = db.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                    "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/news-kg/') || STRSTARTS(STR(?g), 'http://example.org/')) }")
    graphs = [row["g"] for row in rows]
    if graphs:
        db.update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in graphs))
