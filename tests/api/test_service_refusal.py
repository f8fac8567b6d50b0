"""SERVICE and LOAD never reach another server unless allow-listed, whatever comments, line ends, escapes and
case hide them: a fuzzer runs every query the check lets through on Oxigraph beside a listening server, which
must hear nothing; the routes of a running ``kg serve`` refuse the known bypasses."""

from __future__ import annotations

import httpx
import pytest
from api_server import TOKEN, Endpoint, start_server, stop_server
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyoxigraph import NamedNode, Quad, Store

from api.safety import Refused, checked


@pytest.fixture(scope="module")
def catcher():
    """An endpoint nobody may reach."""
    endpoint = Endpoint()
    yield endpoint
    endpoint.close()


@pytest.fixture(scope="module")
def allowed():
    """An endpoint the allow list names; it answers one row."""
    endpoint = Endpoint(rows=("urn:x:from-the-endpoint",))
    yield endpoint
    endpoint.close()


def _refused(text: str, update: bool = False, allow: tuple[str, ...] = ()) -> bool:
    try:
        checked(text, update=update, allow=allow)
    except Refused:
        return True
    return False


def test_a_comment_ended_by_a_lone_carriage_return_hides_nothing(catcher):
    # rdflib reads the comment up to the line feed; Oxigraph ends it at the carriage return and runs SERVICE
    text = f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ # note\rSERVICE <{catcher.url}> {{ ?s ?p ?o }} \n}} }}"
    with pytest.raises(Refused, match="SERVICE"):
        checked(text, update=False, allow=())


def test_the_checked_text_is_what_runs():
    text = "SELECT * WHERE { # note\r ?s ?p ?o }"
    assert checked(text, update=False, allow=()) == "SELECT * WHERE { # note\n ?s ?p ?o }"


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE ev:x { ?s ?p ?o } }",
    "PREFIX ev: <http://127.0.0.1:9/> SELECT * WHERE { SERVICE ev:x { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE ?where { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE <relative> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o.SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    'SELECT * WHERE { BIND("a\\u0022" AS ?x) SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }',
    "SELECT * WHERE { FILTER EXISTS { SERVICE SILENT <http://127.0.0.1:9/> { ?s ?p ?o } } }",
])
def test_targets_that_are_not_allowed_full_iris_are_refused_cleanly(text):
    with pytest.raises(Refused, match="refused"):
        checked(text, update=False, allow=("http://127.0.0.1:8000/",))


def test_the_allow_list_matches_scheme_host_and_port_exactly():
    allow = ("http://127.0.0.1:8000/sparql",)
    ok = "SELECT * WHERE { SERVICE <http://127.0.0.1:8000/sparql> { ?s ?p ?o } }"
    assert checked(ok, update=False, allow=allow) == ok
    for target in ("http://127.0.0.1:8001/sparql", "http://127.0.0.1/sparql", "https://127.0.0.1:8000/sparql",
                   "http://127.0.0.1:8000@evil.example/sparql", "http://127.0.0.1:8000/sparql-other",
                   "http://127.0.0.10:8000/sparql", "http://127.0.0.1:8000/"):
        assert _refused(f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}", allow=allow), target
    assert not _refused("SELECT * WHERE { SERVICE <http://127.0.0.1:8000/sparql/x> { ?s ?p ?o } }", allow=allow)
    with pytest.raises(ValueError, match="KG_SERVICE_ALLOW"):
        checked(ok, update=False, allow=("127.0.0.1",))


def test_words_in_strings_comments_iris_and_names_are_no_keywords():
    for text in ('SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1:9/> { }" }',
                 "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:9/>",
                 "SELECT * WHERE { ?s <http://example.org/service#load> ?o }",
                 "PREFIX ex: <http://example.org/> SELECT ?load WHERE { ?load ex:service ?o }"):
        assert checked(text, update=False, allow=()) == text


def test_load_is_refused_in_updates():
    assert _refused("LOAD <http://127.0.0.1:9/data.ttl>", update=True)
    assert _refused("# c\rLOAD <http://127.0.0.1:9/data.ttl> ;\nINSERT DATA { <a:b> <a:c> <a:d> }", update=True)
    text = "INSERT DATA { <http://a/s> <http://a/p> 'load' }"
    assert checked(text, update=True, allow=()) == text


# ---- the fuzzer: pieces of SPARQL mixed with comments, line ends, escapes and case

ENDS = st.sampled_from(["\n", "\r", "\r\n", "\n\r", "\\u000d", "\\u000a", "\u2028", "\u0085", " "])
SPACE = st.sampled_from([" ", "\t", "\n", "\r", "  ", "\r\n"])


def _case(word: str):
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda flips: "".join(c.upper() if f else c.lower() for c, f in zip(word, flips, strict=True)))


def _target(url: str):
    escaped = url.replace(":", "\\u003A", 1)
    return st.sampled_from([f"<{url}>", f"<{escaped}>", "ev:x", "?where", f"<{url}sparql>"])


@st.composite
def _hostile(draw, url: str):
    keyword = draw(_case("service"))
    silent = draw(st.sampled_from(["", " SILENT", " silent"]))
    service = f"{keyword}{silent}{draw(SPACE)}{draw(_target(url))} {{ ?s ?p ?o }}"
    hider = draw(st.sampled_from([
        "# c{end}{service}{end}", "#{end}{service}", "{service}", '"{end}" . {service}', "'''{end}''' . {service}",
        '"\\"" . {service}', '"\\u0022" . {service}', "<http://x/#> . {service}", "# <{end}{service}\n",
        "FILTER EXISTS {{ {service} }}", "OPTIONAL {{ # x{end}{service}\n}}", "{{ SELECT * {{ {service} }} }}",
    ]))
    piece = hider.format(end=draw(ENDS), service=service)
    prologue = draw(st.sampled_from(["", f"PREFIX ev: <{url}>\n", f"BASE <{url}>\n"]))
    return f"{prologue}SELECT * WHERE {{ ?a ?b ?c . {piece} }}"


@pytest.fixture(scope="module")
def engine():
    store = Store()
    store.add(Quad(NamedNode("http://a/s"), NamedNode("http://a/p"), NamedNode("http://a/o")))
    return store


def test_fuzzed_queries_that_pass_the_check_reach_no_server(catcher, engine):
    passed = []

    @settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(_hostile(catcher.url))
    def run(text):
        try:
            runnable = checked(text, update=False, allow=())
        except Refused:
            return
        passed.append(text)
        try:
            list(engine.query(runnable))
        except (SyntaxError, OSError, RuntimeError):
            pass
        assert not catcher.asked, f"the check let through a query that reached {catcher.asked}: {text!r}"

    run()
    assert not catcher.asked


# ---- a running server refuses the bypasses on every route


@pytest.fixture(scope="module")
def allowing_server(store_dir, allowed):
    """A server allowed to reach one port of a host."""
    process, base = start_server(store_dir, env={"KG_SERVICE_ALLOW": allowed.url})
    yield base
    stop_server(process)


def test_the_routes_of_a_server_refuse_hidden_service_and_load(server, writable_server, catcher):
    hidden = f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ # c\rSERVICE <{catcher.url}> {{ ?s ?p ?o }} \n}} }}"
    exists = f"SELECT * WHERE {{ ?a ?b ?c FILTER EXISTS {{ # c\rSERVICE <{catcher.url}> {{ ?s ?p ?o }} \n}} }}"
    construct = f"CONSTRUCT {{ ?a ?b ?c }} WHERE {{ ?a ?b ?c OPTIONAL {{ # c\rSERVICE <{catcher.url}> {{ ?s ?p ?o }}\n}} }}"
    answers = [
        httpx.get(server + "/sparql", params={"query": hidden}, timeout=30),
        httpx.get(server + "/sparql", params={"query": exists}, timeout=30),
        httpx.post(server + "/sparql", content=hidden, headers={"Content-Type": "application/sparql-query"}, timeout=30),
        httpx.post(server + "/sparql", data={"query": hidden}, timeout=30),
        httpx.get(server + "/export/ttl", params={"construct": construct}, timeout=30),
        httpx.get(server + "/sparql", params={"query": "SELECT * WHERE { SERVICE ev:x { ?s ?p ?o } }"}, timeout=30),
        httpx.post(writable_server + "/update", content=f"# c\rLOAD <{catcher.url}data.ttl>\n",
                   headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"},
                   timeout=30),
    ]
    assert [r.status_code for r in answers] == [400] * len(answers), [r.text for r in answers]
    assert all("refused" in r.text for r in answers)
    assert not catcher.asked


def test_an_allow_listed_service_is_reached_and_another_port_is_not(allowing_server, allowed, catcher):
    other = catcher.url  # the same host on another port
    refused = httpx.get(allowing_server + "/sparql",
                        params={"query": f"SELECT * WHERE {{ SERVICE <{other}> {{ ?s ?p ?o }} }}"}, timeout=30)
    assert refused.status_code == 400 and "not under an allowed prefix" in refused.text
    reached = httpx.get(allowing_server + "/sparql",
                        params={"query": f"SELECT * WHERE {{ SERVICE <{allowed.url}> {{ ?s ?p ?o }} }}"},
                        headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert reached.status_code == 200
    assert reached.json()["results"]["bindings"] == [{"s": {"type": "uri", "value": "urn:x:from-the-endpoint"}}]
    assert len(allowed.asked) == 1 and not catcher.asked
