"""Constructions the two hundred blind articles and the story sets still missed (x23's list), in short articles the
project wrote in several languages about made-up companies (published Wednesday 4 March 2026): each expectation
names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Halvern Steel Plc will close its plant in Kreuztal by mid-2027.", "Halvern Steel"),
    ("en", "Halvern Steel Plc will close its plant in Kreuztal in the middle of 2027.", "Halvern Steel"),
    ("de", "Die Halvern Stahl AG will ihr Werk in Kreuztal bis Mitte 2027 schließen.", "Halvern Stahl"),
    ("fr", "Halvern Aciers SA fermera son usine de Kreuztal à la mi-2027.", "Halvern Aciers"),
    ("es", "Halvern Aceros SA cerrará su planta de Kreuztal a mediados de 2027.", "Halvern Aceros"),
    ("nl", "Halvern Staal BV sluit medio 2027 zijn fabriek in Kreuztal.", "Halvern Staal"),
    ("sv", "Halvern Stål AB stänger sin fabrik i Kreuztal i mitten av 2027.", "Halvern Stål"),
])
def test_the_middle_of_a_year_is_its_june(lang, text, org):
    """"mid-2027", "Mitte 2027", "à la mi-2027", "a mediados de 2027", "medio 2027", "i mitten av 2027": June 2027,
    when the year's first half ends (was: the whole year 2027, so that "mid-2027" and "the end of 2027" met)."""
    check_construction("the middle of a year", extracted(lang, "Halvern\n\n" + text), org,
                       [("store_closure", None, None, {"object": "Kreuztal", "when": "2027-06"})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("fr", "Halvern Aciers SA a supprimé 300 postes. « Nous ne supprimerons pas d'autres postes », a déclaré son PDG, "
           "Jean Morel.", "Halvern Aciers"),
    ("es", "Halvern Aceros SA despidió a 300 trabajadores. «No despediremos a más trabajadores», afirmó su consejero "
           "delegado, Juan Morales.", "Halvern Aceros"),
    ("en", "Halvern Steel Plc cut 300 jobs. \"We will not cut any more jobs,\" said its chief executive, Jan Morgan.",
     "Halvern Steel"),
])
def test_a_cut_in_the_simple_future_denied_denies_more(lang, text, org):
    """"Nous ne supprimerons pas d'autres postes", "No despediremos a más trabajadores": a verb of cutting in the
    simple future is its own word of the future (`stance.will`), so denied before more jobs it denies further cuts,
    as "We will not cut any more jobs" does (was: no outlook)."""
    check_construction("a future cut denied", extracted(lang, text), org,
                       [("job_cuts", 300, "count", {}), ("layoff_outlook", None, None, {"polarity": "deny"})])


@pytest.mark.parametrize(("lang", "text", "org", "unit"), [
    ("en", "Halvern Homes Plc expects an operating profit of about £190m for 2026, against £152m last year.",
     "Halvern Homes", "GBP"),
    ("de", "Die Halvern Bau AG erwartet für 2026 ein Ebit von rund 190 Millionen Euro, gegenüber 152 Millionen Euro im "
           "vergangenen Jahr.", "Halvern Bau", "EUR"),
    ("fr", "Halvern Immobilier SA prévoit un résultat opérationnel d'environ 190 millions d'euros en 2026, contre 152 "
           "millions d'euros l'an dernier.", "Halvern Immobilier", "EUR"),
])
def test_a_result_set_against_last_year_is_last_years(lang, text, org, unit):
    """"an operating profit of about £190m for 2026, against £152m last year": the sum after "against" opening its
    clause (`numbers.compared_opening`, as "gegenüber", "contre") is the same measure of the year it names (was: no
    claim in English)."""
    check_construction("a result against last year's", extracted(lang, text), org,
                       [("profit", 190_000_000, unit, {"when": "2026"}), ("profit", 152_000_000, unit, {"when": "2025"})])


@pytest.mark.parametrize(("lang", "text", "org", "unit"), [
    ("en", "In 2025, operating profit at Halvern Foods Plc fell to £86 million from £120 million.", "Halvern Foods", "GBP"),
    ("en", "Halvern Foods Plc published its results for 2025. Operating profit fell to £86 million from £120 million.",
     "Halvern Foods", "GBP"),
    ("de", "2025 sank das Ebit der Halvern Foods AG von 120 Millionen Euro auf 86 Millionen Euro.", "Halvern Foods", "EUR"),
    ("sv", "Under 2025 sjönk rörelseresultatet för Halvern Foods AB till 86 miljoner kronor från 120 miljoner kronor.",
     "Halvern Foods", "SEK"),
    ("nl", "In 2025 daalde het bedrijfsresultaat van Halvern Foods BV van 120 miljoen euro naar 86 miljoen euro.",
     "Halvern Foods", "EUR"),
])
def test_the_level_a_result_fell_from_is_the_year_befores(lang, text, org, unit):
    """"In 2025, operating profit fell to £86 million from £120 million": the level a result fell or rose from, no
    time of its own, after a period its sentence (or the one before) names, is that measure a year before (was: no
    claim of it)."""
    check_construction("a result's level before", extracted(lang, text), org,
                       [("profit", 86_000_000, unit, {"when": "2025"}), ("profit", 120_000_000, unit, {"when": "2024"})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Halvern Foods Plc reported an operating profit of £86m for 2025, against a target of £120m."),
    ("en", "Halvern Foods Plc cut its forecast for its 2026 operating profit to £86 million from £120 million."),
    ("en", "Halvern Foods Plc said operating profit fell to £86 million from £120 million."),
])
def test_a_forecast_revised_or_a_level_of_no_period_gives_no_year_before(lang, text):
    """A forecast cut ("cut its forecast ... to £86 million from £120 million") revises one period's figure, and a
    level before of no period told dates nothing: no result of the year before."""
    x = extracted(lang, text)
    assert not [c for c in x.claims if c.quantity and c.quantity.value == 120_000_000], [
        (c.kind, c.quantity.value, c.when) for c in x.claims]


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("fr", "Selon Halvern Textiles SA, l'effectif du groupe est resté stable, autour de 1 450 personnes.",
     "Halvern Textiles"),
    ("en", "Halvern Textiles Plc said its headcount remained stable at around 1,450.", "Halvern Textiles"),
    ("de", "Bei der Halvern Textil AG blieb die Zahl der Beschäftigten stabil bei rund 1.450.", "Halvern Textil"),
    ("es", "Según Halvern Textil SA, la plantilla del grupo se mantuvo estable, en torno a 1.450 personas.",
     "Halvern Textil"),
    ("nl", "Volgens Halvern Textiel BV bleef het personeelsbestand stabiel op ongeveer 1.450 mensen.", "Halvern Textiel"),
    ("sv", "Antalet anställda låg stabilt på omkring 1 450, uppger Halvern Textil AB.", "Halvern Textil"),
])
def test_a_staff_that_stayed_stable_at_a_count_is_the_workforce(lang, text, org):
    """"l'effectif du groupe est resté stable, autour de 1 450 personnes", "headcount remained stable at around
    1,450": a staff noun's verb of staying stable (`claims.staff_at`), a comma between it and the count at most,
    gives the staff's size (was: no claim)."""
    check_construction("a staff stable", extracted(lang, text), org, [("workforce", 1450, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org", "unit"), [
    ("en", "Halvern Steel Plc is cutting jobs in Ohio. We spoke to its chief executive, Jan Morgan.\n\nHow many people "
           "work for the company today?\n\nMorgan: Around 5,800 worldwide.\n\nHow many jobs will be cut in Ohio?\n\n"
           "Morgan: About 300.\n\nHow much should the cuts in Ohio save?\n\nMorgan: About $25 million a year.",
     "Halvern Steel", "USD"),
    ("de", "Die Halvern Stahl AG baut in Ohio Stellen ab. Ein Gespräch mit Vorstandschef Jan Brenneke.\n\nWie viele "
           "Menschen arbeiten derzeit für das Unternehmen?\n\nBrenneke: Weltweit rund 5.800.\n\nWie viele Stellen werden "
           "in Ohio gestrichen?\n\nBrenneke: Rund 300.\n\nWas soll der Abbau in Ohio einsparen?\n\nBrenneke: Rund 25 "
           "Millionen Euro im Jahr.", "Halvern Stahl", "EUR"),
    ("fr", "Halvern Aciers SA supprime des postes à Lyon. Entretien avec son directeur général, Jean Morel.\n\n"
           "Combien de salariés travaillent aujourd'hui pour l'entreprise ?\n\nJean Morel : Environ 5 800 dans le "
           "monde.\n\nCombien de postes seront supprimés à Lyon ?\n\nJean Morel : Environ 300.\n\nQuelles économies "
           "attendez-vous à Lyon ?\n\nJean Morel : Environ 25 millions d'euros par an.", "Halvern Aciers", "EUR"),
])
def test_a_bare_figure_answers_its_question(lang, text, org, unit):
    """An interview's answer opening with a bare figure ("Morgan: About 300.", "Brenneke: Weltweit rund 5.800") counts
    what the question right before it asks of: jobs cut, people working for the firm, a sum saved (was: no claim)."""
    check_construction("a bare answer", extracted(lang, text), org,
                       [("workforce", 5800, "count", {}), ("job_cuts", 300, "count", {}),
                        ("cost_savings", 25_000_000, unit, {})])


@pytest.mark.parametrize(("lang", "text", "orgs"), [
    ("de", "Die Halvern Versicherung AG und die Kestrova Leben AG schließen sich zusammen. Halvern beschäftigt 5.900 "
           "Mitarbeiter, Kestrova 3.500.", ("Halvern Versicherung", "Kestrova Leben")),
    ("en", "Halvern Insurance Plc employs 5,900 people, Kestrova Life Plc 3,500.", ("Halvern Insurance", "Kestrova Life")),
    ("nl", "Halvern Verzekeringen BV telt 5.900 medewerkers, Kestrova Leven BV 3.500.",
     ("Halvern Verzekeringen", "Kestrova Leven")),
    ("sv", "Halvern Försäkring AB har 5 900 anställda, Kestrova Liv AB 3 500.", ("Halvern Försäkring", "Kestrova Liv")),
    ("fr", "Halvern Assurances SA emploie 5 900 salariés, Kestrova Vie SA 3 500.", ("Halvern Assurances", "Kestrova Vie")),
    ("es", "Halvern Seguros SA tiene 5.900 empleados, Kestrova Vida SA 3.500.", ("Halvern Seguros", "Kestrova Vida")),
])
def test_the_next_firm_s_staff_after_a_comma(lang, text, orgs):
    """A count ending the sentence after a comma and another firm ("..., Kestrova 3.500.") is that firm's figure of the
    same kind, as after "und" (was: none)."""
    x = extracted(lang, text)
    assert [(c.kind, c.org, c.quantity.value) for c in x.claims] == [
        ("workforce", orgs[0], 5900), ("workforce", orgs[1], 3500)]


def test_staff_brought_into_a_venture_are_no_workforce():
    """Staff a firm brings into a venture or a merger ("bringt 300 Mitarbeiter in das Gemeinschaftsunternehmen ein")
    are a part that moves, not its workforce: "bringt ... ein" is no verb of employing."""
    x = extracted("de", "Die Halvern AG bringt 300 Mitarbeiter in das neue Gemeinschaftsunternehmen mit der Kestrova "
                        "GmbH ein, teilte das Unternehmen am Dienstag mit.")
    assert not [c for c in x.claims if c.kind == "workforce"]
