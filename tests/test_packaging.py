"""The wheel: it carries ontology/, queries/ and the lexicons, and a plain install of it into a fresh venv,
with the interpreter's own pip, builds examples/ from another folder."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# Dependency wheels that pip downloaded for an earlier run: installs then need no index.
WHEELHOUSE = Path(os.environ.get("KG_WHEELHOUSE")
                  or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "news-kg" / "wheelhouse")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                            "-w", str(out), str(REPO)], capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    (found,) = out.glob("news_kg-*.whl")
    return found


def test_wheel_ships_package_data(wheel, tmp_path):
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in ("kg/_data/ontology/news-kg.ttl", "kg/_data/ontology/shapes.ttl", "kg/_data/queries/claims.rq",
                     "kg/lexicons/en.toml", "kg/cli.py", "api/__init__.py"):
        assert expected in names, expected
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "kg = kg.cli:main" in zipfile.ZipFile(wheel).read(entry).decode()

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = subprocess.run(
        [sys.executable, "-S", "-c", "from kg.resources import data_dir; print(data_dir('ontology')); print(data_dir('queries'))"],
        capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(site)})
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == [str(site / "kg" / "_data" / "ontology"), str(site / "kg" / "_data" / "queries")]


def _run(args: list, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env={k: v for k, v in os.environ.items() if not k.startswith(("KG_", "VIRTUAL_ENV"))})


def _summary(stderr: str) -> dict[str, str]:
    """The build's summary table: label -> value."""
    rows = {}
    for line in stderr.splitlines():
        label, _, value = line.strip().rpartition(" ")
        if label:
            rows[label.strip()] = value
    return rows


def test_plain_install_into_a_fresh_venv_builds_the_examples(wheel, tmp_path):
    """A fresh ``python3 -m venv`` with its bundled pip (not upgraded), the wheel installed (not editable),
    ``kg build examples`` from another folder: every article written, the store conforms. Then, with the
    HTML cleaner removed, the one HTML article is reported and skipped and the rest still written."""
    venv = tmp_path / "venv"
    created = _run([sys.executable, "-m", "venv", venv], tmp_path)
    assert created.returncode == 0, created.stderr
    pip = [venv / "bin" / "python", "-m", "pip", "--disable-pip-version-check", "-q"]
    install = [*pip, "install", "--no-index", "--find-links", WHEELHOUSE, wheel]
    installed = _run(install, tmp_path)
    if installed.returncode != 0:  # the wheelhouse lacks a dependency: let the same pip fetch them, then retry
        for stale in WHEELHOUSE.glob("news_kg-*.whl"):  # an earlier build's copy would stand for this one's deps
            stale.unlink()
        fetched = _run([*pip, "download", "-d", WHEELHOUSE, wheel], tmp_path)
        assert fetched.returncode == 0, fetched.stderr
        installed = _run(install, tmp_path)
    assert installed.returncode == 0, installed.stderr
    kg = venv / "bin" / "kg"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    built = _run([kg, "build", REPO / "examples", "--store", "store"], elsewhere)
    assert built.returncode == 0, built.stderr[-3000:]
    summary = _summary(built.stderr)
    assert (summary["written"], summary["skipped"]) == ("9", "0"), built.stderr
    assert int(summary["announcements"]) > 0
    checked = _run([kg, "validate", "--store", "store"], elsewhere)
    assert checked.returncode == 0, checked.stdout

    removed = _run([*pip, "uninstall", "-y", "lxml_html_clean"], tmp_path)
    assert removed.returncode == 0, removed.stderr
    broken = _run([kg, "build", REPO / "examples", "--store", "store-without-cleaner"], elsewhere)
    assert broken.returncode == 1, broken.stderr[-3000:]
    summary = _summary(broken.stderr)
    assert (summary["written"], summary["skipped"]) == ("8", "1"), broken.stderr
    assert int(summary["announcements"]) > 0
    skipped = [line for line in broken.stderr.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 1 and "nordhavn-en-brief.html: could not be read: ImportError" in skipped[0], skipped
