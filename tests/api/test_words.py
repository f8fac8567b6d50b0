"""The API in plain words, over a real ``kg serve``: updates sent as queries, unknown named queries,
organisations by any of their names, the export's detail."""

from __future__ import annotations

import io

import httpx
import networkx as nx


def test_an_update_sent_to_sparql_is_pointed_to_update(server):
    r = httpx.post(server + "/sparql", content="INSERT DATA { <https://e/s> <https://e/p> 1 }",
                   headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 400
    assert r.text == "this is a SPARQL update, not a query: POST it to /update (with the token)"


def test_an_unknown_named_query_names_the_nearest(server):
    r = httpx.get(server + "/queries/claimz")
    assert r.status_code == 404
    assert r.json()["detail"].startswith("no named query 'claimz'; did you mean claims")


def test_named_queries_find_organisations_by_any_name(server):
    r = httpx.get(server + "/queries/claims", params={"org": "ACME corp", "kind": "job_cuts"},
                  headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    assert {b["org"]["value"] for b in r.json()["results"]["bindings"]} == {"Acme"}
    missing = httpx.get(server + "/queries/claims", params={"org": "Acne"})
    assert missing.status_code == 400
    assert missing.json()["detail"] == "no organisation matches 'Acne' in the store; did you mean 'Acme'?"


def test_the_export_shows_the_domain_unless_asked_for_everything(server):
    def types(**params) -> set[str]:
        r = httpx.get(server + "/export/graphml", params=params, timeout=30)
        assert r.status_code == 200, r.text
        return {d["type"] for _, d in nx.read_graphml(io.BytesIO(r.content), force_multigraph=True).nodes(data=True)}

    assert "Topic" not in types() and "Topic" in types(detail="full")
    assert httpx.get(server + "/export/graphml", params={"detail": "some"}).status_code == 422
