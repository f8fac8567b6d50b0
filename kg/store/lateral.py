"""Oxigraph's ``LATERAL`` written in standard SPARQL 1.1, for servers that do not know it (Virtuoso, Fuseki).

``P LATERAL { Q }`` evaluates Q once per solution of P, with P's bindings in place. For the shapes the
queries in queries/ use, the same answers come from plain SPARQL (only slower, since Q is then matched
against the whole store before the join):

- Q a group of triples, ``GRAPH t { ... }``, ``OPTIONAL { ... }`` and ``BIND``: its elements become
  elements of the enclosing group, in order. A group's OPTIONAL sees everything before it, so it sees P
  as it did under LATERAL. An OPTIONAL inside ``GRAPH t { ... }`` is lifted out as
  ``OPTIONAL { GRAPH t { ... } }`` at its place, so that it too sees P. A FILTER goes to the end of the
  group it lands in (it then sees P, as under LATERAL).
- Q one sub-SELECT without LIMIT or OFFSET: a plain sub-query joined on its projected variables.

Anything else (a sub-SELECT with a LIMIT, VALUES, MINUS, UNION inside the LATERAL group) cannot be
written so with the same answers and raises ``LateralError``.
"""

from __future__ import annotations

import re

_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_WORD = re.compile(r"[A-Za-z_][\w-]*")
_KEYWORDS = {"GRAPH", "OPTIONAL", "FILTER", "BIND", "SELECT", "VALUES", "MINUS", "UNION", "SERVICE", "LATERAL"}


class LateralError(ValueError):
    """A LATERAL group that standard SPARQL cannot express with the same answers."""


def _tokens(text: str):
    """(kind, start, end): kinds "kw" (a keyword word), "word", "{", "}", "(", ")" and "other"; strings,
    IRIs, comments and variables are single "other" tokens, so braces inside them do not count."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if ch == "<" and (m := _IRIREF.match(text, i)):
            yield "other", i, m.end()
            i = m.end()
            continue
        if ch in "'\"":
            end = string_end(text, i)
            yield "other", i, end
            i = end
            continue
        if ch in "?$" and (m := _WORD.match(text, i + 1)):
            yield "other", i, m.end()
            i = m.end()
            continue
        if ch.isalpha() or ch == "_":
            m = _WORD.match(text, i)
            end = m.end()
            if end < n and text[end] == ":":  # a prefixed name
                while end < n and not text[end].isspace() and text[end] not in "{}();,":
                    end += 1
                yield "other", i, end
            else:
                yield ("kw" if m.group(0).upper() in _KEYWORDS else "word"), i, end
            i = end
            continue
        yield (ch if ch in "{}()" else "other"), i, i + 1
        i += 1


def string_end(text: str, i: int) -> int:
    """Where the SPARQL string that opens at ``text[i]`` (in single or double quotes, one or three) ends:
    the index after its closing quotes."""
    quote = text[i]
    if text.startswith(quote * 3, i):
        end = text.find(quote * 3, i + 3)
        while end > 0 and text[end - 1] == "\\":
            end = text.find(quote * 3, end + 1)
        return len(text) if end < 0 else end + 3
    j = i + 1
    while j < len(text):
        if text[j] == "\\":
            j += 2
            continue
        if text[j] == quote or text[j] == "\n":
            return j + 1
        j += 1
    return j


def query_form(text: str) -> str:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the first of these words outside strings, IRIs and comments."""
    for kind, s, e in _tokens(text):
        word = text[s:e].upper()
        if kind in ("kw", "word") and word in ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK"):
            return word
    return "SELECT"


def has_lateral(text: str) -> bool:
    return any(kind == "kw" and text[s:e].upper() == "LATERAL" for kind, s, e in _tokens(text))


def _match(toks: list, k: int) -> int:
    """Index of the token closing the bracket opened at ``toks[k]``."""
    opener = toks[k][0]
    closer = "}" if opener == "{" else ")"
    depth = 0
    for j in range(k, len(toks)):
        if toks[j][0] == opener:
            depth += 1
        elif toks[j][0] == closer:
            depth -= 1
            if depth == 0:
                return j
    raise LateralError("unbalanced brackets in the query")


def _chunks(text: str) -> list[tuple[str, str, str]]:
    """The top-level elements of a group's content: (kind, text, extra) with kinds "graph" (extra: the
    graph term, text: the body), "optional" (text: the body), "filter", "select" and "plain"."""
    toks = list(_tokens(text))
    out: list[tuple[str, str, str]] = []
    plain_from = None

    def flush_plain(upto: int) -> None:
        nonlocal plain_from
        if plain_from is not None and text[plain_from:upto].strip():
            out.append(("plain", text[plain_from:upto], ""))
        plain_from = None

    k = 0
    while k < len(toks):
        kind, s, e = toks[k]
        word = text[s:e].upper() if kind == "kw" else ""
        if word == "GRAPH" and k + 2 < len(toks) and toks[k + 2][0] == "{":
            flush_plain(s)
            end = _match(toks, k + 2)
            term = text[toks[k + 1][1]:toks[k + 1][2]]
            out.append(("graph", text[toks[k + 2][2]:toks[end][1]], term))
            k = end + 1
        elif word == "OPTIONAL" and k + 1 < len(toks) and toks[k + 1][0] == "{":
            flush_plain(s)
            end = _match(toks, k + 1)
            out.append(("optional", text[toks[k + 1][2]:toks[end][1]], ""))
            k = end + 1
        elif word in ("FILTER", "BIND"):
            flush_plain(s)
            j = k + 1
            if j < len(toks) and toks[j][0] in ("word", "other") and j + 1 < len(toks) and toks[j + 1][0] == "(":
                j += 1  # FILTER fn(...)
            if j >= len(toks) or toks[j][0] != "(":
                raise LateralError(f"cannot read the {word} at offset {s}")
            end = _match(toks, j)
            out.append(("filter" if word == "FILTER" else "plain", text[s:toks[end][2]], ""))
            k = end + 1
        elif word == "SELECT":
            flush_plain(s)
            out.append(("select", text[s:], ""))
            return out
        elif word in ("VALUES", "MINUS", "UNION", "SERVICE", "LATERAL") or kind == "{":
            raise LateralError(f"a LATERAL group with {text[s:e]} cannot be written without LATERAL")
        else:
            if plain_from is None:
                plain_from = s
            k += 1
    flush_plain(len(text))
    return out


def _flatten(inner: str) -> str:
    chunks = _chunks(inner)
    if chunks and chunks[0][0] == "select":
        if len(chunks) > 1:
            raise LateralError("a LATERAL sub-SELECT must be alone in its group")
        body = chunks[0][1]
        toks = list(_tokens(body))
        depth = 0
        for kind, s, e in toks:
            depth += kind == "{"
            depth -= kind == "}"
            if depth == 0 and kind == "word" and body[s:e].upper() in ("LIMIT", "OFFSET"):
                raise LateralError("a LATERAL sub-SELECT with LIMIT or OFFSET cannot be written without LATERAL")
        return "{ " + body + " }"
    parts, filters = [], []
    for kind, text, term in chunks:
        if kind == "graph":
            segment: list[str] = []
            for k2, t2, _ in _chunks(text):
                if k2 == "optional":
                    if segment:
                        parts.append(f"GRAPH {term} {{ {' '.join(segment)} }}")
                        segment = []
                    parts.append(f"OPTIONAL {{ GRAPH {term} {{ {t2} }} }}")
                elif k2 == "filter":
                    filters.append(t2)
                elif k2 == "graph" or k2 == "select":
                    raise LateralError("a GRAPH or sub-SELECT inside a LATERAL GRAPH group cannot be written "
                                       "without LATERAL")
                else:
                    segment.append(t2)
            if segment:
                parts.append(f"GRAPH {term} {{ {' '.join(segment)} }}")
        elif kind == "optional":
            parts.append(f"OPTIONAL {{ {text} }}")
        elif kind == "filter":
            filters.append(text)
        else:
            parts.append(text)
    return "\n".join(parts + filters)


def without_lateral(text: str) -> str:
    """The query with every LATERAL group written in standard SPARQL (see the module's description)."""
    while True:
        toks = list(_tokens(text))
        at = next((k for k, (kind, s, e) in enumerate(toks) if kind == "kw" and text[s:e].upper() == "LATERAL"), None)
        if at is None:
            return text
        if at + 1 >= len(toks) or toks[at + 1][0] != "{":
            raise LateralError("LATERAL must be followed by a group { ... }")
        end = _match(toks, at + 1)
        inner = text[toks[at + 1][2]:toks[end][1]]
        text = text[:toks[at][1]] + _flatten(inner) + text[toks[end][2]:]
