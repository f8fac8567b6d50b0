"""Cuts told with a word pointing at a site named just before ("de fabriek in Dorfheim ...: daar verdwijnen 90
banen"): the part of the round at that site, compared with no count of the whole round."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted

WHOLE = ("job_cuts", 900, "count", dict(aggregate=None))
SITE = ("job_cuts", 90, "count", dict(aggregate="part"))


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Kormath schrapt 900 banen\nHet machinebedrijf Kormath schrapt 900 banen. Ook de fabriek in Dorfheim "
           "ontkomt er niet aan: daar verdwijnen 90 banen."),
    ("de", "Kormath streicht 900 Stellen\nDer Maschinenbauer Kormath streicht 900 Stellen. Auch das Werk in Dorfheim "
           "ist betroffen. Dort fallen 90 Stellen weg."),
    ("sv", "Kormath skär ned\nVerkstadsbolaget Kormath ska dra ned med 900 tjänster. Även fabriken i Dorfheim "
           "berörs. Där försvinner 90 tjänster."),
    ("es", "Kormath recortará 900 empleos\nLa empresa Kormath recortará 900 empleos. También la planta de Dorfheim "
           "se verá afectada: allí desaparecerán 90 empleos."),
    ("en", "Kormath to cut 900 jobs\nMachine maker Kormath will cut 900 jobs. Its plant in Dorfheim is hit too: "
           "there, 90 jobs will go."),
])
def test_cuts_there_after_a_site_are_its_part(lang, text):
    """A word of "there" (`stores.there`) one word at most before the figure, a noun of one site (`stores.one`) before
    it in its sentence or the one before in its block."""
    check_construction("cuts there", extracted(lang, text), "Kormath", [WHOLE, SITE])


@pytest.mark.parametrize(("lang", "text"), [
    # no site named before the word of "there"
    ("de", "Kormath streicht 900 Stellen\nDer Maschinenbauer Kormath streicht 900 Stellen. Dort fallen 90 Stellen "
           "weg, hieß es."),
    # the site named in the paragraph before, not in this one
    ("nl", "Kormath schrapt banen\nHet machinebedrijf Kormath heeft een fabriek in Dorfheim.\n\nKormath schrapt 900 "
           "banen. Daar verdwijnen 90 banen."),
])
def test_cuts_there_without_a_site_before_are_no_part(lang, text):
    check_construction("cuts there, no site", extracted(lang, text), "Kormath",
                       [WHOLE, ("job_cuts", 90, "count", dict(aggregate=None))])
