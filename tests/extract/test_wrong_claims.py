"""Wrong claims found on blind articles, in short articles the project wrote about made-up companies.

A subsidiary named as such ("its subsidiary X", "Su filial española, X", "X, a unit of Y") is an organisation of
its own: its figures are not its parent's, nor the parent's its own.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Article

from extract.expected import figure_of

PUBLISHED = "2026-03-04"


def extracted(lang: str, text: str):
    return extract(Article(id="wrong-claim", text=text, language=lang, published=PUBLISHED))


def claims_of(x) -> list[tuple]:
    return sorted((c.kind, c.org, figure_of(c)) for c in x.claims)


SUBSIDIARIES = [
    ("en", "Talvora cuts jobs\n\nTalvora will cut 800 jobs. Its subsidiary Talvora Insurance will cut 200 jobs.",
     "Talvora Insurance", "job_cuts"),
    ("de", "Talvora streicht Stellen\n\nTalvora streicht 800 Stellen. Die Tochter Talvora Versicherung streicht 200 "
           "Stellen.", "Talvora Versicherung", "job_cuts"),
    ("sv", "Talvora varslar\n\nTalvora varslar 800 anställda. Dotterbolaget Talvora Försäkring varslar 200 anställda.",
     "Talvora Försäkring", "job_cuts"),
    ("nl", "Talvora schrapt banen\n\nTalvora schrapt 800 banen. Het dochterbedrijf Talvora Verzekeringen schrapt 200 "
           "banen.", "Talvora Verzekeringen", "job_cuts"),
    ("fr", "Talvora supprime des postes\n\nTalvora va supprimer 800 postes. Sa filiale Talvora Assurances va supprimer "
           "200 postes.", "Talvora Assurances", "job_cuts"),
    ("es", "Talvora gana\n\nLa aseguradora alemana Talvora obtuvo un beneficio neto de 800 millones de euros en 2025. "
           "Su filial española, Talvora Seguros, ganó 200 millones de euros.", "Talvora Seguros", "net_income"),
]


@pytest.mark.parametrize(("lang", "text", "unit", "kind"), SUBSIDIARIES)
def test_a_subsidiary_keeps_its_own_figure_and_its_parent_its(lang, text, unit, kind):
    """"Talvora will cut 800 jobs. Its subsidiary Talvora Insurance will cut 200 jobs": 800 are Talvora's."""
    x = extracted(lang, text)
    money = 1e6 if kind == "net_income" else 1
    assert claims_of(x) == sorted([(kind, "Talvora", 800 * money), (kind, unit, 200 * money)])


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("en", "Kestrova cuts jobs\n\nKestrova Halden, a unit of Kestrova, will cut 300 jobs.", "Kestrova Halden"),
    ("en", "Kestrova cuts jobs\n\nKestrova Marine, a unit of Kestrova, will cut 300 jobs.", "Kestrova Marine"),
    ("nl", "Kestrova schrapt banen\n\nKestrova Marine, een dochter van Kestrova, schrapt 300 banen.", "Kestrova Marine"),
    ("sv", "Kestrova varslar\n\nKestrova Marin, ett dotterbolag till Kestrova, varslar 300 anställda.", "Kestrova Marin"),
    ("fr", "Kestrova supprime des postes\n\nKestrova Marine, filiale du groupe Kestrova, va supprimer 300 postes.",
     "Kestrova Marine"),
    ("es", "Kestrova recorta empleos\n\nKestrova Marina, filial de Kestrova, eliminará 300 empleos.", "Kestrova Marina"),
])
def test_a_unit_named_before_its_parent_makes_the_cuts(lang, text, unit):
    """"Kestrova Halden, a unit of Kestrova, will cut 300 jobs": the unit's cuts, not the parent's."""
    assert claims_of(extracted(lang, text)) == [("job_cuts", unit, 300)]


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Harlow cuts jobs\n\nHarlow Foods will cut 200 jobs. Harlow said the unit was losing money.", "Harlow Foods"),
    ("en", "Harlow cuts jobs\n\nHarlow will cut 200 jobs. Harlow Insurance is based in Leeds.", "Harlow Insurance"),
])
def test_a_short_name_still_stands_for_the_one_long_name(lang, text, org):
    """Guard: no subsidiary is introduced, so "Harlow" is still "Harlow Foods"."""
    assert claims_of(extracted(lang, text)) == [("job_cuts", org, 200)]


@pytest.mark.parametrize(("lang", "text", "unit", "parent"), [
    ("en", "Talvora cuts jobs\n\nTalvora will cut 800 jobs. Its subsidiary Talvora Insurance will cut 200 jobs.",
     "Talvora Insurance", "Talvora"),
    ("en", "Kestrova cuts jobs\n\nKestrova Halden, a unit of Kestrova Group, will cut 300 jobs.", "Kestrova Halden", None),
    ("sv", "Kestrova varslar\n\nKestrova Marin, ett dotterbolag till Kestrova Group, varslar 300 anställda.",
     "Kestrova Marin", None),
])
def test_the_subsidiary_not_its_parent_is_the_one_named_as_such(lang, text, unit, parent):
    """The subsidiary's entity has the article's organisation of its stem as parent; the parent named after "a unit
    of" is no subsidiary of anything."""
    x = extracted(lang, text)
    parents = {e.name: e.parent for e in x.entities if e.type == "organization"}
    assert parents[unit] == parent
    assert [p for name, p in parents.items() if name != unit] == [None]
