"""Publication dates: normalise metadata dates, and find a byline or dateline date in the text (in any language
that has a lexicon: its month names, day endings and date words)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from kg.lexicon import across, month_numbers
from kg.textpattern import alternation

BYLINE_WINDOW = 1000  # characters from the top of the text in which a byline date is looked for


def normalise_date(value: str) -> str | None:
    """``2026-01-28T13:02:00Z`` -> ``2026-01-28``; keeps ``YYYY-MM`` and ``YYYY``; None if not a date."""
    m = re.match(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value or "")
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day:
            return date(int(year), int(month), int(day)).isoformat()
        if month:
            return f"{year}-{month}" if 1 <= int(month) <= 12 else None
    except ValueError:
        return None
    return year


@cache
def _patterns() -> list[tuple[re.Pattern, tuple[str, str, str]]]:
    months = alternation(month_numbers())
    suffix = alternation(across("calendar", "day_suffixes"))
    of = rf"(?:(?:{alternation(across('calendar', 'date_words'))})\s+)?"
    return [
        # 25 January 2026 / woensdag, 28 januari 2026 / 28. Januar 2026 / 28 de enero de 2026 / 1er mars 2026
        (re.compile(rf"\b(\d{{1,2}})(?:{suffix})?\s+{of}({months})\.?\s+{of}(\d{{4}})\b", re.I), ("d", "m", "y")),
        # January 25, 2026
        (re.compile(rf"\b({months})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I), ("m", "d", "y")),
        # 28/01/2026 à 13:02, 28.01.2026, 28-01-2026 (day first, as European outlets write it)
        (re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b"), ("d", "m", "y")),
        # 2026-01-28
        (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
    ]


def find_publication_date(text: str) -> str | None:
    """The earliest full date near the top of the text, as an ISO date, or None."""
    head = text[:BYLINE_WINDOW]
    best: tuple[int, str] | None = None
    for pattern, order in _patterns():
        for m in pattern.finditer(head):
            parts = dict(zip(order, m.groups(), strict=True))
            month = parts["m"]
            month_no = int(month) if month.isdigit() else month_numbers().get(month.lower())
            try:
                found = date(int(parts["y"]), month_no or 0, int(parts["d"])).isoformat()
            except (TypeError, ValueError):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), found)
            break
    return best[1] if best else None
