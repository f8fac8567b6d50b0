"""Cuts reported, then denied by the company within a week ("is not planning any layoffs" the day after an outlet
reported a round): a stance row, soft when the report is a rumour; a denial of further cuts only, or one told months
later, gives none. End to end, extractor included, on articles written for the project about made-up companies."""

from __future__ import annotations

import pytest
from contradictions.built import contradictions_of, news

from kg.extract import extract
from kg.records import Article

ARTICLES = [
    news("orsavik-en-1", "2026-03-02", "Furniture maker Orsavik plans to cut 300 jobs, people familiar with the "
                                           "matter said."),
    news("orsavik-de-2", "2026-03-03", "Orsavik plant keinen Stellenabbau, sagte ein Sprecher am Dienstag."),
    news("brask-en-1", "2026-05-04", "Brask will cut 200 jobs, the company said on Monday."),
    news("brask-sv-2", "2026-05-05", "Det kommer inga fler uppsägningar på Brask, sade en talesperson på tisdagen."),
    news("quenmoor-en-1", "2026-01-10", "Quenmoor plans to cut 400 jobs, people familiar with the matter said."),
    news("quenmoor-nl-2", "2026-03-20", "'Er komen geen ontslagen bij Quenmoor', zei een woordvoerder vrijdag."),
]


@pytest.mark.parametrize(("lang", "text", "obj"), [
    ("en", "Orsavik is not planning any layoffs, a spokeswoman said on Tuesday.", "any"),
    ("de", "Orsavik plant keinen Stellenabbau, sagte ein Sprecher am Dienstag.", "any"),
    ("nl", "'Er komen geen ontslagen bij Orsavik', zei een woordvoerder dinsdag.", "any"),
    ("sv", "Orsavik planerar inga uppsägningar, sade en talesperson på tisdagen.", "any"),
    ("es", "Orsavik no contempla despidos, dijo un portavoz el martes.", "any"),
    ("sv", "Det kommer inga fler uppsägningar på Orsavik, sade en talesperson på tisdagen.", None),
])
def test_cuts_denied_with_no_word_of_more_deny_any_cuts(lang, text, obj):
    article = Article(id="x", language=lang, published="2026-03-03", publisher="P", title="", text=text)
    [claim] = extract(article).claims
    assert (claim.kind, claim.polarity, claim.object) == ("layoff_outlook", "deny", obj)


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> list[dict]:
    return contradictions_of(tmp_path_factory.mktemp("denials"), ARTICLES)


def test_a_rumoured_round_denied_the_next_day_is_a_soft_stance_row(found):
    [row] = [r for r in found if r["org"] == "Orsavik"]
    reported, denied = row["claims"]
    assert (row["kind"], row["severity"]) == ("stance", "soft")
    assert (reported["value"], reported["article"]) == (300, "orsavik-en-1")
    assert (denied["polarity"], denied["article"]) == ("deny", "orsavik-de-2")
    assert "denied 1 day(s) after the first report; soft: the report is only rumoured" in row["explanation"]


def test_no_further_cuts_or_a_denial_months_later_gives_no_row(found):
    assert not [r["explanation"] for r in found if r["org"] in ("Brask", "Quenmoor")]
