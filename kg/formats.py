"""The one table of formats: a name (as ``kg export``, ``kg query`` and ``/export`` take it), its media type, and
the pyoxigraph writer (and reader) of an RDF graph or a SPARQL results table, or the writer of rows of plain values
(``kg query``'s rows, ``kg export claims``, ``kg contradictions``). The API, the CLI, the exports and the stores take
their lists from here; the property-graph formats' writers are ``kg.export.graph``'s."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from pyoxigraph import QueryResultsFormat, RdfFormat

RowWriter = Callable[[list[str], list[dict], TextIO], None]


def _csv_rows(columns: list[str], rows: list[dict], out: TextIO) -> None:
    """A header of the columns, in their order, then a line a row (None as an empty field)."""
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)


def _json_rows(columns: list[str], rows: list[dict], out: TextIO) -> None:
    """One JSON array of the rows."""
    out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")


def _jsonl_rows(columns: list[str], rows: list[dict], out: TextIO) -> None:
    """A JSON object a line."""
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


@dataclass(frozen=True)
class Format:
    name: str
    media: str
    rdf: RdfFormat | None = None  # an RDF graph (or dataset) format
    results: QueryResultsFormat | None = None  # a SPARQL results format
    aliases: tuple[str, ...] = ()  # other names the CLI takes
    rows: RowWriter | None = None  # writes rows of plain values: (columns, rows, out)

    @property
    def quads(self) -> bool:
        """Whether the format holds named graphs."""
        return self.rdf in (RdfFormat.TRIG, RdfFormat.N_QUADS)


FORMATS = (
    Format("ttl", "text/turtle", rdf=RdfFormat.TURTLE, aliases=("turtle",)),
    Format("nt", "application/n-triples", rdf=RdfFormat.N_TRIPLES, aliases=("ntriples",)),
    Format("jsonld", "application/ld+json", rdf=RdfFormat.JSON_LD),
    Format("rdfxml", "application/rdf+xml", rdf=RdfFormat.RDF_XML),
    Format("trig", "application/trig", rdf=RdfFormat.TRIG),
    Format("nq", "application/n-quads", rdf=RdfFormat.N_QUADS),
    Format("json", "application/sparql-results+json", results=QueryResultsFormat.JSON, rows=_json_rows),
    Format("xml", "application/sparql-results+xml", results=QueryResultsFormat.XML),
    Format("csv", "text/csv", results=QueryResultsFormat.CSV, rows=_csv_rows),
    Format("jsonl", "application/x-ndjson", rows=_jsonl_rows),
    Format("tsv", "text/tab-separated-values", results=QueryResultsFormat.TSV),
    Format("graphml", "application/graphml+xml"),
    Format("gexf", "application/gexf+xml"),
    Format("cyjs", "application/json"),
    Format("dot", "text/vnd.graphviz"),
    Format("html", "text/html; charset=utf-8"),
)
RDF = tuple(f for f in FORMATS if f.rdf)
ROWS = tuple(f.name for f in FORMATS if f.rows)  # the formats of rows of plain values: json, csv, jsonl
_BY_NAME = {n: f for f in FORMATS for n in (f.name, *f.aliases)}


def by_name(name: str) -> Format:
    """The format of a name or alias (KeyError: none)."""
    return _BY_NAME[name]


def write_rows(columns: list[str], rows: list[dict], out: TextIO, fmt: str) -> None:
    """Rows of plain values in a format of ``ROWS`` (ValueError: another)."""
    found = _BY_NAME.get(fmt)
    if found is None or found.rows is None:
        raise ValueError(f"unknown format {fmt!r}: use {', '.join(ROWS[:-1])} or {ROWS[-1]}")
    found.rows(columns, rows, out)
