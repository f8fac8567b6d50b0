"""Comparing an extracted claim's figure with the one a test expects."""

from __future__ import annotations


def figure_of(claim):
    """A claim's figure: its value, or (low, high) for a range; None without a quantity."""
    q = claim.quantity
    if q is None:
        return None
    return (q.low, q.high) if q.low is not None else q.value


def close(a, b) -> bool:
    """Whether figure ``a`` is ``b`` (a number, or a (low, high) pair) up to rounding."""
    if isinstance(b, tuple):
        return isinstance(a, tuple) and all(close(x, y) for x, y in zip(a, b, strict=True))
    return a is not None and not isinstance(a, tuple) and abs(a - b) <= 1e-6 * max(abs(b), 1)
