"""Constructions the eighth round of blind stories (causes and stances, tests/contradictions/stories) read wrong or
missed, in short articles the project wrote in several languages about made-up companies."""

from __future__ import annotations

import pytest

from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "Chemicals group Varnholt will cut 3,400 jobs, about 7 percent of its 48,000 staff. Most of the jobs will go "
           "in Germany, where Varnholt employs about 19,000 people.", "Germany"),
    ("de", "Der Chemiekonzern Varnholt streicht 3.400 Stellen, etwa 7 Prozent seiner 48.000 Beschäftigten. Betroffen "
           "ist vor allem Frankreich, wo Varnholt rund 19.000 Menschen beschäftigt.", "France"),
    ("fr", "Le chimiste Varnholt va supprimer 3 400 postes, soit environ 7 % de ses 48 000 salariés. La plupart des "
           "postes seront supprimés en Espagne, où Varnholt emploie quelque 19 000 personnes.", "Spain"),
    ("sv", "Kemikoncernen Varnholt varslar 3 400 anställda, omkring 7 procent av de 48 000 anställda. De flesta "
           "tjänsterna försvinner i Tyskland, där Varnholt har omkring 19 000 anställda.", "Germany"),
])
def test_a_figure_in_a_relative_clause_after_a_place_is_of_that_place(lang, text, place):
    """"in Germany, where Varnholt employs about 19,000 people": a figure in a relative clause opened right after a
    place is that place's (it was the group's workforce, and set against the 3,400 as 7 percent)."""
    x = extracted(lang, "Varnholt\n\n" + text)
    staff = {c.quantity.value: c.segment for c in x.claims if c.kind == "workforce"}
    assert staff == {48000: None, 19000: place}, staff


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Chefin des Software-Anbieters Varnholt, Eva Lind, hat den Abbau von 1.200 Stellen angekündigt."),
    ("de", "Der Möbel-Händler Varnholt streicht 1.200 Stellen, wie das Unternehmen mitteilte."),
    ("nl", "De software-leverancier Varnholt schrapt 1.200 banen, zo maakte het bedrijf dinsdag bekend."),
])
def test_a_hyphenated_company_noun_names_the_firm_after_it(lang, text):
    """"des Software-Anbieters Varnholt": a hyphenated compound is the company noun its joined form is ("*anbieters"),
    so the name after it is the firm (it was a person, "Anbieters Varnholt", and the cuts went to no one or a rival)."""
    x = extracted(lang, "Varnholt\n\n" + text)
    assert {(c.kind, c.org, c.quantity.value) for c in x.claims} == {("job_cuts", "Varnholt", 1200)}, x.claims


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Bolaget Varnholt varslar 450 anställda. Som skäl anger bolaget den minskade efterfrågan, säger vd Johan "
           "Ekwall. Enligt avdelningsordföranden i Eskilstuna, Camilla Rydén, är det egentliga skälet automatiseringen "
           "av lagret, där bolaget har installerat robotar."),
    ("fr", "Le groupe Varnholt va supprimer 450 postes. La direction invoque la baisse de la demande, a déclaré le PDG "
           "Johan Ekwall. Selon la responsable de la section d'Eskilstuna, Camilla Rydén, la vraie raison est "
           "l'automatisation de l'entrepôt, où le groupe a installé des robots."),
    ("nl", "Varnholt schrapt 450 banen. Het bedrijf wijst op de dalende vraag, zei topman Johan Ekwall. Volgens de "
           "afdelingsvoorzitter in Eskilstuna, Camilla Rydén, is de echte reden de automatisering van het magazijn, "
           "waar het bedrijf robots heeft geplaatst."),
])
def test_a_sentence_opening_with_according_to_carries_no_earlier_speaker(lang, text):
    """"Enligt avdelningsordföranden i Eskilstuna, Camilla Rydén, är det egentliga skälet automatiseringen": a sentence
    opening with a word of "according to" names its own source, so the chief executive quoted before is not the
    speaker of its cause (he was, on both sides of a cause he never gave)."""
    x = extracted(lang, "Varnholt\n\n" + text)
    causes = {(c.object, c.speaker) for c in x.claims if c.kind == "cause"}
    assert ("demand", "Johan Ekwall") in causes and ("automation", "Johan Ekwall") not in causes, causes


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The 450 job cuts that Varnholt announced this week are driven by automation, according to three people "
           "familiar with the company's plans."),
    ("en", "Varnholt said on Monday it would cut 450 jobs. The cuts are driven by automation, according to people "
           "familiar with the matter."),
])
def test_a_cause_told_by_unnamed_sources_is_no_named_speakers(lang, text):
    """"..., according to three people familiar with the company's plans": unnamed sources give the cause, not the
    company that "announced" the cuts (it was, and stood on both sides of its own cause); with no name of the firm in
    the sentence, nobody's."""
    x = extracted(lang, "Varnholt\n\n" + text)
    assert not [c for c in x.claims if c.kind == "cause" and c.speaker], x.claims
