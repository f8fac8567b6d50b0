"""Regular expressions made of word lists: the one alternation builder the extractors and the date reader use."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

NEVER = "(?!x)x"  # a pattern that matches nothing: the alternation of no words


def alternation(words: Iterable[str], piece: Callable[[str], str] = re.escape) -> str:
    """The regex alternation of ``words``: each distinct, non-empty word once, written by ``piece`` (escaped by
    default), longest word first (so that "Sept" is not taken from "September"; ties in alphabetical order),
    a space in a word matching any run of white space; ``NEVER`` when there are no words.

    Put it in a group of its own (``(?:...)``) where anything stands beside it."""
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(piece(w).replace(r"\ ", r"\s+") for w in items) or NEVER


def finditer_near(pattern: re.Pattern, anchor: re.Pattern, reach: int, text: str) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, searched only around the matches of ``anchor``: for a pattern each
    match of which contains a match of ``anchor``, and which reads (look-arounds and failed alternatives included)
    at most ``reach`` characters from where it starts. A rare word as the anchor spares running a costly pattern
    over the whole text."""
    windows: list[list[int]] = []  # where a match may start
    for a in anchor.finditer(text):  # an anchor inside an earlier anchor match is covered by its window's end
        lo, hi = max(0, a.start() - reach), a.end()
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    cursor = 0
    for lo, hi in windows:
        for m in pattern.finditer(text, max(lo, cursor), min(len(text), hi + reach + 1)):
            if m.start() > hi:
                break
            cursor = m.end()
            yield m
