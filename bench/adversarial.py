"""Valid but adversarial articles: every one about the same organisation, so that any step that pairs one
organisation's claims all against all shows as time and memory growing with the square of the articles.

Usage: python -m bench.adversarial [SIZES=1000,4000]  (prints, for each size, the build, the resolution and
``kg contradictions``, then the growth from the smallest size to the largest; 4x the articles should cost
about 4x, not 16x)

Each article is English copy of the kind the extractor reads (bench.corpus's sentences): Acme cutting jobs, a
figure nearly every outlet gives differently (all within a factor of five of each other, so every pair of them
could be compared), a day in one hot fortnight or anywhere in three years, the percent of the workforce and
the workforce (a different one in many articles), an earlier round, the cause (AI) affirmed or denied, and the
expectation of no more large cuts.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bench.corpus import MONTHS, TEMPLATES, WEEKDAYS

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
ORG, CEO = "Acme", "Jane Roe"
HOT = date(2024, 3, 4)  # the fortnight most articles report
TIMEOUT_S = 600  # a step still running then is stopped: its time is a lower bound


def article(number: int, n: int, rng: random.Random) -> dict:
    """One outlet's report of Acme's cuts, its figures and day drawn so that they rarely repeat."""
    t = TEMPLATES["en"]
    day = HOT + timedelta(days=rng.randrange(14)) if rng.random() < 0.5 else (
        date(2023, 1, 2) + timedelta(days=rng.randrange(3 * 365)))
    published = day + timedelta(days=rng.choice([0, 1, 2]))
    count = 2_000 + rng.randrange(4 * n) * (2 if rng.random() < 0.5 else 1)  # 2,000 to 18,000: few repeat
    workforce = rng.choice([100_000, 120_000, 150_000, 200_000 + rng.randrange(n) * 10])
    fields = {"org": ORG, "ceo": CEO, "weekday": WEEKDAYS["en"][day.weekday()], "count": f"{count:,}",
              "workforce": f"{workforce:,}", "pct": f"{100 * count / workforce:.1f} percent"}
    sentences = [t["announced"].format(**fields), t["percent"].format(**fields)]
    if rng.random() < 0.5:
        earlier = day - timedelta(days=rng.randrange(30, 400))
        sentences.append(t["previous"].format(month=MONTHS["en"][earlier.month - 1], previous=f"{count // 2:,}"))
    sentences.append(t["affirm" if rng.random() < 0.5 else "deny"].format(**fields))
    if rng.random() < 0.3:
        sentences.append(t["outlook"])
    sentences += rng.sample(t["filler"], k=2)
    return {"id": f"acme-{number:06d}", "title": t["title"].format(**fields), "text": " ".join(sentences),
            "published": published.isoformat(), "publisher": f"Outlet {rng.randrange(50)}",
            "url": f"https://outlet.example/{number}"}


def write(n: int, folder: Path = CACHE, seed: int = 11) -> Path:
    """The corpus of ``n`` adversarial articles as JSONL under ``folder`` (reused when there)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"adversarial-{seed}-{n}.jsonl"
    if not path.exists():
        rng = random.Random(seed)
        path.write_text("".join(json.dumps(article(i, n, rng)) + "\n" for i in range(n)), encoding="utf-8")
    return path


def _measured(cmd: list[str]) -> dict:
    """Wall time and peak memory of one command in its own process (bench.rusage), stopped after TIMEOUT_S."""
    done = subprocess.run([sys.executable, "-m", "bench.rusage", str(TIMEOUT_S), *cmd], capture_output=True,
                          text=True, cwd=HERE.parent, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["returncode"] != 0 and not result["timed_out"]:
        raise RuntimeError(f"{cmd} failed: {result['stderr'][-2000:]}")
    return result


def _resolve(store: str) -> None:
    """Resolve the store again and print the seconds and the number of announcements and topics (stderr)."""
    from kg.resolve import resolve_events
    from kg.store import EmbeddedStore

    started = time.perf_counter()
    announcements = resolve_events(EmbeddedStore(store))
    print(json.dumps({"resolve_s": time.perf_counter() - started, "announcements": announcements}), file=sys.stderr)


def _step(result: dict) -> dict:
    """Seconds, CPU seconds (on a shared machine, what the work costs), peak MB of the tree, whether it was stopped."""
    return {"s": result["seconds"], "cpu_s": result["cpu_s"], "mb": max(result["peak_rss_mb"], result["peak_tree_rss_mb"]),
            "stopped": result["timed_out"]}


def measure(n: int, folder: Path) -> dict:
    """Build ``n`` adversarial articles, resolve them again, find the contradictions: seconds, peak MB, rows."""
    kg = str(Path(sys.executable).with_name("kg"))
    store = str(folder / f"store-{n}")
    build = _step(_measured([kg, "build", str(write(n)), "--store", store, "-q", "--no-validate"]))
    resolved = _measured([sys.executable, "-m", "bench.adversarial", "--resolve", store])
    rows = folder / f"contradictions-{n}.jsonl"
    found = _step(_measured(["sh", "-c", f"'{kg}' contradictions --store '{store}' --format jsonl > '{rows}'"]))
    found["rows"] = None if found["stopped"] else len(rows.read_text().splitlines())
    out = {"n": n, "build": build, "resolution": _step(resolved), "contradictions": found}
    if not resolved["timed_out"]:  # resolve_events alone, without starting Python and opening the store
        out["resolution"]["s"] = json.loads(resolved["stderr"].strip().splitlines()[-1])["resolve_s"]
    print(_size_line(out), file=sys.stderr, flush=True)
    return out


def growth(sizes: list[int]) -> dict:
    """Each size measured, and the ratios of the largest to the smallest (a lower bound where a step was stopped)."""
    with tempfile.TemporaryDirectory(prefix="kg-bench-adversarial-") as tmp:
        runs = [measure(n, Path(tmp)) for n in sizes]
    first, last = runs[0], runs[-1]
    ratios = {f"{step}_{key}": last[step][key] / first[step][key] for step in ("resolution", "contradictions")
              for key in ("s", "cpu_s", "mb") if first[step][key] and not first[step]["stopped"]}
    if first["contradictions"]["rows"] and last["contradictions"]["rows"] is not None:
        ratios["rows"] = last["contradictions"]["rows"] / first["contradictions"]["rows"]
    return {"runs": runs, "ratios": ratios, "articles_ratio": last["n"] / first["n"],
            "stopped": sorted({step for r in runs for step in ("resolution", "contradictions") if r[step]["stopped"]})}


def _seconds(step: dict) -> str:
    return f"> {TIMEOUT_S} s (stopped)" if step["stopped"] else f"{step['s']:.1f} s"


def _size_line(r: dict) -> str:
    res, found = r["resolution"], r["contradictions"]
    rows = "" if found["rows"] is None else f", {found['rows']:,} rows"
    return (f"adversarial N={r['n']:,} (one organisation): build {_seconds(r['build'])}, resolution {_seconds(res)} "
            f"(CPU {res['cpu_s']:.1f} s, {res['mb']:.0f} MB), kg contradictions {_seconds(found)} "
            f"(CPU {found['cpu_s']:.1f} s, {found['mb']:.0f} MB{rows})")


def line(result: dict) -> str:
    """One line per size and one for the growth."""
    out = [_size_line(r) for r in result["runs"]]
    ratios = result["ratios"]

    def ratio(key: str) -> str:
        step = key.split("_")[0]
        return f"{'> ' if step in result['stopped'] else ''}{ratios[key]:.1f}x" if key in ratios else "?"

    out.append(f"adversarial growth for {result['articles_ratio']:.0f}x the articles: resolution {ratio('resolution_s')} "
               f"(CPU {ratio('resolution_cpu_s')}), kg contradictions {ratio('contradictions_s')} "
               f"(CPU {ratio('contradictions_cpu_s')}, memory {ratio('contradictions_mb')}, rows {ratio('rows')})")
    return "\n".join(out)


def main() -> None:
    if sys.argv[1:2] == ["--resolve"]:
        _resolve(sys.argv[2])
        return
    sizes = [int(x) for x in (sys.argv[1] if len(sys.argv) > 1 else "1000,4000").split(",")]
    print(line(growth(sizes)))


if __name__ == "__main__":
    main()
