"""Constructions the twenty-fourth blind set (q23: many figures, few facts) taught, in short articles the project
wrote about made-up companies: figures of other kinds beside a firm's facts (a market value, a loan, recurring
revenue, a trade's totals, other firms' staff) give no claim; each expectation names every claim the article gives."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("es", "Naviera Ostrande recorta plantilla\n\nNaviera Ostrande suprimirá 90 puestos de trabajo en su terminal.",
     "Naviera Ostrande", [("job_cuts", 90, "count", {})]),
    ("es", "Eléctrica Valdorna gana más\n\nEléctrica Valdorna obtuvo un beneficio neto de 410 millones de euros.",
     "Eléctrica Valdorna", [("net_income", 410e6, "EUR", {})]),
    ("fr", "Air Morvan supprime des postes\n\nAir Morvan va supprimer 120 postes, a annoncé la compagnie.",
     "Air Morvan", [("job_cuts", 120, "count", {})]),
    ("es", "Recortes en el puerto\n\nLa naviera Ostrande suprimirá 90 puestos de trabajo en su terminal.", "Ostrande",
     [("job_cuts", 90, "count", {})]),
])
def test_a_name_opening_with_a_word_of_its_trade_keeps_it(lang, text, org, expected):
    """"Naviera Ostrande", "Eléctrica Valdorna", "Air Morvan": a capitalised word of a trade opening a name is an
    organisation word (`entities.org_words`), part of the name; in lower case after a determiner ("la naviera
    Ostrande") it stays a company noun before the name."""
    check_construction("a trade word opening a name", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("es", "Eléctrica Valdorna factura más\n\nEléctrica Valdorna facturó 3.100 millones de euros. El sector eléctrico "
           "español factura cerca de 45.000 millones de euros al año, según la patronal.", "Eléctrica Valdorna",
     [("revenue", 3.1e9, "EUR", {})]),
    ("sv", "Norrlida Telekom växer\n\nNorrlida Telekom ökade nettoomsättningen till 2,1 miljarder kronor. Svensk "
           "telekombransch omsätter drygt 60 miljarder kronor om året och sysselsätter omkring 22 000 personer.",
     "Norrlida Telekom", [("revenue", 2.1e9, "SEK", {})]),
    ("de", "Wettmer wächst\n\nDie Wettmer GmbH erzielte einen Umsatz von 310 Millionen Euro. Der Einzelhandel in "
           "Deutschland setzte im selben Zeitraum 680 Milliarden Euro um.", "Wettmer",
     [("revenue", 310e6, "EUR", {})]),
    ("nl", "Veldhorst Energie groeit\n\nVeldhorst Energie boekte een omzet van 1,4 miljard euro. De energiesector "
           "zette vorig jaar 40 miljard euro om.", "Veldhorst Energie", [("revenue", 1.4e9, "EUR", {})]),
    ("es", "Eléctrica Valdorna factura más\n\nEn el sector, Eléctrica Valdorna facturó 3.100 millones de euros.",
     "Eléctrica Valdorna", [("revenue", 3.1e9, "EUR", {})]),
])
def test_a_whole_trade_s_sum_is_no_firm_s(lang, text, org, expected):
    """A whole trade as the subject before a sum in its clause, no firm named between (`claims.sector_whole`, with
    endings of a trade's compounds: "telekombransch", "energiesector"), makes the sum the trade's, as it does a
    count of staff: no revenue of the firm; a firm named after the trade keeps its own."""
    check_construction("a trade's sum", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Brackley Ledger results\n\nBrackley Ledger reported revenue of £312 million. Annual recurring revenue was "
           "£598 million. At yesterday's close the company had a market capitalisation of £4.7 billion, about 31 times "
           "expected earnings.", "Brackley Ledger", [("revenue", 312e6, "GBP", {})]),
    ("es", "Naviera Ostrande invierte\n\nNaviera Ostrande facturó 1.150 millones de euros. Para financiar dos buques "
           "firmó un préstamo de 200 millones de euros con dos bancos. Su capitalización bursátil "
           "ronda los 900 millones.", "Naviera Ostrande", [("revenue", 1.15e9, "EUR", {})]),
    ("de", "Wettmer Chemie\n\nWettmer Chemie setzte 4,1 Milliarden Euro um. Der Börsenwert des Unternehmens liegt bei "
           "rund 2,3 Milliarden Euro, nach einem Gewinn im Vorjahr.", "Wettmer Chemie",
     [("revenue", 4.1e9, "EUR", {})]),
    ("nl", "Dorrestein Bank\n\nDorrestein Bank boekte een nettowinst van 610 miljoen euro. De beurswaarde van de bank "
           "bedraagt ongeveer 8,5 miljard euro, zo'n veertien keer de winst.", "Dorrestein Bank",
     [("net_income", 610e6, "EUR", {})]),
    ("en", "Brackley Ledger results\n\nBrackley Ledger spent £64 million, or 20.5% of revenue, on research.",
     "Brackley Ledger", []),
])
def test_a_market_value_a_loan_and_recurring_revenue_are_no_results(lang, text, org, expected):
    """A market capitalisation, a loan and recurring revenue are other measures (`money.other_measures`): the
    nearest money word of their sum, so no revenue, profit or investment; a money word after a sum with another figure between ("£64 million, or 20.5% of revenue") is that
    figure's, not the sum's."""
    check_construction("other measures", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Dunmere Motors\n\nDunmere Motors employs 2,400 people. Its plant buys parts from about 140 local "
           "suppliers, which employ another 7,000 people between them.", "Dunmere Motors",
     [("workforce", 2400, "count", {})]),
    ("de", "Wettmer Chemie\n\nWettmer Chemie beschäftigt rund 6.800 Menschen. Das Werk kauft bei 90 Zulieferern ein, die "
           "zusammen 5.000 Menschen beschäftigen.", "Wettmer Chemie", [("workforce", 6800, "count", {})]),
    ("de", "Wettmer Chemie\n\nWettmer Chemie beschäftigt rund 6.800 Menschen. Der Chemiepark umfasst 1.300 Hektar, dort "
           "arbeiten nach Angaben des Betreibers rund 12.000 Menschen.", "Wettmer Chemie",
     [("workforce", 6800, "count", {})]),
    ("en", "Dunmere Motors\n\nThe plant is run by Dunmere Motors, which employs 2,400 people.", "Dunmere Motors",
     [("workforce", 2400, "count", {})]),
])
def test_staff_of_other_firms_and_of_a_place_are_no_workforce(lang, text, org, expected):
    """Firms of a trade right before a comma and a relative word opening the count's clause (`claims.sector`,
    `claims.relative`: "suppliers, which employ another 7,000 people") count their own staff; a clause opening with
    "dort arbeiten" (`claims.existential`) counts a place's: no workforce of the firm; a firm before the relative
    word keeps its own."""
    check_construction("other firms' staff", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Dunmere Motors\n\nDunmere Motors will cut 600 jobs at its plant. About a third of the plant's staff are over "
           "50.", "Dunmere Motors", [("job_cuts", 600, "count", {})]),
    ("en", "Dunmere Motors\n\nDunmere Motors will cut a third of its staff.", "Dunmere Motors",
     [("job_cuts", 33.3, "percent", {})]),
])
def test_a_share_of_a_site_s_staff_is_no_cut_of_the_firm(lang, text, org, expected):
    """A noun of one site right before the staff a share is of ("the plant's staff") makes the share that site's,
    as one after it does ("the staff at its Derby plant"): no cut of the company; a share of its own staff is one."""
    check_construction("a site's share", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("de", "Wettmer Chemie\n\nWettmer Chemie investiert 40 Millionen Euro in ein neues Werk. Die Stadt hatte 2024 rund 2,5 "
           "Millionen Euro in die Neugestaltung des Marktplatzes investiert.", "Wettmer Chemie",
     [("investment", 40e6, "EUR", {})]),
    ("en", "Dunmere Motors\n\nDunmere Motors will invest £40 million in a new line. The city will spend £2.5 million on "
           "the square in front of the plant.", "Dunmere Motors", [("investment", 40e6, "GBP", {})]),
    ("de", "Wettmer Chemie\n\nWettmer Chemie hat in die Stadt 30 Millionen Euro investiert.", "Wettmer Chemie",
     [("investment", 30e6, "EUR", {})]),
])
def test_a_town_s_spending_is_no_investment_of_the_firm(lang, text, org, expected):
    """A region or town opening the clause of a sum, no organisation nor company noun before the sum (`claims.region`:
    "Die Stadt hatte ... investiert", "The city will spend"), spends its own money: no investment of the firm; a firm
    investing in the town keeps its own."""
    check_construction("a town's spending", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Brackley Ledger half-year results\n\n Brackley Ledger plc reports its results for the six months to 30 September "
           "2026.\n\nRevenue of £312.4 million, up 11% (H1 2025: £281.5 million).", "Brackley Ledger",
     [("revenue", 312.4e6, "GBP", {}), ("revenue", 281.5e6, "GBP", {})]),
    ("en", "Brackley Ledger half-year results\n\n Brackley Ledger plc reports its results for the six months to 30 September "
           "2026.\n\nRevenue rose to £312.4 million, up 11% (up 4% in H1 2025).", "Brackley Ledger",
     [("revenue", 312.4e6, "GBP", {})]),
])
def test_a_prior_period_in_brackets_after_a_change_s_percent(lang, text, org, expected):
    """A result's change in percent right after it, the prior period's figure in brackets after the percent ("up 11%
    (H1 2025: £281.5 million)"), is the same measure of that period, as with no percent between; a percent in the
    brackets is none."""
    check_construction("a prior period after a percent", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("de", "Wettmer Chemie\n\nDie Wettmer Chemie AG legt ihre Ammoniakanlage in Leuna still.", "Wettmer Chemie",
     [("store_closure", None, None, {})]),
    ("de", "Wettmer\n\nDie Wettmer GmbH schließt ihr Kaufhaus in Kassel.", "Wettmer", [("store_closure", None, None, {})]),
    ("de", "Wettmer Chemie\n\nDie Wettmer Chemie AG baut ihre Ammoniakanlage in Leuna aus.", "Wettmer Chemie", []),
    ("de", "Wettmer\n\nDie Wettmer GmbH verzichtet auf die Schließung ihres Kaufhauses in Kassel.", "Wettmer", []),
])
def test_a_plant_of_a_compound_and_a_department_store_are_sites(lang, text, org, expected):
    """A compound ending in "-anlage" ("Ammoniakanlage", "Abfüllanlage") and a department store ("Kaufhaus",
    "Warenhaus") are one site each (`stores.nouns`, `stores.one`): closing one is a closure; enlarging one, or a
    closure given up, is none."""
    check_construction("a plant and a store", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("sv", "Norrlida Telekom\n\nNorrlida Telekom varslar 200 anställda. Varslet motiveras med att allt fler kunder sköter "
           "sina ärenden i appen och att nätet automatiseras.", "Norrlida Telekom",
     [("job_cuts", 200, "count", {}), ("cause", None, None, {"object": "automation", "polarity": "affirm"})]),
    ("sv", "Norrlida Telekom\n\nNorrlida Telekom varslar 200 anställda. Varslet motiveras med minskad efterfrågan, inte med "
           "att nätet automatiseras.", "Norrlida Telekom",
     [("job_cuts", 200, "count", {}), ("cause", None, None, {"object": "automation", "polarity": "deny"})]),
    ("sv", "Norrlida Telekom\n\nNorrlida Telekom automatiserar nätet men varslar ingen.", "Norrlida Telekom", []),
    ("fr", "Air Morvan\n\nAir Morvan supprime 120 postes. La compagnie justifie sa décision par la hausse de ses coûts.",
     "Air Morvan", [("job_cuts", 120, "count", {}), ("cause", None, None, {"object": "costs", "polarity": "affirm"})]),
    ("fr", "Air Morvan\n\nAir Morvan supprime 120 postes. La hausse de ses coûts n'y est pour rien, assure la compagnie.",
     "Air Morvan", [("job_cuts", 120, "count", {}), ("cause", None, None, {"object": "costs", "polarity": "deny"})]),
    ("fr", "Air Morvan\n\nAir Morvan a vu la hausse de ses coûts ralentir en 2025.", "Air Morvan", []),
])
def test_a_network_automated_and_a_firm_s_own_costs_rising_are_causes(lang, text, org, expected):
    """A verb of automating in the passive ("nätet automatiseras", `causes.automation`) after "motiveras med"
    (`causes.link`), and the rise of the firm's own costs ("la hausse de ses coûts", `causes.costs`), are causes of
    the cuts, denied where the sentence denies them; with no cut told, none."""
    check_construction("causes", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Halvern Motors\n\nHalvern Motors makes vans. Halvern employs about 11,500 people in Britain and 38,000 "
           "worldwide.", "Halvern Motors", [("workforce", 11500, "count", {}), ("workforce", 38000, "count", {})]),
    ("de", "Rabenfels Chemie\n\nDie Rabenfels Chemie AG beschäftigt rund 4.100 Menschen in Deutschland und 6.800 weltweit.",
     "Rabenfels Chemie", [("workforce", 4100, "count", {}), ("workforce", 6800, "count", {})]),
    ("en", "Halvern Motors\n\nHalvern Motors makes vans. Halvern employs about 11,500 people in Britain and built 38,000 "
           "vans worldwide last year.", "Halvern Motors", [("workforce", 11500, "count", {})]),
])
def test_a_count_after_a_country_s_and_a_word_of_the_whole_is_the_firm_s(lang, text, org, expected):
    """A count after a country's and "and", a word of the whole right after it (`segments.total`: "and 38,000
    worldwide", "und 6.800 weltweit"), goes on the list: the whole staff, as "and 38,000 in total" does; a count of
    something else built there is none."""
    check_construction("a list's whole", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("de", "Wettmer\n\nDie Wettmer GmbH ist eine Warenhauskette. Wettmer betreibt danach noch 13 Warenhäuser in Hessen, "
           "Niedersachsen und Thüringen mit zusammen rund 2.100 Mitarbeitern.", "Wettmer",
     [("workforce", 2100, "count", {})]),
    ("en", "Halvern Foods\n\nHalvern Foods is a grocer. Halvern runs 41 stores with a total of 1,600 staff.",
     "Halvern Foods", [("workforce", 1600, "count", {})]),
    ("en", "Halvern Foods\n\nHalvern Foods is a grocer. Halvern bought 41 stores with a total of 1,600 staff.",
     "Halvern Foods", []),
    ("de", "Wettmer\n\nDie Wettmer GmbH ist eine Warenhauskette. Wettmer übernimmt 13 Warenhäuser mit zusammen 2.100 "
           "Mitarbeitern.", "Wettmer", []),
    ("de", "Wettmer\n\nDie Wettmer GmbH ist eine Warenhauskette. Wettmer betreibt ein Werk in Gießen mit 520 "
           "Beschäftigten.", "Wettmer", []),
])
def test_the_staff_of_all_the_sites_a_firm_runs_is_its_workforce(lang, text, org, expected):
    """The staff after a with-word, of the sites a verb of running counts (`claims.run`: "betreibt ... 13 Warenhäuser
    ... mit zusammen rund 2.100 Mitarbeitern", "runs 41 stores with a total of 1,600 staff"), is the firm's
    workforce; sites bought or taken over, or one site's staff, are not."""
    check_construction("the staff of the sites run", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("fr", "Halvern Motors\n\nHalvern Motors va supprimer 600 postes. Environ 1 200 salariés ont plus de 55 ans.",
     "Halvern Motors", [("job_cuts", 600, "count", {})]),
    ("es", "Halvern Motors\n\nHalvern Motors suprimirá 600 empleos. Unos 1.200 trabajadores tienen más de 55 años.",
     "Halvern Motors", [("job_cuts", 600, "count", {})]),
    ("nl", "Halvern Motors\n\nHalvern Motors schrapt 600 banen. Ongeveer 1.200 werknemers zijn ouder dan 55.",
     "Halvern Motors", [("job_cuts", 600, "count", {})]),
    ("fr", "Halvern Motors\n\nHalvern Motors va supprimer des postes. Les 1 200 salariés de plus de 55 ans seront "
           "licenciés.", "Halvern Motors", [("job_cuts", 1200, "count", {})]),
    ("es", "Halvern Motors\n\nHalvern Motors suprimirá empleos. Unos 1.200 trabajadores mayores de 55 años saldrán de la "
           "empresa.", "Halvern Motors", [("job_cuts", 1200, "count", {})]),
])
def test_staff_counted_by_their_age_after_cuts_are_no_cut(lang, text, org, expected):
    """A count of staff with a word of their age after their noun in its clause (`claims.aged`: "ont plus de 55 ans",
    "tienen más de 55 años", "zijn ouder dan 55") describes a group: no cut though the sentence before tells one;
    those of an age the sentence itself lays off or sees leave are the cut."""
    check_construction("staff by age", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("en", "Halvern Motors\n\nHalvern Motors will cut 600 jobs at its plant. About 30% of the workers are women.",
     "Halvern Motors", [("job_cuts", 600, "count", {})]),
    ("de", "Halvern Motors\n\nDie Halvern Motors AG streicht 600 Stellen. Etwa 30 Prozent der Beschäftigten sind Frauen.",
     "Halvern Motors", [("job_cuts", 600, "count", {})]),
    ("sv", "Halvern Motors\n\nHalvern Motors varslar 600 anställda. Omkring 30 procent av de anställda är kvinnor.",
     "Halvern Motors", [("job_cuts", 600, "count", {})]),
    ("en", "Halvern Motors\n\nHalvern Motors will cut jobs at its plant. About 30% of the workers are affected.",
     "Halvern Motors", [("job_cuts", 30, "percent", {})]),
    ("fr", "Halvern Motors\n\nHalvern Motors va supprimer des postes. Un tiers des salariés sont menacés.",
     "Halvern Motors", [("job_cuts", 33.3, "percent", {})]),
])
def test_a_share_of_staff_described_after_cuts_is_no_cut(lang, text, org, expected):
    """A share of staff a verb of being follows right after their noun (`claims.copula`: "About 30% of the workers are
    women", "Etwa 30 Prozent der Beschäftigten sind Frauen") describes them: no cut though the sentence before tells
    one; a share said to be affected or at risk is the cut."""
    check_construction("a share described", extracted(lang, text), org, expected)
