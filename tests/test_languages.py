"""A language is data: the languages news-kg reads are its lexicon files, everywhere they are listed."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from kg import lexicon, mapping
from kg.cli import app
from kg.extract import entities, extract, lang, numbers, times, wordlists
from kg.lexicon import LEXICON_DIR, SHARED, languages
from kg.link import names
from kg.link.relink import _merge
from kg.link.table import Item
from kg.link.wikidata import WikidataClient
from kg.records import Article


def _clear_caches() -> None:
    """Forget everything computed from the lexicons present (the languages, their data, what spans them all)."""
    for cached in (lexicon.languages, lexicon.lexicon, lexicon.across, lexicon.legal_forms, lang.lang_data,
                   lang.currency_symbols, wordlists.travels, wordlists.vocabulary, numbers._currency_words,
                   numbers._currency_signs, numbers._pattern, numbers._anchor_words, times._patterns,
                   times._anchor_words, times._quarter_tokens, names.legal_suffixes, names.name_words,
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


def _claims(text: str, language: str) -> list[tuple]:
    found = extract(Article(id=f"{language}-signs", text=text, published="2026-03-10", language=language)).claims
    return [(c.kind, c.org, c.quantity.unit, c.quantity.value, c.when and c.when.value) for c in found]


def test_currency_signs_suffixes_and_quarter_letters_are_a_lexicon_s(lexicon_copy):
    """A language's own currency sign, magnitude suffix and quarter letter, written in its file only, make figures
    and times: none of them is listed in code (kg/lexicons/shared.toml holds what every language shares)."""
    (lexicon_copy / "pt.toml").write_text(
        '[numbers]\ndecimal = ","\ngroup = ["."]\nsuffixes = { "mi" = 1e6 }\nspaced_suffixes = ["mi"]\n'
        '[signs]\ncurrency = { "₸" = "KZT" }\n[calendar]\nquarter_before = ["T"]\n'
        '[money]\nrevenue = ["receita"]\n[entities]\nlegal_forms = ["Lda"]\n', encoding="utf-8")
    expected = [("revenue", "Corvelo", "KZT", 5.2e6, "2025-Q1")]
    assert _claims("A Corvelo Lda teve receita de ₸ 5,2 mi no T1 2025.", "pt") == expected
    assert _claims("A Corvelo Lda teve receita de ₸5,2mi no T1 2025.", "pt") == expected
    # the shared signs and suffixes hold for the new language too; its quarter letter and sign are its own
    assert _claims("A Corvelo Lda teve receita de $5,2bn no Q1 2025.", "pt") == [
        ("revenue", "Corvelo", "USD", 5.2e9, "2025-Q1")]
    assert [c[2:] for c in _claims("Corvelo Lda reported revenue of ₸5.2bn in T1 2025.", "en")] != [("KZT", 5.2e9, "2025-Q1")]


def test_a_currency_taken_out_of_the_data_is_none(lexicon_copy):
    """"£" and "GBP" are pounds because kg/lexicons/shared.toml lists GBP (its signs are CLDR's, from babel):
    without it there, "£4bn" and "GBP 4bn" are no sums in pounds."""
    for text in ("Harlow Logistics reported revenue of £4bn in 2025.", "Harlow Logistics reported revenue of GBP 4bn in 2025."):
        assert _claims(text, "en") == [("revenue", "Harlow Logistics", "GBP", 4e9, "2025")]
    shared = lexicon_copy / f"{SHARED}.toml"
    shared.write_text(shared.read_text(encoding="utf-8").replace('"GBP", ', ""), encoding="utf-8")
    _clear_caches()
    for text in ("Harlow Logistics reported revenue of £4bn in 2025.", "Harlow Logistics reported revenue of GBP 4bn in 2025."):
        assert all(c[2] != "GBP" for c in _claims(text, "en"))


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Harlow Logistics reported revenue of $4.1bn in Q3 2025.", [("revenue", "Harlow Logistics", "USD", 4.1e9, "2025-Q3")]),
    ("en", "Harlow Logistics reported revenue of US$ 300m in 3Q 2025.", [("revenue", "Harlow Logistics", "USD", 3e8, "2025-Q3")]),
    ("en", "Harlow Logistics reported revenue of SEK 2.5 bn in Q2.", [("revenue", "Harlow Logistics", "SEK", 2.5e9, "2025-Q2")]),
    ("en", "Harlow Logistics reported revenue of HK$5bn in Q3 2025.", [("revenue", "Harlow Logistics", "HKD", 5e9, "2025-Q3")]),
    ("en", "Harlow Logistics reported revenue of C$1.2 bn in Q2 2025.", [("revenue", "Harlow Logistics", "CAD", 1.2e9, "2025-Q2")]),
    ("sv", "Harlow Logistics redovisade en omsättning på 300 mn kronor under K2 2025.",
     [("revenue", "Harlow Logistics", "SEK", 3e8, "2025-Q2")]),
    ("de", "Der Umsatz von Harlow Logistics lag im Q1 2025 bei 4,1 Mrd. CHF.", [("revenue", "Harlow Logistics", "CHF", 4.1e9, "2025-Q1")]),
    ("fr", "Harlow Logistics a réalisé un chiffre d'affaires de 300 € au premier trimestre 2025.",
     [("revenue", "Harlow Logistics", "EUR", 300, "2025-Q1")]),
])
def test_shared_signs_suffixes_and_quarter_letters(language, text, expected):
    assert _claims(text, language) == expected


def test_a_quarter_letter_is_its_language_s():
    """"K2" is a quarter in Swedish (kvartal) and Dutch (kwartaal), as their lexicons say; not in English."""
    assert [c[4] for c in _claims("Harlow Logistics redovisade en omsättning på 300 mn kronor under K2 2025.", "sv")] == ["2025-Q2"]
    assert [c[4] for c in _claims("Harlow Logistics reported revenue of $300m in K2 2025.", "en")] == ["2025"]


def test_a_names_wikidata_key_reads_its_words_from_the_lexicon(lexicon_copy):
    """"The" in front and "&" for "and" are the English lexicon's (``key_articles``, ``ampersand``), not code's."""
    assert names.normalise("The Walt Disney Company") == names.normalise("Walt Disney") == "walt disney"
    assert names.normalise("Johnson & Johnson") == names.normalise("Johnson and Johnson")
    assert names.normalise("De Telegraaf") == "de telegraaf"
    english = lexicon_copy / "en.toml"
    english.write_text(english.read_text(encoding="utf-8").replace('key_articles = ["the"]', 'key_articles = ["the", "de"]'),
                       encoding="utf-8")
    _clear_caches()
    assert names.normalise("De Telegraaf") == "telegraaf"


def test_genitive_endings_are_the_lexicons():
    """The genitive "-s" ("Harlow's 3,000 employees": its staff, not a cut) is read from the lexicons."""
    assert entities.GENITIVE == lexicon.across("entities", "genitive") == {"s"}
    text = "Harlow Logistics will cut 400 jobs. Harlow's 3,000 employees were told on Monday."
    assert [c[:4] for c in _claims(text, "en")] == [("job_cuts", "Harlow Logistics", "count", 400),
                                                    ("workforce", "Harlow Logistics", "count", 3000)]


def test_a_text_of_fewer_than_twenty_letters_in_its_first_two_thousand_characters_has_no_language():
    from kg.language import identify

    assert identify("1234 5678 " * 50 + "Nineteen letters ab") is None  # digits and spaces are no letters
    assert identify("x" * 19 + " " * 2000 + "Kestrel Logistics will cut jobs") is None  # what follows is not read
    assert identify("Kestrel Logistics will cut 1,200 jobs this year, the company said.") == "en"
