"""Constructions the eleventh round of blind stories (causes and outlooks, tests/contradictions/stories) read wrong,
in short articles the project wrote in several languages about made-up companies."""

from __future__ import annotations

import pytest

from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "cause"), [
    ("en", "Varnholt will cut 450 jobs. Chief executive Eva Lind said the decision was not without a link to AI.", "AI"),
    ("en", "Varnholt will cut 450 jobs. Automation was not without influence on the decision, chief executive Eva Lind "
           "said.", "automation"),
    ("fr", "Le groupe Varnholt va supprimer 450 postes. Selon la PDG, Eva Lind, cette décision n'est pas sans lien avec "
           "l'automatisation.", "automation"),
    ("de", "Varnholt streicht 450 Stellen. Die Automatisierung sei dabei nicht ohne Einfluss gewesen, sagte "
           "Vorstandschefin Eva Lind.", "automation"),
    ("sv", "Varnholt varslar 450 anställda. Automatiseringen är inte utan betydelse för beslutet, säger vd Eva Lind.",
     "automation"),
    ("nl", "Varnholt schrapt 450 banen. De automatisering is niet zonder invloed op het besluit, zei topvrouw Eva Lind.",
     "automation"),
])
def test_a_double_negative_affirms_the_cause(lang, text, cause):
    """"n'est pas sans lien avec l'automatisation", "nicht ohne Einfluss": a negation right before a word of without
    (`stance.without`) is cancelled by it, so the cause is affirmed (it was denied, a stance row against the company's
    own word)."""
    x = extracted(lang, "Varnholt\n\n" + text)
    causes = {(c.object, c.polarity) for c in x.claims if c.kind == "cause"}
    assert causes == {(cause, "affirm")}, causes


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Varnholt varslar 450 anställda. – Det handlar inte om AI utan om efterfrågan, säger vd Eva Lind."),
    ("en", "Varnholt will cut 450 jobs. The cuts are not about AI, chief executive Eva Lind said, without giving "
           "another reason."),
])
def test_a_word_of_without_after_other_words_cancels_nothing(lang, text):
    """"inte om AI utan om efterfrågan" is "not AI but demand": a word between the negation and "utan" leaves the
    negation standing (AI denied)."""
    x = extracted(lang, "Varnholt\n\n" + text)
    assert ("AI", "deny") in {(c.object, c.polarity) for c in x.claims if c.kind == "cause"}, x.claims
