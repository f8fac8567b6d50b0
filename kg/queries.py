"""Named queries: the SPARQL files in queries/, their descriptions and typed parameters.

A file starts with comment lines that describe it::

    # title: Claims table
    # description: One row per claim ...
    # param org: string, optional. Only claims about this organisation.

A parameter is a variable of the query (``?org``). A value given for it is bound as a typed RDF
term through SPARQL substitution, never pasted into the query text; a parameter left out stays a
free variable, so a well-written query then answers for all values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Variable

from kg.resources import queries_dir

XSD = "http://www.w3.org/2001/XMLSchema#"
PARAM_TYPES = ("string", "integer", "decimal", "date", "iri", "boolean")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_PARAM = re.compile(r"^(\w+):\s*(\w+)\s*(?:,\s*(optional|required))?\s*(?:\.\s*(.*))?$")


class QueryError(ValueError):
    """A named query does not exist, or its parameters are wrong."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool
    description: str = ""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path = field(compare=False)

    @property
    def form(self) -> str:
        """SELECT, CONSTRUCT, ASK or DESCRIBE."""
        body = "\n".join(line for line in self.text.splitlines() if not line.lstrip().startswith(("#", "PREFIX", "prefix")))
        m = re.search(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", body, re.I)
        return m.group(1).upper() if m else "SELECT"

    def bind(self, values: dict[str, str]) -> dict[Variable, object]:
        """Check and type the given parameter values; return SPARQL substitutions."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {', '.join(unknown)}; "
                             f"it takes: {', '.join(known) or 'none'}")
        out = {}
        for p in self.params:
            if p.name not in values or values[p.name] in (None, ""):
                if p.required:
                    raise QueryError(f"query {self.name!r} needs parameter {p.name!r} ({p.type})")
                continue
            out[Variable(p.name)] = typed_term(p, str(values[p.name]))
        return out


def typed_term(p: Param, raw: str):
    """A parameter value as an RDF term of the parameter's type, or QueryError."""
    try:
        if p.type == "string":
            return Literal(raw)
        if p.type == "integer":
            return Literal(str(int(raw)), datatype=NamedNode(XSD + "integer"))
        if p.type == "decimal":
            d = Decimal(raw)
            if not d.is_finite() or abs(d.adjusted()) > 100:  # "1e999999999" would be written out in full
                raise ValueError
            return Literal(format(d, "f"), datatype=NamedNode(XSD + "decimal"))
        if p.type == "boolean":
            if raw.lower() not in ("true", "false", "1", "0"):
                raise ValueError
            return Literal("true" if raw.lower() in ("true", "1") else "false", datatype=NamedNode(XSD + "boolean"))
        if p.type == "date":
            return Literal(date.fromisoformat(raw).isoformat(), datatype=NamedNode(XSD + "date"))
        if p.type == "iri":
            if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$", raw):
                raise ValueError
            return NamedNode(raw)
    except (ValueError, InvalidOperation):
        pass
    raise QueryError(f"parameter {p.name!r} must be a valid {p.type}, got {raw!r}")


def parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    params: list[Param] = []
    key = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        m = re.match(r"^(title|description):\s*(.*)$|^(param)\s+(.*)$", body)
        if m and m.group(3):
            pm = _PARAM.match(m.group(4))
            if not pm or pm.group(2) not in PARAM_TYPES:
                raise QueryError(f"{path.name}: bad parameter line {line!r}")
            params.append(Param(pm.group(1), pm.group(2), pm.group(3) == "required", (pm.group(4) or "").strip()))
            key = None
        elif m:
            key = m.group(1)
            meta[key] = m.group(2)
        elif key and body:
            meta[key] += " " + body
    return NamedQuery(name=path.stem, title=meta.get("title", path.stem), description=meta.get("description", ""),
                      params=tuple(params), text=text, path=path)


@cache
def _load(folder: Path) -> dict[str, NamedQuery]:
    return {p.stem: parse(p) for p in sorted(folder.glob("*.rq"))}


def named_queries(folder: Path | None = None) -> dict[str, NamedQuery]:
    """All named queries, by name."""
    return _load(folder or queries_dir())


def get(name: str) -> NamedQuery:
    if not _NAME.match(name or ""):
        raise QueryError(f"not a query name: {name!r}")
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no query named {name!r}; known: {', '.join(queries)}")
    return queries[name]


def term_value(term):
    """A result term as a plain Python value: numbers, booleans and dates typed, IRIs as strings."""
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return term.value
    if not isinstance(term, Literal):
        return str(term.value) if hasattr(term, "value") else str(term)
    dt = term.datatype.value if term.datatype else ""
    try:
        if dt in (XSD + "integer", XSD + "int", XSD + "long"):
            return int(term.value)
        if dt in (XSD + "decimal", XSD + "double", XSD + "float"):
            number = float(term.value)
            return int(number) if number.is_integer() and abs(number) < 2**53 else number
        if dt == XSD + "boolean":
            return term.value in ("true", "1")
    except ValueError:
        pass
    return term.value


def select_rows(solutions) -> tuple[list[str], list[dict]]:
    """Column names and rows (dicts of plain values) of a SELECT result."""
    columns = [v.value for v in solutions.variables]
    rows = [{c: term_value(s[c]) for c in columns} for s in solutions]
    return columns, rows


def run_named(store, name: str, values: dict[str, str] | None = None):
    """Run a named query on a store with its parameters bound; returns the raw result."""
    q = get(name)
    return store.query(q.text, substitutions=q.bind(values or {}))
