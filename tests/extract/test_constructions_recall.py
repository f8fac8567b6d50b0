"""Constructions the newest blind sets and story sets still missed (x19's list), in short articles the project wrote in
several languages about made-up companies: each expectation names every claim the article gives (kind, figure,
unit)."""

from __future__ import annotations

import pytest

from extract.test_constructions import extracted


def _stances(x) -> list[tuple]:
    return [(c.org, c.polarity, c.object) for c in x.claims if c.kind == "layoff_outlook"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Freight firm Ostervik denied the report. \"There are no plans to cut jobs,\" a spokesperson said. A trade "
           "paper had reported on Monday that Ostervik would cut 600 jobs, according to people familiar with the matter."),
    ("nl", "Vervoerder Ostervik ontkent het bericht. \"Er zijn geen plannen om banen te schrappen\", zei een "
           "woordvoerder. Een vakblad meldde maandag op basis van ingewijden dat Ostervik 600 banen zou schrappen."),
    ("de", "Der Spediteur Ostervik weist den Bericht zurück. „Es gibt keine Pläne, Stellen abzubauen“, sagte ein "
           "Sprecher. Eine Fachzeitung hatte am Montag unter Berufung auf Insider berichtet, das Unternehmen "
           "wolle 600 Stellen streichen."),
    ("en", "Freight firm Ostervik reported higher revenue. In 2023 Ostervik cut 450 jobs when it closed its Radley hub. "
           "There are no plans to cut jobs, a spokesperson said."),
    ("nl", "Vervoerder Ostervik boekte een hogere omzet. In 2023 sloot Ostervik zijn depot in Radley, waarbij 450 banen "
           "verdwenen. Er zijn geen plannen om banen te schrappen, zei een woordvoerder."),
])
def test_a_plain_denial_stands_beside_a_rumour_or_an_older_round(lang, text):
    """A plain denial ("no plans to cut jobs") stands beside a figure of its firm that is a rumour (a report it
    answers) or a round of an earlier year: neither is cuts it makes now (was: any figure of the firm blocked it)."""
    x = extracted(lang, "Ostervik\n\n" + text)
    assert _stances(x) == [("Ostervik", "deny", "any")], _stances(x)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Freight firm Ostervik will cut 400 jobs this year. There are no plans to cut jobs at its Radley hub, a "
           "spokesperson said."),
    ("nl", "Vervoerder Ostervik schrapt dit jaar 400 banen. Er komen geen ontslagen, zei een woordvoerder."),
])
def test_a_plain_denial_beside_the_firms_cuts_of_this_year_is_none(lang, text):
    """The firm's own cuts told as made now still block it: "no layoffs" tells how they are made."""
    assert _stances(extracted(lang, "Ostervik\n\n" + text)) == []
