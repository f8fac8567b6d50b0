"""Constructions the nineteenth blind set's misses and wrong claims (q18: staff that move, not lost, and organisations
that are not firms) taught after its first rules, in short articles the project wrote in several languages about
made-up organisations."""

from __future__ import annotations

import pytest

from extract.expected import figure_of
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Pellmark Versicherungen AG streicht 650 Stellen. Die Gewerkschaft Verdi sieht das anders: Sie rechnet "
           "damit, dass am Ende eher 900 Stellen wegfallen."),
    ("de", "Die Pellmark Versicherungen AG streicht 650 Stellen. Die Gewerkschaft geht davon aus, dass 900 Stellen "
           "wegfallen."),
    ("sv", "Pellmark AB drar ned 650 tjänster. Facket räknar med att upp till 900 tjänster kan försvinna."),
    ("nl", "Pellmark BV schrapt 650 banen. De vakbond rekent erop dat uiteindelijk 900 banen verdwijnen."),
    ("fr", "Pellmark va supprimer 650 postes. Le syndicat s'attend à ce que 900 postes disparaissent."),
    ("es", "Pellmark recortará 650 empleos. El sindicato prevé que se pierdan 900 empleos."),
    ("en", "Pellmark will cut 650 jobs. The union expects that as many as 900 jobs will go."),
])
def test_a_union_expecting_a_count_is_a_third_party(lang, text):
    """A union expecting a count in a clause ("rechnet damit, dass", "geht davon aus, dass", "räknar med att",
    "rekent erop dat", "s'attend à ce que", "prevé que", "expects that": verbs of saying in the lexicons) tells its own
    count, no announcement of the organisation's (was: the 900 the company's own)."""
    claims = [(c.kind, figure_of(c), c.third_party) for c in extracted(lang, text).claims]
    assert claims == [("job_cuts", 650, False), ("job_cuts", 900, True)], claims


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Groupe Hospitalier Pellmark va supprimer 210 postes. Les 85 salariés de la blanchisserie seront transférés "
           "à la société Dunmore, qui reprendra l'activité ; ils ne font pas partie des 210 postes supprimés, précise la "
           "direction."),
    ("es", "Pellmark Salud recortará 210 empleos. Los 85 trabajadores de la lavandería serán transferidos a la empresa "
           "Dunmore Servicios, que asumirá la actividad; no forman parte de los 210 empleos recortados."),
    ("en", "Pellmark Health will cut 210 jobs. The 85 laundry staff will transfer to Dunmore Services, which takes over "
           "the work in January; they are not part of the 210 jobs, the trust said."),
    ("sv", "Pellmark Vård AB drar ned 210 tjänster. De 85 anställda i tvätteriet går över till Dunmore Service AB, som tar "
           "över verksamheten; de ingår inte i de 210 tjänsterna."),
])
def test_staff_excluded_from_a_round_name_no_cut_of_their_new_employer(lang, text):
    """A count right after a word of excluding staff from it (`claims.excluded`: "ne font pas partie des", "no forman
    parte de los", "not part of the", "ingår inte i de") is the round told before, no cut of the contractor the staff
    move to (was: the 210 Dunmore's too); "transferidos" moves staff like "trasladados" (was: a cut of 85)."""
    claims = [(c.kind, c.org, figure_of(c)) for c in extracted(lang, text).claims]
    assert len(claims) == 1 and claims[0][0::2] == ("job_cuts", 210) and "Pellmark" in claims[0][1], claims


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Pellmark Chemie schrapt 180 banen op het hoofdkantoor. Daarvan krijgen er ongeveer 60 een functie bij "
           "Dunmore Coatings aangeboden. De overige 120 medewerkers krijgen een vertrekregeling."),
    ("fr", "Le groupe Pellmark Chimie va supprimer 180 postes au siège. Environ 60 se verront proposer un poste chez "
           "Dunmore Coatings. Les 120 salariés restants recevront des indemnités de départ."),
    ("es", "Pellmark Química recortará 180 empleos en su sede. De ellos, unos 60 recibirán una oferta de Dunmore "
           "Coatings. Los 120 trabajadores restantes podrán acogerse a prejubilaciones."),
    ("sv", "Pellmark Kemi AB drar ned 180 tjänster på huvudkontoret. Av dem erbjuds ett 60-tal tjänster hos Dunmore "
           "Coatings AB. De övriga 120 anställda får avgångsvederlag."),
])
def test_the_rest_of_a_round_is_its_organisation_s(lang, text):
    """The rest of a round cut in a sentence naming no organisation (`claims.rest`: "De overige 120", "Los 120
    trabajadores restantes", `figures._rests_of_rounds`) is a cut of the organisation that named the round, not of the
    new employer named last (was: the 120 Dunmore's)."""
    claims = [(c.kind, c.org.split()[0], figure_of(c))
              for c in extracted(lang, text).claims]
    assert claims == [("job_cuts", "Pellmark", 180), ("job_cuts", "Pellmark", 120)], claims


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Pellmark Chemie brengt zijn coatingsdivisie onder in Dunmore Coatings. De medewerkers van de divisie gaan met "
           "hun werk mee naar Dunmore Coatings; ontslagen zijn daar niet aan de orde."),
    ("fr", "Le groupe Pellmark Chimie va céder sa division à Dunmore Coatings. Les salariés de la division seront "
           "transférés à Dunmore Coatings, et il n'y aura aucun licenciement."),
    ("de", "Die Pellmark Chemie AG gliedert ihre Lacksparte in die Dunmore Coatings GmbH aus. Die Beschäftigten der "
           "Sparte wechseln zu Dunmore Coatings; Kündigungen sind dort nicht geplant."),
    ("sv", "Pellmark Kemi AB knoppar av sin färgdivision till Dunmore Coatings AB. De anställda i divisionen går över "
           "till Dunmore Coatings AB och några uppsägningar blir det inte."),
])
def test_layoffs_denied_of_staff_moved_are_no_outlook(lang, text):
    """Layoffs denied with no word of more in a sentence telling staff moved before the denial (`claims.moved`, "gaan
    met hun werk mee naar" too) speak of the staff moved, no outlook of either employer (was: a denial of any cuts,
    given to the new employer or the old)."""
    claims = [(c.kind, c.org) for c in extracted(lang, text).claims]
    assert claims == [], claims


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Universiteit Pellmark schrapt 260 fte. Ongeveer de helft van de banen verdwijnt doordat vacatures niet "
           "worden ingevuld."),
    ("en", "Pellmark University will cut 260 jobs. About half of the jobs will go through natural attrition."),
    ("de", "Die Pellmark Universität streicht 260 Stellen. Etwa die Hälfte der Stellen fällt durch natürliche "
           "Fluktuation weg."),
    ("fr", "L'Université Pellmark va supprimer 260 postes. La moitié des postes disparaîtra par le non-remplacement des "
           "départs."),
    ("es", "La Universidad Pellmark recortará 260 empleos. La mitad de los empleos desaparecerá porque las vacantes no "
           "se cubrirán."),
    ("sv", "Pellmark universitet drar ned 260 tjänster. Ungefär hälften av tjänsterna försvinner genom naturliga "
           "avgångar."),
])
def test_a_share_of_the_jobs_going_by_attrition_is_a_share_of_the_cuts(lang, text):
    """After cuts told, a fraction of the jobs in a sentence telling a way of leaving posts empty (`claims.attrition`:
    "doordat vacatures niet worden ingevuld", "natural attrition", "natürliche Fluktuation", "non-remplacement",
    "no se cubrirán", "naturliga avgångar") is a share of those cuts, no cut of half the staff (was: a cut of 50 %)."""
    claims = [(c.kind, figure_of(c)) for c in extracted(lang, text).claims]
    assert claims == [("job_cuts", 260)], claims


def test_a_share_of_the_jobs_cut_by_attrition_with_no_cuts_before_is_a_cut():
    """Guard: with no cuts told before, half the jobs going by attrition is the cut itself."""
    claims = [(c.kind, figure_of(c)) for c in extracted(
        "en", "Pellmark University will cut half of its jobs through natural attrition.").claims]
    assert claims == [("job_cuts", 50)], claims


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("es", "El Ayuntamiento de Pellavera amortizará 180 plazas de su plantilla. El consistorio cuenta con 3.950 "
           "empleados. Al mismo tiempo, el Ayuntamiento asumirá la limpieza viaria.", "Ayuntamiento de Pellavera",
     [("job_cuts", 180), ("workforce", 3950)]),
    ("es", "La Diputación de Pellavera recortará 180 empleos. Al mismo tiempo, la Diputación asumirá la limpieza "
           "viaria.", "Diputación de Pellavera", [("job_cuts", 180)]),
    ("fr", "La Ville de Pellavera va supprimer 180 postes. Dans le même temps, la Ville reprendra le nettoyage des "
           "rues.", "Ville de Pellavera", [("job_cuts", 180)]),
    ("fr", "L'Université de Pellavera va supprimer 180 postes. L'Université emploie 3 950 agents.",
     "Université de Pellavera", [("job_cuts", 180), ("workforce", 3950)]),
])
def test_a_public_body_named_by_a_word_and_a_place(lang, text, org, expected):
    """A public body named by a word of the language, a link and a place ("El Ayuntamiento de Pellavera", "La Ville de
    Pellavera") and later by the word alone ("el Ayuntamiento", "la Ville") is one organisation, the full name (was:
    none, the bare word taking the name's mentions); "amortizar" plazas cuts them, "el consistorio" refers back."""
    claims = [(c.kind, c.org, figure_of(c)) for c in extracted(lang, text).claims]
    assert claims == [(kind, org, value) for kind, value in expected], claims


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Pellmark AB drar ned 240 tjänster. Kontoret i Kiruna, med 35 anställda, läggs ned."),
    ("sv", "Pellmark AB drar ned 240 tjänster. Kontoret i Kiruna läggs ned."),
])
def test_an_office_closed_is_one_site(lang, text):
    """"Kontoret" names one site like "fabriken" (`stores.one`): closed, a store closure of its place, the staff in an
    apposition no cut (was: no closure)."""
    claims = [(c.kind, figure_of(c), c.object) for c in extracted(lang, text).claims]
    assert claims == [("job_cuts", 240, None), ("store_closure", None, "Kiruna")], claims


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Pellmark Chemie schrapt 180 banen. Na de afsplitsing houdt Pellmark Chemie nog zo'n 5.100 medewerkers over, "
           "tegen 7.400 nu."),
    ("en", "Pellmark Chemicals will cut 180 jobs. After the spin-off Pellmark Chemicals will keep about 5,100 staff, "
           "against 7,400 now."),
    ("de", "Die Pellmark Chemie AG streicht 180 Stellen. Nach der Abspaltung behält Pellmark Chemie rund 5.100 "
           "Beschäftigte, gegenüber 7.400 heute."),
    ("sv", "Pellmark Kemi AB drar ned 180 tjänster. Efter avknoppningen behåller Pellmark Kemi omkring 5 100 anställda, "
           "mot 7 400 i dag."),
    ("fr", "Le groupe Pellmark Chimie va supprimer 180 postes. Après la scission, Pellmark Chimie conservera environ "
           "5 100 salariés, contre 7 400 aujourd'hui."),
    ("es", "Pellmark Química recortará 180 empleos. Tras la escisión, Pellmark Química conservará unos 5.100 empleados, "
           "frente a los 7.400 actuales."),
])
def test_a_level_set_against_now_is_the_staff(lang, text):
    """A bare count between a word setting it against another and a word of now (`claims.versus`, `claims.now`: "tegen
    7.400 nu", "against 7,400 now", "frente a los 7.400 actuales"), staff named before it, is the staff now; the
    staff kept no claim (was: the 7,400 lost)."""
    claims = [(c.kind, figure_of(c)) for c in extracted(lang, text).claims]
    assert claims == [("job_cuts", 180), ("workforce", 7400)], claims


@pytest.mark.parametrize(("text", "cause"), [
    ("Le groupe Pellmark va supprimer 210 postes. Le directeur explique le plan par « la hausse continue des charges, "
     "de l'énergie aux médicaments ».", "costs"),
    ("Le groupe Pellmark va supprimer 210 postes. La direction invoque la baisse constante des commandes.", "demand"),
])
def test_a_continued_trend_before_its_cause(text, cause):
    """A trend called continued or constant ("la hausse continue des charges", "la baisse constante des commandes":
    `causes.trend`) is a trend one word before its weak cause, quoted too (was: no cause)."""
    claims = [(c.kind, c.object) for c in extracted("fr", text).claims]
    assert claims == [("job_cuts", None), ("cause", cause)], claims
