"""The store: the ``Store`` protocol (``base``) and its two backends, an Oxigraph folder on disk
(``embedded``, the default) and any SPARQL 1.1 server (``remote``: Oxigraph server, Virtuoso, Fuseki...).

``open_store`` picks the backend from the location: an ``http(s)://`` URL is a server, anything else a
folder. Everything above this package (the build, the CLI, the API) uses only the protocol.
"""

from __future__ import annotations

import os

from kg.store.base import Result, Solutions, Store, StoreError, Triples
from kg.store.embedded import EmbeddedStore, incomplete_marker

DEFAULT_STORE = ".kg"


def store_location(option: str | None) -> str:
    """``--store``, else ``$KG_STORE``, else ``./.kg``."""
    return option or os.environ.get("KG_STORE") or DEFAULT_STORE


def is_remote(location: str) -> bool:
    """Whether a ``--store`` value names a SPARQL server rather than a folder."""
    return str(location).lower().startswith(("http://", "https://"))


def open_store(location: str | None = None, read_only: bool = False, timeout: float | None = None) -> Store:
    """Open the store named by ``--store`` / ``$KG_STORE`` / ``./.kg``: a folder, or an http(s) URL of a
    SPARQL 1.1 server. ``timeout``: seconds a remote store waits for the server."""
    location = store_location(location)
    if is_remote(location):
        from kg.store.remote import RemoteStore  # httpx is loaded only where a server is used

        return RemoteStore(location, read_only=read_only, **({"timeout": timeout} if timeout else {}))
    return EmbeddedStore(location, read_only=read_only)


def __getattr__(name: str):
    if name == "RemoteStore":
        from kg.store.remote import RemoteStore

        return RemoteStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["EmbeddedStore", "RemoteStore", "incomplete_marker", "Result", "Solutions", "Store", "StoreError", "Triples", "is_remote",
           "open_store", "store_location"]
