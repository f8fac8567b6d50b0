"""Constructions the seventeenth blind ten (q16: numbers and times as people write them) taught, in made-up
articles in several languages (published Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hoxley Ltd will cut 300 jobs.\n\nThe union said several hundred more jobs were at risk."),
    ("de", "Die Hoxley GmbH streicht 300 Stellen.\n\nDie IG Metall spricht von mehreren hundert gefährdeten "
           "Arbeitsplätzen."),
    ("sv", "Hoxley AB varslar 300 anställda.\n\nFacket talar om flera hundra jobb som hotas."),
    ("nl", "Hoxley BV schrapt 300 banen.\n\nDe FNV spreekt van enkele honderden banen die op de tocht staan."),
    ("es", "La empresa Hoxley recortará 300 empleos.\n\nCCOO habla de varios cientos de empleos en riesgo."),
])
def test_several_hundred_is_no_figure(lang, text):
    """A word of a count not told before a number word (`numbers.indefinite`: "several hundred", "mehreren
    hundert", "flera hundra") gives no figure (was: 100 cuts in en, de, sv)."""
    check_construction("several hundred", extracted(lang, "Hoxley\n\n" + text), "Hoxley",
                       [("job_cuts", 300, "count", {})])


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("sv", "Hoxley AB varslar ett åttiotal anställda i Gävle.", 80),
    ("sv", "Hoxley AB varslar ett tjugotal tjänstemän.", 20),
    ("nl", "Hoxley BV schrapt een zestigtal banen in Venlo.", 60),
    ("nl", "Hoxley BV schrapt een honderdtal banen.", 100),
])
def test_a_count_of_tens_is_an_approximate_figure(lang, text, value):
    """Swedish and Dutch words of so many tens (`numbers.words` and `numbers.approximate`: "ett åttiotal", "een
    zestigtal") are approximate figures, as "une soixantaine" is (was: no figure)."""
    check_construction("a count of tens", extracted(lang, "Hoxley\n\n" + text), "Hoxley",
                       [("job_cuts", value, "count", {"approx": True})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("nl", "Zuivelcoöperatie Hoxley Zuivel schrapt 300 banen. De coöperatie heeft 3.300 medewerkers.", "Hoxley Zuivel"),
    ("nl", "De coöperatie Hoxley Zuivel schrapt 300 banen. Hoxley heeft 3.300 medewerkers.", "Hoxley Zuivel"),
    ("sv", "Mejerikooperativet Hoxley Mejeri varslar 300 anställda. Kooperativet har 3 300 anställda.",
     "Hoxley Mejeri"),
])
def test_a_cooperative_word_before_a_name_is_a_company_noun(lang, text, org):
    """A word of a cooperative, a trade before it ("Zuivelcoöperatie", "Mejerikooperativet"; `company_nouns`), stands
    before a firm's name and is not part of it (was: "Zuivelcoöperatie Hoxley Zuivel" beside "Hoxley")."""
    check_construction("a cooperative", extracted(lang, "Hoxley\n\n" + text), org,
                       [("job_cuts", 300, "count", {}), ("workforce", 3300, "count", {})])


@pytest.mark.parametrize("text", [
    "Laiteries Hoxley, troisième transformateur laitier de Normandie, va supprimer 120 postes.",
    "Fromageries Hoxley va supprimer 120 postes.",
])
def test_a_french_trade_in_the_plural_opens_a_name(text):
    """A French trade's works in the plural opening a name (`entities.org_words`: "Laiteries", "Fromageries", as
    "Fonderies", "Papeteries") is the firm's name, not a word opening the sentence (was: no organisation, or
    "Hoxley" alone)."""
    org = text.split(",")[0].split(" va ")[0]
    check_construction("a trade's works", extracted("fr", "Hoxley\n\n" + text), org, [("job_cuts", 120, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hoxley Ltd will close half its 90 stores by 2027."),
    ("es", "La aseguradora Hoxley Seguros despedirá a 480 trabajadores y cerrará la mitad de sus 90 oficinas "
           "comerciales antes de 2027."),
    ("fr", "Hoxley va fermer la moitié de ses 90 agences d'ici 2027."),
    ("de", "Die Hoxley GmbH schließt die Hälfte ihrer 90 Filialen bis 2027."),
    ("sv", "Hoxley AB stänger hälften av sina 90 kontor till 2027."),
    ("nl", "Hoxley BV sluit de helft van zijn 90 winkels voor 2027."),
])
def test_a_fraction_of_a_count_of_sites_is_that_many_sites(lang, text):
    """A fraction before a count of sites, three words at most between ("half its 90 stores", "la mitad de sus 90
    oficinas"), counts the sites closed: 45, no share (was: 50 % closed, 90 closed, or a 50 % job cut beside cuts)."""
    org = "Hoxley Seguros" if lang == "es" else "Hoxley"
    expected = [("store_closure", 45, "count", {})] + ([("job_cuts", 480, "count", {})] if lang == "es" else [])
    check_construction("a fraction of sites", extracted(lang, "Hoxley\n\n" + text), org, expected)


def test_several_hundred_in_quotes_is_no_figure():
    """A quotation mark before the word of a count not told changes nothing (was: 100 cuts from „mehreren hundert“)."""
    check_construction("several hundred quoted", extracted("de", "Hoxley\n\nDie Hoxley GmbH streicht 300 Stellen.\n\n"
                       "Die IG Metall spricht von „mehreren hundert\" gefährdeten Arbeitsplätzen an den "
                       "Standorten Bielefeld und Gütersloh und kündigte Widerstand an."), "Hoxley",
                       [("job_cuts", 300, "count", {})])


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("de", "Die Hoxley GmbH streicht 300 Stellen. Der Umsatz sank 2025 auf 1,1 Mrd. Euro. Unter dem Strich blieb ein "
           "Gewinn von 9 Mio. Euro.", "EUR"),
    ("nl", "Hoxley BV schrapt 300 banen. De omzet daalde in 2025 tot 1,1 miljard euro. Onder de streep bleef een winst "
           "van 9 miljoen euro over.", "EUR"),
    ("en", "Hoxley Ltd will cut 300 jobs. Revenue fell to £1.1bn in 2025. The bottom line was a profit of £9m.", "GBP"),
    ("sv", "Hoxley AB varslar 300 anställda. Omsättningen minskade 2025 till 1,1 miljarder kronor. På sista raden blev "
           "det en vinst på 9 miljoner kronor.", "SEK"),
])
def test_a_profit_on_the_bottom_line_is_net(lang, text, unit):
    """A phrase of the bottom line opening the clause (`numbers.bottom_line`: "Unter dem Strich", "Onder de streep",
    "The bottom line", "På sista raden") makes its profit the net result (was: an operating profit)."""
    check_construction("the bottom line", extracted(lang, "Hoxley\n\n" + text), "Hoxley",
                       [("job_cuts", 300, "count", {}), ("revenue", 1.1e9, unit, {}),
                        ("net_income", 9e6, unit, {})])


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("de", "Die Hoxley GmbH streicht 300 Stellen. Das Unternehmen schrieb 2025 einen Nettoverlust von 11,4 Millionen "
           "Euro, nachdem es ein Jahr zuvor noch einen Gewinn von 2,3 Millionen Euro erzielt hatte.", "EUR"),
    ("nl", "Hoxley BV schrapt 300 banen. Het bedrijf leed in 2025 een nettoverlies van 11,4 miljoen euro, nadat het een "
           "jaar eerder nog een winst van 2,3 miljoen euro had geboekt.", "EUR"),
    ("en", "Hoxley Ltd will cut 300 jobs. It posted a net loss of £11.4m in 2025, after a year earlier it had made a "
           "profit of £2.3m.", "GBP"),
])
def test_a_profit_a_year_before_a_net_loss_is_net_and_of_the_year_before(lang, text, unit):
    """A word of the year before opening the clause of a profit after a net loss ("nachdem es ein Jahr zuvor noch einen
    Gewinn von", "nadat het een jaar eerder nog een winst van") compares it: the net result of the year before (was:
    an operating profit of 2025)."""
    check_construction("a profit a year before", extracted(lang, "Hoxley\n\n" + text), "Hoxley",
                       [("job_cuts", 300, "count", {}), ("loss", 11.4e6, unit, {"when": "2025"}),
                        ("net_income", 2.3e6, unit, {"when": "2024"})])


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Hoxley BV schrapt 300 banen, bijna een tiende van het totale personeelsbestand."),
    ("nl", "Hoxley BV schrapt 300 banen, bijna een tiende van het gehele personeelsbestand."),
    ("sv", "Hoxley AB varslar 300 anställda, nästan en tiondel av den totala personalstyrkan."),
])
def test_a_share_of_the_whole_staff_is_of_all_staff(lang, text):
    """A word of the whole before the staff a share is of (`segments.total`: Dutch "totale", "gehele", Swedish
    "totala", as "entire", "gesamten", "hela") makes the share one of all staff (was: of a segment "totale")."""
    check_construction("a share of the whole", extracted(lang, "Hoxley\n\n" + text), "Hoxley",
                       [("job_cuts", 300, "count", {}), ("job_cuts", 10, "percent", {"segment": "total"})])


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Hoxley va réduire de moitié les effectifs de son usine de Saint-Lô, qui compte 240 salariés. Au total, 120 "
           "postes seront supprimés."),
    ("en", "Hoxley Ltd will cut a third of the staff at its Derby plant. In all, 120 jobs will go."),
    ("de", "Die Hoxley GmbH streicht ein Drittel der Stellen im Werk Lippstadt. Insgesamt fallen 120 Stellen weg."),
    ("es", "La empresa Hoxley recortará un tercio de la plantilla de su fábrica de Alcoy. En total se suprimirán 120 "
           "empleos."),
])
def test_a_share_of_one_sites_staff_is_no_share_of_the_company(lang, text):
    """A site noun three words at most after the staff a share is of ("les effectifs de son usine", "the staff at its
    Derby plant", "der Stellen im Werk") makes it that site's share: no percent of the company's staff (was: a 50 % or
    33.3 % job cut of the company)."""
    check_construction("a site's share", extracted(lang, "Hoxley\n\n" + text), "Hoxley", [("job_cuts", 120, "count", {})])


@pytest.mark.parametrize(("lang", "text", "when"), [
    ("en", "Hoxley Ltd will cut 400 jobs. Its revenue rose 4 per cent to £1.2bn in FY2025/26.", "2025"),
    ("en", "Hoxley Ltd will cut 400 jobs. Its revenue rose 4 per cent to £1.2bn in FY2026.", "2026"),
    ("de", "Die Hoxley GmbH streicht 400 Stellen. Der Umsatz stieg im FY2025/26 auf 1,2 Mrd. Euro.", "2025"),
])
def test_a_fiscal_year_written_with_fy_dates_the_result(lang, text, when):
    """Letters of a fiscal year glued to its year (`calendar.fiscal_before`: "FY2025/26", "FY2026") make a year, a
    span dated by its first year as "Geschäftsjahr 2025/26" is (was: the result dated by the day told)."""
    unit = "GBP" if lang == "en" else "EUR"
    check_construction("FY", extracted(lang, "Hoxley\n\n" + text), "Hoxley",
                       [("job_cuts", 400, "count", {}), ("revenue", 1.2e9, unit, {"when": when})])


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("sv", "Hoxley AB varslar 300 anställda. Under årets första nio månader sjönk omsättningen till 2,1 miljarder "
           "kronor.", "SEK"),
    ("de", "Die Hoxley GmbH streicht 300 Stellen. In den ersten neun Monaten sank der Umsatz auf 2,1 Mrd. Euro.", "EUR"),
    ("nl", "Hoxley BV schrapt 300 banen. In de eerste negen maanden daalde de omzet tot 2,1 miljard euro.", "EUR"),
])
def test_the_first_nine_months_date_a_result_by_their_year(lang, text, unit):
    """The first nine months in Swedish, German and Dutch (`time.nine_months`: "första nio månader", "ersten neun
    Monaten", "eerste negen maanden") date a result by their year, last year's before September (was: the day told)."""
    check_construction("nine months", extracted(lang, "Hoxley\n\n" + text), "Hoxley",
                       [("job_cuts", 300, "count", {}), ("revenue", 2.1e9, unit, {"when": "2025"})])


@pytest.mark.parametrize("text", [
    "Hoxley AB stänger bruket i Väja. Ett åttiotal anställda blir uppsagda, resten erbjuds arbete i Kramfors.",
    "Hoxley AB stänger bruket i Väja. Omkring 80 tjänstemän blev uppsagda på tisdagen.",
])
def test_swedish_staff_who_become_dismissed_are_cut(text):
    """Swedish "blir uppsagda", "blev uppsagda" (`claims.cut`) cut the staff before them (was: no cut)."""
    check_construction("blir uppsagda", extracted("sv", "Hoxley\n\n" + text), "Hoxley",
                       [("store_closure", None, None, {}), ("job_cuts", 80, "count", {})])


@pytest.mark.parametrize("text", [
    "Hoxley AB stänger bruket i Väja. Stängningen väntas minska bolagets kostnader med runt 90 miljoner kronor om året.",
    "Hoxley AB stänger bruket i Väja. Nedläggningen väntas sänka bolagets kostnader med runt 90 miljoner kronor om året.",
])
def test_swedish_savings_of_the_companys_costs(text):
    """Swedish "minska bolagets kostnader" (`money.cost_savings`) tells savings, and a closure's noun opening the
    sentence ("Stängningen", "Nedläggningen"; `entities.stop`) names no organisation (was: no savings, or savings of an
    organisation "Stängningen")."""
    check_construction("bolagets kostnader", extracted("sv", "Hoxley\n\n" + text), "Hoxley",
                       [("store_closure", None, None, {}), ("cost_savings", 90e6, "SEK", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Hoxley BV schrapt 300 banen. De fabriek in Venlo gaat eind volgend jaar dicht.\n\nIn Venlo werken nu "
           "ongeveer 190 mensen. Hoxley heeft 3.300 medewerkers."),
    ("sv", "Hoxley AB varslar 300 anställda. Fabriken i Eskilstuna stängs i juni.\n\nI Eskilstuna arbetar i dag omkring "
           "190 personer. Hoxley har 3 300 anställda."),
    ("en", "Hoxley Ltd will cut 300 jobs. Its plant in Leeds will close in June.\n\nIn Leeds, about 190 people work for "
           "the company. Hoxley employs 3,300 people."),
    ("de", "Die Hoxley GmbH streicht 300 Stellen. Das Werk in Erwitte wird zum Jahresende geschlossen.\n\nIn Erwitte "
           "arbeiten derzeit rund 190 Menschen. Hoxley beschäftigt 3.300 Mitarbeiter."),
])
def test_the_staff_of_a_sites_town_is_no_workforce(lang, text):
    """A sentence opening with a locative and the town a site noun named before ("De fabriek in Venlo ..." then "In
    Venlo werken nu ongeveer 190 mensen") counts that site's staff: no workforce (was: a workforce of 190)."""
    x = extracted(lang, "Hoxley\n\n" + text)
    assert not [c for c in x.claims if c.kind == "workforce" and c.quantity.value == 190], x.claims
    assert [c for c in x.claims if c.kind == "workforce" and c.quantity.value == 3300]


def test_the_staff_of_a_country_stays_a_workforce():
    """A country named before with no site noun keeps its staff a workforce of that segment."""
    x = extracted("nl", "Hoxley\n\nHoxley BV schrapt 300 banen in Nederland.\n\nIn Nederland werken nu ongeveer 1.900 "
                        "mensen.")
    assert [c for c in x.claims if c.kind == "workforce" and c.quantity.value == 1900]
