"""Constructions blind articles the project wrote itself taught (wrong claims and misses of figures, sites and
organisations), in short articles about made-up companies in several languages: each expectation names every claim
the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Harlow Bank said that of its 96 branches, 30 will remain closed on Sundays."),
    ("de", "Die Harlow Bank teilte mit, von ihren 96 Filialen bleiben 30 sonntags geschlossen."),
    ("fr", "La banque Harlow a indiqué que sur ses 96 agences, 30 resteront fermées le dimanche."),
    ("es", "El banco Harlow indicó que de sus 96 oficinas, 30 permanecerán cerradas los domingos."),
    ("nl", "Harlow Bank meldt dat van de 96 filialen er 30 op zondag gesloten blijven."),
    ("sv", "Harlow Bank meddelar att av sina 96 kontor håller 30 stängt på söndagar."),
])
def test_sites_closed_on_some_days_are_no_closure(lang, text):
    """"30 will remain closed on Sundays": sites closed on some days only (`stores.paused`) are no closure (it was 96
    closures), and a part of sites after a word of "that" counts no staff (it was a workforce of 30)."""
    org = "Harlow" if lang in ("fr", "es") else "Harlow Bank"
    check_construction("closed on Sundays", extracted(lang, "Harlow\n\n" + text), org, [])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Harlow Bank will close 30 branches, it said on Sunday."),
    ("fr", "La banque Harlow va fermer 30 agences, a-t-elle annoncé dimanche."),
    ("es", "El banco Harlow cerrará 30 oficinas, anunció el domingo."),
])
def test_a_closure_told_on_a_sunday_stays_one(lang, text):
    """A closure announced on one Sunday is still a closure: only the days it recurs on pause it."""
    org = "Harlow" if lang in ("fr", "es") else "Harlow Bank"
    check_construction("closure told on a Sunday", extracted(lang, "Harlow\n\n" + text), org,
                       [("store_closure", 30, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Halvern Foods cuts 300 jobs and Kestrova Foods said 200 more could go."),
    ("de", "Die Halvern Foods GmbH streicht 300 Stellen und Kestrova Foods sagte, 200 weitere könnten wegfallen."),
    ("nl", "Halvern Foods schrapt 300 banen en Kestrova Foods zei dat er nog 200 kunnen verdwijnen."),
    ("sv", "Halvern Foods varslar 300 anställda och Kestrova Foods sade att 200 till kan försvinna."),
    ("fr", "Halvern Foods supprime 300 postes et Kestrova Foods a indiqué que 200 autres pourraient disparaître."),
    ("es", "Halvern Foods recorta 300 empleos y Kestrova Foods dijo que otros 200 podrían desaparecer."),
])
def test_an_organisation_opening_its_own_clause_after_and_is_its_subject(lang, text):
    """"... and Kestrova Foods said 200 more could go": an organisation a verb of saying follows right after a
    conjunction joining clauses is the subject of its own clause, so the 200 are its own (they were Halvern's), and
    it said nothing of the 300 before its clause."""
    x = extracted(lang, "Halvern\n\n" + text)
    assert {(c.kind, c.org, c.quantity.value) for c in x.claims} == {
        ("job_cuts", "Halvern Foods", 300), ("job_cuts", "Kestrova Foods", 200)}
    assert {c.speaker for c in x.claims if c.quantity.value == 300} == {"Halvern Foods"}


def test_two_organisations_joined_before_their_verb_stay_a_list():
    """"Halvern Foods and Kestrova Foods said ...": the second is no subject of a clause of its own."""
    x = extracted("en", "Halvern\n\nHalvern Foods and Kestrova Foods said 200 jobs could go.")
    assert [(c.kind, c.org, c.quantity.value) for c in x.claims] == [("job_cuts", "Halvern Foods", 200)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kestrel will cut 800 jobs and create 150. The net reduction will be 650 jobs."),
    ("es", "Kestrel recortará 800 empleos y creará 150. La reducción neta será de 650 puestos."),
    ("fr", "Kestrel va supprimer 800 postes et en créer 150. La réduction nette sera de 650 postes."),
    ("nl", "Kestrel schrapt 800 banen en schept er 150. De netto afname bedraagt 650 banen."),
    ("de", "Kestrel streicht 800 Stellen und schafft 150 neue. Der Nettoabbau beträgt 650 Stellen."),
])
def test_a_net_cut_told_behind_a_verb_is_net(lang, text):
    """"The net reduction will be 650 jobs": the count a net cut is said to be is net (a change), as "a net 650" is
    (it was a gross round beside the 800)."""
    check_construction("a net cut behind a verb", extracted(lang, "Kestrel\n\n" + text), "Kestrel",
                       [("job_cuts", 800, "count", {"aggregate": None}),
                        ("job_cuts", 650, "count", {"aggregate": "change"})])


@pytest.mark.parametrize(("text", "place"), [
    ("Die Kestrel AG baut Stellen ab. In den Niederlanden fallen 420 Stellen weg.", "Netherlands"),
    ("Die Kestrel AG baut Stellen ab. In den Vereinigten Staaten fallen 420 Stellen weg.", "United States"),
    ("Die Kestrel AG baut Stellen ab. In den Vereinigten Arabischen Emiraten fallen 420 Stellen weg.",
     "United Arab Emirates"),
])
def test_a_country_in_the_german_dative_is_a_place(text, place):
    """"In den Niederlanden": a country's inflected name is an alias of it in the gazetteer's data (no place was
    found, so the cut had no segment)."""
    check_construction("a country in the dative", extracted("de", "Kestrel\n\n" + text), "Kestrel",
                       [("job_cuts", 420, "count", {"segment": place})])


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Kestrel schrapt 500 banen. Volgens de vakbond gaat het om bijna 750 banen."),
    ("de", "Kestrel streicht 500 Stellen. Laut Gewerkschaft geht es um fast 750 Stellen."),
    ("fr", "Kestrel va supprimer 500 postes. Selon le syndicat, il s'agit de près de 750 postes."),
    ("en", "Kestrel will cut 500 jobs. According to the union, it is about 750 jobs."),
    ("sv", "Kestrel varslar 500 anställda. Enligt facket handlar det om nästan 750 jobb."),
])
def test_a_unions_count_of_those_affected_is_its_claim(lang, text):
    """"Volgens de vakbond gaat het om bijna 750 banen" beside the company's 500: the union's own count of the cuts, a
    third party's claim, as "De vakbond spreekt van 600 banen" is (it gave none: a count of those affected beside
    another count of the cuts was dropped)."""
    check_construction("a union's count of those affected", extracted(lang, "Kestrel\n\n" + text), "Kestrel",
                       [("job_cuts", 500, "count", {"third_party": False}),
                        ("job_cuts", 750, "count", {"third_party": True, "modality": "reported", "approx": True})])


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Bij Kestrel BV verliezen van de momenteel zo'n 640 medewerkers er ongeveer 190 hun baan."),
    ("de", "Bei der Kestrel GmbH sollen von den derzeit rund 640 Mitarbeitern etwa 190 ihren Arbeitsplatz verlieren."),
    ("en", "At Kestrel Ltd, of the roughly 640 employees, about 190 will lose their jobs."),
])
def test_the_whole_told_first_inside_its_clause_is_no_cut(lang, text):
    """"verliezen van de momenteel zo'n 640 medewerkers er ongeveer 190 hun baan": a partitive of two words or more
    right before a count of staff, a count after it, tells the whole a part is cut from, wherever in its clause it
    stands (the 640 were cuts)."""
    check_construction("the whole told first", extracted(lang, "Kestrel\n\n" + text), "Kestrel",
                       [("job_cuts", 190, "count", {"approx": True})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The holding company Haldenstein will cut 450 jobs at its subsidiary Brasalt Guss."),
    ("fr", "Le holding Haldenstein va supprimer 450 postes dans sa filiale Brasalt Guss."),
    ("nl", "Holdingmaatschappij Haldenstein schrapt 450 banen bij dochter Brasalt Guss."),
    ("es", "El holding Haldenstein recortará 450 empleos en su filial Brasalt Guss."),
    ("sv", "Holdingbolaget Haldenstein varslar 450 anställda på dotterbolaget Brasalt Guss."),
    ("de", "Die Holding Haldenstein baut bei ihrer Tochter Brasalt Guss 450 Stellen ab."),
])
def test_cuts_at_a_named_subsidiary_are_the_subsidiarys(lang, text):
    """"will cut 450 jobs at its subsidiary Brasalt Guss": a subsidiary named right after the figure's noun is whose
    figure it is, as the German "baut bei ihrer Tochter ... ab" already read (they were the parent's)."""
    x = extracted(lang, "Haldenstein\n\n" + text)
    assert [(c.kind, c.org, c.quantity.value) for c in x.claims] == [("job_cuts", "Brasalt Guss", 450)]


def test_a_subsidiary_after_another_verb_is_no_site_of_the_cut():
    """"cut 450 jobs and sell its subsidiary X": the subsidiary is the object of another verb; the cut is the
    parent's."""
    x = extracted("en", "Haldenstein\n\nHaldenstein will cut 450 jobs and sell its subsidiary Brasalt Guss.")
    assert [(c.kind, c.org, c.quantity.value) for c in x.claims] == [("job_cuts", "Haldenstein", 450)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Kestrel AG hat ein Werk in Kassel. Sie schließt ihr Kasseler Werk.", [("store_closure", None, "Kassel", {})]),
    ("Die Kestrel AG schließt ihr Kasseler Werk.", []),
    ("Die Kestrel AG schließt ihr Werk in Lormdorf. Das Lormdorf Werk hat 300 Beschäftigte.",
     [("store_closure", None, "Lormdorf", {})]),  # the site's 300 staff are no workforce of the company
])
def test_an_adjective_of_a_town_names_the_town_when_known(text, expected):
    """"ihr Kasseler Werk": an adjective of a town (`stores.town_of`) names the town when the article or the
    gazetteer knows it as a place, else no site is guessed from its ending (the site was "Kasseler")."""
    check_construction("an adjective of a town", extracted("de", "Kestrel\n\n" + text), "Kestrel", expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Kestrel AG baut Stellen ab. Ihr Chef Jan Berg sagte, 4.000 Mitarbeiter seien es weltweit."),
    ("nl", "Kestrel BV schrapt banen. Topman Jan Berg zei: 4.000 medewerkers zijn het wereldwijd."),
])
def test_a_staff_counted_with_it_is_is_no_cut(lang, text):
    """"4.000 Mitarbeiter seien es weltweit" after a sentence of cuts: a count of staff before the words for "it is"
    (`claims.it_is`) counts a staff, no cut (it was a cut of 4,000)."""
    check_construction("a staff counted", extracted(lang, "Kestrel\n\n" + text), "Kestrel", [])


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Kestrel BV krimpt. De komende jaren krimpen we via natuurlijk verloop met zo'n 200 mensen, zei de directeur."),
    ("en", "Kestrel Ltd will shrink by about 200 people through natural attrition."),
    ("de", "Die Kestrel GmbH will durch natürliche Fluktuation rund 200 Stellen abbauen."),
])
def test_a_shrink_by_attrition_is_a_cut(lang, text):
    """A headcount reduced through natural attrition is a cut, as the evaluation's facts count it (a hiring freeze's
    "shrunk its workforce by more than 1,000 employees"): this pins the definition docs/extraction.md gives."""
    check_construction("a shrink by attrition", extracted(lang, "Kestrel\n\n" + text), "Kestrel",
                       [("job_cuts", 200, "count", {"approx": True})])
