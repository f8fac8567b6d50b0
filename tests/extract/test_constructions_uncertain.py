"""Constructions the blind ten of what may happen (q22) taught: articles where sites are under review, proposals go
to a works council and figures hang on conditions, beside the plain facts (made-up companies, sentences written for
these tests)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("fr", "Les Forges Tarnelle suppriment 90 postes\n\nLes Forges Tarnelle vont supprimer 90 postes. Le CSE a été "
           "informé jeudi. Le CSE demande un expert.", "Forges Tarnelle",
     [("job_cuts", 90, "count", {})]),
    ("fr", "Le CSE de Brumaire Textiles consulté\n\nBrumaire Textiles emploie 640 salariés. Le CSE rendra son avis en "
           "mars. Le CSE demande un expert.", "Brumaire Textiles", [("workforce", 640, "count", {})]),
    ("it", "Ferrelli Meccanica taglia 120 posti\n\nFerrelli Meccanica taglierà 120 posti di lavoro. La RSU ha "
           "proclamato uno sciopero. La RSU chiede un incontro.", "Ferrelli Meccanica",
     [("job_cuts", 120, "count", {})]),
    # guard: a third party's word in lower case in the lexicon ("bond", a union) still opens a firm's name
    ("nl", "Bond Groep schrapt banen\n\nBond Groep schrapt 200 banen. Bond Groep heeft 3.000 medewerkers.", "Bond Groep",
     [("job_cuts", 200, "count", {}), ("workforce", 3000, "count", {})]),
])
def test_a_works_councils_acronym_is_no_firm(lang, text, org, expected):
    """A third party's acronym (``attribution.third_parties`` written in capitals: "le CSE", "la RSU", a works
    council) is no organisation's name, however often it acts: the firm's figures stay the firm's."""
    check_construction("a works council's acronym", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Brumaire Textiles to cut jobs\n\nUnder its plan, 300 jobs will go at Brumaire Textiles.", "Brumaire Textiles",
     [("job_cuts", 300, "count", {})]),
    ("es", "Brumaire Textiles recorta empleo\n\nSegún su plan, 300 empleos desaparecerán en Brumaire Textiles.",
     "Brumaire Textiles", [("job_cuts", 300, "count", {})]),
    ("fr", "Brumaire Textiles supprime des postes\n\nSi le projet va à son terme, 148 postes seront supprimés chez "
           "Brumaire Textiles.", "Brumaire Textiles", [("job_cuts", 148, "count", {})]),
    # guards: a possessive in the count's own clause still makes a staff
    ("en", "Brumaire Textiles cuts jobs\n\nBrumaire Textiles, with its 2,400 staff, will cut 300 jobs.",
     "Brumaire Textiles", [("workforce", 2400, "count", {}), ("job_cuts", 300, "count", {})]),
    ("es", "Brumaire Textiles recorta empleo\n\nBrumaire Textiles despedirá a 300 de sus 2.400 empleados.",
     "Brumaire Textiles", [("workforce", 2400, "count", {}), ("job_cuts", 300, "count", {})]),
])
def test_a_possessive_before_a_comma_owns_no_staff(lang, text, org, expected):
    """A possessive in a clause before the count's ("Under its plan, 300 jobs will go", "Si le projet va à son
    terme, 148 postes ...") makes no staff of the count: its clause's cut acts on it."""
    check_construction("a possessive before a comma", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Brumaire Motors reviews Leeds plant\n\nBrumaire Motors will cut 200 jobs. For Leeds, where about 1,400 "
           "people build engines, the company sees two paths. Up to 600 jobs could go there.", "Brumaire Motors",
     [("job_cuts", 200, "count", {}), ("job_cuts", 600, "count", {"modality": "expected"})]),
    ("de", "Brumaire Motoren prüft Werk\n\nDie Brumaire Motoren GmbH streicht 200 Stellen. Für Hameln, wo rund 1.400 "
           "Beschäftigte Motoren bauen, sieht der Vorstand zwei Wege. Dort könnten bis zu 600 Stellen wegfallen.",
     "Brumaire Motoren", [("job_cuts", 200, "count", {}), ("job_cuts", 600, "count", {"modality": "expected"})]),
    ("sv", "Brumaire Motor ser över Kramfors\n\nBrumaire Motor AB varslar 200 anställda. För Kramfors, där omkring "
           "1 400 personer bygger motorer, finns två vägar. Där kan upp till 600 jobb försvinna.", "Brumaire Motor",
     [("job_cuts", 200, "count", {}), ("job_cuts", 600, "count", {"modality": "expected"})]),
    # guards: a clause of place with a cut of its own still cuts
    ("en", "Brumaire Motors cuts jobs\n\nBrumaire Motors will cut 200 jobs. In Leeds, where 300 jobs will go, the "
           "union called a strike.", "Brumaire Motors", [("job_cuts", 200, "count", {}), ("job_cuts", 300, "count", {})]),
    ("en", "Brumaire Motors cuts jobs\n\nBrumaire Motors will close its plant in Leeds, where 300 people lose their "
           "jobs.", "Brumaire Motors", [("store_closure", None, None, {}), ("job_cuts", 300, "count", {})]),
])
def test_a_places_staff_takes_no_cut_from_around(lang, text, org, expected):
    """A count of staff in a clause of place ("where", "wo", "där": `claims.where`) whose sentence tells no cut is
    the place's staff: the cuts of the sentences around it are not its own."""
    check_construction("a place's staff", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "orgs", "expected"), [
    ("fr", "Brévanne supprime des postes\n\nAssurances Brévanne supprimera 800 postes. Le concurrent Mutuelle de "
           "l'Erdre avait, lui, annoncé en juin la suppression de 400 postes.", {"Assurances Brévanne", "Mutuelle de l'Erdre"},
     [("Assurances Brévanne", 800), ("Mutuelle de l'Erdre", 400)]),
    ("fr", "Brévanne supprime des postes\n\nAssurances Brévanne supprimera 800 postes. Le concurrent Mutuelle du Lac "
           "avait, lui, annoncé en juin la suppression de 400 postes.", {"Assurances Brévanne", "Mutuelle du Lac"},
     [("Assurances Brévanne", 800), ("Mutuelle du Lac", 400)]),
    ("fr", "Une laiterie supprime des postes\n\nLa Laiterie d'Isigny supprimera 80 postes.", {"Laiterie d'Isigny"},
     [("Laiterie d'Isigny", 80)]),
    ("it", "Ferrelli taglia posti\n\nAssicurazioni Ferrelli taglierà 800 posti. La Mutua dell'Adige ha annunciato il "
           "taglio di 400 posti.", {"Assicurazioni Ferrelli", "Mutua dell'Adige"},
     [("Assicurazioni Ferrelli", 800), ("Mutua dell'Adige", 400)]),
])
def test_an_organisation_word_and_an_elided_link_open_a_name(lang, text, orgs, expected):
    """An organisation word before a link of names (``entities.org_words``, ``entities.name_links``: "Le concurrent
    Mutuelle du Lac"), and a link or article elided before the name ("Mutuelle de l'Erdre", "Laiterie d'Isigny",
    "Mutua dell'Adige"), make one organisation's name: a rival's cuts are not the company's."""
    x = extracted(lang, text)
    assert {e.name for e in x.entities if e.type == "organization"} == orgs
    assert sorted((c.org, c.quantity.value) for c in x.claims) == sorted(expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("es", "Astilleros del Cantábrico cierra Avilés\n\nAstilleros del Cantábrico, que emplea a 1.240 personas, cerrará su "
           "oficina técnica de Avilés.", "Astilleros del Cantábrico",
     [("workforce", 1240, "count", {}), ("store_closure", None, None, {"object": "Avilés"})]),
    ("es", "Fjordlin cierra Gijón\n\nLa naviera Fjordlin cerrará su grada de Gijón, que da empleo a 310 personas.",
     "Fjordlin", [("store_closure", None, None, {"object": "Gijón"})]),
    ("es", "Fjordlin cierra Gijón\n\nLa naviera Fjordlin cerrará su astillero de Gijón. Fjordlin facturó 90 millones "
           "de euros.", "Fjordlin", [("store_closure", None, None, {"object": "Gijón"}), ("revenue", 90000000, "EUR", {})]),
])
def test_an_office_and_a_slipway_are_sites(lang, text, org, expected):
    """A technical office, a slipway and a shipyard are sites (``stores.nouns``, ``entities.locative``: "su oficina
    técnica de Avilés", "su grada de Gijón", "su astillero de Gijón"), their town no organisation; a site noun inside a firm's
    name ("Astilleros del Cantábrico, que emplea a 1.240 personas") makes no site's staff of the firm's."""
    check_construction("an office and a slipway", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Will Brumaire Motors close its Leeds plant?\n\nBrumaire Motors is reviewing its plant in Leeds. It employs "
           "4,000 people.", "Brumaire Motors", [("workforce", 4000, "count", {})]),
    ("en", "Will Brumaire Motors cut 300 jobs?\n\nBrumaire Motors employs 4,000 people.", "Brumaire Motors",
     [("workforce", 4000, "count", {})]),
    ("es", "¿Cerrará Brumaire Motores su planta de Gijón?\n\nBrumaire Motores emplea a 4.000 personas.",
     "Brumaire Motores", [("workforce", 4000, "count", {})]),
    ("de", "Schließt Brumaire Motoren das Werk in Hameln?\n\nDie Brumaire Motoren GmbH beschäftigt 4.000 Menschen.",
     "Brumaire Motoren", [("workforce", 4000, "count", {})]),
    # guards: a question asking why takes the closure as told; a question after a colon leaves the figure told
    ("en", "Why is Brumaire Motors closing its Leeds plant?\n\nBrumaire Motors will close its plant in Leeds. It "
           "employs 4,000 people.", "Brumaire Motors",
     [("store_closure", None, None, {}), ("workforce", 4000, "count", {})]),
    ("en", "Brumaire Motors to cut 300 jobs: what next?\n\nBrumaire Motors will cut 300 jobs.", "Brumaire Motors",
     [("job_cuts", 300, "count", {})]),
])
def test_a_question_claims_nothing(lang, text, org, expected):
    """A figure or a site in a question asking whether it is so ("Will X close its Leeds plant?", "¿Cerrará X su
    planta de Gijón?") is claimed by no one; the body tells what is so."""
    check_construction("a question", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Brumaire Parcels merges depots\n\nBrumaire Parcels will cut 95 jobs. \"Our fear is that 400 jobs across "
           "Lancashire could go,\" a union official said.", "Brumaire Parcels",
     [("job_cuts", 95, "count", {}), ("job_cuts", 400, "count", {"modality": "expected"})]),
    ("es", "Cerámicas Brumaire plantea un ERE en Teruel\n\nTERUEL, 25 Nov. - Cerámicas Brumaire ha comunicado un ERE de "
           "430 despidos.\n\nEl sector cerámico de Teruel emplea a unas 9.000 personas.", "Cerámicas Brumaire",
     [("job_cuts", 430, "count", {})]),
    ("en", "Brumaire Foods shuts bakery\n\nLEEDS, Nov 30 - Brumaire Foods will close its bakery in Corby. LEEDS "
           "is quiet.", "Brumaire Foods", [("store_closure", None, None, {"object": "Corby"})]),
])
def test_a_wires_town_and_a_region_across_are_places(lang, text, org, expected):
    """A town in capitals opening a wire's dateline before a comma and a date ("TERUEL, 25 Nov. - ") and a region
    after "across" (``entities.locative``) are places, no organisations: a sector's staff there and jobs across it are
    not theirs."""
    check_construction("a wire's town", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Brumaire Foods reported revenue of £1.18 billion for the year to March, down from £1.25 billion a year earlier. "
     "Its operating profit fell to £41 million from £63 million.",
     [("revenue", 1180000000, "GBP", {"when": "2024"}), ("revenue", 1250000000, "GBP", {"when": "2023"}),
      ("profit", 41000000, "GBP", {"when": "2024"}), ("profit", 63000000, "GBP", {"when": "2023"})]),
    ("Brumaire Foods said revenue rose to £720 million in the year to June, but pre-tax profit fell to £18 million "
     "from £27 million.", [("revenue", 720000000, "GBP", {"when": "2024"}), ("profit", 18000000, "GBP", {"when": "2024"}),
                           ("profit", 27000000, "GBP", {"when": "2023"})]),
    # guards: a half to a month is no year; a year written keeps its own
    ("Brumaire Foods said pre-tax profit fell to £18 million in the six months to September.",
     [("profit", 18000000, "GBP", {"when": "2026-03-04"})]),
    ("Brumaire Foods said pre-tax profit was £18 million in the year to March 2025.",
     [("profit", 18000000, "GBP", {"when": "2024"})]),
])
def test_the_year_to_a_month_with_no_year(text, expected):
    """A month with no year after a word of the year ending (`time.year_to`: "for the year to March") is the fiscal
    year ending in the last such month before publication (4 March 2026 here: March 2025's, June 2025's), named as
    a year ending before December is (2024): a result that fell from a level in it is dated, the level a year
    before."""
    check_construction("the year to a month", extracted("en", "Brumaire Foods results\n\n" + text), "Brumaire Foods",
                       expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Brumaire Foods weighs future of Wakefield plant, will shut Corby bakery\n\nBrumaire Foods employs 4,000 people.",
     "Brumaire Foods", [("store_closure", None, None, {"object": "Corby"}), ("workforce", 4000, "count", {})]),
    ("en", "Brumaire Foods results\n\nBrumaire Foods is reviewing options for its plant in Wakefield, including a sale, "
           "and will close its bakery in Corby.", "Brumaire Foods", [("store_closure", None, None, {"object": "Corby"})]),
    # guards: the sites the verb acts on are closed, before it or after it
    ("en", "Brumaire Foods results\n\nBrumaire Foods will close its Wakefield plant and its bakery in Corby.",
     "Brumaire Foods", [("store_closure", None, None, {"object": "Wakefield"}),
                        ("store_closure", None, None, {"object": "Corby"})]),
    ("en", "Brumaire Foods results\n\nBrumaire Foods said its Wakefield plant will close in June.", "Brumaire Foods",
     [("store_closure", None, None, {"object": "Wakefield"})]),
    ("en", "Brumaire Motors results\n\nBrumaire Motors will cease production at its Leeds plant by March 2027, as well "
           "as at the Hull plant by March 2028 and the Corby (Brumaire Body) plant by June 2028.", "Brumaire Motors",
     [("store_closure", None, None, {"object": "Leeds"}), ("store_closure", None, None, {"object": "Hull"}),
      ("store_closure", None, None, {"object": "Corby"})]),
])
def test_a_site_under_review_beside_one_closed_stays_open(lang, text, org, expected):
    """A site named before its plant noun, before the closing verb, is closed only by a verb that acts on it
    (``figures._acts_on``; after the verb, as a list goes on: "as well as at the Hull plant"), and a
    closing verb joined after a comma and a conjunction acts on no site before it: "weighs future of Wakefield plant,
    will shut Corby bakery", "reviewing options for its plant in Wakefield, including a sale, and will close its
    bakery in Corby" close Corby only."""
    x = extracted(lang, text)
    check_construction("a site under review", x, org, expected)
    assert sorted(c.object for c in x.claims if c.kind == "store_closure") == sorted(
        a["object"] for k, _, _, a in expected if k == "store_closure")
