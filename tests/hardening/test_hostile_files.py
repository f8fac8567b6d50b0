"""Hostile files through a real `kg build`: nothing crashes the build, nothing is skipped without a word,
nothing outside the folders given is read, and everything printed is shown as written (rich markup in
names and values is not interpreted).

The tree is made by ``hostile_tree`` below: special files, dangling and looping links, links out of the
input, an unreadable folder, empty JSONL files, JSON nested 1,000 deep, markup in file names, ids and
values, and invisible format characters inside figures. A full disk is a tmpfs in a user namespace.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.read import without_format_characters

from hardening.support import REPO

GOOD = "Acme Corp said on Tuesday it would cut 1,200 jobs in October 2025, chief executive Jane Doe told staff."
MARKUP_NAME = "[link=https:evil.example]click[bold]"  # a file name cannot hold "/": see "tricky[" below
MARKUP_VALUE = "[red]Evil Herald[/red] [/]"
ZERO_WIDTH_FIGURES = ("Globex AB will cut 2,\u200b400 jobs, the company said on Monday. "
                      "It employs 40\u2060000 people and expects 1\u00ad500 more to leave.")


def unprivileged() -> list[str] | None:
    """A command prefix under which file permissions hold (root ignores them); None where there is none."""
    if os.geteuid() != 0:
        return []
    probe = ["unshare", "--user", "--map-user=1000", "--map-group=1000"]
    if shutil.which("unshare") and subprocess.run([*probe, "true"], capture_output=True).returncode == 0:
        return probe
    return None


def kg(*args, prefix: list[str] = (), timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "400"}  # a wide table: cells are not wrapped
    return subprocess.run([*prefix, sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, timeout=timeout, env=env)


def hostile_tree(root: Path, locked_folder: bool) -> tuple[Path, dict[str, str], set[str]]:
    """Write the tree; returns the input folder, source -> reason it must be skipped with, and the ids of
    the articles that must be ingested."""
    folder, outside = root / "in", root / "outside"
    folder.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret Corp will cut 9,999 jobs, the company said.")
    skipped: dict[str, str] = {}
    (folder / "good.txt").write_text(GOOD)
    (folder / f"{MARKUP_NAME}.txt").write_text(GOOD.replace("Acme Corp", "Initech GmbH"))
    (folder / "tricky[").mkdir()
    (folder / "tricky[" / "]empty.txt").write_text("")  # its path holds "[/]", a closing tag with nothing open
    skipped[str(folder / "tricky[" / "]empty.txt")] = "empty article"
    feed = [
        json.dumps({"id": "[/]", "text": GOOD.replace("1,200", "1,300"), "publisher": MARKUP_VALUE}),
        json.dumps({"id": "zero-width-figures", "text": ZERO_WIDTH_FIGURES, "language": "en"}),
        '{"id": "deep", "text": "x", "extra": ' + "[" * 1000 + "]" * 1000 + "}",
        '{"id": "[bold]broken", "text": "unterminated',
    ]
    (folder / "feed.jsonl").write_text("\n".join(feed) + "\n")
    skipped[f"{folder / 'feed.jsonl'}:3"] = "nested too deeply"
    skipped[f"{folder / 'feed.jsonl'}:4"] = "malformed JSON"
    (folder / "empty.jsonl").write_bytes(b"")
    (folder / "blank.jsonl").write_bytes(b"\n  \n\r\n")
    for name in ("empty.jsonl", "blank.jsonl"):
        skipped[str(folder / name)] = "holds no articles"
    os.mkfifo(folder / "fifo.txt")
    skipped[str(folder / "fifo.txt")] = "not a regular file (a FIFO)"
    (folder / "dangling.txt").symlink_to("nowhere.txt")
    skipped[str(folder / "dangling.txt")] = "dangling symbolic link"
    (folder / "loop").symlink_to("loop")
    skipped[str(folder / "loop")] = "symbolic link loop"
    (folder / "leak.txt").symlink_to(outside / "secret.txt")
    skipped[str(folder / "leak.txt")] = "outside the folders given: not followed"
    (folder / "outside-folder").symlink_to(outside)
    skipped[str(folder / "outside-folder")] = "symbolic link to a folder outside the input"
    (folder / "sub").mkdir()
    (folder / "sub" / "nested.md").write_text(GOOD.replace("Acme Corp", "Umbrella Ltd"))
    (folder / "sub" / "alias.txt").symlink_to(folder / "good.txt")  # inside the input: read, as its own id
    (folder / "sub" / "up").symlink_to(folder)
    skipped[str(folder / "sub" / "up")] = "symbolic link to a folder inside the input"
    if locked_folder:
        (folder / "locked").mkdir()
        (folder / "locked" / "hidden.txt").write_text(GOOD)
        (folder / "locked").chmod(0)
        skipped[str(folder / "locked")] = "cannot read folder: Permission denied"
    ingested = {"good", MARKUP_NAME, "[/]", "zero-width-figures", "nested", "alias"}
    return folder, skipped, ingested


def _skipped(stderr: str) -> dict[str, str]:
    return dict(re.findall(r"^skipped (.+?): (.*)$", stderr, re.M))


def test_hostile_files_are_reported_and_the_rest_ingested(tmp_path):
    prefix = unprivileged()
    folder, expected, ingested = hostile_tree(tmp_path, locked_folder=prefix is not None)
    store = tmp_path / "store"
    try:
        build = kg("build", folder, "--store", store, "--quiet", prefix=prefix or [])
    finally:
        if (folder / "locked").exists():
            (folder / "locked").chmod(0o755)
    assert build.returncode == 1, build.stderr[-3000:]
    assert "Traceback" not in build.stderr
    skipped = _skipped(build.stderr)
    assert set(skipped) == set(expected), set(skipped) ^ set(expected)
    for source, reason in expected.items():
        assert reason in skipped[source], (source, skipped[source])

    ids = kg("query", "SELECT ?id WHERE { ?a a nkg:Article ; schema:identifier ?id }", "--store", store, "--format",
             "json")
    assert {row["id"] for row in json.loads(ids.stdout)} == ingested  # nothing from outside the input

    # markup in ids and stored values is printed as written, in `kg query`'s table too
    table = kg("query", "SELECT ?id ?publisher WHERE { ?a a nkg:Article ; schema:identifier ?id "
                        "OPTIONAL { ?a schema:publisher/schema:name ?publisher } }", "--store", store)
    assert table.returncode == 0 and "Traceback" not in table.stderr, table.stderr[-2000:]
    assert MARKUP_NAME in table.stdout and "│ [/] " in table.stdout and MARKUP_VALUE in table.stdout

    # figures with invisible format characters between their digit groups are read whole
    claims = kg("export", "claims", "--format", "jsonl", "--store", store)
    rows = [json.loads(line) for line in claims.stdout.splitlines()]
    stored_text = without_format_characters(ZERO_WIDTH_FIGURES)
    figures = {(r["kind"], r["value"]) for r in rows if r["article"] == "zero-width-figures"}
    assert {("job_cuts", 2400), ("workforce", 40000)} <= figures, figures
    for r in rows:
        if r["article"] == "zero-width-figures":
            assert stored_text[int(r["start"]):int(r["end"])] == r["quote"]


def test_a_full_disk_stops_the_build_with_one_clear_message(tmp_path):
    """The store on a 3 MB tmpfs (in a user and mount namespace): the build stops at the first write that
    does not fit, says so once, without a traceback."""
    mount = ["unshare", "--user", "--map-root-user", "--mount"]
    if not shutil.which("unshare") or subprocess.run([*mount, "true"], capture_output=True).returncode:
        pytest.skip("no user namespaces here: a small disk cannot be mounted without root")
    feed = tmp_path / "feed.jsonl"
    with feed.open("w") as f:
        for i in range(400):
            text = f"Company {i} Corp will cut {100 + i} jobs, chief executive Jane Doe said on Tuesday. " * 20
            f.write(json.dumps({"id": f"a{i}", "text": text, "language": "en"}) + "\n")
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (f"mount -t tmpfs -o size=3m tmpfs {disk} && "
              f"exec {sys.executable} -m kg build {feed} --store {disk / 'store'} --quiet")
    build = subprocess.run([*mount, "sh", "-c", script], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert build.returncode == 1, build.stderr[-3000:]
    assert "Traceback" not in build.stderr, build.stderr[-3000:]
    assert build.stderr.count("kg build stopped: the store could not be written: no space left on the device "
                              "(the disk is full)") == 1, build.stderr[-3000:]
