"""Claims carried by figures: job cuts, workforce, revenue, profit, net income, investment, notice periods
and store closures, each with its organisation, time, modality, speaker and quote.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date

from kg.extract.changes import Role, change_roles, counts_time, word_before
from kg.extract.changes import compared as compared_with
from kg.extract.context import ClaimContext, contains, dates_a_sum, denies_cause, fronted_denial
from kg.extract.doc import Doc, QuantityMention, Sentence, TimeMention
from kg.extract.entities import GENITIVE
from kg.extract.gazetteer import gazetteer, place_names
from kg.extract.lang import norm
from kg.extract.numbers import DIGITS, parse_number
from kg.extract.wordlists import vocabulary
from kg.records import Claim, Quantity, TimeRef


def evolve(record, **changes):
    """``dataclasses.replace`` for our frozen records, without its per-call introspection (a hot path)."""
    new = object.__new__(type(record))
    new.__dict__.update(record.__dict__, **changes)
    return new


@dataclass
class ClaimDraft:
    """A claim before its time is chosen and duplicates are merged (an article before it is read is
    ``kg.read.ArticleDraft``)."""

    claim: Claim
    sent: Sentence
    start: int  # the figure phrase ("about 14,000 office workers")
    end: int
    when_rank: tuple[int, int] = (9, 0)  # how the time was found: 0 clause, 1 sentence, 2 context, 3 publication
    earlier_state: bool = False  # the "from" side of "from 240,000 to 226,000"
    speaker_rank: int = 3  # how the speaker was found: 0 in the sentence, 1 carried, 2 spokesperson, 3 none
    horizon: bool | str = False  # its time is a date by which it is to be done ("bis 2030"); TimeMention.horizon
    part: str | None = None  # its part in a change: "from" (the level before), "to" (after) or "by" (the difference)
    other: int | None = None  # where the other end of a from-to change starts
    basis: str = "stated"  # what its kind rests on: a key of kg.extract.confidence.PRIOR
    named: bool = True  # its organisation is named in its sentence (not only the article's topic)
    modality: str | None = None  # set by the rule that found it ("the work of 700 people": reported)
    told: TimeRef | None = None  # dated by its horizon: when the text says the plan was announced or agreed
    third_party: bool = False  # told by a union, analysts... ("uppger Unionen"), not by the company
    known: bool = False  # referred to as cuts already known ("the 2,000 jobs"): its time is when it was spoken of
    at_risk: bool = False  # jobs told as at risk ("900 jobs at risk"): a cut that may come, expected
    year_before: bool = False  # a result's level before a change, of no time told: the same period a year before


def figure_claims(doc: Doc, ctx: ClaimContext) -> list[ClaimDraft]:
    """A claim for every figure whose evidence says what it measures; figures with weak evidence give none."""
    by_sentence: list[tuple[Sentence, list[ClaimDraft]]] = []
    for sent in doc.sentences:
        quantities = [q for q in doc.in_sentence(doc.quantities, sent) if not _is_time(doc, q)]
        if not quantities or doc.hits_in(sent.start, sent.end, "superseded"):  # a correction quoting what was wrong
            continue
        roles = change_roles(doc, sent, quantities)
        found: list[ClaimDraft] = []
        for q in quantities:
            found.extend(d for d in _classify(doc, ctx, sent, q, quantities, roles, found)
                         if (d.claim.kind not in MERGED_LEVELS or not _combined(doc, q))
                         and (d.claim.kind != "workforce" or not _members(doc, q) and not _of_a_place(doc, q)
                              and not _site_s(doc, q))
                         and (d.claim.kind not in ("workforce", "job_cuts") or not _another_name_s(doc, ctx, q, d.claim.org))
                         and (d.claim.kind != "job_cuts" or not _a_pool(doc, sent, q))
                         and (d.claim.kind not in STAFF or not _of_a_sector(doc, q) and not _firms_together(doc, q.start))
                         and (d.claim.kind not in MONEY or not _of_a_sector(doc, q) and not _a_place_s_sum(doc, q))
                         and (d.claim.kind != "job_cuts" or not _a_place_s_jobs(doc, q))
                         and not (d.claim.kind == "job_cuts" and q.quantity.unit == "percent" and (
                                      _a_site_s_share(doc, sent, q) or _a_place_s_share(doc, q)))
                         and not ((sent.heading or _more_before(doc, d)) and d.claim.kind in STAFF
                                  and _observers_subject(doc, d)))
        _assign_times(doc, ctx, sent, found)
        found = _same_periods(doc, ctx, sent, found)
        _share_times(found)
        _pair_times(doc, sent, found)
        bracketed = _bracketed_before(doc, quantities, found)
        taken = {b.start for b in bracketed}  # "(Vorjahr: 655 Mio. Euro)": the result's, not its own money word's
        found = [d for d in found if d.start not in taken] + bracketed
        by_sentence.append((sent, found))
    drafts = _beside_estimates(doc, [d for _, found in by_sentence for d in found])
    _prior_years(doc, drafts)
    _story_horizon(doc, ctx, drafts)
    _rests_of_rounds(doc, drafts)
    for sent, found in by_sentence:
        for d in found:
            _finish(doc, ctx, d)
        _announced_after(doc, ctx, sent, found)
    _apply_denials(doc, drafts)
    drafts = _withdrawn(doc, drafts)
    drafts = _parts_of_cuts(doc, drafts)
    _beyond_parts(doc, drafts)
    return drafts


def _rests_of_rounds(doc: Doc, drafts: list[ClaimDraft]) -> None:
    """A cut of the rest of a round (`claims.rest` right before its count or after its noun) in a sentence naming no
    organisation is the organisation's that named the round ("X schrapt 180 banen. Daarvan krijgen er 60 een functie
    bij Y aangeboden. De overige 120 medewerkers krijgen een vertrekregeling": X's, not Y's, the last named)."""
    last = None
    for d in drafts:
        if d.claim.kind != "job_cuts":
            continue
        if d.named:
            last = d
        elif last is not None and last.claim.org and any(
                doc.words_between(h.end, d.start) <= 1 if h.end <= d.start else doc.words_between(d.end, h.start) == 0
                for h in doc.hits_in(max(0, d.start - 30), d.end + 20, "rest")):
            d.claim = evolve(d.claim, org=last.claim.org)


BRACKET_OPEN = re.compile(r"\s*\(\s*([-−]?)\s*")  # between a result and a bare figure in brackets: "(4,41)", "(-12)"
BRACKET_CLOSE = re.compile(r"\s*\)")
COLON = re.compile(r"\s*:\s*")


def _bracket_opening(doc: Doc, start: int, end: int) -> str | None:
    """The sign opening a bracket right before a figure ("(4,41)", "(-12)"), or "" after a word of the prior year
    or a year of its own and a colon ("(Vorjahr: 655 Mio. Euro)", "(prior year: £3.9bn)", "(2024: 540 miljoen)");
    None if [start, end) is no such opening."""
    m = BRACKET_OPEN.fullmatch(doc.text, start, end)
    if m:
        return m.group(1)
    inner = BRACKET_OPEN.match(doc.text, start, end)
    year = inner and (next((h for h in doc.hits_in(inner.end(), end, "time")
                            if h.key == "prior_year" and h.start == inner.end()), None) or _year_at(doc, inner.end(), end))
    return "" if year and COLON.fullmatch(doc.text, year.end, end) else None


def _year_at(doc: Doc, start: int, end: int) -> TimeMention | None:
    """A year, half or quarter with its year written in digits at ``start`` (and ending before ``end``): "(2024: 540
    miljoen)", "(eerste halfjaar 2025: 27 miljoen euro)", "(H1 2025: ...)"; not "(Vorjahr:"."""
    return next((t for t in doc.starting_in(doc.times, start, end) if t.start == start and t.time.precision in PERIODS
                 and re.search(r"\d{4}", doc.text[t.start:t.end])), None)


def _bracketed_before(doc: Doc, quantities, found: list[ClaimDraft]) -> list[ClaimDraft]:
    """A figure in brackets right after a result, bare ("4,05 miljarder kronor (4,41)", "SEK 512 million (688)") or
    with a scale and a period of its own ("271 millions d'euros (229 millions au premier semestre 2025)") or after a
    word of the prior year ("612 Mio. Euro (Vorjahr: 655 Mio. Euro)", no claim of its own money word), is the
    same measure in the result's unit (and scale, when bare), of that period or else of the one a year before (none
    where the result is of no year, half or quarter, or the bare figure is over ten times off it); a change's percent
    between, two words at most after the result, is passed over ("Revenue of £312.4 million, up 11% (H1 2025: £281.5
    million)")."""
    drafts = []
    for d in found:
        q = d.claim.quantity
        if d.claim.kind not in MONEY or d.claim.aggregate not in (None, "nine_months") or q is None or not q.value or (
                q.unit in ("count", "percent")):
            continue
        mention = next((m for m in quantities if d.start <= m.start < d.end), None)
        after = next((m for m in quantities if mention and m.start >= mention.end), None)
        start = mention.end if mention else 0
        following = next((m for m in quantities if after and m.start >= after.end), None)
        if (after and following and after.quantity.unit == "percent" and doc.words_between(mention.end, after.start) <= 2
                and _bracket_opening(doc, after.end, following.start) is not None):
            start, after = after.end, following  # "Revenue of £312.4 million, up 11% (H1 2025: £281.5 million)"
        opening = _bracket_opening(doc, start, after.start) if after else None
        if opening is None or after.quantity.unit not in ("count", q.unit) or after.quantity.value is None or (
                d.claim.when is None):
            continue
        period = next((t for t in doc.starting_in(doc.times, after.end, after.end + 40)
                       if doc.words_between(after.end, t.start) <= 2 and BRACKET_CLOSE.match(doc.text, t.end)), None)
        if not period and not BRACKET_CLOSE.match(doc.text, after.end):
            continue
        inner = BRACKET_OPEN.match(doc.text, start, after.start)
        period = period or _year_at(doc, inner.end(), after.start)  # "(2024: 540 miljoen)": that year's
        own, scale = _scale(doc, after), _scale(doc, mention)
        if own is None or scale is None:
            continue  # no power of ten between a figure as written and its value
        value = after.quantity.value * (1 if own > 1 else scale) * (-1 if opening else 1)
        when = d.claim.when
        if not period and (when.precision not in PERIODS or not 0.1 <= abs(value / q.value) <= 10):
            continue  # a result of a day, or a bracket ten times off it: no year before to speak of
        before = period.time if period else TimeRef(str(int(when.value[:4]) - 1) + when.value[4:], when.precision)
        drafts.append(replace(d, start=after.start, end=after.end, claim=evolve(
            d.claim, quantity=Quantity(q.unit, value), when=before)))
    return drafts


def _scale(doc: Doc, m: QuantityMention) -> float | None:
    """The power of ten between a figure as written and its value ("4,05 miljarder": 1e9), None if there is none."""
    written = re.search(DIGITS, doc.text[m.start:m.end])
    shown = written and parse_number(written.group(), doc.lang)
    scale = abs(m.quantity.value) / shown if shown else 0
    return scale if scale >= 1 and abs(scale - 10 ** round(math.log10(scale))) <= 1e-6 * scale else None


def _prior_years(doc: Doc, drafts: list[ClaimDraft]) -> None:
    """A result dated by a word of the prior year (``time.prior_year``: "im Vorjahr", "the previous year") after
    results of the year that word names from publication is of the year before those: "2025 ein Ebit von 610
    Millionen Euro ... im Vorjahr ein Konzernergebnis von 390 Millionen Euro" is 2024's. The word dates the result
    nearest it, not another of its clause ("lag 2025 bei 18 Millionen Euro nach 40 Millionen Euro im Vorjahr")."""
    years: set[str] = set()
    money = [d for d in drafts if d.claim.kind in MONEY]

    def nearest(h) -> ClaimDraft:
        return min(money, key=lambda o: min(abs(h.start - o.end), abs(o.start - h.end)))

    for d in money:
        when = d.claim.when
        if when is None or when.precision != "year":
            continue
        c_start, c_end = doc.clause_at(d.start)
        if not any(h.key == "prior_year" and nearest(h) is d for h in doc.hits_in(c_start, c_end, "time")):
            years.add(when.value)
        elif when.value in years:
            d.claim = evolve(d.claim, when=TimeRef(str(int(when.value) - 1), "year"))


def _story_horizon(doc: Doc, ctx: ClaimContext, drafts: list[ClaimDraft]) -> None:
    """The date by which an article's round of cuts is to be done, given once ("over the next two years", "set
    to be completed by March 2028", "la reducción de empleos se llevará a cabo los próximos dos años"), holds for
    its other figures of that round: those with no time of their own but the day it was announced; not when the
    round comes in parts (``claims.phases``) or the horizon is a segment's, each dated by its own; a union's or an
    analyst's figure neither gives the round its date nor takes it ("selon la CFDT, 500 emplois d'ici 2027"). A dated
    horizon of the plan's savings dates a round whose own horizon has no year ("16,000 jobs over the next two
    years ... saving 3 billion by 2027", in an undated article)."""
    def dated(d: ClaimDraft) -> bool:
        return d.horizon and d.claim.when not in (None, doc.published)

    cuts = [d for d in drafts if d.claim.kind == "job_cuts" and not ctx.attribution(d.sent).third_party]
    if any(dated(d) and doc.hits_in(d.sent.start, d.sent.end, "phases") for d in cuts):
        return  # "in phases, with nearly 800 roles going by the end of June": a part's date, not the round's
    source = next((d for d in cuts if dated(d) and not _before_publication_month(d.claim.when, doc.published)), None)
    # (not a past round's: "ya había recortado unos 200 puestos a finales de 2024")
    horizon = source.claim.when if source else _figureless_horizon(doc, drafts)
    if horizon is None and any(d.horizon for d in cuts):  # "over the next two years" undated: the plan's savings date
        source = next((d for d in drafts if d.claim.kind == "cost_savings" and dated(d)), None)
        horizon = source and source.claim.when
    if horizon is None and not any(d.horizon for d in cuts):
        return
    org = next((d.claim.org for d in cuts if d.horizon), cuts[0].claim.org if cuts else None)
    for d in cuts:
        own = d.when_rank[0] < 2 and not _announcement_day(d.claim.when, doc.published)
        if d.claim.org != org or own and not d.horizon or doc.hits_in(d.sent.start, d.sent.end, "past"):
            continue
        if source is not None and source.claim.segment and d.claim.segment != source.claim.segment:
            continue  # "10% of its 12,000 staff in Ireland over two years": that part's date, not the others'
        if horizon is not None and (not d.horizon or d.claim.when in (None, doc.published)):
            if not d.horizon and d.when_rank[0] < 3 and d.told is None:
                d.told = d.claim.when  # "annoncé vendredi 20 décembre": the day it was told
            d.claim = evolve(d.claim, when=horizon)
            d.horizon = source.horizon if source else True
        d.horizon = d.horizon or True


def _figureless_horizon(doc: Doc, drafts: list[ClaimDraft]) -> TimeRef | None:
    """A dated horizon in a sentence naming cuts and giving no figure of its own, unless it rules cuts out
    ("Betriebsbedingte Kündigungen sind bis Ende 2029 ausgeschlossen") or denies them."""
    with_figures = {d.sent.index for d in drafts}
    for t in doc.times:
        sent = doc.sentence_at(t.start)
        if (t.horizon and sent.index not in with_figures and doc.hits_in(sent.start, sent.end, "cut_nouns", "cut")
                and not doc.hits_in(sent.start, sent.end, "ruled_out", "negation")):
            return t.time
    return None


def _announcement_day(when: TimeRef | None, pub: TimeRef | None) -> bool:
    """A day in the week up to publication: the day news was announced ("el jueves"), not when cuts happen."""
    if when is None or pub is None or when.precision != "day" or pub.precision != "day":
        return False
    return 0 <= (date.fromisoformat(pub.value) - date.fromisoformat(when.value)).days <= 7


def _is_time(doc: Doc, q: QuantityMention) -> bool:
    return q.quantity.unit == "count" and (doc.covering(doc.times, q.start) is not None
                                           or any(a <= q.start < b for a, b in doc.undated))


def _head(doc: Doc, q: QuantityMention, labels=("jobs",)):
    """The noun a count counts: "14,000 jobs", "1,600 person job cut", "18.000 en 9.000 medewerkers"."""
    c_start, c_end = doc.clause_at(q.start)
    for h in doc.hits_in(q.end, min(c_end, q.end + 60), *labels):
        if doc.words_between(q.end, h.start) <= 4 and (labels == SHARE or not _apart(doc, q, h)):
            return h
        break
    return None


def _apart(doc: Doc, q: QuantityMention, h) -> bool:
    """A function word stands between a count and the noun after it, and no other figure does: the noun is not
    what it counts ("11 minutes for human agents"; but "4,000 of the 52,000 jobs"), nor a noun counting no staff
    ("14 routes and 420 jobs") or a verb of cutting, hiring or keeping staff before the next figure ("cut its forecast
    to 500 and hired 300 engineers")."""
    if doc.hits_in(q.end, h.start, "not_staff"):
        return True
    k = doc.token_index(q.end)
    between = set(doc.tokens.low[k:doc.token_index(h.start)])
    if k and doc.tokens.low[k - 1] in doc.lang.scales:  # "un millier de postes", "1,2 million de salariés"
        between -= doc.lang.scale_of
    for more in doc.hits_in(q.end, h.start, "another"):  # "800 more jobs", "500 postes supplémentaires"
        between -= set(doc.tokens.low[more.i:more.j])
    others = doc.starting_in(doc.quantities, q.end, h.start)
    if others and doc.hits_in(q.end, others[0].start, "cut", "hire", "temporary", "moved", "retained"):
        return True  # "cut its forecast to 500 and hired 300 engineers": a verb of its own before the next figure
    if others and k < len(doc.tokens) and doc.tokens.low[k].isalpha() and doc.tokens.low[k] not in doc.lang.stop_words \
            and not doc.hits_in(doc.tokens.starts[k], doc.tokens.ends[k]):
        return True  # "140 aircraft and 6,500 staff": a noun of its own right after it, not the next figure's
    return bool(between & (doc.lang.stop_words - doc.lang.conjunction_words)) and not others


MERGED_LEVELS = ("workforce", "revenue", "profit", "net_income", "loss")  # levels a merger's combined group has


def _combined(doc: Doc, q: QuantityMention) -> bool:
    """The figure is of companies taken together ("a group with combined sales of 9 billion euros", "la
    facturación conjunta", "the new group will employ"), or of a group after a deal before it in its sentence
    (``claims.after_deal``: "After the deal, the group will employ 12,000 people"): no one company's level."""
    c_start, c_end = doc.clause_at(q.start)
    return bool(doc.hits_in(c_start, min(c_end, q.end + 40), "combined")
                or doc.hits_in(doc.sentence_at(q.start).start, q.start, "after_deal"))


def _site_s(doc: Doc, q: QuantityMention) -> bool:
    """One site's noun in the genitive right before the figure, a hedge between at most (`stores.one`: "av brukets
    140 anställda", "the plant's 400 workers", "fabrikens omkring 300 anställda"): that site's staff, no workforce."""
    toks, k = doc.tokens, doc.token_index(q.start) - 1
    if k >= 0 and doc.covering(doc.hits_in(max(0, q.start - 30), q.start, "hedge"), toks.starts[k]) is not None:
        k -= 1
    if k >= 2 and toks.raw[k] == "s" and toks.raw[k - 1] in "'’":
        return toks.low[k - 2] in doc.lang.one_site  # "the plant's"
    return k >= 0 and any(toks.low[k].endswith(g) and toks.low[k][:-len(g)] in doc.lang.one_site
                          for g in GENITIVE if g.isalpha())  # "brukets", "fabrikens"


def _members(doc: Doc, q: QuantityMention) -> bool:
    """The figure is in a relative clause right after a union or another third party ("Le syndicat, qui revendique
    70 % des 1 150 pilotes", "the union, which represents 900 of the 1,150 pilots"): those it speaks for, no
    workforce."""
    clause = doc.relative_clause(q.start)
    return clause is not None and any(doc.words_between(h.end, clause[0]) <= 2 for h in doc.hits_in(
        max(doc.sentence_at(q.start).start, clause[0] - 40), clause[0], "third_parties", "unions"))


def _another_name_s(doc: Doc, ctx: ClaimContext, q: QuantityMention, org: str | None) -> bool:
    """The figure is in a relative clause right after an organisation's name that is its sentence's subject, and that
    organisation is not the claim's ("Vetonia, which had 600 staff, ..."), or the name stands for it (a former name)
    and the sentence then says it was taken into another (`claims.absorbed`: "Vetonia, que tenía 600 empleados, fue
    integrada en Nexova"): the staff of another firm or of one taken over, not the company's; so are those of a
    capitalised name found as no organisation ("Barrenetxea Servicios, que emplea a 2.100 personas", a contractor
    named once before): whose they are is not known."""
    clause = doc.relative_clause(q.start)
    if clause is None:
        return False
    toks, sent = doc.tokens, doc.sentence_at(q.start)
    comma = doc.token_index(clause[0]) - 1
    if comma < 1 or toks.raw[comma] != ",":
        return False
    name = comma - 1
    while name > 0 and comma - name < 3 and toks.raw[name - 1][:1].isupper() and toks.starts[name - 1] >= sent.start:
        name -= 1
    if (toks.raw[comma - 1][:1].isupper() and doc.words_between(sent.start, toks.starts[name]) <= 1
            and not doc.hits_in(toks.starts[name], toks.ends[comma - 1]) and not vocabulary(toks.raw[name], doc.lang.code)
            and not any(doc.covering(doc.entities, toks.starts[k]) for k in range(name, comma))):
        # a name, not "Bolaget, som har ..." nor "El ERE, que afecta ..."
        return True
    absorbed = doc.hits_in(clause[1], doc.clause_at(clause[1])[1], "absorbed")
    return any(m.end == toks.ends[comma - 1] and doc.words_between(sent.start, m.start) <= 1 and (
        ctx.org_name(m) != org or absorbed and org != doc.text[m.start:m.end]) for m in ctx.orgs)


def _classify(doc: Doc, ctx: ClaimContext, sent: Sentence, q: QuantityMention, quantities, roles: dict[int, Role],
              found: list[ClaimDraft]) -> list[ClaimDraft]:
    unit, role = q.quantity.unit, roles.get(q.start)
    if unit == "count" and counts_time(doc, q):
        return []  # "has operated for more than forty years"
    if _set_aside(doc, q):
        return []  # "850 suppressions de postes, et non de 1 150 comme indiqué plus tôt"
    if unit == "count" and _difference(doc, q):
        return []  # "una plantilla de 9.650 empleados, unos 700 más que un año antes"
    if unit == "count":
        return _count(doc, ctx, sent, q, quantities, role, found)
    if unit == "percent":
        return _percent(doc, ctx, sent, q, quantities, role)
    if unit == "days":
        return [_draft(doc, ctx, sent, "notice_period", q, q.end, basis="context")] if doc.hits_in(
            sent.start, sent.end, "notice") else []
    return _money(doc, ctx, sent, q, quantities, role)


def _withdrawn(doc: Doc, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """A figure put aside after the one that replaces it ("850 suppressions de postes, et non de 1 150 comme indiqué
    plus tôt") is withdrawn wherever the article gave it ("Selon la direction, 1 150 postes sont concernés"); not
    one put aside before another ("nicht 380, sondern mindestens 450": a count disputed)."""
    aside = {(q.quantity.unit, q.quantity.value) for q in doc.quantities if _set_aside(doc, q) and any(
        o.end <= q.start and o.quantity.unit == q.quantity.unit for o in doc.in_sentence(doc.quantities, doc.sentence_at(q.start)))}
    replaced = {(d.claim.org, value) for index, value in _replaced_counts(doc) for d in drafts
                if d.claim.kind == "job_cuts" and d.sent.index == index}
    return [d for d in drafts if d.claim.quantity is None or (d.claim.quantity.unit, d.claim.quantity.value) not in aside
            and not (d.claim.kind == "job_cuts" and (d.claim.org, d.claim.quantity.value) in replaced)]


def _replaced_counts(doc: Doc) -> set[tuple[int, float | None]]:
    """(sentence, count) of cuts a later count in that sentence replaces: a count after a word of comparison and a
    determiner, three words at most between them and it, and a word of announcing between or a few words after it, a
    count before it in its sentence (`time.base`,
    `modality.announced`: "it now expects to cut 650 jobs, up from the 600 it announced this morning", "frente a los
    500 que anunció en septiembre"). The count replaced is withdrawn wherever the article gave it for the organisation
    of the count replacing it (a live blog's earlier entry), so one round's old and new counts never contradict."""
    out = set()
    for q in doc.quantities:
        if q.quantity.unit != "count":
            continue
        sent, start = doc.sentence_at(q.start), _past_hedge(doc, q)
        i = doc.token_index(start)
        k = next((k for k in range(i - 1, max(-1, i - 5), -1) if doc.tokens.low[k] in doc.lang.determiners_all), None)
        before = doc.tokens.starts[k] if k is not None and doc.tokens.starts[k] >= sent.start else start
        newer = [o for o in doc.in_sentence(doc.quantities, sent) if o.end <= before and o.quantity.unit == "count"]
        if not newer or not doc.lang.base_before.search(doc.text, max(sent.start, before - 30), before):
            continue
        end = doc.clause_at(q.start)[1]
        if any(h.key == "announced" and (h.end <= start or doc.words_between(q.end, h.start) <= 4)
               for h in doc.hits_in(before, end, "mod")):  # "gegenüber den im März angekündigten 500"
            out.add((sent.index, q.quantity.value))
    return out


def _difference(doc: Doc, q: QuantityMention) -> bool:
    """A word of comparison right after a count (`numbers.difference`: "700 more than a year earlier", "unos 700 más
    que un año antes", "700 mehr als im Vorjahr"): the difference from another count, neither a level nor a cut."""
    rest = doc.text[q.end:q.end + 40]
    return bool(doc.lang.difference.match(rest, len(rest) - len(rest.lstrip(" "))))


def _set_aside(doc: Doc, q: QuantityMention) -> bool:
    """A word putting the figure aside right before it, a hedge between (`numbers.set_aside`: "et non de 1 150",
    "not 1,150", "statt rund 400"), or a word of instead, a determiner right after it and four words at most before
    the figure (`claims.instead`: "Statt der im März angekündigten 500", "instead of the 500 announced in March"): a
    figure corrected or replaced, no claim."""
    start = _past_hedge(doc, q)
    return bool(doc.lang.set_aside.search(doc.text, max(0, start - 30), start)) or any(
        doc.tokens.low[doc.token_index(h.end)] in doc.lang.determiners_all and doc.words_between(h.end, start) <= 4
        and not doc.starting_in(doc.quantities, h.end, start) for h in doc.hits_in(max(0, start - 60), start, "instead"))


SITE_STAFF = re.compile(r"(?:['’]s)?\s+")  # between a site's noun and its staff: "the plant's staff", "the plant staff"
SHARE = ("jobs", "workforce")  # what a percent of staff is of ("6% of its workforce")
FEW = 10  # a count of jobs written in words below this is no figure ("two rounds", "one of the largest")
MOST_STAFF = 5_000_000  # no employer counts more people (the largest, Walmart, about 2.1 million): a larger
# count is of something else ("9 billion Swedish crowns" in a currency the lexicon lacks)
LEVELS = ("revenue", "profit", "net_income")  # money measures whose change ("fell by 3%") is signed
RESULTS = ("profit", "net_income")  # money levels below zero where the text says so ("minus 300 miljoner")


def _money(doc: Doc, ctx: ClaimContext, sent: Sentence, q: QuantityMention, quantities, role: Role | None) -> list[ClaimDraft]:
    text = doc.text
    after = q.end + len(text[q.end:q.end + 3]) - len(text[q.end:q.end + 3].lstrip())
    if doc.lang.comparative.match(text, after):
        return []  # "1,5 miljoen euro minder dan een jaar eerder": a difference, not a level
    if doc.lang.base_period.match(text, after) and _same_period(doc, q) is None:
        return []  # "sur la même période": the level of a period the text does not date
    before = role is not None and role.part == "from" and not _dated_after(doc, sent, q)
    if before and not _of_a_period_told(doc, ctx, sent, q) or _conversion(doc, sent, q, quantities):
        return []  # the level before, of no period told ("von 500 Milliarden Yen auf 150 Milliarden Yen"); "(71 milliards d'euros)"
    kind, basis = _money_kind(doc, sent, q, role is not None and role.part in ("to", "from"))
    if before and kind not in ACCOUNTS:
        return []
    if kind is None and _sold(doc, q):
        return _sales(doc, ctx, sent, q)
    if kind not in ACCOUNTS and _same_period(doc, q) is not None:
        return []  # only a result is of a period
    if kind is None or kind == "other_measures" or basis == "compared" and kind in ACCOUNTS and not (
            doc.starting_in(doc.times, *doc.clause_at(q.start)) or _dated_after(doc, sent, q) or _same_period(doc, q)):
        return []  # a result compared with, of a period the clause does not date; an EBITDA (`money.other_measures`)
    quantity, change = q.quantity, role is not None and role.part == "by" and kind in LEVELS
    if change and _an_effect(doc, q) or kind == "revenue" and _of_a_line(doc, q):
        return []  # "Den starkare kronan minskade omsättningen med 330 miljoner kronor": the currency's effect;
        # "revenue from AI chips to reach $90 billion": one line's
    if change and role.falling or kind in RESULTS and _minus(doc, q):
        quantity = _negated(quantity)  # "una caída de su facturación de 1.200 millones", "nettoresultat på minus 300"
    d = _draft(doc, ctx, sent, kind, q, q.end, quantity, basis=basis)
    if kind in ACCOUNTS and _of_a_unit(doc, sent, q) and d.claim.org not in doc.subsidiaries:
        return []  # "The dairy division, the group's largest, had revenue of 1.9 billion euros": the division's
    if change:
        d.claim = evolve(d.claim, aggregate="change")
    elif kind in ACCOUNTS and _nine_months(doc, sent, q):
        d.claim = evolve(d.claim, aggregate="nine_months")
    d.year_before = before
    return [d]


def _of_a_period_told(doc: Doc, ctx: ClaimContext, sent: Sentence, q: QuantityMention) -> bool:
    """The level a result fell or rose from, with no time of its own ("operating profit fell to £86 million from £120
    million"), after a period its sentence names before it or the sentence before names ("In 2025, ...") and in a
    sentence of no forecast (`modality.expected`: "cut its profit forecast to £86 million from £120 million" revises
    one period's): the result of that period a year before, as a reader takes it. Not a year read as a sum."""
    if doc.covering(doc.times, q.start) is not None or any(
            h.key == "expected" for h in doc.hits_in(sent.start, sent.end, "mod")):
        return False
    return any(t.time.precision in PERIODS for t in doc.starting_in(doc.times, sent.start, q.start)) or (
        ctx.context_time(sent, PERIODS) is not None)


def _sold(doc: Doc, q: QuantityMention) -> bool:
    """A sum a verb of selling acts on (`money.sold`), a word at most between and times aside ("Vendimos 2.480
    millones de euros", "Vi sålde för 2,4 miljarder kronor", "We verkochten vorig jaar voor 2,4 miljard euro"), and no
    object after it in its clause: no determiner, possessive or name but a place's outside a time after the sum
    ("vendió por 300 millones su planta": an asset sold)."""
    c_start, c_end = doc.clause_at(q.start)
    toks = doc.tokens

    def untimed(start: int, end: int) -> list[int]:  # the words between, a time's aside ("vorig jaar")
        return [k for k in range(doc.token_index(start), doc.token_index(end))
                if toks.raw[k].isalpha() and doc.covering(doc.times, toks.starts[k]) is None]
    if not any(len(untimed(h.end, q.start)) <= 1 and not doc.starting_in(doc.quantities, h.end, q.start)
               for h in doc.hits_in(c_start, q.start, "sold")):
        return False
    return not any(toks.low[k] in doc.lang.determiners_all or doc.hits_in(toks.starts[k], toks.ends[k], "possessive")
                   or getattr(doc.covering(doc.entities, toks.starts[k]), "type", "place") != "place"
                   for k in untimed(q.end, c_end))


def _sales(doc: Doc, ctx: ClaimContext, sent: Sentence, q: QuantityMention) -> list[ClaimDraft]:
    """What a firm sold, told by the firm (its name in the clause) or one holding a role at it (or the one person an
    interview names): its revenue; told by anyone else, nothing."""
    d = _draft(doc, ctx, sent, "revenue", q, q.end)
    said = ctx.attribution(sent)
    speaker, people = said.speaker, {p.name for p in ctx.persons}
    if speaker is None and len(people) == 1:
        speaker = next(iter(people))
    if speaker is None:  # "Calverda vendió 2.480 millones de euros": the firm named in the clause
        name, mention = ctx.org_for(sent, q.start, q.end)
        speaker = name if mention is not None and mention.start >= doc.clause_at(q.start)[0] else None
    return [d] if d.claim.org and d.claim.org in (speaker, ctx.role_org.get(speaker)) and not said.third_party else []


def _beside_estimates(doc: Doc, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """A result observers expected after the company's own figure of that measure ("Operating profit fell to $318
    million. Analysts had expected $365 million") is their estimate beside it, no result; before any figure of its
    measure it is the result expected ("Analysts expect X to report revenue of $6.4bn")."""
    estimates = {id(d) for d in drafts if d.claim.kind in ACCOUNTS and _estimated(doc, d)}
    return [d for d in drafts if id(d) not in estimates or not any(
        o.claim.kind == d.claim.kind and o.start < d.start and id(o) not in estimates for o in drafts)]


def _estimated(doc: Doc, d: ClaimDraft) -> bool:
    """Observers (`attribution.observers`: "analysts", "Analytikerna") in the figure's clause before it and a word
    of expecting (`modality.expected`) after them, before the figure or right after it ("Analysten hatten ein Ebit von
    365 Millionen Euro erwartet")."""
    c_start, c_end = doc.clause_at(d.start)
    return any(h.key == "expected" and h.start >= o.end and (h.end <= d.start or doc.words_between(d.end, h.start) <= 1)
               for o in doc.hits_in(c_start, d.start, "observers") for h in doc.hits_in(o.end, c_end, "mod"))


def _dated_after(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """A time or a word of the year before right after the figure, two words at most between ("from $2.9 billion in
    2024", "von 430 Millionen Euro im Jahr 2024", "from $690 million a year earlier"): the level before a change is of a
    period the text tells."""
    def near(start: int) -> bool:
        return doc.words_between(q.end, start) <= 2 and not doc.starting_in(doc.quantities, q.end, start)
    return any(near(t.start) for t in doc.starting_in(doc.times, q.end, sent.end)) or any(
        h.key == "year_earlier" and near(h.start) for h in doc.hits_in(q.end, sent.end, "time"))


LABEL_MARKS = " \t•*·▪–—-"  # a list item's mark before its label
ABBREVIATED = re.compile(r"\s*\([^()]{1,12}\)\s*$")  # a label's abbreviation after it: "Operating profit (EBIT)"


def _label(doc: Doc, sent: Sentence, c_start: int) -> list:
    """A line opening with a money word alone and a colon before the figure ("• Umsatz: 412,6 Mio. Euro (408,1 Mio.
    Euro)", "Revenue: £612m", "Chiffre d'affaires : 1,2 milliard"; its abbreviation in brackets between: "Operating
    profit (EBIT): €52m"): that word, the label of a list of results."""
    text = doc.text
    if text[c_start - 1:c_start] != ":":
        return []
    label = ABBREVIATED.sub("", text[sent.start:c_start - 1].strip(LABEL_MARKS))  # "Bedrijfsresultaat (EBIT):"
    return [h for h in doc.hits_in(sent.start, c_start, "money") if text[h.start:h.end].lower() == label.lower()]


def _staff_label(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """A line opening with a staff noun, a word of the number of at most before it (`numbers.count_of`), no cut word
    before its colon and the count right after it ("• Mitarbeiter zum 31. März: 5.840 (6.010)", "• Employees: 5,840",
    "- Aantal medewerkers per 30 juni: 5.240"): a list's staff."""
    text = doc.text
    c_start, _ = doc.clause_at(q.start)
    if text[c_start - 1:c_start] != ":" or text[c_start:q.start].strip():
        return False
    opening = sent.start + len(text[sent.start:c_start]) - len(text[sent.start:c_start].lstrip(LABEL_MARKS))
    count_of = doc.lang.count_of.match(text, opening)  # "Aantal medewerkers per 30 juni:", "Number of employees:"
    if count_of:
        opening = count_of.end() + len(text[count_of.end():c_start]) - len(text[count_of.end():c_start].lstrip())
    return any(h.start == opening for h in doc.hits_in(sent.start, c_start, "workforce")) and not doc.hits_in(
        sent.start, c_start, "cut", "cut_nouns")


def _money_kind(doc: Doc, sent: Sentence, q: QuantityMention, level: bool = False) -> str | None:
    """The measure a money figure is of: the nearest money word in its clause, else one a few words after it
    ("en tout « 4 milliards d'euros » d'économies"); not a ratio ("revenue per employee"). An aside in brackets
    does not end the clause: "Der operative Gewinn (Ebit) lag bei 980 Millionen Euro". The ``level`` a change went
    to or came from, in a clause of its own, is of the last measure before it ("le chiffre d'affaires, en repli de 1,9%
    à 65,9 milliards", "sjönk till 1,35 miljarder kronor, från 1,58 miljarder kronor för ett år sedan")."""
    c_start, c_end = doc.clause_at(q.start)
    text = doc.text
    if doc.lang.per_share.match(text, q.end + len(text[q.end:q.end + 3]) - len(text[q.end:q.end + 3].lstrip())):
        return None, None  # "un dividendo de 0,32 euros por acción": a sum per share measures no result of the firm
    opening = text.rfind("(", sent.start, c_start) if text[c_start - 1:c_start] == ")" else -1
    if opening > sent.start:
        c_start = doc.clause_at(opening - 1)[0]

    def usable(h) -> bool:
        rest = text[h.end:h.end + 12]
        at = h.end + len(rest) - len(rest.lstrip())
        return (not doc.lang.ratio.match(text, at) or bool(doc.lang.per_year.match(text, at))) and not taken(h)
        # "d'économies par an"

    def taken(h) -> bool:  # "verloor 18 miljoen euro bij een omzet van 27 miljoen": the word of the figure after it
        return h.start >= q.end and any(doc.words_between(h.end, o.start) <= 2 and not _is_time(doc, o)
                                        for o in doc.starting_in(doc.quantities, h.end, c_end))

    def joined(h) -> bool:  # "sjönk omsättningen till 3,1 miljarder och rörelseresultatet blev ...": the next one's word
        words = doc.tokens.low[doc.token_index(q.end):doc.token_index(h.start)]
        return h.start >= q.end and any(w in doc.lang.and_words for w in words)

    kinds, basis = [h for h in doc.hits_in(c_start, c_end, "money") if usable(h)], "stated"
    if any(h.end <= q.start for h in kinds):
        kinds = [h for h in kinds if not joined(h)]
    last_before = sorted(doc.hits_in(sent.start, c_start, "money"), key=lambda h: h.end)[-1:]
    opening = norm(text[c_start:q.start].strip())
    if not kinds and (doc.lang.base.search(text[c_start:q.start]) or opening in doc.lang.compared_opening):
        return (last_before[0].key, "compared") if last_before else (None, None)  # ", frente a los 2.500 millones",
        # ", nach 356 Millionen Euro im Vorjahr": compared with
    if not kinds and (level or opening in doc.lang.range_words or opening in doc.lang.change_to):
        kinds = last_before  # "..., tot 412 miljoen euro", "..., hasta 210 millones"
    if not kinds and not opening:
        kinds = _label(doc, sent, c_start)  # "• Umsatz: 412,6 Mio. Euro"
    if not kinds:  # the word after it, outside its clause
        kinds, basis = [h for h in doc.hits_in(q.end, sent.end, "money")
                        if usable(h) and doc.words_between(q.end, h.start) <= 3
                        and not doc.starting_in(doc.quantities, q.end, h.start)], "sentence"  # not "£64 million, or 20.5% of revenue"
    if not kinds and (asked := _question_answered(doc, sent, q)) is not None:
        kinds = doc.hits_in(asked.start, asked.end, "money")  # "Was soll der Abbau einsparen? B: Rund 25 Millionen Euro"
    if not kinds:
        return None, None
    kinds = [h for h in kinds if not any(o.key == "other_measures" != h.key and o.start <= h.start and h.end <= o.end
                                         for o in kinds)]  # "investeerders" is no "investe*": the other measure's word
    if _minus(doc, q):  # "Das Ebit lag bei minus 24 Millionen": a minus word right before it is its sign, not a loss
        kinds = [h for h in kinds if h.start >= q.start or doc.words_between(h.end, q.start)] or kinds
    kinds = [h for h in kinds if not any(  # "... minus 24 Millionen Euro nach plus 57 Millionen": another's sign
        o.start != q.start and _minus(doc, o) and doc.words_between(h.end, o.start) == 0
        for o in doc.starting_in(doc.quantities, h.end, h.end + 3))] or kinds
    kind = min(kinds, key=lambda h: min(abs(h.start - q.end), abs(q.start - h.end))).key
    compared = doc.lang.base.search(text[c_start:q.start]) or any(
        opening == w or opening.startswith(w + " ") for w in doc.lang.compared_opening) or any(  # ", nach einem Gewinn von"
        h.key == "year_earlier" for h in doc.hits_in(c_start, q.start, "time"))  # ", nachdem es ein Jahr zuvor noch einen
    # Gewinn von 2,3 Millionen Euro erzielt hatte"
    if kind == "profit" and norm(text[c_start:q.start].strip()).startswith(doc.lang.bottom_line or ("\0",)) and not (
            doc.starting_in(doc.quantities, c_start, q.start)):
        return "net_income", basis  # "Unter dem Strich blieb ein Gewinn von 9 Mio. Euro": the bottom line's (its first)
    if kind == "profit" and compared and (any(h.key == "net_income" for h in doc.hits_in(sent.start, c_start, "money"))
                                          or doc.hits_in(sent.start, c_start, "net_loss")):
        return "net_income", basis  # "Resultatet efter skatt blev ..., jämfört med en vinst på 61 miljoner", "Unter dem
        # Strich stand ein Verlust von 112 Mio. Euro, nach einem Gewinn von 38 Mio. Euro", "a net loss of $412
        # million, compared with a profit of $1.05bn": the same measure
    if kind == "profit" and not doc.hits_in(sent.start, c_start, "money") and any(
            h.key == "year_earlier" for h in doc.hits_in(sent.start, q.start, "time")) and _net_told_before(doc, sent):
        return "net_income", basis  # "... einen Nettoverlust von 34 Millionen Euro. Ein Jahr zuvor ... einen Gewinn"
    return kind, basis


def _net_told_before(doc: Doc, sent: Sentence) -> bool:
    """The sentence before, in the same block, ends its results with a net one ("... und einen Nettoverlust von 34
    Millionen Euro ausgewiesen. Ein Jahr zuvor hatte der Zulieferer noch einen Gewinn von 52 Millionen Euro erzielt"):
    a profit of a year before opening the next sentence is that same measure."""
    if sent.index == 0 or (prev := doc.sentences[sent.index - 1]).block != sent.block:
        return False
    hits = doc.hits_in(prev.start, prev.end, "money", "net_loss")
    last = max((h.end for h in hits), default=None)  # "a net loss": its "loss" ends with it
    return any(h.end == last and (h.label == "net_loss" or h.key == "net_income") for h in hits)


def _conversion(doc: Doc, sent: Sentence, q: QuantityMention, quantities) -> bool:
    """The same sum in another currency right after it: "65,9 milliards de francs suisses (71 milliards d'euros)",
    "150 Milliarden Yen (umgerechnet rund 905 Millionen Euro)"."""
    before = [o for o in quantities if o.end <= q.start and o.quantity.unit not in ("count", "percent", "days")]
    if not before or before[-1].quantity.unit == q.quantity.unit:
        return False
    between = doc.text[before[-1].end:q.start]
    return len(between) <= 40 and ("(" in between or bool(doc.hits_in(before[-1].end, q.start, "conversion")))


def _minus(doc: Doc, q: QuantityMention) -> bool:
    """A minus sign or word right before a figure ("-$30 million", "minus 300 miljoner kronor"), or before its
    preposition ("un resultado negativo de 9 millones"), not a range's dash."""
    before = doc.text[max(0, q.start - 25):q.start].rstrip()
    if before.endswith(("-", "\u2212")):
        return not before[:-1][-1:].isalnum()
    words = [norm(w) for w in before.split()[-2:]]
    return bool(words) and (words[-1] in doc.lang.minus or len(words) == 2 and len(words[1]) <= 3 and words[0] in doc.lang.minus)


def _negated(q: Quantity) -> Quantity:
    return evolve(q, value=-q.value if q.value is not None else None, low=-q.high if q.high is not None else None,
                  high=-q.low if q.low is not None else None)


def _percent(doc: Doc, ctx: ClaimContext, sent: Sentence, q: QuantityMention, quantities, role: Role | None) -> list[ClaimDraft]:
    c_start, c_end = doc.clause_at(q.start)
    if role is not None and role.part == "by":
        kind, _ = _money_kind(doc, sent, q)
        if kind in LEVELS and (_comparable(doc, sent, q) or _an_effect(doc, q) or _of_a_line(doc, q)):
            return []  # "like-for-like sales fell 8%", "ventas comparables", "currency effects cut revenue by 2%": a
            # change of no revenue level
        if kind in LEVELS:  # "caída del 93,5 por ciento en su beneficio neto": a fall, when no level is given
            if q.fraction and q.quantity.bound:
                return []  # "earnings fell by more than half": a bound of a rounded share, no change to tell
            if not role.falling or any(o.quantity.unit not in ("count", "percent", "days") for o in quantities):
                return []  # "revenue rose 27% to 13.3 billion": the level is the claim
            d = _draft(doc, ctx, sent, kind, q, q.end, _negated(q.quantity), basis="change")
            d.claim = evolve(d.claim, aggregate="change")
            return [d]
    if (margin := _margin(doc, q)) is not None:
        if not margin or not doc.in_sentence(doc.times, sent):
            return []  # "its long-term goal of an operating margin of 10 percent": a margin of no period told
        d = _draft(doc, ctx, sent, "profit", q, q.end)
        d.claim = evolve(d.claim, aggregate="margin")
        return [d]
    share = _head(doc, q, SHARE) or next(iter(doc.hits_in(q.start, q.end, "jobs")), None)  # "6% of its workforce",
    # "un poste sur cinq"
    before = [h for h in doc.hits_in(max(sent.start, q.start - 40), q.start, "workforce")  # "workforce by 15%"
              if not any(o is not q and (h.end <= o.start < q.start or o.end <= h.start and doc.words_between(o.end, h.start) <= 1)
                         for o in quantities)]  # not the noun of another figure: "130.000 empleados, y ... del 20%"
    own_cut = (doc.hits_in(sent.start, c_end, "cut", "cut_nouns") or role is not None and role.falling
               or _plan_affects(doc, sent, c_start, q.start))
    cut = own_cut or _cuts_around(doc, sent) and not (share and _described_staff(doc, share))
    fewer = doc.lang.fewer.match(doc.text, q.end + 1) and _about_staff(doc, sent) and not _a_price(doc, sent, q) and not any(
        o.end <= q.start and o.quantity.unit not in ("count", "percent", "days") for o in quantities
    )  # "een kwart minder"; not the change of a sum before it ("ganó 610 millones de euros, un 4% menos")
    if share and _of_a_site(doc, share.start, share.end):
        return []  # "réduire de moitié les effectifs de son usine de Saint-Lô": one site's share, none of the company's
    if (share and share.label == "jobs" and q.fraction and doc.hits_in(q.end, sent.end, "attrition")
            and doc.any_hit(0, sent.start, "cut")):
        return []  # "Ongeveer de helft van de banen verdwijnt doordat vacatures niet worden ingevuld": of the cuts told
    if (share or before) and cut or fewer:
        d = _draft(doc, ctx, sent, "job_cuts", q, share.end if share else q.end,
                   basis="share" if (share or before) and own_cut else "context")
        if share and d.claim.segment is None and (qualifier := _qualifier(doc, q.end, share.start)
                                                   or _staff_country(doc, share.end)):
            d.claim = evolve(d.claim, segment=qualifier)
        return [d]
    return []


def _margin(doc: Doc, q: QuantityMention) -> bool | None:
    """A margin's word (``money.margin``) three words at most before the percent in its clause, no other figure or
    measure word between ("un objectif de marge opérationnelle de 6 % en 2027", "an operating margin of 6 percent",
    "rörelsemarginalen, 10 procent"): the profit as a share of revenue (aggregate "margin"), never a change of profit.
    False for a margin changed ("improve its margin by 2 points") or a range read as two points: no claim, as for a
    margin of no period its sentence tells."""
    c_start, _ = doc.clause_at(q.start)
    near = [h for h in doc.hits_in(max(c_start, q.start - 60), q.start, "margin") if doc.words_between(h.end, q.start) <= 3]
    if not near or doc.hits_in(near[-1].end, q.start, "money") or doc.starting_in(doc.quantities, near[-1].end, q.start):
        return None
    nxt = next(iter(doc.starting_in(doc.quantities, q.end, q.end + 20)), None)
    if nxt is not None and any(norm(w) in doc.lang.and_words for w in doc.text[q.end:nxt.start].split()):
        return False  # "un margen operativo de entre el 4% y el 5%": a range read as two points
    return not doc.hits_in(near[-1].end, q.start, "fall", "rise")


def _of_a_site(doc: Doc, start: int, end: int) -> bool:
    """A noun of one site three words at most after the staff a share is of, in its clause ("les effectifs de son usine", "the
    staff at its Derby plant", "der Stellen im Werk"), or right before it, a genitive's "'s" at most between ("the
    plant's staff", "the plant staff"): the share is that site's."""
    _, c_end = doc.clause_at(end)
    return any(doc.words_between(end, h.start) <= 3 and norm(doc.text[h.start:h.end]) in doc.lang.one_site
               for h in doc.hits_in(end, min(c_end, end + 30), "store")) or any(  # not "at its plants in Ohio"
        SITE_STAFF.fullmatch(doc.text, h.end, start) and norm(doc.text[h.start:h.end]) in doc.lang.one_site
        for h in doc.hits_in(max(0, start - 30), start, "store"))


def _plan_affects(doc: Doc, sent: Sentence, c_start: int, pos: int) -> bool:
    """A plan, of cuts or told before (``claims.the_plan``, ``claims.cut_plans``), is the subject of a verb of
    affecting the figure at ``pos`` ("Le plan concerne donc environ 8 % des effectifs", "The plan affects about 8% of
    its workforce"), and a sentence before tells cuts: the share is cut."""
    return any(doc.hits_in(c_start, a.start, "the_plan", "cut_plans") for a in doc.hits_in(c_start, pos, "affected")) \
        and doc.any_hit(0, sent.start, "cut", "cut_nouns")


def _an_effect(doc: Doc, q: QuantityMention) -> bool:
    """A currency or an effect (``money.effects``) before the first measure word of the figure's clause, its subject
    ("Den starkare kronan minskade omsättningen med 330 miljoner kronor", "Currency effects reduced revenue by 2%"):
    the change is what that did to the measure, not the measure's own change."""
    c_start, c_end = doc.clause_at(q.start)
    measures = doc.hits_in(c_start, c_end, "money")
    return bool(measures and doc.hits_in(c_start, measures[0].start, "effects"))


def _nine_months(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """A result of the year's first nine months (``time.nine_months``: "in the first nine months", "in den ersten neun
    Monaten", "en los nueve primeros meses del año"), told before the sentence's first figure with no other time
    between it and the figure ("In den ersten neun Monaten kam X auf einen Nettogewinn von 231 Millionen Euro und einen
    Umsatz von 6,9 Milliarden Euro"), or in the figure's clause after it, no other figure between: dated by the year,
    but no rival of the year's result (aggregate "nine_months")."""
    _, c_end = doc.clause_at(q.start)
    before = [h for h in doc.hits_in(sent.start, q.start, "time") if h.key == "nine_months"]
    after = [h for h in doc.hits_in(q.end, c_end, "time") if h.key == "nine_months"]
    return bool(before and not doc.starting_in(doc.quantities, sent.start, before[0].start)
                and not doc.starting_in(doc.times, before[-1].end, q.start)
                or after and not doc.starting_in(doc.quantities, q.end, after[0].start))


def _of_a_unit(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """The sentence opens with a unit of the company as the subject of the result (``money.units``, or a subsidiary's
    word, ``entities.subsidiary``; a determiner or a possessive and at most three words before it, no measure word or
    figure): "The dairy division, the group's largest, had revenue of ...", "Die Verpackungssparte setzte ... um", "La
    filial portuguesa de X facturó ...". No organisation or person stands between it and the figure but the parent
    after a link (``money.part_links``: "de X"); one in apposition is the unit's own name (its claim is that
    organisation's)."""
    units = doc.hits_in(sent.start, q.start, "units", "subsidiary")
    if not units or doc.hits_in(sent.start, units[0].end + 1, "money") or not any(
            doc.hits_in(units[0].end, q.end, "money")):
        return False  # "La cifra de negocio de la compañía": a measure's own word
    u = units[0]
    opening = doc.text[sent.start:u.start]
    if any(c.isdigit() or c in ",;:" for c in opening) or len(opening.split()) > 4 or opening.split() and not (
            doc.tokens.low[doc.token_index(sent.start)] in doc.lang.determiners_all
            or doc.any_hit(sent.start, u.start, "possessive")):
        return False
    for m in doc.starting_in(doc.entities, u.end, q.start):
        if m.type == "person" or m.type == "organization" and not doc.hits_in(
                max(u.end, m.start - 5), m.start, "part_links"):
            return False
    return True


def _of_a_line(doc: Doc, q: QuantityMention) -> bool:
    """The sales word of the figure's clause names what is sold after a link (``money.part_links``): a noun, no
    company word, organisation or figure ("Les ventes de modèles électriques du groupe ont reculé de 7 %", "sales of
    its electric models fell 7%", "revenue from AI chips"; not "les ventes du groupe", "revenue of about $3 billion"):
    one line's sales."""
    c_start, _ = doc.clause_at(q.start)
    toks, lang = doc.tokens, doc.lang
    for h in doc.hits_in(c_start, q.start, "money"):
        k = h.j
        if h.key != "revenue" or k >= len(toks) or not doc.hits_in(toks.starts[k], toks.ends[k], "part_links"):
            continue
        k, after = k + 1, toks.ends[k]
        while k < len(toks) and (toks.low[k] in lang.determiners_all or doc.hits_in(toks.starts[k], toks.ends[k], "possessive")):
            k += 1
        if k >= len(toks) or not toks.raw[k][:1].isalpha():
            continue
        start = toks.starts[k]
        acronym = toks.raw[k].isupper() and len(toks.raw[k]) <= 4  # "revenue from AI chips"
        figure = next(iter(doc.starting_in(doc.quantities, start, q.end)), None)  # "sales of SEK 4,050 million"
        if (toks.raw[k][:1].isupper() and not lang.capitalised_nouns and not acronym
                or doc.starting_in(doc.entities, start, start + 1)
                or doc.hits_in(after, toks.ends[k], "company_nouns", "anaphora", "hedge")
                or figure is not None and doc.words_between(start, figure.start) <= 2):
            continue
        return True
    return False


def _comparable(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """The change is measured on a like-for-like base (``money.comparable``), in the figure's clause ("like-for-like
    sales fell 8%", "las ventas comparables cayeron un 8%") or in a phrase opening its sentence before it ("En données
    comparables, le chiffre d'affaires a baissé de 2 %"; not "Like-for-like sales fell 2%, but revenue rose 5%")."""
    c_start, c_end = doc.clause_at(q.start)
    return any(h.start >= c_start or not doc.hits_in(h.end, c_start, "money")
               for h in doc.hits_in(sent.start, c_end, "comparable"))


def _qualifier(doc: Doc, start: int, head: int) -> str | None:
    """A word right before the staff a percent is of that says which staff ("10% of its sales staff", "10 procent
    van het commerciële personeel"): the share is of that part, not of all staff. Not a partitive, determiner or
    possessive ("6% of its workforce", "15% of the company's staff"), nor a figure ("7 % of its 9,000 staff"). A
    word joined to it by a hyphen is part of it ("20% of its part-time staff"), a place so joined that place ("50
    percent of its US-based workforce": United States)."""
    k = doc.token_index(head) - 1
    if k < 0 or doc.tokens.starts[k] < start or doc.starting_in(doc.quantities, start, head):
        return None
    word, low = doc.tokens.raw[k], doc.tokens.low[k]
    at = doc.tokens.starts[k]
    if doc.text[at - 1] == "-":
        place = [m for m in doc.starting_in(doc.entities, start, at) if m.type == "place" and m.end == at - 1]
        return place[0].name if place else doc.text[max(start, doc.text.rfind(" ", start, at) + 1):doc.tokens.ends[k]]
    if (not word.isalpha() or doc.text[at - 1] in "'’" or low in doc.lang.determiners_all | doc.lang.articles_and_now
            or doc.lang.partitive.match(doc.text, at) or doc.hits_in(at, doc.tokens.ends[k], "possessive")):
        return None
    return word


def _staff_country(doc: Doc, head_end: int) -> str | None:
    """A country's adjective right after the staff a percent is of (``claims.staff_countries``: "12 % de ses
    effectifs français", "el 12 % de su plantilla francesa"): the share is of that country's staff."""
    k = doc.token_index(head_end)
    if k >= len(doc.tokens.starts) or doc.words_between(head_end, doc.tokens.starts[k]):
        return None
    return doc.lang.staff_countries.get(norm(doc.tokens.raw[k]))


def _spoken_of(doc: Doc, q: QuantityMention, head) -> bool:
    """A verb of speaking of a count stands right before it or right after its noun in its clause ("sprach von 1.400
    Stellen", "put the number at 1,400", "hatte von 900 Stellen gesprochen"; ``claims.spoken_of``): the count is
    the cuts told, never a workforce."""
    c_start, c_end = doc.clause_at(q.start)
    end, k = head.end if head is not None else q.end, doc.token_index(q.start)
    return any(h.end <= q.start and (doc.words_between(h.end, q.start) == 0 if not h.split else  # "bezifferte ... auf"
                                     k and doc.tokens.low[k - 1] == h.key.split()[-1])
               or h.start >= end and doc.words_between(end, h.start) == 0 for h in doc.hits_in(c_start, c_end, "spoken_of"))


def _spoken_count(doc: Doc, ctx: ClaimContext, sent: Sentence, q: QuantityMention, head) -> list[ClaimDraft]:
    """A count spoken of is the cuts when its sentence or block tells of cuts and counts them with no other figure,
    or when a third party speaks of it (a union's count beside the company's: "De vakbond spreekt van 3.000 banen"),
    a count of jobs so spoken of paragraphs after the cuts too ("... schrapt 1.100 banen.\n\nDe vakbond spreekt van
    1.400 banen"), or a count opening the paragraph right after cuts (`_opens_after_cuts`)."""
    third = ctx.attribution(sent).third_party
    if not (doc.hits_in(sent.start, sent.end, "cut", "cut_nouns") or _cuts_around(doc, sent) or third
            and head is not None and doc.any_hit(0, sent.start, "cut", "cut_nouns") or head is not None
            and _opens_after_cuts(doc, sent)) or _counted_otherwise(doc, sent, q) and not third:
        return []
    return [_draft(doc, ctx, sent, "job_cuts", q, head.end if head is not None else q.end, basis="context")]


def _opens_after_cuts(doc: Doc, sent: Sentence) -> bool:
    """The sentence opens its paragraph, and the one right before it, ending the paragraph before, tells of cuts and
    counts jobs ("Nach Angaben der Gewerkschaft sind 900 Stellen betroffen, weil ... abbaut." then "Drevenhof selbst
    spricht von 720 Stellen."): a count spoken of is of those cuts."""
    if not sent.index:
        return False
    prev = doc.sentences[sent.index - 1]
    return (prev.block != sent.block and not prev.heading and bool(doc.hits_in(prev.start, prev.end, "cut", "cut_nouns"))
            and any(o.quantity.unit == "count" and _head(doc, o, ("jobs", "cut_counts")) is not None
                    for o in doc.in_sentence(doc.quantities, prev)))


def _counted_otherwise(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """Another count of jobs in the block, in a sentence telling of cuts: the count spoken of is an earlier or
    another one ("streicht 1.400 Stellen. Zuvor hatte das Unternehmen von 900 Stellen gesprochen"), no claim."""
    for other in doc.sentences:
        if other.block != sent.block or not doc.hits_in(other.start, other.end, "cut", "cut_nouns"):
            continue
        if any(o is not q and o.quantity.unit == "count" and o.quantity.value != q.quantity.value
               and _head(doc, o, ("jobs", "cut_counts")) is not None for o in doc.in_sentence(doc.quantities, other)):
            return True
    return False


def _a_price(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """A word of exchange before the figure, a hedge between at most (`numbers.for_price`: "sell pumps for up to a
    third less", "für ein Drittel weniger"): what is paid is less, not the staff."""
    start = q.start
    for h in reversed(doc.hits_in(sent.start, q.start, "hedge")):
        if not doc.text[h.end:start].strip():
            start = h.start
    return bool(doc.lang.for_price.search(doc.text, sent.start, start))


def _about_staff(doc: Doc, sent: Sentence) -> bool:
    """The sentence or the one before it in its block speaks of staff ("Bij VW werken 130.000 mensen. Dat moeten
    er een kwart minder zijn.")."""
    prev = doc.sentences[sent.index - 1] if sent.index and doc.sentences[sent.index - 1].block == sent.block else sent
    return bool(doc.hits_in(prev.start, sent.end, "jobs", "workforce"))


def _count(doc: Doc, ctx: ClaimContext, sent: Sentence, q: QuantityMention, quantities, role: Role | None,
           found: list[ClaimDraft]) -> list[ClaimDraft]:
    c_start, c_end = doc.clause_at(q.start)
    if (q.quantity.value or 0) < FEW and not doc.text[q.start].isdigit() and not _head(doc, q, ("store",)):
        return []  # "twee ontslagrondes", "one of the largest": words for a few are no staff figures
    if max(q.quantity.value or 0, q.quantity.high or 0) > MOST_STAFF:
        return []
    if _excluded(doc, q) or _abandoned(doc, sent, q) or _instead_of_cuts(doc, sent):
        return []
    head = _head(doc, q, ("jobs", "cut_counts"))  # "850 départs", "1.000 despidos": cuts counted
    store = _head(doc, q, ("store",))
    if head is None and store is None and _total_brought_to(doc, sent, q):
        d = _draft(doc, ctx, sent, "job_cuts", q, q.end, basis="bare")
        d.claim = evolve(d.claim, aggregate="total")
        return [d]
    if head is None and store is None and _affected_raised_to(doc, sent, q):
        d = _draft(doc, ctx, sent, "job_cuts", q, q.end, basis="change")
        d.claim = evolve(d.claim, aggregate="revised")
        return [d]
    if store is None and (head is None or head.label != "cut_counts") and _we_are(doc, q, head):
        d = _draft(doc, ctx, sent, "workforce", q, head.end if head else q.end)
        speaker, people = ctx.attribution(sent).speaker, {p.name for p in ctx.persons}
        if speaker is None and len(people) == 1:  # an interview: the one person it names ("..., dit-elle")
            speaker = next(iter(people))
        if d.claim.org and d.claim.org in (speaker, ctx.role_org.get(speaker)) and not ctx.attribution(sent).third_party:
            return [d]  # "Nous sommes un peu plus de 8 000", said by the firm's chief or the firm: its staff
    if head is None and store is None and _staff_label(doc, sent, q):
        return [_draft(doc, ctx, sent, "workforce", q, q.end)]  # "• Mitarbeiter zum 31. März: 5.840"
    if head is None and store is None and _counts_a_noun(doc, q):
        return []
    if (head is not None and head.label == "cut_counts" and not _at_others(doc, ctx, q, head)
            and (store is None or head.start < store.start)):  # not "850 oficinas y ofrecerá prejubilaciones": sites
        return [_draft(doc, ctx, sent, "job_cuts", q, head.end, basis="counted")]  # "to bring to around 20,000 job cuts"
    if role is not None and not _left_at(doc, q):  # "la plantilla quedará en 19.800": no "by" of a change
        changed = _changed_count(doc, ctx, sent, q, role, head, store)
        if changed is not None:
            return changed
    if head is not None and _laid_off_for_a_time(doc, q):
        return []  # "will put 800 workers on short-time work": staff laid off for a time, neither a cut nor the staff
    if head is not None and _moved(doc, sent, q, head):
        return []  # "vende su negocio con sus 1.200 trabajadores": staff moved to another employer
    if _named_with_staff(doc, ctx, q, head):  # "Die X GmbH mit 4.000 Beschäftigten streicht 300 Stellen"
        return [] if _site_staff(doc, ctx, q) else [_draft(doc, ctx, sent, "workforce", q, head.end)]
    if _staff_size(doc, ctx, q, head):
        if doc.hits_in(q.end, _reach(doc, sent, q), "cut", "cut_nouns"):
            return []  # "Personalstyrkan på 5 100 personer ska minska": the staff a cut is of, not the cut
        if _site_staff(doc, ctx, q):
            return []
        d = _draft(doc, ctx, sent, "workforce", q, head.end if head else q.end)
        if d.claim.segment is None and head is None and (place := _staff_at_place(doc, q)):
            d.claim = evolve(d.claim, segment=place)
        return [d]
    if store is not None and doc.hits_in(sent.start, sent.end, "close") and (head is None or store.start <= head.start):
        return []  # counted by the store-closure component
    if store is None and _spoken_of(doc, q, head) and head is None:
        return _spoken_count(doc, ctx, sent, q, head)  # "put the number at 1,400"
    if head is None:  # a count of sites no verb closes counts no staff: "les 520 salariés des quatre sites"
        return [] if store is not None else _headless(doc, ctx, sent, q, quantities, found)
    if _replaces(doc, q):  # "the AI does the work of 700 people"
        d = _draft(doc, ctx, sent, "job_cuts", q, head.end, basis="replaced")
        d.modality = "reported"
        return [d]
    risk = _at_risk(doc, sent, q, head)
    if risk is False:
        return []  # "600 jobs are no longer at risk"
    if _at_others(doc, ctx, q, head):
        return []  # the staff of its suppliers or of a rival: "beim Nachbarn gehen 1.300 Stellen verloren"
    if risk:
        d = _draft(doc, ctx, sent, "job_cuts", q, head.end)
        d.at_risk = True
        return [d]
    if (staff := _head(doc, q, ("workforce",))) is not None and _it_is(doc, staff):
        return []  # "4.000 Mitarbeiter seien es weltweit": a staff counted, no cut
    if store is None and _spoken_of(doc, q, head):
        return _spoken_count(doc, ctx, sent, q, head)  # "hatte von 900 Stellen gesprochen": no workforce
    part = any(_part_of(doc, sent, o) is q for o in quantities if o.start >= q.end)  # "900 of the 3,100 workers"
    affected = _affected(doc, sent, q)
    if affected == "" and ctx.attribution(sent).third_party and (_cuts_around(doc, sent) or doc.hits_in(
            0, sent.start, "cut", "cut_nouns") and doc.hits_in(*doc.clause_at(q.start), "affected")
            and not doc.in_sentence(ctx.orgs, sent)):
        affected = "cut"  # "Volgens de vakbond gaat het om 750 banen" beside the company's 500: a third party's count;
        # "Enligt Pappers berörs 480 anställda" paragraphs after the cuts, naming no firm: the union's count of those
        # affected
    if affected is not None and _negated_verb(doc, q):
        return []  # "The 400 staff at its head office are not affected", "Nicht betroffen sind ..."
    if affected and _part_of(doc, sent, q):  # the whole of those a closure or a cut affects: of the site or the company
        return [] if affected == "close" or _site_staff(doc, ctx, q) else [_draft(doc, ctx, sent, "workforce", q, head.end)]
    if not affected and (not part and (head.label == "workforce" or _is_workforce(doc, sent, q, head)) or _remains(doc, q, head)):
        return [] if _site_staff(doc, ctx, q) else [_draft(doc, ctx, sent, "workforce", q, head.end)]
    own_cut = doc.hits_in(sent.start, c_end, "cut", "cut_nouns") or doc.hits_in(sent.start, sent.end, "cut_nouns") or (
        _gone_with(doc, q))
    if not own_cut and doc.hits_in(c_start, q.start, "target") and not doc.hits_in(c_start, c_end, "hire"):
        return [_draft(doc, ctx, sent, "workforce", q, head.end, basis="context")]  # "Ziel seien 2.000 Mitarbeiter"
    if not own_cut and not affected and (_site_staff(doc, ctx, q) or _of_a_place(doc, q)):
        return []  # "Das Werk in Gießen mit 520 Beschäftigten soll geschlossen werden": the site's staff, no cut told;
        # "Für Hameln, wo rund 1.400 Beschäftigte Getriebe bauen, ...": a place's staff, whatever cuts come around it
    cut = own_cut or affected or affected is None and _cuts_around(doc, sent) and not _aged(doc, head)
    if cut and _part_of(doc, sent, q) and doc.hits_in(head.start, head.end, "workforce"):
        return []  # "Rund 900 der 6.200 Beschäftigten verlieren ihren Arbeitsplatz": people on staff, the part is the cut
    whole_of = _part_of(doc, sent, q) if cut else None
    if whole_of and _total_whole(doc, whole_of, q, head):  # "850 der insgesamt 4.300 Arbeitsplätze abgebaut werden"
        return [] if _site_staff(doc, ctx, q) else [_draft(doc, ctx, sent, "workforce", q, head.end)]
    if cut and not _hired(doc, sent, q, head) and not _whole_first(
            doc, sent, q, quantities):
        return [_draft(doc, ctx, sent, "job_cuts", q, head.end, basis="stated" if own_cut else "context")]
    return []


def _described_staff(doc: Doc, head) -> bool:
    """Staff a verb of being follows right after their noun, no word of cutting, affecting or risk after it in its
    clause (`claims.copula`: "About 30% of the workers are women", "Environ 30 % des salariés sont des femmes"): a
    share described, no cut the sentences around tell (not "30% of the staff are affected")."""
    c_end = doc.clause_at(head.start)[1]
    return any(doc.words_between(head.end, h.start) == 0 for h in doc.hits_in(head.end, min(c_end, head.end + 12), "copula")
               ) and not doc.hits_in(head.end, c_end, "cut", "cut_nouns", "affected", "at_risk", "going", "exits")


def _aged(doc: Doc, head) -> bool:
    """Staff counted by their age, a word of it after their noun in its clause (`claims.aged`: "1 200 salariés ont plus
    de 55 ans", "1.200 trabajadores tienen más de 55 años", "1.200 werknemers zijn ouder dan 55"): a group described,
    no cut the sentences around tell."""
    return bool(doc.hits_in(head.end, doc.clause_at(head.start)[1], "aged"))


def _abandoned(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """A plan of cuts given up before the count (`claims.abandoned` a few words before it, a word of cutting or of a
    plan of cuts between, no conjunction nor other figure: "verzichtet auf den geplanten Abbau von 400 Stellen", "no
    longer plans to cut 600 jobs", "ha retirado el ERE que afectaba a 180 trabajadores"): no cut announced."""
    return _given_up(doc, sent, q.start, ABANDON_REACH, ("cut", "cut_nouns", "cut_plans"))


def _given_up(doc: Doc, sent: Sentence, at: int, reach: int, labels: tuple[str, ...] = ()) -> bool:
    """A word of giving a plan up (`claims.abandoned`) at most ``reach`` words before ``at`` in its sentence, a word of
    ``labels`` between when asked, no conjunction, comma nor figure between (not "shelved its expansion in Asia,
    cutting 500 jobs")."""
    return any(doc.words_between(h.end, at) <= reach and (not labels or doc.any_hit(h.end, at, *labels))
               and not doc.any_hit(h.end, at, "conjunctions") and not doc.starting_in(doc.quantities, h.end, at)
               and "," not in doc.text[h.end:at] for h in doc.hits_in(sent.start, at, "abandoned"))


ABANDON_REACH = 12  # words from the word of giving up to the count ("ha retirado el expediente ... que afectaba a 180")
CLOSE_GIVEN_UP = 4  # words from it to a closing word ("has scrapped plans to close", "verzichtet auf die Schließung")


def _instead_of_cuts(doc: Doc, sent: Sentence) -> bool:
    """Every cut word of the sentence follows a word of instead (`claims.instead`, two words at most between: "Statt
    Stellen zu streichen, wird die Arbeitszeit der 2.100 Beschäftigten gesenkt", "Instead of cutting jobs"): it tells
    what is done in their place, no cut nor staff."""
    cuts = doc.hits_in(sent.start, sent.end, "cut", "cut_nouns")
    instead = doc.hits_in(sent.start, sent.end, "instead")
    return bool(cuts and instead) and all(any(i.end <= c.start and doc.words_between(i.end, c.start) <= 2 for i in instead)
                                          for c in cuts)


def _it_is(doc: Doc, head) -> bool:
    """The words for "it is" right after a count's noun of staff (`claims.it_is`: "4.000 Mitarbeiter seien es
    weltweit"): the clause counts a staff, whatever cut the sentences around tell."""
    return any(doc.words_between(head.end, h.start) == 0 for h in doc.hits_in(head.end, head.end + 20, "it_is"))


def _we_are(doc: Doc, q: QuantityMention, head) -> bool:
    """A first person counting itself (`claims.we_are`: "We are about 8,000 people", "Nous sommes un peu plus de
    8 000", "Wir sind rund 8.000 Beschäftigte"): the words for "we are" right before the count, hedges aside, and
    the clause ending after it or its noun of staff (not "nous sommes 2 000 à avoir signé")."""
    if q.quantity.unit != "count" or counts_time(doc, q):
        return False
    before = doc.hits_in(max(0, q.start - 40), q.start, "we_are")
    hedges = doc.hits_in(before[-1].end, q.start, "hedge") if before else []
    if not before or doc.words_between(before[-1].end, q.start) > sum(h.j - h.i for h in hedges):
        return False
    end, c_end = head.end if head is not None else q.end, doc.clause_at(q.start)[1]
    while True:  # a segment, place or time may follow: "8 000 salariés dans le monde", "8 000 anställda i dag"
        nxt = [m.end for m in [*doc.hits_in(end, c_end, "segment"), *doc.starting_in(doc.times, end, c_end), *(
            e for e in doc.starting_in(doc.entities, end, c_end) if e.type == "place")] if doc.words_between(end, m.start) <= 1]
        if not nxt:
            return not doc.text[end:c_end].lstrip()[:1].isalnum()
        end = max(nxt)


def _whole_first(doc: Doc, sent: Sentence, q: QuantityMention, quantities) -> bool:
    """The count follows a partitive word opening its clause, a word at most before it (a verb put second: "...,
    sollen von den") or a word of "that" ("said that of the"), a hedge and a word of now between, and a count comes after it ("Sur les quelque
    520 salariés des quatre sites, environ 290 ...", "Of the 520 staff, about 290 ...", "sollen von den derzeit rund
    640 Mitarbeitern etwa 190 ihren Arbeitsplatz verlieren"): the whole a part is told of, no cut."""
    c_start = doc.clause_at(q.start)[0]
    start = max(c_start, _past_hedge(doc, q))
    now = [t for t in doc.hits_in(max(c_start, start - 20), start, "time") if t.key == "today" and not doc.text[t.end:start].strip()]
    start = now[0].start if now else start
    opening = norm(doc.text[c_start:start].strip(" \"“”«»„–—-,"))
    that = doc.hits_in(c_start, start, "complementizers")
    after = [o for o in (opening.split(" ", 1)[-1], norm(doc.text[that[-1].end:start].strip()) if that else "")
             if " " in o]  # after a word, a partitive of two words or more ("von den"; not "Streichung der")
    staff = doc.lang.partitive_before.search(doc.text, max(c_start, start - 30), start)  # "verliezen van de ... 640
    # medewerkers er 190": a partitive of two words or more right before a count of staff, wherever in its clause
    staff = staff is not None and " " in staff.group(0).strip() and _head(doc, q, ("workforce",)) is not None
    return (staff or any(doc.lang.partitive.fullmatch(o) for o in (opening, *after))) and any(
        o.start > q.end and o.quantity.unit == "count" for o in quantities)


def _staff_size(doc: Doc, ctx: ClaimContext, q: QuantityMention, head) -> bool:
    """The count is the size of a staff: right after a word of one ("with a staff of 1,700", "a total staff of
    about 7,000", "personalstyrkan på 5 100"; ``claims.staff_of``), or with a noun of staff (``claims.workforce``, not
    "jobs") in an apposition to an organisation or a word for it ("Torvmark AB, med 2 400 anställda, varslar", "La
    compañía, con sede en Málaga y unos 2.300 empleados,"; ``claims.with_staff``)."""
    start = _past_hedge(doc, q)  # "Nous sommes un peu plus de 8 000"
    if any(doc.words_between(h.end, start) <= 1 for h in doc.hits_in(max(0, start - 40), start, "staff_of")):
        return True
    if head is None and _staff_at(doc, start) is not None:
        return True
    with_ = [h for h in doc.hits_in(max(0, q.start - 60), q.start, "with_staff") if doc.words_between(h.end, q.start) <= 1
             or "," not in doc.text[h.end:q.start] and not doc.hits_in(h.end, q.start, "cut", "cut_nouns") and any(
                 doc.words_between(c.end, q.start) <= 1 for c in doc.hits_in(h.end, q.start, "conjunctions"))]
    if head is None or not doc.hits_in(head.start, head.end, "workforce"):
        return False
    if any(_sites_run_with(doc, start, h) for h in doc.hits_in(max(0, start - 40), start, "with_staff")):
        return True
    if not with_:
        return False
    if _with_staff_first(doc, ctx, with_[-1], head):
        return True
    run = with_[-1].start  # the organisation ends in the commas and white space right before: not a walk over all
    while run > 0 and (doc.text[run - 1].isspace() or doc.text[run - 1] == ","):
        run -= 1
    words = doc.hits_in(max(0, q.start - 120), q.start, "anaphora")
    heads = [*doc.ending_in(ctx.orgs, run, with_[-1].start), *words]
    return any(not doc.text[m.end:with_[-1].start].strip(" ,\u00a0").strip() and "," in doc.text[m.end:with_[-1].start]
               for m in heads) or _described(doc, ctx, with_[-1].start) or _described_subject(doc, run, words) or (
        _described_noun(doc, run, doc.hits_in(max(0, run - 80), run, "company_nouns")))


def _staff_at(doc: Doc, start: int) -> tuple[int, int] | None:
    """The span between a noun of staff (``claims.workforce``) and a verb of standing at a level right before the
    count, a few words apart ("Die Zahl der Beschäftigten in Deutschland liege stabil bei gut 3.100", "headcount
    stands at 3,100"; ``claims.staff_at``), in a clause naming no cuts; None without one. A comma may stand between
    the verb and the count, which then opens a clause of its own ("l'effectif était resté stable, autour de 1 450")."""
    c_start = _level_clause(doc, start)
    at = [h for h in doc.hits_in(max(c_start, start - 40), start, "staff_at") if not doc.text[h.end:start].strip(" ,")]
    if not at or doc.hits_in(c_start, start, "cut", "cut_nouns"):
        return None
    staff = [w for w in doc.hits_in(c_start, at[-1].start, "workforce") if doc.words_between(w.end, at[-1].start) <= 4]
    return (staff[0].end, at[-1].start) if staff else None


def _level_clause(doc: Doc, start: int) -> int:
    """Where the clause of a verb of standing at a level before the count at ``start`` begins: the count's own, or the
    one before when the count opens its clause after a comma ("l'effectif était resté stable, autour de 1 450")."""
    c_start, _ = doc.clause_at(start)
    if doc.text[c_start:start].strip():
        return c_start
    p = c_start
    while p > 0 and doc.text[p - 1].isspace():
        p -= 1
    return doc.clause_at(p - 1)[0] if p > 0 and doc.text[p - 1] == "," else c_start


def _staff_at_place(doc: Doc, q: QuantityMention) -> str | None:
    """The one place between the noun of staff and its verb of standing ("der Beschäftigten in Deutschland liege bei"):
    the segment the size is of."""
    span = _staff_at(doc, _past_hedge(doc, q))
    places = [m for m in doc.starting_in(doc.entities, *span) if m.type == "place"] if span else []
    return places[0].name if len(places) == 1 else None


DESCRIBING = re.compile(r"[^\W\dA-ZÀ-Þ]+(?:[\s'’-]+[^\W\dA-ZÀ-Þ]+)*")  # lowercase words only


def _sites_run_with(doc: Doc, start: int, with_) -> bool:
    """The staff after a with-word, a word of the whole at most between (`numbers.total`), of the sites a verb of
    running counts before it in its sentence (`claims.run`, `stores.nouns`), places at most between the sites' noun
    and the with-word, no word of cutting, closing or keeping in the sentence: "Brennecke betreibt danach noch 13
    Warenhäuser in Hessen, Niedersachsen und Thüringen mit zusammen rund 2.100 Mitarbeitern", "It runs 41 stores
    with a total of 1,600 staff" (not "schließt 13 Warenhäuser mit 2.100 Mitarbeitern", "übernimmt 13 Warenhäuser")."""
    sent = doc.sentence_at(start)
    words = doc.words_between(with_.end, start) - sum(doc.words_between(h.start, h.end)
                                                       for h in doc.hits_in(with_.end, start, "total"))
    if words > 0 or "," in doc.text[with_.end:start] or doc.hits_in(sent.start, sent.end, "cut", "cut_nouns", "close", "kept"):
        return False
    nouns = doc.hits_in(sent.start, with_.start, "store")
    if not nouns or doc.words_between(nouns[-1].end, with_.start) > 8 or doc.starting_in(
            doc.quantities, nouns[-1].end, with_.start) or any(
            e.type == "organization" for e in doc.starting_in(doc.entities, nouns[-1].end, with_.start)):
        return False
    sites = [o for o in doc.ending_in(doc.quantities, sent.start, nouns[-1].start) if o.quantity.unit == "count"
             and (o.quantity.value or 0) > 1 and doc.words_between(o.end, nouns[-1].start) == 0]
    return bool(sites) and any(doc.words_between(r.end, sites[-1].start) <= 2
                               for r in doc.hits_in(sent.start, sites[-1].start, "run"))


def _with_staff_first(doc: Doc, ctx: ClaimContext, with_, head) -> bool:
    """A with-word opening its sentence before the count of staff, then, a comma or a verb at most between, the
    organisation or a word for it a few words after the staff noun ("Mit weltweit 6.200 Beschäftigten erzielte das
    Unternehmen 2025 einen Umsatz", "With 6,200 employees worldwide, the company made"): its staff. No cut word in the
    sentence, no word of fewer after the noun."""
    if doc.sentence_at(with_.start).start != with_.start:
        return False
    end = doc.sentence_at(with_.start).end
    if doc.hits_in(with_.start, end, "cut", "cut_nouns", "close"):
        return False
    rest = doc.text[head.end:head.end + 20]
    if doc.lang.fewer.match(rest.lstrip()):
        return False  # "Mit 6.200 Beschäftigten weniger": a difference
    subjects = [*doc.starting_in(ctx.orgs, head.end, end), *doc.hits_in(head.end, end, "anaphora")]
    return any(doc.words_between(head.end, m.start) <= 5 and not doc.starting_in(doc.quantities, head.end, m.start)
               for m in subjects)


def _described_subject(doc: Doc, run: int, words) -> bool:
    """A word for the company opening its sentence, at most four lowercase words describing it, then the comma of
    the apposition at ``run`` ("La cadena de supermercados andaluza, con 412 establecimientos y unos 9.600
    empleados,"); no word of cutting, closing, saying or employing among them."""
    return any(doc.sentence_at(h.start).start == h.start and h.end < run and doc.words_between(h.end, run) <= 4
               and DESCRIBING.fullmatch(doc.text[h.end:run].strip())
               and not doc.hits_in(h.end, run, "cut", "cut_nouns", "mod", "close", "reporting", "employ")
               for h in words)


def _described_noun(doc: Doc, run: int, nouns) -> bool:
    """A company noun right before the comma of the apposition at ``run``, after the sentence's first word and at
    most three lowercase words describing it ("The family-owned grocery chain, with 412 stores and about 9,600
    employees,"); no word of cutting, closing, saying or employing among them."""
    for h in nouns:
        sent = doc.sentence_at(h.start)
        first = doc.tokens.ends[doc.token_index(sent.start)]
        if (doc.text[h.end:run].strip() or not first <= h.start or doc.words_between(first, h.start) > 3
                or doc.hits_in(sent.start, run, "cut", "cut_nouns", "mod", "close", "reporting", "employ")):
            continue
        between = doc.text[first:h.start].strip()
        if not between or DESCRIBING.fullmatch(between):
            return True
    return False


def _named_with_staff(doc: Doc, ctx: ClaimContext, q: QuantityMention, head) -> bool:
    """An organisation's name right before a with-word and the count of its staff, no comma between ("Die Brakel
    GmbH mit 4.000 Beschäftigten streicht 300 Stellen", "Brakel AB med 4 000 anställda varslar"): its workforce,
    whatever its verb cuts after."""
    if head is None or not doc.hits_in(head.start, head.end, "workforce") or doc.words_between(q.end, head.start):
        return False
    return any(doc.words_between(h.end, q.start) <= 1 and doc.ending_in(ctx.orgs, h.start - 1, h.start)
               and not doc.text[h.start - 1:h.start].strip() for h in doc.hits_in(max(0, q.start - 40), q.start, "with_staff"))


def _described(doc: Doc, ctx: ClaimContext, at: int) -> bool:
    """A company noun in an apposition to an organisation stands right before the word of staff at ``at`` ("Harlow
    Foods, a family-owned company with 2,400 employees,", "Verdane, une entreprise familiale de 2 400 salariés,")."""
    comma = doc.text.rfind(",", max(0, at - 60), at)
    if comma < 0 or doc.words_between(comma, at) > 4 or not doc.hits_in(comma, at, "company_nouns") or doc.hits_in(
            comma, at, "cut", "cut_nouns", "mod") or any(p in doc.text[comma + 1:at] for p in ",;:()"):
        return False
    run = comma
    while run > 0 and doc.text[run - 1].isspace():
        run -= 1
    return bool(doc.ending_in(ctx.orgs, run, comma))


def _changed_count(doc: Doc, ctx: ClaimContext, sent: Sentence, q: QuantityMention, role: Role, head, store):
    """A count in a change: levels of a workforce ("from 5,000 to 3,800", "shrunk headcount to 3,800"), a cut by
    a difference ("shrank its workforce by 1,000 employees"), sites closed ("factories from 17 to 10"), the count of
    a round revised ("raised the number of job cuts to 1,500 from 1,200": aggregate "revised")."""
    other = role.other
    stores = store or other is not None and (_head(doc, other, ("store",)) or head is None and (
        _before(doc, q, "store") or _before(doc, other, "store")))  # "sus plantas ... desde las 17 actuales hasta 10"
    if stores:
        if role.part != "to" or other is None or not role.falling or None in (q.quantity.value, other.quantity.value):
            return []  # no one difference to a range ("its plants from 17 to 10-12")
        closed = other.quantity.value - q.quantity.value
        d = _draft(doc, ctx, sent, "store_closure", q, q.end, Quantity("count", value=closed), basis="change")
        d.claim = evolve(d.claim, object=d.claim.org)  # the company's own sites, as a count of closures has
        return [evolve_draft(d, start=other.start)]
    if head is None and other is not None and _counts_a_noun(doc, other):
        return []  # "die Arbeitszeit der 2.100 Beschäftigten von 35 auf 32 Stunden": hours, no staff
    c_start = doc.clause_at(q.start)[0]
    if role.part in ("to", "from") and (  # not "a workforce reduction of 240,000 to 226,000": levels of staff
            doc.hits_in(c_start, q.start, "cut_nouns") and not doc.hits_in(c_start, q.start, "workforce")
            or _cuts_counted(doc, sent, q if other is None or q.start < other.start else other)):
        if role.part == "from":  # "raised the number of job cuts to 1,500 from 1,200": the count before, told before
            return []
        d = _draft(doc, ctx, sent, "job_cuts", q, head.end if head else q.end, basis="change")
        d.claim = evolve(d.claim, aggregate="revised")  # the round's count revised: no rival of the count it replaces
        return [d]
    staff = head or any(doc.hits_in(max(sent.start, end.start - 60), end.start, "workforce", "jobs") or _head(doc, end, ("jobs",))
                        for end in (q, other) if end is not None)  # the two ends of a change count one staff:
    # "Die Zahl der Beschäftigten sinkt damit von 2.900 auf knapp 2.500"
    if not staff:
        return None
    if role.part == "by":
        return [_draft(doc, ctx, sent, "job_cuts", q, head.end if head else q.end, basis="change")] if role.falling else []
    d = _draft(doc, ctx, sent, "workforce", q, head.end if head else q.end, basis="change")
    d.earlier_state = role.part == "from"
    d.part, d.other = role.part, other.start if other is not None else None
    return [d]


def _cuts_counted(doc: Doc, sent: Sentence, first: QuantityMention) -> bool:
    """What a change of a count revises is a count of cuts: a cut noun, or a cut verb right after jobs ("die Zahl der
    Stellen, die wegfallen"), shortly before its first figure with no figure between ("the number of job cuts to
    3,600 from 3,000", "het aantal ontslagen van 3.000 naar 3.600"); not a cut verb of the workforce ("cut its
    workforce from 5,000 to 3,800")."""
    start = max(sent.start, first.start - 80)
    return any((h.label == "cut_nouns" or any(doc.words_between(j.end, h.start) <= 2 for j in doc.hits_in(start, h.start, "jobs")))
               and doc.words_between(h.end, first.start) <= 6 and not doc.starting_in(doc.quantities, h.end, first.start)
               and not any(w.start <= h.start and doc.words_between(w.end, h.start) == 0
                           for w in doc.hits_in(max(0, h.start - 30), h.end, "workforce"))  # "workforce reduction of
               for h in doc.hits_in(start, first.start, "cut_nouns", "cut"))  # 240,000 to 226,000": its levels


def _rest_leaving(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """The count is the rest of a staff (`claims.rest` right beside it: "the remaining 105", "Los 105 restantes") and
    its sentence gives them a way out after it (`claims.exits`: "early retirement or severance", "prejubilaciones o
    indemnizaciones"): a cut of that part, not those kept ("the remaining 1,700 will keep their jobs")."""
    toks = doc.tokens
    near = toks.starts[max(0, doc.token_index(q.start) - 2)], toks.ends[min(len(toks) - 1, doc.token_index(q.end))]
    return any(doc.words_between(h.end, q.start) <= 1 if h.end <= q.start else doc.words_between(q.end, h.start) <= 1
               for h in doc.hits_in(*near, "rest")) and bool(doc.hits_in(q.end, sent.end, "exits"))


def _before(doc: Doc, q: QuantityMention, label: str):
    """A noun of the label shortly before the figure in its clause ("factories from 17 to 10")."""
    c_start, _ = doc.clause_at(q.start)
    return [h for h in doc.hits_in(c_start, q.start, label) if doc.words_between(h.end, q.start) <= 10]


def _headless(doc: Doc, ctx: ClaimContext, sent: Sentence, q: QuantityMention, quantities, found: list[ClaimDraft]) -> list[ClaimDraft]:
    """A count with no noun after it: the next of a list ("1,000 redundancies at X, another 400 in Y and 200 in
    Z"), the whole of a part ("4,000 of the 52,000": the workforce), or kept staff ("the 1,700 who will remain")."""
    c_start, c_end = doc.clause_at(q.start)
    if (gapped := _gapped(doc, ctx, sent, q, found)) is not None:
        return [gapped]
    if (asked := _asked_count(doc, sent, q)) is not None:
        return [_draft(doc, ctx, sent, asked, q, q.end, basis="context")]
    if q.quantity.value and doc.hits_in(max(sent.start, q.start - 60), q.start, "workforce") and any(
            o.to_next for o in quantities if o.end <= q.start) and not _hiring(doc, sent, q):
        return [_draft(doc, ctx, sent, "workforce", q, q.end)]
    if (whole := _sites_left(doc, sent, q, quantities)) is not None:
        return _closed_of_left(doc, ctx, sent, q, whole)
    if _level_now(doc, sent, q):
        return [_draft(doc, ctx, sent, "workforce", q, q.end, basis="bare")]
    if _remains(doc, q, None):
        return [_draft(doc, ctx, sent, "workforce", q, q.end, basis="bare")]
    if _rest_leaving(doc, sent, q):
        return [_draft(doc, ctx, sent, "job_cuts", q, q.end, basis="context")]
    if _whole_after_noun(doc, q, quantities):
        return [_draft(doc, ctx, sent, "workforce", q, q.end)]
    listed = [d for d in found if d.claim.kind in ("job_cuts", "store_closure", "workforce") and d.claim.quantity
              and d.claim.quantity.unit == "count"]
    if listed and _continues(doc, listed[-1], q):
        return [_draft(doc, ctx, sent, listed[-1].claim.kind, q, q.end, basis="listed")]
    if listed and listed[-1].claim.kind == "job_cuts" and _sums(doc, listed[-1], q):
        return [_draft(doc, ctx, sent, "job_cuts", q, q.end, basis="listed")]  # "bringing the total to 5,000"
    if _counts_cuts(doc, sent, q):
        return [_draft(doc, ctx, sent, "job_cuts", q, q.end, basis="bare")]
    return []


def _affected_raised_to(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """A count with no noun right after a word of change to, those affected (`claims.affected`) two words at most after
    it, by a plan of cuts or cuts named in its clause ("eleva a 400 los afectados por su ERE, frente a los 250"): the
    round's count revised."""
    if word_before(doc, sent, q, doc.lang.change_to) not in doc.lang.change_to:
        return False
    c_start, c_end = doc.clause_at(q.start)
    return any(doc.words_between(q.end, h.start) <= 2 for h in doc.hits_in(q.end, c_end, "affected")) and bool(
        doc.hits_in(q.end, c_end, "cut_plans", "cut_nouns")) and not doc.hits_in(c_start, c_end, "workforce")


def _total_brought_to(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """A count with no noun right after a word of change to (`numbers.change_to`, hedges aside), in a clause holding a
    word of the whole (`segments.total`) and a cut word, no staff or site word, no figure just before: the total the
    rounds are brought to ("That brings the total cut this year to 800", "porte à 430 le nombre total de postes
    supprimés"; not the levels of "cut its total staff to 800", "reduce the number of its global factories from 17 to
    10")."""
    if word_before(doc, sent, q, doc.lang.change_to) not in doc.lang.change_to:
        return False
    c_start, c_end = doc.clause_at(q.start)
    return (any(h.key == "total" for h in doc.hits_in(c_start, c_end, "segment"))
            and bool(doc.hits_in(c_start, c_end, "cut", "cut_nouns")) and not doc.hits_in(c_start, c_end, "workforce")
            and all(doc.covering(doc.entities, h.start) for h in doc.hits_in(c_start, c_end, "store"))  # not "Homes" of a name
            and not any(doc.words_between(o.end, q.start) <= 3 and doc.covering(doc.times, o.start) is None
                        for o in doc.starting_in(doc.quantities, c_start, q.start)))  # not "since 2025 to 450"


def _question_answered(doc: Doc, sent: Sentence, q: QuantityMention) -> Sentence | None:
    """The question a figure answers: the sentence right before its own, ending in a question mark, when the figure
    opens the answer (a speaker's name and its colon, a dash, a hedge and one word at most before it: "Brenneke:
    Weltweit rund 5.800", "- About 300."); else None."""
    if sent.index == 0 or doc.starting_in(doc.quantities, sent.start, q.start):
        return None
    prev = doc.sentences[sent.index - 1]
    if not doc.text[prev.start:prev.end].rstrip(" \"'”’»").endswith("?"):
        return None
    opening = doc.text[sent.start:_past_hedge(doc, q)].rpartition(":")[2]
    return prev if len(opening.strip(" -–—\"“”«»„").split()) <= 1 else None


def _asked_count(doc: Doc, sent: Sentence, q: QuantityMention) -> str | None:
    """A bare count answering a question (``_question_answered``) counts what the question asks of: jobs a cut acts
    on ("- How many jobs will go? - About 300.") the cuts; people working or employed, no cut asked of ("Wie viele
    Menschen arbeiten derzeit für X? Brenneke: Weltweit rund 5.800") the workforce; else None."""
    asked = _question_answered(doc, sent, q)
    if asked is None or not doc.hits_in(asked.start, asked.end, "jobs", "workforce"):
        return None
    if doc.hits_in(asked.start, asked.end, "cut", "cut_nouns"):
        return "job_cuts"
    return "workforce" if doc.hits_in(asked.start, asked.end, "work", "employ") else None


def _gapped(doc: Doc, ctx: ClaimContext, sent: Sentence, q: QuantityMention, found: list[ClaimDraft]) -> ClaimDraft | None:
    """A count after a conjunction and another organisation, its verb and noun left out, ending its clause: that
    organisation's figure of the kind before it, and its word ("Halvern cuts 300 jobs and Kestrova 200", "Halvern
    employs 8,000 people and Kestrova 4,000", "streicht 300 Stellen und die Kestrova GmbH 200"); a comma may join them
    when the count ends the sentence ("Eickenried bringt 5.900 Mitarbeiter ein, Hohenlind 3.500.")."""
    prev = next((d for d in reversed(found) if d.sent is sent and d.end <= q.start), None)
    if prev is None or prev.claim.kind not in ("job_cuts", "workforce") or prev.claim.quantity.unit != "count":
        return None
    conj = [(h.start, h.end) for h in doc.hits_in(prev.end, q.start, "conjunctions")]
    rest = doc.text[q.end:q.end + 2].lstrip()
    comma = doc.text.find(",", prev.end, q.start)
    if not conj and comma >= 0 and doc.words_between(prev.end, comma) <= 1 and rest[:1] in ("", "."):
        conj = [(prev.end, comma + 1)]  # "bringt 5.900 Mitarbeiter ein, Hohenlind 3.500.": a comma before the last
        # figure of the sentence, a verb's particle at most before it
    named = [m for m in doc.starting_in(ctx.orgs, conj[0][1], q.start)] if conj else []
    if (not named or doc.words_between(prev.end, conj[0][0]) or doc.words_between(conj[0][1], named[-1].start) > 2
            or doc.words_between(named[-1].end, q.start) or rest[:1].isalnum()
            or ctx.org_name(named[-1]) == prev.claim.org):
        return None
    d = _draft(doc, ctx, sent, prev.claim.kind, q, q.end, basis="gapped")
    d.claim = evolve(d.claim, org=ctx.org_name(named[-1]))
    return d


def _sites_left(doc: Doc, sent: Sentence, q: QuantityMention, quantities) -> QuantityMention | None:
    """The count is a part of a whole of sites counted before it, a partitive word opening the sentence and two words
    at most between it and that count ("Of today's 96 branches, 48 will remain", "Von den heute 96 Filialen bleiben
    48", "De las 96 oficinas actuales quedarán 48"), or opening what a word of "that" brings ("said that of its 96
    branches, 30 ..."): that whole, else None. Such a part counts sites, no staff."""
    that = doc.hits_in(sent.start, q.start, "complementizers")
    begin = that[-1].end if that else sent.start
    opening = doc.text[begin:q.start].lstrip(" \"“”«»„–—-,")
    m = doc.lang.partitive.match(opening)
    if m is None:
        return None
    at = len(doc.text[begin:q.start]) - len(opening) + begin + m.end()
    return next((w for w in doc.starting_in(quantities, at, q.start) if w.quantity.unit == "count" and doc.words_between(
        at, w.start) <= 2 and _head(doc, w, ("store",)) is not None), None)


def _closed_of_left(doc: Doc, ctx: ClaimContext, sent: Sentence, q: QuantityMention, whole: QuantityMention):
    """Sites closed as the whole less those left, when a word of sites left (`stores.left`) ends the part's clause
    (not "30 quedarán cerradas") and a closing word is in the sentence or one before it in its block, not one of a
    closing for a time ("30 blijven op zondag gesloten")."""
    c_start, c_end = doc.clause_at(q.start)
    if not any(doc.words_between(h.end, c_end) == 0 for h in doc.hits_in(c_start, c_end, "left")):
        return []
    left, total = q.quantity.value, whole.quantity.value
    told = any(not _paused(doc, s, h) for s in doc.sentences[:sent.index + 1] if s.block == sent.block
               for h in doc.hits_in(s.start, s.end, "close"))
    if None in (left, total) or not 0 < left < total or q.quantity.approx or whole.quantity.approx or not told:
        return []
    d = _draft(doc, ctx, sent, "store_closure", q, q.end, Quantity("count", value=total - left), basis="change")
    d.claim = evolve(d.claim, object=d.claim.org)  # the company's own sites, as a count of closures has
    return [evolve_draft(d, start=whole.start)]


def _whole_after_noun(doc: Doc, q: QuantityMention, quantities) -> bool:
    """The count is the whole after a part and its noun and a partitive word ("450 emplois sur les 16 000 qu'il
    compte", "500 empleos de los 9.000"): the workforce."""
    for p in quantities:
        head = _head(doc, p) if p.end <= q.start and p.quantity.unit == "count" else None
        if head is not None and head.end <= q.start:
            between = doc.text[head.end:q.start].strip()
            m = doc.lang.partitive.match(between)
            if between and m is not None and m.end() == len(between):
                return True
    return False


def _level_now(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """A bare count between a word setting it against another (`claims.versus`) and a word of now (`claims.now`),
    staff named before it in its sentence ("houdt ... 5.100 medewerkers over, tegen 7.400 nu", "against 7,400 now"):
    the staff now."""
    c_start, c_end = doc.clause_at(q.start)
    return (any(doc.words_between(h.end, q.start) <= 1 for h in doc.hits_in(max(c_start, q.start - 30), q.start, "versus"))
            and any(doc.words_between(q.end, h.start) <= 1 for h in doc.hits_in(q.end, min(c_end, q.end + 30), "now"))
            and bool(doc.hits_in(sent.start, q.start, "workforce", "jobs")))


def _excluded(doc: Doc, q: QuantityMention) -> bool:
    """A word of excluding staff from a round right before its count (`claims.excluded`: "ils ne font pas partie des
    210 postes supprimés", "are not part of the 210 jobs"): the round told before, no claim of whoever is nearest."""
    return any(doc.words_between(h.end, q.start) <= 1 for h in doc.hits_in(max(0, q.start - 60), q.start, "excluded"))


def _counts_a_noun(doc: Doc, q: QuantityMention) -> bool:
    """Right after the figure, a noun the lexicon does not know as staff, in a language that capitalises its nouns
    ("die Kapazität um 734.000 Einheiten reduzieren"), or one it lists as counting no staff, one word between at most
    (`claims.not_staff`: "cuts 14 routes", "recorta 14 rutas", "14 unprofitable routes"): the figure counts that, not
    jobs."""
    c_end = doc.clause_at(q.start)[1]
    if any(doc.words_between(q.end, h.start) <= 1 for h in doc.hits_in(q.end, min(c_end, q.end + 40), "not_staff")):
        return True
    toks, k = doc.tokens, doc.token_index(q.end)
    return (doc.lang.capitalised_nouns and k < len(toks) and toks.raw[k][:1].isupper() and toks.raw[k].isalpha()
            and toks.raw[k] not in doc.lang.stop and not doc.hits_in(toks.starts[k], toks.ends[k])
            and doc.covering(doc.entities, toks.starts[k]) is None)


def _counts_cuts(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """A bare count the cuts are: their noun as its subject ("Ces suppressions d'emplois avoisineraient les
    20.000"), a cut verb right after it ("a total of 35,000 due to be shed"), or the rest of the jobs a cut
    sentence speaks of ("los 4.000 restantes")."""
    c_start, c_end = doc.clause_at(q.start)
    if any(doc.words_between(h.end, q.start) <= 6 for h in doc.hits_in(c_start, q.start, "cut_nouns")):
        return True
    if any(doc.words_between(q.end, h.start) <= 3 for h in doc.hits_in(q.end, c_end, "cut")):
        return True
    if _elided_jobs(doc, sent, q, c_start):
        return True
    rest = doc.hits_in(q.end, q.end + 15, "another") or doc.hits_in(max(c_start, q.start - 12), q.start, "another")
    return bool(rest) and bool(doc.hits_in(sent.start, sent.end, "cut")) and bool(doc.hits_in(sent.start, sent.end, "jobs"))


def _elided_jobs(doc: Doc, sent: Sentence, q: QuantityMention, c_start: int) -> bool:
    """A count right after a cut verb, ending its clause, after a count of jobs earlier in its sentence whose noun it
    leaves out ("will keep 300 jobs in Leeds and cut 500", "behält 300 Stellen und streicht 500")."""
    verb = max(doc.hits_in(c_start, q.start, "cut"), key=lambda h: h.end, default=None)  # "säger upp", not "säger"
    if verb is None or doc.words_between(verb.end, q.start) or doc.text[q.end:q.end + 2].lstrip()[:1].isalnum():
        return False
    return any(doc.words_between(o.end, h.start) == 0 and h.start >= o.end
               for h in doc.hits_in(sent.start, verb.start, "jobs")
               for o in doc.starting_in(doc.quantities, sent.start, h.start))


def _sums(doc: Doc, prev: ClaimDraft, q: QuantityMention) -> bool:
    """The figure is the total the one before adds up to: a word of a total right before it, in the same
    sentence, nothing but words between them ("cut another 1,200 jobs, bringing the total to 5,000")."""
    total = doc.hits_in(prev.end, q.start, "total")
    return bool(total) and doc.words_between(total[-1].end, q.start) <= 1 and not any(
        prev.end <= o.start < q.start for o in doc.quantities if o.start != prev.start)


def _continues(doc: Doc, prev: ClaimDraft, q: QuantityMention) -> bool:
    """The figure adds to a list after the one before: "another 400 in the city of Vasteras", ", 400 i Västerås
    och 200 i Stockholm", "3 600 anställda i Sverige och 9 000 totalt", "11,500 people in Britain and 38,000
    worldwide"; a place, "another" or a total word right after
    it says so, or a word of the whole right before it ("2.900 medewerkers, wereldwijd ruim 6.000"), with nothing but
    list words between them."""
    between = doc.text[prev.end:q.start]
    if len(between) > 120 or any(ch in between for ch in ".;:"):
        return False
    place_after = bool(doc.hits_in(q.end, q.end + 8, "locative"))
    another = bool(doc.hits_in(max(prev.end, q.start - 25), q.start, "another"))
    total = any(doc.words_between(q.end, h.start) == 0 and (h.label == "total" or h.key == "total")
                for h in doc.hits_in(q.end, q.end + 20, "total", "segment"))  # "och 9 000 totalt", "and 38,000 worldwide"
    whole = any(h.key == "total" and doc.words_between(h.end, q.start) <= 2  # ", wereldwijd ruim 6.000"
                for h in doc.hits_in(max(prev.end, q.start - 40), q.start, "segment"))
    return place_after or another or total or whole


def _gone_with(doc: Doc, q: QuantityMention) -> bool:
    """Jobs that go with something else: a with-word right before the count (``claims.gone_with``) and a verb of
    going in its sentence (``claims.going``): "Zusammen mit 4.000 Jobs fällt die Verbrennerproduktion in Wolfsburg",
    "Along with 4,000 jobs, the engine line will go"."""
    sent, c_start = doc.sentence_at(q.start), doc.clause_at(q.start)[0]
    return any(doc.words_between(h.end, q.start) <= 1 for h in doc.hits_in(max(c_start, q.start - 40), q.start, "gone_with")
               ) and bool(doc.hits_in(q.end, sent.end, "going"))


def _replaces(doc: Doc, q: QuantityMention) -> bool:
    k = doc.token_index(q.start)
    return any(k - h.j <= 1 for h in doc.hits_in(max(0, q.start - 40), q.start, "replaces"))


def _remains(doc: Doc, q: QuantityMention, head) -> bool:
    """Staff who stay: a word of remaining after the figure in its clause ("the 1,700 who will remain", "nur 1.700
    der bislang 4.500 Angestellten weiterbeschäftigen", "Nur rund 1700 würden weiter arbeiten"), not after a figure a
    cut verb acts on (`_cut_right_before`) nor a level (`_stays_at`), or a staff the words of remaining or standing at a level leave at it
    (`_left_at`)."""
    c_start, c_end = doc.clause_at(q.start)
    stay = doc.hits_in(head.end if head else q.end, c_end, "remain")
    return bool(stay) and not doc.hits_in(q.end, stay[0].start, "cut", "cut_nouns") and not _cut_right_before(
        doc, q) and not _stays_at(doc, q) or _left_at(doc, q)


def _stays_at(doc: Doc, q: QuantityMention) -> bool:
    """A preposition of a level right before the figure, hedges aside (`claims.stays_at`: "dat het bij 350 banen zou
    blijven", "dass es bei 350 Stellen bleibe"): the level a plan stays at, no staff who remain."""
    start = _past_hedge(doc, q)
    return any(not doc.text[h.end:start].strip() for h in doc.hits_in(max(0, start - 10), start, "stays_at"))


def _cut_right_before(doc: Doc, q: QuantityMention) -> bool:
    """A verb of cutting right before the figure, hedges aside: the figure is cut, and a word of remaining after it
    is another clause's ("will cut nearly 1,500 jobs as demand remains weak", "schrapt 1.500 banen omdat de vraag
    zwak blijft")."""
    start = _past_hedge(doc, q)
    return any(not doc.text[h.end:start].strip() for h in doc.hits_in(max(0, start - 30), start, "cut"))


def _left_at(doc: Doc, q: QuantityMention) -> bool:
    """A noun of staff (``claims.workforce``) a few words before a word of remaining or standing at a level right
    before the count, hedges aside, no cut named between ("Tras las salidas, la plantilla quedará en unos 19.800
    empleados", "l'effectif s'établira à environ 19 800 salariés", "est resté stable, autour de 1 450 personnes"):
    the staff's size, no cut."""
    start = _past_hedge(doc, q)
    c_start = _level_clause(doc, start)
    at = [h for h in doc.hits_in(max(c_start, start - 40), start, "remain", "staff_at")
          if not doc.text[h.end:start].strip(" ,")]
    return bool(at) and any(doc.words_between(w.end, at[-1].start) <= 4 and not doc.hits_in(w.end, start, "cut", "cut_nouns")
                            for w in doc.hits_in(c_start, at[-1].start, "workforce"))


def _at_risk(doc: Doc, sent: Sentence, q: QuantityMention, head) -> bool | None:
    """Jobs the figure's clause puts at risk (``claims.at_risk``): the cue a few words after their noun with no other
    figure or joining word between ("putting 900 jobs at risk", "800 emplois sont menacés", "350 tjänster på X AB är
    hotade") or before the figure with no cut verb between ("threatens 600 jobs", "peligran 1.000 empleos"); not jobs
    created. False when a negation comes before the cue ("no longer at risk", "nicht mehr in Gefahr"), None without
    one."""
    c_start, _ = doc.clause_at(q.start)
    after = [h for h in doc.hits_in(head.end, _reach(doc, sent, q), "at_risk") if doc.words_between(head.end, h.start) <= 6
             and not doc.starting_in(doc.quantities, head.end, h.start)]
    before = [h for h in doc.hits_in(c_start, q.start, "at_risk")
              if doc.words_between(h.end, q.start) <= 3 and not doc.hits_in(h.end, q.start, "cut")]
    cue = (after or before or [None])[0]
    if cue is None or _hiring(doc, sent, q):
        return None
    return not doc.hits_in(c_start, cue.start, "negation")


def _affected(doc: Doc, sent: Sentence, q: QuantityMention) -> str | None:
    """Staff the figure's clause says are affected (``claims.affected``) by a closure ("close"), cuts of staff or a plan
    of cuts ("cut"; ``claims.cut_plans``: "Sozialplan", "PSE", "ERE", "varsel") this sentence or the one before (in the
    paragraph before or the headline too; or two before in its paragraph, with no figure between) tells: "The plant will close in March. About 1,900 workers are affected.",
    "will Stellen abbauen. Betroffen sind etwa 900 der 3.100 Beschäftigten.", "Betroffen sind 380 Mitarbeiter" after a Sozialplan: they lose their jobs.
    "" when those sentences tell neither, or count the cuts with another figure before it ("will cut 500 jobs. About
    2,000 employees are affected"; not a total's after a further round: "300 postes supplémentaires ... Au total, le
    plan touchera donc 750 postes"); None with no word of it."""
    c_start, c_end = doc.clause_at(q.start)
    if not doc.hits_in(c_start, c_end, "affected"):
        return None
    start = doc.sentences[sent.index - 1].start if sent.index else sent.start  # across a paragraph break or after the
    # headline too ("schrapt banen in Venlo" then "Het gaat om ongeveer 90 van de 360 medewerkers")
    if sent.index > 1 and doc.sentences[sent.index - 2].block == sent.block and not doc.in_sentence(
            doc.quantities, doc.sentences[sent.index - 1]):  # two back in its paragraph, no figure between: "stänga
        start = doc.sentences[sent.index - 2].start  # fabriken i Ånge. Produktionen flyttas. Totalt berörs 110 tjänster"
    total = doc.hits_in(sent.start, q.start, "total") and doc.hits_in(start, sent.start, "another")  # "Au total, le plan
    # touchera donc 750 postes" after "300 postes supplémentaires": the rounds' sum
    for o in doc.starting_in(doc.quantities, start, sent.end):
        if o.quantity.unit == "count" and o.quantity.value != q.quantity.value and not c_start <= o.start < c_end and (
                not total or o.start > q.start):
            head = _head(doc, o, ("jobs", "cut_counts"))
            if head is not None and (head.label == "cut_counts" or doc.hits_in(*doc.clause_at(o.start), "cut", "at_risk")):
                return ""
    if [h for h in doc.hits_in(start, sent.end, "close", "stop") if not _negated_verb(doc, h)] and doc.hits_in(
            start, sent.end, "store", "production"):  # a site closed, not "einen Tarifvertrag geschlossen"
        return "close"

    def of_staff(h) -> bool:  # a cut verb of staff ("varslar personal"), not of prices ("reduced prices")
        told = doc.sentence_at(h.start)
        return h.label != "cut" or bool(doc.hits_in(told.start, told.end, "jobs", "workforce"))

    return "cut" if any(of_staff(h) and not _negated_verb(doc, h)
                        for h in doc.hits_in(start, sent.end, "cut", "cut_nouns", "cut_plans")) else ""


def _cuts_around(doc: Doc, sent: Sentence) -> bool:
    """A sentence before (through others about jobs) or the one after in the block speaks of cuts, and this one
    of neither hiring nor employing: "Totalt handlar det om 1 600 tjänster" and "1 000 tjänster i Skellefteå, 400
    i Västerås" after "ett stort antal anställda kommer att få lämna"."""
    if doc.hits_in(sent.start, sent.end, "hire", "remain") or any(
            not any(doc.words_between(e.end, r.start) == 0 for r in doc.hits_in(e.end, sent.end, "reporting"))
            for e in doc.hits_in(sent.start, sent.end, "employ")):  # not "a indiqué", "has said": a verb of saying's
        return False
    following = doc.sentences[sent.index + 1] if sent.index + 1 < len(doc.sentences) else None
    if following is not None and following.block == sent.block and doc.hits_in(following.start, following.end, "cut", "cut_nouns"):
        return True
    for i in range(sent.index - 1, max(-1, sent.index - 3), -1):
        before = doc.sentences[i]
        if before.block != sent.block:
            return False
        if doc.hits_in(before.start, before.end, "cut", "cut_nouns"):
            return True
        if not doc.hits_in(before.start, before.end, "jobs"):
            return False
    return False


def evolve_draft(d: ClaimDraft, **changes) -> ClaimDraft:
    for key, value in changes.items():
        setattr(d, key, value)
    return d


def _places_between(doc: Doc, start: int, end: int) -> bool:
    """The words between a plant noun and a with-word after it are its places, eight words at most, each part between
    commas naming one (a capitalised word) and a comma before the with-word: "près de Lyon, à Saint-Fons,"."""
    text = doc.text[start:end].strip()
    return (text.endswith(",") and doc.words_between(start, end) <= 8
            and all(any(w[:1].isupper() for w in part.split()) for part in text[:-1].split(",")))


def _site_staff(doc: Doc, ctx: ClaimContext, q: QuantityMention) -> bool:
    """The figure counts the staff of sites: in a relative clause about them ("its plant in Ohio, where 2,300 people
    work", "ses usines de Vierzon et de Troyes, qui emploient 1 250 personnes", "fabriken i Skellefteå, där 3 000
    personer arbetar"), after a with-word beside one ("das Werk in Gießen mit 520 Beschäftigten"), a site noun opening
    the clause as the subject of a verb of employing ("Ce site emploie 310 personnes"), in a clause that names one site
    after it, no cut between ("1 100 personer vid anläggningen", not "12,000
    people in 40 stores"), or that points at one named just before (``stores.there``: "Dort arbeiten 1.300
    Menschen"): not the company's workforce."""
    clause = doc.relative_clause(q.start)
    if clause is not None:
        start = clause[0]
        if any(doc.words_between(h.end, start) <= 5 and not any(h.end <= m.start < start for m in ctx.orgs)
               for h in doc.hits_in(max(doc.sentence_at(q.start).start, start - 60), start, "store")
               if doc.covering(doc.entities, h.start) is None):  # not "Astilleros del Cantábrico, que emplea a"
            return True
    if any(doc.words_between(w.end, q.start) <= 1 and any(
            (doc.words_between(h.end, w.start) <= 3 or _places_between(doc, h.end, w.start))
            and not doc.hits_in(h.end, w.start, "cut", "cut_nouns", "jobs")
            for h in doc.hits_in(max(doc.sentence_at(q.start).start, w.start - 80), w.start, "store"))
            and not _sites_run_with(doc, _past_hedge(doc, q), w)
            for w in doc.hits_in(max(0, q.start - 30), q.start, "with_staff")):
        return True  # "Das Werk in Gießen mit 520 Beschäftigten", "its Toledo plant, with 4,000 workers", "une usine
        # de pigments près de Lyon, à Saint-Fons, avec 260 salariés"; not all the sites a firm runs
    c_start, c_end = doc.clause_at(q.start)
    if any(doc.words_between(c_start, h.start) <= 6 and any(
            doc.words_between(h.end, e.start) == 0 and doc.words_between(e.end, q.start) <= 2
            for e in doc.hits_in(h.end, q.start, "employ"))  # not "The maker of warehouse robots employs 5,900 people"
            and not doc.starting_in(ctx.orgs, h.end, q.start) and not doc.hits_in(h.end, q.start, "cut", "cut_nouns")
            for h in doc.hits_in(c_start, q.start, "store") if doc.covering(doc.entities, h.start) is None
            ) and not doc.starting_in(doc.quantities, c_start, q.start):  # not the "Mills" of "Garnock Mills employs"
        # not "cuenta con 610 establecimientos y una plantilla de 6.800 empleados": sites counted, then the staff
        return True  # "Ce site emploie aujourd'hui 310 personnes", "where its last plant employs 290 people": a site's staff
    s_start = doc.sentence_at(q.start).start
    if not doc.starting_in(doc.quantities, s_start, q.start) and any(
            doc.words_between(s_start, h.start) == 0 and h.j < len(doc.tokens) and doc.tokens.raw[h.j][:1].isupper()
            and _a_sites_town(doc, doc.tokens.raw[h.j], s_start) for h in doc.hits_in(s_start, q.start, "locative")):
        return True  # "De kaasmakerij in Bolsward gaat dicht. ... In Bolsward werken nu ongeveer 190 mensen."
    if doc.hits_in(c_start, c_end, "there"):  # "Das Werk in Bochum soll schließen. Dort arbeiten 1.300 Menschen."
        sent = doc.sentence_at(q.start)
        before = doc.sentences[sent.index - 1] if sent.index else sent
        if doc.hits_in(before.start if before.block == sent.block else sent.start, c_start, "store"):
            return True
    return any(not doc.starting_in(doc.quantities, q.end, h.start) and not doc.hits_in(q.end, h.start, "cut", "cut_nouns")
               for h in doc.hits_in(q.end, c_end, "store"))  # not "5.600 Stellen streichen und das Walzwerk stilllegen"


def _a_sites_town(doc: Doc, name: str, before: int) -> bool:
    """A sentence before ``before`` names the place two words at most after a site noun ("De kaasmakerij in
    Bolsward", "l'usine de Vierzon"): the place is that site's town."""
    for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text[:before]):
        if any(doc.words_between(h.end, m.start()) <= 2 for h in doc.hits_in(max(0, m.start() - 40), m.start(), "store")):
            return True
    return False


def _hired(doc: Doc, sent: Sentence, q: QuantityMention, head) -> bool:
    """The word nearest the figure, one in its own clause first, hires, lays off for a time, moves, keeps, strikes or
    works rather than cuts: "will cut 500 jobs and hire 200 engineers", "will retain 300 staff in Leeds while cutting
    500", "300 jobs will be saved", "un ERTE a 3.400 trabajadores", "2.000 Beschäftigte in Kurzarbeit", "will transfer
    1,100 engineers to a vendor", "Une centaine de salariés ont débrayé" against a plan of departures, "descartó
    despidos en las plantas, donde trabajan 14.200"."""
    nearest = _nearest_verb(doc, sent, q, head)
    return nearest is not None and nearest.label in NOT_CUT


NOT_CUT = ("hire", "temporary", "moved", "retained", "protest", "work")


def _nearest_verb(doc: Doc, sent: Sentence, q: QuantityMention, head):
    """The word of cutting, hiring, moving, keeping, striking or working nearest the figure, one in its own clause
    first; None when the sentence holds none but cuts."""
    verbs = doc.hits_in(sent.start, sent.end, "cut", "cut_nouns", *NOT_CUT)
    cuts = [h for h in verbs if h.label in ("cut", "cut_nouns")]
    verbs = [h for h in verbs if h.label != "work" or not any(c.start <= h.start < c.end for c in cuts)]
    if not any(h.label in NOT_CUT for h in verbs):  # "where 14,200 of its 31,000 employees work": staff, no cut;
        return None  # not "putting 240 people out of work"
    c_start, c_end = doc.clause_at(q.start)  # "cut 500 jobs, but 300 jobs will be saved": the figure's clause first
    near = [(not c_start <= h.start < c_end, doc.words_between(h.end, q.start), 0, h) for h in verbs if h.end <= q.start]
    near += [(not c_start <= h.start < c_end, doc.words_between(head.end, h.start) if h.start >= head.end else 0, 1, h)
             for h in verbs if h.start >= q.end]  # "400 nieuwe functies": a hiring noun phrase holding the figure's noun
    return min(near, key=lambda x: x[:3])[3] if near else None


def _moved(doc: Doc, sent: Sentence, q: QuantityMention, head) -> bool:
    """Staff moved to another employer, or sold with a unit (`claims.moved`: "vende su negocio con sus 1.200
    trabajadores", "sus 1.200 trabajadores, que pasarán a formar parte de la plantilla del comprador", "will bring
    together 1,700 staff from X"): the word of moving is the nearest, in the figure's clause or two words at most
    after its noun, no other figure between; they keep their jobs elsewhere, so neither a cut nor the staff. Not
    the staff who stay (`_remains`: "De 1.700 medewerkers die blijven, verhuizen naar de fabriek in Venlo"), nor a
    staff of before the sale ("It employed 8,000 people before it sold its paints business": `earlier_level`)."""
    h = _nearest_verb(doc, sent, q, head)
    if h is None or h.label != "moved" or not (doc.clause_at(q.start)[0] <= h.start < doc.clause_at(q.start)[1] or (
            h.start >= head.end and doc.words_between(head.end, h.start) <= 2)):
        return False
    return not (doc.starting_in(doc.quantities, min(h.end, q.end), max(h.start, q.start)) or _remains(doc, q, head)
                or h.start > q.end and doc.hits_in(q.end, h.start, "earlier_level"))


def _laid_off_for_a_time(doc: Doc, q: QuantityMention) -> bool:
    """A word of short-time work or lay-offs for a time (`claims.temporary`) in the count's clause, no other figure
    between them ("will put 800 workers on short-time work", "schickt 800 Beschäftigte in Kurzarbeit", "met 800
    salariés au chômage partiel", "un ERTE para 800 trabajadores"; not the 6.000 of "mit 6.000 Beschäftigten schickt
    800 Mitarbeiter in Kurzarbeit")."""
    c_start, c_end = doc.clause_at(q.start)
    return any(not doc.starting_in(doc.quantities, min(h.end, q.end), max(h.start, q.start))
               for h in doc.hits_in(c_start, c_end, "temporary"))


def _at_others(doc: Doc, ctx: ClaimContext, q: QuantityMention, head) -> bool:
    """The jobs are another organisation's staff: "400 roles at its contract manufacturers", "Bei den Zulieferern
    könnten 1.500 Jobs wegfallen", "chez les sous-traitants", "beim Nachbarn"), the words of them a whole clause
    of its own right before the figure's too ("Chez son voisin, 1 300 postes"), or a firm left unnamed opening the
    sentence, an indefinite article and a company noun with no name before the figure ("Ein Zulieferer der
    Autoindustrie hatte 200 Stellen abgebaut", "A supplier to the car industry cut 200 jobs"; not "A company
    spokesman said"). Not the company's own, so no claim."""
    if _unnamed_firm_opens(doc, ctx, q):
        return True
    c_start, c_end = doc.clause_at(q.start)
    fronted = [h for h in doc.hits_in(max(doc.sentence_at(q.start).start, c_start - 40), c_start, "others")
               if not doc.text[h.end:c_start].strip(" ,;:–—-") and not doc.text[doc.clause_at(h.start)[0]:h.start].strip(" ,;:–—-")]
    for h in fronted + doc.hits_in(c_start, c_end, "others"):
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


def _unnamed_firm_opens(doc: Doc, ctx: ClaimContext, q: QuantityMention) -> bool:
    """The figure's sentence, or its part after a colon or semicolon, opens with an indefinite article and a company
    noun, and names no organisation before the figure."""
    sent = doc.sentence_at(q.start)
    opening = max([sent.start] + [c for c, _ in sent.clauses if c <= q.start and doc.text[sent.start:c].rstrip()[-1:] in ":;"])
    j = doc.token_index(opening)
    if doc.tokens.low[j] not in doc.lang.articles or doc.starting_in(ctx.orgs, opening, q.start):
        return False
    noun = next((h for h in doc.hits_in(opening, q.start, "company_nouns") if h.i == j + 1), None)
    return noun is not None and not any(h.start >= noun.end and doc.words_between(noun.end, h.start) == 0
                                        for h in doc.hits_in(noun.end, q.start, "role"))


def _unnamed_firms(doc: Doc, ctx: ClaimContext, at: int) -> bool:
    """The sentence, or its part after a colon or semicolon, opens with a word of several (`numbers.indefinite`) and a
    company noun at most two words after it, naming no organisation before ``at`` ("Mehrere europäische Hersteller
    haben ... Werke geschlossen", "Several European makers have closed plants"): firms left unnamed, not the company."""
    sent = doc.sentence_at(at)
    opening = max([sent.start] + [c for c, _ in sent.clauses if c <= at and doc.text[sent.start:c].rstrip()[-1:] in ":;"])
    j = doc.token_index(opening)
    return (doc.tokens.low[j] in doc.lang.indefinite and not doc.starting_in(ctx.orgs, opening, at)
            and any(h.i <= j + 3 for h in doc.hits_in(opening, at, "company_nouns")))


POSSESSIVE_MARKS = {"'", "’", *(mark + ending for mark in "'’" for ending in GENITIVE)}  # "Vantor's", "Vantors'"


def _part_of(doc: Doc, sent: Sentence, q: QuantityMention) -> QuantityMention | None:
    """The part before a partitive word when ``q`` is its whole ("4.000 der 52.000 Stellen", "dos de sus cinco
    fábricas": 4.000, dos), else None; no other figure stands between ("zwölf seiner 48 Filialen und streicht 900
    Stellen": 48 is the whole). A count of staff right after a partitive word, a hedge between, is the whole of a count
    of jobs before it, their noun and verb between ("420 tjänster försvunnit, av totalt omkring 9 300 anställda", "420
    jobs out of a total of about 9,300 employees")."""
    start, whole = _past_hedge(doc, q), _head(doc, q, SHARE) is not None

    def after_partitive(p: QuantityMention) -> bool:  # of two words or more: not "a cut of 1,000"
        m = doc.lang.partitive_before.search(doc.text, max(p.end, start - 30), start)
        return m is not None and " " in m.group(0).strip()

    return next((p for p in doc.in_sentence(doc.quantities, sent) if p.end <= q.start
                 and doc.words_between(p.end, q.start) <= 9 and p.quantity.unit in ("percent", "count")
                 and not doc.starting_in(doc.quantities, p.end, q.start)
                 and (doc.lang.partitive.match(
                     doc.text, p.end + len(doc.text[p.end:q.start]) - len(doc.text[p.end:q.start].lstrip()))
                      and not doc.hits_in(p.end, q.start, "jobs", "workforce") and doc.words_between(p.end, q.start) <= 5
                      or whole and p.quantity.unit == "count" and _head(doc, p) is not None and after_partitive(p))),
                None)


def _past_hedge(doc: Doc, q: QuantityMention) -> int:
    """Where the figure starts with a hedge right before it ("omkring 9 300")."""
    return min((h.start for h in doc.hits_in(max(0, q.start - 25), q.start, "hedge")
                if not doc.text[h.end:q.start].strip()), default=q.start)


def _hiring(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """A hiring verb acts on the figure: after the clause's last word of employing before it ("has hired 900
    engineers", "a créé 900 emplois") or a few words after it ("hat 900 neue Arbeitsplätze geschaffen", "will 200
    neue einstellen"): jobs added, no workforce."""
    c_start, _ = doc.clause_at(q.start)
    employ = doc.hits_in(c_start, q.start, "employ")
    return any(h.end <= q.start and h.start >= (employ[-1].end if employ else c_start)
               or h.start >= q.end and doc.words_between(q.end, h.start) <= 4
               for h in doc.hits_in(c_start, _reach(doc, sent, q), "hire"))


def _total_whole(doc: Doc, part: QuantityMention, q: QuantityMention, head) -> bool:
    """A word of a total between a part and its whole or right after the whole's noun ("850 der insgesamt 4.300
    Arbeitsplätze", "850 of a total of 4,300 jobs", "850 des 4 300 postes au total"): the whole is all the jobs,
    whatever the clause goes on to cut."""
    return bool(doc.hits_in(part.end, q.start, "total")) or any(
        doc.words_between(head.end, h.start) == 0 for h in doc.hits_in(head.end, head.end + 20, "total"))


def _goes_on(doc: Doc, end: int, c_end: int) -> bool:
    """The clause goes on after ``end`` with more than a coordination: "1,500 of the 2,000 jobs it will cut are in
    operations", not "2.500 der 11.000 Arbeitsplätze abbauen und zwei Werke schließen"."""
    k = doc.token_index(end)
    return bool(doc.words_between(end, c_end)) and not (
        k < len(doc.tokens) and doc.tokens.low[k] in doc.lang.conjunction_words | doc.lang.and_words)


def _is_workforce(doc: Doc, sent: Sentence, q: QuantityMention, head) -> bool:
    """"its 15,300 employees", "heeft 1,5 miljoen werknemers", "employs 12,000 people": a size, not a cut."""
    if any(not doc.text[h.end:q.start].strip(" \u00a0") or doc.words_between(h.end, q.start) <= 2
           and not doc.hits_in(h.end, q.start, "cut", "cut_nouns")  # "amplía su ERE a 1.350 trabajadores"
           for h in doc.hits_in(max(sent.start, q.start - 30), q.start, "possessive")
           if doc.covering(doc.entities, h.start) is None  # not the "SA" of "Castelle SA a créé 900 emplois"
           and not any(mark in doc.text[h.end:q.start] for mark in ",;:")  # not "Under its plan, 300 jobs will go"
           and not doc.starting_in(doc.quantities, h.end, q.start)):  # not "its 2,400 staff, around 120 jobs"
        return True
    if any(m.type == "organization" and 0 < q.start - m.end <= 4 and doc.text[m.end:q.start].strip() in POSSESSIVE_MARKS
           for m in doc.in_sentence(doc.entities, sent)):
        return True  # "Vantor's 3,000 employees"
    c_start, c_end = doc.clause_at(q.start)
    reach = _reach(doc, sent, q)
    employ = doc.hits_in(c_start, q.start, "employ")
    if _hiring(doc, sent, q):
        return False
    if _part_of(doc, sent, q) and not any(
            doc.words_between(head.end, h.start) <= 2 and (h.label == "mod" or _goes_on(doc, h.end, c_end))
            for h in doc.hits_in(head.end, c_end, "cut", "cut_nouns", "mod")):
        return True  # "7 Prozent der 108.000 Beschäftigten", "4.000 der 52.000 Stellen zu streichen": the base of a
        # share; not the whole the clause goes on to say things of ("1,500 of the 2,000 jobs it will cut are in
        # operations", "500 of the 1,200 jobs announced"): the cuts
    if not employ and not _acting_cuts(doc, c_start, q.start) and any(
            doc.words_between(head.end, h.start) <= 3 for h in doc.hits_in(head.end, reach, "work")):
        employ = [head]  # "5 000 personer som jobbar på Northvolt"; not "putting 240 people out of work": a cut acts on it
    if not employ:  # "La plantilla del grupo ronda los 11.000 empleados": the workforce is the subject
        counted = [o for o in doc.in_sentence(doc.quantities, sent) if o.end <= q.start]  # "1,900 workers and 400 staff"
        return bool([w for w in doc.hits_in(c_start, q.start, "workforce") if doc.words_between(w.end, q.start) <= 6
                     and not any(o.end <= w.start and doc.words_between(o.end, w.start) <= 2 for o in counted)]
                    and not doc.hits_in(c_start, reach, "cut", "cut_nouns"))
    cut_between = doc.hits_in(employ[-1].end, q.start, "cut", "cut_nouns")
    cut_after = [h for h in doc.hits_in(q.end, reach, "cut", "cut_nouns") if head is not None and h.start >= head.end
                 and doc.words_between(head.end, h.start) == 0 or not any(
        h.end <= o.start and doc.words_between(h.end, o.start) <= 3 and doc.clause_at(o.start) == doc.clause_at(h.start)
        for o in doc.in_sentence(doc.quantities, sent))]  # the cut of a figure after it, not one set off by a comma;
    # a verb last right after the figure's noun is its own ("hatte 350 Stellen gestrichen und zwei Lager geschlossen")
    return not cut_between and not cut_after


def _acting_cuts(doc: Doc, start: int, end: int) -> list:
    """The cut words in [start, end) that may act on what follows them; not a cut named as the time after it
    ("After the cuts, 900 people will work there", "Efter neddragningen", "Nach dem Abbau": ``claims.after_cut``)."""
    return [h for h in doc.hits_in(start, end, "cut") if not any(
        doc.words_between(a.end, h.start) <= 2 for a in doc.hits_in(max(start, h.start - 40), h.start, "after_cut"))]


def _parts_of_cuts(doc: Doc, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """The whole of a share that is cuts ("1,500 of the 2,000 jobs it will cut"), or that its article states as its
    cuts ("will cut 2,000 jobs ... 1,500 of the 2,000 jobs are in operations": that round, no workforce claim),
    makes the count before it a part of the round (aggregate "part") when no segment says which part; so does a
    word of a part between two counts ("350 anställda, varav 200 i Luleå", `claims.part_of`)."""
    cuts = {d.claim.quantity.value for d in drafts if d.claim.kind == "job_cuts" and d.claim.quantity
            and d.claim.quantity.unit == "count" and d.claim.aggregate is None}
    parts, repeated = set(), set()
    for d in drafts:
        if d.claim.kind == "job_cuts" or d.claim.kind == "workforce" and d.claim.quantity.value in cuts:
            q = next((q for q in doc.in_sentence(doc.quantities, d.sent) if q.start == d.start), None)
            part = q and _part_of(doc, d.sent, q)
            if part is not None and part.quantity.unit == "count" and d.claim.quantity.unit == "count":
                parts.add(part.start)
                if d.claim.kind == "workforce":
                    repeated.add(id(d))
    for d in drafts:
        wholes = ("job_cuts", "workforce") if d.claim.kind == "workforce" else ("job_cuts",)
        after_part = any(  # "350 anställda, varav 200 i Luleå": a part of the count before
            doc.words_between(h.end, d.start) <= 1 and any(
                o.claim.kind in wholes and o.sent is d.sent and o.end <= h.start for o in drafts)
            for h in doc.hits_in(max(d.sent.start, d.start - 30), d.start, "part_of"))
        if d.claim.kind == "workforce" and after_part:
            repeated.add(id(d))  # "varslar 600 anställda, varav 420 är kabinpersonal": part of the cut, no staff size;
            # "har 6 800 anställda, varav 3 000 är tjänstemän": part of the staff, not its size
        if d.claim.kind != "job_cuts" or d.claim.segment is not None or d.claim.aggregate is not None:
            continue
        if d.start in parts or _at_one_site(doc, d) or after_part:
            d.claim = evolve(d.claim, aggregate="part")
    return [d for d in drafts if id(d) not in repeated]


def _at_one_site(doc: Doc, d: ClaimDraft) -> bool:
    """The cuts are a site's: a noun of one site three words or fewer after the figure in its clause ("320 Stellen im Werk
    Kalmar", "250 jobs at the Ostrava plant"), or the subject of the cut verb right before the figure, nothing joining
    between ("fabriken varslade 200 personer", "the plant laid off 200 workers"), or a word pointing at a site one word
    at most before the figure, a noun of one site before it in its sentence or the one before in its block ("de
    vestiging in Geleen ...: daar verdwijnen 90 banen"), so the part of a round at that site."""
    c_start, c_end = doc.clause_at(d.start)
    there = next((h for h in doc.hits_in(max(d.sent.start, d.start - 40), d.start, "there")
                  if doc.words_between(h.end, d.start) <= 1), None)
    if there is not None:
        before = doc.sentences[d.sent.index - 1] if d.sent.index else d.sent
        start = before.start if before.block == d.sent.block else d.sent.start
        if any(norm(doc.text[h.start:h.end]) in doc.lang.one_site for h in doc.hits_in(start, there.start, "store")):
            return True
    return any(doc.words_between(d.end, h.start) <= 3 and norm(doc.text[h.start:h.end]) in doc.lang.one_site
               for h in doc.hits_in(d.end, c_end, "store")) or any(
        norm(doc.text[h.start:h.end]) in doc.lang.one_site and doc.words_between(h.end, d.start) <= 3
        and doc.hits_in(h.end, d.start, "cut") and not doc.hits_in(h.end, d.start, "conjunctions")
        and not any(p in doc.text[h.end:d.start] for p in ",;:") for h in doc.hits_in(c_start, d.start, "store"))


def _beyond_parts(doc: Doc, drafts: list[ClaimDraft]) -> None:
    """A round whose part alone its sentence dates by a horizon, right after that part ("16 000 postes, dont 12 000
    durant les deux prochaines années", "5,000 jobs, of which 3,000 by 2027"), goes on after that horizon: the rest
    comes later. The whole is dated by the part's horizon as one it runs past (``horizon`` "beyond"), unless the
    sentence gives it a time of its own."""
    for p in drafts:
        if p.claim.aggregate != "part" or p.claim.kind != "job_cuts" or not p.horizon or p.when_rank[0] != 0:
            continue
        own = [t for t in doc.in_sentence(doc.times, p.sent) if t.horizon and t.time == p.claim.when
               and t.start >= p.end and doc.words_between(p.end, t.start) <= 1]
        wholes = [w for w in drafts if w.sent is p.sent and w.claim.kind == "job_cuts" and w.end <= p.start
                  and w.claim.aggregate is None and w.claim.quantity.unit == p.claim.quantity.unit
                  and w.claim.quantity.value and p.claim.quantity.value
                  and w.claim.quantity.value > p.claim.quantity.value]
        if not own or not wholes or any(t.start < own[0].start and t.horizon for t in doc.in_sentence(doc.times, p.sent)):
            continue
        w = wholes[-1]
        w.claim, w.horizon, w.when_rank = evolve(w.claim, when=p.claim.when), "beyond", (0, 0)


def _reach(doc: Doc, sent: Sentence, q: QuantityMention) -> int:
    """Where what is said of a figure ends: its clause's end, or the next joining word before it ("with a staff
    of 1,700 while its remaining employees will be laid off")."""
    _, c_end = doc.clause_at(q.start)
    return min((h.start for h in doc.hits_in(q.end, c_end, "conjunctions")), default=c_end)


def _draft(doc: Doc, ctx: ClaimContext, sent: Sentence, kind: str, q: QuantityMention, end: int,
           quantity: Quantity | None = None, basis: str = "stated") -> ClaimDraft:
    org, mention = ctx.org_for(sent, q.start, end)
    start, stop = _quote(doc, sent)
    claim = Claim(kind=kind, org=org or "", quote=doc.text[start:stop], start=start, end=stop,
                  quantity=quantity or q.quantity, segment=_segment(doc, q.start, end),
                  aggregate=_total(doc, sent, q, end, kind) or _net(doc, q, end, kind) or _fte(doc, q, kind))
    return ClaimDraft(claim, sent, q.start, end, basis=basis, named=mention is not None or bool(
        doc.in_sentence(ctx.orgs, sent)))


def _total(doc: Doc, sent: Sentence, q: QuantityMention, end: int, kind: str) -> str | None:
    """"total" for a figure of several rounds or of a whole plan: counted since a time, or a word of a total before
    it with no other figure between ("a total of 20,000", "bringing the total to 5,000", "In total, the company has
    eliminated 4,300", "Insgesamt fallen damit 2.400"), or a few words after it in its clause ("900 puestos en
    total", "1 700 suppressions de postes en tout"); cuts that are a goal ("a goal of laying off 30,000") are the
    whole plan."""
    c_start, c_end = doc.clause_at(q.start)
    near = doc.tokens.starts[max(0, doc.token_index(q.start) - 5)]
    if kind == "job_cuts" and doc.hits_in(near, q.start, "target"):
        return "total"
    if kind == "job_cuts" and _counted_since(doc, sent, q.start, end):
        return "total"  # counted since a time: "has shed 3,500 jobs since 2023", "Seit 2024 fielen 9.000 Stellen weg"
    before = [h for h in doc.hits_in(sent.start, q.start, "total") if (h.start >= min(c_start, near) or h.start == sent.start)
              and not doc.starting_in(doc.quantities, h.end, q.start)]
    after = [h for h in doc.hits_in(q.end, max(c_end, end), "total") if doc.words_between(end, h.start) <= 2
             and not any(q.end <= o.start < h.start or h.end <= o.start and doc.words_between(h.end, o.start) <= 2
                         for o in doc.starting_in(doc.quantities, q.end, c_end) if o is not q)]
    # not "11,000 jobs to bring to around 20,000"
    return "total" if before or after else None


def _net(doc: Doc, q: QuantityMention, end: int, kind: str) -> str | None:
    """"change" for net cuts: a word of net right before the count or right after its noun ("a net 800 jobs", "per
    saldo 800 banen", "unter dem Strich 800 Stellen", "800 postes nets"): hires counted off, no gross round."""
    if kind != "job_cuts":
        return None
    c_start, c_end = doc.clause_at(q.start)
    near = [h for h in doc.hits_in(c_start, c_end, "net") if h.end <= q.start and doc.words_between(h.end, q.start) <= 1
            or h.start >= end and doc.words_between(end, h.start) == 0 or _net_subject(doc, h, q)]
    return "change" if near else None


def _net_subject(doc: Doc, h, q: QuantityMention) -> bool:
    """A net cut the subject a count is told of, a cut noun beside the word of net and a verb of being between them
    ("the net reduction will be 650 jobs", "la reducción neta será de 650 puestos"), no other figure between."""
    return h.end <= q.start and doc.words_between(h.end, q.start) <= NET_REACH and not doc.starting_in(
        doc.quantities, h.end, q.start) and any(doc.words_between(*sorted((n.start, h.start))) <= 1
                                                for n in doc.hits_in(h.start - 30, h.end + 30, "cut_nouns", "cut", "reduction"))


NET_REACH = 3  # words from a net cut's noun to its count ("reduction will be")


def _fte(doc: Doc, q: QuantityMention, kind: str) -> str | None:
    """"fte" for cuts counted in full-time positions or equivalents, a word of them right after the count ("750
    full-time positions", "750 Vollzeitstellen", "750 équivalents temps plein"): no rival of a count of heads."""
    if kind != "job_cuts":
        return None
    near = [h for h in doc.hits_in(q.end, doc.clause_at(q.start)[1], "fte") if doc.words_between(q.end, h.start) <= 1]
    return "fte" if near else None


def _counted_since(doc: Doc, sent: Sentence, start: int, end: int) -> bool:
    """A time after a word of "since" (``time.since``) before the figure in its clause or right after it: the
    figure is counted since then ("has shed 3,500 jobs since 2023")."""
    c_start, c_end = doc.clause_at(start)
    return any(c_start <= t.start < c_end and (t.end <= start or doc.words_between(end, t.start) <= 3)
               and doc.lang.since.search(doc.text[max(c_start, t.start - 60):t.start])
               for t in doc.in_sentence(doc.times, sent))


def _quote(doc: Doc, sent: Sentence) -> tuple[int, int]:
    text = doc.text
    start, end = sent.start, sent.end
    while start < end and text[start] in " \t-•*·▪":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


def _segment(doc: Doc, start: int, end: int, past_relative: bool = False) -> str | None:
    """The part of the company a figure is of: a segment word in the figure's phrase ("8% of its office staff"), right
    before it ("streicht weltweit 1.200 Stellen"), or a few words after its noun in its clause ("8 Prozent der Stellen
    in der Verwaltung", "20% at a global level", "el 8% de los empleos de oficina"); else a place right after it
    ("1,100 in Sweden"), or one after a locative word opening its clause ("In Nederland verdwijnen 300 banen"), or the
    place a relative clause holding it follows ("in Germany, where X employs 19,000 people")."""
    hits = doc.hits_in(start, end, "segment")
    if hits:
        return hits[0].key
    c_start, c_end = doc.clause_at(start)
    before = [h for h in doc.hits_in(c_start, start, "segment") if doc.words_between(h.end, start) == 0]
    if before:
        return before[-1].key
    after = [h for h in doc.hits_in(end, c_end, "segment") if doc.words_between(end, h.start) <= 2
             and not any(q.start < h.start or h.end <= q.start and doc.words_between(h.end, q.start) <= 3
                         for q in doc.starting_in(doc.quantities, end, c_end) if not _is_time(doc, q))]
    # not "1,200 of the total of around 3,000"
    if after and not doc.hits_in(end, after[0].start, "cut", "mod", "reporting", "conjunctions") and not any(
            t[:1].isupper() for t in doc.tokens.raw[doc.token_index(end):doc.token_index(after[0].start)]):
        return after[0].key  # not "200 i Stockholm där huvudkontoret ligger"
    places = [m for m in doc.starting_in(doc.entities, end, min(end + 25, c_end)) if m.type == "place" and not any(
        not _is_time(doc, q) for q in doc.starting_in(doc.quantities, end, m.start))]  # not "4100, davon 1500 in X"
    if places:  # not "50 stores in France and Spain": several places, no one segment
        return None if _joined_place(doc, places[0], c_end) else places[0].name
    return _opening_place(doc, c_start, start, past_relative) or _relative_place(doc, start)


def _relative_place(doc: Doc, start: int) -> str | None:
    """The place a relative clause holding the figure is opened right after ("in Germany, where X employs 19,000
    people", "en Espagne, où X emploie 19 000 personnes"), not one of several ("in France and Spain, where")."""
    clause = doc.relative_clause(start)
    if clause is None:
        return None
    places = [m for m in doc.starting_in(doc.entities, doc.sentence_at(start).start, clause[0]) if m.type == "place"]
    if not places or doc.text[places[-1].end:clause[0]].strip(" ,"):
        return None
    return None if len(places) > 1 and _joined_place(doc, places[-2], clause[0]) else places[-1].name


def _opening_place(doc: Doc, c_start: int, start: int, past_relative: bool = False) -> str | None:
    """A place after a locative word opening the figure's clause, an article at most between them, or so opening its
    sentence as a clause of its own right before the figure's ("In Nederland verdwijnen zo'n 300 banen", "In the
    Netherlands, 420 posts will go"), no other figure between it and the figure: the place the figure is of. With
    ``past_relative`` (an outlook, which has no figure of its own), a relative clause right after the place may stand
    between: "En France, où il emploie 380 salariés, le groupe ne prévoit pas de suppressions de postes"."""
    first = doc.sentence_at(start).clauses[:1]
    for c0, alone in ((c_start, False), *((c, True) for c, _ in first if c < c_start)):
        h = next(iter(doc.hits_in(c0, start, "locative")), None)
        if h is None or doc.words_between(c0, h.start):
            continue
        m = next((m for m in doc.starting_in(doc.entities, h.end, start) if m.type == "place"), None)
        gap = doc.text[h.end:m.start].split() if m else ["-"]
        if len(gap) > 1 or gap and norm(gap[0]) not in doc.lang.article_words:
            continue
        after = m.end  # past a relative clause opened right after the place ("En France, où il emploie 380 salariés, ...")
        rel = past_relative and alone and doc.relative_clause(
            m.end + len(doc.text[m.end:c_start]) - len(doc.text[m.end:c_start].lstrip(" ,")))
        if rel and rel[0] < c_start:
            after = c_start
        if (alone and doc.text[after:c_start].strip(" ,")
                or any(not _is_time(doc, q) for q in doc.starting_in(doc.quantities, after, start))):
            continue
        return m.name
    return None


def _joined_place(doc: Doc, place, limit: int) -> bool:
    """Another place follows this one, joined by a comma or "and" and at most one word ("in France and Spain",
    "en Francia, Italia y España", "en Italie et au Portugal")."""
    nxt = next((m for m in doc.starting_in(doc.entities, place.end, limit) if m.type == "place"), None)
    between = doc.text[place.end:nxt.start].strip(" ,").lower().split() if nxt else None
    return between is not None and (not between or between[0] in doc.lang.and_words and len(between) <= 2)


def _assign_times(doc: Doc, ctx: ClaimContext, sent: Sentence, drafts: list[ClaimDraft]) -> None:
    """Each time in a clause goes to the nearest figure; one before every figure goes to all of them."""
    times = [t for t in doc.in_sentence(doc.times, sent)
             if not any(d.start <= t.start < d.end for d in drafts) and not doc.lang.since.search(
                 doc.text[max(sent.start, t.start - 60):t.start])  # "since a first round was announced in November"
             and not doc.founding(t)]  # "Founded in 2009, X employs 3,400 people"
    inherited = ctx.context_time(sent)
    for d in drafts:
        c_start, c_end = doc.clause_at(d.start)
        mine, money = [], d.claim.kind in MONEY
        present = [t for t in times if d.claim.kind in EVENTS and _present(doc, t)]
        for t in times:
            if not (c_start <= t.start < c_end) or t.results and d.claim.kind not in ACCOUNTS or t in present:
                continue
            if d.claim.kind == "workforce" and d.end <= t.start and doc.hits_in(d.end, t.start, "earlier_level"):
                continue  # "8,000 people before it sold its paints business in June": the sale's time, not the level's
            if d.end <= t.start and _another_verb_between(doc, d.end, t.start):
                continue  # "cut 1,300 jobs and close its plant at the end of 2027": the closure's time
            if _announced_at(doc, d, t, times) and not any(o.horizon and c_start <= o.start < c_end for o in times):
                mine.append((-1, t))  # "the 900 job cuts announced in March": when they were told, before any other time
                continue
            others = [o for o in drafts if doc.clause_at(o.start) == (c_start, c_end)]
            first = min(o.start for o in others)
            if t.end <= first:
                mine.append((abs(d.start - t.end), t))
                continue
            nearest = min(others, key=lambda o: _words_gap(doc, o, t))
            if nearest is d:
                mine.append((_gap(d, t), t))
            elif money and t.time.precision in PERIODS and nearest.claim.kind in MONEY:
                mine.append((len(doc.text) + _gap(d, t), t))  # "a net loss of $340 million for 2025 on sales of $2.9 billion"
        if money and any(t.time.precision in PERIODS for _, t in mine):
            mine = [(gap, t) for gap, t in mine if t.time.precision in PERIODS]  # "first-quarter net profit ... on Thursday"
        when, rank, relative, undated = None, (3, 0), False, False
        if mine:
            gap, t = min(mine, key=lambda x: x[0])
            when, rank = t.time, (0, gap)
            relative = bool(doc.hits_in(t.start, t.end, "time"))  # "last year", "förra året": the whole year
            d.horizon = t.horizon
        else:
            compared = doc.lang.base.search(doc.text[c_start:d.start]) and not (money and _year_earlier(doc, d, c_end))
            # ", frente a los 2.500 millones": another time; not "down from £88 million a year earlier": the year before
            earlier = [t for t in times if t.end <= c_start and not doc.relative_clause(t.start) and not compared
                       and t not in present
                       and not compared_with(doc, sent, t)  # "un 9% menos que en 2024, y registró unas pérdidas"
                       and not (d.claim.kind in STAFF and dates_a_sum(doc, t))  # "une perte pour 2025, et 2 000 postes"
                       and (d.claim.kind in ACCOUNTS or not t.results)]
            # not the time of a relative clause: "Northvolt, which warned on Sept. 9 that cuts were coming, said"
            if earlier:
                when, rank = earlier[-1].time, (1, d.start - earlier[-1].end)
                d.horizon = earlier[-1].horizon
                relative = bool(doc.hits_in(earlier[-1].start, earlier[-1].end, "time"))
            elif (later := [t for t in times if t.start >= c_end and not t.results and t not in present and (
                    t.time.precision == "day" or t.horizon
                                                                       and not any(d.end <= o.start < t.start for o in drafts))]
                  ) and not (d.claim.kind in ACCOUNTS and not later[0].horizon and ctx.context_time(sent, PERIODS)):
                # (a result told on a day after it is for the period of the sentence before: "Der Gewinn fiel auf 2,1
                # Milliarden Euro, wie das Unternehmen am Donnerstag mitteilte" after a sentence on 2025)
                when, rank = later[0].time, (1, later[0].start - d.end)  # ", meddelade bolaget på tisdagen", ", by 2027"
                d.horizon = later[0].horizon
            elif _long_ago(doc, sent, c_end):
                rank, undated = (2, 0), True  # "A few years ago, X cut 6,000 jobs": not then, nor the day of publication
            elif (inherited is not None or d.claim.kind in ACCOUNTS and ctx.context_time(sent, PERIODS)) and not (
                    d.claim.kind == "cost_savings" and _before_publication_month(
                    inherited, doc.published)):  # savings aimed at are not of last year's sentence
                when = (ctx.context_time(sent, PERIODS) or inherited) if d.claim.kind in ACCOUNTS else inherited if (
                    d.claim.kind not in STAFF) else ctx.context_time(sent, staff=True)
                rank = (2, 0)
        narrower = ctx.context_time(sent, PERIODS) if d.claim.kind in ACCOUNTS else inherited  # a result is for no day
        if (when is not None and narrower is not None and rank[0] < 2 and contains(when, narrower) and not relative
                and not doc.hits_in(sent.start, sent.end, "full_year")):  # not "voor heel 2026" after its first half
            when = narrower  # "in 2025" after a sentence on its fourth quarter
        if money and (rank[0] >= 1 or when is not None and when.precision == "day") and doc.hits_in(
                c_start, c_end, "full_year"):  # "für das Gesamtjahr", "its full-year forecast ... on Tuesday": the year
            year = (when or doc.published).value[:4] if (when or doc.published) else None
            when, rank = (TimeRef(year, "year"), (0, 0)) if year else (when, rank)
        if when is None and not undated:
            when = doc.published
        if money and when is not None and (d.year_before or _year_earlier(doc, d, c_end)):
            if when.precision == "day":  # the result before was told that day: its period, in this sentence or the one
                # before ("a 2025 operating profit of 2.8 billion on Thursday, up from 1.9 billion a year earlier")
                periods = [t.time for t in times if t.time.precision in PERIODS and t.end <= d.start]
                when = periods[-1] if periods else sent.index > 0 and ctx.context_time(
                    doc.sentences[sent.index - 1], PERIODS) or when
            when = TimeRef(str(int(when.value[:4]) - 1) + when.value[4:], when.precision) if (
                when.precision in PERIODS + ("month",)) else TimeRef(str(int(when.value[:4]) - 1), "year")
        if any(c_start <= a < c_end for a, _ in doc.undated_horizons):
            d.horizon = True  # "over the next two years" with no year to count from
        d.claim = evolve(d.claim, when=when)
        d.when_rank = rank
        d.known = d.claim.kind not in LEVELS + ("workforce",) and _known(doc, d.start)
        if d.horizon:
            d.told = _told(doc, sent, d, times, inherited)


def _same_period(doc: Doc, q: QuantityMention) -> int | None:
    """The year of the same period a sum right before a word of it (`numbers.base_period`) is of: the year named after
    that word ("del mismo periodo de 2025": 2025), or 0 for the year before the result's, told by a relative year or
    a word of the year before ("in the same period last year", "im Vorjahreszeitraum"); None with no year told."""
    text = doc.text
    after = q.end + len(text[q.end:q.end + 3]) - len(text[q.end:q.end + 3].lstrip())
    m = doc.lang.base_period.match(text, after)
    if m is None:
        return _same_period_before(doc, q)
    year = next((t for t in doc.starting_in(doc.times, after, m.end() + 40)
                 if t.start >= m.end() and doc.words_between(m.end(), t.start) <= 1 and t.time.precision == "year"), None)
    if year is not None and not doc.hits_in(year.start, year.end, "time"):
        return int(year.time.value)
    return 0 if year is not None or any(h.key in ("year_earlier", "prior_year") and h.start <= m.end() + 1
                                        for h in doc.hits_in(after, m.end() + 40, "time")) else None


def _same_period_before(doc: Doc, q: QuantityMention) -> int | None:
    """The year of the same period a sum in brackets right after a word of it and its year is of (`numbers.same_period`:
    "ten opzichte van dezelfde periode vorig jaar (814 miljoen euro)": 0, the year before the result's; "the same period
    of 2024 (...)": 2024); None with no year told."""
    m = doc.lang.same_period.search(doc.text, max(0, q.start - 120), q.start)
    if m is None:
        return None
    year = next((t for t in doc.starting_in(doc.times, m.start(1), m.end(1)) if t.time.precision == "year"), None)
    if year is not None and not doc.hits_in(year.start, year.end, "time"):
        return int(year.time.value)
    return 0 if year is not None or any(h.key in ("year_earlier", "prior_year") for h in doc.hits_in(
        m.start(), m.end(), "time")) else None


def _same_periods(doc: Doc, ctx: ClaimContext, sent: Sentence, found: list[ClaimDraft]) -> list[ClaimDraft]:
    """A result compared with the same period of an earlier year ("más que los 73,2 millones del mismo periodo de
    2025", "up from $73 million in the same period last year", "nach 73,2 Millionen im Vorjahreszeitraum") is of the
    period of the result before it in its sentence (else of the sentence before) in that year; with no such period,
    or no earlier year, it is no claim."""
    kept = []
    for d in found:
        mention = next(iter(doc.starting_in(doc.quantities, d.start, d.end)), None)
        told = _same_period(doc, mention) if mention and d.claim.kind in ACCOUNTS else None
        if told is None:
            kept.append(d)
            continue
        before = [o for o in kept if o.claim.kind in ACCOUNTS and o.start < d.start]
        period = before[-1].claim.when if before else ctx.context_time(sent, PERIODS)
        if period is None or period.precision not in PERIODS:
            continue
        year = told or int(period.value[:4]) - 1
        if year < int(period.value[:4]):
            d.claim = evolve(d.claim, when=TimeRef(str(year) + period.value[4:], period.precision))
            kept.append(d)
    return kept


def _long_ago(doc: Doc, sent: Sentence, end: int) -> bool:
    """A word of long ago with no date (``time.long_ago``: "a few years ago") in the sentence up to ``end``."""
    return any(h.key == "long_ago" for h in doc.hits_in(sent.start, end, "time"))


def _the_company_s(doc: Doc, ctx: ClaimContext, d: ClaimDraft) -> bool:
    """"More than the 2,300 the company announced", "mehr als die 2.300, die das Unternehmen angekündigt hatte": the
    figure's clause goes on, within a few words, with the company (named, or a company noun, not a pronoun) as the
    subject of a verb announcing or planning it, no other figure nor word of reason between ("2,600, not the 2,300 the
    company announced": 2,600 is the union's; "1,100 jobs, because the company also plans to close ...": the union's
    reason): a third party tells the company's own figure."""
    end = doc.sentence_at(d.start).end
    subjects = [(h.start, h.end) for h in doc.hits_in(d.end, end, "anaphora")
                if doc.hits_in(h.start, h.end, "company_nouns")]  # "the company", "bolaget"; not "it"
    subjects += [(m.start, m.end) for m in doc.starting_in(ctx.orgs, d.end, end)]
    return any(doc.words_between(d.end, start) <= 3 and not doc.starting_in(doc.quantities, d.end, start) and not doc.hits_in(
        d.end, start, "because") and any(
        h.key in ("announced", "planned") and doc.words_between(stop, h.start) <= 2 for h in doc.hits_in(stop, end, "mod"))
        for start, stop in subjects)


def _present(doc: Doc, t) -> bool:
    """A word of the present (`time.today`: "now", "nu", "jetzt", "ahora", "today") that is all a time says: the day
    the cuts are spoken of ("Varslet av 900 anställda beror inte på AI, säger hon nu"), no date of the round."""
    return t.time == doc.published and any(h.key == "today" and h.start <= t.start and t.end <= h.end
                                           for h in doc.hits_in(t.start, t.end, "time"))


def _known(doc: Doc, start: int) -> bool:
    """A definite word right before the figure ("the 2,000 jobs", "de 2 000 tjänster", "die 2.000 Stellen"): it
    speaks of cuts already known."""
    k = doc.token_index(start)
    return k > 0 and doc.tokens.low[k - 1] in doc.lang.known


def _year_earlier(doc: Doc, d: ClaimDraft, c_end: int) -> bool:
    """A word of the year before right after a result ("a profit of 12 million pounds a year earlier", "från 620
    miljoner kronor ett år tidigare"; not "rose to $4.2 billion from $3.9 billion a year earlier"), or opening its sentence ("A year earlier, revenue was 2.83 billion euros",
    "Im Vorjahresquartal hatte der Umsatz bei 2,83 Milliarden Euro gelegen"): the same period a year before the
    one the sentence is about."""
    return any(h.key == "year_earlier" and not any(t.start < h.end and h.start < t.end for t in doc.times) and (
        h.start >= d.end and doc.words_between(d.end, h.start) <= 2 and not doc.starting_in(doc.quantities, d.end, h.start)
        or h.end <= d.start and not doc.text[d.sent.start:h.start].strip(" \"'“”‘’«»")
        or h.end <= d.start and h.start >= doc.clause_at(d.start)[0] and not doc.starting_in(doc.quantities, h.end, d.start))
        for h in doc.hits_in(d.sent.start, c_end + 1, "time"))


def _told(doc: Doc, sent: Sentence, d: ClaimDraft, times: list, inherited: TimeRef | None) -> TimeRef | None:
    """When a plan dated by its horizon was announced or agreed: another time of its sentence, the nearest before
    its figure ("a annoncé vendredi 20 décembre ... d'ici 2030"), else a day or month after it (", said on Friday");
    "now" is the article's own date, not when it was told; else
    the time of the sentence before, when that one announces or agrees ("Im Dezember 2023 haben sich ... geeinigt.
    Der Plan sieht ... bis 2030 vor")."""
    own = [t for t in times if not t.horizon and t.time != d.claim.when and not _now(doc, t)]
    before = [t for t in own if t.end <= d.start]
    if before:
        return before[-1].time
    after = [t for t in own if t.start >= d.end and t.time.precision in ("day", "month")]
    if after:
        return after[0].time
    prev = doc.sentences[sent.index - 1] if sent.index > 0 else None
    if inherited is not None and prev is not None and prev.block == sent.block and (
            doc.hits_in(prev.start, prev.end, "agreed") or any(
                h.key == "announced" for h in doc.hits_in(prev.start, prev.end, "mod"))):
        return inherited
    return None


def _another_verb_between(doc: Doc, start: int, end: int) -> bool:
    """A word of "and" right before a verb closing sites between a figure and a time after it ("1,300 jobs and close
    its plant in Lengerich at the end of 2027", "1 300 postes et fermer fin 2027 son usine"): the time is that verb's."""
    return any(h.i and doc.tokens.low[h.i - 1] in doc.lang.and_words for h in doc.hits_in(start, end, "close"))


def _announced_at(doc: Doc, d: ClaimDraft, t, times) -> bool:
    """The time follows the figure, a word of announcing and at most a few words between, no other time before it:
    when the figure was told ("The closure of the plant in June 2027 and the 900 job cuts announced in March"; with
    no horizon in the clause: "announced in January will be completed by 2027" is a round until 2027)."""
    return (d.end <= t.start and doc.words_between(d.end, t.start) <= 4
            and any(h.key == "announced" for h in doc.hits_in(d.end, t.start, "mod"))
            and not any(d.end <= o.start < t.start for o in times))


def _share_times(drafts: list[ClaimDraft]) -> None:
    """"4,000 job cuts in 2025, representing 5 percent": the percent is the same cut, at the same time."""
    for d in drafts:
        q = d.claim.quantity
        if d.claim.kind == "job_cuts" and q and q.unit == "percent" and d.when_rank[0] >= 2:
            counts = [o for o in drafts if o.claim.kind == "job_cuts" and o.claim.org == d.claim.org
                      and o.claim.quantity and o.claim.quantity.unit == "count" and o.when_rank[0] < 2]
            if counts:
                d.claim = evolve(d.claim, when=counts[-1].claim.when)
                d.when_rank = counts[-1].when_rank


def _pair_times(doc: Doc, sent: Sentence, drafts: list[ClaimDraft]) -> None:
    """The two levels of a change over a period: "from 5,000 to 3,800 in the past year" is 5,000 at the start of
    that year and 3,800 now; "said last year it had reduced staff to 3,800 from 5,000" is 3,800 last year and
    5,000 the year before; "ab 2026 von jetzt 1.400 auf 600": 1.400 now, 600 from 2026."""
    starts = {d.start: d for d in drafts if d.claim.kind == "workforce"}
    first = next((d for d in drafts if d.part == "from" and d.other in starts), None)
    if first is None:
        return
    pair = {"from": first, "to": starts[first.other]}
    times = doc.in_sentence(doc.times, sent)
    now = [t for t in times if _now(doc, t)]
    past = [t for t in times if any(h.key in PAST_TIMES for h in doc.hits_in(t.start, t.end, "time"))]
    other = [t for t in times if t not in now and t not in past]
    start = min(pair["from"].start, pair["to"].start)
    if past and past[0].start < start and past[0].time.precision == "year":  # "said last year it had reduced staff"
        pair["to"].claim = evolve(pair["to"].claim, when=past[0].time)
        pair["from"].claim = evolve(pair["from"].claim, when=TimeRef(str(int(past[0].time.value) - 1), "year"))
    elif past and doc.published is not None:  # "from 5,000 to 3,800 in the past year"
        pair["from"].claim = evolve(pair["from"].claim, when=past[0].time)
        pair["to"].claim = evolve(pair["to"].claim, when=TimeRef(doc.published.value[:7], "month")
                                  if doc.published.precision == "day" else doc.published)
    elif now and other:
        pair["from"].claim = evolve(pair["from"].claim, when=now[0].time)
        pair["to"].claim = evolve(pair["to"].claim, when=other[0].time)
    elif horizons := [t for t in other if t.horizon and t.start > start]:
        # "from 41,000 to 36,500 by the end of 2027", "de 6.000 a 5.200 empleados hasta 2027": the level aimed at
        # by then; the level before is today's, on the day it was told
        told = [t for t in other if not t.horizon and t.time.precision == "day"]
        pair["from"].claim = evolve(pair["from"].claim, when=told[0].time if told else doc.published)
        pair["to"].claim = evolve(pair["to"].claim, when=horizons[0].time)
        pair["from"].horizon, pair["to"].horizon = False, True
    else:
        return
    for d in pair.values():
        d.when_rank = (0, 0)


def _gap(d: ClaimDraft, t) -> int:
    return t.start - d.end if t.start >= d.end else d.start - t.end


def _words_gap(doc: Doc, d: ClaimDraft, t) -> tuple[int, int]:
    """How far a time is from a figure: one right after a figure, a word at most between, is its ("de 430 millions
    d'euros en 2024 à 455 millions d'euros en 2025": 2024 is the 430's), else the nearest in characters."""
    if t.start >= d.end and doc.words_between(d.end, t.start) <= 1:
        return 0, t.start - d.end
    return 1, _gap(d, t)


MONEY = ("revenue", "profit", "net_income", "loss", "investment")  # results and spending: reported or expected
PERIODS = ("year", "half", "quarter")  # what a result is for (not the day it was reported)
ACCOUNTS = ("revenue", "profit", "net_income", "loss")  # results of a period, unlike an investment planned
STAFF = ("job_cuts", "workforce", "store_closure")  # counts of people and sites, dated by no result's period
EVENTS = ("job_cuts", "store_closure")  # what happens on a day, unlike a level
PAST_TIMES = ("last_year", "prior_year", "last_month", "last_week", "yesterday")  # relative times that are past whatever the date


def _finish(doc: Doc, ctx: ClaimContext, d: ClaimDraft) -> None:
    """Modality, speaker and cited source of a figure claim."""
    claim, sent = d.claim, d.sent
    modality = d.modality or _modality(doc, ctx, d)
    a = ctx.attribution(sent)
    if a.third_party and _the_company_s(doc, ctx, d):  # "more than the 2,300 the company announced": the company's
        d.claim = evolve(claim, modality="reported", speaker=None, source_cited=a.source)  # figure, told by another
        return
    observed = claim.kind in STAFF and _observers_subject(doc, d)
    if a.third_party or observed:  # "the union said 1,000 more jobs would go": no announcement of the company's
        if observed and modality in ("announced", "planned"):  # "An analyst sees 1,500 job cuts at X": an estimate
            modality = "expected"
        if modality in ("announced", "planned"):  # "menace 600 postes, selon la CGT", "analysts estimate the cuts
            # could save $150 million": may come
            modality = "expected" if d.at_risk or ctx.modality(*doc.clause_at(d.start)) == "expected" else "reported"
        d.third_party = True
        d.claim = evolve(claim, modality=modality, speaker=None, source_cited=a.source)
        return
    speaker, d.speaker_rank = a.speaker, 0
    if speaker and speaker != claim.org and a.at is not None and d.end <= a.at and any(
            doc.words_between(c.end, a.at) == 0 for c in doc.hits_in(d.end, a.at, "conjunctions")):
        speaker = None  # "X cuts 300 jobs and Kestrova said ...": an organisation opening the next clause said no 300
    if speaker is None:
        speaker, d.speaker_rank = claim.org if d.basis == "gapped" else ctx.actor(sent, d.start), 2  # "Nestlé
        # eliminará 16.000 puestos"; "and Kestrova 200": the organisation the gap is of
    if speaker is None and modality == "announced":
        speaker = ctx.spokesperson(claim.org)
    if speaker is None and modality in ("announced", "planned"):  # "In totaal verdwijnen daarmee 1.100 banen."
        carried = ctx.carried(sent)  # goes on with what the sentence before in its block attributed
        speaker = carried.speaker if carried is not None else None
    when = claim.when
    if claim.kind == "workforce" and d.when_rank[0] > 0 and _earlier_level(doc, d):
        when = None  # "At its peak, X employed 8,000", "Före konkursen hade bolaget 6 000 anställda": no level of now
    if d.earlier_state and when is not None and when.precision == "year" and d.when_rank[0] < 2 and d.when_rank[1]:
        when = TimeRef(str(int(when.value) - 1), "year")  # "from 240,000 to 226,000 in 2025": the first is 2024's
    d.claim = evolve(claim, modality=modality, speaker=speaker, source_cited=a.source, when=when)


def _of_a_place(doc: Doc, q: QuantityMention) -> bool:
    """The figure's clause opens with "there are" or a relative word of place (`claims.existential`, `claims.where`:
    "Er werken nu zo'n 250 mensen", "Il n'y a pas d'avenir pour 430 salariés", "i Köping, där omkring 1 150 personer
    arbetar"), no organisation nor company noun before the figure in it: the staff of a place, no workforce."""
    start = doc.clause_at(q.start)[0]
    return (any(doc.words_between(start, h.start) <= 1 for h in doc.hits_in(start, q.start, "existential", "where"))
            and not doc.starting_in(doc.entities, start, q.start) and not doc.hits_in(start, q.start, "company_nouns"))


def _a_pool(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """A count in a clause opening with "there are" (`claims.existential`) in a sentence with no cut verb nor noun, or
    with a word of what may come after it ("Hay unas 90 personas mayores de 58 años que podrían acogerse a
    prejubilaciones", "There are about 90 staff over 58 who could take early retirement"): those who could leave, no
    cut."""
    start = doc.clause_at(q.start)[0]
    return (any(doc.words_between(start, h.start) <= 1 for h in doc.hits_in(start, q.start, "existential"))
            and (not doc.hits_in(sent.start, sent.end, "cut", "cut_nouns")
                 or any(h.key == "expected" for h in doc.hits_in(q.end, sent.end, "mod"))))


def _a_site_s_share(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """A site's noun before a share of jobs in its sentence, no site closed there ("Sur le site haut-savoyard, un
    poste sur trois disparaît", "At the Leeds plant, one job in three will go"): the site's share, not the company's."""
    return any(doc.covering(doc.entities, h.start) is None for h in doc.hits_in(sent.start, q.start, "store")) and not (
        doc.hits_in(sent.start, sent.end, "close", "stop"))  # not "Garnock Mills": a name's word


def _a_place_s_sum(doc: Doc, q: QuantityMention) -> bool:
    """A region or town the subject of a sum, opening its clause with no organisation nor company noun before the
    sum (`claims.region`: "Die Stadt hatte 2024 rund 2,5 Millionen Euro in die Neugestaltung investiert", "The
    city spent £2.5 million"): the place's money, no firm's investment or result."""
    c_start = doc.clause_at(q.start)[0]
    return (any(doc.words_between(c_start, h.start) == 0 and doc.covering(doc.entities, h.start) is None
                for h in doc.hits_in(c_start, q.start, "region"))
            and not any(e.type == "organization" for e in doc.starting_in(doc.entities, c_start, q.start))
            and not doc.hits_in(c_start, q.start, "company_nouns"))


def _a_place_s_share(doc: Doc, q: QuantityMention) -> bool:
    """A share of jobs of a place: its jobs noun followed by a word of place and a name no organisation's ("vart
    fjärde jobb i Eskilstuna", "one job in four in Lormton"), no possessive between ("a third of its staff in Lormton"
    is the firm's) nor organisation in the clause ("ein Drittel aller Arbeitsplätze in Deutschland bei der Marke X"),
    or a region or town opening the clause before it (`claims.region`: "la comarca ha perdido casi la mitad de sus
    empleos textiles"), no organisation nor company noun between: the place's share, no company's percent."""
    c_start, c_end = doc.clause_at(q.start)
    if any(doc.covering(doc.entities, h.start) is None and not doc.starting_in(doc.entities, h.end, q.start)
           and not doc.hits_in(h.end, q.start, "company_nouns") for h in doc.hits_in(c_start, q.start, "region")):
        return True
    for loc in doc.hits_in(q.end, min(c_end, q.end + 40), "locative")[:1]:
        i = doc.token_index(loc.end)
        name = doc.tokens.raw[i] if i < len(doc.tokens.raw) else ""
        owner = doc.covering(doc.entities, doc.tokens.starts[i]) if name else None
        if (name[:1].isupper() and (owner is None or owner.type == "place") and doc.hits_in(q.start, loc.start, "jobs")
                and not any(e.type == "organization" for e in doc.starting_in(doc.entities, c_start, c_end))
                and doc.words_between(q.end, loc.start) <= 2 and not doc.hits_in(q.start, loc.start, "possessive")):
            return True
    return False


def _of_a_sector(doc: Doc, q: QuantityMention) -> bool:
    """Firms of a whole trade after a word of place in the figure's clause, up to three words between and no
    possessive (`claims.sector_in`, `claims.sector`: "omkring 2 500 jobb har försvunnit i svenska banker", "en los
    bancos españoles"), or a whole trade before it in its clause, no firm named between (`claims.sector_whole`: "la
    banca española ha perdido unos 5.000 empleos", "El sector eléctrico ... factura cerca de 45.000 millones"), or
    firms of a trade right before a comma and a relative word opening its clause (`claims.relative`: "140 local
    suppliers, which employ another 7,000 people"): the sector's figure, no firm's."""
    start, end = doc.clause_at(q.start)
    if doc.lang.relative.match(doc.text, start) and any(doc.text[h.end:start].strip() == ","
                                                         for h in doc.hits_in(max(0, start - 40), start, "sector")):
        return True  # those firms' staff
    if any(not any(e.type == "organization" for e in doc.starting_in(doc.entities, h.start, q.start))
           for h in doc.hits_in(start, q.start, "sector_whole") if doc.covering(doc.entities, h.start) is None):
        return True  # a whole trade the subject: "la banca española ha perdido unos 5.000 empleos"
    return any(0 < h.start - p.end and doc.words_between(p.end, h.start) <= 3 and not doc.hits_in(p.end, h.start, "possessive")
               for h in doc.hits_in(start, end, "sector") if doc.covering(doc.entities, h.start) is None  # "Airlines"
               for p in doc.hits_in(max(start, h.start - 40), h.start, "sector_in"))


def _a_place_s_jobs(doc: Doc, q: QuantityMention) -> bool:
    """A word of a tally right before a jobs noun in the figure's clause, a word of place and a place's name at most
    two words after the noun, no organisation named in the clause (`claims.tally`: "take the number of technology
    jobs lost in Britain this year to more than 14,000", "porte à 14 000 le nombre d'emplois supprimés en France"):
    a tally of the place's jobs cut, no firm's cuts (a firm's staff there stays its own: "Die Zahl der Beschäftigten
    in Deutschland liegt bei 3.100")."""
    c_start, c_end = doc.clause_at(q.start)
    if any(e.type == "organization" for e in doc.starting_in(doc.entities, c_start, c_end)):
        return False
    for tally in doc.hits_in(c_start, c_end, "tally"):
        for jobs in doc.hits_in(tally.end, min(c_end, tally.end + 30), "jobs")[:1]:
            for loc in doc.hits_in(jobs.end, min(c_end, jobs.end + 30), "locative")[:1]:
                place = doc.covering(doc.entities, loc.end + 1)
                if (place is not None and place.type == "place" and doc.words_between(tally.end, jobs.start) <= 1
                        and doc.words_between(jobs.end, loc.start) <= 2):
                    return True
    return False


def _firms_together(doc: Doc, at: int) -> bool:
    """A count of three firms or more before their plural noun (a word between at most: "three other firms") in the
    sentence of the figure or closing verb at ``at``, before it, no organisation named before the count there
    (`claims.firms`: "five firms cut more than 1,000 jobs", "cinco entidades han anunciado ajustes que, sumados,
    afectan a casi 1.600 trabajadores", "Five companies announced layoffs, ... to a games studio closing its office in
    Canada"): the firms' figure or closure, no one firm's (not "the merger of the two groups will cut 1,200 jobs", nor
    "Harlow, one of five firms in the cluster, will cut 300 jobs", "which bought three firms last year")."""
    start = doc.sentence_at(at).start
    return any(doc.words_between(p.end, h.start) <= 1 and (p.quantity.value or 0) >= 3
               and not any(e.type == "organization" for e in doc.starting_in(doc.entities, start, p.start))
               for h in doc.hits_in(start, at, "firms") for p in doc.starting_in(doc.quantities, start, h.start))


def _more_before(doc: Doc, d: ClaimDraft) -> bool:
    """A word of more right before or after the figure (`stance.more`: "a further 500 jobs could go", "weitere 500
    Stellen", "500 autres postes"): observers guessing a round beyond the company's give no claim, their guess being
    of no cuts anyone announced."""
    end = next((q.end for q in doc.starting_in(doc.quantities, d.start, d.start + 1)), d.start)
    return any(doc.words_between(h.end, d.start) == 0 or doc.words_between(end, h.start) == 0
               for h in doc.hits_in(max(d.sent.start, d.start - 20), min(d.sent.end, end + 20), "more"))


def _observers_subject(doc: Doc, d: ClaimDraft) -> bool:
    """Observers (`attribution.observers`) open the figure's sentence or clause, an article at most before them, and
    no organisation stands between ("An analyst sees 1,500 job cuts at X", "Un analyste chiffre à 1 500 les
    suppressions", "Analysten rechnen damit, dass X 1.500 Stellen streicht"): their estimate, not the company's word;
    in a headline, which compresses what the body tells with its source, no claim."""
    c_start = doc.clause_at(d.start)[0]
    return any(doc.words_between(begin, o.start) <= 1 and not doc.starting_in(doc.entities, begin, o.start)
               for begin in {d.sent.start, c_start} for o in doc.hits_in(begin, d.start, "observers")[:1])


def _modality(doc: Doc, ctx: ClaimContext, d: ClaimDraft) -> str:
    """How the figure is put: denied, rumoured, expected, planned (an intent, or a date by which it is done),
    announced (the default for cuts in the news) or reported (results, and what happened before)."""
    claim, sent = d.claim, d.sent
    _, mention = ctx.org_for(sent, d.start, d.end)
    region_start = mention.start if mention is not None else sent.start
    c_start, c_end = doc.clause_at(d.start)
    conj = doc.hits_in(d.end, c_end, "conjunctions")
    own_end = conj[0].start if conj else c_end
    cue = ctx.modality(region_start, d.start) or ctx.modality(c_start, own_end)
    sums = [q for q in doc.starting_in(doc.quantities, min(region_start, c_start), d.start)
            if q.quantity.unit not in ("count", "percent", "days")]
    if cue == "expected" and claim.kind not in MONEY and sums:  # "cut its profit forecast to $1.1bn and said it would
        after = sums[-1].end  # reduce headcount by 1,500": the forecast is the sum's, not the cut's
        cue = ctx.modality(max(region_start, after), d.start) or ctx.modality(max(c_start, after), own_end)
    trailing = ctx.modality(c_end, sent.end)
    about_other = doc.hits_in(c_end, sent.end, "cut", "cut_nouns")  # ", och rykten om fler uppsägningar"
    if cue is None:  # ", according to people familiar with the matter", ", meddelade bolaget"
        cue = trailing if trailing in ("rumoured", "announced", "denied") and not about_other else None
    elif trailing == "rumoured" and cue != "denied" and not about_other:
        cue = "rumoured"  # "X is considering cutting 14,000 jobs, people familiar with the matter said"
    if cue is None and not doc.hits_in(sent.start, sent.end, "mod") and _verbless(doc, sent):
        cue = _from_next(doc, ctx, sent)
    if cue in (None, "expected", "planned", "announced") and _media(doc, ctx, sent):
        # "devrait supprimer 11.000 emplois, rapporte la NHK", "recortará 2.000 empleos, según ha avanzado Expansión":
        # an outlet's word, not the company's (whose announcing verb would make it no media report)
        cue = "rumoured"
    if cue in (None, "expected", "planned", "announced") and _sourced_next(doc, ctx, sent):
        cue = "rumoured"
    past = _past(doc, d)
    if d.at_risk and cue in (None, "announced"):
        return "reported" if past else "expected"  # "putting 900 jobs at risk": a cut that may come
    if claim.kind == "workforce":
        future = any(h.key == "future" for h in doc.hits_in(c_start, c_end, "mod"))
        if d.part == "to" and (cue == "planned" or future or cue == "announced" and not past) or doc.hits_in(
                c_start, c_end, "target"):
            return "planned"  # "wants to reduce that to 2,000 employees", "Ziel seien 2.000 Mitarbeiter"
        # staff who stay are announced, not the whole they are part of ("only 1,200 of the 3,000 will keep their jobs")
        whole = any(q.start == d.start and _part_of(doc, sent, q) for q in doc.in_sentence(doc.quantities, sent))
        return "announced" if doc.hits_in(c_start, c_end, "remain") and not past and not whole else "reported"
    if claim.kind == "investment" and cue == "planned":  # "plans to invest more than 1.5 billion kronor"
        return "planned"
    if claim.kind in MONEY:  # a result is reported, a forecast expected ("Prognose", "afficherait une perte"), so is
        # a target a few words before the figure ("vise un bénéfice net de", "prevé un beneficio de")
        # (an expectation counts beside a stronger cue: "qui compte 25 000 salariés, table sur un chiffre d'affaires")
        cues = doc.hits_in(sent.start, d.end, "mod")
        target = any(h.key == "planned" and h.start >= c_start and doc.words_between(h.end, d.start) <= 5 for h in cues)
        ahead = claim.kind in ACCOUNTS and claim.when is not None and doc.published is not None and (
            claim.when.interval[1] >= doc.published.interval[0]) and any(  # "will post second-quarter revenue of"
            h.key == "future" for h in doc.hits_in(c_start, c_end, "mod"))  # a period not yet ended: an outlook
        return "expected" if target or ahead or any(h.key == "expected" for h in cues) else "reported"
    if cue in ("denied", "rumoured") or cue == "expected" and claim.kind != "cost_savings" and not past:
        return cue
    if past or claim.org != doc.main_org and cue != "announced":
        return "reported"  # what happened before; another company's cuts told as background
    future = any(h.key == "future" for h in doc.hits_in(c_start, c_end, "mod"))
    if d.horizon or cue == "planned" or claim.kind == "cost_savings" or claim.kind == "store_closure" and (
            future or d.basis == "change"):
        return "planned"  # savings are targets; sites to be closed, or to be fewer ("desde las 12 actuales hasta 8")
    return "announced"


def _earlier_level(doc: Doc, d: ClaimDraft) -> bool:
    """A word putting the level before now (``claims.earlier_level``) in the figure's clause or before it in its
    sentence, with no other figure between: "At its peak, X employed 8,000", "which had 6,200 staff before"."""
    c_end = doc.clause_at(d.start)[1]
    return any(not doc.starting_in(doc.quantities, h.end, d.start) for h in doc.hits_in(d.sent.start, c_end, "earlier_level"))


def _past(doc: Doc, d: ClaimDraft) -> bool:
    """The figure is of what happened before this news: dated before the month of publication, put as past
    ("previously announced", "so far", "an earlier plan", "il y a quelques années"), or cuts counted since a time
    ("has shed 3,500 jobs since 2023")."""
    if d.when_rank[0] <= 2 and not d.horizon and _before_publication_month(d.claim.when, doc.published):
        return True
    if d.claim.kind == "job_cuts" and _counted_since(doc, d.sent, d.start, d.end) or _long_ago(
            doc, d.sent, doc.clause_at(d.start)[1]):
        return True
    c_start, c_end = doc.clause_at(d.start)
    before = doc.tokens.starts[max(0, doc.token_index(d.start) - 6)]
    return bool(doc.hits_in(max(c_start, before), c_end, "past")) or any(
        h.key in PAST_TIMES for h in doc.hits_in(c_start, c_end, "time")) or any(
        not doc.words_between(c_start, h.start) for h in doc.hits_in(c_start, d.start, "past"))  # "Sedan tidigare har X"


def _media(doc: Doc, ctx: ClaimContext, sent: Sentence) -> bool:
    """The figure comes from an outlet's report, not from the company: "rapporte la télévision", "laut einem
    Medienbericht", "meldt het FD" (a verb of announcing right beside the outlet is the outlet's)."""
    outlets = [m for m in doc.in_sentence(ctx.publishers, sent) if not ctx.told(m)]
    return bool(doc.hits_in(sent.start, sent.end, "media")) or bool(
        outlets and doc.hits_in(sent.start, sent.end, "publisher_verbs")
        and not any(h.key == "announced" and not any(  # the outlet's own verb: "meldt het FD" announces nothing
            doc.words_between(h.end, m.start) <= 1 if h.end <= m.start else doc.words_between(m.end, h.start) <= 1
            for m in outlets) for h in doc.hits_in(sent.start, sent.end, "mod")))


def _announced_after(doc: Doc, ctx: ClaimContext, sent: Sentence, drafts: list[ClaimDraft]) -> None:
    """"X streicht 160 Stellen. Das gab die Geschäftsführung am Montag bekannt.": the next sentence, pointing back
    ("Das", "Dat", "C'est ce", "Así lo", "Det"), announces the figures before it, at its time; so does one in which
    someone who speaks for the company says so ("Das sagte Hollmann-Chef Oliver Brenner dem Handelsblatt")."""
    if not drafts or sent.index + 1 >= len(doc.sentences):
        return
    nxt = doc.sentences[sent.index + 1]
    if nxt.block != sent.block or doc.in_sentence(doc.quantities, nxt):
        return
    if not doc.lang.back_reference.match(doc.text, nxt.start):
        return
    said = ctx.attribution(nxt)
    announced = any(h.key == "announced" for h in doc.hits_in(nxt.start, nxt.end, "mod"))
    saying = bool(said.speaker and not said.third_party and doc.hits_in(nxt.start, nxt.end, "reporting"))
    if not announced and not saying:
        return
    times = [t for t in doc.in_sentence(doc.times, nxt) if t.time.precision == "day"]
    speaker = said.speaker
    for d in drafts:
        if d.claim.kind == "workforce" or d.claim.modality not in ("reported", "announced"):
            continue
        if not announced and d.claim.org not in (speaker, ctx.role_org.get(speaker)):
            continue  # said by someone who does not speak for the company: an analyst, a union
        changes = {"modality": "announced", "speaker": speaker if speaker and d.speaker_rank >= 2 else d.claim.speaker}
        if times and d.when_rank[0] >= 2:
            changes["when"] = times[0].time
            d.when_rank = (1, 0)
        d.claim = evolve(d.claim, **changes)


def _verbless(doc: Doc, sent: Sentence) -> bool:
    """No cut verb: the cut is named by a noun only ("24,000 job cuts at Intel")."""
    nouns = [(h.start, h.end) for h in doc.hits_in(sent.start, sent.end, "cut_nouns", "jobs")]
    return all(any(a <= h.start and h.end <= b for a, b in nouns) for h in doc.hits_in(sent.start, sent.end, "cut"))


def _from_next(doc: Doc, ctx: ClaimContext, sent: Sentence) -> str | None:
    """A headline-like fragment ("24,000 job cuts at Intel.") takes the modality of the sentence that goes on about it."""
    if sent.index + 1 >= len(doc.sentences):
        return None
    nxt = doc.sentences[sent.index + 1]
    if nxt.block != sent.block or not doc.hits_in(nxt.start, nxt.end, "cut", "cut_nouns"):
        return None
    if [q for q in doc.in_sentence(doc.quantities, nxt) if q.quantity.unit == "count"]:
        return None
    return ctx.modality(nxt.start, nxt.end)


def _sourced_next(doc: Doc, ctx: ClaimContext, sent: Sentence) -> bool:
    """The next sentence of its paragraph opens pointing back at it (`attribution.pointer`) and names sources, with no
    count of its own ("... waarbij ongeveer 800 banen verdwijnen. Dat zeggen meerdere bronnen rond het bedrijf"):
    the figure is a rumour."""
    if sent.index + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[sent.index + 1]
    opening = doc.hits_in(nxt.start, nxt.end, "pointer")[:1]
    return (nxt.block == sent.block and bool(opening) and doc.words_between(nxt.start, opening[0].start) == 0
            and not [q for q in doc.in_sentence(doc.quantities, nxt) if q.quantity.unit == "count"]
            and ctx.modality(nxt.start, nxt.end) == "rumoured")


def _before_publication_month(when: TimeRef | None, pub: TimeRef | None) -> bool:
    """Dated before the month of publication: old news, unless it is a day of the week before ("dinsdag" in an
    article of Thursday 2 October is 30 September, still this week's announcement)."""
    if when is None or pub is None:
        return False
    if when.precision == "day" and pub.precision == "day" and (
            date.fromisoformat(pub.value) - date.fromisoformat(when.value)).days <= 7:
        return False
    return when.interval[1] < pub.interval[0][:8] + "01"


def _apply_denials(doc: Doc, drafts: list[ClaimDraft]) -> None:
    """A denial in the next sentence ("refuted the rumors") turns the figures before it into denied ones."""
    by_sentence: dict[int, list[ClaimDraft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sent.index, []).append(d)
    for index, found in by_sentence.items():
        if index + 1 >= len(doc.sentences):
            continue
        nxt = doc.sentences[index + 1]
        denial = [h for h in doc.hits_in(nxt.start, nxt.end, "mod") if h.key == "denied" and not denies_cause(doc, nxt, h)
                  and not doc.hits_in(nxt.start, h.start, "third_parties")  # "Los sindicatos rechazan el plan"
                  and fronted_denial(doc, nxt) is None  # "Dass KI dahinterstecke, wies sie zurück": what it opens with
                  and not _denies_a_part(doc, nxt, h)]  # "negó que el plan afecte a su fábrica de Alcalá"
        own = [d for d in by_sentence.get(index + 1, []) if d.claim.kind == "job_cuts"]
        if denial and not own:
            for d in found:
                if d.claim.kind == "job_cuts":
                    d.claim = evolve(d.claim, modality="denied")


def _denies_a_part(doc: Doc, sent: Sentence, denial) -> bool:
    """What the denial answers names a site and neither closes it nor cuts nor counts: a part of the plan is denied
    ("La compañía negó que el plan afecte a su fábrica de Alcalá"), not the figures of the whole before."""
    return (bool(doc.hits_in(denial.end, sent.end, "store")) and not doc.hits_in(denial.end, sent.end, "close", "cut")
            and not doc.starting_in(doc.quantities, denial.end, sent.end))


def asked(doc: Doc, d: ClaimDraft) -> bool:
    """The figure or site is in a question asking whether it is so: its sentence ends with a question mark, no colon
    nor dash between them, and no word asking why (`stance.why`) in it ("Will Pellmoor close its Doncaster depot?",
    "¿Cerrará X su planta de Gijón?"; not "Why is X closing its Leeds plant?", which takes the closure as told, nor
    "X to cut 300 jobs: what next?"): a question claims nothing."""
    sent = d.sent
    text = doc.text[d.start:sent.end].rstrip(" \"'”“’»«)")
    return (text.endswith("?") and not any(mark in text for mark in (":", " - ", " – ", " — "))
            and not doc.hits_in(sent.start, sent.end, "why"))


def store_claims(doc: Doc, ctx: ClaimContext) -> list[ClaimDraft]:
    """"stänger sina Amazon Go-butiker", "ferme 40 magasins": one claim per chain closed; "cease production at its
    Civac plant by March 2026", "läuft die Fahrzeugfertigung in Dresden Ende 2025 aus": one claim per site (none in a
    question: ``asked``, "Are you closing the Leeds office?")."""
    drafts: list[ClaimDraft] = []
    for sent in doc.sentences:
        closes = [h for h in doc.hits_in(sent.start, sent.end, "close") if not _negated_verb(doc, h)
                  and not _other_verb(doc, h) and not _paused(doc, sent, h) and not _unnamed_firms(doc, ctx, h.start)
                  and not _firms_together(doc, h.start) and not _given_up(doc, sent, h.start, CLOSE_GIVEN_UP)]  # "has scrapped plans to close its plant"
        found = _chains(doc, ctx, sent) if closes else []
        stops = [h for h in doc.hits_in(sent.start, sent.end, "stop") if not _negated_verb(doc, h)
                 and not _paused(doc, sent, h) and not _hires_staff(doc, sent, h)]
        if not found and (closes or stops):
            found = _sites(doc, ctx, sent, closes + stops)
        drafts += found or _network_shrunk(doc, ctx, sent)
    return drafts


def _network_shrunk(doc: Doc, ctx: ClaimContext, sent: Sentence) -> list[ClaimDraft]:
    """A network reduced by a count of sites (`stores.shrink`, the phrase ending in its "by": "reducirá su red en 95
    oficinas", "shrink its branch network by 95 branches"; with the verb last, `stores.shrink_net` then
    `stores.shrink_last` a word at most after the site noun: "sein Filialnetz um 95 Filialen verkleinern") closes
    them: the count right after the phrase, a site noun a few words after it, no other figure between ("réduire son
    réseau de 500 à 405 agences" tells no count closed)."""
    drafts: list[ClaimDraft] = []
    for h in doc.hits_in(sent.start, sent.end, "shrink", "shrink_net"):
        if _negated_verb(doc, h):
            continue
        q = next((q for q in doc.starting_in(doc.quantities, h.end, sent.end)[:1] if q.quantity.unit == "count"
                  and doc.words_between(h.end, q.start) <= 1), None)
        store = q and next((s for s in doc.hits_in(q.end, sent.end, "store")[:1]
                            if doc.words_between(q.end, s.start) <= 2 and not doc.starting_in(doc.quantities, q.end, s.start)
                            and not doc.hits_in(q.end, s.start, "jobs")), None)
        if store and h.label == "shrink_net" and not any(
                doc.words_between(store.end, v.start) <= 1 for v in doc.hits_in(store.end, sent.end, "shrink_last")):
            continue  # "sein Filialnetz um 95 Filialen" with no verb of shrinking after
        org = store and ctx.org_for(sent, h.start, h.end)[0]
        if not org:
            continue
        start, stop = _quote(doc, sent)
        d = ClaimDraft(Claim(kind="store_closure", org=org, quote=doc.text[start:stop], start=start, end=stop,
                             quantity=q.quantity, object=org, segment=_segment(doc, q.start, store.end)), sent, q.start, store.end)
        _assign_times(doc, ctx, sent, [d])
        _finish(doc, ctx, d)
        drafts.append(d)
    return drafts


def _negated_verb(doc: Doc, h) -> bool:
    """A negation in the verb's clause: "cannot shut the door on battery production", "ne fermera aucune usine"."""
    c_start, c_end = doc.clause_at(h.start)
    return bool(doc.hits_in(c_start, c_end, "negation"))


def _hires_staff(doc: Doc, sent: Sentence, h) -> bool:
    """A verb of stopping that is also one of hiring (German "einstellen") hires when its clause counts staff, a word
    between at most ("will 150 Leute für ihr neues Zentrum in Kassel einstellen"): no closure."""
    if not any(x.start == h.start for x in doc.hits_in(h.start, sent.end, "hire")):
        return False
    c_start, c_end = doc.clause_at(h.start)
    return any(q.quantity.unit == "count" and any(doc.words_between(q.end, j.start) <= 1 and not h.start < j.end <= h.end
                                                  for j in doc.hits_in(q.end, min(c_end, q.end + 40), "jobs"))
               for q in doc.starting_in(doc.quantities, c_start, c_end))  # not the verb itself ("*stellen")


def _paused(doc: Doc, sent: Sentence, h) -> bool:
    """A stop for a time (`stores.paused` a few words from the verb: "will temporarily halt production", "halt
    production at its plant in Ohio for eight weeks", "stellt die Produktion vorübergehend ein"): no closure. A span
    of time needs a figure right after its "for" ("for at least eight weeks"; not "for good after weeks of talks")."""
    return any(doc.words_between(*sorted((p.start, h.start))) <= PAUSE_NEAR and (not p.split or any(
        doc.words_between(p.end, q.start) <= PAUSE_SPAN for q in doc.starting_in(doc.quantities, p.end, sent.end)[:1]))
        for p in doc.hits_in(sent.start, sent.end, "paused"))


PAUSE_SPAN, PAUSE_NEAR = 2, 12  # words from "for" to its figure ("for at least eight"); words from the verb


def _other_verb(doc: Doc, h) -> bool:
    """A particle ending the closing verb's clause makes it another verb (``stores.particles``: "schloss den Verkauf
    des Werks ab" completed a sale, "sloot verdere sluitingen uit" ruled them out)."""
    toks, (_, c_end) = doc.tokens, doc.clause_at(h.start)
    last = next((k for k in range(doc.token_index(c_end) - 1, h.j - 1, -1) if toks.raw[k][:1].isalnum()), None)
    return last is not None and toks.low[last] in doc.lang.close_particles


def closure_segments(drafts: list[ClaimDraft]) -> None:
    """Cuts told after a count of sites closed in one segment, in its sentence, are that segment's ("cerrará 12 tiendas
    en España, con 300 despidos", "fermera 38 magasins en France, entraînant la suppression de 1 200 postes")."""
    closures = [d for d in drafts if d.claim.kind == "store_closure" and d.claim.quantity and d.claim.segment]
    for d in drafts:
        if d.claim.kind != "job_cuts" or d.claim.segment is not None or d.claim.aggregate is not None:
            continue
        before = [c for c in closures if c.sent is d.sent and c.end <= d.start]
        if before and not any(o.claim.kind == "job_cuts" and o.sent is d.sent and o.end <= d.start for o in drafts):
            d.claim = evolve(d.claim, segment=before[-1].claim.segment)


def _chains(doc: Doc, ctx: ClaimContext, sent: Sentence) -> list[ClaimDraft]:
    drafts: list[ClaimDraft] = []
    seen: set[str] = set()
    for store in doc.hits_in(sent.start, sent.end, "store"):
        # only the last name before the store can have nothing but spaces and dashes between them
        brand = next((m for m in doc.starting_in(ctx.orgs, sent.start, store.start)[-1:]
                      if m.end <= store.start and not doc.text[m.end:store.start].strip(" -")), None)
        count = next((q for q in doc.in_sentence(doc.quantities, sent)
                      if q.end <= store.start and doc.words_between(q.end, store.start) <= 2
                      and q.quantity.unit == "count" and doc.covering(doc.times, q.start) is None  # not "zum 30. Juni"
                      and not counts_time(doc, q)  # not "schließt nach 40 Jahren das Werk"
                      and not doc.hits_in(q.end, store.start, "jobs")), None)  # not "400 jobb när fabriken stängs"
        if count is not None and doc.hits_in(*doc.clause_at(count.start), "employ", "remain") and not doc.hits_in(
                *doc.clause_at(count.start), "close"):
            count = None  # "which employs 15,000 people across 410 shops, said the closures ...": the chain's size;
            # "Tras los cierres, su red quedará en 535 tiendas": the sites left
        if count is not None:  # "cerrará dos de sus cinco fábricas": two, the part closed
            count = _part_of(doc, sent, count) or count
        if count is not None and _opened(doc, sent, count, store):
            continue  # "abrió 28 nuevas tiendas ... y cerró 6 establecimientos": the 6
        one = count is not None and _one_of(doc, sent, count)  # "stänger en av tre fabriker": one of the three
        if brand is None and count is None:
            continue
        org, _ = ctx.org_for(sent, store.start, store.end)
        if brand is not None:
            org = ctx.org_name(brand)
        obj = brand.name if brand is not None else org  # the chain closed, else the company's own sites
        if not org or obj in seen:
            continue
        seen.add(obj)
        start, stop = _quote(doc, sent)
        claim = Claim(kind="store_closure", org=org, quote=doc.text[start:stop], start=start, end=stop,
                      quantity=Quantity("count", 1.0) if one else count.quantity if count else None, object=obj,
                      segment=_segment(doc, count.start, store.end) if count else None,  # "38 butiker i Sverige"
                      aggregate=_total(doc, sent, count, store.end, "store_closure") if count else None)  # "in all, 50 stores"
        d = ClaimDraft(claim, sent, count.start if count else store.start, store.end)
        _assign_times(doc, ctx, sent, [d])
        _finish(doc, ctx, d)
        drafts.append(d)
    return drafts


def _opened(doc: Doc, sent: Sentence, q: QuantityMention, store) -> bool:
    """Sites opened, new, taken over or kept, not closed (`stores.opened`, `stores.kept`): a word of new between the
    count and its noun ("28 nuevas tiendas", "10 new stores"), or a verb of opening, taking over or keeping the nearest
    before the count ("opened 28 stores and closed 6", "übernimmt 64 Filialen", "se mantendrán 22 de los 60")."""
    if doc.hits_in(q.end, store.start, "opened"):
        return True
    c_start, _ = doc.clause_at(q.start)  # a site kept is one of the count's own clause
    verbs = [h for h in doc.hits_in(sent.start, q.start, "opened", "kept", "close") if h.label != "kept" or h.start >= c_start]
    return bool(verbs) and verbs[-1].label != "close"


def _one_of(doc: Doc, sent: Sentence, q: QuantityMention) -> bool:
    """A word of one (``numbers.one``) and a partitive word before the count, a word at most between them: "stänger
    en av sina tre fabriker", "en av bolagets tre fabriker", "cierra una de sus tres plantas" count the whole, of
    which one is closed."""
    toks, j = doc.tokens, doc.token_index(q.start)
    for k in range(max(0, j - 5), j - 1):
        if toks.starts[k] >= sent.start and toks.low[k] in doc.lang.one:
            m = doc.lang.partitive.match(doc.text, toks.starts[k + 1])
            if m and len(doc.text[m.end():q.start].split()) <= 1 or toks.low[k + 1] in doc.lang.one_of and k + 2 == j:
                return True  # "eines von drei Werken" (``numbers.one_of``)
    return False


def _now(doc: Doc, t) -> bool:
    return any(h.key == "today" for h in doc.hits_in(t.start, t.end, "time"))


def _sites(doc: Doc, ctx: ClaimContext, sent: Sentence, verbs: list) -> list[ClaimDraft]:
    """Sites named in a sentence of closing or of production ending, by their name alone: a name before a plant noun
    ("its Civac plant", "the Shonan (Nissan Shatai) plant"), a place after a plant noun the verb acts on ("will
    close its plant in Ohio", "das Werk in Duisburg wird geschlossen", "la planta de Almussafes"), else the first
    place a production word is located in ("die Fahrzeugfertigung in Dresden"); each takes the time that follows
    it before the next site."""
    toks, text = doc.tokens, doc.text
    sites: list[tuple[str, int, int]] = []
    stores = [h for h in doc.hits_in(sent.start, sent.end, "store")
              if doc.covering(doc.entities, h.start) is None]  # not "Dunmore Bakeries": a firm's name, no site
    for store in stores:
        k = store.i - 1
        if k >= 0 and toks.raw[k] == ")":  # "the Shonan (Nissan Shatai) plant"
            while k > 0 and toks.raw[k] != "(" and toks.starts[k] > sent.start:
                k -= 1
            k -= 1
        k = _past_trade(doc, sent, k)
        if k >= 0 and toks.starts[k] >= sent.start and _names_site(doc, k):
            if (name := _town_of(doc, ctx, toks.raw[k])) and any(
                    v.start < store.start or _acts_on(doc, v, store, stores, store.end) for v in verbs) and not all(
                    _closes_a_part(doc, v, store) for v in verbs):  # not "weighs future of Wakefield plant, will shut
                sites.append((name, toks.starts[k], store.end))  # ...", nor "shut one of its two bottling lines at its
                # Seville plant"
        else:
            one = norm(text[store.start:store.end]) in doc.lang.one_site or (  # "sitt lager": a noun of both numbers
                store.i > 0 and toks.low[store.i - 1] in doc.lang.one_before)  # after a word of the singular
            before = len(sites)
            locs = {(h.i, h.j): h for h in doc.hits_in(store.start, toks.ends[min(store.j + 1, len(toks) - 1)], "locative",
                                                       "site_at")}  # "usine d'"; "its base at Arlanda" (stores.at)
            for loc in locs.values():
                j, named = (_past_qualifier(doc, ctx, loc, loc.j) if loc.i in (store.i, store.j) else len(toks)), []
                while found := _place(doc, ctx, j):  # "the plants in Leeds and Hull", "usines de Vierzon et de Troyes"
                    name, end = found
                    named.append((name, toks.starts[j], toks.ends[end - 1]))
                    j = end + 1 if end + 1 < len(toks) and toks.low[end] in doc.lang.and_words else len(toks)
                    j += _link_again(doc, j, loc)  # "et de Troyes", "et d'Agen"
                if named and (len(named) > 1 or one) and (any(
                        _acts_on(doc, v, store, stores, named[-1][2]) for v in verbs)  # not "die Filialen in Berlin"
                        or sites and _and_another(doc, sites[-1][2], store.start)):  # "and its depot at Lormport"
                    sites += named
            j = store.j  # "das Werk Osnabrück schließen", where only a name stands bare after a noun
            if (len(sites) == before and one and doc.lang.capitalised_nouns and j + 1 < len(toks) and toks.ends[j] < sent.end
                    and not toks.raw[j + 1][:1].isdigit() and toks.low[j + 1] not in doc.lang.stop_words | doc.lang.determiners_all
                    and (name := _place_at(doc, ctx, j)) and any(_acts_on(doc, v, store, stores, toks.ends[j]) for v in verbs)):
                sites.append((name, toks.starts[j], toks.ends[j]))
    if not sites:  # "Le groupe possède un entrepôt à Lyon. L'entrepôt fermera dès juillet."
        sites = [(name, store.start, store.end) for store in stores if (name := _named_earlier(doc, ctx, sent, store))
                 and any(_acts_on(doc, v, store, stores, store.end) for v in verbs)][:1]
    if not sites and doc.hits_in(sent.start, sent.end, "production"):
        for loc in doc.hits_in(sent.start, sent.end, "locative"):
            name = _place_at(doc, ctx, loc.j)
            if name:
                sites.append((name, toks.starts[loc.j], toks.ends[loc.j]))
                break
    drafts = []
    for n, (name, start, end) in enumerate(sites):
        org, _ = ctx.org_for(sent, start, end)
        if not org:
            continue
        q_start, q_end = _quote(doc, sent)
        claim = Claim(kind="store_closure", org=org, quote=text[q_start:q_end], start=q_start, end=q_end,
                      object=place_names().get(name, name))  # "its Cologne plant": Köln, the town's own name
        d = ClaimDraft(claim, sent, start, end)
        nxt, clause = sites[n + 1][1] if n + 1 < len(sites) else sent.end, doc.clause_at(end - 1)
        spans = [(end, min(nxt, clause[1]))]  # not ", said on Monday"
        past = next((c for v in verbs if v.start >= clause[1] and (c := _past_aside(doc, clause, end, v.start))), None)
        if past:  # the time of the verb's clause past an aside: "..., with 340 workers, will close in June"
            spans.append((past[0], min(nxt, past[1])))
        if after := _time_past_relative(doc, clause, end):  # "la fermeture de l'entrepôt de X, qui emploie 240
            spans.append(after)  # personnes, en juin"
        if (after := _past_place_aside(doc, ctx, sent, clause)) and after[0] < nxt:  # "its plant in X, Austria,
            spans.append((after[0], min(nxt, after[1])))  # at the end of September 2027"
        own = sorted((t for t in doc.in_sentence(doc.times, sent) if any(a <= t.start < b for a, b in spans)
                      and not _now(doc, t)), key=lambda t: not t.horizon)
        if own:
            d.claim, d.when_rank, d.horizon = evolve(claim, when=own[0].time), (0, 0), own[0].horizon
        else:
            _assign_times(doc, ctx, sent, [d])
        _finish(doc, ctx, d)
        drafts.append(d)
    return drafts


def _past_trade(doc: Doc, sent: Sentence, k: int) -> int:
    """Past one or two words in lower case before a plant noun, at token ``k`` and before, to a capitalised word right
    after a possessive ("its Kvarnsund newsprint mill", as `entities` reads the place of a site the firm owns): the
    token of that word, else ``k``."""
    toks = doc.tokens
    for n in (1, 2):
        at = k - n
        if at < 1 or toks.starts[at - 1] < sent.start or not all(
                toks.raw[m].isalpha() and toks.raw[m].islower() for m in range(at + 1, k + 1)):
            return k
        if toks.raw[at][:1].isupper() and doc.hits_in(toks.starts[at - 1], toks.ends[at - 1], "possessive"):
            return at
    return k


def _past_place_aside(doc: Doc, ctx: ClaimContext, sent: Sentence, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The clause after a place standing alone between commas right after the site's clause, a locative word before
    it at most ("its plant in Felsbach, Austria, at the end of September 2027", "su planta de X, en Austria, en junio
    de 2027"): the site's clause goes on there; None when no such place follows."""
    clauses = sent.clauses
    n = next((n for n, c in enumerate(clauses) if c == clause), None)
    if n is None or n + 2 >= len(clauses) or doc.text[clause[1]:clause[1] + 1] != ",":
        return None
    a, b = clauses[n + 1]
    j = doc.token_index(a)
    if doc.hits_in(doc.tokens.starts[j], doc.tokens.ends[j], "locative"):
        j += 1
    found = _place(doc, ctx, j)
    if found is None or doc.text[doc.tokens.starts[found[1]] if found[1] < len(doc.tokens) else b:b].strip(" ,"):
        return None
    return clauses[n + 2]


def _past_qualifier(doc: Doc, ctx: ClaimContext, loc, j: int) -> int:
    """Past a word in lower case after a plant noun's link, when the same link and a place follow it ("su planta de
    motores de Burgos", "son usine de moteurs de Trémery"), or past an adjective of a country or region (a demonym,
    or a word with an ending of one, ``entities.place_adjective_endings``), an article before it, when a place
    follows it ("in het Belgische Bremdonk", "im westfälischen Lengerich"): the token of that place, else ``j``."""
    toks, lang = doc.tokens, doc.lang
    if (j + 2 < len(toks) and toks.raw[j].isalpha() and toks.raw[j].islower() and toks.low[j + 1] == toks.low[loc.j - 1]
            and not _place(doc, ctx, j) and _place(doc, ctx, j + 2)):
        return j + 2
    k = j + 1 if j < len(toks) and toks.low[j] in lang.determiners_all else j
    if (k + 1 < len(toks) and toks.raw[k].isalpha() and (toks.low[k] in lang.demonym_words or lang.place_adjective_endings
                                                         and toks.low[k].endswith(lang.place_adjective_endings))
            and _place(doc, ctx, k + 1)):
        return k + 1
    return j


def _and_another(doc: Doc, site_end: int, start: int) -> bool:
    """Only an "and", a determiner or a possessive between a site closed, ending at ``site_end``, and the plant noun at
    ``start``: the verb closes that one too ("close its plant in Lormton and its depot at Lormport")."""
    toks, lang = doc.tokens, doc.lang
    between = range(doc.token_index(site_end), doc.token_index(start))
    owned = {k for h in doc.hits_in(site_end, start, "possessive") for k in range(h.i, h.j)}
    return (len(between) >= 1 and toks.low[between[0]] in lang.and_words
            and all(toks.low[k] in lang.determiners_all or k in owned for k in between[1:]))


def _named_earlier(doc: Doc, ctx: ClaimContext, sent: Sentence, store) -> str | None:
    """The place of a noun of one site, no indefinite article before it and no place after it, that the article's
    sentences before named once with that noun ("un entrepôt à Lyon. L'entrepôt fermera": Lyon), or with any noun of
    one site when it is a word of any (``stores.any_site``: "une usine à Lyon ... le site fermera"); None if none or
    two were."""
    toks, noun = doc.tokens, norm(doc.text[store.start:store.end])
    if (noun not in doc.lang.one_site or store.i and toks.low[store.i - 1] in doc.lang.articles
            or any(loc.i == store.j and _place(doc, ctx, loc.j) for loc in doc.hits_in(
                store.end, toks.ends[min(store.j, len(toks) - 1)], "locative", "site_at"))):  # not "im Dezember"
        return None
    places = set()
    for h in doc.hits_in(0, sent.start, "store"):
        named = norm(doc.text[h.start:h.end])
        if not (named == noun or noun in doc.lang.any_site and named in doc.lang.one_site):
            continue
        loc = next((loc for loc in doc.hits_in(h.start, toks.ends[min(h.j, len(toks) - 1)], "locative", "site_at")
                    if loc.i in (h.i, h.j)), None)  # "un entrepôt à Lyon", "son entrepôt de Valence" ("entrepôt de")
        found = loc and _place(doc, ctx, loc.j)
        if found:
            places.add(found[0])
        elif h.i and _names_site(doc, h.i - 1) and _place_at(doc, ctx, h.i - 1):  # "its Valence warehouse"
            places.add(_place_at(doc, ctx, h.i - 1))
    return places.pop() if len(places) == 1 else None


def _names_site(doc: Doc, k: int) -> bool:
    """The capitalised word at token ``k``, right before a plant noun, is the site's name: no stop word, determiner,
    possessive or pronoun ("Son usine de Vierzon", "Su planta de Vigo", "„Wer Filialen schließt")."""
    toks = doc.tokens
    return (toks.raw[k][:1].isupper() and toks.low[k] not in doc.lang.stop_words | doc.lang.determiners_all
            and not doc.hits_in(toks.starts[k], toks.ends[k], "possessive", "person_pronouns"))


def _town_of(doc: Doc, ctx: ClaimContext, word: str) -> str | None:
    """The site a name before a plant noun names: the word itself, or for an adjective of a town (``stores.town_of``
    endings, "cut>put" where the town's name ends otherwise: "ihr Kasseler Werk", "ihr Göttinger Werk", "ihr
    Dresdner Werk") the town, when the article or the gazetteer knows it as a place ("Kassel", "Göttingen",
    "Dresden"); None when it does not (no guess from an ending: "Bremer" is no "Brem", "Wetzlarer" no site)."""
    places = _places(doc, ctx)
    if word in places:
        return word
    towns = [word[:-len(cut)] + put for cut, _, put in (e.partition(">") for e in doc.lang.town_endings)
             if word.endswith(cut) and len(word) > len(cut) + 2]
    return next((t for t in towns if t in places), None) if towns else word


def _places(doc: Doc, ctx: ClaimContext) -> set[str]:
    """The places the article names (entities found as places, and capitalised words after a locative) and the
    gazetteer's one-word names."""
    toks = doc.tokens
    named = {e.name for e in doc.entities if e.type == "place"} | {
        doc.text[e.start:e.end] for e in doc.entities if e.type == "place"}
    named |= {toks.raw[h.j] for h in doc.hits_in(0, len(doc.text), "locative") if h.j < len(toks)
              and toks.raw[h.j][:1].isupper()}
    return named | {k for k, v in gazetteer().by_first.items() if any(len(a) == 1 and v2.type == "place" for a, v2 in v)}


def _acts_on(doc: Doc, verb, store, stores, site_end: int) -> bool:
    """The closing verb acts on this plant noun and its places (ending at ``site_end``): both in one clause, a few
    words apart, with no other plant noun and no cut between them ("close its Dutch office and cut 300 jobs at its
    plant in Ohio" closes no plant in Ohio), nor a conjunction right after the places when the verb follows them
    ("opened a plant in Texas and closed one in Ohio"), nor a comma and a conjunction between them ("reviewing its plant
    in Wakefield, including a sale, and would close its bakery"); past an aside about the site, words are counted from the
    verb's clause ("L'usine de Vierzon, avec 340 salariés, fermera"), as they are in a relative clause right after the
    site ("the plant in Ohio, which will close in June")."""
    (lo, hi), clause = sorted([(verb.start, verb.end), (store.start, store.end)]), doc.clause_at(store.start)
    if verb.start >= clause[1]:
        clause = _past_aside(doc, clause, site_end, verb.start) or _relative_after(doc, clause, site_end, verb.start)
        if clause is None:
            return False
        lo = (clause[0], clause[0])
    k, toks = doc.token_index(site_end), doc.tokens
    joins = doc.lang.conjunction_words | doc.lang.and_words
    after = verb.start >= site_end and k < len(toks) and (toks.low[k] in joins or any(
        toks.raw[m - 1] == "," and toks.low[m] in joins for m in range(k + 1, doc.token_index(verb.start))))
    # "its plant in Wakefield, including a sale, and would close its bakery": the verb's clause joined after a comma
    return (clause[0] <= verb.start < clause[1] and doc.words_between(lo[1], hi[0]) <= 8 and not after
            and not any(lo[1] <= h.start < hi[0] for h in stores) and not doc.hits_in(lo[1], hi[0], "cut")
            and not _closes_a_part(doc, verb, store))


def _closes_a_part(doc: Doc, verb, store) -> bool:
    """The closing verb's object is a part of a site (``stores.parts``: "shut one of its two bottling lines at its
    Seville plant", "its Seville plant, where it is shutting one of its olive oil lines", "streicht die Nachtschicht"): six
    words at most after the verb in its clause, before the plant noun when the noun follows the verb, no "and" between
    the part and the noun ("close the line and the plant" closes both)."""
    c_end = doc.clause_at(verb.start)[1]
    end = min(store.start, c_end) if verb.end <= store.start else c_end
    toks = doc.tokens
    return any(doc.words_between(verb.end, h.start) <= 6 and not (
        end == store.start and any(toks.low[k] in doc.lang.and_words
                                   for k in range(doc.token_index(h.end), doc.token_index(end))))
        for h in doc.hits_in(verb.end, end, "site_part"))


def _relative_after(doc: Doc, clause: tuple[int, int], site_end: int, pos: int) -> tuple[int, int] | None:
    """The clause at ``pos`` when it is a relative clause right after the site's clause, which the site ends ("the
    plant in Ohio, which will close in June", "das Walzwerk in Kreuztal, das bis Mitte 2027 geschlossen wird")."""
    clauses = doc.sentence_at(pos).clauses
    if clause not in clauses or doc.text[site_end:clause[1]].strip():
        return None
    n = clauses.index(clause)
    if n + 1 >= len(clauses) or not clauses[n + 1][0] <= pos < clauses[n + 1][1]:
        return None
    return clauses[n + 1] if doc.lang.relative.match(doc.text, clauses[n + 1][0]) else None


def _time_past_relative(doc: Doc, clause: tuple[int, int], site_end: int) -> tuple[int, int] | None:
    """Where a time opening the clause after a relative clause about the site starts, when the site ends its own
    clause ("la fermeture de l'entrepôt de Limoges, qui emploie 240 personnes, en juin", "su centro de X, que da
    empleo a 240 personas, en septiembre"): the site's time, its sentence's words resumed; else None."""
    clauses, toks = doc.sentence_at(site_end - 1).clauses, doc.tokens
    if clause not in clauses or doc.text[site_end:clause[1]].strip():
        return None
    n = clauses.index(clause)
    if n + 2 >= len(clauses) or not doc.lang.relative.match(doc.text, clauses[n + 1][0]):
        return None
    k = doc.token_index(clauses[n + 2][0])
    return (clauses[n + 2][0], toks.starts[k + 1] + 1) if k + 1 < len(toks) else None


def _past_aside(doc: Doc, clause: tuple[int, int], site_end: int, pos: int) -> tuple[int, int] | None:
    """The clause at ``pos`` when a single aside stands between it and the site's clause, which the site ends ("The
    plant in Ohio, which employs 340 people, will close"), an aside closing nothing and naming no site or cut."""
    clauses = doc.sentence_at(pos).clauses
    if clause not in clauses or doc.text[site_end:clause[1]].strip():
        return None
    n = clauses.index(clause)
    if n + 2 >= len(clauses) or not clauses[n + 2][0] <= pos < clauses[n + 2][1]:
        return None
    return None if doc.hits_in(*clauses[n + 1], "store", "close", "stop", "cut") else clauses[n + 2]


def _place_at(doc: Doc, ctx: ClaimContext, j: int) -> str | None:
    """The place named at token ``j`` or after a plant noun there ("im Werk Salzgitter"); see ``_place``."""
    found = _place(doc, ctx, j)
    return found[0] if found else None


def _place(doc: Doc, ctx: ClaimContext, j: int) -> tuple[str, int] | None:
    """The place named at token ``j`` or after a plant noun there, and the token after it: a known place, else a
    capitalised word that is no lexicon word and no time ("in Kurzarbeit", "Ende 2027"), with the capitalised words
    hyphens join to it; None when none is or it names an organisation."""
    toks = doc.tokens
    if j < len(toks) and doc.hits_in(toks.starts[j], toks.ends[j], "store"):
        j += 1
    if j >= len(toks) or any(m.start == toks.starts[j] for m in ctx.orgs):
        return None
    at = toks.starts[j]
    place = next(iter(doc.starting_in(doc.entities, at, at + 1)), None)
    if place is not None:
        return place.name, doc.token_index(place.end)
    word = toks.raw[j]
    if not word[:1].isupper() or doc.hits_in(at, toks.ends[j]) or doc.covering(doc.times, at) is not None:
        return None
    parts = [word]  # one name joined by hyphens: "Castrop-Rauxel", "Saint-Brieuc", "Stoke-on-Trent"
    while (j + 2 < len(toks) and toks.raw[j + 1] == "-" and toks.ends[j] == toks.starts[j + 1]
           and toks.ends[j + 1] == toks.starts[j + 2] and toks.raw[j + 2][:1].isalpha()):
        j += 2
        parts.append(toks.raw[j])
    while parts[-1][:1].islower():
        parts.pop()
        j -= 2
    return "-".join(parts), j + 1


def _link_again(doc: Doc, j: int, loc) -> int:
    """How many tokens at ``j`` repeat the link word that ends the locative ``loc``, whole or elided: "usines de
    Vierzon et de Troyes", "centres de Périgueux et d'Agen", "usine d'Albi et de Rodez" (a word and its elision,
    its last letter dropped, are one word); 0 when none do."""
    toks, n = doc.tokens, len(doc.tokens)
    if j >= n:
        return 0
    elided_link = loc.j >= 2 and toks.low[loc.j - 1] == "'"
    link = toks.low[loc.j - 2] if elided_link else toks.low[loc.j - 1]
    word, elided = toks.low[j], j + 1 < n and toks.low[j + 1] == "'"
    if elided or elided_link:
        full, short = (link, word) if elided else (word, link)
        same = full == short or full.startswith(short) and len(full) == len(short) + 1 and short.isalpha()
        return (2 if elided else 1) if same else 0
    return int(word == link)


def same_figure(a: Claim, b: Claim) -> bool:
    qa, qb = a.quantity or Quantity("count"), b.quantity or Quantity("count")
    return (a.kind, a.org, qa.unit, qa.value, qa.low, qa.high, a.object) == (
        b.kind, b.org, qb.unit, qb.value, qb.low, qb.high, b.object)
