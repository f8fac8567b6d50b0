"""Organisations, sites and closures that made-up articles got wrong: a bare name stating its result, a place that is a
firm's site, one site of several closed, sites closed before, a merged group's staff, a short name of a firm named in
full before. Each article is about a company no gazetteer lists; each expectation names every claim the article gives
(kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Morrow Fabrics expects revenue of $90 million this year.", "Morrow Fabrics",
     [("revenue", 90e6, "USD", dict(modality="expected"))]),
    ("en", "Kelvara reported a net loss of $12 million for 2025.", "Kelvara", [("loss", 12e6, "USD", {})]),
    ("fr", "Halden Kemi prévoit un chiffre d'affaires de 400 millions d'euros.", "Halden Kemi",
     [("revenue", 400e6, "EUR", dict(modality="expected"))]),
    ("de", "Teltwerk erwartet einen Umsatz von 2 Milliarden Euro.", "Teltwerk",
     [("revenue", 2e9, "EUR", dict(modality="expected"))]),
    ("de", "Halden Kemi erzielte im vergangenen Jahr einen Umsatz von 2 Milliarden Euro.", "Halden Kemi",
     [("revenue", 2e9, "EUR", {})]),
    ("nl", "Teltwerk verwacht een omzet van 2 miljard euro.", "Teltwerk",
     [("revenue", 2e9, "EUR", dict(modality="expected"))]),
    ("sv", "Halden Kemi räknar med en omsättning på 400 miljoner kronor.", "Halden Kemi",
     [("revenue", 400e6, "SEK", dict(modality="expected"))]),
    ("es", "Teltwerk registró un beneficio neto de 40 millones de euros.", "Teltwerk", [("net_income", 40e6, "EUR", {})]),
])
def test_a_bare_name_stating_its_result_is_a_company(lang, text, org, expected):
    """A name with no legal form or company noun as the subject of a verb whose object is its result, a sum after it
    ("X expects revenue of $90 million"): a company, as one cutting jobs is."""
    check_construction("a bare name stating its result", extracted(lang, org + "\n\n" + text), org, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Bundesweit erwartet die Bahn einen Umsatz von 2 Milliarden Euro."),  # the subject after the verb
    ("en", "Dana Reyes expects revenue of $90 million."),  # a person's given name
    ("en", "Reyes expects revenue of $90 million, she said."),  # a person's pronoun
    ("en", "Wall Street expects revenue of $90 million this year."),  # words of the language
    ("en", "Morrow expects demand to recover."),  # no result, no sum
])
def test_a_name_stating_a_result_unlike_a_firm_is_none(lang, text):
    x = extracted(lang, text)
    assert {e.name for e in x.entities if e.type == "organization"} == set()


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Norrfly Airways will close its base at Arlanda. Arlanda staff will be cut by 120, the airline said.",
     "Norrfly Airways", [("store_closure", None, None, dict(object="Arlanda")), ("job_cuts", 120, "count", {})]),
    ("en", "Norrfly Airways will cut 120 jobs at its hub at Lormport. Job cuts at Lormport will start in May.",
     "Norrfly Airways", [("job_cuts", 120, "count", {})]),
    ("sv", "Flygbolaget Norrfly lägger ned sin bas på Arlanda. Norrfly varslar 120 anställda på Arlanda.", "Norrfly",
     [("store_closure", None, None, dict(object="Arlanda")), ("job_cuts", 120, "count", {})]),
    ("nl", "Norrfly BV sluit zijn vestiging op Lormdam. Bij Lormdam verdwijnen 120 banen.", "Norrfly",
     [("store_closure", None, None, dict(object="Lormdam")), ("job_cuts", 120, "count", {})]),
])
def test_a_place_named_as_a_site_is_no_organisation(lang, text, org, expected):
    """A name after a site noun and a word of place ("its base at Arlanda", "sin bas på Arlanda") is a site's place in
    the whole article, closed with its site: its staff ("Arlanda staff") or the cuts there ("job cuts at Lormport") are
    the company's."""
    check_construction("a place named as a site", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("de", "Die Teltwerk GmbH schließt eines ihrer drei Werke.", "Teltwerk", [("store_closure", 1, "count", {})]),
    ("de", "Die Teltwerk GmbH schließt eines der drei Werke.", "Teltwerk", [("store_closure", 1, "count", {})]),
    ("sv", "Halden Kemi AB stänger en av tre fabriker.", "Halden Kemi", [("store_closure", 1, "count", {})]),
    ("nl", "Teltwerk BV sluit een van zijn drie fabrieken.", "Teltwerk", [("store_closure", 1, "count", {})]),
    ("nl", "Teltwerk BV sluit een op de drie winkels.", "Teltwerk", []),  # one in three: a share of the shops
    ("sv", "Halden Kemi AB: en av tre anställda varslas.", "Halden Kemi", [("job_cuts", 33.3, "percent", {})]),
])
def test_one_site_of_several_is_one_closure(lang, text, org, expected):
    """"eines ihrer drei Werke", "en av tre fabriker": one of the sites counted is closed, not three; a ratio word
    that is no partitive ("een op de drie") or before staff stays a share."""
    check_construction("one site of several", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "place"), [
    ("de", "Die Teltwerk GmbH schloss im Oktober das Werk in Lormbach.", "Teltwerk", "Lormbach"),
    ("nl", "Teltwerk BV sloot in oktober de fabriek in Lormdorp.", "Teltwerk", "Lormdorp"),
    ("en", "Morrow Fabrics Inc closed its plant in Lormton in October.", "Morrow Fabrics", "Lormton"),
    ("fr", "Halden Kemi SA a fermé en octobre son usine de Lorvel.", "Halden Kemi", "Lorvel"),
    ("es", "Teltwerk SA cerró en octubre su planta de Orvella.", "Teltwerk", "Orvella"),
    ("sv", "Halden Kemi AB stängde i oktober fabriken i Lormby.", "Halden Kemi", "Lormby"),
])
def test_a_site_closed_before_is_a_closure_in_the_past(lang, text, org, place):
    """A closing verb in the past ("schloss", "sloot", "closed", "a fermé", "cerró", "stängde"): the site closed then."""
    check_construction("a site closed before", extracted(lang, text), org,
                       [("store_closure", None, None, dict(object=place, modality="reported", when="2025-10"))])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("de", "Die Teltwerk GmbH schloss den Verkauf des Werks in Lormbach ab.", "Teltwerk"),
    ("de", "Die Teltwerk GmbH schließt den Verkauf des Werks in Lormbach ab.", "Teltwerk"),
    ("nl", "Teltwerk BV sloot de verkoop van de fabriek in Lormdorp af.", "Teltwerk"),
])
def test_a_closing_verb_made_another_by_its_particle_closes_nothing(lang, text, org):
    """"schloss ... ab" completed, "sloot ... af" concluded: no site closed."""
    check_construction("a particle verb", extracted(lang, text), org, [])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Kestrova Halden will cut 300 jobs. Its rival Brandvik Foods is hiring. Kestrova employs 4,000 people.",
     "Kestrova Halden"),
    ("de", "Die Kestrova Halden GmbH streicht 300 Stellen. Der Konkurrent Brandvik Foods stellt dagegen ein. Kestrova "
           "beschäftigt 4.000 Mitarbeiter.", "Kestrova Halden"),
    ("sv", "Kestrova Marin AB varslar 300 anställda. Konkurrenten Brandvik Foods anställer däremot. Kestrova har 4 000 "
           "anställda.", "Kestrova Marin"),
    ("fr", "Le groupe Kestrova Marine va supprimer 300 postes. Son concurrent Brandvik Foods recrute. Kestrova emploie "
           "4 000 salariés.", "Kestrova Marine"),
    ("es", "La empresa Kestrova Marina recortará 300 empleos. Su rival Brandvik Foods contrata. Kestrova emplea a 4.000 "
           "trabajadores.", "Kestrova Marina"),
    ("nl", "Kestrova Marine BV schrapt 300 banen. Concurrent Brandvik Foods neemt juist mensen aan. Kestrova heeft "
           "4.000 werknemers.", "Kestrova Marine"),
])
def test_a_bare_first_word_is_the_firm_named_in_full(lang, text, org):
    """"Kestrova" after "Kestrova Halden" in one article is that firm, not a second one nor the rival named between."""
    x = extracted(lang, text)
    assert {e.name for e in x.entities if e.type == "organization"} == {org, "Brandvik Foods"}
    assert sorted((c.kind, c.org, c.quantity.value) for c in x.claims) == [("job_cuts", org, 300), ("workforce", org, 4000)]


def test_a_bare_first_word_closing_a_site_is_the_firm_named_in_full():
    x = extracted("en", "Kestrova Halden cuts jobs\n\nKestrova Halden Ltd will cut 300 jobs. Kestrova will close its plant "
                        "in Lormton.")
    check_construction("a bare first word", x, "Kestrova Halden",
                       [("job_cuts", 300, "count", {}), ("store_closure", None, None, dict(object="Lormton"))])


def test_a_first_word_two_firms_share_is_neither():
    text = "Kestrova Halden will cut 300 jobs. Kestrova Brenna will cut 200 jobs. Kestrova employs 4,000 people."
    x = extracted("en", text)
    named = {text[m.start:m.end] for e in x.entities if e.name in ("Kestrova Halden", "Kestrova Brenna") for m in e.mentions}
    assert named == {"Kestrova Halden", "Kestrova Brenna"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Halvern Robotics will merge with Kestrova Systems. The new group will employ 12,000 people."),
    ("en", "Halvern Robotics agreed to buy Kestrova Systems. After the deal, the group will employ 12,000 people."),
    ("en", "Halvern Robotics agreed to buy Kestrova Systems. After the merger, Halvern will employ 12,000 people."),
    ("de", "Die Halvern AG übernimmt die Kestrova GmbH. Der neue Konzern wird 12.000 Mitarbeiter beschäftigen."),
    ("de", "Die Halvern AG übernimmt die Kestrova GmbH. Nach der Übernahme wird der Konzern 12.000 Mitarbeiter "
           "beschäftigen."),
    ("nl", "Halvern BV neemt Kestrova BV over. Na de overname telt het concern 12.000 werknemers."),
    ("sv", "Halvern AB köper Kestrova AB. Efter affären kommer koncernen att ha 12 000 anställda."),
    ("fr", "Halvern SA rachète Kestrova SA. Après l'opération, le groupe emploiera 12 000 salariés."),
    ("es", "Halvern SA compra Kestrova SA. Tras la operación, el grupo empleará a 12.000 trabajadores."),
])
def test_the_staff_of_a_group_after_a_deal_is_no_one_firm_s(lang, text):
    """The new group's level, or the group's after a deal told before it in its sentence, is neither firm's: no claim
    (a reader notes the merged group's size, not the acquirer's or the acquired firm's today)."""
    assert extracted(lang, text).claims == []


def test_a_firm_s_own_staff_and_cuts_beside_a_deal_are_kept():
    found = extracted("en", "Halvern Robotics agreed to buy Kestrova Systems. Halvern employs 8,000 people. After the "
                            "deal, Halvern Robotics will cut 500 jobs.").claims
    assert sorted((c.kind, c.org, c.quantity.value) for c in found) == [
        ("job_cuts", "Halvern Robotics", 500), ("workforce", "Halvern Robotics", 8000)]


@pytest.mark.parametrize(("lang", "text", "org", "place"), [
    ("en", "Norrfly Airways will close its base at Arlanda.", "Norrfly Airways", "Arlanda"),
    ("sv", "Flygbolaget Norrfly lägger ned sin bas på Arlanda.", "Norrfly", "Arlanda"),
    ("nl", "Norrfly BV sluit zijn vestiging op Lormdam.", "Norrfly", "Lormdam"),
    ("de", "Die Norrfly GmbH schließt ihr Werk am Lormsee.", "Norrfly", "Lormsee"),
])
def test_a_site_at_a_place_is_closed(lang, text, org, place):
    """A word of a site's place other than a locative (``stores.at``: "at", "på", "op", "am") names the site closed."""
    check_construction("a site at a place", extracted(lang, text), org,
                       [("store_closure", None, None, dict(object=place))])


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Fluggesellschaft Norrfly streicht 300 Stellen."),
    ("de", "Die Airline Norrfly streicht 300 Stellen."),
    ("nl", "Luchtvaartmaatschappij Norrfly schrapt 300 banen."),
    ("en", "The airline Norrfly will cut 300 jobs."),
    ("sv", "Flygbolaget Norrfly varslar 300 anställda."),
    ("fr", "La compagnie aérienne Norrfly va supprimer 300 postes."),
    ("es", "La aerolínea Norrfly recortará 300 empleos."),
])
def test_an_airline_noun_before_a_name_makes_it_a_company(lang, text):
    """"Die Fluggesellschaft Norrfly", "Luchtvaartmaatschappij Norrfly": a company noun, no part of the name."""
    check_construction("an airline", extracted(lang, text), "Norrfly", [("job_cuts", 300, "count", {})])


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Kelvara's net loss widened to $12 million in 2025.", [("loss", 12e6, "USD", dict(when="2025"))]),
    ("en", "Kelvara's revenue rose to $90 million.", [("revenue", 90e6, "USD", {})]),
    ("nl", "Kelvara's omzet steeg vorig jaar tot 90 miljoen euro.", [("revenue", 90e6, "EUR", dict(when="2025"))]),
    ("sv", "I fjol ökade Kelvaras omsättning till 400 miljoner kronor.", [("revenue", 400e6, "SEK", dict(when="2025"))]),
    ("de", "Im Jahr 2025 stieg Kelvaras Umsatz auf 2 Milliarden Euro.", [("revenue", 2e9, "EUR", dict(when="2025"))]),
])
def test_a_name_owning_a_result_is_a_company(lang, text, expected):
    """A bare name in the possessive or the genitive before a result's money word ("Kelvara's net loss", "ökade Kelvaras
    omsättning") owns it as one before its staff or its cuts does: a company."""
    check_construction("a name owning a result", extracted(lang, "Kelvara\n\n" + text), "Kelvara", expected)


def test_a_name_ending_in_s_before_a_verb_of_losing_is_no_genitive():
    x = extracted("nl", "Bouwbedrijf Brakenhuis schrapt 300 banen\n\nBouwbedrijf Brakenhuis schrapt 300 banen. Brakenhuis "
                        "kampt met de ingezakte vraag. Het aandeel Brakenhuis verloor donderdag 9 procent.")
    assert {e.name for e in x.entities if e.type == "organization"} == {"Brakenhuis"}


def test_cuts_announced_in_a_month_are_dated_then_not_by_a_closure_beside_them():
    """"the closure of the plant in June 2027 and the 900 job cuts announced in March": the cuts were told in March;
    June 2027 is the closure's."""
    x = extracted("en", "Kestrel Foods Inc said on Tuesday that the closure of the Kalmar plant in June 2027 and the 900 "
                        "job cuts announced in January remain on track.")
    cuts = [c for c in x.claims if c.kind == "job_cuts"]
    assert [(c.quantity.value, c.when.value) for c in cuts] == [(900, "2026-01")]
