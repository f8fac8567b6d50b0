"""A correction that quotes what an earlier version of the article said ("An earlier version of this article said the
plan would affect 3,000 jobs"): the figures of its sentence were wrongly said, no claim; the corrected figure is.
Short articles the project wrote, in all six languages, about a company no gazetteer lists."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Article

CORRECTIONS = [
    ("en", "Orlavan Bank to cut jobs\n\nOrlavan Bank will cut 2,100 jobs, the bank said on Tuesday. Correction: an "
           "earlier version of this article said the bank would cut 3,000 jobs."),
    ("es", "Orlavan Bank recorta empleo\n\nOrlavan Bank recortará 2.100 empleos, anunció el martes el banco. "
           "Corrección: en una versión anterior de esta información se indicaba que el ERE afectaría a 3.000 empleados."),
    ("fr", "Orlavan Bank supprime des postes\n\nOrlavan Bank va supprimer 2 100 postes, a annoncé mardi la banque. "
           "Rectificatif : une version précédente de cet article indiquait que le plan toucherait 3 000 postes."),
    ("de", "Orlavan Bank streicht Stellen\n\nDie Orlavan Bank streicht 2.100 Stellen, teilte die Bank am Dienstag mit. "
           "Korrektur: In einer früheren Version dieses Artikels hieß es, der Plan betreffe 3.000 Stellen."),
    ("nl", "Orlavan Bank schrapt banen\n\nOrlavan Bank schrapt 2.100 banen, maakte de bank dinsdag bekend. Correctie: "
           "in een eerdere versie van dit artikel stond dat het plan 3.000 banen zou treffen."),
    ("sv", "Orlavan Bank varslar\n\nOrlavan Bank varslar 2 100 anställda, meddelade banken på tisdagen. Rättelse: i en "
           "tidigare version av artikeln stod det att planen skulle omfatta 3 000 jobb."),
]


@pytest.mark.parametrize(("lang", "text"), CORRECTIONS, ids=[c[0] for c in CORRECTIONS])
def test_the_figure_a_correction_quotes_as_wrong_is_no_claim(lang, text):
    x = extract(Article(id="correction", text=text, language=lang, published="2026-03-04"))
    assert sorted(c.quantity.value for c in x.claims if c.quantity and c.kind == "job_cuts") == [2100]
