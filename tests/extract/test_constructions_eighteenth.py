"""Constructions the eighteenth blind set (q17: who says it; interviews, analyses, denials and third parties'
figures) taught, in short articles the project wrote in several languages about made-up companies: each expectation
names every claim the article gives (kind, figure, unit) and what must hold of it."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("nl", "Topman Pellmark Verzekeringen: 'We moeten snijden'\n\nPellmark Verzekeringen schrapt 240 banen. Het "
           "bedrijf heeft 3.100 medewerkers.", "Pellmark Verzekeringen"),
    ("de", "Vorstandschef Pellmark Maschinenbau: \"Wir müssen sparen\"\n\nDie Pellmark Maschinenbau GmbH streicht 240 "
           "Stellen. Das Unternehmen beschäftigt 3.100 Mitarbeiter.", "Pellmark Maschinenbau"),
    ("sv", "Vd Pellmark Bygg: \"Vi måste spara\"\n\nPellmark Bygg AB varslar 240 anställda. Bolaget har 3 100 "
           "anställda.", "Pellmark Bygg"),
])
def test_a_title_before_a_firm_s_name_heads_the_firm(lang, text, org):
    """A title before a name whose last word is an organisation's ("Topman Pellmark Verzekeringen", "Vd Pellmark
    Bygg") names the firm the title heads, no person (was: a person, and no claim of the firm)."""
    check_construction("a title before a firm", extracted(lang, text), org,
                       [("job_cuts", 240, "count", {}), ("workforce", 3100, "count", {})])
