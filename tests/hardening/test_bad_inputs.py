"""A corpus of bad (and awkward but good) inputs through a real `kg build`: every bad item reported with
its reason, every good one ingested, exit code 1, and a second run changes nothing.

What counts as bad: no text at all (empty, whitespace, binary, HTML that is only script), text that
cannot be decoded faithfully (truncated UTF-8, UTF-8 mixed with Windows-1252, lone surrogates in
JSON), files or lines above the 5 MiB limit, broken JSONL lines, and an id given twice with different
texts. Zero-width characters, right-to-left text, Windows-1252 and UTF-16 files are good text and are
ingested with exact offsets into the text as stored (format characters such as zero-width spaces and bidi
controls removed).
"""

from __future__ import annotations

import json
import random
import re
from urllib.parse import quote

import pytest

from kg.mapping import article_iri, nkg
from kg.read import without_format_characters
from kg.store import EmbeddedStore

from hardening.support import kg

ENGLISH = ("Acme Corp said on Tuesday it would cut 1,200 jobs in October 2025 as demand slowed, "
           "chief executive Jane Doe told staff. The company employs about 40,000 people.")
ZERO_WIDTH = ("Acme\u200b Corp said\u200d on Tuesday it would cut 1,200\u2060 jobs in October 2025, "
              "chief\u200c executive Jane Doe said.\ufeff The company employs about 40,000 people.")
RTL = ("\u05d7\u05d1\u05e8\u05ea Acme \u05ea\u05e7\u05e6\u05e5 1,200 \u05de\u05e9\u05e8\u05d5\u05ea. "
       "\u202bAcme Corp said it would cut 1,200 jobs in October 2025.\u202c "
       "\u0623\u0639\u0644\u0646\u062a \u0634\u0631\u0643\u0629 Acme \u0639\u0646 \u062e\u0641\u0636 "
       "\u0661\u0662\u0660\u0660 \u0648\u0638\u064a\u0641\u0629.\u200f")
FRENCH = "Le groupe Brightwell supprime environ 1 200 postes à Orléans – «une décision difficile», a dit la directrice."
SWEDISH = "Volvo Cars varslar drygt 1 000 anställda i Göteborg, uppger företaget på måndagen."


def corpus() -> dict[str, tuple[bytes, str | None]]:
    """file name -> (bytes, a substring of the reason it must be reported with, or None if it is good)."""
    rng = random.Random(8)
    utf8 = "Göteborg: Volvo varslar 1 200 anställda på måndagen, säger företaget i ett pressmeddelande.".encode()
    return {
        "good-plain.txt": (f" date 2025-10-28\n{ENGLISH}\n".encode(), None),
        "good-zero-width.txt": (ZERO_WIDTH.encode(), None),
        "good-rtl.md": (RTL.encode(), None),
        "good-cp1252.txt": (FRENCH.encode("cp1252"), None),
        "good-utf16.txt": (b"\xff\xfe" + SWEDISH.encode("utf-16-le"), None),
        "good weird id ü #?.txt": (ENGLISH.replace("Acme", "Globex").encode(), None),
        "good-page.html": (b"<html><head><title>Cuts</title><script>document.write('INJECTED SCRIPT TEXT');"
                           b"</script><style>p{color:red}</style></head><body><article><h1>Acme cuts jobs</h1><p>"
                           + ENGLISH.encode() + b"</p><p>" + ENGLISH.replace("Tuesday", "Monday").encode()
                           + b"</p></article><script>alert('x')</script></body></html>", None),
        "bad-binary.txt": (bytes(rng.randrange(256) for _ in range(4096)) + b"\x00", "binary"),
        "bad-controls.txt": (bytes(rng.randrange(1, 8) for _ in range(2048)), "binary"),
        "bad-empty.txt": (b"", "empty"),
        "bad-blank.md": (b" \n\t\n  \r\n", "empty"),
        "bad-header-only.txt": (b" date 2025-10-28\n", "empty"),
        "bad-truncated.txt": (utf8[:utf8.index("å".encode()) + 1], "truncated UTF-8"),
        "bad-mixed.txt": (utf8 + " Café Müller schließt.".encode("cp1252"), "mixed encodings"),
        "bad-huge-line.txt": (b"Acme cut jobs. " * (10 * 1024 * 1024 // 15), "above the limit"),
        "bad-script-only.html": (b"<html><body><script>var a = 'Acme cut 1,200 jobs';</script></body></html>",
                                 "no main text"),
    }


def jsonl_lines() -> list[tuple[str, str | None]]:
    """(line, reason substring or None if good) for the feed."""
    def line(**obj):
        return json.dumps(obj, ensure_ascii=False)

    return [
        (line(id="feed-good-1", text=ENGLISH, language="en", published="2025-10-28"), None),
        (line(id="feed-good-rtl", text=RTL), None),
        ('{"id": "feed-broken", "text": "Acme cut', "malformed JSON: Unterminated string"),
        ("[1, 2, 3]", "must be an object"),
        (line(id="feed-no-text"), "missing 'text'"),
        (line(text="no id here"), "missing 'id'"),
        ('{"id": "feed-surrogate", "text": "Acme cut 1,200 jobs \\ud800 today."}', "lone surrogate"),
        (line(id="feed-huge", text="Acme cut jobs. " * (6 * 1024 * 1024 // 15)), "above the limit"),
        (line(id="dup", text=ENGLISH), None),
        (line(id="dup", text=ENGLISH), None),  # the same text again: not an error
        (line(id="dup", text=ENGLISH.replace("1,200", "2,400")), "given twice with different texts"),
    ]


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad-inputs")
    folder = root / "corpus"
    folder.mkdir()
    expected = {}
    for name, (data, reason) in corpus().items():
        (folder / name).write_bytes(data)
        expected[str(folder / name)] = reason
    feed = folder / "feed.jsonl"
    lines = jsonl_lines()
    feed.write_bytes(b"\n".join(text.encode("utf-8") for text, _ in lines) + b"\n")
    for number, (_, reason) in enumerate(lines, start=1):
        expected[f"{feed}:{number}"] = reason
    stray = root / "notes.pdf"  # named on the command line, so it must be reported, not ignored
    stray.write_bytes(b"%PDF-1.4")
    expected[str(stray)] = "unsupported file type"
    return root, [folder, stray], expected


def _skipped(stderr: str) -> dict[str, str]:
    """source -> reason from the `skipped SOURCE: REASON` lines of the build's report."""
    found, current = {}, None
    for raw in stderr.splitlines():
        m = re.match(r"skipped (.+?): (.*)$", raw)
        if m:
            current = m.group(1)
            found[current] = m.group(2)
        elif current and raw.startswith(("- ", "  ")):
            found[current] += "\n" + raw
    return found


def _snapshot(store_dir) -> tuple[int, list[str]]:
    store = EmbeddedStore(store_dir, read_only=True)
    quads = sorted(str(q) for q in store.quads())
    return len(quads), quads


def test_bad_inputs_reported_good_ones_ingested_and_rerun_changes_nothing(bad_corpus):
    root, inputs, expected = bad_corpus
    store = root / "store"
    first = kg("build", *inputs, "--store", store, "--quiet")
    assert first.returncode == 1, first.stderr[-3000:]
    assert "Traceback" not in first.stderr

    # every bad item reported once, with its reason; no good item reported
    skipped = _skipped(first.stderr)
    bad = {source: reason for source, reason in expected.items() if reason}
    assert set(skipped) == set(bad), (set(skipped) ^ set(bad))
    for source, reason in bad.items():
        assert reason in skipped[source], (source, skipped[source])

    # every good item ingested, as the article its source names
    db = EmbeddedStore(store, read_only=True)
    stored = {g.value.rsplit("/", 1)[1] for g in db.article_graphs()}
    good_ids = {"good-plain", "good-zero-width", "good-rtl", "good-cp1252", "good-utf16", "good weird id ü #?",
                "good-page", "feed-good-1", "feed-good-rtl", "dup"}
    assert stored == {quote(i, safe="-._~") for i in good_ids}

    # text kept exactly but for format characters (zero-width, bidi controls), so offsets are into what is stored
    def text_length(article_id):
        (q,) = db.ox.quads_for_pattern(article_iri(article_id), nkg("textLength"), None, None)
        return int(q.object.value)

    zero_width, rtl = without_format_characters(ZERO_WIDTH), without_format_characters(RTL)
    assert text_length("good-zero-width") == len(zero_width) < len(ZERO_WIDTH)
    assert text_length("good-rtl") == len(rtl) == text_length("feed-good-rtl")
    assert text_length("good-cp1252") == len(FRENCH)
    assert text_length("good-utf16") == len(SWEDISH)
    assert text_length("good-plain") == len(ENGLISH) + 1  # the body after the date line, newline included

    claims = kg("export", "claims", "--format", "jsonl", "--store", store)
    assert claims.returncode == 0, claims.stderr
    texts = {"good-plain": ENGLISH + "\n", "good-zero-width": zero_width, "good-rtl": rtl, "feed-good-rtl": rtl,
             "good-cp1252": FRENCH, "good-utf16": SWEDISH, "feed-good-1": ENGLISH, "dup": ENGLISH}
    rows = [json.loads(line) for line in claims.stdout.splitlines() if line.strip()]
    for row in rows:
        if row["article"] in texts:
            assert texts[row["article"]][int(row["start"]):int(row["end"])] == row["quote"], row
    assert "INJECTED SCRIPT TEXT" not in claims.stdout

    before = _snapshot(store)
    db = None
    second = kg("build", *inputs, "--store", store, "--quiet")
    assert second.returncode == 1
    assert _skipped(second.stderr).keys() == skipped.keys()
    assert re.search(r"written\s+0\b", second.stderr) and re.search(r"replaced\s+0\b", second.stderr)
    assert _snapshot(store) == before
    again = kg("export", "claims", "--format", "jsonl", "--store", store)
    assert again.stdout == claims.stdout
