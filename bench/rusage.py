"""Run one command and print, as JSON on stdout, its wall time, exit code, stderr and peak memory.

Peak memory is measured two ways: ``ru_maxrss`` of the children (the largest single process of the
tree, from the kernel) and the sum of the tree's RSS sampled every 50 ms (worker processes included).
Run as ``python -m bench.rusage CMD...`` so that nothing else this process started counts.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import threading
import time

import psutil


def _sample_tree(pid: int, peak: list[int], done: threading.Event) -> None:
    try:
        root = psutil.Process(pid)
    except psutil.NoSuchProcess:
        return
    while not done.is_set():
        total = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.NoSuchProcess:
                    pass
        except psutil.NoSuchProcess:
            return
        peak[0] = max(peak[0], total)
        done.wait(0.05)


def main(cmd: list[str]) -> dict:
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak, done = [0], threading.Event()
    sampler = threading.Thread(target=_sample_tree, args=(child.pid, peak, done), daemon=True)
    sampler.start()
    _, stderr = child.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    maxrss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kilobytes on Linux
    return {"seconds": seconds, "returncode": child.returncode, "stderr": stderr.decode("utf-8", "replace"),
            "peak_rss_mb": maxrss_kb / 1024, "peak_tree_rss_mb": peak[0] / 2**20}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
