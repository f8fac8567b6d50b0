"""Constructions the nineteenth blind set (q18: staff that move, not lost, and organisations that are not firms)
taught, in short articles the project wrote in several languages about made-up organisations: each expectation names
every claim the article gives (kind, figure, unit) and what must hold of it."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
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
