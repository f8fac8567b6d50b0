"""Wrong claims and wrong organisations the blind sets showed (x16), in short articles the project wrote in several
languages about made-up companies: each expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Tramontia Air will cut 14 routes and 420 jobs.", [("job_cuts", 420, "count", {})]),
    ("en", "Tramontia Air cuts 14 unprofitable routes.", []),
    ("es", "Tramontia Air recorta 14 rutas y prescindirá de 420 tripulantes.", [("job_cuts", 420, "count", {})]),
    ("es", "Tramontia Air recorta 14 rutas.", []),
    ("de", "Die Tramontia Air GmbH streicht 14 Strecken und baut 420 Stellen ab.", [("job_cuts", 420, "count", {})]),
    ("fr", "Tramontia Air supprime 14 lignes et 420 postes.", [("job_cuts", 420, "count", {})]),
    ("nl", "Tramontia Air schrapt 14 routes en 420 banen.", [("job_cuts", 420, "count", {})]),
    ("sv", "Tramontia Air AB lägger ned 14 linjer och varslar 420 anställda.", [("job_cuts", 420, "count", {})]),
])
def test_a_count_of_routes_is_no_job_cut(lang, text, expected):
    """A count whose noun counts no staff (`claims.not_staff`: routes, lines, flights, "rutas", "Strecken",
    "lignes", "linjer"), one word between at most, is no job cut, nor the noun of a count of jobs after it (was: a
    cut of 14 jobs beside the 420)."""
    check_construction("routes cut", extracted(lang, "Tramontia\n\n" + text), "Tramontia Air", expected)


OBSERVED = {"modality": "expected", "third_party": True, "speaker": None}


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "An analyst sees 1,500 job cuts at Opalix Telecom.", "Opalix Telecom"),
    ("fr", "Un analyste chiffre à 1 500 les suppressions de postes chez Opalix Télécom.", "Opalix Télécom"),
    ("de", "Analysten rechnen damit, dass die Opalix Telekom AG 1.500 Stellen streicht.", "Opalix Telekom"),
    ("nl", "Een analist verwacht dat Opalix Telecom 1.500 banen schrapt.", "Opalix Telecom"),
    ("sv", "Analytiker räknar med att 1 500 jobb försvinner på Opalix Telekom AB.", "Opalix Telekom"),
])
def test_an_observers_count_of_cuts_is_their_estimate(lang, text, org):
    """Observers (`attribution.observers`) opening the figure's sentence or clause: their estimate, expected and a
    third party's, no speaker of the company's (was: announced, or the company's word)."""
    check_construction("an observer's figure", extracted(lang, "Opalix\n\n" + text), org,
                       [("job_cuts", 1500, "count", OBSERVED)])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Analyst sees 1,500 job cuts at Opalix Telecom\n\nOpalix Telecom declined to comment. It employs 12,000 "
           "people.", "Opalix Telecom"),
    ("fr", "Opalix Télécom : un analyste chiffre à 1 500 les suppressions de postes\n\nOpalix Télécom n'a rien "
           "annoncé. Le groupe emploie 12 000 personnes.", "Opalix Télécom"),
])
def test_an_observers_count_of_cuts_in_a_headline_gives_no_claim(lang, text, org):
    """A headline opening with an observer compresses an estimate the body tells with its source: no claim (was: the
    company's announced cut of 1,500)."""
    check_construction("an observer's headline", extracted(lang, text), org, [("workforce", 12000, "count", {})])
