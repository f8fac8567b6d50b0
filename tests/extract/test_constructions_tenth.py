"""Constructions the tenth round of blind articles (x10) taught, in short articles the project wrote in several
languages about made-up companies: each expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted

SITES_LEFT = {  # a whole of sites, then those left: the rest closed, never a workforce of those left
    "en": "Velmora Bank closes branches\n\nVelmora Bank will close branches across the country. Of today's 96 "
          "branches, 60 will remain, the bank said.",
    "sv": "Velmora Bank stänger kontor\n\nVelmora Bank AB stänger kontor i hela landet. Av dagens 96 kontor blir 60 "
          "kvar, uppger banken.",
    "de": "Velmora Bank schließt Filialen\n\nDie Velmora Bank AG schließt Filialen im ganzen Land. Von den heute 96 "
          "Filialen bleiben 60, teilte die Bank mit.",
    "nl": "Velmora Bank sluit kantoren\n\nVelmora Bank NV sluit kantoren in het hele land. Van de huidige 96 kantoren "
          "blijven er 60 over, aldus de bank.",
    "fr": "Velmora Bank ferme des agences\n\nLa banque Velmora Bank ferme des agences dans tout le pays. Sur ses 96 "
          "agences actuelles, 60 resteront, a indiqué la banque.",
    "es": "Velmora Bank cierra oficinas\n\nEl banco Velmora Bank cierra oficinas en todo el país. De las 96 oficinas "
          "actuales quedarán 60, informó la entidad.",
}


@pytest.mark.parametrize("lang", sorted(SITES_LEFT))
def test_the_sites_left_of_a_whole_make_the_rest_closed(lang):
    """"Of today's 96 branches, 60 will remain" beside a closing verb: 36 closures (96 - 60), no workforce of 60."""
    check_construction("sites left", extracted(lang, SITES_LEFT[lang]), "Velmora Bank",
                       [("store_closure", 36, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Velmora Bank reorganises\n\nVelmora Bank is reorganising its network. Of today's 96 branches, 60 will "
           "remain, the bank said."),  # no closing word: no figure derived
    ("es", "Velmora Bank cierra oficinas\n\nEl banco Velmora Bank cierra oficinas. De las 96 oficinas actuales, 30 "
           "quedarán cerradas."),  # the word of remaining does not end the clause: not those left
    ("de", "Velmora Bank baut um\n\nDie Velmora Bank AG baut ihr Netz um. Von den heute 96 Filialen bleiben 60."),
])
def test_sites_left_with_no_closure_told_give_no_claim(lang, text):
    """A part of a whole of sites counts no staff; with no closing word near, or a word after the one of remaining,
    no closures are derived either."""
    check_construction("sites left, no closure", extracted(lang, text), "Velmora Bank", [])
