"""Constructions the nineteenth blind set (q18: staff that move, not lost, and organisations that are not firms)
taught, in short articles the project wrote in several languages about made-up organisations: each expectation names
every claim the article gives (kind, figure, unit) and what must hold of it."""

from __future__ import annotations

import pytest

from extract.expected import check_construction, figure_of
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("fr", "L'Hôpital Verdane va supprimer 120 postes. L'établissement, qui emploie 2 400 agents, doit ramener à "
           "l'équilibre un budget de 310 millions d'euros, en déficit de 21 millions d'euros l'an dernier.",
     "Hôpital Verdane"),
    ("en", "Verdane Health will cut 120 jobs. The trust, which employs 2,400 staff, must balance a budget of £310 "
           "million, in deficit by £21 million last year.", "Verdane Health"),
    ("es", "Verdane Salud recortará 120 empleos. La entidad, que emplea a 2.400 personas, debe cuadrar un presupuesto "
           "de 310 millones de euros, con un déficit de 21 millones de euros el año pasado.", "Verdane Salud"),
    ("nl", "Verdane Zorggroep schrapt 120 banen. De organisatie heeft 2.400 medewerkers en een begroting van 310 "
           "miljoen euro, met een tekort van 21 miljoen euro vorig jaar.", "Verdane Zorggroep"),
    ("sv", "Verdane Vård AB varslar 120 anställda. Bolaget har 2 400 anställda och en budget på 310 miljoner kronor, "
           "med ett underskott på 21 miljoner kronor i fjol.", "Verdane Vård"),
])
def test_a_budget_is_no_result(lang, text, org):
    """A budget of a sum (`money.other_measures`: "un budget de", "a budget of", "un presupuesto de", "een begroting
    van", "en budget på"; "einen Etat von" too) is what an organisation may spend, no revenue and no loss; the deficit
    beside it is the loss (was: "un budget de 310 millions d'euros, en déficit de 21 millions" a loss of 310 million
    too)."""
    check_construction("a budget", extracted(lang, text), org,
                       [("job_cuts", 120, "count", {}), ("workforce", 2400, "count", {}),
                        ("loss", 21000000, CURRENCY[lang], {})])


CURRENCY = {"fr": "EUR", "es": "EUR", "de": "EUR", "nl": "EUR", "en": "GBP", "sv": "SEK"}


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("es", "Castelmar Industrial vende su negocio de envases con sus 800 trabajadores. La empresa, que emplea a 5.000 "
           "personas, recortará además 200 empleos.", "Castelmar Industrial"),
    ("en", "Castelmar Group sells its packaging unit with its 800 staff. The company, which employs 5,000 people, will "
           "also cut 200 jobs.", "Castelmar Group"),
    ("fr", "Le groupe Castelmar cède son activité d'emballage avec ses 800 salariés. Le groupe, qui emploie 5 000 "
           "personnes, va aussi supprimer 200 postes.", "Castelmar"),
    ("de", "Die Castelmar Gruppe verkauft ihr Verpackungsgeschäft mit 800 Mitarbeitern. Das Unternehmen, das 5.000 "
           "Menschen beschäftigt, streicht zudem 200 Stellen.", "Castelmar Gruppe"),
    ("nl", "Castelmar Groep verkoopt zijn verpakkingstak met 800 medewerkers. Het bedrijf, dat 5.000 mensen in dienst "
           "heeft, schrapt daarnaast 200 banen.", "Castelmar Groep"),
    ("sv", "Castelmar Gruppen säljer sin förpackningsdivision med 800 anställda. Koncernen, som har 5 000 anställda, "
           "varslar dessutom 200 personer.", "Castelmar Gruppen"),
])
def test_staff_sold_with_a_unit_are_no_workforce(lang, text, org):
    """Staff sold with a unit (`claims.moved`: "vende ... con sus 800 trabajadores", "sells ... with its 800 staff",
    "cède", "verkauft", "verkoopt", "säljer") move to the buyer: neither the seller's staff nor a cut (was: a
    workforce of 800 beside the 5,000)."""
    check_construction("staff sold", extracted(lang, text), org,
                       [("workforce", 5000, "count", {}), ("job_cuts", 200, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("es", "Castelmar Industrial vende su negocio de envases a Ortiga Holding. La operación incluye la fábrica de Lugo "
           "y sus 800 trabajadores, que pasarán a formar parte de la plantilla del comprador. Castelmar Industrial "
           "emplea a 5.000 personas.", "Castelmar Industrial"),
    ("en", "Castelmar Group is selling its packaging unit to Ortiga Holdings. The deal includes the Leeds plant and its "
           "800 staff, who will transfer to the buyer. Castelmar Group employs 5,000 people.", "Castelmar Group"),
    ("fr", "Le groupe Castelmar cède son activité d'emballage à Ortiga Holding. L'opération inclut l'usine de Lille et "
           "ses 800 salariés, qui seront transférés à l'acheteur. Le groupe Castelmar emploie 5 000 personnes.",
     "Castelmar"),
])
def test_staff_moving_to_a_buyer_in_a_relative_clause_are_nobody_s_workforce(lang, text, org):
    """A word of moving right after the staff's noun in a relative clause ("sus 800 trabajadores, que pasarán a formar
    parte de la plantilla del comprador", "its 800 staff, who will transfer to the buyer") makes them staff who move:
    no workforce of the seller nor of the buyer (was: the buyer's workforce of 800)."""
    claims = [(c.kind, c.org, figure_of(c)) for c in extracted(lang, text).claims]
    assert claims == [("workforce", org, 5000)], claims


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "The new company, to be called Orwin Sensing, will cut 300 jobs to save £35 million a year.",
     "Orwin Sensing"),
    ("fr", "La nouvelle société, qui s'appellera Orwin Capteurs, va supprimer 300 postes pour économiser 35 millions "
           "d'euros par an.", "Orwin Capteurs"),
    ("es", "La nueva empresa, que se llamará Orwin Sensores, recortará 300 empleos para ahorrar 35 millones de euros "
           "al año.", "Orwin Sensores"),
    ("sv", "Det nya bolaget, som ska heta Orwin Sensorer, varslar 300 anställda för att spara 35 miljoner kronor per "
           "år.", "Orwin Sensorer"),
])
def test_a_name_after_a_word_of_naming_is_an_organisation(lang, text, org):
    """A name after a word naming a new organisation (`entities.called`: "to be called", "s'appellera", "se llamará",
    "ska heta") is an organisation, as after a company noun: a joint venture's or a spin-off's (was: no
    organisation and no claim)."""
    check_construction("a name given", extracted(lang, text), org,
                       [("job_cuts", 300, "count", {}), ("cost_savings", 35000000, CURRENCY[lang], {})])


def test_a_name_s_last_word_after_two_organisation_words_stands_for_it():
    """"Lezama" beside "El Grupo Cooperativo Lezama": the name without its two organisation words (`org_words`
    "Grupo", "Cooperativo") is that organisation (was: "Lezama" an organisation of its own with the cuts)."""
    check_construction("a short name", extracted("es", "El Grupo Cooperativo Lezama facturó 900 millones de euros. "
                                                       "Al mismo tiempo, Lezama anunció que recortará 300 empleos."),
                       "Grupo Cooperativo Lezama",
                       [("revenue", 900000000, "EUR", {}), ("job_cuts", 300, "count", {})])


def test_an_insurer_s_name_ends_in_leben_or_versicherungen():
    """"Hohenlind Leben" and "Malsfeld Versicherungen" are insurers' names (`org_words`; was: the 3,500 given to
    the other insurer)."""
    x = extracted("de", "Die Versicherer Malsfeld Versicherungen und Hohenlind Leben fusionieren. Hohenlind Leben "
                        "beschäftigt 3.500 Mitarbeiter.")
    assert [(c.kind, c.org, figure_of(c)) for c in x.claims] == [("workforce", "Hohenlind Leben", 3500)]
