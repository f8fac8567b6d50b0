"""Imports go one way: no circle among the modules of kg/ and api/ (every import counted, also those
inside functions), and the build and the API reach a store only through ``kg.store``'s protocol."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _modules() -> dict[str, Path]:
    found = {}
    for package in ("kg", "api"):
        for path in (ROOT / package).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()

    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph = {}
    for name, path in modules.items():
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                targets.update(f"{node.module}.{a.name}" for a in node.names)
        # a module's own packages (kg for kg.store.base) are where it lives, not an arrow back up
        graph[name] = {r for t in targets if (r := resolve(t)) and r != name and not name.startswith(r + ".")}
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            node, edges = work[-1]
            advanced = False
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    advanced = True
                    break
                if nxt in on:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return out


def test_the_finder_finds_a_circle():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_circle_in_kg_or_api():
    assert _circles(_graph()) == []


def test_store_package_is_below_the_build_and_the_api():
    graph = _graph()
    store = {m for m in graph if m == "kg.store" or m.startswith("kg.store.")}
    for module in store:
        assert not {t for t in graph[module] if t.startswith(("api", "kg.pipeline", "kg.parallel", "kg.cluster",
                                                             "kg.cli", "kg.resolve"))}, module
    assert "kg.pipeline" not in graph["kg.parallel"] and "kg.prepare" in graph["kg.parallel"]


def test_the_api_reaches_the_store_only_through_the_protocol():
    """No raw pyoxigraph store in api/: the jobs run on kg.store's Store, whichever backend it is."""
    for path in (ROOT / "api").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert ".ox." not in text and ".ox)" not in text, path
        assert "EmbeddedStore" not in text and "RemoteStore" not in text, path
