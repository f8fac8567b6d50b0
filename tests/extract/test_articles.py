"""Claims extracted from the project's own test articles (tests/extract/articles), one set for each lexicon.

Each expectation names the claim (kind, org, value, unit) and what must hold of it: time, modality,
approximation and bound, polarity, object, speaker, cited source.
"""

from pathlib import Path

import pytest

from kg.extract import extract
from kg.lexicon import languages
from kg.read import read_paths

from extract.expected import check_attributes, figure_of, matches

ARTICLES = Path(__file__).resolve().parent / "articles"

# (file stem, kind, org, value (or (low, high), or None for stances), unit, attributes)
EXPECTED = [
    ("en-1-northwind", "job_cuts", "Northwind Logistics", 2400, "count",
     dict(approx=True, when="2026-02-10", modality="announced", speaker="Northwind Logistics")),  # "Northwind Logistics Inc. said"
    ("en-1-northwind", "job_cuts", "Northwind Logistics", 9, "percent", dict(approx=True)),
    ("en-1-northwind", "workforce", "Northwind Logistics", 26000, "count", dict(modality="reported")),
    ("en-1-northwind", "cause", "Northwind Logistics", None, None,
     dict(object="AI", polarity="deny", speaker="Dana Whitfield", modality="announced")),
    ("en-1-northwind", "cause", "Northwind Logistics", None, None, dict(object="bureaucracy", polarity="affirm")),
    ("en-1-northwind", "revenue", "Northwind Logistics", 4.1e9, "USD", dict(when="2025-Q4")),
    ("en-1-northwind", "net_income", "Northwind Logistics", 310e6, "USD", dict(when="2025")),
    ("en-1-northwind", "notice_period", "Northwind Logistics", 90, "days", {}),
    ("en-2-brightline", "job_cuts", "Brightline Media", (300, 450), "count",
     dict(modality="rumoured", source_cited="Reuters")),
    ("en-2-brightline", "job_cuts", "Brightline Media", 14000, "count", dict(when="2025-10", modality="reported")),
    ("en-2-brightline", "layoff_outlook", "Brightline Media", None, None, dict(polarity="deny", modality="expected")),
    ("en-2-brightline", "job_cuts", "Brightline Media", 25, "percent", dict(when="2022-Q4")),
    ("en-2-brightline", "investment", "Brightline Media", 2.5e9, "USD", dict(when="2026", modality="planned")),
    ("en-3-helix", "job_cuts", "Helix Pharma", 5000, "count", dict(modality="denied", when="2026-01-05")),
    ("en-3-helix", "workforce", "Helix Pharma", 40000, "count", dict(approx=True, bound="lower")),
    ("en-3-helix", "job_cuts", "Helix Pharma", 1000, "count", dict(when="2025-12")),
    ("en-3-helix", "revenue", "Helix Pharma", 12.3e9, "USD", dict(when="2025-Q3")),
    ("en-3-helix", "profit", "Helix Pharma", 1.9e9, "USD", dict(when="2025-Q3")),
    ("nl-1-philips", "job_cuts", "Philips", 3000, "count", dict(when="2025-10-27")),
    ("nl-1-philips", "cause", "Philips", None, None, dict(object="AI", polarity="deny", speaker="Roy Jakobs")),
    ("nl-1-philips", "cause", "Philips", None, None, dict(object="costs", polarity="affirm")),
    ("nl-1-philips", "job_cuts", "Philips", 6000, "count", dict(when="2024", modality="reported")),
    ("nl-1-philips", "revenue", "Philips", 4.3e9, "EUR", dict(when="2025-Q3")),
    ("nl-2-booking", "job_cuts", "Booking.com", 1200, "count",
     dict(approx=True, modality="rumoured", source_cited="Het Financieele Dagblad", when="2026-03")),
    ("nl-2-booking", "workforce", "Booking.com", 23000, "count", dict(approx=True)),
    ("nl-2-booking", "job_cuts", "Booking.com", 400, "count", dict(when="2026-01")),
    ("nl-2-booking", "notice_period", "Booking.com", 90, "days", {}),
    ("nl-2-booking", "investment", "Booking.com", 1.5e6, "EUR", dict(when="2026")),
    ("nl-3-korvel", "store_closure", "Korvel", 25, "count", dict(object="Korvel", when="2026-02-05")),
    ("nl-3-korvel", "job_cuts", "Korvel", 500, "count", dict(bound="upper", approx=False)),
    ("nl-3-korvel", "job_cuts", "Korvel", 9, "percent", dict(approx=True)),
    ("nl-3-korvel", "cause", "Korvel", None, None, dict(object="costs", speaker="Femke de Wit")),
    ("nl-3-korvel", "workforce", "Korvel", 6000, "count", dict(when="2022-Q4", bound="lower")),
    ("nl-3-korvel", "net_income", "Korvel", 12e6, "EUR", dict(when="2025")),
    ("sv-1-ericsson", "job_cuts", "Ericsson", 1600, "count",
     dict(when="2026-01-27", modality="announced", speaker="Ericsson")),  # "meddelade bolaget"
    ("sv-1-ericsson", "cause", "Ericsson", None, None, dict(object="AI", polarity="deny", speaker="Börje Ekholm")),
    ("sv-1-ericsson", "job_cuts", "Ericsson", 5000, "count", dict(when="2025", approx=True, bound="lower")),
    ("sv-1-ericsson", "revenue", "Ericsson", 69.3e9, "SEK", dict(when="2025-Q4")),
    ("sv-2-volvo", "job_cuts", "Volvo", 3000, "count", dict(bound="upper", source_cited="Dagens Industri")),
    ("sv-2-volvo", "workforce", "Volvo", 40000, "count", dict(approx=True)),
    ("sv-2-volvo", "job_cuts", "Volvo", 7, "percent", dict(when="2025-10", approx=True)),
    ("sv-2-volvo", "layoff_outlook", "Volvo", None, None, dict(polarity="deny", speaker="Håkan Samuelsson")),
    ("sv-3-lindqvist", "store_closure", "Lindqvist", 28, "count", {}),
    ("sv-3-lindqvist", "job_cuts", "Lindqvist", 300, "count", {}),
    ("sv-3-lindqvist", "notice_period", "Lindqvist", 90, "days", {}),
    ("sv-3-lindqvist", "investment", "Lindqvist", 2.5e9, "SEK", dict(when="2026", approx=True)),
    ("sv-3-lindqvist", "profit", "Lindqvist", 211e6, "SEK", dict(when="2025-Q3")),
    ("de-1-aldermann", "job_cuts", "Aldermann", 8000, "count",
     dict(bound="upper", modality="planned", when="2026-03-18")),
    ("de-1-aldermann", "job_cuts", "Aldermann", 7, "percent", dict(approx=True)),
    ("de-1-aldermann", "workforce", "Aldermann", 108000, "count", {}),
    ("de-1-aldermann", "cause", "Aldermann", None, None, dict(object="AI", polarity="deny", speaker="Klaus Berger")),
    ("de-1-aldermann", "cause", "Aldermann", None, None, dict(object="bureaucracy", polarity="affirm")),
    ("de-1-aldermann", "revenue", "Aldermann", 34.2e9, "EUR", dict(when="2025", approx=True)),
    ("de-2-alpstein", "job_cuts", "Alpstein", 16000, "count", dict(when="2026-Q4", approx=True)),
    ("de-2-alpstein", "store_closure", "Alpstein", 2, "count", dict(when="2025-10")),
    ("de-2-alpstein", "net_income", "Alpstein", 2.3e9, "CHF", dict(when="2025-Q3")),
    ("de-2-alpstein", "workforce", "Alpstein", 110000, "count", {}),
    ("de-3-zalando", "job_cuts", "Zalando", 500, "count",
     dict(bound="upper", when="2026-02-03", modality="announced", speaker="Robert Gentz")),
    ("de-3-zalando", "job_cuts", "Zalando", 3, "percent", dict(approx=True)),
    ("de-3-zalando", "revenue", "Zalando", 3.1e9, "EUR", dict(when="2025-Q4")),
    ("fr-1-carrefour", "store_closure", "Carrefour", 40, "count", dict(when="2026-02-10", modality="announced")),
    ("fr-1-carrefour", "job_cuts", "Carrefour", 900, "count", dict(approx=True, modality="announced")),
    ("fr-1-carrefour", "cause", "Carrefour", None, None,
     dict(object="AI", polarity="deny", speaker="Alexandre Bompard")),
    ("fr-1-carrefour", "workforce", "Carrefour", 305000, "count", dict(approx=True)),
    ("fr-1-carrefour", "revenue", "Carrefour", 94.5e9, "EUR", dict(when="2025")),
    ("fr-2-renault", "job_cuts", "Renault", 3000, "count",
     dict(bound="upper", modality="planned", source_cited="Les Echos")),
    ("fr-2-renault", "job_cuts", "Renault", 9, "percent", dict(approx=True)),
    ("fr-2-renault", "job_cuts", "Renault", (10, 15), "percent", dict(when="2025-10")),
    ("fr-2-renault", "net_income", "Renault", 1.2e9, "EUR", dict(when="2025-Q3")),
    ("fr-3-verdane", "job_cuts", "Verdane", 1200, "count",
     dict(bound="lower", modality="announced", when="2026-01-14")),
    ("fr-3-verdane", "cause", "Verdane", None, None, dict(object="culture", polarity="affirm", speaker="Claire Morel")),
    ("fr-3-verdane", "cause", "Verdane", None, None, dict(object="AI", polarity="deny", speaker="Claire Morel")),
    ("fr-3-verdane", "workforce", "Verdane", 18000, "count", dict(when="2022-Q4")),
    ("fr-3-verdane", "investment", "Verdane", 750e6, "EUR", dict(when="2025")),
    ("es-1-telefonica", "job_cuts", "Telefónica", 3400, "count",
     dict(approx=True, modality="announced", when="2026-01-14", speaker="Telefónica")),  # "Telefónica anunció"
    ("es-1-telefonica", "cause", "Telefónica", None, None, dict(object="AI", polarity="deny", speaker="Marc Murtra")),
    ("es-1-telefonica", "workforce", "Telefónica", 100000, "count", dict(bound="lower")),
    ("es-1-telefonica", "net_income", "Telefónica", 1.2e9, "EUR", dict(when="2025-Q3")),
    ("es-2-inditex", "store_closure", "Inditex", 50, "count", dict(source_cited="Expansión")),
    ("es-2-inditex", "job_cuts", "Inditex", 1500, "count", dict(bound="upper")),
    ("es-2-inditex", "job_cuts", "Inditex", (10, 15), "percent", {}),
    ("es-2-inditex", "layoff_outlook", "Inditex", None, None, dict(polarity="deny")),
    ("es-3-santander", "job_cuts", "Santander", 2000, "count", dict(approx=True, modality="planned",
                                                                    when="2026-02-23")),
    ("es-3-santander", "job_cuts", "Santander", 800, "count", dict(when="2025-10")),
    ("es-3-santander", "notice_period", "Santander", 90, "days", {}),
    ("es-3-santander", "revenue", "Santander", 15e9, "EUR", dict(when="2025-Q4")),
    # organisations no gazetteer lists, found by their last word, a company noun or "said it"
    ("en-4-halvard", "job_cuts", "Halvard Robotics", 650, "count", dict(when="2026-04-08", modality="announced")),
    ("en-4-halvard", "job_cuts", "Halvard Robotics", 11, "percent", dict(approx=True)),
    ("en-4-halvard", "workforce", "Halvard Robotics", 5900, "count", dict(approx=True)),
    ("en-4-halvard", "revenue", "Halvard Robotics", 870e6, "USD", dict(when="2025")),
    ("en-4-halvard", "notice_period", "Halvard Robotics", 45, "days", {}),
    ("en-4-halvard", "cause", "Halvard Robotics", None, None, dict(object="AI", polarity="deny", speaker="Tomas Ek")),
    ("en-4-halvard", "cause", "Halvard Robotics", None, None, dict(object="costs", polarity="affirm", speaker="Tomas Ek")),
    ("en-5-marrow", "store_closure", "Marrow Creek", 12, "count", dict(when="2026-06-01", modality="planned")),  # "will close"
    ("en-5-marrow", "job_cuts", "Marrow Creek", 400, "count", dict(approx=True, modality="announced")),
    ("en-5-marrow", "notice_period", "Marrow Creek", 30, "days", {}),
    ("de-4-brenner", "job_cuts", "Brenner Technik", 900, "count", dict(approx=True, modality="planned")),
    ("de-4-brenner", "cause", "Brenner Technik", None, None, dict(object="AI", polarity="deny", speaker="Jonas Keller",
                                                                  when="2026-05-07")),
    ("de-4-brenner", "workforce", "Brenner Technik", 7400, "count", dict(approx=True)),
    ("sv-4-torsvik", "job_cuts", "Torsvik Industri", 450, "count",
     dict(approx=True, when="2026-03-18", modality="announced")),
    ("sv-4-torsvik", "cause", "Torsvik Industri", None, None, dict(object="AI", polarity="deny", speaker="Karin Holm")),
    ("sv-4-torsvik", "workforce", "Torsvik Industri", 3100, "count", dict(bound="lower")),
    ("nl-4-brakel", "job_cuts", "Brakel Labs", 220, "count", dict(approx=True, when="2026-09-15")),
    ("nl-4-brakel", "cause", "Brakel Labs", None, None, dict(object="AI", polarity="deny", speaker="Daan Visser")),
    ("nl-4-brakel", "workforce", "Brakel Labs", 1400, "count", dict(approx=True)),
    ("fr-4-garonne", "job_cuts", "Garonne Logistique", 310, "count", dict(when="2026-10-20", modality="announced")),
    ("fr-4-garonne", "cause", "Garonne Logistique", None, None,
     dict(object="AI", polarity="deny", speaker="Sophie Lambert")),
    ("fr-4-garonne", "workforce", "Garonne Logistique", 2800, "count", dict(approx=True)),
    ("es-4-mirasol", "store_closure", "Mirasol Alimentos", 18, "count", dict(when="2026-11-09", modality="announced")),
    ("es-4-mirasol", "job_cuts", "Mirasol Alimentos", 600, "count", dict(approx=True, modality="announced")),
    ("es-4-mirasol", "cause", "Mirasol Alimentos", None, None,
     dict(object="AI", polarity="deny", speaker="Pablo Ortega")),
    ("es-4-mirasol", "workforce", "Mirasol Alimentos", 9000, "count", dict(bound="lower")),
    # Italian, read with kg/lexicons/it.toml alone
    ("it-1-ferrotti", "job_cuts", "Ferrotti", 1200, "count",
     dict(when="2027", modality="planned", speaker="Marco Bellini")),  # "entro il 2027, ha detto l'amministratore delegato"
    ("it-1-ferrotti", "workforce", "Ferrotti", 8500, "count", dict(approx=True, when="2026-03-10")),
    ("it-1-ferrotti", "revenue", "Ferrotti", 2.3e9, "EUR", dict(when="2025")),
    ("it-1-ferrotti", "cause", "Ferrotti", None, None, dict(object="AI", polarity="deny", speaker="Marco Bellini")),
    ("it-1-ferrotti", "cause", "Ferrotti", None, None, dict(object="costs", polarity="affirm")),
    ("it-2-valdoro", "store_closure", "Valdoro", 35, "count", dict(when="2027", modality="planned")),  # "il prossimo anno"
    ("it-2-valdoro", "job_cuts", "Valdoro", 900, "count", dict(approx=True, when="2027", modality="planned", speaker="Valdoro")),
    ("it-2-valdoro", "cost_savings", "Valdoro", 120e6, "EUR", dict(modality="planned")),
    ("it-2-valdoro", "loss", "Valdoro", 48e6, "EUR", dict(when="2025", modality="reported")),
    ("it-2-valdoro", "cause", "Valdoro", None, None, dict(object="demand", polarity="affirm", speaker="Giulia Conti")),
    ("it-3-orsenigo", "job_cuts", "Banca Orsenigo", 2000, "count",  # "duemila", reported by an outlet, then denied
     dict(modality="denied", source_cited="Gazzetta Padana", when="2026-03-12")),
    ("it-3-orsenigo", "workforce", "Banca Orsenigo", 14000, "count", dict(bound="lower")),
    ("it-3-orsenigo", "investment", "Banca Orsenigo", 300e6, "EUR", dict(when="2028", modality="planned")),
    ("it-3-orsenigo", "job_cuts", "Banca Orsenigo", 600, "count", dict(when="2025", modality="reported")),
    ("it-3-orsenigo", "layoff_outlook", "Banca Orsenigo", None, None, dict(polarity="deny")),  # "Non ci sono piani per nuovi licenziamenti"
    ("it-4-lumetta", "job_cuts", "Lumetta Robotica", 15, "percent",
     dict(when="2026-03-09", modality="announced", speaker="Lumetta Robotica")),  # "lunedì", "ha comunicato l'azienda"
    ("it-4-lumetta", "job_cuts", "Lumetta Robotica", 450, "count", dict(approx=True, modality="announced")),
    ("it-4-lumetta", "cause", "Lumetta Robotica", None, None, dict(object="AI", polarity="affirm", speaker="Paolo Ricci")),
    ("it-4-lumetta", "profit", "Lumetta Robotica", 85e6, "EUR", dict(when="2025-Q3")),
    ("it-4-lumetta", "revenue", "Lumetta Robotica", 1.1e9, "EUR", dict(when="2025-Q3")),
]


@pytest.fixture(scope="module")
def extractions():
    return {a.id: extract(a) for a in read_paths([ARTICLES])}


@pytest.mark.parametrize(("stem", "kind", "org", "value", "unit", "attrs"), EXPECTED,
                         ids=[f"{e[0]}-{e[1]}-{e[3]}" for e in EXPECTED])
def test_claim(extractions, stem, kind, org, value, unit, attrs):
    claims = [c for c in extractions[stem].claims if matches(c, kind, org, value, unit, attrs)]
    assert claims, f"no {kind} {value} {unit} for {org} in {[(c.kind, c.org, figure_of(c)) for c in extractions[stem].claims]}"
    check_attributes(claims[0], attrs)


def test_every_language_has_three_articles():
    stems = {p.stem for p in ARTICLES.glob("*.txt")}
    for lang in languages():
        assert len([s for s in stems if s.startswith(lang + "-")]) >= 3


def test_quotes_are_exact_offsets(extractions):
    for extraction in extractions.values():
        text = extraction.article.text
        assert extraction.claims
        for c in extraction.claims:
            assert text[c.start:c.end] == c.quote and c.quote.strip() == c.quote


def test_mentions_have_exact_spans(extractions):
    for extraction in extractions.values():
        text = extraction.article.text
        for e in extraction.entities:
            for span in e.mentions:
                assert text[span.start:span.end] == span.text


def test_no_claims_beyond_expectations(extractions):
    """Precision on our own articles: every claim extracted is one we expect, figure for figure."""
    extra = [(stem, c.kind, c.org, figure_of(c), c.object, c.polarity) for stem, x in extractions.items() for c in x.claims
             if not any(e[0] == stem and matches(c, *e[1:]) for e in EXPECTED)]
    assert not extra
