"""Stance: a cause of an organisation's cuts (AI, automation, costs ...) affirmed by some and denied by others,
whatever their dates (a stance taken back later is the point).

Topics: one per organisation and cause. Sides: the affirmations and the denials, each with every article
and speaker behind it. A topic is firm when one speaker is on both sides (the CEO's memo and his later denial).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from kg.contradictions.base import Resolved, side
from kg.records import Topic

KIND = "stance"

SHAPES = """
nkg:StanceSide a owl:Class ; rdfs:subClassOf nkg:Side ;
    rdfs:comment "The claims affirming, or those denying, one cause of an organisation's cuts."@en .

nkgsh:StanceSideShape a sh:NodeShape ;
    sh:targetClass nkg:StanceSide ;
    sh:property [ sh:path nkg:statedPolarity ; sh:minCount 1 ; sh:maxCount 1 ; sh:in ( "affirm" "deny" ) ] .
"""


def topics(resolved: Resolved) -> Iterator[Topic]:
    sides = defaultdict(lambda: defaultdict(list))
    for c in resolved.claims:
        if c.kind == "cause" and c.object and c.polarity in ("affirm", "deny"):
            sides[(c.org, c.object)][c.polarity].append(c)
    for (org, obj), by in sorted(sides.items()):
        if not by["affirm"] or not by["deny"]:
            continue
        both = {c.speaker for c in by["affirm"] if c.speaker} & {c.speaker for c in by["deny"] if c.speaker}
        note = f"{', '.join(sorted(both))} on both sides" if both else "different speakers"
        yield Topic(KIND, obj, org, f"cause: {obj}",
                    tuple(side(by[p], None, lambda m, p=p, obj=obj: f"{p}s {obj}", polarity=p) for p in ("affirm", "deny")),
                    note=note, firm=bool(both))
