"""Readers: every format, publication dates, language, and every kind of bad input."""

from __future__ import annotations

import json

import pytest

from kg.pubdate import find_publication_date, normalise_date
from kg.read import ReadError, decode, read_paths


def read_all(*paths, **kw):
    items = list(read_paths(paths, **kw))
    return [i for i in items if not isinstance(i, ReadError)], [i for i in items if isinstance(i, ReadError)]


def test_txt_with_date_header(tmp_path):
    f = tmp_path / "a1.txt"
    f.write_text(" date 2026-01-28 Acme Corp cut 1,000 jobs on Monday in a big restructuring.\nMore text.\n")
    (article,), errors = read_all(f)
    assert not errors
    assert article.id == "a1"
    assert article.published == "2026-01-28"
    assert article.text.startswith("Acme Corp cut 1,000 jobs")
    assert article.language == "en"
    assert len(article.content_hash) == 64


def test_md_header_on_its_own_line_with_month_precision(tmp_path):
    f = tmp_path / "note.md"
    f.write_text("date 2025-06\n# Titel\n\nHet bedrijf schrapt ongeveer 1.500 banen in Nederland en België.\n")
    (article,), _ = read_all(f)
    assert article.published == "2025-06"
    assert article.text.startswith("# Titel")
    assert article.language == "nl"


@pytest.mark.parametrize("text, expected", [
    ("Dan Conway\n25 January 2026\n\nAmazon announced ...", "2026-01-25"),
    ("Redactie · woensdag, 28 januari 2026\nHet bedrijf ...", "2026-01-28"),
    ("Publié le 28/01/2026 à 13:02\nLe groupe ...", "2026-01-28"),
    ("Berlin, 3. März 2026 – Der Konzern ...", "2026-03-03"),
    ("Madrid, 5 de febrero de 2026. La empresa ...", "2026-02-05"),
    ("March 4, 2026 | The company said ...", "2026-03-04"),
    ("Milano, 4 febbraio 2026\nLa società ...", "2026-02-04"),
    ("Roma, 1° marzo 2026 – Il gruppo ...", "2026-03-01"),
    ("No date anywhere in this text at all.", None),
])
def test_publication_date_from_byline(text, expected):
    assert find_publication_date(text) == expected


def test_byline_date_used_when_no_header(tmp_path):
    f = tmp_path / "byline.txt"
    f.write_text("\n\nHeadline here\n\nJane Doe\n25 January 2026\n\nThe company announced job cuts Friday.")
    (article,), _ = read_all(f)
    assert article.published == "2026-01-25"


def test_normalise_date():
    assert normalise_date("2026-01-28T13:02:00Z") == "2026-01-28"
    assert normalise_date("2025-06") == "2025-06"
    assert normalise_date("2025-13") is None
    assert normalise_date("2025-02-30") is None
    assert normalise_date("yesterday") is None


def test_html_main_text_and_metadata(tmp_path):
    f = tmp_path / "page.html"
    f.write_text("""<html><head><title>Acme cuts jobs</title><meta name="author" content="Jo Smith">
    <meta property="og:site_name" content="Daily Example"><meta property="article:published_time" content="2026-02-03T10:00:00Z">
    <script>var tracking = "do not read me";</script></head><body><nav>Home | World</nav>
    <article><h1>Acme cuts jobs</h1><p>Acme Corp said on Tuesday it would cut 2,000 jobs worldwide as demand slowed.</p>
    <p>The company employs about 40,000 people in twelve countries and expects savings next year.</p></article>
    <footer>Copyright</footer></body></html>""")
    (article,), errors = read_all(f)
    assert not errors
    assert "Acme Corp said on Tuesday it would cut 2,000 jobs" in article.text
    assert "do not read me" not in article.text
    assert article.published == "2026-02-03"
    assert article.publisher == "Daily Example"
    assert article.author == "Jo Smith"


def test_jsonl_lines_with_a_broken_one(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": "Acme Corp will cut 500 jobs, the company said on Monday.", "published": "2026-01-05",
                    "publisher": "Wire", "url": "https://example.org/x1", "language": "en"}),
        '{"id": "x2", "text": "broken',
        json.dumps({"text": "no id here"}),
        json.dumps({"id": "x4", "text": "Beta AB säger upp 300 anställda i Sverige, meddelade bolaget."}),
    ]
    f.write_text("\n".join(lines) + "\n")
    articles, errors = read_all(f)
    assert [a.id for a in articles] == ["x1", "x4"]
    assert articles[0].publisher == "Wire" and articles[0].url == "https://example.org/x1"
    assert articles[1].language == "sv"
    assert [e.source for e in errors] == [f"{f}:2", f"{f}:3"]
    assert "malformed JSON" in errors[0].reason
    assert "missing 'id'" in errors[1].reason


def test_bad_files_are_reported_and_the_rest_read(tmp_path):
    (tmp_path / "good.txt").write_text("Acme Corp cut 100 jobs in its factory in Ohio this week.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.md").write_text(" date 2026-01-01\n   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "big.txt").write_text("word " * 300)
    (tmp_path / "latin1.txt").write_bytes("Société Générale supprime 900 postes à Paris, a déclaré la direction.".encode("cp1252"))
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF-1.4")
    articles, errors = read_all(tmp_path, max_bytes=1000)
    assert sorted(a.id for a in articles) == ["good", "latin1"]
    latin1 = next(a for a in articles if a.id == "latin1")
    assert "Société Générale supprime 900 postes" in latin1.text
    reasons = {e.source.rsplit("/", 1)[-1]: e.reason for e in errors}
    assert set(reasons) == {"empty.txt", "blank.md", "binary.txt", "big.txt"}
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.md"]
    assert "binary" in reasons["binary.txt"]
    assert "above the limit" in reasons["big.txt"]


def test_unsupported_and_missing_paths(tmp_path):
    (tmp_path / "doc.pdf").write_bytes(b"%PDF")
    _, errors = read_all(tmp_path / "doc.pdf", tmp_path / "nope.txt")
    assert "unsupported file type .pdf" in errors[0].reason
    assert "no such file" in errors[1].reason


def test_decode_fallbacks():
    assert decode("å".encode()) == "å"
    assert decode("\ufeffhej".encode()) == "hej"
    assert decode("Grüße".encode("utf-16")) == "Grüße"
    assert decode("café".encode("cp1252")) == "café"
    assert isinstance(decode(b"abc\x00def"), ReadError)


def test_seed_articles_dates_and_languages(seeds_dir):
    articles, errors = read_all(seeds_dir)
    assert not errors
    got = {a.id[:3]: (a.published, a.language) for a in articles}
    assert got == {"000": ("2026-01-28", "sv"), "001": ("2025-10-28", "nl"), "002": ("2025-10-28", "nl"),
                   "003": ("2025-06", "nl"), "004": ("2026-01-25", "en")}


def test_plain_text_headline_is_the_first_line(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2026-02-13\nAcme cuts 40 stores\n\nAcme Corp will close 40 stores.\n")
    (tmp_path / "b.md").write_text("# Acme cierra 40 tiendas\n\nAcme Corp cerrará 40 tiendas.\n")
    (tmp_path / "c.txt").write_text("One line only: Acme Corp will close 40 stores.\n")
    (tmp_path / "d.txt").write_text("x" * 201 + "\nAcme Corp will close 40 stores.\n")
    articles, errors = read_all(tmp_path)
    assert not errors
    assert {a.id: a.title for a in articles} == {"a": "Acme cuts 40 stores", "b": "Acme cierra 40 tiendas",
                                                 "c": None, "d": None}
    assert articles[0].text == "Acme cuts 40 stores\n\nAcme Corp will close 40 stores.\n"  # the text keeps it


def test_binary_by_control_characters_in_the_first_4096():
    """More control characters than a twentieth of the first 4,096 (and than 8) make a file binary; tab, line feed,
    form feed and return are text, and what follows the first 4,096 characters is not counted."""
    assert isinstance(decode(b"a" * 180 + b"\x01" * 10), ReadError)
    assert decode(b"a" * 180 + b"\x01" * 9) == "a" * 180 + "\x01" * 9
    assert decode(b"a" * 180 + b"\t\n\r\x0c" * 10) == "a" * 180 + "\t\n\r\x0c" * 10
    assert isinstance(decode(b"a" * 3800 + b"\x0b\x0e\x1f" * 100), ReadError)
    assert decode(b"a" * 4096 + b"\x02" * 3000) == "a" * 4096 + "\x02" * 3000
    assert isinstance(decode("é".encode("cp1252") * 100 + b"\x1f" * 9), ReadError)
