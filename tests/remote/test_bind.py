"""Binding parameters on a remote store: a VALUES block of N-Triples terms in the WHERE group."""

from __future__ import annotations

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, Variable

from kg.store import StoreError
from kg.store.remote import RemoteStore, bind_values, where_group_start


@pytest.mark.parametrize("query, before", [
    ("SELECT ?s WHERE { ?s ?p ?o }", "SELECT ?s WHERE "),
    ("SELECT * { ?s ?p ?o }", "SELECT * "),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT { ?s ?p ?o } WHERE "),
    ("# a comment with { braces }\nSELECT ?s WHERE { ?s ?p ?o }", "# a comment with { braces }\nSELECT ?s WHERE "),
    ("PREFIX x: <http://e/ns#> SELECT ?s WHERE { ?s x:p '}' }", "PREFIX x: <http://e/ns#> SELECT ?s WHERE "),
    ("SELECT (IF(?a < ?b, 1, 0) AS ?c) FROM <http://g> WHERE { ?s ?p ?o }",
     "SELECT (IF(?a < ?b, 1, 0) AS ?c) FROM <http://g> WHERE "),
    ('SELECT ("""{""" AS ?x) WHERE { ?s ?p ?o }', 'SELECT ("""{""" AS ?x) WHERE '),
])
def test_where_group_is_found(query, before):
    assert query[:where_group_start(query)] == before


def test_values_block_uses_escaped_terms():
    text = bind_values("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s",
                       {Variable("o"): Literal('a" } ; DROP ALL #\n'), Variable("p"): NamedNode("http://e/p")})
    assert text == ('SELECT ?s WHERE { VALUES (?o ?p) { ("a\\" } ; DROP ALL #\\n" <http://e/p>) }  ?s ?p ?o } '
                    "ORDER BY ?s")


def test_blank_nodes_cannot_be_bound():
    with pytest.raises(ValueError, match="blank node"):
        bind_values("SELECT ?s WHERE { ?s ?p ?o }", {Variable("s"): BlankNode()})


def test_a_query_without_a_where_group_cannot_take_parameters():
    with pytest.raises(ValueError, match="no WHERE group"):
        bind_values("DESCRIBE <http://e/x>", {Variable("s"): NamedNode("http://e/s")})


def test_endpoints_from_the_url():
    oxigraph = RemoteStore("http://127.0.0.1:7878")
    assert oxigraph.endpoints == {"query": "http://127.0.0.1:7878/query", "update": "http://127.0.0.1:7878/update",
                                  "store": "http://127.0.0.1:7878/store"}
    fuseki = RemoteStore("http://localhost:3030/news/?store=data")
    assert fuseki.endpoints["query"] == "http://localhost:3030/news/query"
    assert fuseki.endpoints["store"] == "http://localhost:3030/news/data"
    virtuoso = RemoteStore("http://localhost:8890/?query=sparql&update=sparql&store=none")
    assert virtuoso.endpoints == {"query": "http://localhost:8890/sparql", "update": "http://localhost:8890/sparql",
                                  "store": None}
    with pytest.raises(StoreError, match="unknown store URL option"):
        RemoteStore("http://localhost:8890/?qeury=sparql")
