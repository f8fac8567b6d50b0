"""Organisations, sites and figures that made-up articles got wrong: hyphenated names, French elision before a site's
place, a bare company name opening a sentence, jobs lost, one site of several, a part of the staff. Each article is
about a company no gazetteer lists; each expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("fr", "Le PDG de Saint-Corvin, Julien Marchand, a annoncé la suppression de 300 postes.", "Saint-Corvin",
     [("job_cuts", 300, "count", {})]),
    ("en", "The chief executive of Hartley-Brandt, Dana Reyes, said the company would cut 300 jobs.", "Hartley-Brandt",
     [("job_cuts", 300, "count", {})]),
    ("de", "Die Wendel-Brakow GmbH streicht 300 Stellen.", "Wendel-Brakow", [("job_cuts", 300, "count", {})]),
    ("nl", "Wendel-Brakow BV schrapt 300 banen.", "Wendel-Brakow", [("job_cuts", 300, "count", {})]),
    ("sv", "Wendel-Brakow AB varslar 300 anställda.", "Wendel-Brakow", [("job_cuts", 300, "count", {})]),
    ("es", "El consejero delegado de Saint-Corvin, Juan Gil, anunció el despido de 300 trabajadores.", "Saint-Corvin",
     [("job_cuts", 300, "count", {})]),
    ("de", "Die Velmora GmbH, eine Click-And-Collect-Plattform, streicht 300 Stellen.", "Velmora",
     [("job_cuts", 300, "count", {})]),  # a compound ending in a word of the language: no name
])
def test_a_hyphenated_name_is_one_name(lang, text, org, expected):
    """"Le PDG de Saint-Corvin": one organisation, "Saint-Corvin", neither "Saint" nor "Corvin"."""
    check_construction("a hyphenated name", extracted(lang, org + "\n\n" + text), org, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Brakel Foods va supprimer 300 postes. « C'est un choc », a déclaré la maire de Saint-Vérand, Marie Dupont."),
    ("fr", "Brakel Foods va supprimer 300 postes dans les Côtes-d'Armor."),
    ("en", "Brakel Foods will cut 300 jobs. \"It is a blow\", the mayor of Stoke-on-Avon, Mary Dunn, said."),
    ("es", "Brakel Foods despedirá a 300 trabajadores. «Es un golpe», dijo la alcaldesa de Villa-Ruiz, Ana Gil."),
    ("de", "Brakel Foods streicht 300 Stellen. „Das ist ein Schlag“, sagte der Bürgermeister von Lorvach-Emmen, Jan Berg."),
])
def test_a_hyphenated_place_is_no_organisation(lang, text):
    """The town a mayor is of, or a region joined by hyphens, is no organisation, nor is any of its parts."""
    check_construction("a hyphenated place", extracted(lang, "Brakel Foods\n\n" + text), "Brakel Foods",
                       [("job_cuts", 300, "count", {})])


@pytest.mark.parametrize(("text", "places"), [
    ("Brakel Foods fermera son usine d'Amiens en juin.", ["Amiens"]),
    ("Brakel Foods fermera son usine d'Aix-en-Provence.", ["Aix-en-Provence"]),
    ("Brakel Foods fermera ses usines d'Albi et de Rodez.", ["Albi", "Rodez"]),
    ("Brakel Foods fermera ses centres de Périgueux et d'Agen.", ["Périgueux", "Agen"]),
    ("« Nous fermons les centres de Périgueux et d'Agen », a déclaré le directeur de Brakel Foods.", ["Périgueux", "Agen"]),
])
def test_a_site_after_an_elided_de_is_closed(text, places):
    """"son usine d'Amiens", "et d'Agen": the elided "de" links a site's place as "de" does."""
    check_construction("a site after d'", extracted("fr", "Brakel Foods\n\n" + text), "Brakel Foods",
                       [("store_closure", None, None, dict(object=p)) for p in places])


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("de", "Tamberlin streicht weitere 500 Stellen, wie der Konzern am Dienstag mitteilte.", "Tamberlin",
     [("job_cuts", 500, "count", {})]),
    ("de", "Orvanto baut 500 Stellen ab, teilte das Unternehmen am Dienstag mit.", "Orvanto",
     [("job_cuts", 500, "count", {})]),
    ("es", "Farrowby Home cerrará su planta de Orvella.", "Farrowby Home",
     [("store_closure", None, None, dict(object="Orvella"))]),
    ("fr", "Farrowby Home fermera son usine de Lorvel.", "Farrowby Home",
     [("store_closure", None, None, dict(object="Lorvel"))]),
    ("en", "Farrowby Home will close its plant in Orvella.", "Farrowby Home",
     [("store_closure", None, None, dict(object="Orvella"))]),
])
def test_a_bare_company_name_opening_a_sentence_of_cuts(lang, text, org, expected):
    """A name no word of the language, opening a sentence in which it cuts jobs or closes a site, is a company's."""
    check_construction("a bare company name", extracted(lang, org + "\n\n" + text), org, expected)


def test_a_noun_opening_a_headline_that_cuts_is_no_company():
    """"Stahlkocher streicht 500 Stellen" in a headline: a noun without its article, no company."""
    x = extracted("de", "Stahlkocher streicht 500 Stellen\n\nDie Tamberlin AG streicht 500 Stellen.")
    assert {e.name for e in x.entities if e.type == "organization"} == {"Tamberlin"}


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Pellworth Foods has lost 300 jobs this year.", "Pellworth Foods"),
    ("nl", "Pellworth Foods heeft dit jaar 300 banen verloren.", "Pellworth Foods"),
    ("de", "Die Pellworth GmbH hat in diesem Jahr 300 Arbeitsplätze verloren.", "Pellworth"),
    ("sv", "Pellworth AB har förlorat 300 jobb i år.", "Pellworth"),
    ("fr", "Pellworth SA a perdu 300 emplois cette année.", "Pellworth"),
    ("es", "Pellworth SA ha perdido 300 empleos este año.", "Pellworth"),
])
def test_jobs_a_company_has_lost_are_cut(lang, text, org):
    """"has lost 300 jobs": jobs gone, not a staff of 300."""
    check_construction("jobs lost", extracted(lang, "Pellworth\n\n" + text), org, [("job_cuts", 300, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("sv", "Pellworth AB stänger en av sina tre fabriker.", "Pellworth"),
    ("sv", "Pellworth AB stänger en av bolagets tre fabriker i Sverige.", "Pellworth"),
    ("nl", "Pellworth BV sluit een van de drie fabrieken.", "Pellworth"),
    ("fr", "Pellworth SA fermera une de ses trois usines.", "Pellworth"),
    ("es", "Pellworth SA cerrará una de sus tres plantas.", "Pellworth"),
    ("en", "Pellworth Inc will close one of its three plants.", "Pellworth"),
])
def test_one_of_several_sites_is_one_closure(lang, text, org):
    """"stänger en av sina tre fabriker": one site closed, not three ("en av tre" alone is a share: no count)."""
    check_construction("one of several sites", extracted(lang, "Pellworth\n\n" + text), org,
                       [("store_closure", 1, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("sv", "Pellworth AB har 6 800 anställda, varav 3 000 är tjänstemän.", "Pellworth"),
    ("en", "Pellworth Inc has 6,800 employees, of which 3,000 are engineers.", "Pellworth"),
    ("de", "Die Pellworth GmbH hat 6.800 Beschäftigte, davon 3.000 Ingenieure.", "Pellworth"),
    ("nl", "Pellworth BV heeft 6.800 werknemers, waarvan 3.000 ingenieurs.", "Pellworth"),
    ("fr", "Pellworth SA compte 6 800 salariés, dont 3 000 ingénieurs.", "Pellworth"),
    ("es", "Pellworth SA tiene 6.800 empleados, de los cuales 3.000 son ingenieros.", "Pellworth"),
])
def test_a_part_of_the_staff_is_not_its_size(lang, text, org):
    """"har 6 800 anställda, varav 3 000 är tjänstemän": the workforce is 6,800; the part is no workforce."""
    check_construction("a part of the staff", extracted(lang, "Pellworth\n\n" + text), org,
                       [("workforce", 6800, "count", {})])
