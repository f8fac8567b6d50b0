"""Regular expressions made of word lists: the one alternation builder the extractors and the date reader use."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

NEVER = "(?!x)x"  # a pattern that matches nothing: the alternation of no words


def alternation(words: Iterable[str], piece: Callable[[str], str] = re.escape) -> str:
    """The regex alternation of ``words``: each distinct, non-empty word once, written by ``piece`` (escaped by
    default), longest word first (so that "Sept" is not taken from "September"; ties in alphabetical order),
    a space in a word matching any run of white space; ``NEVER`` when there are no words.

    Put it in a group of its own (``(?:...)``) where anything stands beside it."""
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(piece(w).replace(r"\ ", r"\s+") for w in items) or NEVER
