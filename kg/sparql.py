"""SPARQL texts the engine refuses, explained in plain words: where (line, column) and what went wrong.

Oxigraph's parser reports ``error at LINE:COLUMN: expected one of ...`` where the list mixes keywords,
quoted punctuation and Rust character classes (``['A' ..= 'Z' | ...]``). ``explain`` keeps what a
person can act on: an unknown prefix by name, a text that ends too early, the token found where
something else was expected, and the punctuation or keywords that could have come there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pyoxigraph import BlankNode, Literal, NamedNode, Variable

from kg.mapping import PREFIXES

_AT = re.compile(r"error at (\d+):(\d+): expected (?:one of )?(.*)", re.S)
_EXPECTED = re.compile(r'"((?:\\.|[^"\\])*)"|\[[^\]]*\]|([A-Za-z][A-Za-z0-9 ]*[A-Za-z0-9]|[A-Za-z])')
_PNAME_BEFORE = re.compile(r"([A-Za-z][\w.-]*)?:[\w.%-]*$")
_TOKEN = re.compile(r"[\w:?$.-]+|\S")
_UPDATE = re.compile(r"\A(?:\s+|#[^\n]*|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)*"
                     r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
MAX_SHOWN = 8  # expected items listed


def values_block(variables: Iterable[str | Variable], rows: Iterable[Iterable]) -> str:
    """A ``VALUES (?a ?b) { (x y) ... }`` block binding the variables (names or ``Variable``) to rows of terms.

    Terms are written in their N-Triples form (escaped by pyoxigraph), so a value can never be read as SPARQL
    syntax; only IRIs and literals can be bound (ValueError for anything else, a blank node included)."""
    names = [str(v) if isinstance(v, Variable) else str(Variable(str(v).lstrip("?$"))) for v in variables]
    body = []
    for row in rows:
        terms = list(row)
        for name, term in zip(names, terms, strict=True):
            if not isinstance(term, NamedNode | Literal):
                kind = "a blank node" if isinstance(term, BlankNode) else type(term).__name__
                raise ValueError(f"cannot bind {name} to {kind}: only IRIs and literals can be bound")
        body.append(f"({' '.join(map(str, terms))})")
    return f"VALUES ({' '.join(names)}) {{ {' '.join(body)} }}"


def is_update(text: str) -> bool:
    """Whether a text reads as a SPARQL update (its first keyword after the prologue is an update operation)."""
    return bool(_UPDATE.match(text))


def explain(text: str, error: Exception, kind: str = "query") -> str:
    """A syntax error of ``text`` in plain words, with the line it is on and a caret under the place."""
    m = _AT.match(str(error))
    if not m:
        return f"SPARQL syntax error: {error}"
    line_no, column = int(m.group(1)), int(m.group(2))
    lines = text.split("\n")
    line = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    at = min(max(column - 1, 0), len(line))
    quoted, words = [], []
    for found in _EXPECTED.finditer(m.group(3)):
        if found.group(1) is not None:
            quoted.append(found.group(1).replace('\\"', '"').replace("\\\\", "\\"))
        elif found.group(2):
            words.append(found.group(2))
    if "Prefix not found" in words and (pname := _PNAME_BEFORE.search(line[:at])):
        at = pname.start()
        prefix = pname.group(1) or ""
        what = (f'unknown prefix "{prefix}:": declare it (PREFIX {prefix}: <...>) or use one of '
                f"{', '.join(p + ':' for p in PREFIXES)}")
    else:
        rest = "\n".join([line[at:], *lines[line_no:]]).strip()
        options = [f'"{q}"' for q in quoted] + [w for w in words if w != "Prefix not found"]
        hint = f"; expected {'one of ' if len(options) > 1 else ''}{' '.join(options[:MAX_SHOWN])}" if options else ""
        hint += " ..." if len(options) > MAX_SHOWN else ""
        if not rest:
            what = f"the {kind} ends too early{hint}"
        else:
            what = f'unexpected "{_TOKEN.match(rest).group(0)[:30]}"{hint}'
    return (f"SPARQL syntax error at line {line_no}, column {at + 1}: {what}\n"
            f"  {line}\n  {' ' * len(line[:at].expandtabs(1))}^")
