"""Constructions the nineteenth blind set's misses and wrong claims (q18: staff that move, not lost, and organisations
that are not firms) taught after its first rules, in short articles the project wrote in several languages about
made-up organisations."""

from __future__ import annotations

import pytest

from extract.expected import figure_of
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Pellmark Versicherungen AG streicht 650 Stellen. Die Gewerkschaft Verdi sieht das anders: Sie rechnet "
           "damit, dass am Ende eher 900 Stellen wegfallen."),
    ("de", "Die Pellmark Versicherungen AG streicht 650 Stellen. Die Gewerkschaft geht davon aus, dass 900 Stellen "
           "wegfallen."),
    ("sv", "Pellmark AB drar ned 650 tjänster. Facket räknar med att upp till 900 tjänster kan försvinna."),
    ("nl", "Pellmark BV schrapt 650 banen. De vakbond rekent erop dat uiteindelijk 900 banen verdwijnen."),
    ("fr", "Pellmark va supprimer 650 postes. Le syndicat s'attend à ce que 900 postes disparaissent."),
    ("es", "Pellmark recortará 650 empleos. El sindicato prevé que se pierdan 900 empleos."),
    ("en", "Pellmark will cut 650 jobs. The union expects that as many as 900 jobs will go."),
])
def test_a_union_expecting_a_count_is_a_third_party(lang, text):
    """A union expecting a count in a clause ("rechnet damit, dass", "geht davon aus, dass", "räknar med att",
    "rekent erop dat", "s'attend à ce que", "prevé que", "expects that": verbs of saying in the lexicons) tells its own
    count, no announcement of the organisation's (was: the 900 the company's own)."""
    claims = [(c.kind, figure_of(c), c.third_party) for c in extracted(lang, text).claims]
    assert claims == [("job_cuts", 650, False), ("job_cuts", 900, True)], claims
