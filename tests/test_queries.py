"""Named queries: header parsing, typed parameters bound safely, and a claims query over a real store."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Variable

import kg.pipeline
from kg.queries import NamedQuery, Param, QueryError, get, named_queries, parse, run_named, select_rows

from samples import sample_article, sample_extraction


def test_every_query_file_parses_with_a_description():
    queries = named_queries()
    assert "claims" in queries
    for q in queries.values():
        assert q.title and q.description, q.name
        assert q.form in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")


def test_header(tmp_path):
    f = tmp_path / "demo.rq"
    f.write_text("# title: Demo\n# description: First line\n#   and a second.\n"
                 "# param org: string, required. The organisation.\n# param n: integer, optional\n"
                 "SELECT * WHERE { ?s ?p ?org }\n")
    q = parse(f)
    assert q.title == "Demo" and q.description == "First line and a second."
    assert q.params == (Param("org", "string", True, "The organisation."), Param("n", "integer", False, ""))


@pytest.mark.parametrize("type_, raw, expected", [
    ("string", 'a"} ; DROP ALL #', Literal('a"} ; DROP ALL #')),
    ("integer", "42", Literal("42", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
    ("decimal", "1.50", Literal("1.50", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))),
    ("date", "2026-01-28", Literal("2026-01-28", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#date"))),
    ("iri", "https://w3id.org/news-kg/id/organization/amazon", NamedNode("https://w3id.org/news-kg/id/organization/amazon")),
    ("boolean", "true", Literal("true", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))),
])
def test_typed_binding(type_, raw, expected):
    q = NamedQuery("t", "t", "t", (Param("x", type_, True),), "SELECT ?x WHERE {}", path=None)
    assert q.bind({"x": raw}) == {Variable("x"): expected}


@pytest.mark.parametrize("type_, raw", [("integer", "4 2"), ("decimal", "NaN"), ("date", "2026-13-01"),
                                        ("iri", "http://a b"), ("iri", "<x>"), ("boolean", "yes")])
def test_bad_values_are_refused(type_, raw):
    q = NamedQuery("t", "t", "t", (Param("x", type_, True),), "SELECT ?x WHERE {}", path=None)
    with pytest.raises(QueryError, match="must be a valid"):
        q.bind({"x": raw})


def test_missing_required_unknown_and_bad_names():
    q = NamedQuery("t", "t", "t", (Param("x", "string", True),), "SELECT ?x WHERE {}", path=None)
    with pytest.raises(QueryError, match="needs parameter 'x'"):
        q.bind({})
    with pytest.raises(QueryError, match="has no parameter y"):
        q.bind({"x": "1", "y": "2"})
    for name in ("../etc/passwd", "nosuch", ""):
        with pytest.raises(QueryError):
            get(name)


def test_claims_query_filters_by_parameter(store, monkeypatch):
    monkeypatch.setattr(kg.pipeline, "extract", sample_extraction)
    kg.pipeline.process(sample_article(), store)
    kg.pipeline.process(sample_article(article_id="acme-2"), store)
    _, rows = select_rows(run_named(store, "claims"))
    assert len(rows) == 4
    _, rows = select_rows(run_named(store, "claims", {"article": "acme-2", "kind": "job_cuts"}))
    assert [(r["article"], r["kind"], r["value"], r["speaker"]) for r in rows] == [("acme-2", "job_cuts", 1200, "Jane Roe")]
    _, rows = select_rows(run_named(store, "claims", {"org": 'Acme Corp" } #'}))
    assert rows == []
