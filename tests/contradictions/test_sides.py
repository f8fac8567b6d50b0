"""Sides of the story sets' disagreements the engine dropped (the y6 round): a third party's count beside the
company's in one article, a word of more in its sentence that is not of its figure. End to end, extractor included,
on articles written for the project about made-up companies."""

from __future__ import annotations

import pytest
from contradictions.built import contradictions_of, news

ARTICLES = [
    news("brastow-es-1", "2027-03-09", "La cadena Brastow eliminará 900 empleos, anunció la empresa el martes.\n\n"
                                           "Según el sindicato CCOO, el ajuste afectará en realidad a unos 1.300 "
                                           "empleados, porque la empresa prevé cerrar más tiendas de las anunciadas."),
    news("brastow-en-2", "2027-03-09", "Retailer Brastow will cut 900 jobs, the company said on Tuesday."),
    news("quilmarsh-en-1", "2027-04-06", "Retailer Quilmarsh will cut 900 jobs, the company said on Tuesday.\n\n"
                                             "According to the GMB union, the restructuring will affect about 1,300 "
                                             "jobs, because the company intends to close more stores than it "
                                             "said."),
    news("quilmarsh-fr-2", "2027-04-07", "Le distributeur Quilmarsh va supprimer 900 emplois, a annoncé "
                                             "l'entreprise mardi."),
    # guard: the union's word of more is of its own figure: another round, no rival of the 900
    news("dornwick-en-1", "2027-05-04", "Retailer Dornwick will cut 900 jobs, the company said on Tuesday.\n\n"
                                            "According to the GMB union, about 1,300 more workers will lose their "
                                            "jobs next year."),
    news("dornwick-fr-2", "2027-05-05", "Le distributeur Dornwick va supprimer 900 emplois, a annoncé "
                                            "l'entreprise mardi."),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> list[dict]:
    return contradictions_of(tmp_path_factory.mktemp("sides"), ARTICLES)


@pytest.mark.parametrize("org", ["Brastow", "Quilmarsh"])
def test_a_word_of_more_away_from_a_unions_figure_leaves_it_a_rival(found, org):
    """"unos 1.300 empleados, porque la empresa prevé cerrar más tiendas": the "más" is of stores, clauses away from
    the union's figure, so the 1,300 is its count of the company's round, a soft rival of the 900 (was: no row, the
    union's count read as another round)."""
    [row] = [r for r in found if r["org"] == org and r["kind"] == "numeric"]
    assert row["severity"] == "soft"
    assert sorted(c["value"] for c in row["claims"]) == [900, 1300]


def test_a_word_of_more_beside_a_unions_figure_makes_it_another_round(found):
    assert not [r["explanation"] for r in found if r["org"] == "Dornwick" and r["kind"] == "numeric"]
