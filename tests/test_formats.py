"""One table of formats (kg.formats): the API's, the exports', the stores' and the CLI's lists come from it."""

from __future__ import annotations

import pytest
from pyoxigraph import QueryResultsFormat, RdfFormat

from api import results
from kg.export.graph import FORMATS as EXPORTS
from kg.formats import FORMATS, by_name
from kg.store import embedded, remote


def test_names_and_media_types_are_each_given_once():
    names = [n for f in FORMATS for n in (f.name, *f.aliases)]
    assert len(names) == len(set(names))
    assert len({f.media for f in FORMATS}) == len(FORMATS)


def test_every_list_is_taken_from_the_table():
    media = {f.media: f for f in FORMATS}
    assert list(results.RDF_TYPES) == ["text/turtle", "application/n-triples", "application/ld+json",
                                       "application/rdf+xml", "application/trig", "application/n-quads"]
    assert all(media[m].rdf == fmt for m, fmt in results.RDF_TYPES.items())
    assert set(results.QUAD_FORMATS) == {RdfFormat.TRIG, RdfFormat.N_QUADS}
    assert results.RESULT_TYPES == tuple(by_name(n).media for n in ("json", "xml", "csv", "tsv"))
    assert all(by_name(name).media == m for name, m in EXPORTS.items())
    assert embedded.RESULTS_FORMATS == {"application/sparql-results+json": QueryResultsFormat.JSON,
                                        "application/sparql-results+xml": QueryResultsFormat.XML}
    assert remote.GRAPH_TYPES["text/plain"] == RdfFormat.N_TRIPLES
    assert all(media[m].results == fmt for m, fmt in remote.RESULT_TYPES.items())


def test_the_cli_names_are_aliases():
    assert by_name("turtle") is by_name("ttl") and by_name("ntriples").rdf == RdfFormat.N_TRIPLES
    with pytest.raises(KeyError):
        by_name("yaml")


def test_rows_of_plain_values_are_written_by_the_table_s_row_formats():
    import io

    from kg.formats import ROWS, write_rows

    assert ROWS == ("json", "csv", "jsonl") and by_name("jsonl").rows and by_name("ttl").rows is None
    rows = [{"org": "Acme", "value": 3500, "quote": 'cut "1,600", then'}, {"org": "Ørsted", "value": None, "quote": ""}]

    def written(fmt):
        out = io.StringIO()
        write_rows(["org", "value", "quote"], rows, out, fmt)
        return out.getvalue()

    assert written("csv") == 'org,value,quote\nAcme,3500,"cut ""1,600"", then"\nØrsted,,\n'
    assert written("jsonl").splitlines()[1] == '{"org": "Ørsted", "value": null, "quote": ""}'
    assert written("json").startswith('[\n  {\n    "org": "Acme",\n    "value": 3500,')
    with pytest.raises(ValueError, match="use json, csv or jsonl"):
        written("ttl")
