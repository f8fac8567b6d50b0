"""`kg build --jobs N`: worker processes give the same store, the same outcomes, in input order."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.pipeline import build
from kg.store import EmbeddedStore

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The example corpus, plus one article given twice with the same text, one id reused for another text, and
    inputs that cannot be read: some found while cutting the input (bad JSON, no id), some only while finishing
    an article in a worker (no text after the date header, a lone surrogate, an empty page)."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(EXAMPLES, folder / "examples")
    lines = [{"id": "twice", "text": "Kestrel Logistics will cut 300 jobs, the company said on Monday."},
             {"id": "twice", "text": "Kestrel Logistics will cut 300 jobs, the company said on Monday."},
             {"id": "clash", "text": "Nordhavn Bank said it will close 12 branches."},
             {"id": "clash", "text": "A different text under the same id."},
             {"id": "blank", "text": " date 2025-10-01\n  \n"},
             {"id": "surrogate", "text": "Kestrel Logistics \ud800 will cut 5 jobs."},
             {"text": "no id"}]
    (folder / "zz-extra.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n{not json\n", encoding="utf-8")
    (folder / "empty-page.html").write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    return folder


def statuses(report):
    return [(o.source, o.status, o.article_id) for o in report.outcomes]


def test_parallel_build_matches_sequential(corpus, tmp_path):
    one, two = EmbeddedStore(tmp_path / "one"), EmbeddedStore(tmp_path / "two")
    sequential = build([corpus], one)
    parallel = build([corpus], two, jobs=2)
    assert statuses(parallel) == statuses(sequential)
    assert parallel.count("written") >= 9
    assert [o.reason for o in parallel.skipped] == [o.reason for o in sequential.skipped]
    assert any("given twice with different texts" in o.reason for o in parallel.skipped)
    reasons = " ".join(o.reason for o in parallel.skipped)
    for expected in ("malformed JSON", "missing 'id'", "empty article", "lone surrogate", "HTML holds no main text"):
        assert expected in reasons
    assert parallel.claims == sequential.claims
    assert parallel.announcements == sequential.announcements
    assert sorted(map(str, two.quads())) == sorted(map(str, one.quads()))

    again = build([corpus], two, jobs=2)  # into a store that holds data: one transaction an article
    assert again.count("written", "replaced") == 0
    assert again.count("unchanged") == parallel.count("written") + parallel.count("unchanged")


def test_parallel_build_into_a_store_with_data_replaces_per_article(corpus, tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    first = build([corpus / "examples" / "kestrel-en-announcement.txt"], store)
    assert first.count("written") == 1
    edited = tmp_path / "kestrel-en-announcement.txt"
    edited.write_text((corpus / "examples" / "kestrel-en-announcement.txt").read_text(encoding="utf-8") + "\nMore.\n",
                      encoding="utf-8")
    report = build([edited, corpus / "examples"], store, jobs=2)
    by_source = {o.source: o.status for o in report.outcomes}
    assert by_source[str(edited)] == "replaced"
    assert report.count("written") >= 8
    reference = EmbeddedStore(tmp_path / "reference")
    build([edited, corpus / "examples"], reference)
    assert sorted(map(str, store.quads())) == sorted(map(str, reference.quads()))


# Run in a fresh interpreter: the fork server is one per process and keeps the preload of whoever started it first
# (the API's workers start their own in this test process).
_COMPILED_IN_A_WORKER = """
from kg.extract.lang import lang_data
from kg.lexicon import languages
from kg.pool import process_pool

def compiled():
    return lang_data.cache_info().currsize

if __name__ == "__main__":
    with process_pool(1) as pool:
        print(pool.submit(compiled).result(), len(languages()))
"""


def test_workers_start_with_every_language_compiled(tmp_path):
    """Workers fork from a server that compiled every language's data once (``kg.warm``): a worker does not
    compile it again for its first article of each language (about 2 CPU s a worker)."""
    script = tmp_path / "compiled.py"
    script.write_text(_COMPILED_IN_A_WORKER)
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=True)
    compiled, languages = map(int, out.stdout.split())
    assert compiled >= languages
