"""Constructions of a round told again, in short articles the project wrote in several languages about made-up
companies (the twelfth round of story sets, y7): when a round is spoken of again, what it is dated by."""

from __future__ import annotations

import pytest

from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Halmvik backar\n\nVarslet av 600 anställda beror inte på robotar, säger vd Eva Lind nu."),
    ("en", "Halmvik backtracks\n\nHalmvik chief executive Eva Lind has played down the role of robots in the decision to "
           "cut 600 jobs, weeks after a memo in which she tied them to robots now doing much of the packing."),
    ("de", "Halmvik rudert zurück\n\nDer Abbau von 600 Stellen bei der Halmvik GmbH sei nicht Folge von Robotern, sagt "
           "Chefin Eva Lind jetzt."),
    ("nl", "Halmvik krabbelt terug\n\nHet schrappen van 600 banen bij Halmvik BV komt niet door robots, zegt topvrouw "
           "Eva Lind nu."),
    ("fr", "Halmvik fait marche arrière\n\nLa suppression de 600 postes chez Halmvik n'est pas due aux robots, affirme "
           "désormais la directrice générale Eva Lind."),
    ("es", "Halmvik rectifica\n\nLa empresa Halmvik recorta 600 empleos por la débil demanda, afirma ahora su consejera "
           "delegada Eva Lind."),
])
def test_a_word_of_now_gives_no_date_of_the_round(lang, text):
    """"Varslet av 600 anställda ..., säger hon nu", "robots now doing": a word of the present tells the day the round is
    spoken of, no date of it (it dated the round by the article's day as a stated date: two outlets' days apart were
    a temporal row)."""
    cuts = [c for c in extracted(lang, text).claims if c.kind == "job_cuts"]
    assert cuts and all(c.quantity.value == 600 for c in cuts)
    assert all(c.timing != "stated" for c in cuts), [(c.when, c.timing) for c in cuts]

