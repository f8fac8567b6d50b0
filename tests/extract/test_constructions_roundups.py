"""Constructions the twenty-second blind set (q21: roundups and updates, many firms and rounds in one article) taught,
in short articles the project wrote in several languages about made-up companies: each expectation names every claim
the article gives (kind, figure, unit) and what must hold of it."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("de", "Wirtschaft kompakt\n\nChemie, Logistik und Handel: Was Firmen diese Woche meldeten.\n\nQuendt Logistik "
           "wächst\n\nQuendt Logistik hat den Umsatz auf 1,2 Milliarden Euro gesteigert.", "Quendt Logistik",
     [("revenue", 1200000000, "EUR", {})]),
    ("sv", "Veckans affärer\n\nStål, Logistik och Handel: det här hände i veckan.\n\nQvarnby Logistik växer\n\n"
           "Qvarnby Logistik ökade omsättningen till 1,2 miljarder kronor.", "Qvarnby Logistik",
     [("revenue", 1200000000, "SEK", {})]),
    ("nl", "Zakenweek\n\nChemie, Logistiek en Handel: dit meldden bedrijven deze week.\n\nQuentel Logistiek groeit\n\n"
           "Quentel Logistiek verhoogde de omzet tot 1,2 miljard euro.", "Quentel Logistiek",
     [("revenue", 1200000000, "EUR", {})]),
])
def test_a_trade_word_alone_names_no_firm(lang, text, org, expected):
    """A word of a trade alone (`entities.org_words`: "Logistik" in a digest's list of trades) is no name of its own,
    so a firm whose name ends in it, opening its brief's heading and first sentence, keeps its whole name (was: the
    trade word "Logistik" an organisation taking every brief's figures)."""
    check_construction("a trade word alone", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("text", "org", "expected"), [
    ("Die Mühlbeck Brauerei aus Kulmbach baut 80 Stellen ab.", "Mühlbeck Brauerei", [("job_cuts", 80, "count", {})]),
    ("Die Pfauental Kliniken investieren 180 Millionen Euro in einen Neubau.", "Pfauental Kliniken",
     [("investment", 180000000, "EUR", {})]),
])
def test_a_brewery_and_clinics_end_a_name(text, org, expected):
    """A brewery's and a group of clinics' words end a firm's name ("Brauerei", "Kliniken") as a trade word does (was:
    no organisation found, its figures given to the firm of the brief before)."""
    check_construction("a brewery's name", extracted("de", text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Layoffs this week: five firms cut more than 1,000 jobs\n\nPennard Labs said on Monday it would cut 420 "
           "jobs.", "Pennard Labs"),
    ("es", "La banca recorta: cinco entidades suman casi 1.600 salidas\n\nBanco Pennard plantea un ERE para 650 "
           "trabajadores.", "Banco Pennard"),
    ("de", "Fünf Unternehmen streichen zusammen 1.000 Stellen. Pennard Logistik streicht 120 Stellen.",
     "Pennard Logistik"),
    ("nl", "Vijf bedrijven schrappen samen 1.000 banen. Pennard Logistiek schrapt 120 banen.", "Pennard Logistiek"),
    ("fr", "Cinq entreprises suppriment 1 000 postes. Pennard Aéro va supprimer 120 postes.", "Pennard Aéro"),
    ("sv", "Fem företag varslar 1 000 anställda. Pennard Stål varslar 120 anställda.", "Pennard Stål"),
])
def test_firms_counted_together_give_no_one_firm_s_cuts(lang, text, org):
    """A count of three firms or more as the subject of a figure (`claims.firms`: a roundup's headline "five firms cut
    more than 1,000 jobs") is those firms' figure together, no claim (was: the cuts of the first firm named)."""
    x = extracted(lang, text)
    assert [(c.kind, c.org, c.quantity.value) for c in x.claims if c.kind == "job_cuts"] == [
        ("job_cuts", org, 650 if lang == "es" else 420 if lang == "en" else 120)]


@pytest.mark.parametrize(("lang", "text", "org", "value"), [
    ("en", "Halvard Foods, one of five firms in the region's food cluster, will cut 300 jobs.", "Halvard Foods", 300),
    ("en", "Halvard Foods, which bought three firms last year, will cut 300 jobs.", "Halvard Foods", 300),
    ("de", "Die Halvard AG, die im Vorjahr drei Firmen übernommen hat, streicht 300 Stellen.", "Halvard", 300),
    ("en", "Halvard Foods will cut 300 jobs. Three other firms in the region have cut 1,000 jobs this year.",
     "Halvard Foods", 300),
])
def test_firms_counted_after_a_firm_named_are_no_roundup(lang, text, org, value):
    """A count of firms after an organisation named in the sentence is an apposition's or a clause's ("one of five
    firms", "which bought three firms"): the organisation's cuts stand (was: none); and "three other firms" are firms
    counted together, a word between (was: their 1,000 the company's)."""
    x = extracted(lang, "Halvard\n\n" + text)
    assert [(c.org, c.quantity.value) for c in x.claims if c.kind == "job_cuts"] == [(org, value)]


def test_the_merger_of_two_firms_still_cuts():
    """Two firms are no roundup: "the merger of the two groups will cut 1,200 jobs" is the company's cut."""
    check_construction("two firms", extracted("en", "The merger of the two groups will cut 1,200 jobs, Halvard Foods "
                                                    "said."), "Halvard Foods", [("job_cuts", 1200, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("de", "Sonnwald Automotive baut mehr Stellen ab. Statt der im März angekündigten 500 Arbeitsplätze sollen nun 650 "
           "wegfallen.", "Sonnwald Automotive"),
    ("en", "Sonnwald Automotive will cut more jobs. Instead of the 500 announced in March, 650 jobs will now go.",
     "Sonnwald Automotive"),
    ("es", "Sonnwald Automoción recorta más empleos. En lugar de los 500 anunciados en marzo, serán 650 los despidos.",
     "Sonnwald Automoción"),
    ("sv", "Sonnwald Fordon drar ned mer. I stället för de 500 tjänster som aviserades i mars försvinner nu 650 "
           "tjänster.", "Sonnwald Fordon"),
    ("nl", "Sonnwald Automotive schrapt meer banen. In plaats van de 500 banen die in maart werden aangekondigd, "
           "verdwijnen er nu 650 banen.", "Sonnwald Automotive"),
])
def test_a_count_replaced_after_a_word_of_instead_is_no_claim(lang, text, org):
    """A word of instead, a determiner after it and a few words before the count (`claims.instead`: "Statt der im
    März angekündigten 500", "instead of the 500 announced in March") puts the count aside: the round now counts the
    figure after it only (was: the 500 a cut beside the 650, a false contradiction of one round)."""
    check_construction("instead of", extracted(lang, text), org, [("job_cuts", 650, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org", "old", "new"), [
    ("en", "Northcliffe Airways to cut 600 jobs\n\nNorthcliffe Airways has announced it will cut 600 jobs at its head "
           "office.\n\nNorthcliffe has just updated its figure: it now expects to cut 650 jobs, up from the 600 it "
           "announced this morning.", "Northcliffe Airways", 600, 650),
    ("fr", "Ormelle Aéro a annoncé 450 suppressions de postes en février. Le groupe supprimera désormais 650 postes, "
           "contre les 450 annoncés en février.", "Ormelle Aéro", 450, 650),
    ("nl", "Zuiderhaven kondigde in maart 500 ontslagen aan. Nu verdwijnen er 650 banen, tegen de 500 die in maart "
           "werden aangekondigd.", "Zuiderhaven", 500, 650),
    ("sv", "Tullberga Stål varslade i mars 400 anställda. Nu varslas 650 anställda, jämfört med de 400 som aviserades "
           "i mars.", "Tullberga Stål", 400, 650),
])
def test_a_count_an_update_replaces_is_withdrawn(lang, text, org, old, new):
    """A count after a word of comparison and a determiner, a word of announcing beside it, with a count of cuts before
    it in its sentence (`time.base`, `modality.announced`: "650 jobs, up from the 600 it announced this morning") is
    the round's count replaced: withdrawn wherever the article gave it for that organisation, as a live blog's earlier
    entry (was: the 600 of the morning's entry beside the 650, a false contradiction of one round)."""
    x = extracted(lang, text)
    assert sorted(c.quantity.value for c in x.claims if c.kind == "job_cuts" and c.org == org) == [new], old
