"""The exports show the domain by default (examples/ built for real): organisations, people, positions,
announcements, claims, articles, publishers and places, typed and labelled; resolution's bookkeeping
(the contradiction kinds' topics and sides) only with detail "full"."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pytest

from kg.export.graph import DETAILS, EDGE_LABELS, TYPE_ORDER, ExportError, export_graph
from kg.export.html import page_data
from kg.pipeline import build
from kg.store import EmbeddedStore

REPO = Path(__file__).resolve().parents[2]
DEMO_TYPES = set(TYPE_ORDER) - {"Product"}  # examples/ names no product
INTERNAL = {"Topic", "Side", "NumericSide", "TemporalSide", "StanceSide", "ArithmeticSide", "OutlookSide", "Resource"}


@pytest.fixture(scope="module")
def examples(tmp_path_factory):
    store = EmbeddedStore(tmp_path_factory.mktemp("domain") / "store")
    assert build([REPO / "examples"], store).ok
    return store


def graphml(store, **kw) -> nx.MultiDiGraph:
    content, _ = export_graph(store, "graphml", **kw)
    return nx.read_graphml(io.BytesIO(content), force_multigraph=True)


def test_the_default_view_is_the_domain(examples):
    g = graphml(examples)
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert types == DEMO_TYPES
    labels = {d["type"]: set() for _, d in g.nodes(data=True)}
    for _, d in g.nodes(data=True):
        labels[d["type"]].add(d["label"])
    assert "Kestrel Systems · job cuts · 2026-03-10" in labels["Announcement"]
    assert "Brightwell Foods · cause: costs · 2026-02-12" in labels["Announcement"]
    assert all(label.split(" · ")[0] in labels["Organization"] for label in labels["Announcement"])
    assert "job_cuts 350 · Nordic Energy Wire" in labels["Claim"]  # the value and the source
    assert "job_cuts 1,500 · kestrel-nl-report" in labels["Claim"]  # no publisher: the article
    assert labels["Position"] == {"Erik Sandberg at Nordhavn Energi", "Julien Marchand at Brightwell Foods",
                                  "Mara Lindqvist at Kestrel Systems"}
    titles = {d["label"]: (d["title"], d["titleAsWritten"]) for _, d in g.nodes(data=True) if d["type"] == "Position"}
    # one canonical title per role, the titles as the articles wrote them kept beside it
    assert titles["Erik Sandberg at Nordhavn Energi"] == ("chief executive officer", "chief executive | vd:n")
    assert titles["Julien Marchand at Brightwell Foods"] == ("chief executive officer",
                                                             "Chief executive | PDG | consejero delegado")
    assert titles["Mara Lindqvist at Kestrel Systems"] == ("chief executive officer",
                                                           "Chief executive | Konzernchefin | Topvrouw")
    assert "Kestrel Systems schrapt zo'n 1.500 banen" in labels["Article"]  # a .txt article's first line
    edge_labels = {d["label"] for *_, d in g.edges(data=True)}
    assert edge_labels - set(EDGE_LABELS.values()) == {"contradicts (numeric)", "contradicts (stance)",
                                                       "contradicts (temporal)"}
    assert all(d["type"] and d["predicate"] for *_, d in g.edges(data=True))


def test_full_detail_adds_the_bookkeeping(examples):
    domain, full = graphml(examples), graphml(examples, detail="full")
    full_types = {d["type"] for _, d in full.nodes(data=True)}
    assert full_types & INTERNAL and DEMO_TYPES <= full_types
    assert domain.number_of_nodes() < full.number_of_nodes()
    positions = {d["label"]: d for _, d in full.nodes(data=True) if d["type"] == "Position"}
    # one per person, organisation and canonical title: "PDG", "consejero delegado" and "Chief executive" are one
    assert len(positions) == 3 and {d["title"] for d in positions.values()} == {"chief executive officer"}
    assert positions["Erik Sandberg at Nordhavn Energi"]["titleAsWritten"] == "chief executive | vd:n"
    with pytest.raises(ExportError, match="unknown detail 'some'"):
        export_graph(examples, "graphml", detail="some")
    assert DETAILS == ("domain", "full")


def test_the_html_page_and_cytoscape_show_the_same_domain(examples):
    content, _ = export_graph(examples, "cyjs")
    cy = nx.cytoscape_graph(json.loads(content))
    assert {d["type"] for _, d in cy.nodes(data=True)} == DEMO_TYPES
    page, _ = export_graph(examples, "html")
    assert b"StatementGroup" not in page and b"FigureSet" not in page
    assert "Kestrel Systems · job cuts · 2026-03-10".encode() in page
    assert set(page_data(cy)["counts"]) == DEMO_TYPES
