"""Read articles from files, folders and JSONL, reporting what cannot be read instead of failing.

``read_paths`` yields ``Article`` records and ``ReadError`` reports in input order; nothing here
raises on bad input. Supported: ``.txt``/``.md`` (a leading `` date YYYY-MM[-DD]`` line gives the
publication date), ``.html``/``.htm`` (main text through trafilatura) and ``.jsonl`` (one article a line).

Reading is two steps, so that a parallel build can do the costly one in its workers: ``frame_paths``
cuts the input into ``ArticleDraft`` records (an id, decoded text or HTML, metadata: cheap), and ``finish``
turns a draft into an ``Article`` (main text of HTML, date header, language, byline date: costly).

Folders are walked without following symbolic links to folders; a link to a file is read when the file
lies inside one of the folders given. Whatever cannot be read is reported: special files (FIFOs,
sockets), dangling and looping links, links out of the input, unreadable folders, empty JSONL files.
Unicode format characters (zero-width space and joiner, word joiner, soft hyphen, bidi controls: category
Cf) are removed from an article's text as it is read, so that they cannot split a figure in two and the
character offsets of claims are into the text as stored.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from kg.pubdate import find_publication_date, normalise_date
from kg.records import Article

MAX_BYTES = 5 * 1024 * 1024  # per file, and per JSONL line; documented in the README
TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_HEADLINE = 200  # characters: a longer first line is a paragraph, not a headline
JSONL_FIELDS = ("url", "title", "publisher", "author", "published", "language")

# A well-formed UTF-8 sequence of two to four bytes; Windows-1252 text almost never holds one.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters but tab, line feed, form feed, return
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_SURROGATE = re.compile("[\ud800-\udfff]")
_HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*\n?")


@dataclass(frozen=True)
class ReadError:
    """An input that was skipped, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class ArticleDraft:
    """An input cut out and decoded but not yet finished into an ``Article``."""

    id: str
    text: str  # the text, or the page when ``html``
    source: str
    html: bool = False
    meta: tuple[tuple[str, str], ...] = ()  # JSONL_FIELDS given with it


def read_paths(paths: Iterable[str | Path], max_bytes: int = MAX_BYTES) -> Iterator[Article | ReadError]:
    """Read every supported file under the given files and folders, in a stable order."""
    for item in frame_paths(paths, max_bytes):
        yield finish(item) if isinstance(item, ArticleDraft) else item


def frame_paths(paths: Iterable[str | Path], max_bytes: int = MAX_BYTES) -> Iterator[ArticleDraft | ReadError]:
    """The drafts (and read errors) of every supported file under the given files and folders, in a stable order."""
    paths = [Path(p) for p in paths]
    roots = [p.resolve() for p in paths if p.is_dir()]
    for path in paths:
        if path.is_dir():
            found = False
            for item in _walk(path, roots, max_bytes):
                found = True
                yield item
            if not found:
                yield ReadError(str(path), "folder holds no .txt, .md, .html or .jsonl files")
        elif path.is_file():
            yield from frame_file(path, max_bytes)
        elif path.is_symlink() or path.exists():
            yield ReadError(str(path), _unreadable(path))
        else:
            yield ReadError(str(path), "no such file or folder")


def _walk(folder: Path, roots: list[Path], max_bytes: int) -> Iterator[ArticleDraft | ReadError]:
    """The supported files under a folder, in name order, depth first (the order of sorted paths)."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as e:
        yield ReadError(str(folder), f"cannot read folder: {e.strerror or e}")
        return
    for entry in entries:
        path = Path(entry.path)
        relevant = path.suffix.lower() in SUFFIXES
        try:
            if entry.is_symlink():
                yield from _link(path, roots, max_bytes)
            elif entry.is_dir(follow_symlinks=False):
                yield from _walk(path, roots, max_bytes)
            elif relevant and entry.is_file(follow_symlinks=False):
                yield from frame_file(path, max_bytes)
            elif relevant:
                yield ReadError(str(path), _unreadable(path))
        except OSError as e:  # vanished or unreadable while walking
            if relevant:
                yield ReadError(str(path), f"cannot read: {e.strerror or e}")


def _link(path: Path, roots: list[Path], max_bytes: int) -> Iterator[ArticleDraft | ReadError]:
    """A symbolic link met in a folder: read when it leads to a file inside the input, else reported
    (a link to a folder is not followed: its files are read where they lie, or lie outside the input)."""
    suffix = path.suffix.lower()
    relevant = suffix in SUFFIXES or not suffix  # a link without a suffix may have led to a folder
    try:
        target = path.stat()
    except OSError as e:
        if relevant:
            yield ReadError(str(path), _unreadable(path, e))
        return
    real = path.resolve()
    if stat.S_ISDIR(target.st_mode):
        inside = "inside" if any(real.is_relative_to(r) for r in roots) else "outside"
        yield ReadError(str(path), f"symbolic link to a folder {inside} the input ({real}): not followed")
    elif suffix not in SUFFIXES:
        return
    elif not any(real.is_relative_to(r) for r in roots):
        yield ReadError(str(path), f"symbolic link to {real}, outside the folders given: not followed")
    elif stat.S_ISREG(target.st_mode):
        yield from frame_file(path, max_bytes)
    else:
        yield ReadError(str(path), _unreadable(path))


def _unreadable(path: Path, error: OSError | None = None) -> str:
    """Why a path that is neither a folder nor a regular file is not read."""
    if error is None:
        try:
            mode = path.stat().st_mode
        except OSError as e:
            error = e
    if error is not None:
        if path.is_symlink():
            if error.errno == errno.ELOOP:
                return "symbolic link loop"
            if error.errno == errno.ENOENT:
                return f"dangling symbolic link (to {os.readlink(path)})"
        return f"cannot read: {error.strerror or error}"
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file")
    return f"not a regular file ({kind})"


def frame_file(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[ArticleDraft | ReadError]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield ReadError(str(path), f"unsupported file type {suffix or '(none)'}; expected one of {sorted(SUFFIXES)}")
        return
    if suffix in JSONL_SUFFIXES:
        yield from frame_jsonl(path, max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield ReadError(str(path), f"file is {size} bytes, above the limit of {max_bytes}")
            return
        data = path.read_bytes()
    except OSError as e:
        yield ReadError(str(path), f"cannot read: {e.strerror or e}")
        return
    text = decode(data)
    if isinstance(text, ReadError):
        yield replace(text, source=str(path))
        return
    if suffix in HTML_SUFFIXES:
        yield ArticleDraft(path.stem, text, str(path), html=True)
        return
    title = headline(text[m.end():] if (m := _HEADER.match(text)) else text)
    yield ArticleDraft(path.stem, text, str(path), meta=(("title", title),) if title else ())


def headline(text: str) -> str | None:
    """The headline of a plain-text article: its first non-empty line (a Markdown heading's text), when
    more text follows and it is short enough to be one."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip().lstrip("#").strip()
    return first if first and rest.strip() and len(first) <= MAX_HEADLINE else None


def decode(data: bytes) -> str | ReadError:
    """Bytes to text: UTF-8 (with or without BOM), else UTF-16 with a BOM, else Windows-1252.

    Binary data (NUL bytes or mostly control characters) is refused, and so is UTF-8 that is cut off
    inside a character or mixed with another encoding (either would garble the text).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return ReadError("", "starts with a UTF-16 byte order mark but does not decode as UTF-16")
    if b"\x00" in data:
        return ReadError("", "binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as bad:
        if _UTF8_MULTIBYTE.search(data, 0, bad.start):  # UTF-8 up to here: not a Windows-1252 file
            if bad.reason == "unexpected end of data":
                return ReadError("", f"truncated UTF-8: the text ends inside a character at byte {bad.start}")
            return ReadError("", f"mixed encodings: UTF-8 text with a byte that is not UTF-8 at byte {bad.start}")
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as e:
            return ReadError("", f"neither UTF-8 nor Windows-1252 text: {e.reason} at byte {e.start}")
    controls = len(_CONTROL.findall(text, 0, 4096))  # a scan in C: 0.13 -> 0.02 ms an article in the writer
    if controls > max(8, min(len(text), 4096) // 20):
        return ReadError("", "binary file (mostly control characters)")
    return text


def not_unicode(article: Article) -> str | None:
    """Why an article's fields are not valid Unicode text (JSON can escape lone surrogates), or None."""
    for name in ("id", "text", "url", "title", "publisher", "author", "published", "language"):
        value = getattr(article, name)
        found = _SURROGATE.search(value) if isinstance(value, str) else None
        if found:
            return (f"'{name}' holds a lone surrogate U+{ord(found.group()):04X} at character {found.start()}: "
                    "not valid Unicode")
    return None


def finish(draft: ArticleDraft) -> Article | ReadError:
    """A draft made an article: the main text of a page, the date header, and what the source did not say
    (the language, a byline date); or why it cannot be one. Any failure here (a reader bug, a missing
    dependency of the HTML extractor) is this draft's ReadError, never the end of the build."""
    try:
        if draft.html:
            return _from_html(draft.id, draft.text, draft.source)
        return _from_text(draft.id, draft.text, draft.source, **dict(draft.meta))
    except Exception as e:
        return ReadError(draft.source, f"could not be read: {type(e).__name__}: {e}")


def without_format_characters(text: str) -> str:
    """The text without Unicode format characters (category Cf): invisible, they would split "1,\u200b200"
    into two figures."""
    return text.translate(_format_characters())


@cache
def _format_characters() -> dict[int, None]:
    return dict.fromkeys(c for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf")


def _from_text(article_id: str, text: str, source: str, **meta) -> Article | ReadError:
    text = without_format_characters(text)
    meta = {k: without_format_characters(v) if k in ("title", "publisher", "author") else v for k, v in meta.items()}
    published = meta.pop("published", None)
    header = _HEADER.match(text)
    if header:
        text = text[header.end():]
        published = published or header.group(1)
    if not text.strip():
        return ReadError(source, "empty article (no text)")
    article = Article(id=article_id, text=text, published=published, source=source, **meta)
    problem = not_unicode(article)
    if problem:
        return ReadError(source, problem)
    if published:
        article = replace(article, published=normalise_date(published))
    return _finish(article)


def _from_html(article_id: str, html: str, source: str) -> Article | ReadError:
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
        meta = trafilatura.extract_metadata(html)
    except Exception as e:  # trafilatura raises many types on malformed markup
        return ReadError(source, f"HTML could not be parsed: {e}")
    if not text or not text.strip():
        return ReadError(source, "HTML holds no main text")
    fields = {}
    if meta is not None:
        fields = {"title": meta.title, "author": meta.author, "publisher": meta.sitename,
                  "url": meta.url, "published": meta.date}
    return _from_text(article_id, text, source, **{k: v for k, v in fields.items() if v})


def frame_jsonl(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[ArticleDraft | ReadError]:
    """One article a line: ``id`` and ``text`` required, the JSONL_FIELDS optional."""
    try:
        handle = path.open("rb")
    except OSError as e:
        yield ReadError(str(path), f"cannot read: {e.strerror or e}")
        return
    articles = 0  # non-blank lines
    with handle:
        for number, raw in enumerate(iter(lambda: handle.readline(max_bytes + 1), b""), start=1):
            source = f"{path}:{number}"
            if len(raw) > max_bytes:  # measure the rest of the line without holding it
                size = len(raw)
                while not raw.endswith(b"\n"):
                    raw = handle.readline(1 << 20)
                    if not raw:
                        break
                    size += len(raw)
                articles += 1
                yield ReadError(source, f"line is {size} bytes, above the limit of {max_bytes}")
                continue
            if not raw.strip():
                continue
            articles += 1
            line = decode(raw)
            if isinstance(line, ReadError):
                yield replace(line, source=source)
                continue
            try:
                obj = json.loads(line.rstrip("\r\n"))
            except json.JSONDecodeError as e:
                yield ReadError(source, f"malformed JSON: {e.msg} (column {e.colno})")
                continue
            except RecursionError:
                yield ReadError(source, "malformed JSON: nested too deeply to read")
                continue
            if not isinstance(obj, dict):
                yield ReadError(source, "a JSONL line must be an object")
                continue
            article_id, text = obj.get("id"), obj.get("text")
            if not isinstance(article_id, str | int) or not str(article_id).strip():
                yield ReadError(source, "missing 'id'")
                continue
            if not isinstance(text, str):
                yield ReadError(source, "missing 'text' (a string)")
                continue
            yield _draft(obj, source)
    if not articles:
        yield ReadError(str(path), "JSONL file holds no articles (it is empty or blank)")


def _draft(fields: dict, source: str) -> ArticleDraft:
    """A JSONL line's fields (``id``, ``text``, the JSONL_FIELDS) as a draft."""
    meta = tuple((k, str(fields[k])) for k in JSONL_FIELDS if fields.get(k) not in (None, ""))
    return ArticleDraft(str(fields["id"]).strip(), fields["text"], source, meta=meta)


def read_fields(fields: dict, source: str) -> Article | ReadError:
    """An article given as fields (``POST /articles``), read as ``kg build`` reads a JSONL line: format
    characters out, the date header, the language normalised or identified, a byline date."""
    return finish(_draft(fields, source))


def _finish(article: Article) -> Article:
    """Fill in what the source did not say: the language, and a publication date from a byline."""
    from kg.language import identify

    published = article.published or find_publication_date(article.text)
    language = (article.language or "").lower()[:2] or identify(article.text)
    return replace(article, published=published, language=language)
