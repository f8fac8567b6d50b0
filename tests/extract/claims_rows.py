"""Write the claims table of some articles as JSONL: ``python tests/extract/claims_rows.py PATH... > rows.jsonl``."""

from __future__ import annotations

import json
import sys

from kg.extract import extract
from kg.extract.rows import claim_rows
from kg.read import ReadError, read_paths


def main(paths: list[str]) -> None:
    for article in read_paths(paths):
        if isinstance(article, ReadError):
            print(f"skipped {article.source}: {article.reason}", file=sys.stderr)
            continue
        for row in claim_rows(extract(article)):
            print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
