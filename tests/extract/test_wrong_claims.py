"""Wrong claims found on blind articles, in short articles the project wrote about made-up companies.

A subsidiary named as such ("its subsidiary X", "Su filial española, X", "X, a unit of Y") is an organisation of
its own: its figures are not its parent's, nor the parent's its own. A union that "speaks of" a figure tells its own
(third party); the company's figure a union recalls ("more than the 2,300 the company announced") stays the company's.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Article

from extract.expected import figure_of

PUBLISHED = "2026-03-04"


def extracted(lang: str, text: str):
    return extract(Article(id="wrong-claim", text=text, language=lang, published=PUBLISHED))


def claims_of(x) -> list[tuple]:
    return sorted((c.kind, c.org, figure_of(c)) for c in x.claims)


SUBSIDIARIES = [
    ("en", "Talvora cuts jobs\n\nTalvora will cut 800 jobs. Its subsidiary Talvora Insurance will cut 200 jobs.",
     "Talvora Insurance", "job_cuts"),
    ("de", "Talvora streicht Stellen\n\nTalvora streicht 800 Stellen. Die Tochter Talvora Versicherung streicht 200 "
           "Stellen.", "Talvora Versicherung", "job_cuts"),
    ("sv", "Talvora varslar\n\nTalvora varslar 800 anställda. Dotterbolaget Talvora Försäkring varslar 200 anställda.",
     "Talvora Försäkring", "job_cuts"),
    ("nl", "Talvora schrapt banen\n\nTalvora schrapt 800 banen. Het dochterbedrijf Talvora Verzekeringen schrapt 200 "
           "banen.", "Talvora Verzekeringen", "job_cuts"),
    ("fr", "Talvora supprime des postes\n\nTalvora va supprimer 800 postes. Sa filiale Talvora Assurances va supprimer "
           "200 postes.", "Talvora Assurances", "job_cuts"),
    ("es", "Talvora gana\n\nLa aseguradora alemana Talvora obtuvo un beneficio neto de 800 millones de euros en 2025. "
           "Su filial española, Talvora Seguros, ganó 200 millones de euros.", "Talvora Seguros", "net_income"),
]


@pytest.mark.parametrize(("lang", "text", "unit", "kind"), SUBSIDIARIES)
def test_a_subsidiary_keeps_its_own_figure_and_its_parent_its(lang, text, unit, kind):
    """"Talvora will cut 800 jobs. Its subsidiary Talvora Insurance will cut 200 jobs": 800 are Talvora's."""
    x = extracted(lang, text)
    money = 1e6 if kind == "net_income" else 1
    assert claims_of(x) == sorted([(kind, "Talvora", 800 * money), (kind, unit, 200 * money)])


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("en", "Kestrova cuts jobs\n\nKestrova Halden, a unit of Kestrova, will cut 300 jobs.", "Kestrova Halden"),
    ("en", "Kestrova cuts jobs\n\nKestrova Marine, a unit of Kestrova, will cut 300 jobs.", "Kestrova Marine"),
    ("nl", "Kestrova schrapt banen\n\nKestrova Marine, een dochter van Kestrova, schrapt 300 banen.", "Kestrova Marine"),
    ("sv", "Kestrova varslar\n\nKestrova Marin, ett dotterbolag till Kestrova, varslar 300 anställda.", "Kestrova Marin"),
    ("fr", "Kestrova supprime des postes\n\nKestrova Marine, filiale du groupe Kestrova, va supprimer 300 postes.",
     "Kestrova Marine"),
    ("es", "Kestrova recorta empleos\n\nKestrova Marina, filial de Kestrova, eliminará 300 empleos.", "Kestrova Marina"),
])
def test_a_unit_named_before_its_parent_makes_the_cuts(lang, text, unit):
    """"Kestrova Halden, a unit of Kestrova, will cut 300 jobs": the unit's cuts, not the parent's."""
    assert claims_of(extracted(lang, text)) == [("job_cuts", unit, 300)]


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Harlow cuts jobs\n\nHarlow Foods will cut 200 jobs. Harlow said the unit was losing money.", "Harlow Foods"),
    ("en", "Harlow cuts jobs\n\nHarlow will cut 200 jobs. Harlow Insurance is based in Leeds.", "Harlow Insurance"),
])
def test_a_short_name_still_stands_for_the_one_long_name(lang, text, org):
    """Guard: no subsidiary is introduced, so "Harlow" is still "Harlow Foods"."""
    assert claims_of(extracted(lang, text)) == [("job_cuts", org, 200)]


@pytest.mark.parametrize(("lang", "text", "unit", "parent"), [
    ("en", "Talvora cuts jobs\n\nTalvora will cut 800 jobs. Its subsidiary Talvora Insurance will cut 200 jobs.",
     "Talvora Insurance", "Talvora"),
    ("en", "Kestrova cuts jobs\n\nKestrova Halden, a unit of Kestrova Group, will cut 300 jobs.", "Kestrova Halden", None),
    ("sv", "Kestrova varslar\n\nKestrova Marin, ett dotterbolag till Kestrova Group, varslar 300 anställda.",
     "Kestrova Marin", None),
])
def test_the_subsidiary_not_its_parent_is_the_one_named_as_such(lang, text, unit, parent):
    """The subsidiary's entity has the article's organisation of its stem as parent; the parent named after "a unit
    of" is no subsidiary of anything."""
    x = extracted(lang, text)
    parents = {e.name: e.parent for e in x.entities if e.type == "organization"}
    assert parents[unit] == parent
    assert [p for name, p in parents.items() if name != unit] == [None]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Falkenried streicht Stellen\n\nDie Falkenried GmbH streicht 200 Stellen. Die Gewerkschaft IG BCE spricht "
           "dagegen von 300 bedrohten Arbeitsplätzen."),
    ("en", "Falkenried cuts jobs\n\nFalkenried Foods will cut 200 jobs. The union speaks of 300 jobs at risk."),
    ("fr", "Falkenried supprime des postes\n\nLe groupe Falkenried va supprimer 200 postes. Le syndicat évoque 300 postes "
           "menacés."),
    ("es", "Falkenried recorta empleo\n\nLa empresa Falkenried eliminará 200 empleos. El sindicato habla de 300 empleos "
           "amenazados."),
])
def test_a_union_speaking_of_a_figure_tells_its_own(lang, text):
    """"Die Gewerkschaft spricht von 300 bedrohten Arbeitsplätzen": the union's word (third party), not the company's."""
    x = extracted(lang, text)
    assert sorted((figure_of(c), c.third_party) for c in x.claims) == [(200, False), (300, True)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Marwick cuts jobs\n\nMarwick Foods is cutting jobs at its bakeries. The Bakers' Union said 2,600 jobs would "
           "go, more than the 2,300 the company announced."),
    ("es", "Marwick recorta\n\nLa empresa Marwick Foods recorta empleo. Según el sindicato, se perderán 2.600 empleos, "
           "más que los 2.300 que la empresa anunció."),
])
def test_the_company_s_figure_a_union_recalls_stays_the_company_s(lang, text):
    """"More than the 2,300 the company announced", said the union: 2,300 is the company's, reported; 2,600 the
    union's."""
    x = extracted(lang, text)
    assert sorted((figure_of(c), c.third_party, c.modality) for c in x.claims if figure_of(c) == 2300) == [
        (2300, False, "reported")]
    assert [c.third_party for c in x.claims if figure_of(c) == 2600] == [True]


def test_the_union_s_figure_before_the_company_s_stays_the_union_s():
    """Guard: "2,600, not the 2,300 the company announced": only 2,300 is the company's."""
    x = extracted("en", "Marwick cuts jobs\n\nMarwick Foods is cutting jobs. The union said 2,600 jobs, not the 2,300 the "
                        "company announced, would go.")
    assert [c.third_party for c in x.claims if figure_of(c) == 2600] == [True]


def test_a_union_announcing_something_else_still_speaks_for_itself():
    """Guard: "it announced a strike" after the union's figure is no company announcing it."""
    x = extracted("en", "Marwick cuts jobs\n\nMarwick Foods is cutting jobs. The union said 2,600 jobs would go and it "
                        "announced a strike.")
    assert [(figure_of(c), c.third_party) for c in x.claims] == [(2600, True)]


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Brakel varslar\n\nBrakel AB varslar 200 anställda. Den starkare kronan minskade omsättningen med omkring 330 "
           "miljoner kronor."),
    ("en", "Brakel cuts jobs\n\nBrakel Foods will cut 200 jobs. Currency effects reduced revenue by 2%."),
    ("en", "Brakel cuts jobs\n\nBrakel Foods will cut 200 jobs. The stronger dollar reduced revenue by $330 million."),
    ("de", "Brakel streicht Stellen\n\nDie Brakel GmbH streicht 200 Stellen. Der starke Franken drückte den Umsatz um 330 "
           "Millionen Franken."),
    ("fr", "Brakel supprime des postes\n\nLe groupe Brakel va supprimer 200 postes. Les effets de change ont réduit le "
           "chiffre d'affaires de 2 %."),
    ("es", "Brakel recorta empleo\n\nLa empresa Brakel eliminará 200 empleos. El efecto divisa redujo la facturación en 330 "
           "millones de euros."),
    ("nl", "Brakel schrapt banen\n\nBrakel Foods BV schrapt 200 banen. Valuta-effecten drukten de omzet met 330 miljoen "
           "euro."),
])
def test_what_a_currency_did_to_revenue_is_no_change_of_it(lang, text):
    """"Den starkare kronan minskade omsättningen med 330 miljoner": the currency's effect, no revenue change (nor a
    revenue of 330 million)."""
    assert [c.kind for c in extracted(lang, text).claims] == ["job_cuts"]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("sv", "Brakel varslar\n\nBrakel AB varslar 200 anställda. Omsättningen minskade med 330 miljoner kronor på grund av "
           "den starkare kronan.", -330e6),
    ("en", "Brakel cuts jobs\n\nBrakel Foods will cut 200 jobs. Revenue fell by 2%, hit by currency effects.", -2),
    ("de", "Brakel streicht Stellen\n\nDie Brakel GmbH streicht 200 Stellen. Sinkende Preise drückten den Umsatz um 5 "
           "Prozent.", -5),
])
def test_revenue_that_fell_because_of_a_currency_still_fell(lang, text, value):
    """Guard: the revenue is the subject, the currency a cause after it."""
    assert [figure_of(c) for c in extracted(lang, text).claims if c.kind == "revenue"] == [value]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Brakel supprime des postes\n\nLe groupe Brakel va supprimer 200 postes. Les ventes de modèles électriques du "
           "groupe ont reculé de 7 %."),
    ("en", "Brakel cuts jobs\n\nBrakel Motors will cut 200 jobs. Sales of its electric models fell 7%."),
    ("de", "Brakel streicht Stellen\n\nDie Brakel GmbH streicht 200 Stellen. Der Umsatz mit Elektromodellen sank um 7 "
           "Prozent."),
    ("nl", "Brakel schrapt banen\n\nBrakel Motors BV schrapt 200 banen. De omzet van elektrische modellen daalde met 7 "
           "procent."),
    ("sv", "Brakel varslar\n\nBrakel AB varslar 200 anställda. Försäljningen av elbilar minskade med 7 procent."),
])
def test_one_line_s_sales_are_no_revenue_of_the_company(lang, text):
    """"Les ventes de modèles électriques du groupe ont reculé de 7 %": one line of products, not the group's revenue."""
    assert [c.kind for c in extracted(lang, text).claims] == ["job_cuts"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Brakel supprime des postes\n\nLe groupe Brakel va supprimer 200 postes. Les ventes du groupe ont reculé de 7 %."),
    ("en", "Brakel cuts jobs\n\nBrakel Motors will cut 200 jobs. Sales of the group fell 7%."),
    ("en", "Brakel cuts jobs\n\nBrakel Motors will cut 200 jobs. Sales fell 7%."),
])
def test_the_group_s_sales_are_its_revenue(lang, text):
    """Guard: "les ventes du groupe" are the company's."""
    assert [figure_of(c) for c in extracted(lang, text).claims if c.kind == "revenue"] == [-7]


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Brightwater cuts jobs\n\nBrightwater Systems will cut 200 jobs. Reyes said revenue will be $90 million.",
     "Brightwater Systems"),
    ("en", "Brightwater cuts jobs\n\nBrightwater Systems will cut 200 jobs. Reyes said the cuts were needed.",
     "Brightwater Systems"),
    ("de", "Brightwater streicht Stellen\n\nDie Brightwater GmbH streicht 200 Stellen. Reyes sagte, der Umsatz werde 90 "
           "Millionen Euro betragen.", "Brightwater"),
])
def test_a_lone_name_saying_something_is_no_organisation(lang, text, org):
    """"Reyes said revenue will be $90 million": a lone capitalised word before a verb of saying is a person as likely
    as a firm; with nothing else to show it is one, no organisation (and no claim of its own)."""
    x = extracted(lang, text)
    assert {e.name for e in x.entities if e.type == "organization"} == {org}
    assert {c.org for c in x.claims} == {org}


def test_a_lone_name_saying_it_will_cut_is_a_company():
    """Guard: "X said it will cut": the organisation's pronoun shows a firm."""
    x = extracted("en", "Marwick cuts jobs\n\nMarwick said it will cut 300 jobs.")
    assert [(c.org, figure_of(c)) for c in x.claims] == [("Marwick", 300)]


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Norrhamn varslar\n\nNorrhamn AB varslar 400 anställda i Göteborg. De anställda erbjuds ungefär 290 jobb på den "
           "nya terminalen."),
    ("en", "Norrhamn cuts jobs\n\nNorrhamn Foods will cut 400 jobs. Staff will be offered about 290 jobs at the new "
           "terminal."),
    ("de", "Norrhamn streicht Stellen\n\nDie Norrhamn GmbH streicht 400 Stellen. Den Beschäftigten werden rund 290 Stellen "
           "am neuen Terminal angeboten."),
    ("nl", "Norrhamn schrapt banen\n\nNorrhamn BV schrapt 400 banen. Ongeveer 290 banen worden het personeel aangeboden op "
           "de nieuwe terminal."),
    ("fr", "Norrhamn supprime des postes\n\nLe groupe Norrhamn va supprimer 400 postes. Environ 290 postes seront proposés "
           "aux salariés sur le nouveau terminal."),
    ("es", "Norrhamn recorta empleo\n\nLa empresa Norrhamn eliminará 400 empleos. A la plantilla se le ofrecerán unos 290 "
           "empleos en la nueva terminal."),
])
def test_jobs_offered_are_no_cut_nor_workforce(lang, text):
    """"De anställda erbjuds ungefär 290 jobb på den nya terminalen": jobs offered (``claims.hire``), no claim."""
    assert [(c.kind, figure_of(c)) for c in extracted(lang, text).claims] == [("job_cuts", 400)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Norrhamn cuts jobs\n\nNorrhamn Foods will cut 420 jobs out of a total of about 9,300 employees."),
    ("fr", "Norrhamn supprime des postes\n\nLe groupe Norrhamn va supprimer 420 postes sur un total d'environ 9 300 "
           "salariés."),
    ("nl", "Norrhamn schrapt banen\n\nNorrhamn BV schrapt 420 banen van in totaal zo'n 9.300 werknemers."),
    ("es", "Norrhamn recorta empleo\n\nLa empresa Norrhamn eliminará 420 empleos de un total de unos 9.300 trabajadores."),
    ("de", "Norrhamn streicht Stellen\n\nDie Norrhamn GmbH hat 420 Stellen gestrichen, von den etwa 9.300 Beschäftigten."),
    ("de", "Norrhamn streicht Stellen\n\nDie Norrhamn GmbH streicht 420 Stellen von insgesamt 9.300."),
])
def test_the_whole_after_a_total_is_the_workforce(lang, text):
    """"420 jobs out of a total of about 9,300 employees": 9,300 is the workforce, no cut."""
    assert sorted((c.kind, figure_of(c)) for c in extracted(lang, text).claims) == [("job_cuts", 420), ("workforce", 9300)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Brakel profit falls\n\nBrakel Foods will cut 200 jobs. Its third-quarter earnings fell by more than half."),
    ("fr", "Brakel supprime des postes\n\nLe groupe Brakel va supprimer 200 postes. Son bénéfice a chuté de plus de moitié "
           "au troisième trimestre."),
    ("de", "Brakel streicht Stellen\n\nDie Brakel GmbH streicht 200 Stellen. Der Gewinn sank im dritten Quartal um mehr als "
           "die Hälfte."),
    ("nl", "Brakel schrapt banen\n\nBrakel Foods BV schrapt 200 banen. De winst daalde in het derde kwartaal met meer dan "
           "de helft."),
    ("sv", "Brakel varslar\n\nBrakel AB varslar 200 anställda. Vinsten minskade med mer än hälften under tredje kvartalet."),
])
def test_a_result_that_fell_by_more_than_half_has_no_change_to_tell(lang, text):
    """"Earnings fell by more than half": a bound of a rounded share, no change of -50 %."""
    assert [c.kind for c in extracted(lang, text).claims] == ["job_cuts"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Brakel profit falls\n\nBrakel Foods will cut 200 jobs. Its third-quarter earnings fell by half.",
     [("job_cuts", 200), ("profit", -50)]),
    ("Brakel cuts jobs\n\nBrakel Foods will cut more than a third of its 600 jobs.",
     [("job_cuts", pytest.approx(33.33, abs=0.1)), ("workforce", 600)]),
])
def test_half_and_a_bounded_share_of_staff_still_count(text, expected):
    """Guard: "fell by half" is -50 %; "more than a third of its 600 jobs" is still a share cut."""
    assert sorted((c.kind, figure_of(c)) for c in extracted("en", text).claims) == expected


@pytest.mark.parametrize("text", [
    "Brightwater cuts jobs\n\nBrightwater Systems will cut 200 jobs. Brightwater forecasts revenue from AI chips to reach "
    "$90 billion.",
    "Brightwater cuts jobs\n\nBrightwater Systems will cut 200 jobs. Revenue from its cloud business was $3 billion.",
])
def test_revenue_from_one_line_is_no_revenue_of_the_company(text):
    """"Revenue from AI chips to reach $90 billion": the revenue of a line or market, not the firm's own."""
    assert [c.kind for c in extracted("en", text).claims] == ["job_cuts"]


@pytest.mark.parametrize("text", [
    "Brightwater cuts jobs\n\nBrightwater Systems will cut 200 jobs. Brightwater expects revenue to reach $90 million.",
    "Brightwater cuts jobs\n\nBrightwater Systems will cut 200 jobs. It reported revenue of about $90 million for 2025.",
])
def test_the_firm_s_own_revenue_is_still_its_revenue(text):
    """Guard: no line named after the revenue word."""
    assert [figure_of(c) for c in extracted("en", text).claims if c.kind == "revenue"] == [90e6]
