"""A language is data: the languages news-kg reads are its lexicon files, everywhere they are listed."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from kg import lexicon, mapping
from kg.cli import app
from kg.extract import entities, extract, lang, numbers, wordlists
from kg.lexicon import LEXICON_DIR, SHARED, languages
from kg.link import names
from kg.link.relink import _merge
from kg.link.table import Item
from kg.link.wikidata import WikidataClient
from kg.records import Article


def _clear_caches() -> None:
    """Forget everything computed from the lexicons present (the languages, their data, what spans them all)."""
    for cached in (lexicon.languages, lexicon.lexicon, lexicon.across, lexicon.legal_forms, lang.lang_data,
                   wordlists.travels, wordlists.vocabulary, numbers._currency_words, names.legal_suffixes,
                   mapping.legal_form_keys, entities.legal_words):
        cached.cache_clear()


@pytest.fixture
def lexicon_copy(tmp_path, monkeypatch):
    """A copy of kg/lexicons that a test may add files to, read instead of the project's."""
    folder = tmp_path / "lexicons"
    shutil.copytree(LEXICON_DIR, folder)
    monkeypatch.setattr(lexicon, "LEXICON_DIR", folder)
    _clear_caches()
    yield folder
    monkeypatch.undo()
    _clear_caches()


def test_the_languages_are_the_lexicon_files():
    assert languages() == tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.toml") if p.stem != SHARED))
    assert {"en", "nl", "sv", "de", "fr", "es", "it"} <= set(languages())


def test_a_lexicon_file_adds_a_language(lexicon_copy):
    """Portuguese, as a file only: its articles are read with its words, not the English fallback."""
    (lexicon_copy / "pt.toml").write_text(
        '[claims]\ncut = ["cortar*", "cortará"]\njobs = ["empregos", "postos de trabalho"]\n'
        '[attribution]\nreporting = ["disse"]\n[entities]\norg_words = ["Têxteis"]\n', encoding="utf-8")
    assert "pt" in languages()
    text = "Corvelo Têxteis vai cortar 700 empregos, disse a empresa."
    claims = extract(Article(id="pt-1", text=text, published="2026-03-10", language="pt")).claims
    assert [(c.kind, c.org, c.quantity.value) for c in claims] == [("job_cuts", "Corvelo Têxteis", 700)]


def test_the_cli_lists_the_lexicon_languages(tmp_path):
    listed = ", ".join(languages())
    queries = CliRunner().invoke(app, ["queries"], env={"COLUMNS": "400"})
    assert queries.exit_code == 0 and f"Articles are read in: {listed} " in queries.stdout
    article, store = tmp_path / "a.txt", tmp_path / "store"
    article.write_text("Ferrotti SpA taglierà 1.200 posti di lavoro, ha detto l'azienda.", encoding="utf-8")
    assert CliRunner().invoke(app, ["build", str(article), "--store", str(store), "-q"]).exit_code == 0
    info = CliRunner().invoke(app, ["info", "--store", str(store)], env={"COLUMNS": "400"})
    assert info.exit_code == 0 and listed in info.stdout


def test_wikidata_labels_are_fetched_and_kept_in_the_lexicon_languages(tmp_path):
    client = WikidataClient(cache_dir=tmp_path)
    asked: list[dict] = []
    client._get = lambda params: asked.append(params) or {"entities": {}}
    client.entities(["Q1"])
    assert asked[0]["languages"] == "|".join(languages())
    merged = _merge(Item("Q1", "company", {}, {}), {"labels": {"it": {"value": "Ferrotti"}, "pt": {"value": "Ferrotti"}}})
    assert merged.labels == {"it": "Ferrotti"}  # Portuguese has no lexicon


def test_legal_forms_are_one_list_in_the_lexicons():
    """The extractor, an organisation's IRI and its Wikidata matching key leave out the same legal forms: the
    lexicons' ``[entities] legal_forms``, every language's together."""
    forms = lexicon.legal_forms()
    assert {"AB", "AG", "GmbH", "Inc", "Ltd", "plc", "NV", "SA", "SpA"} <= forms
    for form in forms:
        assert mapping.org_name(f"Acme {form}") == "Acme", form
        assert names.normalise(f"Acme {form}") == "acme", form
    assert mapping.org_name("Acme Company") == "Acme Company"  # a plain noun too: kept in the IRI,
    assert names.normalise("Acme Company") == "acme"  # left out of the Wikidata key (legal_nouns)
    assert mapping.org_name("Acme Holdings") == "Acme Holdings"  # a holding's word: kept in the IRI (holding_forms)


def test_a_lexicon_s_legal_form_is_left_out_everywhere(lexicon_copy):
    """A legal form added in a lexicon file only (Portugal's "Lda") is a cue for the extractor and is left out of
    the organisation's name, IRI and Wikidata key: no list of legal forms in code."""
    (lexicon_copy / "pt.toml").write_text(
        '[claims]\ncut = ["cortar*"]\njobs = ["empregos"]\n[entities]\nlegal_forms = ["Lda"]\n', encoding="utf-8")
    assert mapping.org_name("Corvelo Lda") == "Corvelo" and names.normalise("Corvelo Lda.") == "corvelo"
    text = "A Corvelo Lda vai cortar 700 empregos."
    claims = extract(Article(id="pt-2", text=text, published="2026-03-10", language="pt")).claims
    assert [(c.kind, c.org, c.quantity.value) for c in claims] == [("job_cuts", "Corvelo", 700)]
