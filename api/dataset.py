"""The dataset of an update given by the protocol (``using-graph-uri``, ``using-named-graph-uri``), written
into the update as USING and USING NAMED clauses before it reaches the store.

Each DELETE/INSERT ... WHERE operation gets the clauses before its WHERE; the shorthand ``DELETE WHERE { P }``
becomes ``DELETE { P } USING ... WHERE { P }``, its meaning. Operations without a WHERE (INSERT DATA,
CLEAR, LOAD ...) are left as they are. An update that names its own dataset (USING, USING NAMED or WITH)
cannot take the protocol's as well (SPARQL 1.1 Protocol, 2.2.3). The keywords are found with the lexer that
reads texts as Oxigraph does (``api.safety.tokens``): at nesting depth 0, outside strings and comments.
"""

from __future__ import annotations

from api.safety import normalise, tokens


class DatasetConflict(ValueError):
    """The update names its own dataset and the request gives one too."""


def with_using(text: str, default_graphs: list[str], named_graphs: list[str]) -> str:
    """The update text with the protocol's dataset written into each operation that has a WHERE clause."""
    text = normalise(text)
    if not default_graphs and not named_graphs:
        return text
    clauses = " ".join([*(f"USING <{g}>" for g in default_graphs), *(f"USING NAMED <{g}>" for g in named_graphs)])
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement), in text order
    depth, previous = 0, None
    shorthand = False  # after DELETE WHERE, until its pattern opens
    pattern_start = None  # where the pattern of a DELETE WHERE opens, until it closes
    for kind, word, start in tokens(text):
        if kind in "{[(":
            if kind == "{" and depth == 0 and shorthand:
                pattern_start, shorthand = start, False
            depth += 1
        elif kind in "}])":
            depth -= 1
            if depth == 0 and pattern_start is not None:  # DELETE { P } USING ... WHERE { P }
                edits.append((pattern_start, pattern_start, f"{text[pattern_start:start + 1]} {clauses} WHERE "))
                pattern_start = None
        elif kind == "name" and depth == 0:
            keyword = word.upper()
            if keyword in ("USING", "WITH"):
                raise DatasetConflict(f"the update has its own {keyword} clause; using-graph-uri and "
                                      "using-named-graph-uri cannot be given with it")
            if keyword == "WHERE" and previous == "DELETE":
                edits.append((start, start + len(word), ""))  # the WHERE comes back after the template
                shorthand = True
            elif keyword == "WHERE":
                edits.append((start, start, f"{clauses} "))
        previous = word.upper() if kind == "name" else kind
    for start, end, replacement in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text
