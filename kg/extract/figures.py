"""Claims carried by figures: job cuts, workforce, revenue, profit, net income, investment, notice periods
and store closures, each with its organisation, time, modality, speaker and quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kg.extract.context import Context, contains, denies_cause
from kg.extract.doc import Doc, QuantityMention, Sentence
from kg.records import Claim, Quantity, TimeRef


def evolve(record, **changes):
    """``dataclasses.replace`` for our frozen records, without its per-call introspection (a hot path)."""
    new = object.__new__(type(record))
    new.__dict__.update(record.__dict__, **changes)
    return new


@dataclass
class Draft:
    """A claim before its time is chosen and duplicates are merged."""

    claim: Claim
    sent: Sentence
    start: int  # the figure phrase ("about 14,000 office workers")
    end: int
    when_rank: tuple[int, int] = (9, 0)  # how the time was found: 0 clause, 1 sentence, 2 context, 3 publication
    earlier_state: bool = False  # the "from" side of "from 240,000 to 226,000"
    speaker_rank: int = 3  # how the speaker was found: 0 in the sentence, 1 carried, 2 spokesperson, 3 none


def figure_claims(doc: Doc, ctx: Context) -> list[Draft]:
    drafts: list[Draft] = []
    for sent in doc.sentences:
        quantities = [q for q in doc.in_sentence(doc.quantities, sent) if not _is_time(doc, q)]
        found: list[Draft] = []
        for q in quantities:
            draft = _classify(doc, ctx, sent, q, quantities, found)
            if draft is not None:
                found.extend(draft)
        _assign_times(doc, ctx, sent, found)
        _share_times(found)
        for d in found:
            _finish(doc, ctx, d)
        _announced_after(doc, ctx, sent, found)
        drafts.extend(found)
    _apply_denials(doc, drafts)
    return drafts


def _is_time(doc: Doc, q: QuantityMention) -> bool:
    return q.quantity.unit == "count" and doc.covering(doc.times, q.start) is not None


def _head(doc: Doc, q: QuantityMention, labels=("jobs",)):
    """The noun a count counts: "14,000 jobs", "1,600 person job cut", "18.000 en 9.000 medewerkers"."""
    c_start, c_end = doc.clause_at(q.start)
    for h in doc.hits_in(q.end, min(c_end, q.end + 60), *labels):
        if doc.words_between(q.end, h.start) <= 4:
            return h
        break
    return None


def _classify(doc: Doc, ctx: Context, sent: Sentence, q: QuantityMention, quantities, found) -> list[Draft] | None:
    unit = q.quantity.unit
    c_start, c_end = doc.clause_at(q.start)
    if unit == "count":
        return _count(doc, ctx, sent, q, quantities)
    if unit == "percent":
        share = _head(doc, q, ("jobs", "workforce"))
        before = doc.hits_in(max(sent.start, q.start - 40), q.start, "workforce")
        cut = doc.hits_in(sent.start, c_end, "cut", "cut_nouns") or _follows_cut(doc, sent)
        if (share or before) and cut:
            end = share.end if share else q.end
            return [_draft(doc, ctx, sent, "job_cuts", q, end)]
        return None
    if unit == "days":
        if doc.hits_in(sent.start, sent.end, "notice"):
            return [_draft(doc, ctx, sent, "notice_period", q, q.end)]
        return None
    # money
    if doc.lang.comparative.match(doc.text, q.end + len(doc.text[q.end:q.end + 3]) - len(doc.text[q.end:q.end + 3].lstrip())):
        return None  # "1,5 miljoen euro minder dan een jaar eerder": a difference, not a level
    kinds = doc.hits_in(c_start, c_end, "money")
    if not kinds and doc.text[c_start:q.start].strip().lower() in doc.lang.range_words:
        kinds = doc.hits_in(sent.start, c_start, "money")[-1:]  # "..., tot 412 miljoen euro": the level it went to
    if kinds:
        kind = min(kinds, key=lambda h: min(abs(h.start - q.end), abs(q.start - h.end))).key
        return [_draft(doc, ctx, sent, kind, q, q.end)]
    earlier = [d for d in found if d.claim.quantity and d.claim.quantity.unit not in ("count", "percent", "days")]
    if earlier and earlier[-1].claim.quantity.unit != unit:
        d = _draft(doc, ctx, sent, earlier[-1].claim.kind, q, q.end)
        d.claim = evolve(d.claim, org=earlier[-1].claim.org)
        return [d]
    return None


def _count(doc: Doc, ctx: Context, sent: Sentence, q: QuantityMention, quantities) -> list[Draft] | None:
    c_start, c_end = doc.clause_at(q.start)
    head = _head(doc, q, ("jobs", "cut_counts"))  # "850 départs", "1.000 despidos": cuts counted
    store = _head(doc, q, ("store",))
    if store is not None and doc.hits_in(sent.start, sent.end, "close") and (head is None or store.start < head.start):
        return None  # counted by the store-closure component
    if q.to_next:
        nxt = next((o for o in quantities if o.start > q.start), None)
        if nxt is not None and (doc.hits_in(max(sent.start, q.start - 60), q.start, "workforce") or head):
            first = _draft(doc, ctx, sent, "workforce", q, q.end)
            first.claim = evolve(first.claim, modality="reported")
            first.earlier_state = True
            return [first]
    if head is None:
        if q.quantity.value and doc.hits_in(max(sent.start, q.start - 60), q.start, "workforce") and any(
                o.to_next for o in quantities if o.end <= q.start):
            return [_draft(doc, ctx, sent, "workforce", q, q.end)]
        return None
    if head.label == "workforce" or _is_workforce(doc, sent, q, head):
        return [_draft(doc, ctx, sent, "workforce", q, head.end)]
    cut = doc.hits_in(sent.start, c_end, "cut", "cut_nouns")
    if cut and not _at_others(doc, ctx, q, head) and not _hired(doc, sent, q, head):
        return [_draft(doc, ctx, sent, "job_cuts", q, head.end)]
    return None


def _hired(doc: Doc, sent: Sentence, q: QuantityMention, head) -> bool:
    """The verb nearest the figure hires rather than cuts: "will cut 500 jobs and hire 200 engineers"."""
    verbs = doc.hits_in(sent.start, sent.end, "cut", "cut_nouns", "hire")
    if not any(h.label == "hire" for h in verbs):
        return False
    near = [(doc.words_between(h.end, q.start), 0, h) for h in verbs if h.end <= q.start]
    near += [(doc.words_between(head.end, h.start), 1, h) for h in verbs if h.start >= head.end]
    return min(near, key=lambda x: x[:2])[2].label == "hire" if near else False


def _at_others(doc: Doc, ctx: Context, q: QuantityMention, head) -> bool:
    """The jobs are another organisation's staff: "400 roles at its contract manufacturers", "Bei den Zulieferern
    könnten 1.500 Jobs wegfallen", "chez les sous-traitants". Not the company's own cut, so no claim of it."""
    c_start, c_end = doc.clause_at(q.start)
    for h in doc.hits_in(c_start, c_end, "others"):
        if any(m.start <= h.start < m.end for m in ctx.orgs):
            continue  # part of a name ("Kestrel Partners")
        if h.end <= q.start:  # the staff of the others: nobody named between them and the figure
            if not any(h.end <= m.start < q.start for m in ctx.orgs):
                return True
        elif h.start >= head.end:  # "... at its suppliers": an "at" word shortly before them
            at = doc.hits_in(head.end, h.start, "at")
            if at and doc.words_between(at[-1].end, h.start) <= 3 and not any(
                    head.end <= m.start < at[-1].start for m in ctx.orgs):
                return True
    return False


def _follows_cut(doc: Doc, sent: Sentence) -> bool:
    """"Das entspricht rund 7 Prozent der Belegschaft": a share of the cut in the sentence before."""
    if sent.index == 0:
        return False
    prev = doc.sentences[sent.index - 1]
    return prev.block == sent.block and bool(doc.hits_in(prev.start, prev.end, "cut", "cut_nouns"))


def _is_workforce(doc: Doc, sent: Sentence, q: QuantityMention, head) -> bool:
    """"its 15,300 employees", "heeft 1,5 miljoen werknemers", "employs 12,000 people": a size, not a cut."""
    if any(not doc.text[h.end:q.start].strip(" \u00a0") or doc.words_between(h.end, q.start) <= 2
           and not doc.hits_in(h.end, q.start, "cut", "cut_nouns")  # "amplía su ERE a 1.350 trabajadores"
           for h in doc.hits_in(max(sent.start, q.start - 30), q.start, "possessive")):
        return True
    if any(m.type == "organization" and 0 < q.start - m.end <= 4 and doc.text[m.end:q.start].strip() in ("'s", "'", "’s", "’")
           for m in doc.in_sentence(doc.entities, sent)):
        return True  # "Vantor's 3,000 employees"
    c_start, c_end = doc.clause_at(q.start)
    if [p for p in doc.in_sentence(doc.quantities, sent) if p.end <= q.start and doc.words_between(p.end, q.start) <= 4
            and (p.quantity.unit == "percent" or p.quantity.unit == "count" and doc.lang.partitive.match(
                doc.text, p.end + len(doc.text[p.end:q.start]) - len(doc.text[p.end:q.start].lstrip())))]:
        return True  # "7 Prozent der 108.000 Beschäftigten", "4.000 der rund 52.000 Stellen": the base of a share
    employ = doc.hits_in(c_start, q.start, "employ")
    if not employ:  # "La plantilla del grupo ronda los 11.000 empleados": the workforce is the subject
        return bool([w for w in doc.hits_in(c_start, q.start, "workforce") if doc.words_between(w.end, q.start) <= 6]
                    and not doc.hits_in(c_start, c_end, "cut", "cut_nouns"))
    cut_between = doc.hits_in(employ[-1].end, q.start, "cut", "cut_nouns")
    cut_after = doc.hits_in(q.end, c_end, "cut", "cut_nouns")
    return not cut_between and not cut_after


def _draft(doc: Doc, ctx: Context, sent: Sentence, kind: str, q: QuantityMention, end: int) -> Draft:
    org, _ = ctx.org_for(sent, q.start, end)
    start, stop = _quote(doc, sent)
    claim = Claim(kind=kind, org=org or "", quote=doc.text[start:stop], start=start, end=stop, quantity=q.quantity,
                  segment=_segment(doc, q.start, end))
    return Draft(claim, sent, q.start, end)


def _quote(doc: Doc, sent: Sentence) -> tuple[int, int]:
    text = doc.text
    start, end = sent.start, sent.end
    while start < end and text[start] in " \t-•*·▪":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


def _segment(doc: Doc, start: int, end: int) -> str | None:
    hits = doc.hits_in(start, end, "segment")
    if hits:
        return hits[0].key
    places = [m for m in doc.starting_in(doc.entities, end, end + 25) if m.type == "place"]
    return places[0].name if places else None


def _assign_times(doc: Doc, ctx: Context, sent: Sentence, drafts: list[Draft]) -> None:
    """Each time in a clause goes to the nearest figure; one before every figure goes to all of them."""
    times = [t for t in doc.in_sentence(doc.times, sent)
             if not any(d.start <= t.start < d.end for d in drafts)]
    inherited = ctx.context_time(sent)
    for d in drafts:
        c_start, c_end = doc.clause_at(d.start)
        mine = []
        for t in times:
            if not (c_start <= t.start < c_end):
                continue
            others = [o for o in drafts if doc.clause_at(o.start) == (c_start, c_end)]
            first = min(o.start for o in others)
            if t.end <= first:
                mine.append((abs(d.start - t.end), t))
                continue
            nearest = min(others, key=lambda o: _gap(o, t))
            if nearest is d:
                mine.append((_gap(d, t), t))
        when, rank, relative = None, (3, 0), False
        if mine:
            gap, t = min(mine, key=lambda x: x[0])
            when, rank = t.time, (0, gap)
            relative = bool(doc.hits_in(t.start, t.end, "time"))  # "last year", "förra året": the whole year
        else:
            earlier = [t for t in times if t.end <= c_start]
            if earlier:
                when, rank = earlier[-1].time, (1, d.start - earlier[-1].end)
            elif later := [t for t in times if t.start >= c_end and t.time.precision == "day"]:
                when, rank = later[0].time, (1, later[0].start - d.end)  # ", meddelade bolaget på tisdagen"
            elif inherited is not None:
                when, rank = inherited, (2, 0)
        if when is not None and inherited is not None and rank[0] < 2 and contains(when, inherited) and not relative:
            when = inherited  # "in 2025" after a sentence on its fourth quarter
        if rank[0] >= 1 and doc.hits_in(c_start, c_end, "full_year"):  # "für das Gesamtjahr": the whole year
            year = (when or doc.published).value[:4] if (when or doc.published) else None
            when, rank = (TimeRef(year, "year"), (0, 0)) if year else (when, rank)
        if when is None:
            when = doc.published
        d.claim = evolve(d.claim, when=when)
        d.when_rank = rank


def _share_times(drafts: list[Draft]) -> None:
    """"4,000 job cuts in 2025, representing 5 percent": the percent is the same cut, at the same time."""
    for d in drafts:
        q = d.claim.quantity
        if d.claim.kind == "job_cuts" and q and q.unit == "percent" and d.when_rank[0] >= 2:
            counts = [o for o in drafts if o.claim.kind == "job_cuts" and o.claim.org == d.claim.org
                      and o.claim.quantity and o.claim.quantity.unit == "count" and o.when_rank[0] < 2]
            if counts:
                d.claim = evolve(d.claim, when=counts[-1].claim.when)
                d.when_rank = counts[-1].when_rank


def _gap(d: Draft, t) -> int:
    return t.start - d.end if t.start >= d.end else d.start - t.end


def _finish(doc: Doc, ctx: Context, d: Draft) -> None:
    """Modality, speaker and cited source of a figure claim."""
    claim, sent = d.claim, d.sent
    if claim.kind == "workforce":
        modality = "reported"
    else:
        _, mention = ctx.org_for(sent, d.start, d.end)
        region_start = mention.start if mention is not None else sent.start
        c_start, c_end = doc.clause_at(d.start)
        conj = doc.hits_in(d.end, c_end, "conjunctions")
        modality = ctx.modality(region_start, d.start) or ctx.modality(c_start, conj[0].start if conj else c_end)
        trailing = ctx.modality(c_end, sent.end)
        about_other = doc.hits_in(c_end, sent.end, "cut", "cut_nouns")  # ", och rykten om fler uppsägningar"
        if modality is None:  # ", according to people familiar with the matter", ", meddelade bolaget"
            modality = trailing if trailing in ("rumoured", "announced", "denied") and not about_other else None
        elif trailing == "rumoured" and modality != "denied" and not about_other:
            modality = "rumoured"  # "X is considering cutting 14,000 jobs, people familiar with the matter said"
        if modality is None and not doc.hits_in(sent.start, sent.end, "mod") and _verbless(doc, sent):
            modality = _from_next(doc, ctx, sent)
        modality = modality or "reported"
        if modality == "announced" and d.when_rank[0] < 2 and _before_publication_month(claim.when, doc.published):
            modality = "reported"
    a = ctx.attribution(sent)
    speaker = a.speaker
    if speaker is None and modality == "announced":
        speaker = ctx.spokesperson(claim.org)
    when = claim.when
    if d.earlier_state and when is not None and when.precision == "year" and d.when_rank[0] < 2:
        when = TimeRef(str(int(when.value) - 1), "year")  # "from 240,000 to 226,000 in 2025": the first is 2024's
    d.claim = evolve(claim, modality=modality, speaker=speaker, source_cited=a.source, when=when)


def _announced_after(doc: Doc, ctx: Context, sent: Sentence, drafts: list[Draft]) -> None:
    """"X streicht 160 Stellen. Das gab die Geschäftsführung am Montag bekannt.": the next sentence, pointing back
    ("Das", "Dat", "C'est ce", "Así lo", "Det"), announces the figures before it, at its time."""
    if not drafts or sent.index + 1 >= len(doc.sentences):
        return
    nxt = doc.sentences[sent.index + 1]
    if nxt.block != sent.block or doc.in_sentence(doc.quantities, nxt):
        return
    if not doc.lang.back_reference.match(doc.text, nxt.start):
        return
    if not any(h.key == "announced" for h in doc.hits_in(nxt.start, nxt.end, "mod")):
        return
    times = [t for t in doc.in_sentence(doc.times, nxt) if t.time.precision == "day"]
    speaker = ctx.attribution(nxt).speaker
    for d in drafts:
        if d.claim.kind == "workforce" or d.claim.modality != "reported":
            continue
        changes = {"modality": "announced", "speaker": d.claim.speaker or speaker}
        if times and d.when_rank[0] >= 2:
            changes["when"] = times[0].time
            d.when_rank = (1, 0)
        d.claim = evolve(d.claim, **changes)


def _verbless(doc: Doc, sent: Sentence) -> bool:
    """No cut verb: the cut is named by a noun only ("24,000 job cuts at Intel")."""
    nouns = [(h.start, h.end) for h in doc.hits_in(sent.start, sent.end, "cut_nouns", "jobs")]
    return all(any(a <= h.start and h.end <= b for a, b in nouns) for h in doc.hits_in(sent.start, sent.end, "cut"))


def _from_next(doc: Doc, ctx: Context, sent: Sentence) -> str | None:
    """A headline-like fragment ("24,000 job cuts at Intel.") takes the modality of the sentence that goes on about it."""
    if sent.index + 1 >= len(doc.sentences):
        return None
    nxt = doc.sentences[sent.index + 1]
    if nxt.block != sent.block or not doc.hits_in(nxt.start, nxt.end, "cut", "cut_nouns"):
        return None
    if [q for q in doc.in_sentence(doc.quantities, nxt) if q.quantity.unit == "count"]:
        return None
    return ctx.modality(nxt.start, nxt.end)


def _before_publication_month(when: TimeRef | None, pub: TimeRef | None) -> bool:
    """Dated before the month of publication: old news, unless it is a day of the week before ("dinsdag" in an
    article of Thursday 2 October is 30 September, still this week's announcement)."""
    if when is None or pub is None:
        return False
    if when.precision == "day" and pub.precision == "day" and (
            date.fromisoformat(pub.value) - date.fromisoformat(when.value)).days <= 7:
        return False
    return when.interval[1] < pub.interval[0][:8] + "01"


def _apply_denials(doc: Doc, drafts: list[Draft]) -> None:
    """A denial in the next sentence ("refuted the rumors") turns the figures before it into denied ones."""
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sent.index, []).append(d)
    for index, found in by_sentence.items():
        if index + 1 >= len(doc.sentences):
            continue
        nxt = doc.sentences[index + 1]
        denial = [h for h in doc.hits_in(nxt.start, nxt.end, "mod") if h.key == "denied" and not denies_cause(doc, nxt, h)]
        own = [d for d in by_sentence.get(index + 1, []) if d.claim.kind == "job_cuts"]
        if denial and not own:
            for d in found:
                if d.claim.kind == "job_cuts":
                    d.claim = evolve(d.claim, modality="denied")


def store_claims(doc: Doc, ctx: Context) -> list[Draft]:
    """"stänger sina Amazon Go-butiker", "ferme 40 magasins": one claim per chain closed."""
    drafts: list[Draft] = []
    for sent in doc.sentences:
        closes = doc.hits_in(sent.start, sent.end, "close")
        if not closes:
            continue
        seen: set[str] = set()
        for store in doc.hits_in(sent.start, sent.end, "store"):
            # only the last name before the store can have nothing but spaces and dashes between them
            brand = next((m for m in doc.starting_in(ctx.orgs, sent.start, store.start)[-1:]
                          if m.end <= store.start and not doc.text[m.end:store.start].strip(" -")), None)
            count = next((q for q in doc.in_sentence(doc.quantities, sent)
                          if q.end <= store.start and doc.words_between(q.end, store.start) <= 2
                          and q.quantity.unit == "count"), None)
            if brand is None and count is None:
                continue
            org, _ = ctx.org_for(sent, store.start, store.end)
            if brand is not None:
                org = ctx.org_name(brand)
            obj = brand.name if brand is not None else org
            if not org or obj in seen:
                continue
            seen.add(obj)
            start, stop = _quote(doc, sent)
            claim = Claim(kind="store_closure", org=org, quote=doc.text[start:stop], start=start, end=stop,
                          quantity=count.quantity if count else None, object=obj)
            d = Draft(claim, sent, count.start if count else store.start, store.end)
            _assign_times(doc, ctx, sent, [d])
            _finish(doc, ctx, d)
            drafts.append(d)
    return drafts


def same_figure(a: Claim, b: Claim) -> bool:
    qa, qb = a.quantity or Quantity("count"), b.quantity or Quantity("count")
    return (a.kind, a.org, qa.unit, qa.value, qa.low, qa.high, a.object) == (
        b.kind, b.org, qb.unit, qb.value, qb.low, qb.high, b.object)
