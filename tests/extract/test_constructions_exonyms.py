"""A site named in another language's name of its town (an exonym: "Göteborg", "Gothenburg", "Gotemburgo") is one
site, under the town's own name (its endonym) in the gazetteer's places (kg/extract/gazetteer.toml), in short articles the
project wrote about made-up companies; a town the places lack keeps its own name."""

from __future__ import annotations

import pytest

from extract.test_constructions import extracted


def _sites(lang: str, text: str) -> list[str]:
    return [c.object for c in extracted(lang, text).claims if c.kind == "store_closure"]


@pytest.mark.parametrize(("lang", "text", "site"), [
    ("en", "Halvorne will close its Gothenburg plant in March 2027.", "Göteborg"),
    ("sv", "Halvorne AB lägger ner sin fabrik i Göteborg i mars 2027.", "Göteborg"),
    ("es", "Halvorne cerrará su fábrica de Gotemburgo en marzo de 2027.", "Göteborg"),
    ("de", "Die Halvorne GmbH schließt ihr Werk in Köln im März 2027.", "Köln"),
    ("de", "Die Halvorne GmbH schließt ihr Kölner Werk im März 2027.", "Köln"),
    ("fr", "Halvorne fermera son usine de Cologne en mars 2027.", "Köln"),
    ("nl", "Halvorne BV sluit zijn fabriek in Keulen in maart 2027.", "Köln"),
    ("nl", "Halvorne BV sluit zijn kantoor in Den Haag in maart 2027.", "Den Haag"),
    ("fr", "Halvorne fermera son entrepôt d'Anvers en mars 2027.", "Antwerpen"),
    ("es", "Halvorne cerrará su almacén de Amberes en marzo de 2027.", "Antwerpen"),
])
def test_a_site_named_by_an_exonym_is_the_towns_one_site(lang, text, site):
    """The site closed is the town under its own name, whichever language names it (was: "Gothenburg",
    "Gotemburgo", "Cologne", "Keulen", "Anvers", "Amberes" and "Den" as sites of their own)."""
    assert _sites(lang, text) == [site]


@pytest.mark.parametrize(("lang", "text", "sites"), [
    ("fr", "Halvorne fermera son usine de Valence en mars 2027.", ["Valence"]),  # the Drôme's, not Valencia
    ("en", "Halvorne will close its plant in Leiden in March 2027.", ["Leiden"]),
    ("de", "Die Halvorne GmbH schließt ihr Werk in Köln und ihr Werk in Bonn im März 2027.", ["Köln", "Bonn"]),
    ("nl", "Halvorne BV sluit zijn fabriek in Gent in maart 2027.", ["Gent"]),
])
def test_a_town_the_places_lack_keeps_its_name_and_two_towns_stay_two(lang, text, sites):
    """A town the places do not list keeps its own name ("Valence" is no Valencia), and two towns stay two sites."""
    assert _sites(lang, text) == sites


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Brussels Airlines said on Tuesday it will cut 200 jobs.", "Brussels Airlines"),
    ("en", "Munich Re said on Tuesday it will cut 200 jobs.", "Munich Re"),
    ("de", "Die Berliner Volksbank streicht 200 Stellen.", "Berliner Volksbank"),
])
def test_a_firm_named_after_its_town_stays_a_firm(lang, text, org):
    """A firm whose name opens with a town's is the firm: "Brussels" is the town's own name, no genitive of
    "Brussel" (was: no organisation, so no claim)."""
    assert [(c.kind, c.org) for c in extracted(lang, text).claims] == [("job_cuts", org)]
