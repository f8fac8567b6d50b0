"""Wrong claims and wrong times the newest blind sets showed, in short articles the project wrote in several languages
about made-up companies: each expectation names every claim the article gives (kind, figure, unit) and what must
hold of it."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Article

from extract.expected import check_construction


def extracted(lang: str, text: str, published: str = "2026-09-10"):
    return extract(Article(id="construction", text=text, language=lang, published=published))


@pytest.mark.parametrize(("lang", "text", "published", "when"), [
    ("en", "Pellmark Ltd will cut 240 jobs next spring, the company said.", "2026-09-10", "2027-H1"),
    ("fr", "Pellmark va supprimer 240 postes au printemps prochain, a annoncé l'entreprise.", "2026-09-10", "2027-H1"),
    ("de", "Die Pellmark GmbH wird im Frühjahr 240 Stellen streichen, teilte das Unternehmen mit.", "2026-09-10",
     "2027-H1"),
    ("es", "Pellmark recortará 240 empleos en primavera, anunció la empresa.", "2026-09-10", "2027-H1"),
    ("sv", "Pellmark AB ska säga upp 240 anställda i vår, meddelade bolaget.", "2026-03-04", "2026-H1"),
    ("nl", "Pellmark BV schrapt dit voorjaar 240 banen, meldde het bedrijf.", "2026-03-04", "2026-H1"),
    ("en", "Pellmark Ltd will cut 240 jobs this autumn, the company said.", "2026-03-04", "2026-H2"),
    ("de", "Die Pellmark GmbH wird im Frühjahr 2027 240 Stellen streichen, teilte das Unternehmen mit.", "2026-03-04",
     "2027-H1"),
    ("sv", "Pellmark AB sade upp 240 anställda i höstas, meddelade bolaget.", "2026-03-04", "2025-H2"),
])
def test_a_season_is_the_part_of_a_year_holding_it(lang, text, published, when):
    """A season ("next spring", "au printemps prochain", "im Frühjahr", "i vår", "dit voorjaar") dates the figure as
    the part of a year holding it: spring the first half, autumn the second; the next one after a verb of the future
    once this year's has passed (was: no time of its own, the day told)."""
    check_construction("a season", extracted(lang, "Pellmark\n\n" + text, published), "Pellmark",
                       [("job_cuts", 240, "count", {"when": when})])


def test_our_before_a_noun_is_no_spring():
    """Swedish "i vår" before a lower-case word is "in our" ("i vår fabrik"), no season."""
    x = extracted("sv", "Pellmark\n\nPellmark AB säger upp 240 anställda i vår fabrik i Västerås, meddelade bolaget.",
                  "2026-03-04")
    assert [c.when and c.when.precision for c in x.claims if c.kind == "job_cuts"] != ["half"]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Pellmark BV schrapt 350 banen. Een derde van de 350 banen verdwijnt via natuurlijk verloop."),
    ("en", "Pellmark Ltd will cut 350 jobs. A third of the 350 jobs will go through natural attrition."),
    ("fr", "Pellmark va supprimer 350 postes. Un tiers des 350 postes disparaîtront par des départs naturels."),
    ("de", "Die Pellmark GmbH streicht 350 Stellen. Ein Drittel der 350 Stellen fällt durch natürliche Fluktuation "
           "weg."),
    ("es", "Pellmark recortará 350 empleos. Un tercio de los 350 empleos se eliminará mediante bajas naturales."),
])
def test_a_fraction_of_a_count_is_no_share_of_the_staff(lang, text):
    """A fraction of a count after an article, no possessive ("een derde van de 350 banen", "a third of the 350
    jobs"): a part of those jobs, no percent cut of all staff (was: a 33.3 % cut)."""
    check_construction("a fraction of a count", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("job_cuts", 350, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Pellmark varslar 300 – vart fjärde jobb i Västerås försvinner\n\nPellmark AB varslar 300 anställda vid "
           "fabriken i Västerås."),
    ("en", "Pellmark to cut 300 – one job in four in Tilbury goes\n\nPellmark Ltd will cut 300 jobs at its plant in "
           "Tilbury."),
    ("es", "Pellmark Textil recortará 300 empleos en Alcoy, según la empresa. Según los sindicatos, la comarca ha "
           "perdido casi la mitad de sus empleos textiles en la última década."),
    ("fr", "Pellmark va supprimer 300 postes à Roubaix. Selon la CGT, la région a perdu près de la moitié de ses "
           "emplois industriels en dix ans."),
    ("de", "Die Pellmark GmbH streicht 300 Stellen in Kassel. Die Region hat laut IG Metall fast die Hälfte ihrer "
           "Industriearbeitsplätze verloren."),
])
def test_a_place_s_share_is_no_company_s_percent(lang, text):
    """A share of jobs in a town ("vart fjärde jobb i Eskilstuna") or one a region lost ("la comarca ha perdido casi
    la mitad de sus empleos textiles") is the place's: no percent cut of the company (was: its 25 % or 50 %)."""
    org = "Pellmark Textil" if lang == "es" else "Pellmark"
    check_construction("a place's share", extracted(lang, text), org, [("job_cuts", 300, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pellmark Ltd will cut a third of its staff in Tilbury, 300 jobs."),
    ("es", "Pellmark recortará un tercio de su plantilla en Alcoy, 300 empleos."),
    ("de", "Die Pellmark GmbH streicht 300 Stellen – fast ein Drittel aller Arbeitsplätze in Deutschland bei der Marke "
           "Pellmark."),
])
def test_the_firm_s_share_in_a_town_stays(lang, text):
    """A share after a possessive stays the firm's, a town after it or not ("a third of its staff in Tilbury"), and so
    does one whose clause names the firm ("ein Drittel aller Arbeitsplätze in Deutschland bei der Marke Pellmark")."""
    check_construction("the firm's share in a town", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("job_cuts", 300, "count", {}), ("job_cuts", 33.3, "percent", {})])


@pytest.mark.parametrize(("lang", "text", "when"), [
    ("en", "Pellmark Ltd's revenue rose to £1.2bn in the year to 31 March, the company said.", "2025"),
    ("en", "Pellmark Ltd's revenue rose to £1.2bn in the year to 31 December.", "2025"),
    ("en", "Pellmark Ltd reported revenue of £1.2bn for the fiscal year that ended in June.", "2025"),
    ("fr", "Sur l'exercice 2025-2026, clos fin juin, Pellmark a réalisé un chiffre d'affaires de 212 millions "
           "d'euros.", "2025"),
    ("fr", "Sur l'exercice clos le 31 mars, Pellmark a réalisé un chiffre d'affaires de 212 millions d'euros.",
     "2025"),
    ("sv", "Pellmark AB:s omsättning steg till 2,1 miljarder kronor under räkenskapsåret som slutade den 30 juni.",
     "2025"),
    ("de", "Die Pellmark GmbH steigerte den Umsatz im Geschäftsjahr zum 31. März auf 212 Millionen Euro.", "2025"),
    ("es", "Pellmark obtuvo unos ingresos de 212 millones de euros en el ejercicio cerrado a 31 de marzo.", "2025"),
])
def test_a_year_s_last_day_dates_the_fiscal_year(lang, text, when):
    """A day or month ending a year ("the year to 31 March", "räkenskapsåret som slutade den 30 juni") dates a result
    by that fiscal year (the year before's when it ends before December, as "FY2025/26" is 2025); after a fiscal year
    named right before ("l'exercice 2025-2026, clos fin juin") it is that year's end (was: the day or month itself)."""
    x = extracted(lang, "Pellmark\n\n" + text, "2026-09-10")
    assert [(c.kind, c.when and c.when.value) for c in x.claims] == [("revenue", when)]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Selon un document interne, la direction de Pellmark aurait envisagé de fermer son usine de Tours."),
    ("es", "Según un documento interno, la dirección de Pellmark estaría estudiando cerrar su fábrica de Alcoy."),
    ("nl", "Pellmark BV zou overwegen de fabriek in Tilburg te sluiten, blijkt uit een interne notitie."),
    ("en", "Pellmark is said to be considering closing its plant in Tilbury, according to an internal memo."),
])
def test_a_plan_told_as_hearsay_is_a_rumour(lang, text):
    """A closure a memo or a report tells in the conditional of hearsay ("aurait envisagé de fermer", "estaría
    estudiando cerrar", "zou overwegen") is rumoured, no plan (was: a planned closure)."""
    check_construction("hearsay", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("store_closure", None, None, {"modality": "rumoured"})])


@pytest.mark.parametrize(("lang", "text", "when"), [
    ("en", "Pellmark Ltd will cut 400 jobs, the company said. The cuts will be made within 18 months.", "2027-09"),
    ("de", "Die Pellmark GmbH streicht 400 Stellen. Der Abbau soll binnen zwölf Monaten abgeschlossen sein.", "2027-03"),
    ("es", "Pellmark recortará 400 empleos. La dirección prevé completar el ajuste en un plazo de 18 meses.", "2027-09"),
    ("sv", "Pellmark AB varslar 400 anställda. Neddragningen ska vara genomförd inom 18 månader.", "2027-09"),
    ("fr", "Pellmark va supprimer 400 postes. Les suppressions interviendront d'ici 18 mois.", "2027-09"),
    ("en", "Pellmark Ltd is to cut 400 jobs within 18 months, the company said.", "2027-09"),
])
def test_a_span_of_months_is_the_cuts_horizon(lang, text, when):
    """A span of months from publication ("within 18 months", "binnen zwölf Monaten", "en un plazo de 18 meses") is
    a horizon, the month so many months ahead, and dates the round though told in the sentence after its figure (was:
    no time, the cuts dated by the day told)."""
    check_construction("months ahead", extracted(lang, "Pellmark\n\n" + text, "2026-03-04"), "Pellmark",
                       [("job_cuts", 400, "count", {"when": when})])
