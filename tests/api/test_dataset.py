"""using-graph-uri / using-named-graph-uri written into an update as USING / USING NAMED (api.dataset),
and run on a real store: the WHERE clause then sees that dataset."""

from __future__ import annotations

import pytest
from pyoxigraph import NamedNode, Store

from api.dataset import DatasetConflict, with_using

DATA = """INSERT DATA {
  GRAPH <http://ex/g1> { <http://ex/a> a <http://ex/Doc> }
  GRAPH <http://ex/g2> { <http://ex/b> a <http://ex/Doc> }
}"""


def test_each_where_gets_the_clauses_and_nothing_else_changes():
    text = ('PREFIX ex: <http://ex/>\n# a WHERE in a comment\nINSERT DATA { ex:s ex:p "WHERE { }" } ;\n'
            "insert { ?s a ex:Seen } where { ?s a ex:Doc FILTER NOT EXISTS { ?s ex:p ?o } } ;\n"
            "CLEAR GRAPH <http://ex/x>")
    assert with_using(text, ["http://ex/g1"], ["http://ex/g2"]) == (
        'PREFIX ex: <http://ex/>\n# a WHERE in a comment\nINSERT DATA { ex:s ex:p "WHERE { }" } ;\n'
        "insert { ?s a ex:Seen } USING <http://ex/g1> USING NAMED <http://ex/g2> where "
        "{ ?s a ex:Doc FILTER NOT EXISTS { ?s ex:p ?o } } ;\nCLEAR GRAPH <http://ex/x>")
    assert with_using(text, [], []) == text


def test_delete_where_becomes_its_long_form():
    assert with_using("DELETE WHERE { ?s a <http://ex/Doc> }", ["http://ex/g1"], []) == (
        "DELETE  { ?s a <http://ex/Doc> } USING <http://ex/g1> WHERE { ?s a <http://ex/Doc> }")


@pytest.mark.parametrize("text", ["WITH <http://ex/g1> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                  "DELETE { ?s ?p ?o } USING <http://ex/g1> WHERE { ?s ?p ?o }"])
def test_an_update_with_its_own_dataset_cannot_take_another(text):
    with pytest.raises(DatasetConflict):
        with_using(text, [], ["http://ex/g2"])


@pytest.mark.parametrize("default, named, expected", [
    (["http://ex/g1"], [], {"http://ex/a"}),
    ([], ["http://ex/g2"], {"http://ex/b"}),
    (["http://ex/g1"], ["http://ex/g2"], {"http://ex/a", "http://ex/b"}),
])
def test_the_where_clause_sees_the_given_dataset(default, named, expected):
    store = Store()
    store.update(DATA)
    store.update(with_using("INSERT { GRAPH <http://ex/out> { ?s a <http://ex/Seen> } } "
                            "WHERE { { ?s a <http://ex/Doc> } UNION { GRAPH ?g { ?s a <http://ex/Doc> } } }",
                            default, named))
    seen = {q.subject.value for q in store.quads_for_pattern(None, None, None, NamedNode("http://ex/out"))}
    assert seen == expected



def test_delete_where_deletes_only_in_the_given_named_graphs():
    store = Store()
    store.update(DATA)
    store.update(with_using("DELETE WHERE { GRAPH ?g { ?s a <http://ex/Doc> } }", [], ["http://ex/g2"]))
    left = {q.subject.value for q in store.quads_for_pattern(None, None, NamedNode("http://ex/Doc"), None)}
    assert left == {"http://ex/a"}
