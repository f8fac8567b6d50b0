"""Property tests of the readers: whatever bytes arrive, nothing raises and every item is accounted for."""

from __future__ import annotations

import codecs
import json
import tempfile
from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st

from kg.read import ReadError, decode, read_paths, without_format_characters
from kg.records import Article

from hardening.support import PROPERTY, awkward_text, markup


def _check_article(article: Article) -> None:
    """What every reader must guarantee of an Article it yields."""
    assert article.id.strip()
    assert article.text.strip()
    assert len(article.content_hash) == 64  # the text and metadata encode as UTF-8
    assert article.language is None or isinstance(article.language, str)


@PROPERTY
@given(st.binary(max_size=3000))
def test_decode_never_raises_and_keeps_utf8_exact(data):
    text = decode(data)
    assert isinstance(text, str | ReadError)
    if isinstance(text, ReadError):
        assert text.reason
        return
    try:
        exact = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        assert text == exact  # valid UTF-8 is never reinterpreted


@PROPERTY
@given(awkward_text)
def test_decode_round_trips_utf8_and_utf16(text):
    # utf-8-sig drops one leading BOM: the encoder's, else a BOM the text itself starts with
    for data, expected in ((text.encode("utf-8"), text.removeprefix("\ufeff")),
                           (codecs.BOM_UTF8 + text.encode("utf-8"), text)):
        got = decode(data)
        if isinstance(got, ReadError):  # only binary-looking text may be refused
            assert "binary" in got.reason
            assert "\x00" in text or sum(ord(c) < 32 for c in text) > 8
        else:
            assert got == expected
    assert decode(codecs.BOM_UTF16_LE + text.encode("utf-16-le")) == text
    assert decode(codecs.BOM_UTF16_BE + text.encode("utf-16-be")) == text


@PROPERTY
@given(st.text(alphabet=st.characters(codec="cp1252", min_codepoint=32), min_size=1, max_size=200))
def test_windows_1252_text_is_read_or_refused_never_garbled(text):
    data = text.encode("cp1252")
    got = decode(data)
    if isinstance(got, ReadError):
        assert "encoding" in got.reason or "UTF-8" in got.reason
    else:
        assert got == text or got == data.decode("utf-8-sig")


@PROPERTY
@given(st.text(min_size=1, max_size=200).filter(lambda t: any(ord(c) > 127 for c in t)),
       st.text(alphabet=st.characters(min_codepoint=0x80, codec="utf-8"), min_size=1, max_size=1), st.integers(1, 3))
def test_truncated_utf8_is_reported(text, last, cut):
    data = (text + last).encode("utf-8")
    cut = min(cut, len(last.encode("utf-8")) - 1)
    assume(cut >= 1)
    got = decode(data[:-cut])
    assert isinstance(got, ReadError), got
    assert "truncated" in got.reason or "binary" in got.reason


def test_mixed_encodings_are_reported():
    data = "Göteborg: Volvo varslar 1 200 anställda. ".encode() + "Café Müller schließt.".encode("cp1252")
    got = decode(data)
    assert isinstance(got, ReadError)
    assert "mixed" in got.reason


def test_plain_windows_1252_is_read():
    assert decode("Le groupe supprime 1 200 postes à Orléans – «environ» 5 %.".encode("cp1252")) == \
        "Le groupe supprime 1 200 postes à Orléans – «environ» 5 %."


@PROPERTY
@given(st.sampled_from([".txt", ".md", ".html", ".htm"]), st.one_of(awkward_text, markup),
       st.sampled_from(["", " date 2025-10-28\n", "date 2025-13-40\n", "\ufeff date 2025-10 "]))
def test_one_file_gives_exactly_one_item(suffix, body, header):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"item{suffix}"
        path.write_text(header + body, encoding="utf-8")
        items = list(read_paths([path]))
    assert len(items) == 1
    item = items[0]
    if isinstance(item, ReadError):
        assert item.source == str(path) and item.reason
        return
    _check_article(item)
    assert item.id == "item"
    if suffix in (".txt", ".md"):
        # the body, never altered but for format characters, at most a header line removed
        assert without_format_characters(header + body).endswith(item.text)


lines = st.one_of(
    st.fixed_dictionaries({"id": st.one_of(st.text(max_size=20), st.integers()), "text": awkward_text},
                          optional={"published": st.text(max_size=12), "language": st.text(max_size=5),
                                    "url": st.text(max_size=30), "title": awkward_text})
    .flatmap(lambda obj: st.sampled_from([True, False]).map(lambda ascii_: json.dumps(obj, ensure_ascii=ascii_))),
    # lone surrogates are legal in JSON escapes and illegal in Unicode text
    st.tuples(st.text(max_size=20), st.sampled_from(["\\ud800", "\\udfff", "\\ud83d", "\\u0000"]))
    .map(lambda t: '{"id": "s", "text": "Acme cut 12 jobs ' + json.dumps(t[0])[1:-1] + t[1] + '"}'),
    st.sampled_from(['{"id": "x", "text": "cut', "[1, 2]", '"text"', "null", '{"id": "", "text": "a"}',
                     '{"id": "y"}', '{"id": "z", "text": 5}', "{", '{"id": "n", "text": "' + "9" * 5000 + '"}']),
    st.binary(max_size=200).filter(lambda b: b"\n" not in b).map(lambda b: b.decode("latin-1")),
)


@PROPERTY
@given(st.lists(lines, max_size=12), st.sampled_from([5 * 1024 * 1024, 200]))
def test_jsonl_every_line_accounted_for(body, max_bytes):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "feed.jsonl"
        path.write_bytes(b"\n".join(line.encode("utf-8", "surrogatepass") for line in body))
        raw_lines = path.read_bytes().split(b"\n")
        items = list(read_paths([path], max_bytes=max_bytes))
    expected = [n for n, raw in enumerate(raw_lines, start=1) if raw.strip()]
    if not expected:  # an empty or blank file is reported as such
        assert [(i.source, i.reason) for i in items] == [(str(path), "JSONL file holds no articles (it is empty or blank)")]
        return
    assert [int(i.source.rsplit(":", 1)[1]) for i in items] == expected
    for item in items:
        if isinstance(item, ReadError):
            assert item.reason
        else:
            _check_article(item)
            assert len(item.text.encode()) <= max_bytes  # JSON escapes only ever shrink in UTF-8


@PROPERTY
@given(st.lists(lines, min_size=1, max_size=8))
def test_build_survives_any_jsonl(body):
    from kg.pipeline import build
    from kg.store import EmbeddedStore

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "feed.jsonl"
        path.write_bytes(b"\n".join(line.encode("utf-8", "surrogatepass") for line in body))
        store = EmbeddedStore(None)
        report = build([path], store)
    lines_with_text = sum(1 for line in body if line.encode("utf-8", "surrogatepass").strip())
    assert len(report.outcomes) == (lines_with_text or 1)  # an empty file is one report
    for o in report.outcomes:
        assert o.status in ("written", "replaced", "unchanged", "skipped")
        assert not o.reason.startswith("extraction failed"), o.reason


def test_process_refuses_an_article_that_is_not_unicode(store):
    """Articles made outside the readers (the API) get the same check instead of a crash."""
    from kg.pipeline import process

    outcome = process(Article(id="api-1", text="Acme cut 40 jobs \udc80 today.", source="api"), store)
    assert outcome.status == "skipped"
    assert "lone surrogate U+DC80" in outcome.reason
    assert len(store) == 0


def test_an_endless_jsonl_line_is_not_held_in_memory(tmp_path):
    """A 64 MB line without a newline is reported from its size, read in bounded pieces."""
    import tracemalloc

    path = tmp_path / "endless.jsonl"
    with path.open("wb") as f:
        f.write(b'{"id": "a", "text": "fine"}\n')
        for _ in range(64):
            f.write(b"x" * (1024 * 1024))
        f.write(b'\n{"id": "b", "text": "also fine"}\n')
    tracemalloc.start()
    try:
        items = list(read_paths([path], max_bytes=1024 * 1024))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "Article"]
    assert items[1].reason == f"line is {64 * 1024 * 1024 + 1} bytes, above the limit of {1024 * 1024}"
    assert items[1].source.endswith(":2") and items[2].source.endswith(":3")
    assert peak < 16 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB while reading"
