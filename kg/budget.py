"""A time budget for one piece of work, so that one pathological article cannot stall a build.

The budget is a real-time interval timer (``SIGALRM``) that raises ``OverBudget`` in the work once its
seconds are spent, and again every second after, in case the work swallowed the first. Signals reach
only the main thread: elsewhere the work runs without a budget. Build workers and the API's writer
run articles in their main thread.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

ARTICLE_SECONDS = 60.0  # time budget of one article's extraction, linking, mapping and validation


class OverBudget(BaseException):  # not an Exception: code that catches those must not swallow it
    """The work ran past its time budget."""


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ``OverBudget`` inside the block once it has run ``seconds`` (None or 0: no budget)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise OverBudget(f"took longer than its time budget of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
