"""A pool of worker processes that run jobs (api.jobs) with a deadline, killing any that overrun.

The server's event loop never runs a query itself: it sends the job down a pipe, waits for the pipe to
become readable (asyncio, no threads) and, past the deadline, kills the process and starts a fresh one.
A job that waits too long for a free process is refused the same way (503), so one runaway query
cannot hold up the server. A fresh process takes jobs once it says it is ready, so that no job's time runs
out while a process starts; ready spare processes take a killed one's place at once. Worker processes die
with the server (``api.lifeline``), so a killed server leaves no writer behind to commit what its client
saw fail.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
from dataclasses import dataclass

from api import jobs

CONTENDED = 0.1  # share of its CPU limit after which a job gives way to jobs waiting for a process
POLL = 0.05  # seconds between looks at a running job's CPU time
WAIT_SLICE = 0.2  # seconds between looks at whether a job waiting for a process is waiting on a busy one
STARTUP = 60.0  # seconds a job may wait for processes that are starting, besides its time limit
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100  # of /proc's CPU times


class Unavailable(Exception):
    """The job was stopped or could not start in time (HTTP 503)."""


class Overran(Unavailable):
    """The job ran past its deadline; its process was killed."""


class JobFailed(Exception):
    """The job answered with an error (HTTP status and message)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


class Died(JobFailed):
    """The worker process ended while running the job (HTTP 503, saying how)."""

    def __init__(self, message: str):
        super().__init__(503, message)


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: object
    retired: bool = False


class Pool:
    """``size`` processes serving ``mode`` ("read" or "write") jobs on the store at ``store_path``.

    ``memory_mb`` caps each process's address space; ``nice`` lowers its CPU priority; ``spares`` processes
    are kept ready, idle, to replace one that is killed.
    """

    def __init__(self, store_path: str, mode: str, size: int, memory_mb: int = 0, nice: int = 0, spares: int = 0,
                 timeout: float | None = None):
        self.store_path, self.mode, self.size, self.memory_mb, self.nice = store_path, mode, size, memory_mb, nice
        self.timeout = timeout  # how long a remote store waits for its server
        self.spares = spares
        self._spare: list[_Worker] = []
        self._ctx = _context()
        self._idle: asyncio.Queue[_Worker] | None = None
        self._workers: list[_Worker] = []
        self._closed = False
        self._waiting = 0  # jobs waiting for a free process
        self._starting = 0  # processes started that have not yet said they are ready
        self._busy = 0  # processes running a job

    def start(self) -> None:
        self._idle = asyncio.Queue()
        for _ in range(self.size):
            self._spawn()
        for _ in range(self.spares):
            self._spawn(spare=True)

    def _replace(self) -> None:
        """Put a spare in the place of a retired process (a fresh spare starts), else start one."""
        if self._spare:
            self._idle.put_nowait(self._spare.pop())
            self._spawn(spare=True)
        else:
            self._spawn()

    def _park(self, worker: _Worker, spare: bool = False) -> None:
        """An idle process (or a spare), watched: one that dies while idle is replaced at once."""
        def died() -> None:  # an idle process says nothing: readable means its end of the pipe closed
            self._retire(worker)
            if worker in self._spare:
                self._spare.remove(worker)
                self._spawn(spare=True)
            else:
                self._replace()

        asyncio.get_running_loop().add_reader(worker.conn.fileno(), died)
        if spare:
            self._spare.append(worker)
        else:
            self._idle.put_nowait(worker)

    async def _take(self, timeout: float) -> tuple[_Worker, float]:
        """An idle, live process and what is left of ``timeout`` (TimeoutError if none comes in time). Time spent
        waiting while no process runs a job (every one still starting) does not count, up to STARTUP seconds: a
        slow start is not a busy server."""
        loop = asyncio.get_running_loop()
        left, give_up = timeout, loop.time() + timeout + STARTUP
        while True:
            self._waiting += 1
            before = loop.time()
            try:
                worker = await asyncio.wait_for(self._idle.get(), max(0.0, min(left, WAIT_SLICE)))
            except TimeoutError:
                worker = None
            finally:
                self._waiting -= 1
            if self._busy or not self._starting:
                left -= loop.time() - before
            if worker is None:
                if left <= 0 or loop.time() >= give_up:
                    raise TimeoutError
                continue
            if worker.retired:  # died idle and was replaced
                continue
            loop.remove_reader(worker.conn.fileno())
            os.set_blocking(worker.conn.fileno(), True)  # uvloop leaves a watched fd non-blocking
            if worker.process.is_alive():
                return worker, max(left, 0.0)
            self._retire(worker)
            self._replace()

    def _spawn(self, spare: bool = False) -> None:
        """Start a process; once it says it is ready it joins the idle ones, or the spares (replaced if it dies
        first)."""
        if self._closed:
            return
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=jobs.serve, name=f"kg-{self.mode}", daemon=True,
                                    args=(child, self.store_path, self.mode, self.memory_mb, os.getpid(), self.timeout))
        process.start()
        child.close()
        if self.nice:
            os.setpriority(os.PRIO_PROCESS, process.pid, self.nice)
        worker = _Worker(process, parent)
        self._workers.append(worker)
        self._starting += 1
        loop = asyncio.get_running_loop()
        fd = parent.fileno()

        def ready() -> None:
            loop.remove_reader(fd)
            os.set_blocking(fd, True)
            self._starting -= 1
            try:
                parent.recv()
            except (EOFError, OSError):  # it died starting: try again shortly, not in a tight loop
                self._retire(worker)
                loop.call_later(1.0, self._spawn, spare)
                return
            self._park(worker, spare)

        loop.add_reader(fd, ready)

    def _retire(self, worker: _Worker) -> None:
        if worker.retired:
            return
        worker.retired = True
        try:
            asyncio.get_running_loop().remove_reader(worker.conn.fileno())  # one starting or idle
        except (RuntimeError, OSError, ValueError):
            pass
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(2)
        worker.conn.close()
        self._workers.remove(worker)

    async def run(self, job: str, timeout: float, cpu_limit: float | None = None, **kwargs):
        """Run a job; its value, or JobFailed / Unavailable. It may wait for a free process (time while every
        process is still starting does not count) and run until ``timeout`` seconds in all (Overran past it). With ``cpu_limit`` it is stopped (Overran) once it has
        used that many seconds of CPU, or a tenth of them while other jobs wait for a process, and may run on
        past the timeout until then: CPU time, not the clock, so that a quick job on a busy machine is not
        taken for a long one."""
        loop = asyncio.get_running_loop()
        if self._idle is None:  # started on first use (the writer, the long-query lane)
            self.start()
        try:
            worker, left = await self._take(timeout)
        except TimeoutError:
            raise Unavailable(f"every {self.mode} process stayed busy for {timeout:g} s; try again later") from None
        deadline = loop.time() + left
        self._busy += 1
        if cpu_limit is not None:
            deadline = max(deadline, loop.time() + cpu_limit)
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
                await self._finish(ready, worker.process.pid, deadline, cpu_limit)
            except TimeoutError:
                raise Overran(f"the {self._work} ran past the time limit of {timeout:g} s and was stopped") from None
            finally:
                loop.remove_reader(fd)
                os.set_blocking(fd, True)  # uvloop leaves a watched fd non-blocking; recv needs whole messages
            try:
                reply = worker.conn.recv()
            except (EOFError, OSError):
                raise Died(self._death(worker)) from None
            healthy = True
        finally:
            self._busy -= 1
            if healthy:
                self._park(worker)
            else:  # overran, died or was cancelled (client gone): replace it
                self._retire(worker)
                self._replace()
        if reply[0] == "ok":
            return reply[1]
        raise JobFailed(reply[1], reply[2])

    async def _finish(self, ready: asyncio.Future, pid: int, deadline: float, cpu_limit: float | None) -> None:
        """Wait for the answer until the deadline, or until the process has used ``cpu_limit`` CPU seconds, or
        a tenth of them while other jobs wait (TimeoutError)."""
        loop = asyncio.get_running_loop()
        start = _cpu_seconds(pid) if cpu_limit is not None else None
        if cpu_limit is not None and start is None:  # no /proc: the clock stands in for CPU time
            deadline = min(deadline, loop.time() + cpu_limit)
        while True:
            wait = deadline - loop.time()
            used = _cpu_seconds(pid) if start is not None else None
            if used is not None:
                if used - start >= cpu_limit or self._waiting and used - start >= cpu_limit * CONTENDED:
                    raise TimeoutError
                wait = min(wait, cpu_limit - (used - start), POLL)  # look again soon: others may come to wait
            if wait <= 0:
                raise TimeoutError
            done, _ = await asyncio.wait([ready], timeout=wait)
            if done:
                return

    @property
    def _work(self) -> str:
        return "query" if self.mode == "read" else "write"

    def _death(self, worker: _Worker) -> str:
        """What ended a process that stopped while running a job, from how it exited."""
        worker.process.join(2)
        code = worker.process.exitcode
        done = "it was stopped" if self.mode == "read" else "it was stopped before it was committed"
        if code == -signal.SIGSEGV:
            return (f"the {self._work} process crashed (segmentation fault) while running this {self._work}, most "
                    f"likely because it nests deeper than the query engine's stack allows; {done}")
        if code == -signal.SIGABRT and self.memory_mb:
            setting = "KG_QUERY_MEMORY_MB" if self.mode == "read" else "KG_WRITE_MEMORY_MB"
            return (f"the {self._work} process aborted: the {self._work} needs more than the {self.memory_mb} MB "
                    f"this endpoint allows ({setting}); {done}")
        how = f"exit code {code}"
        if code is not None and code < 0:
            try:
                how = f"signal {signal.Signals(-code).name}"
            except ValueError:
                how = f"signal {-code}"
        return f"the {self._work} process ended ({how}) while running this {self._work}; {done}"

    def close(self) -> None:
        self._closed = True
        for worker in list(self._workers):
            self._retire(worker)


def _context():
    """Worker processes fork from a forkserver that has the job code imported (a fresh worker is ready in
    milliseconds, not the second or two of a spawned interpreter's imports), never from the server itself
    (no fork of a running event loop); spawned where there is no forkserver."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["api.jobs", "rdflib.plugins.sparql.parser"])
    return ctx


def _cpu_seconds(pid: int) -> float | None:
    """CPU time a process has used (user and system), from /proc; None where there is no /proc."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / _TICKS
