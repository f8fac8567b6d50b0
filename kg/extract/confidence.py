"""How strong the evidence for a claim is, from 0 to 1: the ``confidence`` of the claims table.

A claim starts from a prior for what its kind rests on (``PRIOR``); it loses when its organisation is only
the article's topic, not named in its sentence, and gains when a speaker is named for it and when the
article says it again (``merged``). Claims below ``MIN`` are not made: where the evidence is weak the
extractor abstains. The contradiction stage reads the confidence to tell hard disagreements from soft ones.
"""

from __future__ import annotations

PRIOR = {
    "stated": 0.9,  # its noun and its verb in its own clause: "cut 1,600 jobs", "employs 6,500", "revenue of $4bn"
    "counted": 0.85,  # a noun that counts cuts: "850 redundancies", "20,000 job cuts"
    "change": 0.85,  # a part of a change: "from 5,000 to 3,800", "by 15%", "factories from 17 to 10"
    "share": 0.85,  # a share of the staff beside a cut: "6% of its workforce"
    "linked": 0.8,  # a cause tied to cuts in their sentence, or by a causal word: "cuts due to weak demand"
    "listed": 0.75,  # the next of a list: "another 400 in Västerås"
    "gapped": 0.75,  # another organisation's, its verb and noun left out: "cuts 300 jobs and Kestrova 200"
    "outlook": 0.75,  # an expectation about further cuts
    "context": 0.7,  # the cut named only in the sentences around it
    "sentence": 0.7,  # a money word outside the figure's clause
    "compared": 0.7,  # the measure before a figure compared with: "un objetivo de 3.000 millones, frente a 2.500"
    "trend": 0.7,  # a cause made by a word of change beside a common noun: "poor sales", "afnemende vraag"
    "bare": 0.65,  # a count with no noun, the cuts named around it: "out of a total of 35,000 due to be shed"
    "trouble": 0.6,  # an organisation's troubles in an article about its cuts: "heeft last van hoge kosten"
    "replaced": 0.6,  # work done instead of people: "the AI does the work of 700 agents"
}
MIN = 0.5
TOPIC_ONLY = 0.1  # less when the organisation is the article's topic, not named in the sentence
SPEAKER = 0.05  # more when someone is named as saying it
REPEATED = 0.05  # more for each further mention of the same claim in the article
CEILING = 0.95


def confidence(basis: str, named: bool, speaker: bool) -> float:
    value = PRIOR[basis] - (0 if named else TOPIC_ONLY) + (SPEAKER if speaker else 0)
    return round(min(CEILING, value), 2)


def merged(values: list[float]) -> float:
    """One claim said several times in an article: the surest mention, a little surer for the others."""
    return round(min(CEILING, max(values) + REPEATED * (len(values) - 1)), 2)
