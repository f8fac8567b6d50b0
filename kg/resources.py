"""Locate the data that ships with the package: ontology/ and queries/.

In a wheel they live under ``kg/_data``; in a source checkout (or an editable install)
they are the top-level folders of the repository.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """Return the folder ``ontology`` or ``queries``, wherever this installation keeps it."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"news-kg data folder {name!r} not found next to {_PACKAGE}")


def ontology_file(filename: str) -> Path:
    return data_dir("ontology") / filename


def queries_dir() -> Path:
    return data_dir("queries")
