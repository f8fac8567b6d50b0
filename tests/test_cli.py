"""The ``kg`` command as a user runs it: a real process, a real on-disk store, exit codes and outputs."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.export.claims import COLUMNS

REPO = Path(__file__).resolve().parents[1]
CONTRACT_COLUMNS = ["article", "org", "org_qid", "kind", "value", "low", "high", "unit", "approx", "bound", "when",
                    "modality", "polarity", "object", "segment", "speaker", "quote", "start", "end"]


def kg(*args, env=None):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=300)


def summary(stderr: str) -> dict[str, int]:
    """The build summary table: label -> number."""
    out = {}
    for line in stderr.splitlines():
        label, _, number = line.strip().rpartition(" ")
        if number.isdigit():
            out[label.strip()] = int(number)
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    store = tmp_path_factory.mktemp("cli") / "store"
    result = kg("build", REPO / "examples", "--store", store)
    return store, result


def test_build_examples(built):
    store, result = built
    assert result.returncode == 0, result.stderr
    assert "written" in result.stderr and "quads in store" in result.stderr
    first = summary(result.stderr)
    assert first["written"] == 9 and first["skipped"] == 0
    again = kg("build", REPO / "examples", "--store", store)
    assert again.returncode == 0
    second = summary(again.stderr)
    assert second["unchanged"] == 9 and second["written"] == 0
    assert second["quads in store"] == first["quads in store"]


def test_validate_conforms(built):
    store, _ = built
    result = kg("validate", "--store", store)
    assert result.returncode == 0, result.stdout
    assert "Conforms" in result.stdout


def test_validate_turtle_report(built):
    store, _ = built
    result = kg("validate", "--store", store, "--format", "turtle")
    assert "sh:conforms true" in result.stdout


def test_export_claims_columns(built, tmp_path):
    store, _ = built
    out = tmp_path / "claims.csv"
    result = kg("export", "claims", "--store", store, "--format", "csv", "-o", out)
    assert result.returncode == 0, result.stderr
    header = next(csv.reader(io.StringIO(out.read_text())))
    assert header[:len(CONTRACT_COLUMNS)] == CONTRACT_COLUMNS == COLUMNS[:len(CONTRACT_COLUMNS)]
    jsonl = kg("export", "claims", "--store", store, "--format", "jsonl")
    for line in jsonl.stdout.splitlines():
        row = json.loads(line)
        assert list(row)[:len(CONTRACT_COLUMNS)] == CONTRACT_COLUMNS



def test_query_and_export_write_claims_with_the_same_csv_writer_and_columns(built):
    store, _ = built
    query = kg("query", "claims", "--all", "--store", store, "--format", "csv")
    export = kg("export", "claims", "--store", store, "--format", "csv")
    assert query.returncode == export.returncode == 0, query.stderr + export.stderr
    assert query.stdout.splitlines()[0] == export.stdout.splitlines()[0] == ",".join(COLUMNS)
    jsonl = kg("query", "claims", "--all", "--store", store, "--format", "jsonl")
    assert len(jsonl.stdout.splitlines()) == len(export.stdout.splitlines()) - 1
    bad = kg("query", "claims", "--store", store, "--format", "yaml")
    assert bad.returncode == 2 and "use table, json, csv or jsonl" in bad.stderr

def _claims(*args) -> list[dict]:
    result = kg("export", "claims", "--format", "jsonl", *args)
    assert result.returncode == 0, result.stderr
    return sorted((json.loads(line) for line in result.stdout.splitlines()), key=lambda r: r["claim"])


def test_export_claims_narrowed_by_org_and_kind(built, tmp_path):
    store, _ = built
    every = _claims("--store", store)
    org, kind = every[0]["org"], every[0]["kind"]
    by_org = _claims("--store", store, "--org", org)
    assert by_org == [r for r in every if r["org"] == org] and 0 < len(by_org) < len(every)
    by_kind = _claims("--store", store, "--kind", kind)
    assert by_kind == [r for r in every if r["kind"] == kind] and 0 < len(by_kind) < len(every)
    both = _claims("--store", store, "--org", org, "--kind", kind)
    assert both == [r for r in by_org if r["kind"] == kind] and both
    out = tmp_path / "claims.csv"
    written = kg("export", "claims", "--store", store, "--format", "csv", "--org", org, "--kind", kind, "-o", out)
    assert f"{len(both)} claim(s) written to {out}" in " ".join(written.stderr.split())
    assert sorted(r["claim"] for r in csv.DictReader(io.StringIO(out.read_text()))) == [r["claim"] for r in both]


def test_queries_lists_every_named_query_with_its_parameters():
    result = kg("queries", env={**os.environ, "COLUMNS": "400"})  # wide enough that no cell wraps
    assert result.returncode == 0, result.stderr
    rows = [[cell.strip() for cell in line.strip("│").split("│")] for line in result.stdout.splitlines()
            if line.startswith("│")]
    listed = {cells[0]: cells for cells in rows if cells[0]}
    assert set(listed) == {p.stem for p in (REPO / "queries").glob("*.rq")}
    assert listed["claims"][1] == "Claims table"
    assert listed["claims"][2] == "org:string?, kind:string?, article:string?, since:date?, until:date?"
    assert listed["announcement-claims"][2] == "announcement:iri"


def test_max_bytes_skips_larger_files_and_lines(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    small = "Acme Corp will cut 1,200 jobs, the company said."
    (folder / "small.txt").write_text(small)
    (folder / "large.txt").write_text(small + " More." * 200)
    lines = [{"id": "short-line", "text": small}, {"id": "long-line", "text": small + " More." * 200}]
    (folder / "wire.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    result = kg("build", folder, "--store", tmp_path / "store", "--max-bytes", "500")
    assert result.returncode == 1
    report = " ".join(result.stderr.split())
    large = (folder / "large.txt").stat().st_size
    assert f"large.txt: file is {large} bytes, above the limit of 500" in report
    assert "wire.jsonl:2: line is" in report and "above the limit of 500" in report
    ids = kg("query", "SELECT ?id WHERE { ?a a nkg:Article ; schema:identifier ?id } ORDER BY ?id",
             "--store", tmp_path / "store", "--format", "json")
    assert json.loads(ids.stdout) == [{"id": "short-line"}, {"id": "small"}]


def test_no_validate_writes_what_the_shapes_reject(tmp_path):
    """A language code the shapes refuse (they want two or three letters): validation at ingest skips the
    article; with --no-validate it is written, and `kg validate` then finds it."""
    article = {"id": "odd-language", "text": "Acme Corp will cut 1,200 jobs, the company said on Monday.",
               "published": "2026-03-02", "language": "e1"}
    (tmp_path / "odd.jsonl").write_text(json.dumps(article) + "\n")
    checked = kg("build", tmp_path / "odd.jsonl", "--store", tmp_path / "checked")
    assert checked.returncode == 1 and "odd.jsonl:1: does not conform to the shapes" in checked.stderr
    assert summary(checked.stderr)["written"] == 0
    unchecked = kg("build", tmp_path / "odd.jsonl", "--store", tmp_path / "unchecked", "--no-validate")
    assert unchecked.returncode == 0, unchecked.stderr
    assert summary(unchecked.stderr)["written"] == 1
    validated = kg("validate", "--store", tmp_path / "unchecked")
    assert validated.returncode == 1 and "https://schema.org/inLanguage" in validated.stdout


def test_query_formats(built):
    store, _ = built
    text = kg("query", "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a nkg:Article }", "--store", store, "--format", "json")
    assert json.loads(text.stdout) == [{"n": 9}]
    ask = kg("query", "ASK { ?a schema:inLanguage \"sv\" }", "--store", store)
    assert ask.stdout.strip() == "true"
    construct = kg("query", "CONSTRUCT { ?a a nkg:Article } WHERE { ?a a nkg:Article }", "--store", store,
                   "--format", "ntriples")
    assert len(set(construct.stdout.splitlines())) == 9


def test_named_query_parameters(built):
    store, _ = built
    result = kg("query", "claims", "--param", "article=kestrel-nl-report", "--store", store, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert {row["article"] for row in json.loads(result.stdout)} <= {"kestrel-nl-report"}
    bad = kg("query", "claims", "--param", "nosuch=1", "--store", store)
    assert bad.returncode == 2 and "has no parameter nosuch" in bad.stderr


def test_named_queries_page(built):
    store, _ = built
    every = kg("query", "claims", "--all", "--store", store, "--format", "json")
    assert every.returncode == 0, every.stderr
    rows = json.loads(every.stdout)
    assert len(rows) > 3 and "more rows" not in every.stderr
    first = kg("query", "claims", "--size", "2", "--store", store, "--format", "json")
    assert json.loads(first.stdout) == rows[:2]
    assert "more rows: add --next 2 --size 2" in first.stderr
    last = kg("query", "claims", "--size", "2", "--next", str(len(rows) - 1), "--store", store, "--format", "json")
    assert json.loads(last.stdout) == rows[-1:] and "more rows" not in last.stderr
    for bad in (["--size", "0"], ["--next", "two"]):
        result = kg("query", "claims", *bad, "--store", store)
        assert result.returncode == 2, bad
    assert kg("query", "ASK { ?s ?p ?o }", "--size", "5", "--store", store).returncode == 2


def test_info(built):
    store, _ = built
    result = kg("info", "--store", store)
    assert result.returncode == 0
    assert "articles" in result.stdout and " 9 " in result.stdout


def test_usage_errors(tmp_path):
    assert kg("query", "SELECT * WHERE { ?s ?p ?o }", "--store", tmp_path / "missing").returncode == 2
    bad = kg("query", "SELEKT nothing", "--store", tmp_path / "s")
    assert bad.returncode == 2
    assert kg("build", tmp_path / "does-not-exist", "--store", tmp_path / "s").returncode == 2
    assert kg("export", "claims", "--format", "xml", "--store", tmp_path / "s").returncode == 2


def test_partial_failure_exits_1_and_ingests_the_rest(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(REPO / "examples", folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "lines.jsonl").write_text('{"id": "ok", "text": "Acme Corp cut 100 jobs."}\n{not json\n')
    store = tmp_path / "store"
    result = kg("build", folder, "--store", store)
    assert result.returncode == 1
    assert "broken.txt: binary file" in result.stderr
    assert "lines.jsonl:2: malformed JSON" in result.stderr
    count = kg("query", "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a nkg:Article }", "--store", store, "--format", "json")
    assert json.loads(count.stdout) == [{"n": 10}]


def test_store_from_environment(tmp_path):
    import os

    env = dict(os.environ, KG_STORE=str(tmp_path / "env-store"))
    result = kg("build", REPO / "examples" / "kestrel-nl-report.txt", env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env-store").is_dir()


def test_seeds_build_validate_and_rebuild(seeds_dir, tmp_path):
    store = tmp_path / "seeds"
    first = kg("build", seeds_dir, "--store", store)
    assert first.returncode == 0, first.stderr
    dates = kg("query", "SELECT ?id ?d WHERE { ?a schema:identifier ?id ; schema:datePublished ?d } ORDER BY ?id",
               "--store", store, "--format", "json")
    assert [r["d"] for r in json.loads(dates.stdout)] == ["2026-01-28", "2025-10-28", "2025-10-28", "2025-06", "2026-01-25"]
    assert kg("validate", "--store", store).returncode == 0
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = json.loads(kg("query", count, "--store", store, "--format", "json").stdout)
    kg("build", seeds_dir, "--store", store)
    after = json.loads(kg("query", count, "--store", store, "--format", "json").stdout)
    assert before == after
