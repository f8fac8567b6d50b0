"""Causes, outlooks and firms a reader finds in short articles about made-up companies: a sentence with no subject
after one naming the firm, ... (each expectation names every claim the article gives)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted

CLOSES = ("store_closure", 85, "count", {})


def _cause(obj: str, polarity: str = "affirm") -> tuple:
    return ("cause", None, None, dict(object=obj, polarity=polarity))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "La cadena Tornquist cerrará 85 tiendas. Atribuye los cierres a la caída del consumo y a la competencia de "
           "las plataformas.", [CLOSES, _cause("demand"), _cause("competition")]),
    ("es", "La cadena Tornquist cerrará 85 tiendas. Achaca la decisión a la competencia de las plataformas.",
     [CLOSES, _cause("competition")]),
    ("it", "La catena Tornquist chiuderà 85 negozi. Attribuisce le chiusure al calo dei consumi e alla concorrenza "
           "delle piattaforme.", [CLOSES, _cause("demand"), _cause("competition")]),
    # guards: a union named before is the subject; a paragraph of its own has none told
    ("es", "La cadena Tornquist cerrará 85 tiendas. Los sindicatos critican el plan. Atribuyen los cierres a la "
           "competencia de las plataformas.", [CLOSES]),
    ("es", "La cadena Tornquist cerrará 85 tiendas.\n\nAtribuye los cierres a la competencia de las plataformas.",
     [CLOSES]),
])
def test_a_reason_with_no_subject_after_the_firm_is_the_firms(lang, text, expected):
    """"Atribuye los cierres a ...": a sentence opening with a verb giving a reason, right after one naming the firm
    in its paragraph, has the firm as its subject (it gave no cause; "La empresa atribuye ..." did)."""
    check_construction("a reason with no subject", extracted(lang, "Tornquist\n\n" + text), "Tornquist", expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("nl", "Omroep Zilvermeer schrapt zestig banen na bezuiniging door kabinet.", [("job_cuts", 60, "count", {})]),
    ("nl", "Omroep Zilvermeer schrapt zestig banen na een bezuiniging van de overheid.", [("job_cuts", 60, "count", {})]),
    ("fr", "La chaîne Zilvermeer va supprimer 60 postes après des économies imposées par le gouvernement.",
     [("job_cuts", 60, "count", {})]),
    ("sv", "Zilvermeer AB varslar 60 anställda efter besparingar från regeringen.", [("job_cuts", 60, "count", {})]),
    # guard: the firm's own saving is its costs
    ("nl", "Omroep Zilvermeer schrapt zestig banen om te bezuinigen.", [("job_cuts", 60, "count", {}), _cause("costs")]),
    ("en", "Zilvermeer Ltd will cut 60 jobs because of rising costs.", [("job_cuts", 60, "count", {}), _cause("costs")]),
])
def test_a_funding_cut_by_the_state_is_no_cost_of_the_firm(lang, text, expected):
    """"schrapt zestig banen na bezuiniging door kabinet": a saving the state makes (`stance.state` within three words
    after the word of costs) cuts the firm's funding; it is no cost of the firm (it was costs affirmed)."""
    check_construction("a funding cut by the state", extracted(lang, "Zilvermeer\n\n" + text), "Zilvermeer", expected)
