"""Imports go one way: no circle among the modules of kg/ and api/ (every import counted, also those
inside functions), no import from a lower layer to a higher one (the layers of the README's
architecture), and the build and the API reach a store only through ``kg.store``'s protocol."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The import layers, bottom first: a module imports from its own layer or the ones below, never above.
# The README's "Import layers" lists the same. A name stands for the module and the modules under it,
# but for "kg", which is the package's own __init__ (the version) only.
LAYERS = (
    ("kg", "kg.records", "kg.resources", "kg.lexicon", "kg.textpattern", "kg.budget", "kg.formats", "kg.orgkeys",
     "kg.pool"),
    ("kg.language", "kg.pubdate", "kg.read"),
    ("kg.extract",),
    ("kg.link",),
    ("kg.mapping", "kg.sparql"),
    ("kg.queries", "kg.orgnames"),
    ("kg.contradictions",),
    ("kg.validate", "kg.shacl_fast"),
    ("kg.store",),
    ("kg.resolve", "kg.link.relink"),
    ("kg.export",),
    ("kg.prepare", "kg.warm", "kg.parallel", "kg.cluster", "kg.pipeline"),
    ("api",),
    ("kg.cli", "kg.__main__"),
)


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
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the module's package, one level up per dot after the first
                    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
                    for _ in range(node.level - 1):
                        package = package.rpartition(".")[0]
                    base = f"{package}.{base}".strip(".")
                targets.update(f"{base}.{a.name}" for a in node.names)
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


def _layer(module: str) -> int | None:
    """The index in LAYERS of the longest name that covers the module, or None."""
    found = [(len(name), i) for i, layer in enumerate(LAYERS) for name in layer
             if module == name or (name != "kg" and module.startswith(name + "."))]
    return max(found)[1] if found else None


def test_every_module_has_a_layer():
    assert [m for m in _graph() if _layer(m) is None] == []


def test_no_import_runs_from_a_lower_layer_to_a_higher_one():
    upward = [f"{m} (layer {_layer(m)}) -> {t} (layer {_layer(t)})"
              for m, targets in _graph().items() for t in sorted(targets) if _layer(t) > _layer(m)]
    assert upward == []


def test_the_layer_finder_catches_an_upward_import():
    assert _layer("kg.store.remote") < _layer("kg.pipeline") < _layer("api.jobs") < _layer("kg.cli")
    assert _layer("kg.extract.figures") == _layer("kg.extract")
    assert _layer("kg.link.table") < _layer("kg.mapping") < _layer("kg.link.relink")
    assert _layer("kg.unlisted") is None


def test_the_readme_lists_the_same_layers():
    """The README's "Import layers" block: one line a layer, top first, its modules before a colon."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("### Import layers", 1)[1].split("```", 2)[1]
    listed = [tuple(line.split(":", 1)[0].split()) for line in block.strip().splitlines()]
    assert listed[::-1] == list(LAYERS)


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
