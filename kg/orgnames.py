"""Which organisations of a store a user means by a name: its stored name, any case or accents, an alias
from the linking table, its Wikidata QID, or the first words of its name ("Vantor" for "Vantor Logistics").

Named queries and exports compare the ``org`` parameter with stored names exactly (an index lookup), so
what a user types is first turned into the stored names it stands for (``match``); ``nearest`` suggests
names when nothing matches.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from pyoxigraph import Literal

from kg.link.names import normalise
from kg.sparql import values_block

_QID = re.compile(r"^[Qq][1-9][0-9]*$")
_EXACT = "ASK {{ {} ?o schema:name ?name ; a nkg:Organization }}"  # VALUES: an index lookup
_ALL = """SELECT DISTINCT ?name ?wd WHERE {
  ?o a nkg:Organization ; schema:name ?name .
  OPTIONAL { ?o owl:sameAs ?wd }
}"""


def _organisations(store) -> list[tuple[str, str | None]]:
    """(name, QID or None) of every organisation in the store."""
    out = []
    for row in store.query(_ALL):
        wd = row["wd"]
        out.append((row["name"].value, wd.value.rsplit("/", 1)[-1] if wd is not None else None))
    return out


def _aliases(qids: set[str]) -> dict[str, set[str]]:
    """QID -> the normalised names the linking table knows for it."""
    from kg.link import default_linker

    table = default_linker().table
    return {q: {normalise(n) for n in table.items[q].names()} for q in qids if q in table}


def match(store, given: str) -> list[str]:
    """The stored organisation names ``given`` stands for, in order, or [] when it matches none.

    Tried in turn, the first that finds any: the exact stored name; a QID; the name, case, accents and
    punctuation aside, or an alias of its QID in the linking table; the leading words of a name.
    """
    if store.query(_EXACT.format(values_block(["name"], [[Literal(given)]]))):
        return [given]
    orgs = _organisations(store)
    if _QID.match(given.strip()):
        return sorted({name for name, qid in orgs if qid == given.strip().upper()})
    key = normalise(given)
    if not key:
        return []
    aliases = _aliases({qid for _, qid in orgs if qid})
    found = {name for name, qid in orgs if normalise(name) == key or key in aliases.get(qid, ())}
    if not found:
        found = {name for name, _ in orgs if normalise(name).startswith(key + " ")}
    return sorted(found)


def nearest(store, given: str, n: int = 3) -> list[str]:
    """The stored organisation names closest to ``given``, case and accents aside (for a 'did you mean')."""
    keys = {_plain(name): name for name in sorted({name for name, _ in _organisations(store)})}
    return [keys[k] for k in difflib.get_close_matches(_plain(given), list(keys), n=n, cutoff=0.4)]


def _plain(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
