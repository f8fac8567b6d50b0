"""Constructions a list of misses of the long blind articles (x14) taught, in short articles the project wrote in several
languages about made-up companies: each expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Halvern Ltd said it would retain 300 staff in Leeds while cutting 500 positions elsewhere."),
    ("en", "Halvern Ltd will cut 500 jobs, but 300 jobs will be saved."),
    ("de", "Die Halvern GmbH behält 300 Stellen in Leipzig und streicht 500 Stellen."),
    ("fr", "Le groupe Halvern conservera 300 emplois à Lille et supprimera 500 postes."),
    ("es", "La empresa Halvern mantendrá 300 empleos en Burgos y recortará 500 puestos."),
    ("nl", "Halvern BV behoudt 300 banen in Venlo en schrapt 500 banen."),
    ("sv", "Halvern AB behåller 300 jobb i Luleå och varslar 500 anställda."),
])
def test_jobs_kept_are_no_cut(lang, text):
    """Staff or jobs kept, retained or saved (`claims.retained`: "will retain 300 staff", "behält 300 Stellen",
    "300 jobs will be saved") are no cut, the word in the figure's own clause first (they were read as 300 cuts)."""
    check_construction("jobs kept", extracted(lang, "Halvern\n\n" + text), "Halvern", [("job_cuts", 500, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Halvern Ltd will keep 300 jobs in Leeds and cut 500."),
    ("de", "Die Halvern GmbH behält 300 Stellen in Leipzig und streicht 500."),
    ("fr", "Le groupe Halvern conservera 300 emplois à Lille et supprimera 500."),
    ("es", "La empresa Halvern mantendrá 300 empleos en Burgos y recortará 500."),
    ("nl", "Halvern BV behoudt 300 banen in Venlo en schrapt 500."),
    ("sv", "Halvern AB behåller 300 jobb i Luleå och säger upp 500."),
])
def test_a_count_after_a_cut_verb_leaves_out_the_jobs_noun_before_it(lang, text):
    """A bare count right after a cut verb, ending its clause, after a count of jobs in its sentence: the jobs its
    noun leaves out ("keep 300 jobs ... and cut 500"; the 500 gave nothing). Not a bare "will cut 500" alone."""
    check_construction("jobs left out", extracted(lang, "Halvern\n\n" + text), "Halvern", [("job_cuts", 500, "count", {})])


def test_a_bare_count_after_a_cut_verb_alone_is_no_cut():
    assert not extracted("en", "Halvern\n\nHalvern Ltd will cut 500.").claims

@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Kurzarbeit bei Halvern Stahl – beim Nachbarn gehen 1.300 Stellen verloren\n\nDie Halvern Stahl AG schickt 800 "
           "Beschäftigte in Kurzarbeit. Die Halvern Stahl AG beschäftigt 4.000 Menschen."),
    ("fr", "Chômage partiel chez Halvern Acier – chez son voisin, 1 300 postes supprimés\n\nLe groupe Halvern Acier place "
           "800 salariés en chômage partiel. Halvern Acier emploie 4 000 personnes."),
    ("en", "Halvern Steel cuts hours – a rival sheds 1,300 jobs\n\nHalvern Steel Ltd will put 800 workers on furlough. "
           "Halvern Steel employs 4,000 people."),
    ("es", "Halvern Acero reduce jornadas\n\nLa empresa Halvern Acero aplicará un ERTE a 800 trabajadores y emplea a 4.000 "
           "personas. En la competencia se perderán 1.300 empleos."),
])
def test_a_rivals_cuts_are_not_the_firms(lang, text):
    """Jobs lost at an unnamed rival or neighbour (`claims.others`: "beim Nachbarn", "chez son voisin", "a rival"),
    its words a clause of their own before the figure too: another firm's figure, no claim (the 1,300 went to the
    firm as cuts or as its workforce)."""
    found = {(c.kind, c.quantity.value) for c in extracted(lang, text).claims if c.quantity}
    assert (("job_cuts", 1300) not in found and ("workforce", 1300) not in found and ("workforce", 4000) in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La compagnie Jetvol emploie 3 000 personnes. Le syndicat, qui revendique 70 % des 1 150 pilotes de la "
           "compagnie, dénonce la décision."),
    ("en", "Jetvol Ltd employs 3,000 people. The union, which represents 900 of the 1,150 pilots at the airline, "
           "criticised the plan."),
    ("es", "La aerolínea Jetvol emplea a 3.000 personas. El sindicato, que representa a 900 de los 1.150 pilotos de la "
           "compañía, critica el plan."),
])
def test_a_unions_members_are_no_workforce(lang, text):
    """A count in a relative clause right after a union (`attribution.third_parties`): those it speaks for, no
    workforce of the firm (the 1,150 pilots were read as its staff)."""
    check_construction("a union's members", extracted(lang, "Jetvol\n\n" + text), "Jetvol",
                       [("workforce", 3000, "count", {})])


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("fr", "La compagnie Jetvol va fermer sa base de Bordeaux, qui compte 120 salariés. Jetvol emploie 3 000 personnes.",
     "Bordeaux"),
    ("en", "Jetvol Airways will close its base in Bordeaux, which has 120 staff. Jetvol employs 3,000 people.", "Bordeaux"),
    ("es", "La empresa Jetvol cerró entonces su planta de motores de Burgos. Jetvol emplea a 3.000 personas.", "Burgos"),
    ("fr", "Le groupe Jetvol va fermer son usine de moteurs de Trémery. Jetvol emploie 3 000 personnes.", "Trémery"),
    ("de", "Die Jetvol Stahl AG will 1.300 ihrer 3.000 Stellen streichen und den Elektrostahlofen in Betzdorf stilllegen.",
     "Betzdorf"),
    ("en", "Jetvol Steel will shut the electric arc furnace in Ashby and employs 3,000 people.", "Ashby"),
])
def test_a_base_a_furnace_an_engine_plant_are_sites_closed(lang, text, place):
    """An airline's base and an electric arc furnace are sites (`stores.nouns`); a word in lower case between a plant
    noun's link and the same link before its place qualifies the plant ("planta de motores de Burgos"); a site after a
    cut in the figure's clause does not make the count its staff ("5.600 Stellen streichen und den Elektrostahlofen":
    the workforce was lost). The base's staff in a relative clause are no workforce of the firm."""
    x = extracted(lang, "Jetvol\n\n" + text)
    found = {(c.kind, c.object if c.kind == "store_closure" else c.quantity.value) for c in x.claims}
    assert ("store_closure", place) in found and ("workforce", 3000) in found and ("workforce", 120) not in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Halvern Engineering will cut 500 jobs. The job cuts, which will affect 4% of its workforce, come after a "
           "difficult year, Halvern said."),
    ("nl", "De banenschrapping, die 4 procent van het personeel treft, volgt op een moeilijk jaar, meldt Halvern BV."),
    ("de", "Der Stellenabbau, der 4 Prozent der Belegschaft betrifft, folgt auf ein schwieriges Jahr, teilte die Halvern "
           "GmbH mit."),
    ("fr", "Les suppressions de postes, qui toucheront 4 % des effectifs, interviennent après une année difficile, a "
           "indiqué le groupe Halvern."),
    ("es", "Los despidos, que afectarán al 4% de la plantilla, llegan tras un año difícil, según la empresa Halvern."),
    ("sv", "Uppsägningarna, som berör 4 procent av personalstyrkan, kommer efter ett svårt år, meddelar Halvern AB."),
])
def test_cuts_as_a_percent_in_a_relative_clause(lang, text):
    """The cuts as a percent of the staff in a relative clause after them ("The job cuts, which will affect 4% of its
    workforce"; Dutch "banenschrapping" is a cut noun, `claims.cut_nouns`)."""
    found = {(c.kind, c.quantity.value, c.quantity.unit) for c in extracted(lang, "Halvern\n\n" + text).claims if c.quantity}
    assert ("job_cuts", 4, "percent") in found, found


def test_a_district_seen_only_as_a_place_is_no_organisation():
    """A name the article only ever writes as a place (after a site noun's link, "dans le quartier de", "à") and never
    as acting nor with a cue of a firm is no organisation (a district took the firm's cuts)."""
    text = ("Fabrevia va supprimer 190 emplois\n\nLe laboratoire pharmaceutique lyonnais va réduire son centre de "
            "recherche de Vaubrac d'ici fin 2027. Environ 190 emplois seront supprimés en France.\n\nFabrevia, fondé en "
            "1960 dans le quartier de Vaubrac, a annoncé mardi son intention. Le groupe Fabrevia emploie 1 200 personnes."
            "\n\nLa métropole veut racheter une partie des bâtiments de Vaubrac.\n\nPhoto : Le centre de recherche de "
            "Fabrevia à Vaubrac, en 2019. © Fabrevia")
    x = extracted("fr", text)
    assert {e.name for e in x.entities if e.type == "organization"} == {"Fabrevia"}
    assert {(c.kind, c.org, c.quantity.value) for c in x.claims} == {("job_cuts", "Fabrevia", 190),
                                                                    ("workforce", "Fabrevia", 1200)}
