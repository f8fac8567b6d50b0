"""Crowns, company nouns, sites and times that blind articles the project wrote itself were missed on, in short
articles about made-up companies in several languages: each expectation names every claim the article gives."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Norvika cuts jobs\n\nNorvika, the Norwegian shipping group, will cut 300 jobs. Its revenue fell to 410 "
           "million crowns.", "Norvika", [("job_cuts", 300, "count", {}), ("revenue", 4.1e8, "NOK", {})]),
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
    # Swedish "kronor" is the Swedish crown though the article names another country's firm or crown: a Swedish
    # outlet writes "norska kronor" for Norway's
    ("sv", "Norvika varslar\n\nDet norska rederiet Norvika varslar 300 anställda. Omsättningen sjönk till 410 miljoner "
           "kronor.", "Norvika", [("job_cuts", 300, "count", {}), ("revenue", 4.1e8, "SEK", {})]),
    ("sv", "Norvika tappar\n\nNorvika AB:s omsättning sjönk till 410 miljoner kronor. Den starkare kronan mot norska "
           "kronan tyngde.", "Norvika", [("revenue", 4.1e8, "SEK", {})]),
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
    Kronen") included; the Swedish "kronor" is Swedish whatever country is named (`numbers.currency_own`), and any
    other word with none or two named is no sum."""
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


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("nl", "Halvern boekt winst\n\nHalvern BV boekte in het eerste halfjaar van 2026 een nettowinst van 400 miljoen euro. "
           "Voor heel 2026 verwacht Halvern een nettowinst van 850 miljoen euro.", "EUR"),
    ("en", "Halvern posts profit\n\nHalvern Group posted net income of 400 million euros in the first half of 2026. For "
           "the whole of 2026, Halvern Group expects net income of 850 million euros.", "EUR"),
    ("de", "Halvern mit Gewinn\n\nDie Halvern GmbH erzielte im ersten Halbjahr 2026 einen Nettogewinn von 400 Millionen "
           "Euro. Für das gesamte Jahr 2026 erwartet Halvern einen Nettogewinn von 850 Millionen Euro.", "EUR"),
    ("fr", "Halvern bénéficiaire\n\nLe groupe Halvern a réalisé au premier semestre 2026 un bénéfice net de 400 millions "
           "d'euros. Sur l'ensemble de 2026, Halvern prévoit un bénéfice net de 850 millions d'euros.", "EUR"),
    ("es", "Halvern gana\n\nLa empresa Halvern obtuvo en el primer semestre de 2026 un beneficio neto de 400 millones de "
           "euros. Para todo 2026, Halvern prevé un beneficio neto de 850 millones de euros.", "EUR"),
    ("sv", "Halvern gör vinst\n\nHalvern AB redovisade under första halvåret 2026 ett nettoresultat på 400 miljoner "
           "kronor. För helåret 2026 räknar Halvern med ett nettoresultat på 850 miljoner kronor.", "SEK"),
])
def test_a_result_for_the_whole_year_after_its_first_half_is_the_year_s(lang, text, unit):
    """A year with a word of the whole year in its sentence ("voor heel 2026", "for the whole of 2026", `time.full_year`)
    is not narrowed to the half-year the sentence before was on."""
    org = "Halvern Group" if lang == "en" else "Halvern"
    check_construction("the whole year", extracted(lang, text), org,
                       [("net_income", 4e8, unit, dict(when="2026-H1")), ("net_income", 8.5e8, unit, dict(when="2026"))])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lormex closes\n\nLormex runs a warehouse in Lormton. The warehouse will close in July."),
    ("fr", "Lormex ferme\n\nLe groupe Lormex possède un entrepôt à Lormton. L'entrepôt fermera dès juillet."),
    ("de", "Lormex schließt\n\nDie Lormex GmbH betreibt ein Lager in Lormton. Das Lager wird im Juli geschlossen."),
    ("nl", "Lormex sluit\n\nLormex BV heeft een magazijn in Lormton. Het magazijn sluit in juli."),
    ("es", "Lormex cierra\n\nLa empresa Lormex tiene un almacén en Lormton. El almacén cerrará en julio."),
])
def test_a_site_named_in_a_sentence_before_is_the_one_closed(lang, text):
    """A noun of one site closed with no place of its own, no indefinite article before it, is the site the sentences
    before named with that noun, when they named one."""
    check_construction("a site named before", extracted(lang, text), "Lormex",
                       [("store_closure", None, None, dict(object="Lormton", when="2026-07"))])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lormex closes\n\nLormex runs a warehouse in Lormton and a warehouse in Lormport. The warehouse will close in "
           "July."),
    ("en", "Lormex closes\n\nLormex runs a warehouse in Lormton. It will close a warehouse in July."),
    ("fr", "Lormex ferme\n\nLe groupe Lormex possède un entrepôt à Lormton et un entrepôt à Lormport. L'entrepôt fermera "
           "dès juillet."),
])
def test_a_site_of_two_named_before_or_one_more_is_none_closed(lang, text):
    """Guard: two sites named before with that noun, or "a warehouse", say no place."""
    check_construction("no site named before", extracted(lang, text), "Lormex", [])


@pytest.mark.parametrize(("text", "expected"), [
    ("Lormex schließt ein Werk\n\nDie Lormex GmbH schließt eines von drei Werken und streicht 300 Stellen.",
     [("store_closure", 1, "count", {}), ("job_cuts", 300, "count", {})]),
    ("Lormex schließt ein Werk\n\nDie Lormex GmbH schließt eines von drei Werken in Deutschland.",
     [("store_closure", 1, "count", {})]),
    # guard: one of three jobs is a share
    ("Lormex streicht Stellen\n\nDie Lormex GmbH streicht eine von drei Stellen.", [("job_cuts", 33.3, "percent", {})]),
])
def test_one_of_three_plants_is_one_plant_closed(text, expected):
    """German "eines von drei Werken": "von" before a count of sites says one of them (`numbers.one_of`), no share."""
    check_construction("one of three plants", extracted("de", text), "Lormex", expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Lormex ferme\n\nLe groupe Lormex possède une usine à Lormton. Selon la CGT, le site fermera dès décembre."),
    ("en", "Lormex closes\n\nLormex runs a factory in Lormton. According to the union, the site will close in December."),
    ("de", "Lormex schließt\n\nDie Lormex GmbH betreibt ein Werk in Lormton. Der Standort wird im Dezember geschlossen."),
    ("nl", "Lormex sluit\n\nLormex BV heeft een fabriek in Lormton. De vestiging sluit in december."),
    ("sv", "Lormex stänger\n\nLormex AB har en fabrik i Lormton. Anläggningen stängs i december."),
    # a locative before a time after it is no place of its own
    ("de", "Lormex schließt\n\nDie Lormex GmbH betreibt ein Werk in Lormton. Nach Angaben der Gewerkschaft wird der "
           "Standort im Dezember geschlossen."),
    ("nl", "Lormex sluit\n\nLormex BV heeft een fabriek in Lormton. Volgens de vakbond sluit de vestiging in december."),
    ("sv", "Lormex stänger\n\nLormex AB har en fabrik i Lormton. Enligt facket stängs anläggningen i december."),
])
def test_the_site_is_whichever_one_site_was_named_before(lang, text):
    """A word of any site (`stores.any_site`: "le site", "der Standort") closed with no place of its own is the one
    site the sentences before named with any noun of one site."""
    check_construction("the site named before", extracted(lang, text), "Lormex",
                       [("store_closure", None, None, dict(object="Lormton", when="2026-12"))])


def test_the_site_of_two_named_before_is_none():
    """Guard: a plant and a warehouse named before, "le site" says neither."""
    text = ("Lormex ferme\n\nLe groupe Lormex possède une usine à Lormton et un entrepôt à Lormport. Selon la CGT, le "
            "site fermera dès décembre.")
    check_construction("two sites named before", extracted("fr", text), "Lormex", [])
