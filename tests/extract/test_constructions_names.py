"""Constructions the twentieth blind ten's misses and wrong claims taught (q19: hard names), in made-up articles in
several languages."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Hoxmoor Foods will close its bakery in Leeds and cut 120 jobs.", "Hoxmoor Foods"),
    ("en", "Hoxmoor Marine will close its shipyard in Hull and cut 120 jobs.", "Hoxmoor Marine"),
    ("sv", "Hoxmoor AB lägger ned sitt bageri i Kalmar och varslar 120 anställda.", "Hoxmoor"),
    ("sv", "Familjeföretaget Hoxméns Bageri lägger ned sitt bageri i Kalmar och varslar 120 anställda.", "Hoxméns Bageri"),
    ("nl", "Hoxmoor Groep sluit haar werf in Zwolle en schrapt 120 banen.", "Hoxmoor Groep"),
    ("nl", "De Hoxmoor Werven sluiten hun werf in Zwolle en schrappen 120 banen.", "Hoxmoor Werven"),
    ("de", "Die Hoxmoor AG schließt ihr Gießereiwerk in Bonn und streicht 120 Stellen.", "Hoxmoor"),
    ("de", "Die Hoxmoor AG schließt ihr Kundencenter in Bonn und streicht 120 Stellen.", "Hoxmoor"),
    ("fr", "Hoxmoor va fermer sa boulangerie à Lyon et supprimer 120 postes.", "Hoxmoor"),
    ("es", "Hoxmoor cerrará su astillero en Vigo y despedirá a 120 trabajadores.", "Hoxmoor"),
])
def test_a_bakery_a_yard_and_a_compound_site_close(lang, text, org):
    """A bakery, a shipyard and a site noun ending a compound ("Gießereiwerk", "Kundencenter", "bankkontor") are
    sites that close, not where the noun is part of the firm's name ("Hoxméns Bageri": no site "Hoxméns") (was: no
    closure)."""
    check_construction("a site noun", extracted(lang, text), org,
                       [("store_closure", None, None, {}), ("job_cuts", 120, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Hoxmoor Bank will close twelve of its 34 bank branches and cut 180 jobs.", "Hoxmoor Bank"),
    ("sv", "Hoxmoor Bank stänger tolv av sina 34 bankkontor och minskar personalstyrkan med 180 tjänster.",
     "Hoxmoor Bank"),
    ("nl", "Hoxmoor Bank sluit twaalf van haar 34 bankkantoren en schrapt 180 banen.", "Hoxmoor Bank"),
    ("de", "Die Hoxmoor Bank schließt zwölf ihrer 34 Bankfilialen und streicht 180 Stellen.", "Hoxmoor Bank"),
])
def test_a_count_of_branches_is_no_count_of_jobs(lang, text, org):
    """The branches a bank has ("tolv av sina 34 bankkontor") are sites: twelve close, and 34 is no cut of jobs
    (was: a cut of 34)."""
    check_construction("a count of sites", extracted(lang, text), org,
                       [("store_closure", 12, "count", {}), ("job_cuts", 180, "count", {})])


@pytest.mark.parametrize(("text", "org"), [
    ("Hoxmoor Bank will cut 650 jobs, it said on Monday. The Hoxmoor Bank Officers' Union, which represents most "
     "branch staff, said the true number of job losses would be closer to 800.", "Hoxmoor Bank"),
    ("Hoxmoor Bank will cut 650 jobs, it said on Monday. The Hoxmoor Bank Workers’ Union, which represents most "
     "branch staff, said the true number of job losses would be closer to 800.", "Hoxmoor Bank"),
    ("RBH to cut 650 jobs\n\nThe Royal Bank of Hoxmoor (RBH) will cut 650 jobs. The Bank Officers' Union, which "
     "represents most branch staff, said the true number of job losses would be closer to 800.", "Royal Bank of Hoxmoor"),
])
def test_a_union_named_with_a_possessive_is_no_firm(text, org):
    """A name before a possessive apostrophe and a union word ("The Hoxmoor Bank Officers' Union") is a union's, no
    company, and no mention of a firm whose name it holds (was: "Hoxmoor Bank Officers" a firm, the union's count of
    job losses given to it); the count it gives is the firm's, as any union's."""
    check_construction("a union's name", extracted("en", text), org,
                       [("job_cuts", 650, "count", {}), ("job_cuts", 800, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Hoxmoor will cut 120 jobs. Hoxmoor expects further job cuts at its suppliers.", "Hoxmoor"),
    ("sv", "Hoxmoor AB varslar 120 anställda. Förbundet räknar med att ytterligare ett 30-tal jobb försvinner hos åkerier "
           "och underleverantörer i Kalmar.", "Hoxmoor"),
    ("nl", "Hoxmoor schrapt 120 banen. Het bedrijf verwacht verdere ontslagen bij toeleveranciers.", "Hoxmoor"),
    ("de", "Die Hoxmoor AG streicht 120 Stellen. Weitere Stellenstreichungen bei Zulieferern seien zu erwarten, sagte ein "
           "Sprecher.", "Hoxmoor"),
    ("fr", "Hoxmoor va supprimer 120 postes. L'entreprise prévoit d'autres suppressions de postes chez ses "
           "sous-traitants.", "Hoxmoor"),
    ("es", "Hoxmoor despedirá a 120 trabajadores. La empresa prevé más despidos en sus proveedores.", "Hoxmoor"),
])
def test_further_cuts_at_suppliers_are_no_outlook_of_the_firm(lang, text, org):
    """Further cuts whose clause names other firms' staff ("hos åkerier och underleverantörer", "at its suppliers")
    are no outlook of the firm's cuts (was: an outlook of more cuts at the firm)."""
    check_construction("cuts at others", extracted(lang, text), org, [("job_cuts", 120, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hoxmoor will cut 120 jobs. Hoxmoor expects further job cuts."),
    ("nl", "Hoxmoor schrapt 120 banen. Het bedrijf verwacht verdere ontslagen."),
    ("de", "Die Hoxmoor AG streicht 120 Stellen. Weitere Stellenstreichungen seien zu erwarten, sagte ein Sprecher."),
])
def test_further_cuts_of_the_firm_stay_its_outlook(lang, text):
    check_construction("cuts of its own", extracted(lang, text), "Hoxmoor",
                       [("job_cuts", 120, "count", {}), ("layoff_outlook", None, None, {"polarity": "affirm"})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hoxvia will cut 300 jobs. In 2022 Hoxvia bought the operator Vetonia. Vetonia, which had 600 employees, "
           "was fully merged into Hoxvia in 2023."),
    ("es", "Hoxvia despedirá a 300 trabajadores. En 2022 Hoxvia compró la operadora Vetonia. Vetonia, que tenía 600 "
           "empleados, fue integrada por completo en Hoxvia en 2023."),
])
def test_the_staff_of_a_firm_taken_over_are_not_the_buyers(lang, text):
    """A count in a relative clause after an organisation's name opening its sentence is that organisation's staff,
    not the buyer's it was taken into ("Vetonia, que tenía 600 empleados, fue integrada en Hoxvia") (was: a
    workforce of 600 for the buyer)."""
    x = extracted(lang, text)
    assert [(c.kind, c.org, c.quantity.value) for c in x.claims if c.kind in ("workforce", "job_cuts")
            and c.org != "Vetonia"] == [("job_cuts", "Hoxvia", 300)]


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Hoxvia will cut 300 jobs. In 2022 Hoxvia bought the operator Vetonia. Vetonia, which had 600 employees, "
           "was fully merged into Hoxvia in 2023.", "Vetonia"),
    ("en", "The Royal Bank of Hoxmoor (RBH) will cut 300 jobs. RBH, which employs 9,000 people, said so on Monday.",
     "Royal Bank of Hoxmoor"),
])
def test_the_staff_in_a_relative_clause_after_their_own_firm_stay(lang, text, org):
    x = extracted(lang, text)
    assert [c.org for c in x.claims if c.kind == "workforce"] == [org]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hoxmoor will cut 120 jobs. Chief executive Anna Berg said costs for flour and transport had risen sharply."),
    ("sv", "Hoxmoor AB varslar 120 anställda. Enligt vd Anna Berg har kostnaderna för mjöl och transporter ökat kraftigt "
           "på två år."),
    ("sv", "Hoxmoor AB varslar 120 anställda. Enligt vd Anna Berg har kostnaderna stigit kraftigt på två år."),
    ("de", "Die Hoxmoor AG streicht 120 Stellen. Laut Chefin Anna Berg sind die Kosten für Mehl und Transporte stark "
           "gestiegen."),
    ("nl", "Hoxmoor schrapt 120 banen. Volgens topvrouw Anna Berg zijn de kosten voor meel en transport sterk gestegen."),
])
def test_costs_that_have_risen_are_a_cause(lang, text):
    """Costs told as having risen ("costs ... had risen sharply", "kostnaderna ... har stigit", `causes.trend`) are
    the cause the firm gives (was: none in English and Swedish)."""
    check_construction("costs risen", extracted(lang, text), "Hoxmoor",
                       [("job_cuts", 120, "count", {}), ("cause", None, None, {"object": "costs", "polarity": "affirm"})])
