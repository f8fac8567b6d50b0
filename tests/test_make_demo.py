"""`make demo` installs the package without its test tools and times each step (scripts/step.sh)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_demo_installs_only_what_the_package_needs(tmp_path):
    if not shutil.which("make"):
        pytest.skip("make is not installed")
    plan = subprocess.run(["make", "-n", "-C", str(REPO), "demo", f"VENV={tmp_path / 'venv'}"],
                          capture_output=True, text=True, timeout=60)
    assert plan.returncode == 0, plan.stderr
    lines = plan.stdout.replace("\\\n", " ").splitlines()  # continued lines joined
    installs = [line for line in lines if "pip install" in line]
    assert len(installs) == 1 and installs[0].rstrip().endswith("-m pip install --disable-pip-version-check "
                                                                 "--progress-bar on -e .")
    assert "[test]" not in plan.stdout and "--upgrade pip" not in plan.stdout
    steps = [line for line in lines if "/bin/kg " in line and "kg serve" not in line]
    assert len(steps) == 6 and all(line.startswith("bash scripts/step.sh ") for line in steps)


def test_a_step_says_what_it_does_and_how_long_it_took():
    done = subprocess.run(["bash", str(REPO / "scripts" / "step.sh"), "sleep a little", "sleep", "0.2"],
                          capture_output=True, text=True, timeout=30, env={"STEPS_T0": "0", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0
    first, last = done.stdout.strip().splitlines()
    assert first == "==> sleep a little"
    m = re.fullmatch(r"<== sleep a little: (\d+\.\d) s \(done; (\d+\.\d) s since the start\)", last)
    assert m and 0.2 <= float(m.group(1)) < 5 and float(m.group(2)) > 1e9  # STEPS_T0=0: seconds since 1970
    failed = subprocess.run(["bash", str(REPO / "scripts" / "step.sh"), "fail", "false"], capture_output=True,
                            text=True, timeout=30)
    assert failed.returncode == 1 and "<== fail: " in failed.stdout and "(FAILED;" in failed.stdout


def test_the_readme_shows_one_picture_of_the_demo_graph():
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", (REPO / "README.md").read_text(encoding="utf-8"))
    assert images == ["docs/graph.png"]
    assert (REPO / images[0]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
