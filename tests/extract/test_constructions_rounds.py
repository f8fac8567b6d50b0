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


UNLIKE = [
    ("en", "Orlavik Chemicals will cut 500 jobs. Unlike last year's cuts, energy prices are not the reason this time, "
           "a spokeswoman said."),
    ("es", "La química Orlavik recortará 500 empleos. La empresa subrayó que, a diferencia del ajuste del año pasado, "
           "este recorte no se debe a los precios de la energía."),
    ("de", "Der Chemiekonzern Orlavik streicht 500 Stellen. Anders als beim Abbau im vergangenen Jahr seien die "
           "Energiepreise diesmal nicht der Grund, sagte eine Sprecherin."),
    ("fr", "Le chimiste Orlavik va supprimer 500 postes. Contrairement aux suppressions de l'an dernier, les prix de "
           "l'énergie ne sont pas en cause cette fois, a indiqué une porte-parole."),
    ("nl", "Chemiebedrijf Orlavik schrapt 500 banen. Anders dan bij de ontslagen van vorig jaar zijn de energieprijzen "
           "deze keer niet de oorzaak, zei een woordvoerster."),
    ("sv", "Kemikoncernen Orlavik varslar 500 anställda. Till skillnad från neddragningarna förra året är "
           "energipriserna inte skälet den här gången, säger en talesperson."),
]


@pytest.mark.parametrize(("lang", "text"), UNLIKE)
def test_a_cause_denied_against_an_earlier_round_is_no_stance(lang, text):
    """"Unlike last year's cuts, energy prices are not the reason this time": the denial is this round's only and
    grants the earlier round's cause; stances are set against each other whatever their round, so no claim (it was a
    denial of costs, dated last year, against the earlier round's energy prices: a hard stance row)."""
    x = extracted(lang, "Orlavik\n\n" + text)
    assert [c.quantity.value for c in x.claims if c.kind == "job_cuts"] == [500]
    assert not [c for c in x.claims if c.kind == "cause" and c.polarity == "deny"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orlavik Chemicals will cut 500 jobs. Energy prices are not the reason, a spokeswoman said."),
    ("es", "La química Orlavik recortará 500 empleos. La empresa subrayó que este recorte no se debe a los precios de "
           "la energía."),
])
def test_a_cause_denied_with_no_earlier_round_stays_denied(lang, text):
    """Guard: with no word of contrast against an earlier round the denial stands."""
    x = extracted(lang, "Orlavik\n\n" + text)
    assert [c.polarity for c in x.claims if c.kind == "cause"] == ["deny"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kolvane Paper will cut 300 jobs. Chief executive Eva Lind said no further job cuts were planned and that the "
           "savings programme was working."),
    ("de", "Die Kolvane GmbH streicht 300 Stellen. Weitere Stellenstreichungen seien nicht geplant, und das "
           "Sparprogramm greife, sagte Chefin Eva Lind."),
    ("es", "La empresa Kolvane recortará 300 empleos. Su consejera delegada Eva Lind dijo que no habrá más recortes de "
           "plantilla y que el programa de ahorro funciona."),
    ("fr", "Le groupe Kolvane va supprimer 300 postes. La directrice générale Eva Lind a assuré qu'il n'y aura pas "
           "d'autres suppressions de postes et que le plan d'économies fonctionne."),
    ("nl", "Kolvane BV schrapt 300 banen. Topvrouw Eva Lind zei dat er geen verdere ontslagen komen en dat het "
           "besparingsprogramma werkt."),
    ("sv", "Kolvane AB varslar 300 anställda. Vd Eva Lind säger att inga fler uppsägningar planeras och att "
           "besparingsprogrammet fungerar."),
])
def test_a_plan_said_to_work_is_no_cause(lang, text):
    """"and that the savings programme was working": a plan said to work gives no cause of costs (it was one,
    affirmed or, after the negation of further cuts, denied)."""
    x = extracted(lang, "Kolvane\n\n" + text)
    assert [c.quantity.value for c in x.claims if c.kind == "job_cuts"] == [300]
    assert not [c for c in x.claims if c.kind == "cause"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kolvane Paper will cut 300 jobs because its energy costs are too high, chief executive Eva Lind said."),
    ("sv", "Kolvane AB varslar 300 anställda eftersom energikostnaderna är för höga, säger vd Eva Lind."),
])
def test_a_cause_with_no_plan_said_to_work_stays(lang, text):
    """Guard: costs given as the cause stay a cause."""
    x = extracted(lang, "Kolvane\n\n" + text)
    assert [(c.object, c.polarity) for c in x.claims if c.kind == "cause"] == [("costs", "affirm")]


@pytest.mark.parametrize(("text", "day"), [
    ("Halmvik, which employs about 7,400 people, announced the cuts on March 3.", "2026-03-03"),
    ("Halmvik cuts 600 jobs on March 30.", "2026-03-30"),  # guard: a verb of cutting in the present looks ahead
])
def test_a_word_of_cutting_after_a_definite_word_is_a_noun(text, day):
    """"announced the cuts on March 3" in an article of 4 March: "the cuts" is a noun, no verb of the present looking
    ahead, so the day is this March's (it was next year's, 2027-03-03)."""
    x = extracted("en", "Halmvik\n\nHalmvik will cut 600 jobs. " + text)
    assert day in {c.when.value for c in x.claims if c.when}, [(c.kind, c.when) for c in x.claims]
