"""Contradictions end to end on stories written blind for the project, before the rules were run on them: three to
five articles each (``stories/<set>.jsonl``), in en, nl, sv, de, fr and es, about made-up companies, in rounds of
five or six. Each set's ``<set>.expected.json`` is a closed world: every disagreement a careful reader sees
(``expect``: a row of one of the ``any`` kinds whose shown claims carry each ``match`` value, figure, time or cause,
of the ``org`` when given; ``"severity": "soft"`` where a side is only a third party's word, so a hard row there is a
hard false alarm) and the traps that are none (``traps``: rounding, a part beside its total, another round, another
period, a forecast revised, an analyst's view, an update, a subsidiary, a site's share, closures in one country
against the group's, full-time equivalents against heads, net against gross cuts). Each round's first reading, what
its rules changed and what is still missed are on record in docs/blind-readings.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.contradictions import find_contradictions
from kg.pipeline import build

STORIES = Path(__file__).resolve().parent / "stories"
SETS = sorted(p.name.removesuffix(".jsonl") for p in STORIES.glob("*.jsonl"))
FLOOR = 97  # of the 104 disagreements the stories hold, found at least this many (the first six sets' 7 all found on
# first reading; of the second five's 5, 4: the one missed is a total whose parts another outlet lists, 320 + 250 + 230
# against 900, parts no article names as parts of that total; of the third five's 7, 1 on first reading, 3 now; of the
# fourth five's 9, 2 on first reading; kestrova's once a bare name joined its long one across outlets, pellacourt's once a site's closures were one;
# solvenka's and talvora's since; of the fifth five's 10, 5 on first reading, 8 now;
# grensholm's union once a dispute inside one article was a row, mirnavel's union once a place opening its sentence
# was its figure's segment, calvetta's denial once a round denied within a week was a stance row; norvika's, meridane's
# union and ruskwell's union since; tamberlin's union once a count of those affected was the union's claim; of the sixth five's 10, 2 on first
# reading, 4 now: marquessa's once a correction's quote gave no figure, brisolde's once a total told by parts was the round;
# of the seventh five's 9, 4 on first reading, 6 now: brenmoor's works council once a place between commas left a
# site its date, its September against June once a third party's date dated not the company's word; vessberg's denial
# once "planerar inga uppsägningar" denied cuts beside another firm's figure; of the eighth five's 5, 3 on first reading, 5 now:
# quillmere's once a hyphenated company noun named the firm, vintroza's once a count denied was a round denied;
# thornegate's denial once a plain denial stood beside its firm's rumoured cuts; of the ninth five's 9, 4 on first reading, 6 now: sorvanta's once a word of remaining
# after a cut figure was another clause's, pemberlyn's union once its count in a paragraph of its own was its claim
# and of the company's scope; marquessa's union since too; of the tenth five's 6, 2 on first reading, 4 now: hestrella's
# once a Spanish "centro" closed was a site and a closure's time after "y cerrará" dated no cuts, caldrosa's once so
# "cut 1,300 jobs and close its logistics centre ... in 2026" was told the day of the range; of the eleventh five's 7, 2 on
# first reading, 3 now: gorvesta's once an outlet's later article recalling weeks before replaced not its word;
# then 74 in all: corranda's union once a word of more clauses away from its figure made it no other round, dellvik's
# once a mayor's town was no firm and "in het Belgische Bremdonk" a site, elsmark's dates once "im westfälischen
# Lengerich" was a site (its expectation taking "2027-Q4" against "2027-06" too, the two readings its note names),
# vellmora's union once a quarter a report names dated no count after it, gorvesta's union once a negotiator was a
# title; of the twelfth five's 7, 3 on first reading, 3 now: nordavel's memo, pyrelund's automation, tolvaneer's
# outlook, 4 since: rasmorin's outlook; then 84 in all: pyrelund's union once a weak cause called an excuse was
# denied, drevenhof's rumour once a leak met the announcement weeks after it, elsmark's union once "daar verdwijnen
# 90 banen" after a plant was the site's part, grensholm's 1,400 "wereldwijd" once a site's part left it the open
# scope, zellmont's Alzira once a site's closure denied was set against its closure announced later;
# of the thirteenth five's 7 (c15, results and forecasts), 6 on first reading, 7
# now: quintara's margin target once a margin before a percent was a profit in percent of aggregate "margin";
# of the fourteenth five's 6 (c16), sites and places across languages, 2 on first reading
# (dravelle's 45 against 60 stores, tordessa's union), 5 now: ambreton's March against June, kessbrand's 300 against
# 380 and tordessa's 150 against 210 once a town's names in six languages were one site)
SOFT_ALARMS = 2  # rows that are no disagreement, at most this many, and none hard (102 rows, 100 right: saltrevik's
# demand denied "rather than" automation by unnamed sources, the other face of the automation row; pemberlyn's rival's
# plants closed "last year" in one article and "vorig jaar" a year later in another)


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> dict[str, list[dict]]:
    """The rows of all stories (one store: their companies differ), by story (the prefix of their articles' ids)."""
    from kg.store import EmbeddedStore

    store = EmbeddedStore(tmp_path_factory.mktemp("stories") / "store")
    assert build([STORIES / f"{name}.jsonl" for name in SETS], store).ok
    rows: dict[str, list[dict]] = {name: [] for name in SETS}
    for row in find_contradictions(store):
        rows[row["articles"][0].split("-")[0]].append(row)
    return rows


def _matches(row: dict, expected: dict) -> bool:
    shown = {str(c[field]) for c in row["claims"] for field in ("value", "when", "object") if c[field] is not None}
    return expected.get("org", row["org"]) == row["org"] and any(
        row["kind"] == alt["kind"] and set(alt["match"]) <= shown for alt in expected["any"])


def _score(found: dict[str, list[dict]]) -> tuple[int, int, list[dict]]:
    """Disagreements expected, those found, and the rows that match none."""
    expected = found_count = 0
    alarms = []
    for name in SETS:
        expect = json.loads((STORIES / f"{name}.expected.json").read_text())["expect"]
        expected += len(expect)
        found_count += sum(any(_matches(r, e) for r in found[name]) for e in expect)
        alarms += [r for r in found[name] if not any(_matches(r, e) for e in expect)]
        alarms += [r for r in found[name] if r["severity"] == "hard"
                   and any(_matches(r, e) for e in expect if e.get("severity") == "soft")]
    return expected, found_count, alarms


def test_every_set_has_its_expectations_and_each_article_its_set():
    assert len(SETS) == 71
    for name in SETS:
        ids = [json.loads(line)["id"] for line in (STORIES / f"{name}.jsonl").read_text().splitlines()]
        assert 3 <= len(ids) <= 5 and all(i.split("-")[0] == name for i in ids)
    langs = {json.loads(line)["language"] for p in STORIES.glob("*.jsonl") for line in p.read_text().splitlines()}
    assert langs == {"en", "nl", "sv", "de", "fr", "es"}


def test_no_hard_false_alarm_and_a_floor_on_what_is_found(found):
    expected, found_count, alarms = _score(found)
    assert expected == 104
    assert not [a["explanation"] for a in alarms if a["severity"] == "hard"]
    assert len(alarms) <= SOFT_ALARMS, [a["explanation"] for a in alarms]
    assert found_count >= FLOOR
