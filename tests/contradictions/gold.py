"""Claims of ../shared/eval/seeds-gold.jsonl made into Extraction records over the seed articles, so the
resolution and contradiction layers can be checked on the seeds independently of the extractor."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kg.lexicon import lexicon
from kg.read import read_paths
from kg.records import Article, Claim, Entity, Extraction, Quantity, TimeRef


def _time(value: str | None) -> TimeRef | None:
    if not value:
        return None
    precision = "quarter" if "-Q" in value else {10: "day", 7: "month", 4: "year"}[len(value)]
    return TimeRef(value, precision)


def _aggregate(fact: dict, language: str | None) -> str | None:
    """Gold facts carry no aggregate: cuts named a goal ("goal of laying off 30,000") are the whole plan, as the
    extractor marks them (the lexicon's target words)."""
    targets = lexicon(language or "en").get("claims", {}).get("target", [])
    words = set(re.findall(r"\w+", fact["quote_fragment"].lower()))
    return "total" if fact["kind"] == "job_cuts" and words & set(targets) else None


def gold_extractions(shared: Path) -> list[Extraction]:
    articles = {a.id: a for a in read_paths([shared / "corpus" / "seeds"]) if isinstance(a, Article)}
    facts: dict[str, list[dict]] = {}
    for line in (shared / "eval" / "seeds-gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            fact = json.loads(line)
            facts.setdefault(fact["article"], []).append(fact)
    out = []
    for article_id, article_facts in sorted(facts.items()):
        article = articles[article_id]
        claims, names = [], {}
        for f in article_facts:
            fragment = f["quote_fragment"].replace("\\$", "$")
            start = article.text.find(fragment)
            if start < 0:
                continue
            quantity = None
            if "value" in f or "low" in f:
                quantity = Quantity(f["unit"], value=f.get("value"), low=f.get("low"), high=f.get("high"),
                                    approx=f.get("approx", False), bound=f.get("bound"))
            claims.append(Claim(f["kind"], f["org"], fragment, start, start + len(fragment), quantity=quantity,
                                when=_time(f.get("when")), modality=f.get("modality", "reported"),
                                polarity=f.get("polarity"), object=f.get("object") if f["kind"] == "cause" else None,
                                segment=f.get("segment"), speaker=f.get("speaker"), confidence=0.9,
                                aggregate=_aggregate(f, article.language), timing="stated" if f.get("when") else None))
            names[f["org"]] = "organization"
            if f.get("speaker"):
                names[f["speaker"]] = "person"
        out.append(Extraction(article, entities=[Entity(n, t) for n, t in names.items()], claims=claims))
    return out
