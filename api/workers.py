"""A pool of worker processes that run jobs (api.jobs) with a deadline, killing any that overrun.

The server's event loop never runs a query itself: it sends the job down a pipe, waits for the pipe to
become readable (asyncio, no threads) and, past the deadline, kills the process and starts a fresh one.
A job that waits too long for a free process is refused the same way (503), so one runaway query
cannot hold up the server.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from dataclasses import dataclass

from api import jobs


class Unavailable(Exception):
    """The job was stopped or could not start in time (HTTP 503)."""


class JobFailed(Exception):
    """The job answered with an error (HTTP status and message)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: object


class Pool:
    """``size`` processes serving ``mode`` ("read" or "write") jobs on the store at ``store_path``."""

    def __init__(self, store_path: str, mode: str, size: int, memory_mb: int = 0, timeout: float | None = None):
        self.store_path, self.mode, self.size, self.memory_mb = store_path, mode, size, memory_mb
        self.timeout = timeout  # how long a remote store waits for its server
        self._ctx = multiprocessing.get_context("spawn")  # no fork of a running event loop
        self._idle: asyncio.Queue[_Worker] | None = None
        self._workers: list[_Worker] = []

    def start(self) -> None:
        self._idle = asyncio.Queue()
        for _ in range(self.size):
            self._idle.put_nowait(self._spawn())

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=jobs.serve, args=(child, self.store_path, self.mode, self.memory_mb, self.timeout),
                                    name=f"kg-{self.mode}", daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self._workers.append(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(2)
        worker.conn.close()
        self._workers.remove(worker)

    async def run(self, job: str, timeout: float, **kwargs):
        """Run a job; its value, or JobFailed / Unavailable."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        if self._idle is None:  # started on first use (the writer, which most servers rarely need)
            self.start()
        try:
            worker = await asyncio.wait_for(self._idle.get(), timeout)
        except TimeoutError:
            raise Unavailable(f"every {self.mode} process stayed busy for {timeout:g} s; try again later") from None
        if not worker.process.is_alive():  # died while idle (killed from outside, out of memory)
            self._retire(worker)
            worker = self._spawn()
        healthy = False
        try:
            try:
                worker.conn.send((job, kwargs))
            except OSError:
                raise Unavailable(f"a {self.mode} process had stopped and was restarted; try again") from None
            ready = loop.create_future()
            fd = worker.conn.fileno()
            loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
            try:
                await asyncio.wait_for(ready, max(0.0, deadline - loop.time()))
            except TimeoutError:
                raise Unavailable(f"the {'query' if self.mode == 'read' else 'write'} ran past the time limit of "
                                  f"{timeout:g} s and was stopped") from None
            finally:
                loop.remove_reader(fd)
                os.set_blocking(fd, True)  # uvloop leaves a watched fd non-blocking; recv needs whole messages
            try:
                reply = worker.conn.recv()
            except (EOFError, OSError):
                limit = (f": a query that needs more than the {self.memory_mb} MB this endpoint allows "
                         f"(KG_QUERY_MEMORY_MB) is stopped so") if self.memory_mb else ""
                raise JobFailed(503, f"the {self.mode} process stopped while running the job{limit}") from None
            healthy = True
        finally:
            if healthy:
                self._idle.put_nowait(worker)
            else:  # overran, died or was cancelled (client gone): replace it
                self._retire(worker)
                self._idle.put_nowait(self._spawn())
        if reply[0] == "ok":
            return reply[1]
        raise JobFailed(reply[1], reply[2])

    def close(self) -> None:
        for worker in list(self._workers):
            self._retire(worker)
