"""Claims a careful reader takes from news-style articles the project wrote (tests/extract/news), six languages.

Longer than the articles in tests/extract/articles: a headline, sometimes a byline, several paragraphs,
numbers as outlets write them ("14.000", "1 100", "14K", "$59.2 billion", "2,3 Mrd. Euro", "près de
1 200", "unos 3.000", "1,5 miljoen"), weekdays relative to the publication date ("am Dienstag", "mardi
dernier", "el pasado jueves", "i tisdags"), quarters, hedges, denials, rumours, outlooks, shares of the
workforce, and jobs at suppliers that are not the company's own. Some articles must give no job cuts at all:
hiring, a football club cutting a player, a share price falling 14 %, 14,000 fans.
"""

from pathlib import Path

import pytest

from kg.extract import extract
from kg.read import read_paths

from extract.expected import check_attributes, close, figure_of, matches

NEWS = Path(__file__).resolve().parent / "news"

# (file stem, kind, org, value (or (low, high), or None for stances), unit, attributes)
EXPECTED = [
    ("de-5-kessler", "job_cuts", "Kessler Automotive", 2300, "count",
     dict(approx=True, modality="planned", when="2027-Q4")),
    ("de-5-kessler", "workforce", "Kessler Automotive", 41000, "count", dict(approx=True, bound="upper")),
    ("de-5-kessler", "revenue", "Kessler Automotive", 2.3e9, "EUR", dict(when="2025-Q3", approx=False)),
    ("de-5-kessler", "cause", "Kessler Automotive", None, None, dict(object="AI", polarity="deny", speaker="Petra Lorenz")),
    ("de-5-kessler", "layoff_outlook", "Kessler Automotive", None, None, dict(polarity="deny")),
    ("de-6-nordhafen", "job_cuts", "Nordhafen Logistik", 4000, "count",
     dict(modality="denied", source_cited="Handelsblatt", bound="upper")),
    ("de-6-nordhafen", "workforce", "Nordhafen Logistik", 52000, "count", dict(approx=True)),
    ("de-6-nordhafen", "job_cuts", "Nordhafen Logistik", 350, "count", dict(approx=True, modality="announced")),
    ("de-6-nordhafen", "job_cuts", "Nordhafen Logistik", 3, "percent", dict(approx=True)),
    ("de-6-nordhafen", "profit", "Nordhafen Logistik", 410e6, "EUR", dict(when="2025-Q3")),
    ("de-6-nordhafen", "profit", "Nordhafen Logistik", 520e6, "EUR", dict(when="2024-Q3")),  # "im Vorjahreszeitraum"
    ("de-6-nordhafen", "revenue", "Nordhafen Logistik", 18e9, "EUR",
     dict(approx=True, bound="lower", when="2025", modality="expected")),
    ("de-7-aktie", "revenue", "Halberg", 3.1e9, "EUR", dict(approx=True, modality="expected")),
    ("de-7-aktie", "workforce", "Halberg", 12000, "count", {}),
    ("de-8-brauhaus", "job_cuts", "Altmühl", 160, "count", dict(approx=True, modality="announced", when="2026-09-28")),
    ("de-8-brauhaus", "job_cuts", "Altmühl", 10, "percent", {}),
    ("de-8-brauhaus", "workforce", "Altmühl", 1600, "count", {}),
    ("de-8-brauhaus", "revenue", "Altmühl", 212e6, "EUR", dict(when="2026-H1")),
    ("de-8-brauhaus", "cause", "Altmühl", None, None, dict(object="AI", polarity="deny", speaker="Hans Oberle")),
    ("de-8-brauhaus", "cause", "Altmühl", None, None, dict(object="automation", polarity="deny", speaker="Hans Oberle")),
    ("en-6-corvane", "job_cuts", "Corvane Semiconductors", 1850, "count",
     dict(approx=True, when="2026-01-27", modality="announced")),
    ("en-6-corvane", "job_cuts", "Corvane Semiconductors", 6, "percent", dict(approx=True)),
    ("en-6-corvane", "workforce", "Corvane Semiconductors", 31000, "count", dict(approx=True)),
    ("en-6-corvane", "cause", "Corvane Semiconductors", None, None, dict(object="demand", polarity="affirm")),
    ("en-6-corvane", "revenue", "Corvane Semiconductors", 2.7e9, "USD", dict(when="2025-Q4")),
    ("en-6-corvane", "net_income", "Corvane Semiconductors", 212e6, "USD", dict(when="2025-Q4")),
    ("en-6-corvane", "cause", "Corvane Semiconductors", None, None,
     dict(object="AI", polarity="deny", speaker="Martin Hale")),
    ("en-6-corvane", "layoff_outlook", "Corvane Semiconductors", None, None, dict(polarity="deny", speaker="Martin Hale")),
    ("en-7-harlow", "job_cuts", "Harlow Foods", 3000, "count",
     dict(bound="upper", modality="denied", source_cited="Bloomberg", when="2025-09-17")),
    ("en-7-harlow", "workforce", "Harlow Foods", 44000, "count", dict(bound="lower")),
    ("en-7-harlow", "job_cuts", "Harlow Foods", 1100, "count", dict(when="2025-H1", modality="reported")),
    ("en-7-harlow", "revenue", "Harlow Foods", 6.4e9, "USD", dict(when="2025-Q3", modality="expected")),
    ("en-9-palisade", "workforce", "Palisade Health", 60000, "count", dict(approx=True)),
    ("en-9-palisade", "revenue", "Palisade Health", 14.2e9, "USD", dict(when="2025")),
    ("en-11-brennan", "job_cuts", "Brennan Motors", 14000, "count", dict(modality="announced", when="2026-10-12")),
    ("en-11-brennan", "job_cuts", "Brennan Motors", 8, "percent", dict(approx=True)),
    ("en-11-brennan", "workforce", "Brennan Motors", 175000, "count", {}),
    ("en-11-brennan", "profit", "Brennan Motors", 1.1e9, "USD", dict(when="2026-Q3")),
    ("en-10-talon", "job_cuts", "Talon Airways", 14000, "count",
     dict(bound="upper", modality="rumoured", source_cited="Financial Times")),
    ("en-10-talon", "job_cuts", "Talon Airways", 20, "percent", dict(approx=True, modality="rumoured")),
    ("en-10-talon", "workforce", "Talon Airways", 72000, "count", dict(approx=True)),
    ("en-10-talon", "revenue", "Talon Airways", 59.2e9, "USD", dict(when="2025", approx=False)),
    ("en-10-talon", "cause", "Talon Airways", None, None, dict(object="costs", polarity="affirm")),  # "struggled with higher fuel and labour costs"
    ("en-10-talon", "layoff_outlook", "Talon Airways", None, None, dict(polarity="affirm", speaker="Grace Liu",
                                                                        when="2026-05")),
    ("es-5-ribera", "job_cuts", "Ribera Energía", 3000, "count", dict(approx=True)),
    ("es-5-ribera", "job_cuts", "Ribera Energía", 12, "percent", dict(approx=True, segment="Spain")),
    ("es-5-ribera", "workforce", "Ribera Energía", 25000, "count", dict(bound="lower")),
    ("es-5-ribera", "cause", "Ribera Energía", None, None, dict(object="costs", polarity="affirm", speaker="Álvaro Ibarra")),
    ("es-5-ribera", "cause", "Ribera Energía", None, None, dict(object="AI", polarity="deny", speaker="Álvaro Ibarra")),
    ("es-5-ribera", "net_income", "Ribera Energía", 820e6, "EUR", dict(when="2026-Q1")),
    ("es-5-ribera", "layoff_outlook", "Ribera Energía", None, None, dict(polarity="affirm")),
    ("es-6-costamar", "job_cuts", "Costamar", 800, "count", dict(modality="denied", source_cited="Expansión")),
    ("es-6-costamar", "layoff_outlook", "Costamar", None, None, dict(polarity="deny")),  # "No hay ningún ERE sobre la
    # mesa" beside the figure it denies, as Kessler's, Corvane's and Norrvik's denials
    ("es-6-costamar", "revenue", "Costamar", 2.1e9, "EUR", dict(when="2024")),
    ("es-6-costamar", "workforce", "Costamar", 9500, "count", dict(approx=True)),
    ("es-7-contrata", "workforce", "Mercalia", 38000, "count", {}),
    ("es-8-navalia", "job_cuts", "Navalia", 1350, "count", dict(modality="announced", when="2026-08-11")),
    ("es-8-navalia", "workforce", "Navalia", 11000, "count", dict(approx=True)),
    ("es-8-navalia", "layoff_outlook", "Navalia", None, None, dict(polarity="deny")),
    ("es-8-navalia", "cause", "Navalia", None, None, dict(object="demand", polarity="affirm")),  # "la caída de pedidos"
    ("es-8-navalia", "revenue", "Navalia", 640e6, "EUR", dict(when="2026-Q2")),
    ("fr-5-valmont", "job_cuts", "Valmont Industries", 1200, "count",
     dict(approx=True, when="2026-02-03", segment="France")),
    ("fr-5-valmont", "job_cuts", "Valmont Industries", 8, "percent", dict(approx=True)),
    ("fr-5-valmont", "workforce", "Valmont Industries", 15000, "count", dict(approx=True)),
    ("fr-5-valmont", "cause", "Valmont Industries", None, None,
     dict(object="AI", polarity="deny", speaker="Nicolas Fabre")),
    ("fr-5-valmont", "cause", "Valmont Industries", None, None,
     dict(object="costs", polarity="affirm", speaker="Nicolas Fabre")),
    ("fr-5-valmont", "revenue", "Valmont Industries", 1.4e9, "EUR", dict(when="2025-Q3")),
    ("fr-6-lumio", "job_cuts", "Lumio", (2000, 2500), "count", dict(modality="denied", source_cited="Les Echos")),
    ("fr-6-lumio", "workforce", "Lumio", 21000, "count", dict(approx=True)),
    ("fr-6-lumio", "job_cuts", "Lumio", 700, "count", dict(when="2024", modality="reported")),
    ("fr-6-lumio", "investment", "Lumio", 500e6, "EUR", dict(when="2026", modality="planned")),
    ("fr-8-ardent", "job_cuts", "Ardent Télécom", 850, "count", {}),
    ("fr-8-ardent", "job_cuts", "Ardent Télécom", 6, "percent", dict(approx=True, bound="lower", segment="France")),
    ("fr-8-ardent", "workforce", "Ardent Télécom", 13500, "count", {}),
    ("fr-8-ardent", "job_cuts", "Ardent Télécom", 400, "count", dict(approx=True, when="2025-Q4")),
    ("fr-8-ardent", "cause", "Ardent Télécom", None, None, dict(object="AI", polarity="deny")),
    ("fr-8-ardent", "cause", "Ardent Télécom", None, None, dict(object="costs", polarity="affirm")),
    ("fr-8-ardent", "net_income", "Ardent Télécom", 310e6, "EUR", dict(when="2025")),
    ("nl-5-veldkamp", "job_cuts", "Veldkamp Bouw", 650, "count", dict(modality="announced", when="2026-06-08")),
    ("nl-5-veldkamp", "job_cuts", "Veldkamp Bouw", 9, "percent", dict(approx=True)),
    ("nl-5-veldkamp", "workforce", "Veldkamp Bouw", 7200, "count", dict(approx=True)),
    ("nl-5-veldkamp", "revenue", "Veldkamp Bouw", 1.2e9, "EUR", dict(when="2026-Q1", bound=None)),
    ("nl-5-veldkamp", "layoff_outlook", "Veldkamp Bouw", None, None, dict(polarity="deny", speaker="Wouter Brink")),
    ("nl-5-veldkamp", "cause", "Veldkamp Bouw", None, None, dict(object="AI", polarity="deny", speaker="Wouter Brink")),
    ("nl-5-veldkamp", "cause", "Veldkamp Bouw", None, None,
     dict(object="costs", polarity="affirm", speaker="Wouter Brink")),
    ("nl-7-vanleeuwen", "job_cuts", "Van Leeuwen Logistiek", 450, "count",
     dict(bound="upper", approx=False, modality="announced", when="2025-09-30")),
    ("nl-7-vanleeuwen", "job_cuts", "Van Leeuwen Logistiek", 10, "percent", dict(approx=True)),
    ("nl-7-vanleeuwen", "workforce", "Van Leeuwen Logistiek", 4600, "count", {}),
    ("nl-7-vanleeuwen", "revenue", "Van Leeuwen Logistiek", 1.5e9, "EUR", dict(when="2024", bound=None)),
    ("nl-7-vanleeuwen", "profit", "Van Leeuwen Logistiek", 3.2e6, "EUR", dict(when="2025-Q2")),
    ("nl-7-vanleeuwen", "cause", "Van Leeuwen Logistiek", None, None,
     dict(object="costs", polarity="affirm", speaker="Jeroen Smit")),
    ("nl-7-vanleeuwen", "cause", "Van Leeuwen Logistiek", None, None,
     dict(object="AI", polarity="deny", speaker="Jeroen Smit")),
    ("nl-6-drukwerk", "job_cuts", "Holtkamp Media", 1200, "count",
     dict(approx=True, modality="rumoured", source_cited="Het Financieele Dagblad")),
    ("nl-6-drukwerk", "job_cuts", "Holtkamp Media", 20, "percent", dict(approx=True)),
    ("nl-6-drukwerk", "workforce", "Holtkamp Media", 5800, "count", dict(approx=True)),
    ("nl-6-drukwerk", "job_cuts", "Holtkamp Media", 300, "count", dict(when="2024")),
    ("nl-6-drukwerk", "revenue", "Holtkamp Media", 412e6, "EUR", dict(when="2025-Q3", bound=None)),
    ("nl-6-drukwerk", "investment", "Holtkamp Media", 25e6, "EUR", dict(when="2026", modality="planned")),
    ("sv-5-bergvik", "job_cuts", "Bergvik", 1100, "count",
     dict(approx=True, modality="announced", when="2026-03-03", segment="Sweden")),
    ("sv-5-bergvik", "job_cuts", "Bergvik", 8, "percent", dict(approx=True)),
    ("sv-5-bergvik", "workforce", "Bergvik", 13500, "count", dict(bound="lower")),
    ("sv-5-bergvik", "revenue", "Bergvik", 41.2e9, "SEK", dict(when="2025")),
    ("sv-5-bergvik", "profit", "Bergvik", 1.9e9, "SEK", dict(when="2025-Q4")),
    ("sv-5-bergvik", "cause", "Bergvik", None, None,
     dict(object="costs", polarity="affirm", speaker="Lena Ström", source_cited="TT")),
    ("sv-5-bergvik", "cause", "Bergvik", None, None, dict(object="AI", polarity="deny", speaker="Lena Ström")),
    ("sv-7-orbis", "job_cuts", "Orbis", 16000, "count", dict(modality="announced", when="2026-02-04", segment="corporate")),
    ("sv-7-orbis", "job_cuts", "Orbis", 5, "percent", dict(approx=True)),
    ("sv-7-orbis", "workforce", "Orbis", 340000, "count", dict(approx=True)),
    ("sv-7-orbis", "revenue", "Orbis", 211e9, "USD", dict(approx=True, bound="lower", when="2025-Q4", modality="expected")),
    ("sv-7-orbis", "investment", "Orbis", 125e9, "USD", dict(approx=True, when="2025")),
    ("sv-6-norrvik", "job_cuts", "Norrvik Bank", 900, "count", dict(approx=True, modality="announced", when="2026-10-22")),
    ("sv-6-norrvik", "job_cuts", "Norrvik Bank", 6, "percent", dict(approx=True)),
    ("sv-6-norrvik", "workforce", "Norrvik Bank", 14800, "count", dict(when="2026-Q3")),
    ("sv-6-norrvik", "profit", "Norrvik Bank", 4.2e9, "SEK", dict(when="2026-Q3")),
    ("sv-6-norrvik", "revenue", "Norrvik Bank", 11.7e9, "SEK", dict(when="2026-Q3")),
    ("sv-6-norrvik", "job_cuts", "Norrvik Bank", 400, "count", dict(modality="denied", source_cited="Dagens Industri")),
    ("sv-6-norrvik", "cause", "Norrvik Bank", None, None, dict(object="AI", polarity="deny", speaker="Anna Sjöberg")),
    ("sv-6-norrvik", "layoff_outlook", "Norrvik Bank", None, None, dict(polarity="deny", speaker="Anna Sjöberg")),
]

# Articles about hiring, sport or share prices: nothing in them is a job cut.
NO_CUTS = ["en-8-rovers", "en-9-palisade", "de-7-aktie", "fr-7-stade", "es-7-contrata"]

# Jobs at suppliers, contractors or partners: never a job_cuts claim of the company itself.
NOT_OWN_CUTS = [
    ("de-5-kessler", 1500), ("en-6-corvane", 400), ("en-11-brennan", 3000), ("es-5-ribera", 1000), ("fr-5-valmont", 600), ("sv-5-bergvik", 250),
]

# Authors named in a byline: persons, with no role at the company and never the speaker of a claim.
BYLINES = {
    "de-5-kessler": {"Martina Vogt"}, "de-8-brauhaus": {"Thomas Berg", "Katrin Seidel"}, "en-6-corvane": {"Rachel Owens"},
    "es-5-ribera": {"Laura Gómez"}, "fr-5-valmont": {"Julien Moreau"}, "nl-5-veldkamp": {"Sanne Jansen"},
    "sv-6-norrvik": {"Erik Lund"}, "nl-7-vanleeuwen": {"Marieke de Boer"},
}


@pytest.fixture(scope="module")
def extractions():
    return {a.id: extract(a) for a in read_paths([NEWS])}


@pytest.mark.parametrize(("stem", "kind", "org", "value", "unit", "attrs"), EXPECTED,
                         ids=[f"{e[0]}-{e[1]}-{e[3]}-{e[5].get('object', '')}" for e in EXPECTED])
def test_claim(extractions, stem, kind, org, value, unit, attrs):
    claims = [c for c in extractions[stem].claims if matches(c, kind, org, value, unit, attrs)]
    assert claims, f"no {kind} {value} {unit} for {org} in {[(c.kind, c.org, figure_of(c)) for c in extractions[stem].claims]}"
    check_attributes(claims[0], attrs)


def test_no_claims_beyond_expectations(extractions):
    """Precision: every claim extracted is one a careful reader expects, figure for figure."""
    extra = [(stem, c.kind, c.org, figure_of(c), c.object, c.polarity) for stem, x in extractions.items() for c in x.claims
             if not any(e[0] == stem and matches(c, *e[1:]) for e in EXPECTED)]
    assert not extra


@pytest.mark.parametrize("stem", NO_CUTS)
def test_hiring_sport_and_share_prices_are_no_job_cuts(extractions, stem):
    claims = extractions[stem].claims
    assert not [c for c in claims if c.kind in ("job_cuts", "layoff_outlook", "cause")], claims


@pytest.mark.parametrize(("stem", "value"), NOT_OWN_CUTS)
def test_jobs_at_suppliers_are_not_the_companys_cuts(extractions, stem, value):
    assert not [c for c in extractions[stem].claims if c.kind == "job_cuts" and close(figure_of(c), value)]


@pytest.mark.parametrize("stem", sorted(BYLINES))
def test_byline_authors_are_persons_but_never_speakers(extractions, stem):
    x = extractions[stem]
    persons = {e.name for e in x.entities if e.type == "person"}
    assert BYLINES[stem] <= persons
    assert not BYLINES[stem] & {r.person for r in x.roles}
    assert not BYLINES[stem] & {c.speaker for c in x.claims}


def test_a_capitalised_noun_after_a_determiner_is_no_organisation(extractions):
    """German capitalises nouns: "einen Bericht über den Abbau" names no company "Bericht"."""
    orgs = {e.name for e in extractions["de-6-nordhafen"].entities if e.type == "organization"}
    assert "Bericht" not in orgs and "Nordhafen Logistik" in orgs


def test_a_name_may_start_with_a_particle_after_a_company_noun(extractions):
    """"Transportbedrijf Van Leeuwen Logistiek": "Van" is part of the name, though it starts many sentences."""
    orgs = {e.name for e in extractions["nl-7-vanleeuwen"].entities if e.type == "organization"}
    assert orgs == {"Van Leeuwen Logistiek"}


def test_a_short_name_found_first_is_the_full_one(extractions):
    """The headline's "Corvane" is the "Corvane Semiconductors" of the body, not a second company."""
    orgs = {e.name for e in extractions["en-6-corvane"].entities if e.type == "organization"}
    assert "Corvane" not in orgs and "Corvane Semiconductors" in orgs


def test_quotes_are_exact_offsets(extractions):
    for x in extractions.values():
        for c in x.claims:
            assert x.article.text[c.start:c.end] == c.quote


def test_every_language_has_news_articles():
    stems = {p.stem for p in NEWS.glob("*.txt")}
    for lang in ("en", "nl", "sv", "de", "fr", "es"):
        assert len([s for s in stems if s.startswith(lang + "-")]) >= 2
