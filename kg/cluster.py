"""Extraction on a Dask distributed cluster: ``kg build --cluster tcp://HOST:8786``.

The machines of the cluster run ``dask worker tcp://HOST:8786`` (one process a core:
``--nworkers N --nthreads 1``, since extraction holds the GIL) with the same news-kg installed; the
scheduler runs ``dask scheduler``. This process (the driver) is the one that reads the input and writes
the store: it cuts the input into drafts as a stream, sends chunks of them to the cluster (finishing,
extraction, linking, mapping and validation run there, ``kg.parallel.prepare_chunk``), and writes each
article's graph as it comes back, in input order, with only a bounded window in flight. Resolution then
runs where the store is, as after any build. The store may be the embedded folder or a SPARQL server.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from kg import EXTRACTOR_VERSION, __version__
from kg.read import ArticleDraft, ReadError
from kg.records import Outcome

CHUNK = 16  # articles per task: a task costs the scheduler about a millisecond and a network round trip
CONNECT_TIMEOUT = 30.0  # seconds to reach the scheduler and find a worker ($KG_CLUSTER_TIMEOUT)


class ClusterError(RuntimeError):
    """The cluster cannot be reached, has no workers, or runs another version of news-kg."""


def _versions() -> tuple[str, str]:
    import kg

    return kg.__version__, kg.EXTRACTOR_VERSION


def connect(address: str, timeout: float | None = None):
    """A Dask client of the scheduler at ``address``, checked: it has workers, and each runs this version
    of news-kg and of its extractor (an article extracted by another version would be stored as this one's)."""
    timeout = timeout or float(os.environ.get("KG_CLUSTER_TIMEOUT") or CONNECT_TIMEOUT)
    try:
        from distributed import Client
    except ImportError as e:
        raise ClusterError("--cluster needs Dask distributed: pip install 'news-kg[cluster]'") from e
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as e:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {e}") from e
    try:
        client.wait_for_workers(1, timeout=timeout)
    except (TimeoutError, OSError) as e:
        client.close()
        raise ClusterError(f"the Dask scheduler at {address} has no workers (start them with "
                           f"`dask worker {address}`)") from e
    try:
        found = client.run(_versions)
    except Exception as e:  # a worker without news-kg cannot even unpickle the call
        client.close()
        raise ClusterError(f"a worker of {address} cannot run news-kg: {type(e).__name__}: {e}") from e
    wrong = {worker: v for worker, v in found.items() if v != (__version__, EXTRACTOR_VERSION)}
    if wrong:
        client.close()
        raise ClusterError(f"workers run another news-kg (package, extractor) than this one "
                           f"({__version__}, {EXTRACTOR_VERSION}): {wrong}")
    return client


def slots(client) -> int:
    """Threads over all workers: how many tasks run at once."""
    return max(1, sum(client.nthreads().values()))


def build_outcomes(items: Iterable[ArticleDraft | ReadError], store, admit: Callable[[object], Outcome | None],
                   address: str, validate: bool = True, budget: float | None = None) -> Iterator[Outcome]:
    """Outcomes of ``items`` in input order, prepared on the cluster at ``address`` and written here."""
    from kg.parallel import build_outcomes as run

    client = connect(address)
    try:
        yield from run(items, store, admit, validate=validate, jobs=slots(client), budget=budget,
                       executor=client.get_executor(),
                       chunk_size=CHUNK)
    finally:
        client.close()
