"""Named queries: the SPARQL files in queries/, their descriptions and typed parameters.

A file starts with comment lines that describe it::

    # title: Claims table
    # description: One row per claim ...
    # param org: string, optional. Only claims about this organisation.

A parameter is a variable of the query (``?org``). A value given for it is checked against its type
and bound as a typed RDF term in a ``VALUES`` block at the start of the query's WHERE clause, written
by pyoxigraph's N-Triples serialiser (so no value can change the query's shape). Not by SPARQL
substitution: pyoxigraph 0.5 applies substitutions after planning, so the planner cannot start from
the bound value (a claims lookup by article took 5 s at 10,000 articles instead of 10 ms). A
parameter left out stays a free variable, so a well-written query then answers for all values.

SELECT queries are read a page at a time (``run_page``): a page size (``DEFAULT_PAGE_SIZE`` unless
given) and a cursor, the opaque ``next`` token of the page before. A page asks the store for one row
more than its size, so it knows whether there is more without counting the rest. Pages follow the
query's ORDER BY (or the store's order), so they are stable while the store does not change.

Two comment lines may place these inside a sub-SELECT, so that a query sorts and cuts a narrow key first
and looks up the other columns for one page only: ``# parameters`` where the VALUES block goes (else at
the start of the outer WHERE), ``# page`` where LIMIT and OFFSET go (else at the end); each line of either
gets them, for a query that cuts twice (a page of keys, then of the rows up to its last key). A line that ends in
``# with NAME`` is kept only when the parameter NAME is given: the pattern that narrows the key by it, which
left free would join every row of the store before the sort.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Variable

from kg.mapping import XSD
from kg.resources import queries_dir
from kg.sparql import values_block

PARAM_TYPES = ("string", "integer", "decimal", "date", "iri", "boolean")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_OUTER_WHERE = re.compile(r"\bWHERE\s*\{", re.I)
_TRAILING_LIMIT = re.compile(r"\b(LIMIT|OFFSET)\s+\d+\s*$", re.I)
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 100_000
_DIGITS = re.compile(r"[0-9]{1,15}")  # page sizes and cursors: ASCII digits, short
_PARAM = re.compile(r"^(\w+):\s*(\w+)\s*(?:,\s*(optional|required))?\s*(?:\.\s*(.*))?$")
_WITH = re.compile(r"^(?![ \t]*#).*[ \t]# with (\w+)[ \t]*(?:\n|$)", re.M)  # a pattern's line, not a comment


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

    def bound_text(self, values: dict[str, str | list[str]] | None = None) -> str:
        """The query text with the given parameter values bound: a VALUES block of checked, typed terms
        opening the outer WHERE clause (or at ``# parameters``), a row for each combination, and the lines
        ``# with NAME`` of the parameters given (the query itself, less those lines, when no value is given)."""
        given = {k: v if isinstance(v, list) else [v] for k, v in (values or {}).items()}
        rows = [self.bind(dict(zip(given, combination, strict=True))) for combination in itertools.product(*given.values())]
        bound = {v.value for v in rows[0]} if rows else set()
        text = _WITH.sub(lambda m: m.group(0) if m.group(1) in bound else "", self.text)
        if not bound:
            return text
        variables = list(rows[0])
        block = values_block(variables, ([row[v] for v in variables] for row in rows))
        marked = _at_markers(text, "parameters", block)
        if marked is not None:
            return marked
        offset, where = 0, None
        for line in text.splitlines(keepends=True):
            if not line.lstrip().startswith("#") and (where := _OUTER_WHERE.search(line)):
                break
            offset += len(line)
        if where is None:
            raise QueryError(f"query {self.name!r} has no WHERE clause to bind its parameters in")
        at = offset + where.end()
        return f"{text[:at]}\n  {block}{text[at:]}"


@dataclass(frozen=True)
class Page:
    """One page of a SELECT query's rows, as result terms; ``next`` is the cursor of the following page, None
    at the end."""
    columns: list[str]
    terms: list[list]
    next: str | None

    @property
    def rows(self) -> list[dict]:
        """The rows as dicts of plain Python values (``term_value``)."""
        return [{c: term_value(t) for c, t in zip(self.columns, row, strict=True)} for row in self.terms]


def page_size(raw: str | int | None, largest: int = MAX_PAGE_SIZE) -> int:
    """A page size from user input: DEFAULT_PAGE_SIZE when not given, else 1 to ``largest``."""
    if raw in (None, ""):
        return min(DEFAULT_PAGE_SIZE, largest)
    size = int(str(raw)) if _DIGITS.fullmatch(str(raw)) else 0
    if not 1 <= size <= largest:
        raise QueryError(f"the page size must be a whole number from 1 to {largest:,}, got {str(raw)[:40]!r}")
    return size


def cursor_offset(cursor: str | None) -> int:
    """The row offset a ``next`` cursor stands for (0 for the first page)."""
    if cursor in (None, ""):
        return 0
    if not _DIGITS.fullmatch(str(cursor)):  # str.isdigit takes "²" and "١٢", and int() 5,000 digits badly
        raise QueryError(f"not a page cursor: {str(cursor)[:40]!r} (use the 'next' value of the page before)")
    return int(cursor)


def _at_markers(text: str, name: str, put: str) -> str | None:
    """The text with ``put`` in place of every comment line ``# NAME`` (kept its indent); None if there is none."""
    out, n = re.subn(rf"^([ \t]*)# {name}[ \t]*$", lambda m: m.group(1) + put, text, flags=re.M)
    return out if n else None


def paged_text(text: str, size: int, offset: int) -> str:
    """The query text asking for one page (and one row more, to tell whether there is more)."""
    cut = f"LIMIT {size + 1}" + (f" OFFSET {offset}" if offset else "")
    marked = _at_markers(text, "page", cut)
    if marked is not None:
        return marked
    body = "\n".join(line for line in text.rstrip().splitlines() if not line.lstrip().startswith("#"))
    if _TRAILING_LIMIT.search(body):
        raise QueryError("this query sets its own LIMIT or OFFSET and cannot be paged")
    return f"{text.rstrip()}\n{cut}\n"


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
        raise QueryError(unknown_query(name))
    return queries[name]


def unknown_query(name: str) -> str:
    """'No named query NAME', with the nearest names."""
    near = difflib.get_close_matches(name, list(named_queries()), n=3, cutoff=0.5)
    return (f"no named query {name!r}" + (f"; did you mean {' or '.join(near)}?" if near else "")
            + " (`kg queries` lists them all)")


def with_org_names(store, query: NamedQuery, values: dict[str, str]) -> dict[str, str | list[str]]:
    """``values`` with the organisation a user named (any case or accents, an alias, a QID, the first words of
    its name) replaced by the stored names it matches; QueryError when it matches none, with the nearest names."""
    from kg.orgnames import match, nearest

    given = values.get("org")
    if not given or "org" not in {p.name for p in query.params}:
        return values
    names = match(store, given)
    if not names:
        near = nearest(store, given)
        raise QueryError(f"no organisation matches {given!r} in the store"
                         + (f"; did you mean {' or '.join(repr(n) for n in near)}?" if near else ""))
    return {**values, "org": names}


_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger")}
DECIMALS = {XSD + t for t in ("decimal", "double", "float")}  # numbers that may have a fraction


def term_value(term):
    """A result term as a plain Python value, the one conversion of query rows, exports and the resolver: IRIs
    as strings; xsd:integer (int, long, ...) an int; xsd:decimal (double, float) a float, but a whole number an
    int (a count of 3,500 is 3500 in JSON and CSV, not 3500.0); booleans a bool; any other literal its text."""
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return term.value
    if not isinstance(term, Literal):
        return str(term.value) if hasattr(term, "value") else str(term)
    dt = term.datatype.value if term.datatype else ""
    try:
        if dt in _INTEGERS:
            return int(term.value)
        if dt in DECIMALS:
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
    """Run a named query on a store with its parameters bound; returns the raw result (every row)."""
    q = get(name)
    return store.query(q.bound_text(with_org_names(store, q, values or {})))


def run_page(store, name: str, values: dict[str, str] | None = None, size: int = DEFAULT_PAGE_SIZE,
             cursor: str | None = None, check: Callable[[str], str] | None = None,
             run: Callable[[str], object] | None = None) -> Page:
    """One page of a named SELECT query: ``size`` rows from the ``cursor`` (None: the first page).

    ``check``: what the bound query text goes through before it is paged and run (the API's safety check);
    ``run``: what runs the page's text (``store.query`` by default)."""
    q = get(name)
    if q.form != "SELECT":
        raise QueryError(f"query {name!r} is a {q.form} query; only SELECT queries are paged")
    offset = cursor_offset(cursor)
    text = q.bound_text(with_org_names(store, q, values or {}))
    if check is not None:
        text = check(text)
    result = (run or store.query)(paged_text(text, size, offset))
    columns = [v.value for v in result.variables]
    terms = [[solution[c] for c in columns] for solution in result]
    return Page(columns, terms[:size], str(offset + size) if len(terms) > size else None)
