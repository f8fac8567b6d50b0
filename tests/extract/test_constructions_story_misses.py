"""Constructions the sixth round of blind stories (long coverage, tests/contradictions/stories) left missed or
wrong, in short articles the project wrote in several languages about made-up companies: each expectation names
every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted

CLOSED = [("store_closure", None, None, {"object": "Brakmoor"})]  # a plant qualified by its trade ("de envases")


@pytest.mark.parametrize(("lang", "text", "closed"), [
    ("en", "Paper group Halvarsen will close its Brakmoor newsprint mill in December and cut 300 jobs. Demand in "
           "Brakmoor has fallen for years, and Brakmoor depends on the mill.", CLOSED),
    ("fr", "Le papetier Halvarsen va fermer son usine de transformation de Brakmoor en décembre et supprimer 300 "
           "postes. Brakmoor dépend de l'usine depuis des décennies, et Brakmoor craint l'avenir.", CLOSED),
    ("es", "La papelera Halvarsen cerrará su planta de envases de Brakmoor en diciembre y despedirá a 300 "
           "trabajadores. Brakmoor depende de la planta desde hace décadas, y Brakmoor teme por su futuro.", CLOSED),
])
def test_a_place_between_a_possessive_and_a_site_noun_is_no_firm(lang, text, closed):
    """"its Brakmoor newsprint mill", "son usine de transformation de Brakmoor": a capitalised word after a possessive
    and before its site noun (at most two lowercase words between), or after both and a link, is the site's place,
    no organisation (it was one, and took the cuts)."""
    check_construction("a site's place after a possessive", extracted(lang, "Halvarsen\n\n" + text), "Halvarsen",
                       [("job_cuts", 300, "count", {"when": "2026-12"})] + closed)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La banque Orsandi va supprimer 2 000 postes. Son concurrent Banco Ferlano a supprimé 1 000 postes l'an "
           "dernier."),
    ("es", "El banco Orsandi despedirá a 2.000 empleados. Su competidor Banco Ferlano despidió a 1.000 empleados el "
           "año pasado."),
    ("sv", "Banken Orsandi varslar 2 000 anställda. Dess konkurrent Banco Ferlano varslade 1 000 anställda i fjol."),
    ("nl", "De bank Orsandi schrapt 2.000 banen. Zijn concurrent Banco Ferlano schrapte vorig jaar 1.000 banen."),
    ("de", "Die Bank Orsandi streicht 2.000 Stellen. Ihr Konkurrent Banco Ferlano strich im vergangenen Jahr 1.000 "
           "Stellen."),
    ("en", "Spanish lender Orsandi will cut 2,000 jobs. Its rival Banco Ferlano cut 1,000 jobs last year."),
])
def test_a_rival_named_after_its_word_is_a_firm_of_its_own(lang, text):
    """"Son concurrent Banco Ferlano", "Su competidor X", "Dess konkurrent X": a rival's word before a name makes
    it a company noun's name, the rival's own cuts its own (they went to the article's firm)."""
    x = extracted(lang, "Orsandi\n\n" + text)
    cuts = {(c.org, c.quantity.value) for c in x.claims if c.kind == "job_cuts"}
    assert cuts == {("Orsandi", 2000), ("Banco Ferlano", 1000)}, cuts


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le plan de Corvanne prévoit la fermeture de l'entrepôt de Brives, qui emploie 240 personnes, en juin."),
    ("es", "Corvanne cerrará su centro logístico de Brives, que da empleo a 240 personas, en junio, según la "
           "empresa."),
    ("en", "Corvanne will close its warehouse in Brives, which employs 240 people, in June."),
])
def test_a_closure_dated_after_a_relative_clause_about_its_site(lang, text):
    """"la fermeture de l'entrepôt de Brives, qui emploie 240 personnes, en juin": the time opening the clause after a
    relative clause about the site is the closure's, a month of the plan ahead (it took the article's day, or last
    June)."""
    check_construction("a closure's time after a relative clause", extracted(lang, "Corvanne\n\n" + text),
                       "Corvanne", [("store_closure", None, None, {"object": "Brives", "when": "2026-06"})])


@pytest.mark.parametrize("closing", ["säger hon i en intervju", "sa koncernchefen Karin Lindahl"])
def test_a_dash_quote_is_told_by_the_verb_of_saying_closing_its_paragraph(closing):
    """"– Det här handlar inte om automatisering. Neddragningarna beror på ..., säger hon.": a quote opened by a dash
    with no verb of saying of its own is told by the one closing its paragraph, so its denial is the company's (it
    had no speaker, and gave no stance)."""
    text = ("Halvarsen\n\nHalvarsen drar ner 180 jobb vid fabriken i Brakmoor. Tyska medier har rapporterat att ett "
            "internt brev pekar ut automatiseringen som skälet till neddragningarna. Koncernchefen Karin Lindahl "
            "tillbakavisar den bilden.\n\n– Det här handlar inte om automatisering. Neddragningarna beror på den "
            f"svaga efterfrågan och de höga energikostnaderna, {closing}.")
    denials = [(c.speaker, c.quote[:6]) for c in extracted("sv", text).claims
               if c.kind == "cause" and c.object == "automation" and c.polarity == "deny"]
    assert [quote for speaker, quote in denials if speaker in ("Halvarsen", "Karin Lindahl")] == ["– Det "], denials


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Pappersbolaget Halvarsen stänger bruket i Brakmoor och 430 jobb försvinner.\n\nFackförbundet Vevra ger en "
           "annan bild av hur många som drabbas. Enligt Vevra berörs 480 anställda, eftersom bolaget inte räknar med "
           "underhållet."),
    ("en", "Paper group Halvarsen will close its mill in Brakmoor, with the loss of 430 jobs.\n\nThe Vevra union "
           "disputes the count. According to Vevra, 480 employees are affected, as the company leaves out maintenance "
           "staff."),
    ("nl", "Papierconcern Halvarsen sluit de fabriek in Brakmoor, waarbij 430 banen verdwijnen.\n\nVakbond Vevra heeft "
           "een ander beeld. Volgens Vevra worden 480 medewerkers getroffen, omdat het bedrijf het "
           "onderhoudspersoneel niet meetelt."),
])
def test_a_union_named_before_gives_its_count_of_those_affected(lang, text):
    """"Fackförbundet Vevra ... Enligt Vevra berörs 480 anställda": a name a union's noun stands beside is the union
    wherever the article names it, and its count of those affected, paragraphs after the cuts, is its claim of the
    round (a third party's; it gave none, or an outlet's)."""
    cuts = {(c.quantity.value, c.third_party) for c in extracted(lang, "Halvarsen\n\n" + text).claims
            if c.kind == "job_cuts" and c.org == "Halvarsen"}
    assert cuts == {(430, False), (480, True)}, cuts
