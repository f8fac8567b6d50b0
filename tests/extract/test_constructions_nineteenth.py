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


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Pellmark GmbH streicht 240 Stellen. Die Kosten sollen dadurch ab 2028 um 45 Millionen Euro im Jahr "
           "sinken."),
    ("nl", "Pellmark BV schrapt 240 banen. Het bedrijf moet in 2028 structureel 45 miljoen euro minder uitgeven dan "
           "nu."),
    ("en", "Pellmark Ltd will cut 240 jobs. Its costs should fall by £45 million a year from 2028."),
    ("fr", "Pellmark va supprimer 240 postes. Ses coûts doivent baisser de 45 millions d'euros par an à partir de "
           "2028."),
    ("es", "Pellmark recortará 240 empleos. Sus costes bajarán en 45 millones de euros al año a partir de 2028."),
    ("sv", "Pellmark AB varslar 240 anställda. Kostnaderna ska sjunka med 45 miljoner kronor per år från 2028."),
])
def test_costs_falling_by_a_sum_are_savings(lang, text):
    """Costs said to fall by a sum, or a sum spent less (`money.cost_savings`: "Die Kosten sollen ... um 45 Millionen
    Euro sinken", "45 miljoen euro minder uitgeven", "costs should fall by", "coûts doivent baisser de", "costes
    bajarán en", "Kostnaderna ska sjunka med"), are the savings (was: no claim)."""
    check_construction("costs falling", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("job_cuts", 240, "count", {}), ("cost_savings", 45000000, CURRENCY[lang], {})])


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


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pellmark Aerospace and Dunmore Systems are to combine their radar units in a joint venture that will "
           "employ about 2,800 people. Pellmark Aerospace employs 12,600 people."),
    ("nl", "Pellmark BV en Dunmore NV brengen hun radaractiviteiten onder in een joint venture die ongeveer 2.800 "
           "mensen in dienst heeft. Pellmark BV heeft 12.600 medewerkers."),
    ("fr", "Pellmark et Dunmore vont regrouper leurs activités radar dans une coentreprise qui emploiera environ 2 800 "
           "personnes. Le groupe Pellmark emploie 12 600 personnes."),
    ("es", "Pellmark y Dunmore unirán sus negocios de radar en una empresa conjunta que empleará a unas 2.800 "
           "personas. La empresa Pellmark emplea a 12.600 personas."),
    ("sv", "Pellmark AB och Dunmore AB slår ihop sina radarverksamheter i ett samriskbolag som får omkring 2 800 "
           "anställda. Pellmark AB har 12 600 anställda."),
])
def test_a_joint_venture_s_staff_are_no_partner_s(lang, text):
    """The staff a joint venture will employ (`claims.others`: "joint venture", "coentreprise", "empresa conjunta",
    "samriskbolag") are another employer's, no partner's workforce (was: the 2,800 Pellmark's)."""
    claims = [(c.kind, figure_of(c)) for c in extracted(lang, text).claims]
    assert claims == [("workforce", 12600)], claims


def test_staff_a_firm_is_left_with_are_no_cut():
    """Staff a firm keeps after a spin-off ("houdt ... nog zo'n 5.100 medewerkers over", `claims.retained`) are
    no cut (was: a cut of 5,100 beside the 180)."""
    x = extracted("nl", "Pellmark Chemie schrapt 180 banen. Na de afsplitsing houdt Pellmark Chemie nog zo'n 5.100 "
                        "medewerkers over, tegen 7.400 nu.")
    assert [(c.kind, figure_of(c)) for c in x.claims if c.kind == "job_cuts"] == [("job_cuts", 180)]
