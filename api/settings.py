"""Server settings, read from the environment (``KG_*``) or given by ``kg serve``."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from api.safety import allow_list
from kg.store import store_location


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    try:
        return float(raw) if raw else default
    except ValueError as e:
        raise ValueError(f"${name} must be a number, got {raw!r}") from e


def _list(name: str, default: tuple[str, ...]) -> tuple[str, ...]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return tuple(part.strip() for part in raw.split(",") if part.strip())


@dataclass(frozen=True)
class Settings:
    """What the endpoint may do, and how much.

    store: the store folder. token: updates and ingest need ``Authorization: Bearer <token>``;
    without a token they are off. query_timeout: seconds before a query is stopped (503).
    max_rows: the largest answer (rows or triples) sent; a bigger one is refused with 422.
    max_body: the largest request body in bytes (413). cors_origins: origins allowed to read.
    service_allow: IRI prefixes that SERVICE and LOAD may reach (scheme, host and port exactly, the path
    under the prefix's); empty refuses both.
    query_processes: query worker processes per server process (the quick lane, ``api.lanes``);
    long_query_processes: those that run queries past ``quick_query_seconds``. query_memory_mb: the address space
    a query process may use (0: no limit); a query past it is stopped (503). write_memory_mb: the same for
    the process that writes (updates, graph PUT, ingest). fast_lookups: point lookups run on
    threads of the server process instead of a query process (api.fastpath; KG_FAST_LOOKUPS=0: off).
    """

    store: str = field(default_factory=lambda: store_location(None))
    token: str | None = field(default_factory=lambda: os.environ.get("KG_API_TOKEN") or None)
    query_timeout: float = field(default_factory=lambda: _float("KG_QUERY_TIMEOUT", 10.0))
    write_timeout: float = field(default_factory=lambda: _float("KG_WRITE_TIMEOUT", 120.0))
    max_rows: int = field(default_factory=lambda: int(_float("KG_MAX_ROWS", 100_000)))
    max_body: int = field(default_factory=lambda: int(_float("KG_MAX_BODY", 5 * 1024 * 1024)))
    cors_origins: tuple[str, ...] = field(default_factory=lambda: _list("KG_CORS_ORIGINS", ("*",)))
    service_allow: tuple[str, ...] = field(default_factory=lambda: _list("KG_SERVICE_ALLOW", ()))
    query_processes: int = field(default_factory=lambda: int(_float("KG_QUERY_PROCESSES", 2)))
    long_query_processes: int = field(default_factory=lambda: int(_float("KG_LONG_QUERY_PROCESSES", 1)))
    quick_query_seconds: float = field(default_factory=lambda: _float("KG_QUICK_QUERY_SECONDS", 1.0))
    query_memory_mb: int = field(default_factory=lambda: int(_float("KG_QUERY_MEMORY_MB", 4096)))
    write_memory_mb: int = field(default_factory=lambda: int(_float("KG_WRITE_MEMORY_MB", 4096)))
    fast_lookups: bool = field(default_factory=lambda: os.environ.get("KG_FAST_LOOKUPS", "1") != "0")

    def __post_init__(self):
        if self.query_timeout <= 0 or self.write_timeout <= 0 or self.quick_query_seconds <= 0:
            raise ValueError("timeouts must be positive")
        if min(self.max_rows, self.max_body, self.query_processes, self.long_query_processes) < 1:
            raise ValueError("max_rows, max_body, query_processes and long_query_processes must be at least 1")
        allow_list(self.service_allow)  # refuses a prefix without scheme and host at start-up
        for name, mb in (("KG_QUERY_MEMORY_MB", self.query_memory_mb), ("KG_WRITE_MEMORY_MB", self.write_memory_mb)):
            if mb and mb < 512:
                raise ValueError(f"{name} must be 0 (no limit) or at least 512: a worker process needs that to start")
