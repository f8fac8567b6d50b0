"""One self-contained HTML page for a projected graph: no network request, vis-network inlined.

The drawing library is vis-network as packaged by pyvis (its bundled ``vis-network.min.js`` and CSS,
inlined here); the page around it (``graph.html``: search box, legend, side panel) is ours.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from html import escape
from pathlib import Path

import networkx as nx

PALETTE = {
    "Organization": "#1f77b4", "Publisher": "#9467bd", "Person": "#ff7f0e", "Place": "#2ca02c",
    "Product": "#17becf", "Article": "#8c564b", "Claim": "#e7ba52", "Announcement": "#e377c2",
    "Position": "#bcbd22", "Resource": "#7f7f7f",
}


def type_colour(node_type: str) -> str:
    return PALETTE.get(node_type, PALETTE["Resource"])


@cache
def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def page_data(graph: nx.MultiDiGraph) -> dict:
    """Nodes (with their claims), edges, colours and type counts for the page's script."""
    why: dict[str, list[str]] = {}
    for s, o, attrs in graph.edges(data=True):
        if attrs.get("contradiction"):
            for claim in (s, o):
                why.setdefault(claim, []).append(f"{attrs.get('label')}: {attrs.get('explanation', '')}")
    nodes = []
    for n, attrs in graph.nodes(data=True):
        neighbours = set(graph.successors(n)) | set(graph.predecessors(n))
        claims = ([n] if attrs["type"] == "Claim" else []) + sorted(
            m for m in neighbours if graph.nodes[m].get("type") == "Claim" and m != n)
        article = next((graph.nodes[m]["label"] for m in graph.successors(n)
                        if graph.nodes[m].get("type") == "Article"), None) if attrs["type"] == "Claim" else None
        nodes.append({"id": n, "label": attrs["label"], "type": attrs["type"], "contradicted": attrs["contradicted"],
                      "attrs": {k: v for k, v in attrs.items() if k not in ("label", "type", "contradicted")},
                      "claims": claims, "article": article, "why": why.get(n, [])})
    edges = [{"source": s, "target": o, "label": attrs.get("label", k), "contradiction": attrs.get("contradiction", False)}
             for s, o, k, attrs in graph.edges(keys=True, data=True)]
    counts = Counter(attrs["type"] for _, attrs in graph.nodes(data=True))
    return {"nodes": nodes, "edges": edges, "colours": {t: type_colour(t) for t in set(counts) | {"Resource"}},
            "counts": dict(counts)}


def to_html(graph: nx.MultiDiGraph, title: str = "news-kg graph") -> bytes:
    js, css = _vis_assets()
    data = json.dumps(page_data(graph), ensure_ascii=False).replace("</", "<\\/")
    template = (Path(__file__).parent / "graph.html").read_text(encoding="utf-8")
    parts = {"__TITLE__": escape(title), "/*VIS_CSS*/": css, "/*GRAPH_DATA*/": data,
             "/*VIS_JS*/": js.replace("</script", "<\\/script")}
    page = re.sub("|".join(re.escape(k) for k in parts), lambda m: parts[m.group(0)], template)
    return page.encode("utf-8")
