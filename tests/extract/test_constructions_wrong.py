"""Wrong claims the two hundred blind articles still made (x22), in short articles the project wrote in several
languages about made-up organisations: each test names the claims the article gives, or the ones it must not."""

from __future__ import annotations

import pytest

from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Corbridge Engineering to cut 300 jobs\n\nCorbridge Engineering, the Leeds-based maker of pumps, is to cut "
           "300 jobs. Corbridge's revenue rose to £820m last year. Shares in Corbridge fell 5 per cent.\n\nIt is the "
           "second round of cuts at Corbridge in three years.",
     "Corbridge Engineering"),
    ("sv", "Halden Verkstäder varslar 120\n\nHalden Verkstäder varslar 120 anställda i Gävle. I fjol ökade Haldens "
           "omsättning till 2,1 miljarder kronor. Aktien i Halden föll.\n\nDet är den andra neddragningen på Halden på "
           "tre år.", "Halden Verkstäder"),
    ("de", "Teltwerk Maschinenbau streicht 200 Stellen\n\nDie Teltwerk Maschinenbau streicht 200 Stellen. Im Jahr 2025 "
           "sank Teltwerks Umsatz auf 410 Millionen Euro. Die Aktie von Teltwerk verlor.\n\nEs ist die zweite Sparrunde "
           "bei Teltwerk in drei Jahren.", "Teltwerk Maschinenbau"),
])
def test_a_genitive_before_a_result_is_the_full_names(lang, text, org):
    """A firm's bare name in the genitive before a result's money word, the full name written elsewhere ("Corbridge's
    revenue" beside "Corbridge Engineering", the bare name after "cuts at" too), is the full name's mention, as its
    other bare uses are (was: the result given to an organisation "Corbridge")."""
    x = extracted(lang, text)
    assert {c.org for c in x.claims} == {org}, [(c.kind, c.org) for c in x.claims]
    assert any(c.kind == "revenue" for c in x.claims)
    assert {e.name for e in x.entities if e.type == "organization"} == {org}


@pytest.mark.parametrize(("lang", "text", "parent", "sub"), [
    ("de", "Die Stadtwerke Brakel streichen 120 Stellen. Nicht betroffen ist die Tochtergesellschaft Brakel Netz GmbH. "
           "Die Stadtwerke Brakel verkaufen zudem zwei Bäder. Die Netztochter beschäftigt derzeit 380 Mitarbeiter.",
     "Stadtwerke Brakel", "Brakel Netz"),
    ("en", "Halvern Utilities will cut 120 jobs. Its subsidiary Halvern Grid is not affected. Halvern Utilities will "
           "also sell two depots. The subsidiary employs 380 people.", "Halvern Utilities", "Halvern Grid"),
])
def test_a_sentence_opening_with_a_subsidiarys_word_is_the_subsidiarys(lang, text, parent, sub):
    """A sentence naming no organisation that opens with a determiner and a subsidiary's word (`entities.subsidiary`,
    a compound of it too: "Die Netztochter", "The subsidiary") is about the one subsidiary named before it (was: its
    staff the parent's, the last named but one)."""
    x = extracted(lang, text)
    assert {(c.kind, c.org, c.quantity.value) for c in x.claims} == {("job_cuts", parent, 120), ("workforce", sub, 380)}
