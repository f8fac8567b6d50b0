"""A site's closure the organisation denied ("No vamos a cerrar la fábrica de Teruel"), told by other articles from
the week before the denial to a year after it: a stance row (hard when the organisation itself announces the closure).
End to end, extractor included, on articles written for the project about made-up companies."""

from __future__ import annotations

import pytest
from contradictions.built import contradictions_of, news

DENIAL = ("El consejero delegado de {0}, Pablo Ruiz, negó el martes que la compañía vaya a cerrar su fábrica de "
          "Teruel. \"No vamos a cerrar Teruel\", dijo.")
CLOSURE = "Appliance maker {0} will close its factory in {1} by the end of 2027, the company said on Tuesday."

ARTICLES = [
    news("alvenor-es-1", "2026-11-04", DENIAL.format("Alvenor")),
    news("alvenor-en-2", "2027-02-16", CLOSURE.format("Alvenor", "Teruel")),
    # another site closed after the denial: no row
    news("brisca-es-1", "2026-11-04", DENIAL.format("Brisca")),
    news("brisca-en-2", "2027-02-16", CLOSURE.format("Brisca", "Huesca")),
    # the closure told more than a year after the denial: plans changed, no row
    news("cendal-es-1", "2025-06-03", DENIAL.format("Cendal")),
    news("cendal-en-2", "2027-02-16", CLOSURE.format("Cendal", "Teruel")),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> list[dict]:
    return contradictions_of(tmp_path_factory.mktemp("closures-denied"), ARTICLES)


def test_a_site_closure_denied_then_announced_is_a_stance_row(found):
    [row] = [r for r in found if r["org"] == "Alvenor"]
    closure, denial = row["claims"]
    assert (row["kind"], row["severity"]) == ("stance", "hard")
    assert (closure["article"], closure["object"]) == ("alvenor-en-2", "Teruel")
    assert (denial["article"], denial["object"]) == ("alvenor-es-1", "Teruel")


def test_another_site_or_a_closure_years_later_gives_no_row(found):
    assert not [r["explanation"] for r in found if r["org"] in ("Brisca", "Cendal")]
