"""Worker processes of this machine, for the build's articles (``kg.parallel``) and its resolution
(``kg.resolve``).

Workers start from a fork server that has the extractor and the resolver loaded and every language's data compiled
(``kg.warm``: named, not imported here, so that this module sits below both), else they are spawned.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def _context():
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:  # no fork of a (threaded) writing process; workers fork from a clean server
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["kg.warm"])
        return ctx
    return multiprocessing.get_context("spawn")


def process_pool(jobs: int) -> ProcessPoolExecutor:
    """``jobs`` worker processes of this machine, with the extractor (warm) and the resolver loaded."""
    return ProcessPoolExecutor(max_workers=jobs, mp_context=_context())
