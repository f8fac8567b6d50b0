"""A weak cause called an excuse ("Die Nachfrage ist ein bequemer Vorwand"): denied; a place after a role and a word
of place ("der Betriebsratsvorsitzende in Ulm") is no organisation; "der Hydraulikspezialist X" is X."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted

CUTS = ("job_cuts", 900, "count", {})
AFFIRMED = ("cause", None, None, dict(polarity="affirm", object="demand"))
DENIED = ("cause", None, None, dict(polarity="deny", object="demand", speaker="Petra Lohse"))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Kormath streicht 900 Stellen\nDer Pumpenhersteller Kormath streicht 900 Stellen. Als Grund nannte Kormath "
           "die schwache Nachfrage.\n\nDie Gewerkschaft sieht das anders. \"Die Nachfrage ist ein bequemer Vorwand\", "
           "sagte Petra Lohse."),
    ("en", "Kormath to cut 900 jobs\nPump maker Kormath will cut 900 jobs, blaming weak demand.\n\nNot everyone "
           "agrees. \"Demand is just a convenient excuse,\" said Petra Lohse, who speaks for the workers."),
    ("fr", "Kormath supprime 900 emplois\nLe fabricant de pompes Kormath va supprimer 900 emplois, invoquant la "
           "faiblesse de la demande.\n\nLe syndicat conteste. « La demande est un prétexte commode », a déclaré "
           "Petra Lohse."),
    ("es", "Kormath recortará 900 empleos\nEl fabricante de bombas Kormath recortará 900 empleos por la caída de la "
           "demanda.\n\nEl sindicato lo niega. «La demanda es una excusa cómoda», dijo Petra Lohse."),
    ("nl", "Kormath schrapt 900 banen\nPompenfabrikant Kormath schrapt 900 banen vanwege de zwakke vraag.\n\nDe "
           "vakbond is het daar niet mee eens. \"De vraag is een handig excuus\", zei Petra Lohse."),
    ("sv", "Kormath varslar 900\nPumptillverkaren Kormath ska dra ned med 900 tjänster, meddelade bolaget på "
           "tisdagen. Bolaget pekar på svag efterfrågan.\n\n– Efterfrågan är en bekväm förevändning, säger Petra "
           "Lohse."),
])
def test_weak_cause_called_an_excuse_is_denied(lang, text):
    """A weak cause (demand, sales) four words at most before an excuse word of its clause (`stance.excuse`), after
    cuts told: the speaker denies that cause."""
    check_construction("weak cause called an excuse", extracted(lang, text), "Kormath", [CUTS, AFFIRMED, DENIED])


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # no cuts in the article: a remark on prices, no stance on any cuts' cause
    ("de", "Kormath erhöht die Preise\nDer Pumpenhersteller Kormath erhöht seine Preise um fünf Prozent. \"Die "
           "Nachfrage ist ein bequemer Vorwand\", sagte Petra Lohse.", []),
    # the excuse word before the cause, which is said to stay strong: no cause named as an excuse
    ("de", "Kormath streicht 900 Stellen\nDer Pumpenhersteller Kormath streicht 900 Stellen. \"Ein Vorwand? Nein. "
           "Die Nachfrage bleibt stark\", sagte Petra Lohse.", [CUTS]),
    # the demand in another clause than the excuse, too far from it
    ("en", "Kormath to cut 900 jobs\nPump maker Kormath will cut 900 jobs. Petra Lohse said the firm had known about "
           "the demand for months and called the timing of the announcement an excuse.", [CUTS]),
])
def test_excuse_apart_from_a_weak_cause_denies_nothing(lang, text, expected):
    check_construction("excuse apart from a weak cause", extracted(lang, text), "Kormath", expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Kormath streicht 900 Stellen\nDer Pumpenhersteller Kormath streicht 900 Stellen in Dorfheim. Der "
           "Betriebsratsvorsitzende in Dorfheim, Jens Albers, sprach von einem schwarzen Tag."),
    ("en", "Kormath to cut 900 jobs\nPump maker Kormath will cut 900 jobs in Dorfheim. The works council chairman in "
           "Dorfheim, Jens Albers, called it a black day."),
])
def test_place_after_a_role_is_no_organisation(lang, text):
    """A capitalised name after a role and a word of place (`entities.locative`: "in"), not known as an organisation:
    a place, never the organisation the article's claims are about."""
    check_construction("place after a role", extracted(lang, text), "Kormath", [CUTS])


def test_role_at_a_company_still_names_it():
    """Guard: the link "bei" is no word of place, the firm after it stays an organisation."""
    x = extracted("de", "Kormath streicht 900 Stellen\nDer Pumpenhersteller Kormath streicht 900 Stellen. Die "
                        "Personalchefin bei Kormath, Jana Albers, bestätigte die Zahl.")
    check_construction("role at a company", x, "Kormath", [CUTS])


def test_specialist_before_a_name_is_no_part_of_it():
    """"Der Kältespezialist X": a company noun (`*spezialist`) before the name, not its first word."""
    x = extracted("de", "Fermora streicht 300 Stellen\nDer Kältespezialist Fermora streicht 300 Stellen. Betroffen "
                        "ist vor allem das Werk in Dorfheim.")
    check_construction("specialist before a name", x, "Fermora", [("job_cuts", 300, "count", {})])
