"""The ``kg`` command line: build, query, validate, export and inspect a news knowledge graph.

Exit codes: 0 all well; 1 some inputs failed (the rest was ingested) or the graph does not conform;
2 usage error.
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg import EXTRACTOR_VERSION, __version__

app = typer.Typer(help=__doc__, no_args_is_help=True, add_completion=False, rich_markup_mode=None)
export_app = typer.Typer(help="Export the claims table or the graph.", no_args_is_help=True)
app.add_typer(export_app, name="export")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

StoreOpt = Annotated[str | None, typer.Option("--store", "-s", help="Store folder (default: $KG_STORE, else ./.kg).",
                                               show_default=False)]


def _open(store: str | None, read_only: bool = False):
    from kg.store import StoreError, is_remote, open_store, store_location

    location = store_location(store)
    if read_only and not is_remote(location) and not Path(location).exists():
        err.print(f"[red]No store at {escape(str(location))}[/red]: build one with `kg build PATH --store {escape(str(location))}`.")
        raise typer.Exit(2)
    try:
        return open_store(location, read_only=read_only)
    except StoreError as e:
        err.print(f"[red]{escape(str(e))}[/red]")
        raise typer.Exit(2) from e


def _usage(message: str) -> typer.Exit:
    err.print(f"[red]Error:[/red] {escape(message)}", highlight=False)
    return typer.Exit(2)


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: .txt, .md, .html, .jsonl.")],
    store: StoreOpt = None,
    no_validate: Annotated[bool, typer.Option("--no-validate", help="Skip SHACL validation at ingest.")] = False,
    max_bytes: Annotated[int, typer.Option(help="Largest file (or JSONL line) read, in bytes.")] = 5 * 1024 * 1024,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar; the store's quads are counted "
                                        "only after a first build (kg info counts them).")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1,
                                      help="Worker processes for extraction and validation (one writer).")] = 1,
    cluster: Annotated[str | None, typer.Option("--cluster", help="A Dask scheduler (tcp://HOST:8786) whose workers "
                                                "extract and validate; this process writes the store.",
                                                show_default=False)] = None,
    article_seconds: Annotated[float, typer.Option("--article-seconds", min=0,
                                                   help="Time budget of one article; a slower one is skipped "
                                                        "(0: none).")] = 60.0,
    full_resolution: Annotated[bool, typer.Option("--full-resolution",
                                                  help="Resolve every organisation's claims again, not only those "
                                                       "of the organisations the written articles mention.")] = False,
):
    """Ingest articles: each is written whole in one transaction, or reported and skipped."""
    from kg.cluster import ClusterError
    from kg.pipeline import build as run_build

    for p in paths:
        if not p.exists():
            raise _usage(f"no such file or folder: {p}")
    db = _open(store)
    progress = Progress(TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                        TimeElapsedColumn(), console=err, disable=quiet or not err.is_terminal)
    with progress:
        task = progress.add_task("", total=None)

        def tick(outcome):
            progress.update(task, advance=1, description=escape(outcome.article_id or outcome.source))

        try:
            report = run_build(paths, db, validate=not no_validate, max_bytes=max_bytes, on_item=tick, jobs=jobs,
                               budget=article_seconds, cluster=cluster, full_resolution=full_resolution,
                               count_quads=not quiet)
        except ClusterError as e:
            err.print(f"[red]{escape(str(e))}[/red]", highlight=False)
            raise typer.Exit(2) from e
    for o in report.skipped:
        err.print(f"[yellow]skipped[/yellow] {escape(o.source)}: {escape(o.reason)}")
    summary = Table(show_header=False, box=None)
    for label, value in (
        ("articles read", report.count("written", "replaced", "unchanged") + sum(1 for o in report.skipped if o.article_id)),
        ("written", report.count("written")),
        ("replaced", report.count("replaced")),
        ("unchanged", report.count("unchanged")),
        ("skipped", len(report.skipped)),
        ("claims written", report.claims),
        ("announcements", report.announcements),
        ("quads in store", report.store_quads),
    ):
        if value is not None:
            summary.add_row(label, str(value))
    if report.resolution:
        work = report.resolution
        summary.add_row("resolution", "whole store" if work.full else "incremental")
        summary.add_row("organisations resolved", str(work.organisations))
        summary.add_row("claims resolved", str(work.claims))
    err.print(summary)
    if report.resolution and report.resolution.note:
        err.print(f"[yellow]note:[/yellow] {escape(report.resolution.note)}")
    if report.stopped:
        err.print(f"[red]kg build stopped:[/red] {escape(report.stopped)}. The articles written before are whole "
                  "and the rest was not read; make room and run the same command again.")
    raise typer.Exit(0 if report.ok else 1)


def _query_text(query: str) -> tuple[str, dict]:
    """QUERY may be a named query, a .rq file or SPARQL text."""
    from kg.queries import QueryError, named_queries, unknown_query

    if query in named_queries():
        return query, {}
    path = Path(query)
    if path.suffix == ".rq" and path.is_file():
        return "", {"text": path.read_text(encoding="utf-8")}
    if path.suffix == ".rq":
        raise QueryError(f"no such query file: {query}")
    if re.fullmatch(r"[\w-]+", query):  # one word: meant as a named query, not as SPARQL
        raise QueryError(unknown_query(query))
    return "", {"text": query}


@app.command()
def query(
    query: Annotated[str, typer.Argument(help="A named query (see `kg queries`), a .rq file, or SPARQL text.")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE for a named query.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, json or jsonl (CONSTRUCT: turtle or ntriples).")] = "table",
    size: Annotated[int | None, typer.Option("--size", help="Rows per page of a named SELECT query (default 100).")] = None,
    next_page: Annotated[str | None, typer.Option("--next", help="The cursor of the page to show, as printed after the page before.")] = None,
    every: Annotated[bool, typer.Option("--all", help="Every row of a named query at once, unpaged.")] = False,
    store: StoreOpt = None,
):
    """Run a SPARQL query over the union of all article graphs; a named SELECT query a page at a time."""
    from pyoxigraph import serialize

    from kg.formats import by_name
    from kg.mapping import TURTLE_PREFIXES
    from kg.queries import MAX_PAGE_SIZE, QueryError, get, page_size, run_page, select_rows, with_org_names
    from kg.sparql import explain, is_update
    from kg.store import Solutions, Triples

    try:
        name, extra = _query_text(query)
        values = dict(p.split("=", 1) for p in (param or []) if "=" in p)
        if len(values) != len(param or []):
            raise QueryError("--param takes NAME=VALUE")
        if name:
            q = get(name)
            q.bind(values)  # checked before the store is opened
            paged = q.form == "SELECT" and not every
            if paged:
                rows_per_page = page_size(size, MAX_PAGE_SIZE)
        else:
            if values:
                raise QueryError("--param applies to named queries only")
            text, paged = extra["text"], False
        if not paged and (size is not None or next_page is not None):
            raise QueryError("--size and --next page a named SELECT query (without --all)")
    except QueryError as e:
        raise _usage(str(e)) from e
    db = _open(store, read_only=True)
    try:
        if paged:
            page = run_page(db, name, values, rows_per_page, next_page)
        elif name:
            text = q.bound_text(with_org_names(db, q, values))
    except QueryError as e:
        raise _usage(str(e)) from e
    if paged:
        _print_rows(page.columns, page.rows, fmt)
        _note_outdated(db)
        if page.next is not None:
            err.print(f"more rows: add --next {page.next}" + (f" --size {size}" if size else ""))
        return
    try:
        result = db.query(text)
    except SyntaxError as e:
        if is_update(text):
            raise _usage("this is a SPARQL update, not a query: run it with `kg update` (it changes the store), "
                         "or POST it to /update of `kg serve` with the token") from e
        raise _usage(explain(text, e)) from e
    if isinstance(result, bool):
        out.print("true" if result else "false")
    elif isinstance(result, Triples):
        written = by_name("ntriples" if fmt == "ntriples" else "turtle")  # a graph: Turtle unless N-Triples
        prefixes = TURTLE_PREFIXES if written.name == "ttl" else None
        sys.stdout.write(serialize(result, format=written.rdf, prefixes=prefixes).decode("utf-8"))
    elif isinstance(result, Solutions):
        columns, rows = select_rows(result)
        _print_rows(columns, rows, fmt)


@app.command()
def update(
    text: Annotated[str, typer.Argument(metavar="UPDATE", help="SPARQL Update text, or a .ru file.")],
    store: StoreOpt = None,
):
    """Run a SPARQL update on the store, in one transaction (the server takes updates at POST /update)."""
    from kg.sparql import explain

    path = Path(text)
    if path.suffix == ".ru":
        if not path.is_file():
            raise _usage(f"no such update file: {text}")
        text = path.read_text(encoding="utf-8")
    db = _open(store)
    before = len(db)
    try:
        db.update(text)
    except SyntaxError as e:
        raise _usage(explain(text, e, "update")) from e
    db.flush()
    err.print(f"updated: {before:,} quads before, {len(db):,} after")


def _print_rows(columns: list[str], rows: list[dict], fmt: str) -> None:
    """Rows as a table on the terminal, else in a row format of ``kg.formats``."""
    from kg.formats import write_rows

    if fmt == "table":
        table = Table(*map(escape, columns), show_lines=False)
        for r in rows:
            table.add_row(*("" if r[c] is None else escape(str(r[c])) for c in columns))
        out.print(table)
        err.print(f"{len(rows)} row(s)")
        return
    try:
        write_rows(columns, rows, sys.stdout, fmt)
    except ValueError as e:
        raise _usage(str(e).replace(": use ", ": use table, ")) from e


@app.command()
def queries(store: Annotated[str | None, typer.Option("--store", "-s", help="Not needed here (the named queries "
                                                     "ship with news-kg); accepted as on every other command.",
                                                     show_default=False)] = None):
    """List the named queries, their descriptions and parameters."""
    from kg.lexicon import languages
    from kg.queries import named_queries

    table = Table("name", "title", "parameters", "description",
                  caption=f"Articles are read in: {', '.join(languages())} (one lexicon each, kg/lexicons).")
    for q in named_queries().values():
        params = ", ".join(f"{p.name}:{p.type}{'' if p.required else '?'}" for p in q.params)
        table.add_row(*map(escape, (q.name, q.title, params, q.description)))
    out.print(table)


@app.command()
def validate(
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or turtle (the SHACL report).")] = "text",
    store: StoreOpt = None,
):
    """Check the whole store against the SHACL shapes."""
    from kg.validate import validate_store

    if fmt not in ("text", "turtle"):
        raise _usage(f"unknown format {fmt!r}: use text or turtle")
    report = validate_store(_open(store, read_only=True))
    if fmt == "turtle":
        sys.stdout.write(report.graph.serialize(format="turtle"))
    else:
        out.print(report.text(), markup=False, highlight=False)
    raise typer.Exit(0 if report.conforms else 1)


@export_app.command("claims")
def export_claims(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl or csv.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    org: Annotated[str | None, typer.Option(help="Only claims about this organisation.")] = None,
    kind: Annotated[str | None, typer.Option(help="Only claims of this kind.")] = None,
    store: StoreOpt = None,
):
    """Write one row per claim (the columns of ``kg.export.claims.COLUMNS``)."""
    from kg.export.claims import claim_rows, write_claims

    if fmt not in ("jsonl", "csv"):
        raise _usage(f"unknown format {fmt!r}: use jsonl or csv")
    rows = claim_rows(_open(store, read_only=True), org=org, kind=kind)
    if output:
        with output.open("w", encoding="utf-8", newline="") as f:
            write_claims(rows, f, fmt)
        err.print(f"{len(rows)} claim(s) written to {escape(str(output))}")
    else:
        write_claims(rows, sys.stdout, fmt)


@export_app.command("graph")
def export_graph(
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml, gexf, cyjs, dot, html, jsonld, ttl, nq or trig.")] = "graphml",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    org: Annotated[str | None, typer.Option(help="Only this organisation and what surrounds it.")] = None,
    query: Annotated[str | None, typer.Option("--query", help="A CONSTRUCT query (.rq file or named query) choosing what to export.")] = None,
    detail: Annotated[str, typer.Option("--detail", help="domain: organisations, people, positions, announcements, "
                                        "claims, articles, publishers, places; full: also the nodes of resolution "
                                        "(statement groups, figure sets, time statements).")] = "domain",
    store: StoreOpt = None,
):
    """Export the graph for Gephi, yEd, Cytoscape, Graphviz or a browser (one offline page), or as RDF."""
    from kg.export.graph import FORMATS, ExportError
    from kg.export.graph import export_graph as run_export
    from kg.queries import named_queries

    if fmt not in FORMATS:
        raise _usage(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    construct = None
    if query is not None:
        if query in named_queries():
            construct = named_queries()[query].text
        elif Path(query).is_file():
            construct = Path(query).read_text(encoding="utf-8")
        else:
            raise _usage(f"no such query file or named query: {query}")
    try:
        content, _ = run_export(_open(store, read_only=True), fmt, org=org, construct=construct, detail=detail)
    except ExportError as e:
        raise _usage(str(e)) from e
    if output:
        output.write_bytes(content)
        err.print(f"{fmt} written to {escape(str(output))} ({len(content):,} bytes)")
    else:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()


ApiOpt = Annotated[str | None, typer.Option("--api", help="Wikidata API URL (default: $KG_WIKIDATA_API, else wikidata.org).",
                                            show_default=False)]
CacheOpt = Annotated[Path | None, typer.Option("--cache", help="Answer cache folder (default: $KG_WIKIDATA_CACHE, "
                                                                "else ~/.cache/news-kg/wikidata).", show_default=False)]
IntervalOpt = Annotated[float, typer.Option("--interval", help="Seconds between two requests to the API.")]


@app.command("link")
def link_entities(
    online: Annotated[bool, typer.Option("--online", help="Ask the Wikidata API for names the offline table lacks.")] = False,
    store: StoreOpt = None,
    api: ApiOpt = None,
    cache: CacheOpt = None,
    interval: IntervalOpt = 1.0,
):
    """Link the store's entities to Wikidata again: the offline table, and with --online the Wikidata API."""
    from kg.link import Linker, LinkTable, TableError
    from kg.link.online import OnlineLinker
    from kg.link.relink import relink_store
    from kg.link.wikidata import WikidataClient, WikidataError

    try:
        table = LinkTable.load()
    except TableError as e:
        raise _usage(str(e)) from e
    db = _open(store)
    client = WikidataClient(api, cache_dir=cache, min_interval=interval) if online else None
    try:
        report = relink_store(db, Linker(table, OnlineLinker(client) if client else None))
    except WikidataError as e:
        err.print(f"[red]Wikidata:[/red] {escape(str(e))}", markup=True, highlight=False)
        raise typer.Exit(1) from e
    finally:
        if client:
            client.close()
    summary = Table(show_header=False, box=None)
    summary.add_row("articles", str(report.articles))
    summary.add_row("entities", str(report.entities))
    summary.add_row("linked", str(report.linked))
    for method, n in sorted(report.by_method.items()):
        summary.add_row(escape(f"  by {method}"), str(n))
    summary.add_row("articles rewritten", str(report.changed))
    err.print(summary)


wikidata_app = typer.Typer(help="The offline Wikidata linking table.", no_args_is_help=True)
app.add_typer(wikidata_app, name="wikidata")


@wikidata_app.command("refresh")
def wikidata_refresh(
    store: StoreOpt = None,
    table_file: Annotated[Path | None, typer.Option("--table", help="Table to refresh (default: $KG_WIKIDATA_TABLE, "
                                                                    "else ontology/wikidata.jsonl).", show_default=False)] = None,
    api: ApiOpt = None,
    cache: CacheOpt = None,
    interval: IntervalOpt = 1.0,
):
    """Refresh the table's labels and aliases from Wikidata, and add items for the store's unlinked entities."""
    from kg.link import LinkTable, TableError
    from kg.link.relink import refresh_table, store_entities
    from kg.link.table import table_path
    from kg.link.wikidata import WikidataClient, WikidataError
    from kg.store import is_remote, store_location

    path = table_file or table_path()
    try:
        table = LinkTable.load(path)
    except TableError as e:
        raise _usage(str(e)) from e
    location = store_location(store)
    entities = []
    if is_remote(location) or Path(location).exists():
        for _, found in store_entities(_open(store, read_only=True)).values():
            entities.extend(found)
    try:
        with WikidataClient(api, cache_dir=cache, min_interval=interval) as client:
            report = refresh_table(table, client, list({(e.name, e.type): e for e in entities}.values()))
    except WikidataError as e:
        err.print(f"[red]Wikidata:[/red] {escape(str(e))}", markup=True, highlight=False)
        raise typer.Exit(1) from e
    table.save(path)
    err.print(escape(f"{path}: {len(report.updated)} item(s) updated, {len(report.added)} added"
                     + (f" ({', '.join(report.added)})" if report.added else "")))
    if report.missing:
        err.print(f"[yellow]not found in Wikidata (deleted or merged?):[/yellow] {escape(', '.join(report.missing))}")

@app.command()
def contradictions(
    org: Annotated[str | None, typer.Option(help="Only contradictions about this organisation.")] = None,
    kind: Annotated[str | None, typer.Option(help="A kind: the name of a queries/contradiction-<kind>.rq "
                                                       "(numeric, temporal, stance, arithmetic, outlook).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
    store: StoreOpt = None,
):
    """Contradictions between sources, with both claims, their quotes, sources and dates."""
    from kg.contradictions import HEAD, find_contradictions
    from kg.formats import write_rows
    from kg.queries import QueryError

    if fmt not in ("table", "jsonl"):
        raise _usage(f"unknown format {fmt!r}: use table or jsonl")
    try:
        found = find_contradictions(_open(store, read_only=True), org=org, kind=kind)
    except QueryError as e:
        raise _usage(str(e)) from e
    if fmt == "jsonl":
        write_rows(list(HEAD), found, sys.stdout, fmt)
        return
    width = max(out.width, 40)

    def block(text: str, indent: int, style: str | None = None) -> None:
        wrapped = textwrap.fill(text, width, initial_indent=" " * indent, subsequent_indent=" " * indent)
        out.print(wrapped, style=style, markup=False, highlight=False, soft_wrap=True)

    for row in found:  # a block each, the quotes under their sources: readable at 80 columns
        block(f"{row['kind']} ({row['severity']}) · {row['org']} · {row['topic']}", 0, "bold")
        block(row["explanation"] or "", 2)
        for side, c in zip("ABC", row["claims"], strict=False):
            others = len(c["articles"]) - 1
            where = ([] if c["article"] == c["source"] else [c["article"]]) + ([f"+{others} more"] if others > 0 else [])
            block(f"{side}  {c['source']} {c['date'] or 'undated'}" + (f" ({', '.join(where)})" if where else ""), 2)
            block(f"“{c['quote']}”", 5, "italic")
        out.print()
    err.print(f"{len(found)} contradiction(s)")


def _note_outdated(db) -> None:
    """Say so when the store was resolved by another version: some answers miss rows until it is resolved anew."""
    from kg.resolve import resolution_outdated

    if resolution_outdated(db):
        err.print("note: this store was resolved by another version of news-kg, so timeline, figures, job-cuts and "
                  "cause-statements may miss rows: run `kg build` of its articles again (unchanged ones are skipped "
                  "and the whole store is resolved anew)")


@app.command()
def info(store: StoreOpt = None):
    """Store statistics: articles, claims, announcements, entities, quads; the languages articles are read in."""
    from kg.lexicon import languages
    from kg.queries import select_rows

    db = _open(store, read_only=True)
    _, rows = select_rows(db.query(_INFO))
    table = Table(show_header=False, box=None)
    table.add_row("store", escape(str(db.path)))
    table.add_row("quads", str(len(db)))
    for key, value in rows[0].items():
        table.add_row(key.replace("_", " "), escape(str(value)))
    table.add_row("extractor version (this build)", EXTRACTOR_VERSION)
    table.add_row("languages (kg/lexicons)", ", ".join(languages()))
    out.print(table)
    _note_outdated(db)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    store: StoreOpt = None,
    workers: Annotated[int, typer.Option(help="Server processes (each with its own query processes).")] = 1,
    access_log: Annotated[bool, typer.Option("--access-log/--no-access-log",
                                             help="Log every request (off: about twice the throughput).")] = True,
):
    """Serve the SPARQL endpoint, named queries, ingest and the web page (settings: KG_* variables, see docs/api.md)."""
    import os

    import uvicorn

    from kg.store import is_remote, store_location

    location = store_location(store)
    if workers < 1:
        raise _usage("--workers must be at least 1")
    # the server processes read their settings from here: a folder, or the URL of a SPARQL server
    os.environ["KG_STORE"] = location if is_remote(location) else str(Path(location).resolve())
    try:
        from api.settings import Settings

        Settings()
    except ValueError as e:
        raise _usage(str(e)) from e
    from api.protocol import LimitedHttpToolsProtocol

    uvicorn.run("api.app:create_app", factory=True, host=host, port=port, workers=workers, log_level="info",
                access_log=access_log, http=LimitedHttpToolsProtocol)


_INFO = """
PREFIX nkg: <https://w3id.org/news-kg/ontology#>
SELECT
  (SUM(IF(?t = nkg:Article, 1, 0)) AS ?articles)
  (SUM(IF(?t = nkg:Claim, 1, 0)) AS ?claims)
  (SUM(IF(?t = nkg:Announcement, 1, 0)) AS ?announcements)
  (SUM(IF(?t = nkg:Organization, 1, 0)) AS ?organizations)
  (SUM(IF(?t = nkg:Person, 1, 0)) AS ?people)
WHERE { SELECT DISTINCT ?s ?t WHERE { ?s a ?t } }
"""


def _version(value: bool):
    if value:
        out.print(f"news-kg {__version__} (extractor {EXTRACTOR_VERSION})")
        raise typer.Exit(0)


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Show the version and exit.")] = False):
    """news-kg: turn news into a knowledge graph you can question."""


def main() -> None:
    app()
