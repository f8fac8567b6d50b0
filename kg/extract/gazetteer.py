"""Known organisations, publishers, brands and places, read from ``gazetteer.toml`` next to this module, every
listed company named by two words or more (``listed.txt``: "Bank of America", "Western Union"), and every country,
continent and union of the shipped Wikidata table."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.extract.lang import TOKEN
from kg.extract.wordlists import listed
from kg.lexicon import across, lexicon
from kg.resources import ontology_file

GAZETTEER_FILE = Path(__file__).resolve().parent / "gazetteer.toml"
SECTION_TYPES = {"org": "organization", "publisher": "publisher", "place": "place"}


@dataclass(frozen=True)
class Known:
    name: str
    type: str
    parent: str | None = None


@dataclass(frozen=True)
class Gazetteer:
    by_name: dict[str, Known]
    by_first: dict[str, tuple[tuple[tuple[str, ...], Known], ...]]  # first token -> (alias tokens, entry), longest first


@cache
def _data() -> dict:
    with GAZETTEER_FILE.open("rb") as f:
        return tomllib.load(f)


@cache
def gazetteer() -> Gazetteer:
    data = _data()
    by_name: dict[str, Known] = {}
    aliases: dict[str, list[tuple[tuple[str, ...], Known]]] = {}
    for section, default_type in SECTION_TYPES.items():
        for entry in data.get(section, []):
            known = Known(entry["name"], entry.get("type", default_type), entry.get("parent"))
            by_name.setdefault(known.name, known)
            for alias in [known.name, *entry.get("aliases", [])]:
                toks = tuple(TOKEN.findall(alias))
                if toks:
                    aliases.setdefault(toks[0], []).append((toks, by_name[known.name]))
    given = {n.lower() for n in across("entities", "first_names")}
    for words in sorted(listed()):  # a person's name as likely when it opens with a given name ("Charles Schwab");
        # a known company's name and a business word ("Siemens Energy") is read as such names are (entities)
        if len(words) > 1 and words[0].lower() not in given and (name := " ".join(words)) not in by_name and not any(
                alias == words[:1] and known.type == "organization" for alias, known in aliases.get(words[0], ())):
            by_name[name] = Known(name, "organization")
            aliases.setdefault(words[0], []).append((tuple(TOKEN.findall(name)), by_name[name]))
    for name, names in _places():
        known = by_name.setdefault(name, Known(name, "place"))
        for alias in names:
            toks = tuple(TOKEN.findall(alias))
            if toks and alias.lower() not in given:  # "Chad", "Jordan": given names as often as countries
                aliases.setdefault(toks[0], []).append((toks, known))
    by_first = {k: tuple(sorted(dict.fromkeys(v), key=lambda a: -len(a[0]))) for k, v in aliases.items()}
    return Gazetteer(by_name, by_first)


@cache
def place_names() -> dict[str, str]:
    """Every name of a known place (a city's exonyms too: "Cologne", "Colonia") to its canonical name ("Köln")."""
    return {alias: entry["name"] for entry in _data().get("place", []) for alias in [entry["name"], *entry.get("aliases", [])]}


def _places() -> list[tuple[str, set[str]]]:
    """Every country, continent and union of the shipped Wikidata table (``ontology/wikidata.jsonl``), by its
    English name, with its names and aliases in every language, each as written in running text too."""
    out = []
    with ontology_file("wikidata.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row.get("type") == "place" and row.get("labels", {}).get("en"):
                names = {(code, n) for code, n in row["labels"].items()} | {
                    (code, a) for code, v in row.get("aliases", {}).items() for a in v}
                out.append((row["labels"]["en"], {w for code, n in names for w in _written(code, n)}))
    return out


def _written(code: str, name: str) -> set[str]:
    """A place's name of several words as articles write it: its later words in lower case too ("République
    tchèque", "Arabie saoudite"), and inflected after an article as the language's data says (German
    ``entities.place_inflections``: "in der Tschechischen Republik", "im Vereinigten Königreich")."""
    words = name.split(" ")
    if len(words) < 2:
        return {name}
    forms = {name, " ".join([words[0], *(w.lower() for w in words[1:])])}
    inflections = lexicon(code).get("entities", {}).get("place_inflections", [])
    inflected = [next((w[:-len(a)] + b for a, b in inflections if w[:1].isupper() and w.endswith(a)), w)
                 for w in words[:-1]]
    return forms | {" ".join([*inflected, words[-1]])}
