"""Refuse SERVICE and LOAD, which make the server fetch arbitrary URLs, unless their IRI is allow-listed.

The decision is taken on the parse tree of the request (rdflib's SPARQL grammar), never on the text.
The text is read only to skip parsing where neither keyword can occur: a request whose text (with
SPARQL's ``\\u`` escapes undone) holds neither ``service`` nor ``load`` cannot contain either operation.
"""

from __future__ import annotations

import re

from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import URIRef

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class Refused(ValueError):
    """The request reaches outside the server and is not allowed to."""


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


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


def _allowed(target, allow: tuple[str, ...]) -> bool:
    return isinstance(target, URIRef) and any(str(target).startswith(prefix) for prefix in allow)


def outside_calls(text: str, update: bool) -> list[tuple[str, object]]:
    """(operation, target) for every SERVICE and LOAD in a query or update.

    Raises Refused when the text mentions either keyword but cannot be parsed, since it cannot be
    checked then.
    """
    lowered = _unescape(text).lower()
    if "service" not in lowered and "load" not in lowered:
        return []
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseUpdate(text) if update else parseQuery(text)
    except Exception as e:  # pyparsing raises ParseException and friends
        raise Refused(f"the request mentions SERVICE or LOAD and could not be checked: {e}") from e
    calls = []
    for node in _walk(tree):
        if node.name == "ServiceGraphPattern":
            calls.append(("SERVICE", node["term"]))
        elif node.name == "Load":
            calls.append(("LOAD", node["iri"]))
    return calls


def check(text: str, update: bool, allow: tuple[str, ...]) -> None:
    """Raise Refused unless every SERVICE and LOAD target is an IRI under an allowed prefix."""
    for operation, target in outside_calls(text, update):
        shown = target.n3()
        if not allow:
            raise Refused(f"{operation} {shown} refused: this endpoint does not reach other servers "
                          f"(KG_SERVICE_ALLOW lists the IRI prefixes it may reach; it is empty)")
        if not _allowed(target, allow):
            raise Refused(f"{operation} {shown} refused: not under an allowed prefix ({', '.join(allow)})")
