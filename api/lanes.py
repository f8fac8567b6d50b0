"""Fair shares of the query processes: a quick lane that long queries cannot take over, and a long lane.

A query runs first in the quick lane (``KG_QUERY_PROCESSES``, one spare kept ready). If it uses more than
``quick_seconds`` of CPU (a tenth of that while other queries wait for a quick process) it is stopped there
and run again, in what is left of its time limit, in the long lane (``KG_LONG_QUERY_PROCESSES``, at a lower
CPU priority). CPU time, not the clock: on a busy machine a quick query takes longer but is still quick. A
query whose process dies is moved the same way. The server remembers what ran long, so that it goes
straight to the long lane next time: the query itself (its job and parameters) for ten minutes, and a
client (its address) that had three queries moved in a minute, for that minute, so that varying the text
does not help. Clients looping a cartesian COUNT thus hold the long lane while everyone else's queries
keep the quick one: with 2 such clients among 100, over 95 % of the others' requests succeed (see
bench/fairness.py).
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections import OrderedDict, deque

from api.workers import Died, Overran, Pool

QUERY_MEMORY = 600.0  # seconds a query that ran long is sent to the long lane
CLIENT_MEMORY = 60.0  # seconds a client's moved queries count
CLIENT_MOVES = 3  # moved queries within CLIENT_MEMORY that send all of a client's queries to the long lane
REMEMBERED = 10_000  # queries and clients remembered, the oldest forgotten first
LONG_NICE = 10


class Lanes:
    """The query processes of one server process, in two lanes."""

    def __init__(self, store: str, quick: int, long: int, memory_mb: int, quick_seconds: float,
                 timeout: float | None = None):
        # timeout: how long a remote store waits for its server
        self.quick = Pool(store, "read", quick, memory_mb, spares=1, timeout=timeout)  # a killed one is replaced at once
        self.long = Pool(store, "read", long, memory_mb, nice=LONG_NICE, timeout=timeout)
        self.quick_seconds = quick_seconds
        self._long_queries: OrderedDict[str, float] = OrderedDict()  # fingerprint -> when it last ran long
        self._moves: OrderedDict[str, deque[float]] = OrderedDict()  # client -> when its queries were moved

    def start(self) -> None:
        self.quick.start()
        self.long.start()  # now, not at the first long query: starting a process costs a second of CPU

    def close(self) -> None:
        self.quick.close()
        self.long.close()

    async def run(self, client: str, job: str, timeout: float, **kwargs):
        """Run a read job for a client within ``timeout`` seconds (Unavailable past it)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        key = _fingerprint(job, kwargs)
        if not self._runs_long(key, client):
            try:
                return await self.quick.run(job, timeout, cpu_limit=self.quick_seconds, **kwargs)
            except Overran:
                if loop.time() >= deadline - 0.05:
                    raise
            except Died:
                self._ran_long(key, client)
                raise
            self._ran_long(key, client)
        started = loop.time()
        try:
            value = await self.long.run(job, max(0.0, deadline - started), **kwargs)
        except Overran:
            raise Overran(f"the query ran past the time limit of {timeout:g} s and was stopped") from None
        if loop.time() - started < self.quick_seconds / 2:  # quick now (the store changed): forget it
            self._long_queries.pop(key, None)
        return value

    def _runs_long(self, key: str, client: str) -> bool:
        now = time.monotonic()
        since = self._long_queries.get(key)
        if since is not None and now - since < QUERY_MEMORY:
            return True
        moves = self._moves.get(client)
        while moves and now - moves[0] > CLIENT_MEMORY:
            moves.popleft()
        return bool(moves) and len(moves) >= CLIENT_MOVES

    def _ran_long(self, key: str, client: str) -> None:
        now = time.monotonic()
        _remember(self._long_queries, key, now)
        moves = self._moves.pop(client, None) or deque(maxlen=CLIENT_MOVES)
        moves.append(now)
        _remember(self._moves, client, moves)


def _remember(table: OrderedDict, key, value) -> None:
    table.pop(key, None)
    table[key] = value
    while len(table) > REMEMBERED:
        table.popitem(last=False)


def _fingerprint(job: str, kwargs: dict) -> str:
    return hashlib.blake2b(repr((job, sorted(kwargs.items()))).encode(), digest_size=16).hexdigest()

