"""A cause the cuts are "not about" ("Det här handlar inte om automatisering", the negation between the verb and its
particle in a Swedish main clause) is denied, in all six languages. Short articles the project wrote about a company
no gazetteer lists."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Article

NOT_ABOUT = [
    ("en", "Halstrom Packaging cuts jobs\n\nHalstrom Packaging will cut 900 jobs, it said on Tuesday. \"This is not "
           "about automation,\" chief executive Lena Berg said."),
    ("sv", "Halstrom Packaging varslar\n\nHalstrom Packaging varslar 900 anställda, meddelade bolaget på tisdagen. – Det "
           "här handlar inte om automatisering, säger vd Lena Berg."),
    ("sv", "Halstrom Packaging varslar\n\nHalstrom Packaging varslar 900 anställda, meddelade bolaget på tisdagen. "
           "Neddragningarna handlade inte om automatisering, sade vd Lena Berg."),
    ("de", "Halstrom Packaging streicht Stellen\n\nHalstrom Packaging streicht 900 Stellen, teilte das Unternehmen am "
           "Dienstag mit. „Es geht hier nicht um Automatisierung“, sagte Vorstandschefin Lena Berg."),
    ("nl", "Halstrom Packaging schrapt banen\n\nHalstrom Packaging schrapt 900 banen, maakte het bedrijf dinsdag bekend. "
           "\"Het gaat hier niet om automatisering\", zei topvrouw Lena Berg."),
    ("fr", "Halstrom Packaging supprime des postes\n\nHalstrom Packaging va supprimer 900 postes, a annoncé mardi "
           "l'entreprise. « Il ne s'agit pas d'automatisation », a déclaré la directrice générale, Lena Berg."),
    ("es", "Halstrom Packaging recorta empleo\n\nHalstrom Packaging recortará 900 empleos, anunció el martes la empresa. "
           "«No se trata de automatización», dijo la consejera delegada, Lena Berg."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ABOUT, ids=[f"{c[0]}-{n}" for n, c in enumerate(NOT_ABOUT)])
def test_a_cause_the_cuts_are_not_about_is_denied(lang, text):
    x = extract(Article(id="not-about", text=text, language=lang, published="2026-03-04"))
    assert [(c.object, c.polarity) for c in x.claims if c.kind == "cause"] == [("automation", "deny")]
