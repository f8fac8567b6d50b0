"""Refuse SERVICE and LOAD, which make the server fetch arbitrary URLs, unless their IRI is allow-listed.

The check fails closed and looks at exactly the text the engine runs:

1. Line ends are normalised (``\\r\\n`` and a lone ``\\r`` become ``\\n``) and that text is what runs:
   rdflib ends a ``#`` comment only at a line feed, Oxigraph also at a lone carriage return.
2. A lexer written to Oxigraph's grammar (strings, IRIs, comments, names) finds every SERVICE and LOAD
   keyword and the target that follows it. Oxigraph reads ``\\u`` escapes only inside strings and
   IRIs, so the lexer does too.
3. rdflib's parser gives a second opinion: where the keywords occur, it must find as many operations,
   with the same targets; any disagreement, or a text it cannot parse, is refused.
4. A target must be an absolute IRI whose scheme, host and port equal those of an allowed prefix and
   whose path lies under that prefix's path. Variables, prefixed names and relative IRIs are refused.
5. With ``standard=True`` (the store is a SPARQL server whose engine is not ours: ``kg serve --store
   http://...``), the text must moreover parse as standard SPARQL 1.1 (rdflib's grammar), so that no
   vendor extension reaches the server (Virtuoso's ``DEFINE`` pragmas, which make it fetch URLs), and it
   must not name a server's SQL functions (Virtuoso's ``bif:`` and ``sql:``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import URIRef

KEYWORDS = ("SERVICE", "LOAD")
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_IRIREF = re.compile(r"<((?:[^<>\"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*)>")
_NAME = re.compile(r"[^\s#<>'\"(){}\[\],;.=!|&*/+^?$@-][^\s#<>'\"(){}\[\],;=!|&*/+^?$@]*")
_VARIABLE = re.compile(r"[?$][^\s#<>'\"(){}\[\],;.=!|&*/+^?$@:-]*")
_DEFAULT_PORTS = {"http": 80, "https": 443}


class Refused(ValueError):
    """The request reaches outside the server and is not allowed to."""


@dataclass(frozen=True)
class Call:
    """A SERVICE or LOAD keyword in the text, and the target written after it."""

    operation: str  # SERVICE or LOAD
    target: str  # as written: <iri>, a prefixed name, a variable, or "" when nothing follows
    iri: str | None  # the IRI with its escapes read, when the target is one


def normalise(text: str) -> str:
    """The text with every line end a line feed: what both parsers and the engine then agree on."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def _string_end(text: str, i: int) -> int:
    """End of the string literal opening at ``i`` (past its closing quote); a short string also ends at a
    line feed (Oxigraph refuses that query anyway), so nothing after one is hidden as string content."""
    quote = text[i]
    long = text.startswith(quote * 3, i)
    j = i + (3 if long else 1)
    n = len(text)
    while j < n:
        ch = text[j]
        if ch == "\\":
            j += 2
        elif long and text.startswith(quote * 3, j):
            return j + 3
        elif not long and ch == quote:
            return j + 1
        elif not long and ch == "\n":
            return j
        else:
            j += 1
    return n


def tokens(text: str):
    """(kind, text, start) for the significant tokens: "iri", "var", "name" and single characters; strings
    and comments are skipped (they hold no keyword)."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif ch in "'\"":
            i = _string_end(text, i)
        elif ch == "<" and (m := _IRIREF.match(text, i)):
            yield "iri", m.group(0), i
            i = m.end()
        elif ch in "?$" and (m := _VARIABLE.match(text, i)) and m.end() > i + 1:
            yield "var", m.group(0), i
            i = m.end()
        elif m := _NAME.match(text, i):
            start = i
            for part in m.group(0).split("."):  # "?o.SERVICE": a dot may end a triple before a keyword
                yield "name", part, start
                start += len(part) + 1
            i = m.end()
        else:
            yield ch, ch, i
            i += 1


def calls(text: str) -> list[Call]:
    """Every SERVICE and LOAD keyword of a (normalised) text, as Oxigraph reads it, with its target."""
    toks = list(tokens(text))
    out = []
    for k, (kind, word, _) in enumerate(toks):
        if kind != "name" or word.upper() not in KEYWORDS:  # "ex:service" is a prefixed name
            continue
        rest = [t for t in toks[k + 1:k + 3] if not (t[0] == "name" and t[1].upper() == "SILENT")][:1]
        target = rest[0][1] if rest else ""
        iri = _unescape(target[1:-1]) if rest and rest[0][0] == "iri" else None
        out.append(Call(word.upper(), target, iri))
    return out


def _walk(node):
    """Every CompValue in a pyparsing result tree."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item
            stack.extend(item.values())
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple) or type(item).__name__ == "ParseResults":
            stack.extend(list(item))


def _rdflib_calls(text: str, update: bool) -> list[tuple[str, object]]:
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseUpdate(text) if update else parseQuery(text)
    except Exception as e:  # pyparsing raises ParseException and friends; deep nesting a RecursionError
        raise Refused(f"refused: the request uses SERVICE or LOAD and could not be checked ({str(e)[:200]})") from e
    found = []
    for node in _walk(tree):
        if node.name == "ServiceGraphPattern":
            found.append(("SERVICE", node["term"]))
        elif node.name == "Load":
            found.append(("LOAD", node["iri"]))
    return found


@dataclass(frozen=True)
class Allowed:
    """One allowed prefix: scheme, host and port must be equal; the path must lie under its path."""

    prefix: str
    scheme: str
    host: str
    port: int | None
    path: str

    @classmethod
    def parse(cls, prefix: str) -> Allowed:
        parts = urlsplit(prefix)
        if not parts.scheme or not parts.hostname or parts.username or parts.password:
            raise ValueError(f"KG_SERVICE_ALLOW takes absolute IRIs with a host, got {prefix!r}")
        try:
            port = parts.port or _DEFAULT_PORTS.get(parts.scheme.lower())
        except ValueError as e:
            raise ValueError(f"KG_SERVICE_ALLOW: {prefix!r} has a bad port") from e
        return cls(prefix, parts.scheme.lower(), parts.hostname.lower(), port, parts.path or "/")

    def admits(self, iri: str) -> bool:
        parts = urlsplit(iri)
        try:
            port = parts.port or _DEFAULT_PORTS.get(parts.scheme.lower())
        except ValueError:
            return False
        if parts.username is not None or parts.password is not None or not parts.hostname:
            return False
        path = parts.path or "/"
        under = path.startswith(self.path) if self.path.endswith("/") else (
            path == self.path or path.startswith(self.path + "/"))
        return (parts.scheme.lower(), parts.hostname.lower(), port) == (self.scheme, self.host, self.port) and under


def allow_list(prefixes: tuple[str, ...]) -> tuple[Allowed, ...]:
    return tuple(Allowed.parse(p) for p in prefixes)


_VENDOR_FUNCTIONS = ("bif:", "sql:", "<bif:", "<sql:")
_VENDOR_NAMESPACES = ("http://www.openlinksw.com/schemas/bif#", "http://www.openlinksw.com/schemas/sql#")


def _standard(text: str, update: bool) -> None:
    """Refuse a text that is not standard SPARQL 1.1 or names a server's SQL functions."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    for kind, word, _ in tokens(text):
        low = word.lower()
        if (kind == "name" and low.startswith(_VENDOR_FUNCTIONS)) or (
                kind == "iri" and (low.startswith(_VENDOR_FUNCTIONS) or _unescape(word[1:-1]).startswith(_VENDOR_NAMESPACES))):
            raise Refused(f"refused: {word} names a function of the server's SQL engine")
    try:
        parseUpdate(text) if update else parseQuery(text)
    except Exception as e:  # pyparsing raises ParseException and friends; deep nesting a RecursionError
        raise Refused("refused: this endpoint passes only standard SPARQL 1.1 to its store, and the request "
                      f"is not ({str(e)[:200]})") from e


def checked(text: str, update: bool, allow: tuple[str, ...], standard: bool = False) -> str:
    """The text to run, once every SERVICE and LOAD in it is found allowed; raises Refused otherwise.
    ``standard``: the text must also be standard SPARQL 1.1 and name no server SQL function (step 5)."""
    text = normalise(text)
    if standard:
        _standard(text, update)
    low = text.lower()
    if "service" not in low and "load" not in low:  # a keyword is written in letters (escapes only in strings
        return text                                  # and IRIs): without these words there is none to find
    found = calls(text)
    if not found:
        return text
    theirs = _rdflib_calls(text, update)
    if sorted(op for op, _ in theirs) != sorted(c.operation for c in found):
        raise Refused("refused: the request's SERVICE and LOAD keywords could not be told apart from comments "
                      "and strings with certainty")
    allowed = allow_list(allow)
    for call in found:
        shown = f"{call.operation} {call.target}".strip()
        if call.iri is None:
            raise Refused(f"{shown} refused: a SERVICE or LOAD target must be written as a full IRI <...>")
        if not urlsplit(call.iri).scheme:
            raise Refused(f"{shown} refused: the target must be an absolute IRI")
        if not allowed:
            raise Refused(f"{shown} refused: this endpoint does not reach other servers "
                          f"(KG_SERVICE_ALLOW lists the IRI prefixes it may reach; it is empty)")
        if not any(a.admits(call.iri) for a in allowed):
            raise Refused(f"{shown} refused: not under an allowed prefix ({', '.join(allow)})")
    targets = sorted(str(t) for _, t in theirs if isinstance(t, URIRef))
    if targets != sorted(c.iri for c in found if c.iri is not None):
        raise Refused("refused: the request's SERVICE and LOAD targets read differently to two parsers")
    return text
