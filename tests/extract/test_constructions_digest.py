"""Constructions the twenty-second blind set's remaining wrong claims and misses (q21: roundups and updates) taught, in
short articles the project wrote in several languages about made-up companies: each expectation names every claim the
article gives (kind, figure, unit) and what must hold of it."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Brackwell Robotics said on Friday it would cut 5% of its 2,400 staff, around 120 jobs.", "Brackwell Robotics",
     [("job_cuts", 5, "percent", {}), ("workforce", 2400, "count", {}), ("job_cuts", 120, "count", {})]),
    ("fr", "Brackwell Robotique va supprimer 5 % de ses 2 400 salariés, environ 120 postes.", "Brackwell Robotique",
     [("job_cuts", 5, "percent", {}), ("workforce", 2400, "count", {}), ("job_cuts", 120, "count", {})]),
    ("es", "Brackwell Robótica recortará el 5 % de sus 2.400 empleados, unos 120 puestos.", "Brackwell Robótica",
     [("job_cuts", 5, "percent", {}), ("workforce", 2400, "count", {}), ("job_cuts", 120, "count", {})]),
])
def test_a_count_after_a_share_of_its_staff_is_the_cut(lang, text, org, expected):
    """A possessive belongs to the figure right after it: in "5% of its 2,400 staff, around 120 jobs" the 120 told after
    the whole is the share's count of cuts (was: "its" read as the 120's too, a workforce of 120)."""
    check_construction("a count after a share of its staff", extracted(lang, text), org, expected)


ROUNDUP = {  # three firms' results, each opening its paragraph; a last paragraph names none
    "en": "Arvenne grows, Corvella cuts\n\nThree groups reported results on Wednesday.\n\nThe retailer Arvenne said its "
          "revenue rose 5% to 2.1 billion euros. Arvenne shares rose 4%.\n\nAt Belmaris Industries, revenue fell 8% to 600 million euros.\n\nAt the insurer Corvella Insurance, "
          "revenue reached 1.5 billion euros. At the same time, Corvella announced it would cut 200 jobs.\n\nManagement blamed the cuts on "
          "the automation of claims handling.",
    "fr": "Arvenne progresse, Corvella supprime des postes\n\nTrois groupes ont publié mercredi leurs comptes.\n\nLe "
          "distributeur Arvenne a vu son chiffre d'affaires progresser de 5 %, à 2,1 milliards d'euros. L'action Arvenne "
          "a gagné 4 %.\n\nChez Belmaris Industries, le chiffre d'affaires a reculé de 8 %, "
          "à 600 millions d'euros.\n\nChez l'assureur Corvella Assurances, le chiffre d'affaires a atteint 1,5 milliard "
          "d'euros. Dans le même temps, Corvella a annoncé la suppression de 200 postes.\n\nLa direction justifie ces suppressions par "
          "l'automatisation de la gestion des dossiers.",
    "de": "Arvenne wächst, Corvella streicht Stellen\n\nDrei Konzerne legten am Mittwoch Zahlen vor.\n\nDer Händler "
          "Arvenne steigerte den Umsatz um 5 Prozent auf 2,1 Milliarden Euro. Die Arvenne-Aktie gewann 4 Prozent.\n\nBei Belmaris Industries sank der Umsatz um 8 Prozent auf 600 Millionen Euro.\n\nBeim "
          "Versicherer Corvella Versicherungen stieg der Umsatz auf 1,5 Milliarden Euro. Zugleich kündigte Corvella den Abbau von "
          "200 Stellen an.\n\nDer Vorstand begründet den Abbau mit der Automatisierung der Schadenbearbeitung.",
}


@pytest.mark.parametrize("lang", sorted(ROUNDUP))
def test_a_paragraph_naming_no_firm_in_a_roundup_goes_on_about_the_one_before(lang):
    """In a round-up (three firms each opening a paragraph) a paragraph naming no firm is about the firm the paragraph
    before it was about (was: the article's first firm's cause)."""
    x = extracted(lang, ROUNDUP[lang])
    assert {(c.kind, c.org.split()[0]) for c in x.claims} == {
        ("revenue", "Arvenne"), ("revenue", "Belmaris"), ("revenue", "Corvella"), ("job_cuts", "Corvella"),
        ("cause", "Corvella")}, [(c.kind, c.org) for c in x.claims]


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("de", "Die Kestrova AG streicht 300 Stellen. Branchenkenner erwarten weitere Einschnitte.", "Kestrova"),
    ("en", "Kestrova will cut 300 jobs. Industry watchers expect further cuts.", "Kestrova"),
    ("sv", "Kestrova varslar 300 anställda. Bedömare väntar sig fler neddragningar.", "Kestrova"),
    ("es", "Kestrova recortará 300 empleos. «La ola no ha terminado», explica el economista Ramón Ibarra. Prevé que "
           "otras entidades anuncien más despidos antes del verano.", "Kestrova"),
    ("fr", "Kestrova va supprimer 300 postes. « La vague n'est pas finie », explique l'économiste Paul Ibert. Il "
           "s'attend à ce que d'autres entreprises annoncent des suppressions de postes.", "Kestrova"),
])
def test_observers_and_other_firms_further_cuts_are_no_outlook(lang, text, org):
    """Further cuts observers expect ("Branchenkenner erwarten", `entities.third_parties`), or other firms' cuts ("otras
    entidades", `claims.others`), are no outlook of the firm's (was: its layoff outlook)."""
    check_construction("observers' outlook", extracted(lang, text), org, [("job_cuts", 300, "count", {})])


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Carvel Aéro va supprimer 300 postes supplémentaires, après les 450 annoncés en février. Au total, le plan "
           "touchera donc 750 postes.", [("job_cuts", 300, "count", {}), ("job_cuts", 750, "count", {"aggregate": "total"})]),
    ("en", "Carvel Aero will cut a further 300 jobs, after the 450 announced in February. In total, the plan will affect "
           "750 jobs.", [("job_cuts", 300, "count", {}), ("job_cuts", 750, "count", {"aggregate": "total"})]),
    ("es", "Carvel Aero recortará otros 300 empleos, tras los 450 anunciados en febrero. En total, el plan afectará a "
           "750 empleos.", [("job_cuts", 300, "count", {}), ("job_cuts", 750, "count", {"aggregate": "total"})]),
])
def test_a_total_the_plan_affects_after_a_second_round_is_its_cuts(lang, text, expected):
    """Staff a plan affects after a word of a total (`numbers.total`) are the sum of its rounds, though a round's count
    stands in the sentence before (was: read as the same cuts counted again, no claim)."""
    check_construction("a total affected", extracted(lang, text), "Carvel Aero" if lang != "fr" else "Carvel Aéro",
                       expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Harlow Systems is cutting a further 300 jobs. That brings the total cut this year to 800.", "Harlow Systems",
     [("job_cuts", 300, "count", {}), ("job_cuts", 800, "count", {"aggregate": "total"})]),
    ("fr", "Harlow Systèmes va supprimer 280 postes. Ce nouveau plan porte à 430 le nombre total de postes supprimés en "
           "deux ans.", "Harlow Systèmes", [("job_cuts", 280, "count", {}), ("job_cuts", 430, "count", {"aggregate": "total"})]),
    ("es", "Harlow Sistemas recortará otros 180 puestos. Eso eleva a 480 el total de empleos recortados desde 2025.",
     "Harlow Sistemas", [("job_cuts", 180, "count", {}), ("job_cuts", 480, "count", {"aggregate": "total"})]),
    ("sv", "Harlow Systems varslar ytterligare 300 anställda. Det höjer det totala antalet varslade till 800.",
     "Harlow Systems", [("job_cuts", 300, "count", {}), ("job_cuts", 800, "count", {"aggregate": "total"})]),
])
def test_a_total_brought_to_a_count_is_the_rounds_sum(lang, text, org, expected):
    """A count with no noun after a word of change to ("to", "à", "a", "till"), a word of the whole ("total") and a cut
    word in its clause, is the total of the rounds (was: no claim, "brings the total cut this year to 800")."""
    check_construction("a total brought to", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Harlow will reduce the number of its global factories from 17 to 10."),
    ("es", "Harlow reducirá el número de sus plantas en todo el mundo desde las 17 actuales hasta 10."),
])
def test_a_count_of_sites_brought_to_a_level_is_no_total_of_cuts(lang, text):
    """Sites brought from one level to another ("from 17 to 10") are no total of job cuts."""
    assert not [c for c in extracted(lang, text).claims if c.kind == "job_cuts"]


@pytest.mark.parametrize(("text", "org"), [
    ("Die Pfauental Kliniken bauen 80 Stellen ab.", "Pfauental Kliniken"),
    ("Die Werke der Pfauental AG bauen bis 2027 rund 80 Arbeitsplätze ab.", "Pfauental"),
])
def test_a_split_verb_of_cutting_with_a_plural_subject(text, org):
    """German's split verb of cutting in the plural ("bauen ... ab", as "baut ... ab") cuts (was: no claim)."""
    check_construction("bauen ... ab", extracted("de", text), org, [("job_cuts", 80, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("es", "Banco Tarsis recortará 300 empleos. El sindicato calcula que la banca española ha perdido unos 5.000 empleos "
           "este año.", "Banco Tarsis"),
    ("en", "Tarsis Bank will cut 300 jobs. The union says the banking sector has lost about 5,000 jobs this year.",
     "Tarsis Bank"),
    ("de", "Die Tarsis Bank streicht 300 Stellen. Die Gewerkschaft schätzt, dass die Branche in diesem Jahr rund 5.000 "
           "Stellen abgebaut hat.", "Tarsis Bank"),
    ("fr", "La banque Tarsis va supprimer 300 postes. Selon le syndicat, le secteur a perdu environ 5 000 emplois cette "
           "année.", "Tarsis"),
])
def test_a_whole_trade_s_tally_is_no_firm_s(lang, text, org):
    """A count whose clause has a whole trade before it, no firm named between (`claims.sector_whole`: "la banca
    española", "the banking sector", "die Branche", "le secteur"), is the sector's (was: the firm's cuts)."""
    check_construction("a trade's tally", extracted(lang, text), org, [("job_cuts", 300, "count", {})])


@pytest.mark.parametrize("text", [
    "Seguros Navarte eleva a 400 los afectados por su ERE, frente a los 250 que anunció en junio.",
    "Seguros Navarte amplía a 400 los afectados por el ERE.",
])
def test_those_affected_raised_to_a_count_are_the_round_revised(text):
    """A count with no noun after a word of change to, those affected by a plan of cuts right after it, is the round's
    count revised, the figure it replaces no claim (was: no claim)."""
    check_construction("affected raised to", extracted("es", text), "Seguros Navarte",
                       [("job_cuts", 400, "count", {"aggregate": "revised"})])


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "Harlow Games will close its studio in Montreal.", "Montreal"),
    ("de", "Die Harlow Games GmbH schließt ihr Studio in Leipzig.", "Leipzig"),
    ("sv", "Harlow Games stänger sin studio i Malmö.", "Malmö"),
])
def test_a_studio_closed_is_a_site_closed(lang, text, place):
    """A studio (a games or film maker's site, `stores.nouns`, `stores.one`) closed is a site closed (was: no claim)."""
    x = extracted(lang, text)
    assert [(c.kind, c.org, c.object) for c in x.claims] == [("store_closure", "Harlow Games", place)]
