"""An outlet a leak is told to ("Enligt uppgifter till Nordposten planerar bolaget ..."): no organisation, so the
claim stays the company's."""

from __future__ import annotations

from extract.expected import check_construction
from extract.test_constructions import extracted


def test_outlet_told_is_no_organisation():
    """A name right after a word of "told to" (`attribution.told_to`) that follows a word of "according to": the
    outlet told, never the organisation the figure is about."""
    x = extracted("sv", "Tarnsby förbereder nedskärningar\nVerkstadsbolaget Tarnsby förbereder nedskärningar. Enligt "
                        "uppgifter till Nordposten planerar bolaget att skära bort omkring 900 tjänster.")
    check_construction("outlet told", x, "Tarnsby", [("job_cuts", 900, "count", dict(modality="rumoured"))])


def test_firm_after_to_without_according_to_stays_an_organisation():
    """Guard: "till" of a sale, no attribution before it: the buyer is an organisation."""
    x = extracted("sv", "Tarnsby säljer fabrik\nVerkstadsbolaget Tarnsby säljer fabriken i Umeå till Bergvik "
                        "Industri AB, som tar över 300 anställda.")
    assert {e.name for e in x.entities if e.type == "organization"} >= {"Tarnsby", "Bergvik Industri"}
