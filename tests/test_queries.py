"""Named queries: header parsing, typed parameters bound safely, and a claims query over a real store."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Variable

import kg.pipeline
import kg.prepare
from kg.queries import (
    DEFAULT_PAGE_SIZE,
    NamedQuery,
    Param,
    QueryError,
    cursor_offset,
    get,
    named_queries,
    page_size,
    paged_text,
    parse,
    run_named,
    run_page,
    select_rows,
    term_value,
)

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
    monkeypatch.setattr(kg.prepare, "extract", sample_extraction)
    kg.pipeline.process(sample_article(), store)
    kg.pipeline.process(sample_article(article_id="acme-2"), store)
    _, rows = select_rows(run_named(store, "claims"))
    assert len(rows) == 4
    _, rows = select_rows(run_named(store, "claims", {"article": "acme-2", "kind": "job_cuts"}))
    assert [(r["article"], r["kind"], r["value"], r["speaker"]) for r in rows] == [("acme-2", "job_cuts", 1200, "Jane Roe")]
    with pytest.raises(QueryError, match="no organisation matches 'Nobody\" } #' in the store"):
        run_named(store, "claims", {"org": 'Nobody" } #'})


def test_parameters_are_bound_in_a_values_block_the_planner_sees(tmp_path):
    f = tmp_path / "demo.rq"
    f.write_text("# title: Demo\n# description: d\n# param org: string, optional\n# param n: integer, optional\n"
                 "PREFIX ex: <http://example.org/>\nSELECT ?s ?org WHERE {\n  ?s ex:name ?org\n}\n")
    q = parse(f)
    assert q.bound_text({}) == q.text
    text = q.bound_text({"org": 'Acme "} UNION { ?s ?p ?o } #\n', "n": "3"})
    assert 'WHERE {\n  VALUES (?org ?n) { ("Acme \\"} UNION { ?s ?p ?o } #\\n" "3"^^<http://www.w3.org/2001/XMLSchema#integer>) }\n  ?s ex:name ?org' in text
    with pytest.raises(QueryError, match="must be a valid integer"):
        q.bound_text({"n": "3 } #"})


def test_markers_place_the_values_and_the_page_inside_a_subquery(tmp_path):
    f = tmp_path / "demo.rq"
    f.write_text("# title: Demo\n# description: d\n# param min: integer, optional\n"
                 "SELECT ?s ?v WHERE {\n  { SELECT ?s ?v WHERE {\n      # parameters\n      ?s <http://e/v> ?v\n"
                 "      FILTER (COALESCE(?v >= ?min, true))\n    } ORDER BY DESC(?v)\n    # page\n  }\n}\n")
    q = parse(f)
    text = paged_text(q.bound_text({"min": "2"}), 10, 20)
    assert '      VALUES (?min) { ("2"^^<http://www.w3.org/2001/XMLSchema#integer>) }\n      ?s <http://e/v> ?v' in text
    assert "ORDER BY DESC(?v)\n    LIMIT 11 OFFSET 20\n  }\n}" in text
    assert paged_text("SELECT * WHERE { ?s ?p ?o }", 5, 0).endswith("\nLIMIT 6\n")
    with pytest.raises(QueryError, match="cannot be paged"):
        paged_text("SELECT * WHERE { ?s ?p ?o } LIMIT 3", 5, 0)


def test_a_line_with_a_parameter_is_kept_only_when_it_is_given(tmp_path):
    f = tmp_path / "demo.rq"
    f.write_text("# title: Demo\n# description: d\n# param org: string, optional\n"
                 "SELECT ?s WHERE {\n  # parameters\n  ?s <http://e/org> ?org  # with org\n  ?s <http://e/key> ?k\n"
                 "  # a comment that ends # with org\n}\n")
    q = parse(f)
    assert q.bound_text({}) == q.text.replace("  ?s <http://e/org> ?org  # with org\n", "")
    assert ('  VALUES (?org) { ("Acme") }\n  ?s <http://e/org> ?org  # with org\n  ?s <http://e/key> ?k\n'
            "  # a comment that ends # with org\n") in q.bound_text({"org": "Acme"})


@pytest.mark.parametrize("raw, error", [("0", "from 1 to"), ("-3", "from 1 to"), ("ten", "from 1 to"), ("101", "from 1 to")])
def test_page_size_is_checked(raw, error):
    assert page_size(None, 100) == DEFAULT_PAGE_SIZE
    assert page_size("7", 100) == 7
    with pytest.raises(QueryError, match=error):
        page_size(raw, 100)
    with pytest.raises(QueryError, match="not a page cursor"):
        cursor_offset("-1")


def test_pages_cover_every_row_once_in_order(store, monkeypatch):
    monkeypatch.setattr(kg.prepare, "extract", sample_extraction)
    for i in range(7):
        kg.pipeline.process(sample_article(article_id=f"acme-{i}"), store)
    _, every = select_rows(run_named(store, "claims"))
    assert len(every) == 14
    seen, cursor, pages = [], None, 0
    while True:
        page = run_page(store, "claims", size=4, cursor=cursor)
        assert len(page.rows) == (4 if page.next else 2)
        seen += page.rows
        pages += 1
        if page.next is None:
            break
        cursor = page.next
    assert pages == 4 and seen == every
    one = run_page(store, "claims", {"article": "acme-3", "kind": "job_cuts"})
    assert [(r["article"], r["value"]) for r in one.rows] == [("acme-3", 1200)] and one.next is None
    assert run_page(store, "claims", cursor="14").rows == []


def test_a_page_goes_through_the_given_check_and_runner(store, monkeypatch):
    """The API pages with run_page too: its safety check sees the bound text, its runner the page's text."""
    monkeypatch.setattr(kg.prepare, "extract", sample_extraction)
    kg.pipeline.process(sample_article(), store)
    checked, ran = [], []
    page = run_page(store, "claims", {"kind": "job_cuts"}, size=1, check=lambda t: checked.append(t) or t,
                    run=lambda t: ran.append(t) or store.query(t))
    assert len(checked) == 1 and "VALUES" in checked[0] and "LIMIT" not in checked[0]
    assert len(ran) == 1 and "LIMIT 2" in ran[0]  # one row more than the page, to tell whether there is more
    assert len(page.terms) == 1 and page.rows[0]["kind"] == "job_cuts"


def test_one_values_block_binds_the_named_queries_the_resolver_the_remote_store_and_org_names():
    from pyoxigraph import BlankNode, Literal, NamedNode, Variable

    from kg.sparql import values_block

    assert values_block(["g"], [[NamedNode("http://e/a")], [NamedNode("http://e/b")]]) == (
        "VALUES (?g) { (<http://e/a>) (<http://e/b>) }")
    assert values_block([Variable("name"), "?n"], [[Literal('x" }'), Literal(3)]]) == (
        'VALUES (?name ?n) { ("x\\" }" "3"^^<http://www.w3.org/2001/XMLSchema#integer>) }')
    with pytest.raises(ValueError, match="blank node"):
        values_block(["s"], [[BlankNode()]])
    with pytest.raises(ValueError):  # a row of the wrong length
        values_block(["s", "o"], [[NamedNode("http://e/s")]])


def test_one_conversion_of_result_terms_serves_query_rows_and_graph_exports():
    import kg.export.graph
    from kg.mapping import XSD

    def typed(text, datatype):
        return Literal(text, datatype=NamedNode(XSD + datatype))

    assert kg.export.graph.term_value is term_value  # the export projects values with the same function (its
    # decimal attributes are float columns all the same: tests/export)
    assert term_value(typed("3500", "decimal")) == 3500 and isinstance(term_value(typed("3500", "decimal")), int)
    assert term_value(typed("59.2", "decimal")) == 59.2
    assert term_value(typed("1e3", "double")) == 1000 and term_value(typed("12", "short")) == 12
    assert term_value(typed("true", "boolean")) is True and term_value(typed("2026-01-28", "date")) == "2026-01-28"
    assert term_value(typed("x", "decimal")) == "x" and term_value(NamedNode("http://e/a")) == "http://e/a"
    assert term_value(None) is None


@pytest.mark.parametrize("name, rows", [("timeline", 18), ("figures", 18), ("job-cuts", 9), ("cause-statements", 9)])
def test_pages_hold_every_row_once_in_order_when_many_rows_tie(store, name, rows):
    """Announcements of one day and kind, counts of one size, causes of one day: they tie on the key a page is cut
    on; pages break the tie by IRI, as the whole answer does (left in the store's order, a page repeated some rows
    and skipped others)."""
    from contradictions.factory import Said, article, load

    orgs = ["Northwind", "Contoso", "Fabrikam", "Initech", "Globex", "Umbrella", "Hooli", "Vandelay", "Wayne"]
    load(store, *(article(f"t{i}", "2025-10-29", Said(f"{org} cuts {100 + i % 2} jobs.", org=org, value=100 + i % 2,
                                                      when="2025-10-28" if i % 3 else "2025-10"),
                          Said(f"{org} cuts {i + 1}% of its staff.", org=org, value=i + 1, unit="percent",
                               when="2025-10-28" if i % 3 else "2025-10"),
                          Said(f"{org} blames AI.", kind="cause", org=org, object="AI"))
                  for i, org in enumerate(orgs)))
    _, every = select_rows(run_named(store, name))
    assert len(every) == rows
    for size in (2, 3, 5):
        seen, cursor = [], None
        while True:
            page = run_page(store, name, size=size, cursor=cursor)
            seen += page.rows
            if (cursor := page.next) is None:
                break
        assert seen == every, size
    if name == "job-cuts":
        assert len(run_page(store, name, {"min": "101", "since": "2025-10-29"}).rows) == 4
        assert run_page(store, name, {"since": "2025-10-30"}).rows == []
    else:
        one = run_page(store, name, {"org": "Globex"}, size=1)
        assert [r["org"] for r in one.rows] == ["Globex"] and one.next == ("1" if name != "cause-statements" else None)


def test_the_timeline_and_figure_keys_sort_as_their_queries_do():
    """Timeline: dated first by their first day, then by kind (one that begins a longer one first), undated last.
    Figures: the same, then by unit (ISO codes, count, days, percent), never against that order."""
    from pyoxigraph import Store

    from kg.mapping import figure_key, timeline_key
    from kg.records import TimeRef

    kinds = ["job_cuts", "job_cuts_x", "workforce", "cause", "cost_savings", "layoff_outlook", "_", "zz"]
    whens = [TimeRef("2025-10-28", "day"), TimeRef("2025-10", "month"), TimeRef("2024", "year"),
             TimeRef("0999-01-02", "day"), None]
    units = ["USD", "EUR", "AAA", "ZZZ", "count", "days", "percent"]

    def by_key(keys):
        rows = " ".join(f"({i} {key})" for i, key in enumerate(keys))
        text = f"SELECT ?i WHERE {{ VALUES (?i ?key) {{ {rows} }} }} ORDER BY ?key ?i"
        return [int(s["i"].value) for s in Store().query(text)]

    rows = [(when is None, when and when.interval[0], kind) for when in whens for kind in kinds]
    assert by_key(timeline_key(kind, when) for when in whens for kind in kinds) == sorted(
        range(len(rows)), key=lambda i: rows[i])
    rows = [(when is None, when and when.interval[0], kind, unit) for when in whens for kind in kinds for unit in units]
    assert by_key(figure_key(kind, when, unit) for when in whens for kind in kinds for unit in units) == sorted(
        range(len(rows)), key=lambda i: rows[i])
