"""`kg contradictions`: JSONL rows with their columns, the table with both quotes, usage errors."""

from __future__ import annotations

import json

from contradictions.factory import Said, article, load
from typer.testing import CliRunner

from kg.cli import app
from kg.store import EmbeddedStore


def _store(tmp_path) -> str:
    path = tmp_path / "kg"
    db = EmbeddedStore(path)
    load(db, article("herald", "2026-01-28", Said("Northwind will cut 16,000 [office] jobs.", value=16000,
                                                  when="2026-01")),
         article("post", "2026-01-25", Said("Northwind announced 14,000 cuts.", value=14000, when="2026-01-23"),
                 publisher="Bay Post"))
    db.flush()
    del db
    return str(path)


def test_jsonl_rows_carry_the_contract_columns(tmp_path):
    result = CliRunner().invoke(app, ["contradictions", "--store", _store(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"kind", "org", "topic", "explanation", "severity", "claims"} <= set(row)
    assert [(c["article"], c["source"], c["value"]) for c in row["claims"]] == [("post", "Bay Post", 14000),
                                                                                ("herald", "Harbour Herald", 16000)]


def test_table_shows_both_quotes_with_sources_and_dates(tmp_path):
    result = CliRunner().invoke(app, ["contradictions", "--store", _store(tmp_path), "--org", "Northwind"],
                                env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    for text in ("Harbour Herald 2026-01-28", "Bay Post 2026-01-25", "“Northwind will cut 16,000 [office] jobs.”",
                 "“Northwind announced 14,000 cuts.”", "numeric"):
        assert text in result.stdout


def test_usage_errors_exit_2(tmp_path):
    store = _store(tmp_path)
    assert CliRunner().invoke(app, ["contradictions", "--store", store, "--kind", "vibes"]).exit_code == 2
    assert CliRunner().invoke(app, ["contradictions", "--store", store, "--format", "xml"]).exit_code == 2
    assert CliRunner().invoke(app, ["contradictions", "--store", str(tmp_path / "none")]).exit_code == 2
