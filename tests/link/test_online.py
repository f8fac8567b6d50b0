"""Online linking against a local fake of the Wikidata API (a real HTTP server on 127.0.0.1)."""

from __future__ import annotations

import json

import pytest

from kg.link import Linker, LinkTable
from kg.link.online import OnlineLinker
from kg.link.relink import refresh_table, relink_store
from kg.link.wikidata import USER_AGENT, WikidataClient, WikidataError
from kg.mapping import article_quads, graph_iri
from kg.records import Article, Entity, Extraction

from .fake_wikidata import FakeWikidata


@pytest.fixture
def wd():
    with FakeWikidata() as fake:
        yield fake


@pytest.fixture
def client(wd, tmp_path):
    with WikidataClient(wd.url, cache_dir=tmp_path / "cache", min_interval=0) as c:
        yield c


def test_search_returns_candidates_in_the_api_s_shape(client):
    hits = client.search("IBM")
    assert [h["id"] for h in hits] == ["Q37156", "Q30289967"]
    assert hits[0]["match"] == {"type": "label", "language": "en", "text": "IBM"}


def test_get_entities_gives_labels_aliases_p31_and_none_for_a_missing_id(client):
    found = client.entities(["Q37156", "Q999999999"])
    assert found["Q999999999"] is None
    ibm = found["Q37156"]
    assert ibm["labels"]["en"]["value"] == "IBM"
    assert ibm["aliases"]["en"][0]["value"] == "International Business Machines"
    assert ibm["claims"]["P31"][0]["mainsnak"]["datavalue"]["value"]["id"] == "Q891723"


def test_more_than_fifty_ids_go_in_batches_of_fifty(client, wd):
    found = client.entities([f"Q{n}" for n in range(1, 61)])
    assert len(found) == 60 and all(v is None for v in found.values())
    assert [len(r["params"]["ids"].split("|")) for r in wd.requests] == [50, 10]


def test_type_filter_drops_the_milan_subsidiary_of_ibm(client):
    online = OnlineLinker(client)
    assert [c.qid for c in online.candidates(Entity("IBM", "organization"))] == ["Q37156"]
    link = online.lookup(Entity("IBM", "organization"))
    assert (link.qid, link.method, link.confidence) == ("Q37156", "wikidata-api", 0.85)


def test_a_subsidiary_wins_only_under_its_stated_parent(client):
    online = OnlineLinker(client)
    link = online.lookup(Entity("IBM", "organization", parent="IBM"), parent_qid="Q37156")
    assert link.qid == "Q30289967"


@pytest.mark.parametrize(("name", "type_", "qid"), [
    ("Amazon", "organization", "Q3884"),
    ("Amazon", "place", None),  # only a river of another class: no place fits
    ("Jane Roe", "person", "Q900000020"),  # the film of the same name is filtered out
    ("Jane Roe", "organization", None),
    ("Northwind", "organization", "Q900000010"),  # an alias
    ("Contoso", "organization", None),  # two companies of that name and nothing to tell them apart
    ("Nobody Known", "organization", None),
])
def test_online_lookup_links_only_an_exact_name_of_a_fitting_type(client, name, type_, qid):
    link = OnlineLinker(client).lookup(Entity(name, type_))
    assert (link.qid if link else None) == qid


def test_answers_are_cached_on_disk(wd, tmp_path):
    with WikidataClient(wd.url, cache_dir=tmp_path / "c", min_interval=0) as first:
        first.search("Amazon")
        first.search("Amazon")
        assert first.network_requests == 1
    with WikidataClient(wd.url, cache_dir=tmp_path / "c", min_interval=0) as second:
        assert second.search("Amazon")[0]["id"] == "Q3884"
        assert second.network_requests == 0
    assert len(wd.requests) == 1


def test_requests_carry_a_descriptive_user_agent_and_maxlag(wd, tmp_path):
    with WikidataClient(wd.url, cache_dir=tmp_path / "c", min_interval=0, contact="ops@example.org") as c:
        c.search("IBM")
    request = wd.requests[0]
    assert request["user_agent"].startswith("news-kg/") and request["user_agent"].endswith("contact: ops@example.org")
    assert USER_AGENT in request["user_agent"]
    assert request["params"]["maxlag"] == "5" and request["params"]["format"] == "json"


def test_requests_are_spaced_by_the_rate_limit(wd, tmp_path):
    with WikidataClient(wd.url, cache_dir=tmp_path / "c", min_interval=0.2) as c:
        for name in ("IBM", "Amazon", "Contoso"):
            c.search(name)
    times = [r["time"] for r in wd.requests]
    # Arrival times jitter on a loaded machine; unpaced, the three would arrive within milliseconds.
    assert times[-1] - times[0] >= 0.35
    assert all(b - a >= 0.1 for a, b in zip(times, times[1:], strict=False))


def test_an_api_error_is_reported_with_its_code_and_text(client):
    with pytest.raises(WikidataError, match=r'refused the request \(param-missing\): The "search" parameter must be set'):
        client.search("")
    with pytest.raises(WikidataError, match=r"no-such-entity.*NOT-AN-ID"):
        client.entities(["NOT-AN-ID"])


def test_an_http_failure_is_reported_and_not_cached(wd, client):
    wd.fail.append((500, {}))
    with pytest.raises(WikidataError, match="answered HTTP 500"):
        client.search("IBM")
    assert client.search("IBM")[0]["id"] == "Q37156"


def test_too_many_requests_is_retried_after_the_pause_it_asks_for(wd, client):
    wd.fail.append((429, {"Retry-After": "0"}))
    assert client.search("IBM")[0]["id"] == "Q37156"
    assert len(wd.requests) == 2


def test_an_unreachable_api_is_a_clear_error(tmp_path):
    with WikidataClient("http://127.0.0.1:9/w/api.php", cache_dir=tmp_path / "c", min_interval=0, timeout=2) as c:
        with pytest.raises(WikidataError, match="cannot reach the Wikidata API at http://127.0.0.1:9"):
            c.search("IBM")


def test_the_linker_asks_online_only_for_names_the_table_lacks(client, wd):
    linker = Linker(LinkTable.load(), OnlineLinker(client))
    out = linker.link(Extraction(Article("x", "Amazon bought Northwind Traders."),
                                 entities=[Entity("Amazon", "organization"), Entity("Northwind Traders", "organization")]))
    got = {e.name: (e.qid, e.link_method) for e in out.entities}
    assert got == {"Amazon": ("Q3884", "offline-table"), "Northwind Traders": ("Q900000010", "wikidata-api")}
    assert {r["params"].get("search") for r in wd.requests if r["params"]["action"] == "wbsearchentities"} == {"Northwind Traders"}


def test_relinking_a_store_writes_online_links_in_one_rewrite(store, client):
    article = Article("n1", "Northwind Traders and Amazon.", language="en")
    entities = [Entity("Northwind Traders", "organization"), Entity("Amazon", "organization"), Entity("Jane Roe", "person")]
    store.replace_graph(graph_iri("n1"), article_quads(Extraction(article, entities=entities)))
    offline = relink_store(store, Linker(LinkTable.load()))
    assert (offline.changed, offline.linked) == (1, 1)
    online = relink_store(store, Linker(LinkTable.load(), OnlineLinker(client)))
    assert (online.changed, online.linked, online.by_method) == (1, 3, {"offline-table": 1, "wikidata-api": 2})
    rows = {r["q"].value for r in store.query("SELECT ?q WHERE { ?e owl:sameAs ?wd ; nkg:wikidataLink/nkg:qid ?q }")}
    assert rows == {"Q3884", "Q900000010", "Q900000020"}
    assert relink_store(store, Linker(LinkTable.load(), OnlineLinker(client))).changed == 0


def test_refresh_merges_labels_and_adds_what_was_found_online(client, tmp_path):
    rows = [{"qid": "Q37156", "type": "company", "labels": {"en": "IBM"}, "aliases": {}},
            {"qid": "Q999999999", "type": "company", "labels": {"en": "Gone Corp"}, "aliases": {}}]
    path = tmp_path / "table.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    table = LinkTable.load(path)
    report = refresh_table(table, client, [Entity("Northwind Traders", "organization"), Entity("IBM", "organization")])
    assert (report.updated, report.added, report.missing) == (["Q37156"], ["Q900000010"], ["Q999999999"])
    table.save(path)
    again = LinkTable.load(path)
    assert again.items["Q37156"].labels == {"en": "IBM", "nl": "IBM"}
    assert "International Business Machines" in again.items["Q37156"].aliases["en"]
    northwind = again.items["Q900000010"]
    assert (northwind.type, northwind.source, northwind.aliases["fr"]) == ("company", "wikidata-api", ["Northwind SA"])
    assert Linker(again).link_entity(Entity("Northwind SA", "organization")).qid == "Q900000010"
