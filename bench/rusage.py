"""Run one command and print, as JSON on stdout, its wall time, exit code, stderr and peak memory.

CPU seconds are the sum over the tree's processes (sampled, so a process's last 50 ms may be
missed): on a shared machine they say what the work costs when wall time does not. Peak memory is
measured two ways: ``ru_maxrss`` of the children (the largest single process of the
tree, from the kernel) and the sum of the tree's RSS sampled every 50 ms (worker processes included).
Run as ``python -m bench.rusage TIMEOUT CMD...`` (TIMEOUT in seconds, 0 for none) so that nothing else
this process started counts.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import threading
import time

import psutil


def _sample_tree(pid: int, peak: list[int], cpu: dict[int, float], done: threading.Event) -> None:
    """Sum the RSS of the process tree every 50 ms (keep the peak); keep each process's CPU seconds."""
    try:
        root = psutil.Process(pid)
    except psutil.NoSuchProcess:
        return
    while not done.is_set():
        total = 0
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        for p in tree:
            try:
                with p.oneshot():
                    total += p.memory_info().rss
                    times = p.cpu_times()
                    cpu[p.pid] = times.user + times.system
            except psutil.NoSuchProcess:
                pass
        peak[0] = max(peak[0], total)
        done.wait(0.05)


def main(timeout: float, cmd: list[str]) -> dict:
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    peak, cpu, done = [0], {}, threading.Event()
    sampler = threading.Thread(target=_sample_tree, args=(child.pid, peak, cpu, done), daemon=True)
    sampler.start()
    timed_out = False
    try:
        _, stderr = child.communicate(timeout=timeout or None)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(child.pid, signal.SIGKILL)  # the command and any workers it started
        _, stderr = child.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    maxrss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kilobytes on Linux
    return {"seconds": seconds, "returncode": child.returncode, "timed_out": timed_out, "stderr": stderr.decode("utf-8", "replace"),
            "peak_rss_mb": maxrss_kb / 1024, "peak_tree_rss_mb": peak[0] / 2**20, "cpu_s": sum(cpu.values())}


if __name__ == "__main__":
    print(json.dumps(main(float(sys.argv[1]), sys.argv[2:])))
