"""Constructions the thirteenth blind set (q12, long articles) taught, in short articles the project wrote in several
languages about made-up companies: each expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("nl", "Het personeel van Brammert Meubelen hoorde dinsdag het nieuws. Brammert schrapt 120 banen en telt nu nog "
           "900 medewerkers. Het bedrijf werd in 1931 opgericht door Hendrik Brammert.", "Brammert Meubelen"),
    ("en", "Staff at Brammert Furnishings heard the news on Tuesday. Brammert will cut 120 jobs and now has 900 "
           "employees. The firm was founded in 1931 by Henry Brammert.", "Brammert Furnishings"),
    ("sv", "Personalen på Brammert Möbler fick beskedet på tisdagen. Brammert varslar 120 anställda och har nu 900 "
           "anställda. Företaget grundades 1931 av Henrik Brammert.", "Brammert Möbler"),
    ("fr", "Les salariés de Brammert Mobilier ont appris la nouvelle mardi. Brammert va supprimer 120 postes et compte "
           "désormais 900 salariés. L'entreprise a été fondée en 1931 par Henri Brammert.", "Brammert Mobilier"),
])
def test_a_firm_named_after_its_founder_is_found(lang, text, org):
    """A firm written whole ("Brammert Meubelen") and bare ("Brammert") beside its founder's full name ("Hendrik
    Brammert"): the bare name is the firm's, not the founder's surname (no organisation was found, so a rival named
    later took its figures)."""
    check_construction("a firm named after its founder", extracted(lang, "Brammert\n\n" + text), org,
                       [("job_cuts", 120, "count", {}), ("workforce", 900, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org", "currency"), [
    ("en", "The FTSE 100 closed 0.3% higher on Thursday.\n\nCOMPANY MOVES\n\nTornby Foods fell 6% on the FTSE 250 after "
           "it said it would cut 300 jobs. Its revenue was £400 million.", "Tornby Foods", "GBP"),
    ("es", "El Ibex 35 cerró con una subida del 0,3%.\n\nMOVIMIENTOS EMPRESARIALES\n\nLa cadena Tornby Alimentación cayó un 6% "
           "en el Ibex 35 tras anunciar el despido de 300 trabajadores. Sus ingresos fueron de 400 millones de euros.",
     "Tornby Alimentación", "EUR"),
    ("de", "Der Dax schloss am Donnerstag 0,3 Prozent höher.\n\nUNTERNEHMEN IM FOKUS\n\nDie Tornby Foods AG verlor im "
           "MDax 6 Prozent, nachdem sie angekündigt hatte, 300 Stellen zu streichen. Ihr Umsatz betrug 400 Millionen "
           "Euro.", "Tornby Foods", "EUR"),
    ("fr", "Le CAC 40 a terminé en hausse de 0,3 % jeudi.\n\nLES VALEURS DU JOUR\n\nTornby Foods a perdu 6 % après avoir "
           "annoncé la suppression de 300 postes. Son chiffre d'affaires a atteint 400 millions d'euros.",
     "Tornby Foods", "EUR"),
])
def test_an_index_or_a_crosshead_is_no_organisation(lang, text, org, currency):
    """A market wrap's index ("the FTSE 250", `entities.indices`) and a crosshead written wholly in capitals ("COMPANY
    MOVES") name no organisation (the index took the figures of the firms it moved)."""
    check_construction("an index and a crosshead", extracted(lang, "Tornby\n\n" + text), org,
                       [("job_cuts", 300, "count", {}), ("revenue", 400e6, currency, {})])


@pytest.mark.parametrize("text", [
    "Brammert Data anställer\n\nLinköpingsbaserade Brammert Data varslar 160 anställda. Brammert har 3 200 anställda.",
    "Brammert\n\nStockholmsbaserade Brammert Data varslar 160 anställda. Bolaget har 3 200 anställda.",
])
def test_where_a_firm_is_based_is_no_part_of_its_name(text):
    """"Linköpingsbaserade Hjortvik Data": an adjective of where the firm is based (`entities.based_endings`) is never
    the first word of its name (it was, and the name the article's other figures went to was another)."""
    check_construction("an adjective of a firm's base", extracted("sv", text), "Brammert Data",
                       [("job_cuts", 160, "count", {}), ("workforce", 3200, "count", {})])




@pytest.mark.parametrize("noun", ["Housebuilder", "Homebuilder", "Wholesaler"])
def test_a_trade_opening_the_sentence_introduces_the_firm(noun):
    """"Housebuilder Kilmartin Homes rose 2.4%": a word of the firm's trade before its name is a company noun, so the
    name is found (it was not, and the figures after it went to the firm named before)."""
    text = (f"Brammert\n\nTornby Foods fell 1.9% after its revenue rose 7% to £5.6bn.\n\n{noun} Brammert Homes rose "
            "2.4% after saying reservations had picked up. It reported revenue of £1.08bn for the year to September. "
            "Brammert, which cut 250 jobs in 2024, said it was hiring again.")
    found = {(c.kind, c.org, c.quantity.value) for c in extracted("en", text).claims}
    assert found == {("revenue", "Tornby Foods", 5.6e9), ("revenue", "Brammert Homes", 1.08e9),
                     ("job_cuts", "Brammert Homes", 250)}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Brammert GmbH übernimmt 64 Filialen und schließt 41 Filialen."),
    ("en", "Brammert Ltd will take over 64 stores and close 41 stores."),
    ("nl", "Brammert BV neemt 64 winkels over en sluit 41 winkels."),
    ("fr", "Le groupe Brammert reprend 64 magasins et fermera 41 magasins."),
    ("es", "La empresa Brammert se queda con 64 tiendas y cerrará 41 tiendas."),
    ("sv", "Brammert AB tar över 64 butiker och stänger 41 butiker."),
])
def test_sites_taken_over_are_not_closed(lang, text):
    """Stores a buyer takes over or a firm keeps (`stores.kept`: "übernimmt 64 Filialen", "se mantendrán 22 de los
    60") are none closed (they were read as closed)."""
    check_construction("sites taken over", extracted(lang, "Brammert\n\n" + text), "Brammert",
                       [("store_closure", 41, "count", {})])


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "La empresa Eresma Motor obtuvo un beneficio neto de 142 millones de euros. La italiana Brammert Veicoli "
           "mantuvo sus objetivos con unos ingresos trimestrales de 6.900 millones de euros.",
     [("revenue", 6.9e9, "EUR", {})]),
    ("es", "La empresa Eresma Motor obtuvo un beneficio neto de 142 millones de euros. La alemana Brammert Veicoli "
           "elevó su previsión tras ganar 1.350 millones de euros en el trimestre.",
     [("net_income", 1.35e9, "EUR", {})]),
    ("it", "Il gruppo Eresma Motor ha registrato ricavi per 4,2 miliardi di euro. La tedesca Brammert Veicoli ha alzato "
           "le stime dopo un utile netto di 1,35 miliardi di euro.", [("net_income", 1.35e9, "EUR", {})]),
])
def test_a_firm_after_a_word_of_its_nationality_is_found(lang, text, expected):
    """"la italiana Lanterna Veicoli", "la alemana Kastell Autos": a nationality or region written in lower case
    after a determiner stands for a firm (`entities.nationals`), so the name after it is one (it was not, and its
    figures went to the firm named before); Spanish "ganar" a sum is a net result, as "ganó" is."""
    x = extracted(lang, "Brammert\n\n" + text)
    for kind, value, unit, _ in expected:
        assert [c for c in x.claims if c.org == "Brammert Veicoli" and c.kind == kind and c.quantity.value == value
                and c.quantity.unit == unit], [(c.kind, c.org, c.quantity.value) for c in x.claims]
    assert not [c for c in x.claims if c.org == "Eresma Motor" and c.quantity.value == expected[0][1]]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La empresa Brammert descartó por ahora despidos en las plantas españolas, donde trabajan 14.200 de los "
           "31.000 empleados del grupo."),
    ("en", "Brammert Ltd ruled out layoffs at its Spanish plants, where 14,200 of the group's 31,000 employees work."),
    ("de", "Die Brammert GmbH schloss Entlassungen in den spanischen Werken aus, wo 14.200 der 31.000 Beschäftigten "
           "arbeiten."),
    ("fr", "Le groupe Brammert exclut des licenciements dans ses usines espagnoles, où travaillent 14 200 des 31 000 "
           "salariés du groupe."),
    ("nl", "Brammert BV sluit ontslagen uit in de Spaanse fabrieken, waar 14.200 van de 31.000 werknemers werken."),
    ("sv", "Brammert AB utesluter uppsägningar i de spanska fabrikerna, där 14 200 av koncernens 31 000 anställda "
           "arbetar."),
])
def test_staff_working_somewhere_are_no_cut(lang, text):
    """A count a verb of working acts on, nearer than the cut words (`claims.work`: "donde trabajan 14.200", "where
    14,200 ... work"), is staff, no cut (it was read as 14,200 cuts, and the layoffs ruled out were lost)."""
    check_construction("staff working somewhere", extracted(lang, "Brammert\n\n" + text), "Brammert",
                       [("layoff_outlook", None, None, dict(polarity="deny"))])


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Redan hösten 2025 varslade Brammert AB 90 konsulter."),
    ("en", "Brammert Ltd laid off 90 consultants last autumn."),
    ("es", "La empresa Brammert despidió a 90 consultores el pasado otoño."),
    ("de", "Die Brammert GmbH hat im Herbst 90 Berater entlassen."),
])
def test_consultants_and_developers_are_staff(lang, text):
    """Consultants, engineers and developers cut are jobs cut (`claims.jobs`: "varslade Hjortvik 90 konsulter")."""
    check_construction("consultants cut", extracted(lang, "Brammert\n\n" + text), "Brammert",
                       [("job_cuts", 90, "count", {})])


def test_an_office_closed_with_its_staff_is_no_cut_of_them():
    """"Kontoret i Sundsvall, med 35 anställda, läggs ned": the definite "kontoret" is a site noun, so the count with
    it is the office's staff, no cut (it was read as 35 cuts)."""
    x = extracted("sv", "Brammert\n\nBrammert AB varslar 160 anställda. Kontoret i Sundsvall, med 35 anställda, läggs "
                        "ned.")
    assert [(c.kind, c.quantity.value) for c in x.claims if c.quantity] == [("job_cuts", 160)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Brammert Ltd will transfer about 1,100 engineers to a vendor and cut 240 roles in its head office."),
    ("en", "Brammert Ltd will cut 240 jobs. Its outsourcing deal two years ago moved about 1,100 staff to a vendor."),
    ("fr", "Le groupe Brammert supprimera 240 postes, et 1 100 techniciens seront transférés chez un prestataire."),
    ("sv", "Brammert AB varslar 240 anställda, medan 1 100 tekniker går över till en leverantör."),
    ("de", "Die Brammert GmbH streicht 240 Stellen. Rund 1.100 Techniker wechseln zu einem Dienstleister."),
    ("es", "La empresa Brammert recortará 240 empleos y 1.100 técnicos serán trasladados a un proveedor."),
])
def test_staff_moved_to_another_employer_are_no_cut(lang, text):
    """Staff transferred to a vendor or moved elsewhere (`claims.moved`: "will transfer 1,100 engineers to a vendor",
    "seront transférés", "går över till") keep their jobs: no cut (they were read as 1,100 cuts)."""
    check_construction("staff moved", extracted(lang, "Brammert\n\n" + text), "Brammert", [("job_cuts", 240, "count", {})])
