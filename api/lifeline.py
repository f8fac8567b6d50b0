"""Processes that die with the server that started them.

A server killed with SIGKILL runs no clean-up: its worker processes would live on, and a writer among them
would commit a job its client already saw fail (seen 3 to 12 s after the kill). Two lines, for either
kind of parent:

- ``PR_SET_PDEATHSIG`` (Linux): the kernel kills a process when its parent dies. It serves a server
  process of ``kg serve --workers N`` (a child of uvicorn's supervisor).
- A worker process is a child of the forkserver, which lives on while any worker holds its pipe; so a
  worker also watches its own pipe to the server, on which the server sends nothing while a job runs:
  when the server's end closes (it died), the worker ends at once (elsewhere than Linux: when the server's
  pid is gone).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """End this process when its parent ends, even by SIGKILL (Linux); at once if it has ended already."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if not _alive(parent):
        os._exit(1)


def die_with_server(conn, server: int) -> None:
    """End this worker process when the server at the other end of ``conn`` ends, even by SIGKILL."""
    threading.Thread(target=_watch, args=(conn.fileno(), server), name="lifeline", daemon=True).start()
    if not _alive(server):
        os._exit(1)


def _watch(fd: int, server: int) -> None:
    if hasattr(select, "POLLRDHUP"):  # the peer closed its end: a job arriving is POLLIN, never this
        poller = select.poll()
        poller.register(fd, select.POLLRDHUP)
        while not poller.poll():
            pass
    else:
        while _alive(server):
            time.sleep(0.1)
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True
