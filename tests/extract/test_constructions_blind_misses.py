"""Misses helpers found on blind articles about made-up companies (outlooks, causes, figures), in short articles the
project wrote in several languages: each expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted

DENIED = ("layoff_outlook", None, None, dict(polarity="deny"))


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("es", "Merlo cierra tiendas\n\nLa cadena Merlo SA cerrará 40 tiendas. No habrá más despidos, dijo el consejero "
           "delegado.", "Merlo", [("store_closure", 40, "count", {}), DENIED]),
    ("en", "Merlo closes stores\n\nMerlo Ltd will close 40 stores. There will be no further redundancies, the chief "
           "executive said.", "Merlo", [("store_closure", 40, "count", {}), DENIED]),
    ("de", "Merlo schließt Filialen\n\nDie Merlo GmbH schließt 40 Filialen. Es wird keine weiteren Kündigungen geben, "
           "sagte der Chef.", "Merlo", [("store_closure", 40, "count", {}), DENIED]),
    ("de", "Merlo schließt Filialen\n\nDie Merlo GmbH schließt 40 Filialen. Weitere Kündigungen gibt es nicht, sagte "
           "der Chef.", "Merlo", [("store_closure", 40, "count", {}), DENIED]),
    ("fr", "Merlo ferme une usine\n\nLe groupe Merlo SA ferme son usine de Lyon. Aucun licenciement n'est prévu, a "
           "indiqué la direction.", "Merlo", [("store_closure", None, None, {}), DENIED]),
    # guard: cuts there will be, not called further, are the cuts told
    ("en", "Merlo cuts jobs\n\nMerlo Ltd will cut 300 jobs. There will be job cuts in Wales too.", "Merlo",
     [("job_cuts", 300, "count", {})]),
])
def test_further_cuts_there_will_be_none(lang, text, org, expected):
    """"No habrá más despidos", "There will be no further redundancies", "Es wird keine weiteren Kündigungen geben":
    further cuts said to be (``stance.further``) are an outlook; "Aucun licenciement n'est prévu" in an article of no
    cut figure denies them (a singular cut noun after "aucun")."""
    check_construction("further cuts there will be none", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La cadena Merlo SA cerrará 40 tiendas. El comité de empresa exige que la dirección garantice que no habrá "
           "más despidos."),
    ("de", "Die Merlo GmbH schließt 40 Filialen. Die Gewerkschaft fordert, dass es keine weiteren Kündigungen geben "
           "wird."),
    ("en", "Merlo Ltd will close 40 stores. Workers demand guarantees that there will be no further redundancies."),
    ("fr", "Le groupe Merlo SA ferme 40 magasins. Le comité exige que la direction garantisse qu'aucune autre "
           "suppression de postes n'aura lieu."),
    ("nl", "Merlo BV sluit 40 winkels. De ondernemingsraad eist dat er geen verdere ontslagen komen."),
    ("sv", "Merlo AB stänger 40 butiker. Facket kräver att det inte kommer fler uppsägningar."),
])
def test_an_outlook_demanded_is_no_outlook(lang, text):
    """"exigen que garantice que no habrá más despidos": an outlook under a verb of demanding (``stance.demanded``)
    is what someone asks for, no one's outlook."""
    x = extracted(lang, "Merlo\n\n" + text)
    assert [c.kind for c in x.claims if c.kind == "layoff_outlook"] == []
