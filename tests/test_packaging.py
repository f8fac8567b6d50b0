"""A plain (non-editable) wheel carries ontology/, queries/ and the lexicons, and finds them installed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_wheel_ships_package_data(tmp_path):
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    (wheel,) = tmp_path.glob("news_kg-*.whl")
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
