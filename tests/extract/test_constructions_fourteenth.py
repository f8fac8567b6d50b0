"""Constructions the fourteenth look at long blind articles (x14) taught, in short articles the project wrote in several
languages about made-up companies: each expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Halvern Ltd said it would retain 300 staff in Leeds while cutting 500 positions elsewhere."),
    ("en", "Halvern Ltd will cut 500 jobs, but 300 jobs will be saved."),
    ("de", "Die Halvern GmbH behält 300 Stellen in Leipzig und streicht 500 Stellen."),
    ("fr", "Le groupe Halvern conservera 300 emplois à Lille et supprimera 500 postes."),
    ("es", "La empresa Halvern mantendrá 300 empleos en Burgos y recortará 500 puestos."),
    ("nl", "Halvern BV behoudt 300 banen in Venlo en schrapt 500 banen."),
    ("sv", "Halvern AB behåller 300 jobb i Luleå och varslar 500 anställda."),
])
def test_jobs_kept_are_no_cut(lang, text):
    """Staff or jobs kept, retained or saved (`claims.retained`: "will retain 300 staff", "behält 300 Stellen",
    "300 jobs will be saved") are no cut, the word in the figure's own clause first (they were read as 300 cuts)."""
    check_construction("jobs kept", extracted(lang, "Halvern\n\n" + text), "Halvern", [("job_cuts", 500, "count", {})])
