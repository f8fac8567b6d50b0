"""What a newcomer meets first at the command line: plain-word errors, organisations found by any of their
names, one column order for the claims table, real Turtle, a contradictions list that fits 80 columns."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, parse

from kg.export.claims import COLUMNS

REPO = Path(__file__).resolve().parents[1]
AMAZON = "Amazon will cut 14,000 corporate jobs, the company said on Tuesday in a memo to staff.\n"


def kg(*args, columns: int | None = None):
    env = {**os.environ, **({"COLUMNS": str(columns)} if columns else {})}
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=300)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """examples/ and one article about Amazon (in the offline Wikidata table: Q3884, alias Amazon.com)."""
    folder = tmp_path_factory.mktemp("words")
    extra = folder / "extra.jsonl"
    extra.write_text(json.dumps({"id": "amazon-memo", "text": AMAZON, "published": "2025-10-28"}) + "\n")
    built = kg("build", REPO / "examples", extra, "--store", folder / "store", "-q")
    assert built.returncode == 0, built.stderr
    return folder / "store"


def orgs_of(result) -> set[str]:
    assert result.returncode == 0, result.stderr
    return {row["org"] for row in csv.DictReader(io.StringIO(result.stdout))}


def test_an_unknown_named_query_is_named_with_the_nearest(store):
    result = kg("query", "claimz", "--store", store)
    assert result.returncode == 2
    assert "no named query 'claimz'; did you mean claims or claim-sources?" in result.stderr
    assert "SPARQL" not in result.stderr


def test_syntax_errors_say_where_and_what(store):
    result = kg("query", "SELECT ?x WHERE {\n  ?x foo:bar ?y }", "--store", store)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith('Error: SPARQL syntax error at line 2, column 6: unknown prefix "foo:"')
    assert lines[1:3] == ["    ?x foo:bar ?y }", "       ^"]
    assert "\\u{" not in result.stderr and "..=" not in result.stderr  # no Rust character classes
    ended = kg("query", "SELECT ?x WHERE { ?x a ?y", "--store", store)
    assert ended.stderr.startswith("Error: SPARQL syntax error at line 1, column 26: the query ends too early; "
                                   'expected one of "," "." ";"')


def test_an_update_is_pointed_to_kg_update(store, tmp_path):
    text = 'INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> schema:name "S" } }'
    result = kg("query", text, "--store", store)
    assert result.returncode == 2
    assert "this is a SPARQL update, not a query: run it with `kg update`" in result.stderr
    assert "POST it to /update" in result.stderr
    copy = tmp_path / "copy"
    subprocess.run(["cp", "-r", str(store), str(copy)], check=True)
    done = kg("update", text, "--store", copy)
    assert done.returncode == 0, done.stderr
    asked = kg("query", 'ASK { <https://example.org/s> schema:name "S" }', "--store", copy)
    assert asked.stdout.strip() == "true"
    bad = kg("update", "INSERT DATA { <a:b> <a:c> }", "--store", copy)
    assert bad.returncode == 2 and "SPARQL syntax error at line 1, column" in bad.stderr


@pytest.mark.parametrize("given, expected", [
    ("Kestrel Systems", {"Kestrel Systems"}),
    ("KESTREL systems", {"Kestrel Systems"}),  # case
    ("Brïghtwell Foods", {"Brightwell Foods"}),  # accents
    ("Kestrel", {"Kestrel Systems"}),  # the first words of the name
    ("Q3884", {"Amazon"}),  # the Wikidata QID
    ("Amazon.com, Inc.", {"Amazon"}),  # an alias in the linking table
])
def test_organisations_are_found_by_any_of_their_names(store, given, expected):
    assert orgs_of(kg("query", "claims", "--param", f"org={given}", "--format", "csv", "--store", store)) == expected


def test_no_matching_organisation_is_said_with_the_nearest_names(store):
    result = kg("query", "claims", "--param", "org=Kestrl Systms", "--store", store)
    assert result.returncode == 2
    assert "no organisation matches 'Kestrl Systms' in the store; did you mean 'Kestrel Systems'?" in result.stderr
    contradictions = kg("contradictions", "--org", "Kestrl Systms", "--store", store)
    assert contradictions.returncode == 2 and "did you mean 'Kestrel Systems'?" in contradictions.stderr


def test_queries_takes_a_store(store):
    result = kg("queries", "--store", store)
    assert result.returncode == 0, result.stderr
    assert "claims" in result.stdout


def test_query_and_export_write_the_claims_columns_in_one_order(store):
    queried = kg("query", "claims", "--all", "--param", "since=2026-01-01", "--param", "until=2026-12-31",
                 "--format", "csv", "--store", store)
    exported = kg("export", "claims", "--format", "csv", "--store", store)
    assert queried.returncode == exported.returncode == 0, queried.stderr + exported.stderr
    header = next(csv.reader(io.StringIO(queried.stdout)))
    assert header == next(csv.reader(io.StringIO(exported.stdout))) == COLUMNS
    assert not {"since", "until", "min"} & set(header)


def test_turtle_is_turtle_with_the_project_prefixes(store):
    text = "CONSTRUCT { ?a schema:headline ?h ; a ?t } WHERE { ?a a nkg:Article ; schema:headline ?h ; a ?t }"
    turtle = kg("query", text, "--format", "turtle", "--store", store)
    ntriples = kg("query", text, "--format", "ntriples", "--store", store)
    assert turtle.returncode == ntriples.returncode == 0, turtle.stderr
    assert "@prefix schema: <https://schema.org/> ." in turtle.stdout
    assert "schema:headline" in turtle.stdout and "a nkg:Article" in turtle.stdout
    assert "\\/" not in turtle.stdout and "<https://schema.org/headline>" not in turtle.stdout
    assert (set(parse(turtle.stdout.encode(), format=RdfFormat.TURTLE))
            == set(parse(ntriples.stdout.encode(), format=RdfFormat.N_TRIPLES)))
    assert len(ntriples.stdout.splitlines()) > 9


def test_contradictions_fit_80_columns(store):
    result = kg("contradictions", "--store", store, columns=80)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "4 contradiction(s)"
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert len(lines) <= 4 * 12  # a row: its head, an explanation of a few lines, both quotes
    assert "  B  Nordic Energy Wire 2026-01-16 (nordhavn-en-brief)" in lines
    assert "     “The company plans to invest more than 1.5 billion Swedish kronor in new" in lines
