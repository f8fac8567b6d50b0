"""A busy server refuses with 503 and Retry-After instead of queueing without end: when every query process
is busy, and when another process holds the store for writing; a process that is slow to start is not a
busy one. Each case is held by the test itself (a SERVICE endpoint that answers when told, a store the test
keeps open, a process it freezes), so nothing depends on the machine's speed."""

from __future__ import annotations

import asyncio
import gc
import shutil
import signal

import httpx
import psutil
import pytest
from api_server import TOKEN, Endpoint, start_server, stop_server

from api.jobs import LOCK_WAIT
from api.workers import Pool, Unavailable
from kg.store import EmbeddedStore

AUTH = {"Authorization": f"Bearer {TOKEN}"}
SIMPLE = 'ASK { ?c <https://w3id.org/news-kg/ontology#kind> "job_cuts" }'


def _sparql(query: str, allow: tuple[str, ...] = ()) -> dict:
    """The arguments of a protocol query job."""
    return {"query": query, "accept": ["application/sparql-results+json"], "max_rows": 100, "allow": allow,
            "default_graphs": [], "named_graphs": [], "base_iri": "http://127.0.0.1/sparql"}


def test_a_job_finding_every_query_process_busy_is_refused(store_dir):
    """The server's pool of query processes, with its only process held by a query that cannot finish: a job
    that may wait half a second for a process is refused (the server answers that with 503 and Retry-After)
    and the held query still gets its answer once its endpoint gives it.

    Over HTTP every request waits as long as it may run (the time limit), so a queued query meets the time
    limit rather than this refusal: that 503 is tested in test_safety."""
    endpoint = Endpoint(rows=("urn:x:late",), hold=True)

    async def scenario():
        pool = Pool(str(store_dir), "read", 1)
        pool.start()
        try:
            held = asyncio.create_task(pool.run("sparql", 60, **_sparql(
                f"SELECT * WHERE {{ SERVICE <{endpoint.url}> {{ ?s ?p ?o }} }}", allow=(endpoint.url,))))
            assert await asyncio.to_thread(endpoint.arrived.wait, 30), "the held query never started"
            with pytest.raises(Unavailable, match=r"every read process stayed busy for 0.5 s; try again later"):
                await asyncio.wait_for(pool.run("sparql", 0.5, **_sparql(SIMPLE)), 30)  # a hang fails, too
            endpoint.released.set()
            media, body = await held
            assert b"urn:x:late" in body
            media, body = await pool.run("sparql", 60, **_sparql(SIMPLE))
            assert b"true" in body
        finally:
            pool.close()

    try:
        asyncio.run(scenario())
    finally:
        endpoint.close()


def test_a_slow_start_is_not_taken_for_a_slow_job(store_dir):
    """The only query process is frozen (SIGSTOP) while it starts, for twice a job's time limit: waiting for a
    process that is still starting does not count, so the job is answered. A trial whose process had already
    said it was ready when it was frozen did not test a start, and is run again."""

    async def trial() -> bool:
        pool = Pool(str(store_dir), "read", 1)
        pool.start()
        try:
            [worker] = pool._workers
            try:
                process = psutil.Process(worker.process.pid)
                process.send_signal(signal.SIGSTOP)
            except (psutil.NoSuchProcess, ProcessLookupError):  # it ended while starting: the pool starts another
                return False
            if worker.conn.poll(0):  # it had started already: not a slow start
                process.send_signal(signal.SIGCONT)
                return False
            job = asyncio.create_task(pool.run("sparql", 0.5, **_sparql(SIMPLE)))
            await asyncio.sleep(1.0)  # frozen for longer than the job may run
            assert not job.done(), f"the job was stopped while its process was starting: {job.exception()}"
            process.send_signal(signal.SIGCONT)
            media, body = await asyncio.wait_for(job, 60)
            assert b"true" in body
            return True
        finally:
            pool.close()

    assert any(asyncio.run(trial()) for _ in range(20)), "the process started before it could be frozen, 20 times"


def test_a_write_while_another_process_writes_the_store_gets_503(store_dir, tmp_path):
    """`kg build` holds the store open for writing: a write through the API waits for it up to LOCK_WAIT
    seconds, then answers 503 with Retry-After and writes nothing; once the store is free, it is written."""
    path = tmp_path / "store"
    shutil.copytree(store_dir, path)
    process, base = start_server(path)  # the write time limit (120 s) lies past LOCK_WAIT
    insert = "INSERT DATA { GRAPH <urn:test:busy> { <urn:test:a> <urn:test:b> <urn:test:c> } }"
    ask = "ASK { GRAPH <urn:test:busy> { ?s ?p ?o } }"
    try:
        other_writer = EmbeddedStore(path)
        refused = httpx.post(base + "/update", headers=AUTH, data={"update": insert}, timeout=LOCK_WAIT + 60)
        assert refused.status_code == 503 and refused.headers["retry-after"] == "5"
        assert "the store is being written by another process" in refused.text
        assert not other_writer.ox.query(ask)
        del other_writer
        gc.collect()  # closes the store: RocksDB lets go of its lock
        written = httpx.post(base + "/update", headers=AUTH, data={"update": insert}, timeout=LOCK_WAIT + 60)
        assert written.status_code == 204, written.text
        assert httpx.get(base + "/sparql", params={"query": ask}, timeout=30).json()["boolean"] is True
    finally:
        stop_server(process)
