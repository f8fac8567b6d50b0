"""From articles to `kg contradictions`, with nothing hand-made in between: three outlets in three languages
report one company's job cuts in the same week, two of them 1,200 and one 1,500. `kg build` reads, extracts,
resolves and writes them; `kg contradictions` must find the one numeric disagreement and list every article
on it. The articles and the company are the project's own (fictional)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTICLES = {  # file name -> text, each with its publication date header
    "ledger-en.txt": " date 2026-03-10\nValdrin Robotics to cut 1,200 jobs\n\n"
                     "Valdrin Robotics will cut 1,200 jobs, chief executive Mara Quist said on Tuesday. "
                     "The company employs about 9,000 people.\n",
    "dagblad-nl.txt": " date 2026-03-11\nValdrin Robotics schrapt 1.500 banen\n\n"
                      "Het robotbedrijf Valdrin Robotics schrapt 1.500 banen, maakte het bedrijf woensdag bekend.\n",
    "kurier-de.txt": " date 2026-03-11\nValdrin Robotics streicht 1.200 Stellen\n\n"
                     "Der Roboterhersteller Valdrin Robotics streicht 1.200 Stellen, teilte das Unternehmen am "
                     "Dienstag mit.\n",
}


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, cwd=REPO,
                          timeout=300)


def contradictions(tmp_path, articles: dict[str, str]) -> list[dict]:
    """Build these articles (file name -> text) into a fresh store: its contradiction rows (``kg contradictions``)."""
    folder, store = tmp_path / "articles", tmp_path / "store"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    built = kg("build", folder, "--store", store)
    assert built.returncode == 0, built.stderr
    result = kg("contradictions", "--store", store, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_two_figures_for_one_week_s_cuts_are_one_numeric_contradiction(tmp_path):
    rows = contradictions(tmp_path, ARTICLES)
    assert [(r["kind"], r["org"], r["severity"]) for r in rows] == [("numeric", "Valdrin Robotics", "hard")]
    [row] = rows
    assert row["articles"] == ["dagblad-nl", "kurier-de", "ledger-en"]
    assert {c["value"] for c in row["claims"]} == {1200, 1500}


BORROWED_DATE = {  # the investment is dated Tuesday by one outlet; the other dates only the sentence before it
    "wire-en.txt": " date 2026-03-13\nBrannvik Energi to cut 350 jobs\n\n"
                   "Brannvik Energi will cut about 350 jobs, chief executive Ola Strand said on Thursday. "
                   "The company plans to invest more than 1.5 billion Swedish kronor in wind farms.\n",
    "tidning-sv.txt": " date 2026-03-13\nBrannvik Energi investerar 1,5 miljarder kronor\n\n"
                      "Energibolaget Brannvik Energi meddelade i tisdags att man investerar drygt 1,5 miljarder "
                      "kronor i vindkraft.\n",
}


def test_a_date_borrowed_from_the_sentence_before_gives_only_a_soft_temporal_row(tmp_path):
    rows = [r for r in contradictions(tmp_path, BORROWED_DATE) if r["kind"] == "temporal"]
    assert [(r["severity"], r["explanation"].rsplit("soft: ", 1)[-1]) for r in rows] == [
        ("soft", "a side's date is only that of the sentence before it")]


SHARED_STEM = {  # two companies whose names share a first word, each cutting jobs the same week; and one of
    # them again, by an outlet that shortens its name after the first mention
    "wire-en.txt": " date 2026-05-12\nMarrick Foods to cut 900 jobs\n\n"
                   "Marrick Foods will cut 900 jobs, the snack maker said on Tuesday.\n",
    "post-en.txt": " date 2026-05-12\nMarrick Insurance to cut 1,400 jobs\n\n"
                   "Marrick Insurance will cut 1,400 jobs, the insurer said on Tuesday.\n",
    "krant-nl.txt": " date 2026-05-13\nMarrick Foods schrapt 1.100 banen\n\n"
                    "Het voedingsbedrijf Marrick Foods schrapt 1.100 banen. Marrick maakte dat dinsdag bekend.\n",
}


def test_companies_sharing_a_first_word_are_not_compared_and_a_short_name_joins_its_long_one(tmp_path):
    rows = contradictions(tmp_path, SHARED_STEM)
    assert [(r["kind"], r["org"], r["articles"]) for r in rows] == [("numeric", "Marrick Foods", ["krant-nl", "wire-en"])]
    assert {c["value"] for c in rows[0]["claims"]} == {900, 1100}


UNION_FIGURE = {  # the company's figure, and a union's larger one the next day: a disagreement, but with a third party
    "kurier-de.txt": " date 2026-06-09\nHolmgard Stahl streicht 900 Stellen\n\n"
                     "Der Stahlhersteller Holmgard Stahl streicht 900 Stellen, teilte das Unternehmen am Dienstag mit.\n",
    "wire-en.txt": " date 2026-06-10\nHolmgard Stahl job cuts\n\n"
                   "Holmgard Stahl will cut 1,400 jobs, the GMB union said on Wednesday.\n",
}


def test_a_union_s_figure_against_the_company_s_is_a_soft_row(tmp_path):
    rows = contradictions(tmp_path, UNION_FIGURE)
    assert [(r["kind"], r["severity"], r["explanation"].rsplit("soft: ", 1)[-1]) for r in rows] == [
        ("numeric", "soft", "a side is only a third party's word (a union's, analysts'), not the company's")]
    assert {c["value"] for c in rows[0]["claims"]} == {900, 1400}


UNION_SITE_DATE = {  # the company's date of a warehouse's closure, a union's earlier one in the same article, and
    # another outlet's later one: the union's date disputes the company's (soft), the outlets' dates differ
    "journal-fr.txt": " date 2026-06-02\nOrsavik ferme son entrepôt de Lorvel\n\n"
                      "Le fabricant Orsavik fermera son entrepôt de Lorvel le 30 septembre, a annoncé la direction lundi. "
                      "Selon la CGT, l'entrepôt fermera dès juillet.\n",
    "diario-es.txt": " date 2026-06-03\nOrsavik cerrará su almacén de Lorvel\n\n"
                     "Orsavik cerrará su almacén de Lorvel en diciembre, según informó la empresa el lunes.\n",
}


def test_a_union_s_date_of_a_site_s_closure_beside_the_company_s_is_a_soft_row(tmp_path):
    rows = contradictions(tmp_path, UNION_SITE_DATE)
    assert sorted((r["kind"], r["severity"], *sorted(c["when"] for c in r["claims"])) for r in rows) == [
        ("temporal", "soft", "2026-07", "2026-09-30"), ("temporal", "soft", "2026-09-30", "2026-12")]
    [union] = [r for r in rows if "2026-07" in {c["when"] for c in r["claims"]}]
    assert "(a third party's word) dates it 2026-07" in union["explanation"]
    assert "(the company's word) dates it 2026-09-30" in union["explanation"]


UNION_SPOKE = {  # a country's notice dated Thursday, and the day a union spoke, after the company's cuts of this year
    "wire-en.txt": " date 2026-09-08\nVelmora Software to cut up to 700 jobs\n\n"
                   "Velmora Software said on Tuesday it would cut up to 700 jobs this year.\n",
    "tidning-sv.txt": " date 2026-09-10\nVelmora varslar 60 i Sverige\n\n"
                      "Mjukvaruföretaget Velmora Software varslar 60 anställda i Sverige, meddelade bolaget på torsdagen.\n",
    "post-en.txt": " date 2026-09-15\nUnion sees more cuts at Velmora\n\n"
                   "The Unite union said on Monday that it believed 1,100 jobs would go at Velmora Software this year.\n",
}


def test_the_day_a_union_spoke_is_no_rival_date_of_the_company_s_cuts(tmp_path):
    rows = contradictions(tmp_path, UNION_SPOKE)
    assert [(r["kind"], r["severity"]) for r in rows] == [("numeric", "soft")]
    assert {c["value"] for c in rows[0]["claims"]} == {700, 1100}


UNION_HORIZON = {  # the company's horizon, and a union's earlier one, both month-precise: a disagreement, a third party's
    "wire-en.txt": " date 2026-06-09\nGarnock Mills to cut 1,400 jobs\n\n"
                   "Garnock Mills will cut 1,400 jobs by March 2028, the company said on Tuesday.\n",
    "post-en.txt": " date 2026-06-10\nGarnock Mills cuts\n\n"
                   "Garnock Mills will cut 1,400 jobs by September 2027, the GMB union said on Wednesday.\n",
}

UNION_PERCENT = {  # a union's percent of the company's count implies a workforce the company's own figure denies
    "wire-en.txt": " date 2026-06-09\nGarnock Mills to cut 1,400 jobs\n\n"
                   "Garnock Mills will cut 1,400 jobs, the company said on Tuesday. Garnock Mills employs 5,000 "
                   "people.\n",
    "post-en.txt": " date 2026-06-10\nGarnock Mills cuts\n\n"
                   "Garnock Mills will cut 1,400 jobs, or 40 percent of its workforce, the GMB union said on "
                   "Wednesday.\n",
}


@pytest.mark.parametrize(("articles", "kind"), [(UNION_HORIZON, "temporal"), (UNION_PERCENT, "arithmetic")])
def test_a_union_s_date_or_percent_against_the_company_s_is_a_soft_row(tmp_path, articles, kind):
    rows = contradictions(tmp_path, articles)
    assert [(r["kind"], r["severity"], r["explanation"].rsplit("soft: ", 1)[-1]) for r in rows] == [
        (kind, "soft", "a side is only a third party's word (a union's, analysts'), not the company's")]


SAME_SIZE_ROUNDS = {  # one sentence tells this week's round and November's of the same size; another outlet, this week's
    "wire-en.txt": " date 2026-03-04\nBrindlewood Systems cuts jobs again\n\n"
                   "Brindlewood Systems will cut another 500 jobs, after 500 cuts announced in November, the company "
                   "said on Tuesday.\n",
    "post-en.txt": " date 2026-03-05\nBrindlewood Systems cuts 500 jobs\n\n"
                   "Brindlewood Systems said on Tuesday it would cut 500 jobs.\n",
}


def test_two_rounds_of_one_size_in_one_sentence_are_two_claims_and_no_contradiction(tmp_path):
    """Two claims of one quote and figure, dated apart, are two nodes (the article's graph conforms), and November's
    round gives this week's no rival date."""
    assert contradictions(tmp_path, SAME_SIZE_ROUNDS) == []


FULL_TIME_EQUIVALENTS = {  # one round told in heads and in full-time equivalents (part-timers count as fractions)
    "wire-en.txt": " date 2026-06-09\nHalvorsen Retail to cut 900 jobs\n\n"
                   "Halvorsen Retail will cut 900 jobs in its stores, the company said on Tuesday.\n",
    "kurier-de.txt": " date 2026-06-10\nHalvorsen Retail baut Stellen ab\n\n"
                     "Die Halvorsen Retail GmbH streicht 750 Vollzeitstellen, teilte das Unternehmen am Dienstag mit.\n",
    "post-en.txt": " date 2026-06-10\nHalvorsen Retail cuts\n\n"
                   "Halvorsen Retail will cut 750 full-time equivalent positions, it said on Tuesday.\n",
    "journal-fr.txt": " date 2026-06-10\nHalvorsen Retail supprime des postes\n\n"
                      "Halvorsen Retail va supprimer 760 équivalents temps plein, a annoncé l'entreprise mardi.\n",
}


def test_cuts_in_full_time_equivalents_are_no_rival_of_cuts_in_heads(tmp_path):
    """750 full-time equivalents against 900 jobs is no disagreement; 750 against 760 full-time equivalents is."""
    rows = contradictions(tmp_path, FULL_TIME_EQUIVALENTS)
    assert [sorted(c["value"] for c in r["claims"]) for r in rows] == [[750, 760]]
