"""Constructions the ninth round of blind stories (disagreements in every shape, tests/contradictions/stories) left
missed or wrong, in short articles the project wrote in several languages about made-up companies."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Article

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Heat pump maker Tavrenne will cut nearly fifteen hundred jobs as demand for its products remains weak, "
           "the company said on Tuesday."),
    ("en", "Tavrenne will cut about 1,500 jobs as demand stays weak, the company said on Tuesday."),
    ("nl", "Warmtepompmaker Tavrenne schrapt 1.500 banen omdat de vraag zwak blijft, maakte het bedrijf dinsdag "
           "bekend."),
])
def test_a_word_of_remaining_after_a_cut_figure_is_another_clauses(lang, text):
    """"will cut nearly fifteen hundred jobs as demand remains weak": a cut verb right before the figure makes it
    cut, the word of remaining after it tells of demand (it was read as a workforce of 1,500)."""
    check_construction("a cut before a word of remaining", extracted(lang, "Tavrenne\n\n" + text), "Tavrenne",
                       [("job_cuts", 1500, "count", {}), ("cause", None, None, {"object": "demand"})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tavrenne will cut 300 jobs. The 1,700 who remain will move to its plant in Leeds."),
    ("nl", "Tavrenne schrapt 300 banen. De 1.700 medewerkers die blijven, verhuizen naar de fabriek in Venlo."),
])
def test_staff_who_remain_after_a_cut_stay_a_workforce(lang, text):
    """Guard: the staff who stay, with no cut verb right before their count, are still a workforce."""
    kinds = {(c.kind, c.quantity.value) for c in extracted(lang, "Tavrenne\n\n" + text).claims if c.quantity}
    assert ("job_cuts", 300) in kinds and ("workforce", 1700) in kinds and ("job_cuts", 1700) not in kinds, kinds


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Fietsenmaker Tavrenne schrapt 1.100 banen in Europa.\n\nDe vakbond Vevra spreekt van 1.400 banen, omdat ook "
           "tijdelijke contracten niet worden verlengd."),
    ("en", "Bike maker Tavrenne will cut 1,100 jobs in Europe.\n\nThe Vevra union speaks of 1,400 jobs."),
    ("de", "Der Fahrradhersteller Tavrenne streicht 1.100 Stellen in Europa.\n\nDie Gewerkschaft Vevra spricht von "
           "1.400 Stellen."),
])
def test_a_unions_count_spoken_of_in_a_paragraph_of_its_own(lang, text):
    """"De vakbond Vevra spreekt van 1.400 banen" a paragraph after the company's cuts: a third party's count of jobs
    spoken of, in an article that told of cuts before, is its claim of the cuts (it gave none across a paragraph;
    English "speaks of" was no verb of speaking of a count)."""
    cuts = {(c.quantity.value, c.third_party) for c in extracted(lang, "Tavrenne\n\n" + text).claims
            if c.kind == "job_cuts" and c.org == "Tavrenne"}
    assert cuts == {(1100, False), (1400, True)}, cuts


def test_a_count_of_members_a_union_speaks_of_is_no_cut():
    """Guard: "speaks of 1,400 members" counts no jobs."""
    text = "Tavrenne\n\nBike maker Tavrenne will cut 1,100 jobs.\n\nThe Vevra union, which speaks of 1,400 members there, protested."
    assert [c.quantity.value for c in extracted("en", text).claims if c.kind == "job_cuts"] == [1100]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Bike maker Tavrenne will cut 1,100 jobs. It sold bikes worth 1.75 billion euros last year, 8 percent less "
           "than in 2025. Its net loss was 64 million euros."),
    ("nl", "Fietsenmaker Tavrenne schrapt 1.100 banen. Tavrenne verkocht vorig jaar voor 1,75 miljard euro aan fietsen, "
           "8 procent minder dan in 2025. Onder de streep bleef een verlies van 64 miljoen euro over."),
    ("de", "Der Fahrradhersteller Tavrenne streicht 1.100 Stellen. Tavrenne setzte im vergangenen Jahr 1,75 Milliarden "
           "Euro um, 8 Prozent weniger als im Jahr 2025. Der Nettoverlust betrug 64 Millionen Euro."),
    ("fr", "Le fabricant de vélos Tavrenne va supprimer 1 100 postes. Tavrenne a réalisé l'an dernier un chiffre "
           "d'affaires de 1,75 milliard d'euros, 8 % de moins qu'en 2025. La perte nette s'est élevée à 64 millions "
           "d'euros."),
    ("sv", "Cykeltillverkaren Tavrenne drar ner 1 100 jobb. Tavrenne omsatte 1,75 miljarder euro i fjol, 8 procent "
           "mindre än i 2025. Nettoförlusten blev 64 miljoner euro."),
])
def test_a_year_compared_with_dates_not_the_next_sentence(lang, text):
    """"8 procent minder dan in 2025. Onder de streep bleef een verlies van 64 miljoen euro over": a year after a
    comparative's "than in" is the period compared with, so the next sentence's result is of last year, 2026 in an
    article of March 2027 (it took 2025)."""
    x = extract(Article(id=f"t-{lang}-1", language=lang, published="2027-03-10", publisher="P", title="",
                        text="Tavrenne\n\n" + text))
    assert [(c.quantity.value, c.when.value) for c in x.claims if c.kind == "loss"] == [(64e6, "2026")]
