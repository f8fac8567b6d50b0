"""Event resolution: claims from many articles about the same happening -> one Announcement.

Runs over the store after articles are written and replaces the resolution graph in one transaction.
"""

from __future__ import annotations

from collections import defaultdict

from kg.mapping import RESOLUTION_GRAPH, announcement_quads, time_of
from kg.queries import term_value
from kg.records import Announcement

_CLAIMS = """
PREFIX nkg: <https://w3id.org/news-kg/ontology#>
SELECT ?claim ?org ?kind ?when WHERE {
  GRAPH ?g { ?claim a nkg:Claim ; nkg:organization ?o ; nkg:kind ?kind . ?o <https://schema.org/name> ?org .
             OPTIONAL { ?claim nkg:when ?when } }
}"""


def resolve_events(store) -> int:
    """Group claims on (organisation, kind, time) and write the announcements; return their number."""
    groups: dict[tuple, list[str]] = defaultdict(list)
    for s in store.query(_CLAIMS):
        when = term_value(s["when"])
        groups[(term_value(s["org"]), term_value(s["kind"]), when)].append(s["claim"].value)
    announcements = [
        Announcement(org=org, kind=kind, when=_time(when), claims=tuple(sorted(claims)),
                     reason="same organisation, kind and time")
        for (org, kind, when), claims in sorted(groups.items(), key=lambda kv: tuple(str(x) for x in kv[0]))
    ]
    store.replace_graph(RESOLUTION_GRAPH, announcement_quads(announcements))
    return len(announcements)


def _time(value):
    if not value:
        return None
    if "-Q" in value:
        from kg.records import TimeRef
        return TimeRef(value, "quarter")
    return time_of(value)
