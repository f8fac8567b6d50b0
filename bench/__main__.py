"""``make bench``: build throughput, peak memory, query latency, validation and endpoint speed, beside
the baseline a user would otherwise assemble (rdflib in memory, pySHACL, rdflib's SPARQL engine); and how
resolution and ``kg contradictions`` grow with adversarial articles all about one organisation
(bench/adversarial.py, 1,000 and 4,000).

Sizes: 1,000 and 10,000 articles (and 100,000 with BENCH_FULL=1; or BENCH_SIZES=500,2000). Each build
runs in its own process (``kg build --jobs N`` as a user runs it) so its peak memory is its own.
Last, 100 new articles about the store's organisations are added to each store (``bench.incremental``):
extraction to incremental resolution, timed end to end.
Results go to bench/results.json and a table on stdout (``python -m bench --report`` prints the table
of the last run again). Corpora are cached in bench/.cache.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bench.adversarial import growth as adversarial_growth
from bench.adversarial import line as adversarial_line
from bench.corpus import write_corpus
from bench.incremental import add_articles, new_articles
from bench.querytime import timed_text

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
RESULTS = HERE / "results.json"
JOBS = int(os.environ.get("BENCH_JOBS", os.cpu_count() or 1))
QUERY_BUDGET_S = 1.0  # per query and size: repeat until this is spent (at least once, at most 25 runs)
QUERY_TIMEOUT_S = 5.0  # a query of ours still running then is stopped and reported as slower than this
ADD_N = 100  # new articles added to each built store at the end of its size (the incremental resolution)
VALIDATE_TIMEOUT_S = 20.0  # `kg validate` over the whole store is stopped then (the time is then a lower bound)
ENDPOINT_S = 5.0  # seconds of point lookups against each server
FAIRNESS_S = 30.0  # seconds of 100 clients, 2 of them hostile, against kg serve (at sizes up to 10,000)
BASELINE_MAX_N = 10_000  # the rdflib baseline is measured up to this size (at 100,000 it needs ~5 GB)
# The baseline is measured with longer limits at the smallest size and within a fixed budget above it
# (where one rdflib query may take minutes): a step stopped at its limit makes the ratio a lower bound.
# pySHACL is not run again at a larger size once it was stopped at a smaller one (it only grows).
BASELINE_FULL = {"build_sample": 0, "build_timeout": 60.0, "load_timeout": 240.0, "shacl_timeout": 45.0,
                 "query_timeout": 5.0}
BASELINE_BUDGET = {"build_sample": 0, "build_timeout": 60.0, "load_timeout": 150.0, "shacl_timeout": 20.0,
                   "query_timeout": 3.0}
# Storage and validation of the same extracted articles (bench/storage.py): the baseline's budget in CPU
# seconds (steady on a shared machine); stopped there, its ratio is a lower bound.
ADVERSARIAL_SIZES = [1_000, 4_000]  # articles all about one organisation (bench/adversarial.py): growth, not size
STORAGE_BUDGET_CPU_S = float(os.environ.get("BENCH_STORAGE_BUDGET", "150"))
TARGETS = {"build_articles_per_s": 200, "build_ratio": 10, "query_s_at_100k": 1.0, "query_ratio": 20,
           "peak_rss_mb_at_100k": 1536, "endpoint_rps": 500, "fairness_success": 0.95, "fairness_p99_s": 2.0}

console = Console(width=int(os.environ.get("COLUMNS", "150")))
say = Console(stderr=True).print


def sizes() -> list[int]:
    if os.environ.get("BENCH_SIZES"):
        return [int(x) for x in os.environ["BENCH_SIZES"].split(",")]
    return [1_000, 10_000] + ([100_000] if os.environ.get("BENCH_FULL") == "1" else [])


def measured(cmd: list[str], timeout: float = 0) -> dict:
    """Run a command in its own measuring process: wall time, exit code, stderr, peak memory
    (and ``timed_out`` if it was stopped after ``timeout`` seconds)."""
    result = subprocess.run([sys.executable, "-m", "bench.rusage", str(timeout), *cmd], capture_output=True, text=True,
                            cwd=HERE.parent)
    if result.returncode != 0:
        raise RuntimeError(f"measuring {cmd} failed: {result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def summary(stderr: str) -> dict[str, int]:
    """The numbers of ``kg build``'s summary table."""
    out = {}
    for line in stderr.splitlines():
        label, _, number = line.strip().rpartition(" ")
        if number.isdigit() and label:
            out[label.strip()] = int(number)
    return out


def kg_build_supports_jobs() -> bool:
    from kg.cli import build

    return "jobs" in build.__code__.co_varnames


def build(corpus: Path, store: Path, jobs: int) -> dict:
    cmd = [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store), "--quiet"]
    if jobs > 1 and kg_build_supports_jobs():
        cmd += ["--jobs", str(jobs)]
    m = measured(cmd)
    counts = summary(m["stderr"])
    if m["returncode"] not in (0, 1) or not counts.get("written"):
        raise RuntimeError(f"kg build failed ({m['returncode']}): {m['stderr'][-2000:]}")
    n = counts.get("written", 0) + counts.get("skipped", 0)
    return {"seconds": m["seconds"], "articles": n, "written": counts.get("written", 0),
            "skipped": counts.get("skipped", 0), "claims": counts.get("claims written", 0),
            "announcements": counts.get("announcements", 0), "quads": counts.get("quads in store", 0),
            "articles_per_s": n / m["seconds"], "cpu_ms_per_article": 1000 * m["cpu_s"] / max(1, n),
            "peak_rss_mb": m["peak_rss_mb"],
            "peak_tree_rss_mb": m["peak_tree_rss_mb"], "jobs": jobs if "--jobs" in cmd else 1}


# ---- named queries


def plausible_values(db) -> dict[str, object]:
    """Values that exist in the store, for binding required parameters."""
    from kg.queries import term_value

    def first(sparql):
        rows = list(db.query(sparql))
        return rows[0] if rows else None

    org = first("SELECT ?name (COUNT(*) AS ?n) WHERE { ?c a nkg:Claim ; nkg:organization/schema:name ?name } "
                "GROUP BY ?name ORDER BY DESC(?n) LIMIT 1")
    return {
        "org": term_value(org["name"]) if org else "Amazon",
        "article": first("SELECT ?id WHERE { ?a a nkg:Article ; schema:identifier ?id } LIMIT 1"),
        "announcement": first("SELECT ?x WHERE { ?x a nkg:Announcement } LIMIT 1"),
        "claim": first("SELECT ?x WHERE { ?x a nkg:Claim } LIMIT 1"),
        "organization": first("SELECT ?x WHERE { ?x a nkg:Organization } LIMIT 1"),
        "person": first("SELECT ?name WHERE { ?x a nkg:Person ; schema:name ?name } LIMIT 1"),
    }


def bind_required(q, values: dict) -> dict[str, str]:
    """Plausible values for a query's required parameters, chosen by name and type."""
    out = {}
    for p in q.params:
        if not p.required:
            continue
        name = p.name.lower()
        if p.type == "iri":
            key = next((k for k in ("announcement", "claim", "article", "organization") if k[:3] in name), "article")
            if key == "article" and values["article"] is not None:
                row = values["article"]
                from kg.mapping import article_iri
                out[p.name] = article_iri(row["id"].value).value
                continue
            row = values.get(key)
            out[p.name] = row["x"].value if row else "https://w3id.org/news-kg/id/none"
        elif p.type == "date":
            out[p.name] = "2023-01-01" if any(k in name for k in ("from", "since", "start", "after")) else "2026-12-31"
        elif p.type == "integer":
            out[p.name] = "30"
        elif p.type == "decimal":
            out[p.name] = "0.05"
        elif p.type == "boolean":
            out[p.name] = "true"
        elif "org" in name or "company" in name:
            out[p.name] = values["org"]
        elif "kind" in name or "measure" in name:
            out[p.name] = "job_cuts"
        elif "article" in name:
            out[p.name] = values["article"]["id"].value if values["article"] else "bench-0000000"
        elif any(k in name for k in ("speaker", "person", "who")):
            out[p.name] = values["person"]["name"].value if values["person"] else "Jane Roe"
        elif any(k in name for k in ("cause", "object", "topic")):
            out[p.name] = "AI"
        else:
            out[p.name] = values["org"]
    return out


def time_queries(db, store: Path) -> tuple[dict, list[dict]]:
    """p50 and p95 of every named query on our store as a user runs it (a SELECT's first page at the
    default page size; each in a child process stopped after QUERY_TIMEOUT_S); and the same bound query
    texts for the baseline."""
    from kg.queries import named_queries

    values = plausible_values(db)
    timings, jobs = {}, []
    for q in named_queries().values():
        body = "\n".join(line for line in q.text.splitlines() if not line.lstrip().startswith("#"))
        if re.search(r"\bSERVICE\b", body, re.I):
            timings[q.name] = {"note": "skipped: needs the network (SERVICE)"}
            continue
        params = bind_required(q, values)
        cmd = [sys.executable, "-m", "bench.querytime", str(store), q.name, json.dumps(params), str(QUERY_BUDGET_S)]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=QUERY_TIMEOUT_S, cwd=HERE.parent)
        except subprocess.TimeoutExpired:
            timings[q.name] = {"timeout": QUERY_TIMEOUT_S, "params": params}
        else:
            if done.returncode != 0:
                timings[q.name] = {"note": "failed: " + done.stderr.strip()[-200:], "params": params}
                continue
            out = json.loads(done.stdout)
            runs = out["runs"]
            timings[q.name] = {"p50_s": statistics.median(runs), "p95_s": runs[min(len(runs) - 1, int(0.95 * len(runs)))],
                               "cpu_p50_s": statistics.median(out["cpu"]), "runs": len(runs), "rows": out["rows"],
                               "more": out["more"], "paged": out["paged"], "params": params}
        jobs.append({"name": q.name, "text": timed_text(q, params)})
    return timings, jobs


# ---- validation, load, endpoint


def validation(db, store: Path, sample: int = 100) -> dict:
    """Per-article SHACL (as at ingest) on a sample of article graphs; the whole store as `kg validate` does."""
    from kg import shacl_fast
    from kg.validate import validate_quads

    graphs = db.article_graphs()
    random.Random(1).shuffle(graphs)
    batches = [list(db.graph_quads(g)) for g in graphs[:sample]]
    start = time.process_time()
    for quads in batches:
        if not shacl_fast.conforms(quads):
            validate_quads(quads)
    per_article = (time.process_time() - start) / max(1, len(batches))
    start = time.process_time()
    for quads in batches:
        validate_quads(quads)
    pyshacl = (time.process_time() - start) / max(1, len(batches))
    whole = measured([sys.executable, "-m", "kg", "validate", "--store", str(store)], timeout=VALIDATE_TIMEOUT_S)
    return {"per_article_ms": 1000 * per_article, "pyshacl_per_article_ms": 1000 * pyshacl, "sampled": len(batches),
            "whole_store_s": None if whole["timed_out"] else whole["seconds"],
            "whole_store_timeout": VALIDATE_TIMEOUT_S if whole["timed_out"] else None,
            "whole_store_exit": whole["returncode"], "whole_store_peak_rss_mb": whole["peak_rss_mb"]}


def dump_and_reload(db, folder: Path) -> tuple[Path, float]:
    """Dump our store as N-Quads (the baseline parses the same quads) and time pyoxigraph loading them."""
    from pyoxigraph import RdfFormat, Store

    path = folder / "dump.nq"
    db.ox.dump(str(path), format=RdfFormat.N_QUADS)
    fresh = Store(str(folder / "reload"))
    start = time.perf_counter()
    fresh.bulk_load(path=str(path), format=RdfFormat.N_QUADS)
    fresh.flush()
    return path, time.perf_counter() - start


def storage(nquads: Path, folder: Path) -> dict:
    """Ours and the baseline storing and validating the same extracted article graphs (bench/storage.py)."""
    out = {}
    for side in ("ours", "baseline"):
        target = folder / f"storage-{side}.json"
        m = measured([sys.executable, "-m", "bench.storage", side, str(nquads), str(target), str(STORAGE_BUDGET_CPU_S)])
        if m["returncode"] != 0:
            out[side] = {"error": m["stderr"][-1000:]}
            continue
        out[side] = {**json.loads(target.read_text()), "peak_rss_mb": m["peak_rss_mb"]}
    return out


def endpoint(store: Path) -> dict:
    if importlib.util.find_spec("bench.endpoint") is None:
        return {"note": "skipped: bench/endpoint.py (the API's measure_endpoint) is not there yet"}
    from bench.endpoint import measure_endpoint

    try:
        return measure_endpoint(store, ENDPOINT_S)
    except Exception as e:  # report, do not lose the rest of the run
        return {"note": f"failed: {type(e).__name__}: {e}"}


def fairness(store: Path) -> dict:
    """bench/fairness.py: ordinary clients' success and p99 beside 2 clients looping a cartesian COUNT."""
    from bench.fairness import measure_fairness

    try:
        return measure_fairness(store, FAIRNESS_S)
    except Exception as e:  # report, do not lose the rest of the run
        return {"note": f"failed: {type(e).__name__}: {e}"}


def extraction_growth() -> dict:
    """Seconds to extract one article of 5,000 and of 20,000 short sentences (1.3 MB), in this process: the
    ratio is about 4 when extraction is linear in the text."""
    from kg.extract import extract
    from kg.records import Article

    rng = random.Random(3)
    sentences = ["{org} will cut {n} jobs, chief executive Jane Doe said on Monday.",
                 "“We are cutting about {n} roles because of AI,” said Jane Doe, CEO of {org}",
                 "The company employs roughly {n} people worldwide, according to Reuters.",
                 "He said the cuts were planned."]
    text = " ".join(rng.choice(sentences).format(org=rng.choice(["Acme Corp.", "Globex AB"]),
                                                 n=f"{rng.randrange(10_000, 99_999):,}") for _ in range(20_000))
    cut = text.index(" ", len(text) // 4)
    out = {"chars": len(text)}
    for name, part in (("s_5k", text[:cut]), ("s_20k", text)):
        started = time.perf_counter()
        extract(Article(id="growth", text=part, language="en"))
        out[name] = time.perf_counter() - started
    out["ratio"] = out["s_20k"] / out["s_5k"]
    return out


# ---- one size


def run_size(n: int, folder: Path, shacl_stopped_at: tuple[int, float] | None = None) -> dict:
    from kg.store import EmbeddedStore

    steps: dict[str, float] = {}
    clock = [time.perf_counter()]

    def step(name: str) -> None:
        now = time.perf_counter()
        steps[name] = round(now - clock[0], 1)
        clock[0] = now

    say(f"[bold]N = {n:,}[/bold]: corpus")
    corpus = write_corpus(n, CACHE)
    step("corpus")
    store = folder / f"store-{n}"
    say(f"  build (jobs {JOBS})")
    result = {"n": n, "corpus_mb": corpus.stat().st_size / 2**20, "build": build(corpus, store, JOBS)}
    step("build")
    db = EmbeddedStore(store, read_only=True)
    say("  queries")
    result["queries"], jobs = time_queries(db, store)
    step("queries")
    say("  validation")
    result["validation"] = validation(db, store)
    step("validation")
    nquads, reload_s = dump_and_reload(db, folder)
    result["load_same_quads_s"] = reload_s
    step("dump and reload")
    if n <= BASELINE_MAX_N:
        say(f"  storage and validation of the same articles (baseline budget {STORAGE_BUDGET_CPU_S:g} CPU s)")
        result["storage"] = storage(nquads, folder)
        step("storage")
    del db
    if n <= 10_000:
        say("  endpoint")
        result["endpoint"] = endpoint(store)
        step("endpoint")
        say("  fairness (100 clients, 2 hostile)")
        result["fairness"] = fairness(store)
        step("fairness")
    if n <= BASELINE_MAX_N:
        say("  baseline (rdflib, pySHACL)")
        result["baseline"] = run_baseline(nquads, corpus, jobs, folder, n, shacl_stopped_at)
        step("baseline")
    else:
        result["baseline"] = {"note": f"not measured above {BASELINE_MAX_N:,} articles"}
    say(f"  add {ADD_N} articles (extraction, validation, incremental resolution)")
    result["add"] = add_articles(store, new_articles(n, ADD_N, CACHE), JOBS, measured, summary)
    step("add")
    result["steps_s"] = steps
    say(f"  steps (s): {steps}")
    return result


def run_baseline(nquads: Path, corpus: Path, jobs: list[dict], folder: Path, n: int,
                 shacl_stopped_at: tuple[int, float] | None = None) -> dict:
    """rdflib, pySHACL and rdflib's SPARQL engine on the same data and query texts: with longer limits at
    the smallest size, within BASELINE_BUDGET above it. ``shacl_stopped_at``: (size, limit) where pySHACL
    was stopped before, so it is not run again."""
    limits = BASELINE_FULL if n <= min(sizes()) else BASELINE_BUDGET
    job = {"nquads": str(nquads), "corpus": str(corpus), "queries": jobs, **limits,
           "build_sample": min(n, limits["build_sample"])}
    if shacl_stopped_at:
        job["shacl_timeout"] = 0
    path = folder / f"baseline-{n}.json"
    path.write_text(json.dumps(job))
    out_path = folder / f"baseline-{n}.out.json"
    m = measured([sys.executable, "-m", "bench.baseline", str(path), str(out_path)])
    if m["returncode"] != 0:
        return {"error": m["stderr"][-2000:]}
    out = json.loads(out_path.read_text())
    out["peak_rss_mb"] = m["peak_rss_mb"]
    out["seconds"] = m["seconds"]
    out["limits"] = limits
    if shacl_stopped_at:
        out["shacl_timeout"], out["shacl_stopped_at_n"] = shacl_stopped_at[1], shacl_stopped_at[0]
    return out


# ---- report


def ratio(ours: float | None, theirs: float | None) -> float | None:
    """How many times faster we are (their time over ours)."""
    if not ours or theirs is None:
        return None
    return theirs / ours


def fmt(x, digits=2, suffix="") -> str:
    if x is None:
        return "-"
    if isinstance(x, float):
        return f"{x:,.{digits}f}{suffix}"
    return f"{x:,}{suffix}"


def ours_cell(q: dict) -> str:
    if q.get("p50_s") is not None:
        cpu = f" (CPU {1000 * q['cpu_p50_s']:,.0f})" if q.get("cpu_p50_s") is not None else ""
        rows = f", {q['rows']:,}{'+' if q.get('more') else ''} rows" if q.get("rows") is not None else ""
        return f"{1000 * q['p50_s']:,.1f} / {1000 * q['p95_s']:,.1f}{cpu}{rows}"
    if q.get("timeout"):
        return f"> {q['timeout']:.0f} s stopped"
    return q.get("note", "-")


def report(results: list[dict], seconds: float | None = None) -> None:
    took = f"; took {seconds:,.0f} s" if seconds else ""
    t = Table(title=f"news-kg bench ({platform.node()}, {os.cpu_count()} cores, kg build --jobs {JOBS}{took})",
              caption="Queries are timed as a user runs them: a SELECT's first page of 100 rows. A ratio after "
                      "'>=' is a lower bound: the baseline was stopped at its time limit.")
    t.add_column("measure")
    for r in results:
        t.add_column(f"N={r['n']:,}", justify="right")
    t.add_column("target", justify="right")

    def row(label, values, target=""):
        t.add_row(label, *values, target)

    b = [r["build"] for r in results]
    row("build articles/s (end to end, validation on)", [fmt(x["articles_per_s"], 0) for x in b], ">= 200 at 10k")
    row("  build seconds", [fmt(x["seconds"], 1) for x in b])
    row("  CPU ms per article (all processes)", [fmt(x["cpu_ms_per_article"], 1) for x in b])
    row(f"  ceiling: {os.cpu_count()} idle cores / CPU per article", [fmt(1000 * (os.cpu_count() or 1) / x["cpu_ms_per_article"], 0)
                                                      if x["cpu_ms_per_article"] else "-" for x in b])
    row("  written / skipped", [f"{x['written']:,} / {x['skipped']:,}" for x in b])
    row("  claims / quads", [f"{x['claims']:,} / {x['quads']:,}" for x in b])
    row("  peak RSS largest process MB", [fmt(x["peak_rss_mb"], 0) for x in b], "<= 1,536 at 100k")
    row("  peak RSS process tree MB", [fmt(x["peak_tree_rss_mb"], 0) for x in b])

    def add_cell(a: dict | None) -> str:
        if not a:
            return "-"
        return (f"{a['seconds']:,.1f} s ({a['organisations']:,} organisations, {a['claims_resolved']:,} claims "
                f"resolved again)")

    row(f"add {ADD_N} articles to the store (kg build: extraction to incremental resolution)",
        [add_cell(r.get("add")) for r in results], "<= 10 s at 100k")
    def storage_cell(r: dict, key: str) -> str:
        side = (r.get("storage") or {}).get(key) or {}
        if side.get("cpu_s") is None:
            return side.get("error", "-")[:40] if side else "-"
        per_s = side["articles"] / side["cpu_s"] if side["cpu_s"] else None
        stopped = f" stopped at {side['budget_s']:g} CPU s ({side.get('articles_added', 0):,} added)" if side.get("stopped") else ""
        return f"{side['cpu_s']:,.1f} CPU s ({side['seconds']:,.1f} wall){stopped}" + (
            f", {per_s:,.0f}/CPU s" if per_s and not stopped else "")

    row("store + validate the same extracted articles: ours (validation at ingest, bulk load)",
        [storage_cell(r, "ours") for r in results])
    row("  ours, one transaction an article (incremental ingest), CPU s",
        [fmt((r.get("storage") or {}).get("ours", {}).get("transactions_cpu_s"), 1) for r in results])
    row("  baseline: rdflib Dataset + pySHACL over the union", [storage_cell(r, "baseline") for r in results])

    def storage_ratio(r: dict) -> str:
        st = r.get("storage") or {}
        ours, theirs = st.get("ours") or {}, st.get("baseline") or {}
        if not ours.get("cpu_s") or not theirs.get("cpu_s"):
            return "-"
        bound = ">= " if theirs.get("stopped") else ""
        budget = f" (budget {theirs['budget_s']:g} CPU s)" if theirs.get("stopped") else ""
        return f"{bound}{theirs['cpu_s'] / ours['cpu_s']:,.1f}x{budget}"

    row("  ratio baseline / ours (CPU, like for like)", [storage_ratio(r) for r in results], ">= 10x")
    row("load same quads: pyoxigraph bulk s", [fmt(r["load_same_quads_s"], 2) for r in results])
    row("load same quads: rdflib parse s", [fmt(r["baseline"].get("load_s"), 2) for r in results])
    row("  ratio", [fmt(ratio(r["load_same_quads_s"], r["baseline"].get("load_s")), 1, "x") for r in results])
    row("  rdflib baseline peak RSS MB", [fmt(r["baseline"].get("peak_rss_mb"), 0) for r in results])
    v = [r["validation"] for r in results]
    row("validation per article, CPU ms: ingest path (fast check, pySHACL where it declines)",
        [fmt(x["per_article_ms"], 2) for x in v])
    row("  pySHACL on every article (as before the fast check)", [fmt(x.get("pyshacl_per_article_ms"), 2) for x in v])
    row("validation whole store s (kg validate)",
        [fmt(x["whole_store_s"], 2) if x["whole_store_s"] else f"> {x['whole_store_timeout']:.0f} stopped" for x in v])
    row("  pySHACL over rdflib graph s (baseline)",
        [fmt(r["baseline"]["shacl_s"], 2) if r["baseline"].get("shacl_s") else
         (f"> {r['baseline']['shacl_timeout']:.0f} (stopped"
          + (f" at N={r['baseline']['shacl_stopped_at_n']:,}, not run again)" if r["baseline"].get("shacl_stopped_at_n") else ")")
          if r["baseline"].get("shacl_timeout") else "-")
         for r in results])
    shacl_ratios = [ratio(v["whole_store_s"], r["baseline"].get("shacl_s") or r["baseline"].get("shacl_timeout"))
                    for r, v in zip(results, (r["validation"] for r in results), strict=True)]
    row("  ratio", [(">= " if r["baseline"].get("shacl_timeout") and x else "") + fmt(x, 1, "x")
                    for r, x in zip(results, shacl_ratios, strict=True)])
    names = sorted({name for r in results for name in r["queries"]})
    for name in names:
        qs = [r["queries"].get(name) or {} for r in results]
        row(f"query {name} p50 / p95 ms (CPU p50), rows (+: more pages)", [ours_cell(q) for q in qs], "<= 1,000 at 100k")
        theirs = []
        for r, q in zip(results, qs, strict=True):
            bq = (r.get("baseline", {}).get("queries") or {}).get(name)
            if not bq:
                theirs.append("-")
            elif bq.get("error"):
                theirs.append("rdflib cannot parse: " + ("LATERAL" if "LATERAL" in bq["error"] else bq["error"][:40]))
            elif bq["seconds"] is None:
                bound = f" (>= {bq['timeout'] / q['p50_s']:,.0f}x)" if q.get("p50_s") else ""
                theirs.append(f"> {bq['timeout']:.0f} s stopped{bound}")
            else:
                ratio_text = f" ({bq['seconds'] / q['p50_s']:,.0f}x)" if q.get("p50_s") else ""
                if q.get("cpu_p50_s") and bq.get("cpu_s"):
                    ratio_text += f", CPU {bq['cpu_s'] / q['cpu_p50_s']:,.0f}x"
                theirs.append(f"{1000 * bq['seconds']:,.0f} ms{ratio_text}")
        row("  rdflib engine, same text (ratio)", theirs, ">= 20x at 10k")
    def endpoint_cell(e: dict | None) -> str:
        if not e or e.get("requests_per_s") is None:
            return (e or {}).get("note", "-")
        ox = e.get("oxigraph") or {}
        beside = (f"; oxigraph serve {ox['requests_per_s']:,.0f}/s ({e['requests_per_s'] / ox['requests_per_s']:.2f}x)"
                  if ox.get("requests_per_s") else "")
        return f"{e['requests_per_s']:,.0f}/s, p99 {e.get('p99_ms', 0):,.0f} ms{beside}"

    workers = next((r["endpoint"].get("workers") for r in results if (r.get("endpoint") or {}).get("workers")), None)
    row(f"endpoint point lookups (kg serve --workers {workers or 1})", [endpoint_cell(r.get("endpoint")) for r in results],
        ">= 0.5x oxigraph serve")

    def fairness_cell(f: dict | None) -> str:
        if not f or f.get("success") is None:
            return (f or {}).get("note", "-")
        return f"{f['success']:.1%} answered, p99 {f['p99']:.2f} s ({f['requests']:,} requests)"

    row("ordinary clients beside 2 hostile of 100", [fairness_cell(r.get("fairness")) for r in results],
        ">= 95 %, p99 <= 2 s")
    console.print(t)


def main() -> None:
    if sys.argv[1:] == ["--report"]:  # print the table of the last run again
        last = json.loads(RESULTS.read_text())
        report(last["results"], last["meta"].get("seconds"))
        return
    started = time.perf_counter()
    say("extraction of 5,000 and 20,000 short sentences")
    growth = extraction_growth()
    say(f"adversarial: {' and '.join(f'{n:,}' for n in ADVERSARIAL_SIZES)} articles all about one organisation")
    adversarial = adversarial_growth(ADVERSARIAL_SIZES)
    results, shacl_stopped_at = [], None
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for n in sizes():
            folder = Path(tmp) / str(n)
            folder.mkdir()
            results.append(run_size(n, folder, shacl_stopped_at))
            base = results[-1]["baseline"]
            if base.get("shacl_timeout") and shacl_stopped_at is None:
                shacl_stopped_at = (n, base["shacl_timeout"])
    total = time.perf_counter() - started
    meta = {"host": platform.node(), "cores": os.cpu_count(), "jobs": JOBS, "python": platform.python_version(),
            "seconds": total, "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "targets": TARGETS,
            "extraction_growth": growth, "adversarial": adversarial}
    RESULTS.write_text(json.dumps({"meta": meta, "results": results}, indent=2))
    report(results, total)
    say(f"extraction of one article: {growth['s_5k']:.1f} s at 5,000 sentences, {growth['s_20k']:.1f} s at 20,000 "
        f"({growth['chars']:,} characters): {growth['ratio']:.1f}x for 4x the text")
    say(adversarial_line(adversarial))
    say(f"bench took {total:,.0f} s; results in {RESULTS.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
