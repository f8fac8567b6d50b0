"""The extractor against the gold facts of the seed articles in ../shared (skipped where it is absent)."""

import json
import subprocess
import sys

from kg.extract import extract
from kg.read import read_paths
from kg.records import Article

from extract.rows import claim_rows


def test_seed_claims_score(seeds_dir, shared_dir, tmp_path):
    rows = tmp_path / "claims.jsonl"
    with rows.open("w", encoding="utf-8") as f:
        for article in read_paths([seeds_dir]):
            assert isinstance(article, Article)
            for row in claim_rows(extract(article)):
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), "claims",
                          str(shared_dir / "eval" / "seeds-gold.jsonl"), str(rows)],
                         capture_output=True, text=True, check=True).stdout
    summary = out.strip().splitlines()[-1]
    recall = float(summary.split("recall ")[1].split()[0])
    precision = float(summary.split("precision ")[1].split()[0])
    assert recall >= 0.90 and precision >= 0.85, out
    for line in out.splitlines():
        if line.strip().startswith("attribute ") and not line.strip().startswith("attribute approx"):
            right, total = line.split(": ")[1].split()[0].split("/")
            assert int(right) >= 0.8 * int(total), line


def test_seed_quotes_are_exact(seeds_dir):
    for article in read_paths([seeds_dir]):
        for claim in extract(article).claims:
            assert article.text[claim.start:claim.end] == claim.quote
