"""Extraction: an article in, an ``Extraction`` (mentions, entities, roles, claims) out. No RDF here.

A pipeline of small components over one ``Doc`` (think spaCy): figures, times, entities and roles,
then claims from figures, store closures, causes and outlooks; duplicates are merged last. What a
language says lives in ``kg/lexicons/<lang>.toml``; known names in ``gazetteer.toml``.
"""

from __future__ import annotations

from datetime import date

from kg.extract.confidence import MIN, confidence, merged
from kg.extract.context import ClaimContext
from kg.extract.doc import Doc
from kg.extract.entities import find_entities
from kg.extract.figures import (
    ACCOUNTS,
    ClaimDraft,
    asked,
    closure_segments,
    evolve,
    figure_claims,
    same_figure,
    store_claims,
)
from kg.extract.identity import one_name
from kg.extract.lang import lang_data
from kg.extract.numbers import find_quantities
from kg.extract.stances import cause_claims, outlook_claims
from kg.extract.times import find_times, published_time
from kg.orgkeys import identity, stem
from kg.records import Article, Claim, Entity, Extraction, Mention, Quantity, Span, TimeRef

__all__ = ["extract"]

STANCES = ("cause", "layoff_outlook")  # the kinds of a stance: never two rounds, never two voices


def extract(article: Article) -> Extraction:
    """Run the extraction pipeline over one article."""
    doc = Doc(article, lang_data(article.language), published_time(article.published))
    find_quantities(doc)
    find_times(doc)
    find_entities(doc)
    doc.entities = [m for m in doc.entities if not doc.sentence_at(m.start).note]  # "(Corrects ...)": no firm
    ctx = ClaimContext(doc)
    figures = [d for d in figure_claims(doc, ctx) if not asked(doc, d)]
    drafts = figures + [d for d in store_claims(doc, ctx) if not asked(doc, d)]
    closure_segments(drafts)
    drafts += cause_claims(doc, ctx)
    cuts = [d for d in figures if d.claim.kind == "job_cuts"]
    drafts += outlook_claims(doc, ctx, {d.sent.index for d in cuts},
                             frozenset(d.claim.org for d in cuts if not _deniable(d, doc.published)),
                             frozenset(d.sent.index for d in cuts if d.claim.modality == "denied"))
    drafts = [d for d in drafts if not d.sent.note]  # an editor's note in brackets tells of the story, not the news
    told = {d.claim.kind for d in drafts if not d.sent.correction}  # "Correctie: ... stond dat er 160 banen verdwijnen.
    drafts = [d for d in drafts if not (d.sent.correction and d.claim.kind in told)]  # Dat moet 140 zijn": the body's
    for d in drafts:
        d.claim = evolve(d.claim, confidence=confidence(d.basis, d.named, bool(d.claim.speaker)),
                         timing=_timing(d, doc.published), told=d.told)
    claims = [_not_after(c, doc.published) for c in merge([d for d in drafts if d.claim.org], doc.published)
              if c.confidence >= MIN]
    entities, roles, claims = one_name(_entities(doc), list(doc.roles), claims)
    return Extraction(article=article, mentions=_mentions(doc), entities=entities, roles=roles, claims=claims)


def _deniable(d: ClaimDraft, published: TimeRef | None) -> bool:
    """A cut figure a plain denial of its firm stands beside: rumoured ("a trade paper reported, citing insiders, that
    it would cut 700 jobs"), denied ("Att vi skulle säga upp 200 personer stämmer helt enkelt inte"), a third party's
    (a union's "omkring 200 jobb kunde vara hotade"), or a round of a year before the article's ("In 2024 it closed its
    Leeds hub, and 450 jobs went"); not the firm's own cuts, which "no layoffs" beside tells how they are made."""
    if d.claim.modality in ("rumoured", "denied") or d.third_party:
        return True
    when = d.claim.when
    return bool(published and when and int(when.interval[1][:4]) < int(published.value[:4]))


def merge(drafts: list[ClaimDraft], published: TimeRef | None = None) -> list[Claim]:
    """One claim per figure or stance an article states, however often it repeats it.

    The same figure told twice with days of its own, before ``published`` and more than a week apart, is two rounds
    of one size ("another 500 jobs, after 500 cuts announced in November"): two claims.

    A repeated figure keeps its first quote, the most precisely placed time among its mentions, the first
    modality other than the default said in the body (else in a headline), and the speaker most surely
    identified (named with a verb of saying before one inferred from who acts); a repeated stance keeps the mention
    whose speaker is most surely identified, at the time most precisely given among its mentions.
    """
    groups: list[list[ClaimDraft]] = []
    candidates: dict[tuple, list[list[ClaimDraft]]] = {}  # groups by what _same needs equal: only these can match
    for d in sorted(drafts, key=lambda d: (d.claim.start, d.start)):
        bucket = candidates.setdefault(_same_key(d.claim), [])
        for group in bucket:
            if _same(group[0].claim, d.claim) and (d.claim.kind in STANCES or not any(
                    _two_rounds(g, d, published) or _two_voices(g, d) for g in group)):  # a stance is never two
                group.append(d)
                break
        else:
            groups.append([d])
            bucket.append(groups[-1])
    out: list[tuple[int, Claim]] = []
    for group in groups:
        first = group[0].claim
        sure = merged([d.claim.confidence for d in group])
        if first.kind in STANCES:
            best = min(group, key=lambda d: d.speaker_rank)
            timed = min(group, key=lambda d: d.when_rank)  # "En 2022, ... para remplazarlos por un chatbot"
            segment = next((d.claim.segment for d in group if d.claim.segment), None)  # "further cuts in Germany"
            out.append((best.claim.start, evolve(best.claim, when=timed.claim.when, timing=timed.claim.timing,
                                                 segment=segment, confidence=sure)))
            continue
        timed = min(group, key=lambda d: (d.horizon != "beyond", not d.horizon, d.when_rank))
        # a plan's horizon before the day it was told; a round said to run past it ("16 000 postes, dont 12 000 durant
        # les deux prochaines années") before a headline's horizon: the headline compresses
        told = min((d for d in group if d.told), key=lambda d: d.when_rank, default=timed).told
        modality = next((d.claim.modality for d in sorted(group, key=lambda d: d.sent.heading)
                         if d.claim.modality != "reported"), first.modality)  # a headline compresses: body first
        speaker = min(group, key=lambda d: (d.claim.speaker is None, d.speaker_rank)).claim.speaker
        body = [d for d in group if not d.sent.heading]
        third = all(d.third_party for d in body or group)  # "X sparkar 150" over "..., uppger Unionen": the union's word
        if body and third:
            modality, speaker = body[0].claim.modality, body[0].claim.speaker
        source = next((d.claim.source_cited for d in group if d.claim.source_cited), None)
        segment = next((d.claim.segment for d in group if d.claim.segment), None)
        quantity = first.quantity
        if quantity is not None:  # a headline rounds; the body says "about"
            quantities = [d.claim.quantity for d in group if d.claim.quantity]
            quantity = evolve(quantity, approx=any(q.approx for q in quantities),
                               bound=next((q.bound for q in quantities if q.bound), None))
        aggregate = next((d.claim.aggregate for d in group if d.claim.aggregate), None)
        out.append((first.start, evolve(first, quantity=quantity, when=timed.claim.when, timing=timed.claim.timing,
                                         told=told, modality=modality,
                                         speaker=speaker, source_cited=source, segment=segment, aggregate=aggregate,
                                         confidence=sure, third_party=third)))
    return [c for _, c in sorted(out, key=lambda x: x[0])]


def _two_voices(a: ClaimDraft, b: ClaimDraft) -> bool:
    """The company's word and a third party's on different times, the third party's dated by its own clause or
    sentence ("fermera son entrepôt de Valence le 30 septembre" and "Selon la CGT, l'entrepôt fermera dès juillet"):
    a date disputed, not one statement repeated; nor is the company's word with no date of its own dated by the third
    party's ("schließt sein Werk in X. Nach Angaben des Betriebsrats soll das Werk im März 2027 schließen")."""
    third = a if a.third_party else b
    return (a.third_party != b.third_party and a.claim.kind not in STANCES
            and None not in (a.claim.when, b.claim.when) and a.claim.when != b.claim.when
            and third.when_rank[0] <= 1)


def _two_rounds(a: ClaimDraft, b: ClaimDraft, published: TimeRef | None) -> bool:
    """Two mentions of one figure dated by their own clause or sentence (no horizon, no cuts spoken of as known), both
    by the article's day, whose days lie more than a week apart: no single event of one article."""
    if published is None or a.claim.kind in STANCES:
        return False
    days = []
    for d in (a, b):
        if d.claim.when is None or d.when_rank[0] > 1 or d.horizon or d.known:
            return False
        first, last = (date.fromisoformat(x) for x in d.claim.when.interval)
        if last > date.fromisoformat(published.interval[1]):
            return False
        days.append((first, last))
    (a1, a2), (b1, b2) = days
    return (b1 - a2).days > 7 or (a1 - b2).days > 7


def _not_after(claim: Claim, published) -> Claim:
    """What is announced, reported or denied has happened by publication: a figure dated later is a plan
    ("said it would cut 1,200 jobs in October"), and a state or a stance is as of publication."""
    when = claim.when
    if (published is None or when is None or claim.modality not in ("announced", "reported", "denied")
            or when.interval[0] <= published.interval[1]):
        return claim
    if claim.kind in ACCOUNTS:
        return evolve(claim, modality="expected")  # a result of a period still to come is an outlook
    if claim.kind not in ("workforce", *STANCES) and claim.modality != "denied":
        return evolve(claim, modality="planned")  # "läuft die Fahrzeugfertigung in Dresden Ende 2025 aus"
    return evolve(claim, when=published, timing="article")


def _timing(d: ClaimDraft, published) -> str | None:
    """Where a draft's time comes from (``Claim.timing``: stated, context, mention, horizon, counted, beyond or article)."""
    if d.claim.when is None:
        return None
    if d.horizon:
        return d.horizon if d.horizon in ("counted", "beyond") else "horizon"
    if d.when_rank[0] == 9:  # not placed by a rule that ranks how it found the time
        return "article" if d.claim.when == published else "stated"
    if d.when_rank[0] == 2:  # the time of the sentence before or of a list's line: not this statement's own
        return "context"
    if d.known and d.when_rank[0] < 3:  # "said on Monday that the 2,000 jobs": when they were spoken of
        return "mention"
    return "article" if d.when_rank[0] >= 3 else "stated"


def _same_key(c: Claim) -> tuple:
    """What two claims must share to be the same (``_same``): kind and organisation, and the object and polarity
    of a stance or the figure of the rest."""
    if c.kind in STANCES:
        return c.kind, c.org, c.object, c.polarity
    q = c.quantity or Quantity("count")
    return c.kind, c.org, c.object, q.unit, q.value, q.low, q.high


def _same(a: Claim, b: Claim) -> bool:
    if a.kind != b.kind or a.org != b.org:
        return False
    if a.kind in STANCES:
        return (a.object, a.polarity) == (b.object, b.polarity) and (
            a.speaker == b.speaker or a.speaker is None or b.speaker is None)
    return same_figure(a, b)


def _entities(doc: Doc) -> list[Entity]:
    spans: dict[tuple[str, str], list[Span]] = {}
    for m in doc.entities:
        spans.setdefault((m.name, m.type), []).append(Span(m.start, m.end, doc.text[m.start:m.end]))
    by_identity = {identity(name): name for name, type_ in spans if type_ == "organization"}
    out = []
    for (name, type_), mentions in spans.items():
        known = doc.known.get(name)
        parent = known.parent if known else by_identity.get(stem(name)) if name in doc.subsidiaries else None
        out.append(Entity(name=name, type=type_, mentions=tuple(mentions), parent=parent if parent != name else None))
    return out


LABELS = {"organization": "ORG", "person": "PERSON", "publisher": "PUBLISHER", "place": "PLACE", "product": "PRODUCT"}


def _mentions(doc: Doc) -> list[Mention]:
    text = doc.text
    out = [Mention(Span(m.start, m.end, text[m.start:m.end]), LABELS[m.type], m.name) for m in doc.entities]
    for q in doc.quantities:
        label = {"percent": "PERCENT", "count": "NUMBER", "days": "NUMBER"}.get(q.quantity.unit, "MONEY")
        out.append(Mention(Span(q.start, q.end, text[q.start:q.end]), label, q.quantity))
    out += [Mention(Span(t.start, t.end, text[t.start:t.end]), "DATE", t.time) for t in doc.times]
    out += [Mention(r.span, "ROLE", r.title) for r in doc.roles if r.span]
    return sorted(out, key=lambda m: (m.span.start, m.span.end))
