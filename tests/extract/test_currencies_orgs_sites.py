"""Crowns, company nouns, sites and times that blind articles the project wrote itself were missed on, in short
articles about made-up companies in several languages: each expectation names every claim the article gives."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Norvika cuts jobs\n\nNorvika, the Norwegian shipping group, will cut 300 jobs. Its revenue fell to 410 "
           "million crowns.", "Norvika", [("job_cuts", 300, "count", {}), ("revenue", 4.1e8, "NOK", {})]),
    ("sv", "Norvika varslar\n\nDet norska rederiet Norvika varslar 300 anställda. Omsättningen sjönk till 410 miljoner "
           "kronor.", "Norvika", [("job_cuts", 300, "count", {}), ("revenue", 4.1e8, "NOK", {})]),
    ("de", "Norvika streicht Stellen\n\nDie norwegische Reederei Norvika streicht 300 Stellen. Der Umsatz sank auf 410 "
           "Millionen Kronen.", "Norvika", [("job_cuts", 300, "count", {}), ("revenue", 4.1e8, "NOK", {})]),
    ("de", "Norvika streicht Stellen\n\nDie Reederei Norvika streicht 300 Stellen. Der Umsatz sank auf 410 Millionen "
           "dänischen Kronen.", "Norvika", [("job_cuts", 300, "count", {}), ("revenue", 4.1e8, "DKK", {})]),
    ("fr", "Norvika supprime des postes\n\nL'armateur danois Norvika va supprimer 300 postes. Son chiffre d'affaires a "
           "reculé à 410 millions de couronnes.", "Norvika",
     [("job_cuts", 300, "count", {}), ("revenue", 4.1e8, "DKK", {})]),
    ("nl", "Norvika schrapt banen\n\nDe Noorse rederij Norvika schrapt 300 banen. De omzet daalde tot 410 miljoen "
           "kronen.", "Norvika", [("job_cuts", 300, "count", {}), ("revenue", 4.1e8, "NOK", {})]),
    ("es", "Norvika recorta empleos\n\nLa naviera noruega Norvika recortará 300 empleos. Su facturación cayó hasta 410 "
           "millones de coronas.", "Norvika", [("job_cuts", 300, "count", {}), ("revenue", 4.1e8, "NOK", {})]),
    # Swedish "kronor" with no other country named is the Swedish crown
    ("sv", "Norvika varslar\n\nRederiet Norvika varslar 300 anställda. Omsättningen sjönk till 410 miljoner kronor.",
     "Norvika", [("job_cuts", 300, "count", {}), ("revenue", 4.1e8, "SEK", {})]),
    # guard: no country named, or two: whose crowns is a guess, no sum
    ("en", "Norvika cuts jobs\n\nShipping group Norvika will cut 300 jobs. Its revenue fell to 410 million crowns.",
     "Norvika", [("job_cuts", 300, "count", {})]),
    ("de", "Norvika streicht Stellen\n\nDie Reederei Norvika streicht 300 Stellen. Der Umsatz sank auf 410 Millionen "
           "Kronen.", "Norvika", [("job_cuts", 300, "count", {})]),
    ("fr", "Norvika supprime des postes\n\nL'armateur Norvika va supprimer 300 postes. Son chiffre d'affaires a reculé "
           "à 410 millions de couronnes.", "Norvika", [("job_cuts", 300, "count", {})]),
    ("nl", "Norvika schrapt banen\n\nDe Noorse rederij Norvika schrapt 300 banen, ook bij haar Deense dochter. De omzet "
           "daalde tot 410 miljoen kronen.", "Norvika", [("job_cuts", 300, "count", {})]),
])
def test_crowns_are_of_the_one_country_the_article_names(lang, text, org, expected):
    """"Kronen", "crowns", "couronnes" with no crown named before are the crown of the one country a word of the
    article names ("the Norwegian shipping group", `numbers.currency_demonyms`), a German dative ("norwegischen
    Kronen") included; with none or two named, the Swedish "kronor" is Swedish (`numbers.currency_own`) and any
    other is no sum."""
    check_construction("crowns of a country named", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Banen weg\n\nGeldverstrekker Norvika schrapt 300 banen."),
    ("nl", "Banen weg\n\nNetbeheerder Norvika schrapt 300 banen."),
    ("sv", "Varsel\n\nRederiet Norvika varslar 300 anställda."),
    ("sv", "Varsel\n\nLångivaren Norvika varslar 300 anställda."),
    ("de", "Stellenabbau\n\nDer Kreditgeber Norvika streicht 300 Stellen."),
    ("de", "Stellenabbau\n\nDer Betreiber Norvika streicht 300 Stellen."),
    ("en", "Job cuts\n\nShipowner Norvika will cut 300 jobs."),
])
def test_a_trade_noun_before_a_name_is_no_part_of_it(lang, text):
    """A shipowner's, a lender's, a grid operator's noun opening the sentence before the name is a company noun
    (`entities.company_nouns`), no part of the name."""
    check_construction("a trade noun before the name", extracted(lang, text), "Norvika", [("job_cuts", 300, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lormex closes sites\n\nLormex will close its plant in Lormton and its depot at Lormport."),
    ("fr", "Lormex ferme des sites\n\nLe groupe Lormex va fermer son usine de Lormton et son entrepôt de Lormport."),
    ("es", "Lormex cierra centros\n\nLa empresa Lormex cerrará su fábrica de Lormton y su almacén de Lormport."),
    ("nl", "Lormex sluit vestigingen\n\nLormex BV sluit haar fabriek in Lormton en haar magazijn in Lormport."),
    ("de", "Lormex schließt Standorte\n\nDie Lormex GmbH schließt das Werk in Lormton und das Lager in Lormport."),
    ("sv", "Lormex stänger anläggningar\n\nLormex AB stänger sin fabrik i Lormton och sin bas i Lormport."),
])
def test_a_second_site_after_an_and_is_closed_too(lang, text):
    """A plant noun right after a site closed and an "and" (a determiner or possessive between) is closed by the
    same verb, though another plant noun stands between them."""
    check_construction("a second site", extracted(lang, text), "Lormex",
                       [("store_closure", None, None, dict(object="Lormton")),
                        ("store_closure", None, None, dict(object="Lormport"))])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lormex closes a plant\n\nLormex will close its plant in Lormton and open a depot at Lormport."),
    ("de", "Lormex schließt ein Werk\n\nDie Lormex GmbH schließt das Werk in Lormton und eröffnet das Lager in Lormport."),
])
def test_a_site_opened_after_one_closed_is_not_closed(lang, text):
    """Guard: another verb after the "and" acts on the second plant noun."""
    check_construction("a site opened", extracted(lang, text), "Lormex",
                       [("store_closure", None, None, dict(object="Lormton"))])
