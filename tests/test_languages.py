"""A language is data: the languages news-kg reads are its lexicon files, everywhere they are listed."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from kg import lexicon
from kg.cli import app
from kg.extract import extract, lang, numbers, wordlists
from kg.lexicon import LEXICON_DIR, languages
from kg.link.relink import _merge
from kg.link.table import Item
from kg.link.wikidata import WikidataClient
from kg.records import Article


def _clear_caches() -> None:
    """Forget everything computed from the lexicons present (the languages, their data, what spans them all)."""
    for cached in (lexicon.languages, lexicon.lexicon, lexicon.across, lang.lang_data, wordlists.travels,
                   wordlists.vocabulary, numbers._currency_words):
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
    assert languages() == tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.toml")))
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
