"""Stance claims: the cause given for job cuts (AI, bureaucracy, culture, costs), affirmed or denied, and
outlooks on future cuts ("does not expect new large layoff waves"), each with its speaker.
"""

from __future__ import annotations

from bisect import bisect_left

from kg.extract.context import QUOTE_MARKS, ClaimContext, denial_after, denial_before, fronted_denial
from kg.extract.doc import Doc, Sentence
from kg.extract.figures import ClaimDraft, _quote, _segment, _unnamed_firms, evolve
from kg.records import Claim

NEGATION_WINDOW = 5  # words before a cue in which a negation turns it around
TREND_REACH = 6  # words after a weak cue in which a trend word, with no other cue or figure between, is its trend
# What ties a cause in a sentence not itself about cuts to them: a word of cause, reason, trouble, need, denial, trend,
# excuse, replacing, or one referring back to the cuts or a closure.
TIES = {"link", "reason", "thereby", "trouble", "need", "negation", "excuse", "replace", "takes_over", "cut_reference",
        "close", "unrelated", "trend"}


def _question(doc: Doc, sent: Sentence) -> bool:
    """The sentence ends with a question mark."""
    return doc.text[sent.start:sent.end].rstrip(" \"'”“’»«)").endswith("?")


def _trend_far(doc: Doc, cue, t) -> bool:
    """A trend word after a weak cause in its clause, further than three words but no more than ``TREND_REACH``,
    with no other cause word or figure between ("Demand from our biggest customers has weakened", "Efterfrågan från
    fordonsindustrin i Europa är fortsatt svag"): the trend of that cause."""
    return (cue.end <= t.start and doc.words_between(cue.end, t.start) <= TREND_REACH
            and not doc.hits_in(cue.end, t.start, "cause", "cause_weak")
            and not doc.starting_in(doc.quantities, cue.end, t.start))


def _excused(doc: Doc, cue, excuse) -> bool:
    """A weak cause the subject of an excuse word in its clause, four words at most before it ("Die Nachfrage ist ein
    bequemer Vorwand", "demand is just an excuse", "la demande n'est qu'un prétexte"): the cause named, and denied."""
    return (cue.end <= excuse.start and doc.words_between(cue.end, excuse.start) <= 4
            and doc.clause_at(cue.start) == doc.clause_at(excuse.start))


def _savings_figure(doc: Doc, sent: Sentence, cue) -> bool:
    """The cue is the noun of a sum ("4 milliards d'euros d'économies", "savings of $200m") or is lowered by one later
    in its clause ("reducir sus costos de base en algo más de 1.000 millones"): a savings figure, told beside the
    cuts, gives no cause of them; a cause of another kind a sum follows ("tariffs that had added $150 million to its
    costs") stays one."""
    _, c_end = doc.clause_at(cue.start)
    return cue.key == "costs" and any(q.quantity.unit not in ("count", "percent", "days") and (
        q.end <= cue.start and doc.words_between(q.end, cue.start) <= 2
        or cue.end <= q.start < c_end and doc.words_between(cue.end, q.start) <= 8)
        for q in doc.in_sentence(doc.quantities, sent))


def _background(doc: Doc, start: int, pos: int) -> bool:
    """A clause opened by a word of what came before (`stance.background`: "after", "nachdem") lies between a denial
    and the cue: the cue is what others said and the denial answers, neither denied nor the company's."""
    return any(doc.words_between(doc.clause_at(h.start)[0], h.start) == 0 for h in doc.hits_in(start, pos, "background"))


def _unrelated(doc: Doc, cue) -> bool:
    """The cue comes right after words saying the cuts have nothing to do with it (`stance.unrelated`: "nothing to do
    with", "niets met ... te maken", "rien à voir avec l'IA", "nada que ver con la IA")."""
    c_start, _ = doc.clause_at(cue.start)
    return any(doc.words_between(h.end, cue.start) <= 2 for h in doc.hits_in(c_start, cue.start, "unrelated"))


def _credited(doc: Doc, cue, causes) -> bool:
    """A weak cue its clause credits to another cause after it is that cause's outcome ("efficiencies it says arise
    out of its investment in AI", "Einsparungen durch KI"; `stance.credited`), not a cause of its own."""
    if cue.label != "cause_weak":
        return False
    _, c_end = doc.clause_at(cue.start)
    return any(c.label == "cause" and c.key != cue.key and cue.end <= c.start < c_end and any(
        not set(doc.tokens.low[w.j:c.i]) & doc.lang.conjunction_words for w in doc.hits_in(cue.end, c.start, "credited"))
        for c in causes)  # not "a fall in orders from two customers and rising energy costs": a cause of its own


def _layoff_context(doc: Doc, sent: Sentence, attributed: bool) -> bool:
    """The sentence is about job cuts, or refers back to cuts named before ("der Schritt", "ce plan"), or (when
    someone is speaking) one before it in its block is about them; a quote opening a paragraph explains the one before
    ("« Nous devons réduire nos coûts », a expliqué le PDG" after the cuts; a denial, the whole paragraph before); what
    takes over the staff's tasks after cuts replaced them, a reason given after them or a goal pointing back at them
    ("wil daarmee de kosten drukken") is theirs; in an article about cuts, or right before cuts in its block, a sentence on the troubles of the organisation it is about
    ("Volkswagen heeft last van hoge kosten"), or a speaker's on a trend ("Efterfrågan har fallit, säger vd"), gives
    their causes."""
    first = bisect_left(doc.sentences, sent.block, hi=sent.index, key=lambda s: s.block)  # blocks run in order
    same = doc.sentences[first:sent.index]
    last = doc.sentences[first - 1].block if first else None  # a denial opening a paragraph: the whole one before
    whole = first and doc.hits_in(sent.start, sent.end, "negation", "unrelated")  # ("KI spiele dabei keine Rolle")
    before = (same or doc.sentences[bisect_left(doc.sentences, last, hi=first, key=lambda s: s.block) if whole
                                    else max(0, sent.index - 1):first]) if attributed else []
    opening = attributed and bool(before) and before[-1].block != sent.block and not before[-1].heading
    for s in (sent, *reversed(before)):
        if s.block != sent.block and not (opening and s.block == before[-1].block):
            continue
        if _about_cuts(doc, s):
            return True
        labels = {h.label for h in doc.hits_in(s.start, s.end)}
        if "cut_reference" in labels and _cuts_before(doc, s):
            return True
        prev = doc.sentences[sent.index - 1] if sent.index else None
        if s is sent and "thereby" in labels and prev is not None and prev.block == sent.block and _about_cuts(doc, prev):
            return True  # "Het bedrijf wil daarmee de kosten drukken" right after the cuts
        if s is sent and labels & {"takes_over", "reason", "excuse"} and _cuts_before(doc, s):
            return True  # "Die Aufgaben der Mitarbeiter haben KI-Tools übernommen", "La direction invoque ...", "Die
            # Nachfrage ist ein Vorwand" after cuts
        if s is sent and "close" in labels and "store" in labels | {h.label for h in doc.hits_in(
                doc.sentences[max(0, sent.index - 1)].start, sent.start)}:
            return True  # "the closures were about energy costs" after "closes 40 stores"
    following = doc.sentences[sent.index + 1] if sent.index + 1 < len(doc.sentences) else None
    trouble = doc.hits_in(sent.start, sent.end, "trouble") or attributed and any(  # "Efterfrågan ... har fallit"
        (doc.words_between(c.end, t.start) <= 3 or _trend_far(doc, c, t))
        and doc.clause_at(t.start) == doc.clause_at(c.start)
        and not any(doc.words_between(t.end, o.start) <= 1 for o in doc.hits_in(t.end, sent.end, "cause", "cause_weak"))
        for c in doc.hits_in(sent.start, sent.end, "cause_weak") for t in doc.hits_in(c.end, sent.end, "trend"))
    # not the adjective of the next cue: "die hohen Energiekosten und die schwache Nachfrage belasteten das Geschäft"
    return bool(trouble) and (
        _cuts_before(doc, sent) or any(_about_cuts(doc, s) for s in doc.sentences[:3])
        or following is not None and following.block == sent.block and _about_cuts(doc, following))
    # "Delvaart kampt met de ingezakte vraag. Het bedrijf schrapt daarom 300 banen."


def _answers_why(doc: Doc, sent: Sentence) -> bool:
    """The sentence is in the paragraph right after one ending in a question, asking why (`stance.why`) of cuts or
    closures it names ("¿Por qué cierran tiendas?", "Warum streichen Sie Stellen?"): the answer gives their reasons."""
    first = bisect_left(doc.sentences, sent.block, hi=sent.index, key=lambda s: s.block)
    if not first or not _question(doc, doc.sentences[first - 1]) or doc.sentences[first - 1].heading:
        return False
    block = doc.sentences[first - 1].block
    asked = doc.sentences[bisect_left(doc.sentences, block, hi=first, key=lambda s: s.block):first]
    return any(_question(doc, q) and doc.hits_in(q.start, q.end, "why") and (
        _about_cuts(doc, q) or doc.hits_in(q.start, q.end, "close", "cut")) for q in asked)


def _points_back(doc: Doc, sent: Sentence) -> bool:
    """The sentence points back at the cuts told before it (`stance.cut_reference`: "in the decision", "dans cette
    décision", "bij het besluit"; not a cut noun of cuts in general: "een excuus voor ontslagrondes")."""
    return bool(doc.hits_in(sent.start, sent.end, "cut_reference")) and _cuts_before(doc, sent)


def _one_voice(doc: Doc, ctx: ClaimContext, sent: Sentence) -> bool:
    """The sentence names no one, comes right after a quoted one, and one person alone speaks before it in its block:
    it goes on with what they say ("– Vi behöver alla våra tekniker. Det handlar om en lägre efterfrågan." after "Lindgren säger
    att ..."); with two speakers before it, whose it is cannot be told."""
    a = ctx.attribution(sent)
    if a.speaker or a.third_party or doc.in_sentence(ctx.orgs, sent) or doc.in_sentence(ctx.persons, sent):
        return False
    first = bisect_left(doc.sentences, sent.block, hi=sent.index, key=lambda s: s.block)
    before = doc.sentences[sent.index - 1]
    if first == sent.index or not any(ch in QUOTE_MARKS + "–—" for ch in doc.text[max(0, before.start - 3):before.end]):
        return False  # not right after a quoted sentence: the outlet's own words
    return len({ctx.attribution(s).speaker for s in doc.sentences[first:sent.index]} - {None}) == 1


def _about_cuts(doc: Doc, s: Sentence) -> bool:
    """It names job cuts, or people replaced ("replace 700 people", "remplazarlos por un chatbot"); not cuts it says
    there are none of ("inga uppsägningar är aktuella", "no layoffs"; but "geen nieuwe ontslagen" denies only more); a
    word of fewer beside a verb of hiring is of hires ("will hire fewer staff")."""
    hits = doc.hits_in(s.start, s.end)
    none = [h for h in hits if h.label == "cut_nouns" and any(
        n.end <= h.start and doc.words_between(n.end, h.start) == 0 for n in hits if n.label == "negation")]
    hits = [h for h in hits if not any(n.start <= h.start and h.end <= n.end for n in none)]
    labels = {h.label for h in hits}
    replaced = any(r.end <= j.start and doc.words_between(r.end, j.start) <= 3
                   for r in hits if r.label == "replace" for j in hits if j.label == "jobs")
    if "hire" in labels:
        labels.discard("reduction")  # "will hire fewer staff because of AI": fewer hires, no cuts
    return "cut_nouns" in labels or ("jobs" in labels and bool(labels & {"cut", "reduction", "need"})) or replaced


def _cuts_before(doc: Doc, sent: Sentence) -> bool:
    """Some sentence before this one names job cuts: a cut noun, or a cut verb with jobs after it or, verb last,
    right before it ("Hunderte Angestellte entlassen"); or closes sites ("cerrará 60 de sus 420 tiendas"), whose
    staff go with them."""
    return any(h.label == "cut_nouns" or h.label == "cut" and (
        doc.hits_in(h.end, h.end + 60, "jobs")
        or any(doc.words_between(j.end, h.start) <= 1 for j in doc.hits_in(max(0, h.start - 40), h.start, "jobs")))
        or h.label == "close" and doc.hits_in(*doc.clause_at(h.start), "store")
        for h in doc.hits_in(0, sent.start, "cut", "cut_nouns", "close"))


def _negations(doc: Doc, start: int, end: int) -> list:
    """The negations between ``start`` and ``end`` but those beside a verb of escaping (``stance.escape``): "ontkomt
    niet aan de bezuinigingen", "does not escape the cost cuts" say something is hit, they deny nothing."""
    escapes = doc.hits_in(max(0, start - 40), end + 40, "escape")
    cancelled = _double_negatives(doc, start, end)
    return [n for n in doc.hits_in(start, end, "negation") if n.start not in cancelled and not any(
        doc.words_between(e.end, n.start) <= 1 if e.end <= n.start else doc.words_between(n.end, e.start) <= 1
        for e in escapes)]


def _double_negatives(doc: Doc, start: int, end: int) -> set[int]:
    """Where the negations near [start, end) start that a word of without right after one cancels (`stance.without`:
    "not without", "nicht ohne", "no sin"), with a negation at most a word before that one ("n'est pas sans lien
    avec"): a double negative affirms. Not "inte AI utan efterfrågan" (a word between: "not AI but demand")."""
    nots = doc.hits_in(max(0, start - 40), end + 40, "negation")
    withouts = doc.hits_in(max(0, start - 40), end + 40, "without")
    pairs = [(n, w) for n in nots for w in withouts if n.end <= w.start and doc.words_between(n.end, w.start) == 0]
    cancelled = {p.start for pair in pairs for p in pair}
    return cancelled | {m.start for m in nots for n, _ in pairs
                        if m.end <= n.start and m.start not in cancelled and doc.words_between(m.end, n.start) <= 1}


def _negated(doc: Doc, sent: Sentence, pos: int) -> bool:
    """A negation shortly before ``pos`` in its clause, or shortly before a verb of replacing that leads to it ("was
    not planning to replace workers with AI") or two words at most before a cut verb before it ("not cutting jobs
    because of a chatbot"); a word of nobody opening the clause (`stance.nobody`), a conjunction at
    most before it ("Aber niemand verliert ..."), with no "that" after it negates all of it."""
    c_start, _ = doc.clause_at(pos)
    start = max(sent.start, c_start)
    lead = next((c.end for c in doc.hits_in(start, pos, "conjunctions")
                 if not doc.text[start:c.start].strip(QUOTE_MARKS + " –—-")), start)
    return any(_negations(doc, max(start, _words_back(doc, p, NEGATION_WINDOW)), p)
               for p in (pos, *(r.start for r in doc.hits_in(start, pos, "replace")))) or any(
        doc.hits_in(max(start, _words_back(doc, c.start, 2)), c.start, "negation")  # "We are not cutting jobs
        for c in doc.hits_in(start, pos, "cut")) or any(  # because of a chatbot": the cut denied, its cause with it
        not doc.text[lead:h.start].strip(QUOTE_MARKS + " –—-,") and not doc.hits_in(h.end, pos, "complementizers")
        for h in doc.hits_in(start, pos, "nobody"))  # "Nobody is losing their job because of AI"; not "Nobody doubts
    # that AI ..."


def _words_back(doc: Doc, pos: int, n: int) -> int:
    """Where the n-th word before ``pos`` starts; an elision's apostrophe is no word ("n'ont rien à voir avec
    l'automatisation": "rien" is five words before the cause)."""
    k = doc.token_index(pos)
    while n and k > 0:
        k -= 1
        if doc.tokens.low[k] not in ("'", "’"):
            n -= 1
    return doc.tokens.starts[k]


def _not_the_reason(doc: Doc, sent: Sentence, cue, causes) -> bool:
    """A word of reason later in the sentence, a negation at most two words before it and no other cause between ("AI
    is a tool that helps our people, it is not the reason for these changes", "n'est pas la raison", "no es el
    motivo"): the cause is denied."""
    for r in doc.hits_in(cue.end, sent.end, "reason"):
        if any(c is not cue and cue.end <= c.start < r.start for c in causes):
            return False
        if any(doc.words_between(n.end, r.start) <= 2 for n in doc.hits_in(cue.end, r.start, "negation")):
            return True
    return False


def _negated_after(doc: Doc, sent: Sentence, cue, causes) -> bool:
    """A negation shortly after a cause in its clause, before any other cause ("KI habe damit nichts zu tun",
    "l'IA n'était pas à l'origine", "AI heeft er niets mee te maken en het gaat om de kosten"); in "AI and not costs"
    the negation belongs to the cause after it."""
    _, c_end = doc.clause_at(cue.start)
    later = sorted((c for c in causes if cue.end <= c.start < c_end), key=lambda c: c.start)
    chain = [cue]  # causes joined by "and"/"or" share what follows them: "Mit Automatisierung oder KI habe das nichts zu tun"
    for c in later:
        if any(doc.words_between(h.end, c.start) > 2 for h in doc.hits_in(chain[-1].end, c.start, "negation")):
            break  # "AI er niets mee te maken en gaat het om de kosten": the negation is the cause's before the next
        if c.key != chain[-1].key and not _joined(doc, chain[-1], c):
            return False
        chain.append(c)
    last = max(chain, key=lambda c: c.j)
    end = min(c_end, sent.end, doc.tokens.ends[min(len(doc.tokens) - 1, last.j + NEGATION_WINDOW - 1)])
    trends = doc.hits_in(last.end, end, "trend")  # "nicht mehr wettbewerbsfähig": the trend's negation, no denial
    cancelled = _double_negatives(doc, last.end, end)  # "AI was not without influence on the decision"
    return any(n.start not in cancelled and not any(t.start <= n.start and n.end <= t.end for t in trends)
               for n in doc.hits_in(last.end, end, "negation"))


def _blamed_instead(doc: Doc, denial, cue, causes) -> bool:
    """The cause at ``cue`` stands in a clause after the one of a cause the denial before it denies, and that clause
    opens with no word of "that" (``attribution.complementizers``): what is blamed instead, not denied ("denied that
    AI was behind the cuts, blaming weaker demand", "bestritt, dass KI ..., und machte die Nachfrage verantwortlich";
    not "..., or that automation played a role")."""
    before = [c for c in causes if denial.end <= c.start and c.end <= cue.start]
    if not before:
        return False
    start, end = doc.clause_at(cue.start)
    if (start, end) == doc.clause_at(before[-1].start):
        return False
    first = doc.token_index(start)
    opening = doc.tokens.ends[min(first + 1, len(doc.tokens) - 1)]  # its first two words ("or that", "und dass")
    return not doc.hits_in(start, min(end, opening), "complementizers")


def _answer(doc: Doc, sent: Sentence, cue) -> bool | None:
    """A cause asked about ("Asked whether AI had played a part, she said: 'No.'", ``stance.asked``): whether a no
    (``stance.answer_no``) answers it within a few words after the question's clause; None where no question holds it,
    or where the cue, negated, comes after a verb of saying after the question: the answer denies it ("Asked about
    automation, a spokesperson said the decision was 'not driven by automation'")."""
    asked = doc.hits_in(sent.start, cue.start, "asked")
    if not asked or doc.hits_in(asked[-1].end, cue.start, "reporting") and _negated(doc, sent, cue.start):
        return None
    _, c_end = doc.clause_at(cue.start)
    return any(doc.words_between(c_end, h.start) <= 3 for h in doc.hits_in(c_end, sent.end, "answer_no"))


def _coordinated(doc: Doc, a, b) -> bool:
    """A cause word comes a few words after another, joined by "and" and function words alone ("y de los", "and of",
    "et de la"): the same link holds it."""
    between = doc.tokens.low[a.j:b.i]
    return (0 < len(between) <= 4 and between[0] in doc.lang.conjunction_words
            and all(t in doc.lang.stop_words or t.isalpha() and len(t) <= 3 for t in between[1:]))


def _joined(doc: Doc, a, b) -> bool:
    """Only a conjunction stands between two cause words ("Automatisierung oder künstlicher Intelligenz")."""
    between = doc.tokens.low[a.j:b.i]
    return bool(between) and all(t in doc.lang.conjunction_words or t in doc.lang.alternatives for t in between)


def _object_first(doc: Doc, cue, c_start: int, pos: int) -> bool:
    """The cuts stand before the verb expecting them as its object: in a clause "that ..." with the verb last
    ("dat het geen nieuwe ontslagen verwacht", "dass er keine Entlassungen erwartet"), or before a split verb
    ("Weitere Entlassungen schließt der Vorstand aus"); not as the subject of a passive ("layoffs are not ruled out")."""
    return cue.split or bool(doc.hits_in(c_start, pos, "complementizers"))


def _further(doc: Doc, cuts, start: int, end: int) -> bool:
    """Cuts called further, with no figure between start and end ("more reductions expected", "further layoffs are
    not ruled out"; not "further cost reductions", nor "expects a further 900 job cuts")."""
    more = [m for m in doc.hits_in(max(0, cuts.start - 30), cuts.start, "more") if doc.words_between(m.end, cuts.start) == 0]
    return bool(more) and not doc.starting_in(doc.quantities, min(start, more[0].start), end)


def _speaker(ctx: ClaimContext, sent: Sentence, org: str | None) -> tuple[str | None, int, bool]:
    """Who gives the stance, how surely (0 named here, 1 named before, 2 the usual spokesperson, 3 nobody),
    and whether it comes in an announcement (memo, email, press release). A third party speaking ("Critics say"), or
    a sentence opening with a word of "according to" whose source is not read, carries no one's stance on from the
    sentences before; unnamed sources ("according to three people familiar with the plans") are no one named."""
    a = ctx.attribution(sent)
    carried = ctx.carried(sent)
    announced = a.announced or (carried is not None and carried.announced and not a.speaker)
    doc = ctx.doc
    if any(r.key == "rumoured" and r.start >= h.end and doc.words_between(h.end, r.start) <= 3
           for h in doc.hits_in(sent.start, sent.end, "according_to") for r in doc.hits_in(h.end, sent.end, "mod")):
        return None, 3, False  # "..., according to three people familiar with the plans": unnamed sources, no one's
    if a.speaker:
        return a.speaker, 0, announced
    if a.third_party or any(not ctx.doc.words_between(sent.start, h.start)
                            for h in ctx.doc.hits_in(sent.start, sent.end, "according_to")):
        return None, 3, announced  # "Enligt avdelningsordföranden i Eskilstuna, Camilla Rydén, ...": its own source
    ahead = ctx.quoted_ahead(sent)  # "\"These cuts are not about AI. They are about demand,\" Dana Reyes said."
    if ahead is not None:
        return ahead.speaker, 1, announced
    if carried is not None and carried.speaker:
        return carried.speaker, 1, announced
    spokesperson = ctx.spokesperson(org)
    return spokesperson, 2 if spokesperson else 3, announced


def _third_party_view(doc: Doc, ctx: ClaimContext, sent: Sentence, cue) -> bool:
    """A union, analysts or critics, named by no name, give the cause: they say it ("Unions say ...", "selon les
    syndicats"), or are the last actor named before it in its sentence ("Los sindicatos atribuyen los despidos a ...",
    "Los sindicatos, en cambio, creen que ..."; not "Despite union protests, Harlow blamed AI")."""
    if ctx.attribution(sent).third_party:
        return True
    voices = [(m.start, False) for m in (*doc.in_sentence(ctx.orgs, sent), *doc.in_sentence(ctx.persons, sent))
              if m.start < cue.start]
    told = {h.start for h in doc.hits_in(sent.start, cue.start, "third_parties")  # "told analysts": who is told
            if any(doc.words_between(r.end, h.start) <= 2 for r in doc.hits_in(max(0, h.start - 30), h.start, "reporting"))}
    voices += [(h.start, h.label == "third_parties")
               for h in doc.hits_in(sent.start, cue.start, "anaphora", "company_nouns", "third_parties") if h.start not in told]
    return bool(voices) and max(voices)[1]


def _names_org(doc: Doc, ctx: ClaimContext, sent: Sentence) -> bool:
    """The sentence names an organisation, or points at one ("the company", "Europe's biggest carmaker", "its", its
    chief, the staff whose tasks are taken over)."""
    return bool(doc.in_sentence(ctx.orgs, sent)
                or doc.hits_in(sent.start, sent.end, "anaphora", "company_nouns", "possessive", "role", "takes_over"))


def _subject_before(doc: Doc, ctx: ClaimContext, sent: Sentence, org: str) -> bool:
    """The sentence opens with a verb giving a reason (`stance.reason`: "Atribuye los cierres a ...", "Attribuisce
    ...") with no subject of its own, right after a sentence in its block naming ``org`` and no third party (unions,
    analysts): that organisation is its subject, as in "La empresa atribuye ..."."""
    if not sent.index:
        return False
    prev = doc.sentences[sent.index - 1]
    first = doc.token_index(sent.start)
    return (prev.block == sent.block and any(ctx.org_name(m) == org for m in doc.in_sentence(ctx.orgs, prev))
            and not doc.hits_in(prev.start, prev.end, "third_parties")
            and any(h.i == first for h in doc.hits_in(sent.start, sent.end, "reason")))


def _reason_told(doc: Doc, sent: Sentence) -> bool:
    """The sentence opens with a word of reason, two words at most before it, and a word of being or a colon right
    after it or ending it (`stance.reason_is`: "Grund ist die schwache Nachfrage", "The main reason is ...", "La
    raison : ...", "Bakgrunden är att ..."; not "I bakgrunden finns ..."), cuts are told in the five sentences before
    it in its paragraph or the one before, and the sentence right before it names no third party: it gives the
    reason of those cuts."""
    prev = doc.sentences[sent.index - 1] if sent.index else None
    if prev is None or doc.hits_in(prev.start, prev.end, "third_parties"):
        return False
    low = doc.tokens.low
    if not any(doc.words_between(sent.start, h.start) <= 2 and h.j < len(low) and (
            low[h.j] == ":" or any(tuple(low[h.j:h.j + len(w)]) == w or w == (low[h.j - 1],) for w in doc.lang.reason_is))
            for h in doc.hits_in(sent.start, sent.end, "reason")):
        return False
    first = bisect_left(doc.sentences, sent.block - 1, hi=sent.index, key=lambda s: s.block)
    return any(_about_cuts(doc, s) or any(doc.hits_in(*doc.clause_at(c.start), "store")
                                          for c in doc.hits_in(s.start, s.end, "close"))
               for s in doc.sentences[max(first, sent.index - 5):sent.index])


def _when(doc: Doc, sent: Sentence, pos: int) -> tuple:
    """The time a stance is given (the last time before it in its sentence, else publication), and how surely."""
    before = [t for t in doc.in_sentence(doc.times, sent) if t.end <= pos]
    return (before[-1].time, (0, 0)) if before else (doc.published, (3, 0))


def _asking(doc: Doc, sent: Sentence) -> bool:
    """The sentence, or the next one in its block, ends with a question mark: a question and its premise ("Vos
    salariés soupçonnent que l'IA remplace leurs emplois. Est-ce le cas ?"), a cause nobody gives."""
    following = doc.sentences[sent.index + 1:sent.index + 2]
    return any(_question(doc, s) for s in (sent, *following) if s.block == sent.block)


def _cost_of_cuts(doc: Doc, h) -> bool:
    """Costs of the cuts themselves: a cut plan or cut noun right before the word of costs ("restructuring costs") or
    a few words after it, a word of "of" between (`money.part_links`: "los costes extraordinarios de su ERE", "the cost of the job cuts",
    "les coûts du plan social"): what the cuts cost, no cause of them."""
    if h.key != "costs":
        return False
    before = [c for c in doc.hits_in(max(0, h.start - 40), h.start, "cut_plans", "cut_nouns") if not doc.text[c.end:h.start].strip()]
    after = [c for c in doc.hits_in(h.end, doc.clause_at(h.start)[1], "cut_plans", "cut_nouns")
             if doc.words_between(h.end, c.start) <= 3 and doc.hits_in(h.end, c.start, "part_links")]
    return bool(before or after)


def _state_cut(doc: Doc, h) -> bool:
    """A word of costs or savings the state follows within three words in its clause (`stance.state`: "bezuiniging
    door het kabinet", "économies imposées par le gouvernement", "besparingar från regeringen"): the state's funding
    cut, no cost of the organisation, gives no cause."""
    _, c_end = doc.clause_at(h.start)
    return h.key == "costs" and any(doc.words_between(h.end, s.start) <= 3 for s in doc.hits_in(h.end, c_end, "state"))


def _taught(doc: Doc, h) -> bool:
    """A study programme, chair or faculty (`stance.taught`: "opleidingen", "Studiengang", "degree in", "filière")
    up to four words before a cause's word in its clause ("De opleidingen Duitse taal en cultuur stoppen", "the
    degree in media and culture"): the subject taught, no cause."""
    c_start, _ = doc.clause_at(h.start)
    return any(doc.words_between(t.end, h.start) <= 4 for t in doc.hits_in(max(c_start, h.start - 60), h.start, "taught"))


def _advised_against(doc: Doc, sent: Sentence, h) -> bool:
    """Advice against, addressed to anyone (`stance.advised_against`: "Dan moet je niet bezuinigen op de mensen", "you
    shouldn't cut costs on", "il ne faut pas faire des économies sur"), up to eight words before a word of costs or
    savings: a norm someone states, no cause of the cuts denied."""
    return h.key == "costs" and any(doc.words_between(a.end, h.start) <= 8 for a in doc.hits_in(sent.start, h.start, "advised_against"))


def _without_cuts(doc: Doc, sent: Sentence) -> bool:
    """Every cut noun of the sentence right after a word of "without" (`stance.without`), no verb of cutting or
    closing ("admits that orders have been weak, but says the company is handling it without layoffs", "hanterar det
    utan uppsägningar"): it tells no cut, so its cause is none of cuts."""
    nouns = doc.hits_in(sent.start, sent.end, "cut_nouns")
    verbs = [v for v in doc.hits_in(sent.start, sent.end, "cut", "close")
             if not any(n.start <= v.start and v.end <= n.end for n in nouns)]  # "Entlassungen": a noun, no verb
    return bool(nouns) and not verbs and all(
        any(doc.words_between(w.end, n.start) == 0 for w in doc.hits_in(max(sent.start, n.start - 12), n.start, "without"))
        for n in nouns)


def _hired_for(doc: Doc, h) -> bool:
    """A cause's word after a word of hiring and a count in its clause, no cut or closure there ("medan X meddelade att
    bolaget ska anställa 150 personer till sitt nya AI-center", "would hire 150 people for its new AI centre"): what
    the hires are for, no cause of cuts (not "freezes hiring but says AI is not replacing staff")."""
    c_start, c_end = doc.clause_at(h.start)
    return any(doc.starting_in(doc.quantities, hire.end, h.start) for hire in doc.hits_in(c_start, h.start, "hire")) and (
        not doc.hits_in(c_start, c_end, "cut", "close"))


def cause_claims(doc: Doc, ctx: ClaimContext) -> list[ClaimDraft]:
    drafts: list[ClaimDraft] = []
    for sent in doc.sentences:
        hits = doc.hits_in(sent.start, sent.end)
        causes = [h for h in hits if h.label == "cause"]
        links = [h for h in hits if h.label == "link"]
        trends = [h for h in hits if h.label == "trend"]
        excuses = [h for h in hits if h.label == "excuse"]
        causes += [h for h in hits if h.label == "cause_weak" and (
            any(0 <= doc.words_between(link.end, h.start) <= 3 and link.end <= h.start for link in links)
            or any(_excused(doc, h, e) for e in excuses)
            or any(doc.words_between(t.end, h.start) <= 1 if t.end <= h.start
                   else (doc.words_between(h.end, t.start) <= 3 or _trend_far(doc, h, t))
                   and doc.clause_at(t.start) == doc.clause_at(h.start)
                   for t in trends))]  # "due to costs", "poor sales", "afnemende vraag", "Efterfrågan på papper har fallit"
        for h in hits:  # "por la caída de la demanda y de los costes laborales": the second shares the first's link
            if h.label == "cause_weak" and h not in causes and any(_coordinated(doc, c, h) for c in causes):
                causes.append(h)
        all_causes = [h for h in hits if h.label in ("cause", "cause_weak")]
        causes = [h for h in causes if not _savings_figure(doc, sent, h) and not _credited(doc, h, all_causes)
                  and not _cost_of_cuts(doc, h) and not _state_cut(doc, h) and not _taught(doc, h)
                  and not _works(doc, h) and not _advised_against(doc, sent, h) and not _hired_for(doc, h)]
        causes = [h for h in causes if not any(o is not h and o.start <= h.start and h.end <= o.end
                                               and o.end - o.start > h.end - h.start for o in causes)]
        if not causes or _asking(doc, sent) or _without_cuts(doc, sent):
            continue
        acts = doc.hits_in(sent.start, sent.end, "cut", "close")
        if acts and all(_unnamed_firms(doc, ctx, a.start) for a in acts):
            continue  # "Die Konkurrenz aus China setzt die Branche unter Druck: Mehrere Hersteller haben Werke geschlossen"
        fronted = fronted_denial(doc, sent)
        said = (bool(ctx.attribution(sent).speaker) or denial_before(doc, sent, sent.end) is not None  # "X denied that"
                or ctx.quoted_ahead(sent) is not None  # "– Det här handlar inte om AI. Det handlar om ..., säger hon."
                or fronted is not None  # "Att automatisering skulle ligga bakom avvisar X"
                or denial_after(doc, sent, sent.start) is not None  # "Einen Zusammenhang mit ... wies ein Sprecher zurück"
                or _one_voice(doc, ctx, sent))
        why = _answers_why(doc, sent)  # "¿Por qué cierran tiendas?" then "La competencia es muy fuerte."
        if not why and not _layoff_context(doc, sent, said) and not (
                said and "unrelated" in {h.label for h in hits} and any(_about_cuts(doc, s) for s in doc.sentences[:3])):
            continue  # "Volgens topman X heeft de reorganisatie niets met AI te maken", a paragraph after the cuts
        if not why and not _about_cuts(doc, sent) and not {h.label for h in hits} & TIES:
            continue  # a remark after the cuts that ties its cause to nothing ("KI werde die Arbeit verändern")
        if not _about_cuts(doc, sent) and doc.hits_in(sent.start, min(h.start for h in causes), "guidance"):
            continue  # "cut its profit guidance, blaming a sharp slowdown in orders": the forecast's cause, no cut's
        excuse = any(h.label == "excuse" for h in hits)
        seen: set[tuple[str, str]] = set()
        for h in sorted(causes, key=lambda h: h.start):
            c_start, _ = doc.clause_at(h.start)  # "Despite the AI boom and rising demand, ...", "if demand stays weak"
            answer = _answer(doc, sent, h)  # "Asked about the role of tariffs, ...": the question's cause, unless answered no
            if answer is None and any(not any(k.start <= c.start and c.end <= k.end for k in links)  # not the "om" of "handlar om"
                                      for c in doc.hits_in(max(c_start, doc.tokens.starts[max(0, h.i - 12)]), h.start,
                                                           "concessive", "conditional")):
                continue
            if answer is False:
                continue  # asked about, and no "no" said to it: a question, no stance
            denial = denial_before(doc, sent, h.start)
            if denial is not None and _background(doc, denial.end, h.start):
                continue  # "rejected claims that AI is behind its layoffs, after a memo linked the cuts to automation"
            if denial is not None and _blamed_instead(doc, denial, h, causes):
                denial = None  # "denied that AI was behind the cuts, blaming weaker demand instead"
            denied = (answer or denial is not None or fronted is not None and h.end <= fronted.start
                      or denial_after(doc, sent, h.start) is not None)
            negated = (_negated(doc, sent, h.start) or _negated_after(doc, sent, h, all_causes) or _unrelated(doc, h)
                       or _not_the_reason(doc, sent, h, all_causes))
            polarity = "deny" if excuse or (negated != denied) else "affirm"
            if polarity == "deny" and _unlike_before(doc, sent, h.start):
                continue
            if (h.key, polarity) in seen:
                continue
            seen.add((h.key, polarity))
            org, _ = ctx.org_for(sent, h.start, h.end)
            speaker, rank, announced = _speaker(ctx, sent, org)
            if not org or not (rank < 2 or announced or why or _names_org(doc, ctx, sent)
                               or _subject_before(doc, ctx, sent, org) or _reason_told(doc, sent)
                               or polarity == "deny" and not excuse and _points_back(doc, sent)):
                continue  # a general remark ("AI is often an excuse for layoffs"), not a stance of anyone; a cause
                # denied of the cuts told ("AI played no role in the decision") is their company's word
            if _third_party_view(doc, ctx, sent, h):
                continue  # "Unions say the cuts are driven by AI": a view with no name to give, not the company's
            start, stop = _quote(doc, sent)
            when, when_rank = _when(doc, sent, h.start)
            claim = Claim(kind="cause", org=org, quote=doc.text[start:stop], start=start, end=stop,
                          when=when, modality="announced" if announced else "reported",
                          polarity=polarity, object=h.key, speaker=speaker,
                          source_cited=ctx.attribution(sent).source)
            basis = ("trouble" if not _about_cuts(doc, sent) and doc.hits_in(sent.start, sent.end, "trouble")
                     else "trend" if h.label == "cause_weak" else "linked")
            drafts.append(ClaimDraft(claim, sent, h.start, h.end, when_rank=when_rank, speaker_rank=rank, basis=basis,
                                named=_names_org(doc, ctx, sent)))
    return drafts


def _works(doc: Doc, h) -> bool:
    """A verb of a plan working two words at most after the cause word, in its clause (`stance.works`: "the savings
    programme was working", "das Sparprogramm greife", "el programa de ahorro funciona"): a plan said to work, no cause."""
    _, c_end = doc.clause_at(h.start)
    return any(doc.words_between(h.end, w.start) <= 2 for w in doc.hits_in(h.end, c_end, "works"))


def _unlike_before(doc: Doc, sent: Sentence, pos: int) -> bool:
    """A word of contrast before the cause, a time a few words after it ("Unlike last year's cuts, energy prices are
    not the reason this time", "a diferencia del ajuste del año pasado, este recorte no se debe a"): the denial is of
    this round's cause only and grants the earlier round's; stances are compared whatever their round, so no claim."""
    return any(doc.words_between(u.end, t.start) <= 4 for u in doc.hits_in(sent.start, pos, "unlike")
               for t in doc.starting_in(doc.times, u.end, pos))


def _demanded(doc: Doc, sent: Sentence, h) -> bool:
    """A demand verb before the outlook word ``h`` governs it, unless a verb of saying in a later clause stands between
    them, the subject of its own ("The union demanded guarantees; the company said there will be no further layoffs")."""
    demands = doc.hits_in(sent.start, h.start, "demanded")
    return bool(demands) and not any(doc.clause_at(v.start)[0] > doc.clause_at(demands[-1].start)[0]
                                     for v in doc.hits_in(demands[-1].end, h.start, "reporting"))


def outlook_claims(doc: Doc, ctx: ClaimContext, figure_sentences: set[int],
                   cut_orgs: frozenset[str | None] = frozenset(),
                   denied: frozenset[int] = frozenset()) -> list[ClaimDraft]:
    """Expectations about further cuts ("does not expect more layoffs"), and hiring again, which denies them
    ("is back to hiring people"); a sentence with a job-cut figure is a figure claim instead, unless it goes on to
    expect further cuts with no figure of their own ("will cut 900 jobs, with more cuts expected"). Cuts denied with
    no word of more are denied only by a firm the article gives no cut figure (``cut_orgs``, the firms of the job-cut
    figures; None, one of no firm, blocks all): beside its own figure "no layoffs" says how its cuts are made; in
    the sentence of a figure it denies (``denied``: "It is simply not true that we will lay off 200 people") they deny
    that figure, no outlook."""
    drafts: list[ClaimDraft] = []
    first_told: int | None = None  # the first sentence telling cuts, found when first asked (`_first_cuts_told`)
    for sent in doc.sentences:
        if _question(doc, sent):
            continue  # "Sind weitere Entlassungen ausgeschlossen?": an interviewer's question, nobody's outlook
        figure = sent.index in figure_sentences
        rehire = [h for h in doc.hits_in(sent.start, sent.end, "rehire") if not _negated(doc, sent, h.start)]
        if rehire and not figure:
            h = rehire[0]
            org, _ = ctx.org_for(sent, h.start, h.end)
            if org:
                drafts.append(_outlook(doc, ctx, sent, h, org, "deny"))
            continue
        known = doc.hits_in(sent.start, sent.end, "cut_reference")  # "con estos despidos": the cuts told, none further
        for h in doc.hits_in(sent.start, sent.end, "outlook", "further"):
            if _demanded(doc, sent, h):
                break  # "exigen que garantice que no habrá más despidos": a demand, no one's outlook
            plans = h.label == "outlook"  # "ruled out a new restructuring"; not "a major restructuring plan"
            cuts = [c for c in _cut_nouns(doc, h.start if h.key == "will" else h.end, sent.end, plans)  # "supprimerons":
                    if doc.words_between(h.end, c.start) <= 8  # a cut verb in the future is its own word of the future
                    and not any(r.start <= c.start and c.end <= r.end for r in known)
                    and not (c.i and doc.tokens.low[c.i - 1] in doc.lang.known)]  # "estos despidos": those told
            c_start, _ = doc.clause_at(h.start)
            labels = ("cut_nouns", "cut", "cut_plans") if plans else ("cut_nouns", "cut")
            before = [c for c in doc.hits_in(max(sent.start, c_start), h.start, *labels)
                      if c.label in ("cut_nouns", "cut_plans") and c in _cut_nouns(doc, c.start, c.end, plans)
                      and doc.words_between(c.end, h.start) <= 6
                      and _object_first(doc, h, c_start, c.start)
                      or _further(doc, c, c.end, h.start) and not doc.hits_in(c.end, h.start, "hire")
                      and doc.words_between(c.end, h.start) <= (3 if doc.words_between(max(sent.start, c_start),
                                                                                         c.start) > 2 else 8)]
            # not "mass layoffs with no rehiring plans"; cuts called further opening their clause are its subject, a
            # phrase between: "Weitere Stellenstreichungen über das laufende Programm hinaus sind nicht geplant"
            told = cuts, before + [c for c in doc.hits_in(max(sent.start, c_start), h.start, "cut_nouns")
                                   if doc.words_between(c.end, h.start) <= 3 and c not in before]
            if figure or h.label != "outlook":  # only further cuts with no figure: "with more reductions expected", "y
                # se esperan más despidos"; "no further cuts are planned", "more cuts could follow", not "the planned cuts"
                cuts = [c for c in cuts if _further(doc, c, h.end, c.start)]
                before = [c for c in before if _further(doc, c, c.end, h.start)]
            plain = not cuts and not before and h.label == "further"
            if plain and sent.index in denied:
                continue  # "It is simply not true that we will lay off 200 people": that figure denied, no outlook
            if plain:  # a firm of no cuts: any cuts planned are further ones ("Einen Stellenabbau plant X nicht")
                cuts, before = told
            if first_told is None:
                first_told = _first_cuts_told(doc)
            if figure_sentences or first_told < sent.index:  # "gedwongen ontslagen" of the cuts or closures told;
                # with none told before, of any to come
                cuts, before = [c for c in cuts if not _manner(doc, c)], [c for c in before if not _manner(doc, c)]
            if not cuts and not before or _the_plan_s_means(doc, sent, h, cuts, before, figure_sentences, first_told):
                continue
            c_end = min(sent.end, doc.clause_at(h.start)[1])
            after = doc.tokens.ends[min(len(doc.tokens) - 1, h.j + NEGATION_WINDOW - 1)]
            negated = (_negated(doc, sent, h.start) or bool(cuts and doc.hits_in(h.end, cuts[0].start, "negation"))
                       or h.split and bool(doc.hits_in(h.end, c_end, "negation"))
                       or not cuts and bool(doc.hits_in(h.end, c_end if plain else min(c_end, after), "negation")))
            # a split verb negated between its parts ("Weitere Kürzungen schließt der Vorstand nicht aus"), the cuts
            # before a verb negated after it ("Fler uppsägningar planeras inte", "Weitere Entlassungen erwartet er nicht")
            polarity = "deny" if negated != (h.key == "inverse") else "affirm"
            if plain and polarity != "deny":
                continue  # "X plant einen Stellenabbau" is the cuts themselves, no outlook of more
            if plain and doc.hits_in(sent.start, h.start, "moved"):
                continue  # "De medewerkers gaan met hun werk mee naar Y; ontslagen zijn daar niet aan de orde": of the
                # staff moved, no outlook of either employer
            if h.key == "will" and polarity != "deny":
                continue  # "it is likely the company will be announcing further cutbacks": no one's outlook
            org, _ = ctx.org_for(sent, h.start, h.end)
            noun = cuts[0] if cuts else before[-1]  # "further job cuts in Germany": that segment's cuts only
            segment = _segment(doc, noun.start, noun.end, True)
            if not org or _third_party_view(doc, ctx, sent, h) or plain and cut_orgs & {org, None} and not segment:
                continue  # "Analisten verwachten meer ontslagen in de sector"; a firm that cuts planning no cuts in
                # a place ("In France, ..., the group plans no job cuts") is an outlook of that place
            if _at_others(doc, ctx, noun):
                continue
            drafts.append(_outlook(doc, ctx, sent, h, org, polarity, segment, plain))
            break
    return drafts


def _at_others(doc: Doc, ctx: ClaimContext, noun) -> bool:
    """Cuts whose clause names other firms' staff (`claims.others`: "ytterligare ett 30-tal jobb försvinner hos
    åkerier och underleverantörer", "bei Zulieferern fallen weitere Stellen weg"), no word of them part of a name:
    cuts at others, no outlook of the firm's."""
    return any(not any(m.start <= h.start < m.end for m in ctx.orgs)
               for h in doc.hits_in(*doc.clause_at(noun.start), "others"))


def _the_plan_s_means(doc: Doc, sent: Sentence, h, cuts: list, before: list, figure_sentences: set[int],
                      first_told: int) -> bool:
    """After cuts told, a sentence naming the plan before the cue (`claims.the_plan`: "Le plan prévoit d'abord des
    départs volontaires ; des licenciements ne sont pas exclus") tells how the plan's cuts are made, unless the cuts
    are called further: no outlook of more."""
    return (bool(figure_sentences or first_told < sent.index) and bool(doc.hits_in(sent.start, h.start, "the_plan"))
            and not any(_further(doc, c, h.end, c.start) for c in cuts)
            and not any(_further(doc, c, c.end, h.start) for c in before))


def _first_cuts_told(doc: Doc) -> int:
    """The index of the first sentence, no question ("Kostet die Automatisierung Arbeitsplätze?"), that tells cuts or
    closes sites ("schließt 85 Filialen"); the number of sentences if none does. Found once an article."""
    return next((s.index for s in doc.sentences if not _question(doc, s) and (_about_cuts(doc, s) or any(
        doc.hits_in(*doc.clause_at(h.start), "store") for h in doc.hits_in(s.start, s.end, "close")))),
        len(doc.sentences))


def _cut_nouns(doc: Doc, start: int, end: int, plans: bool) -> list:
    """The cut nouns in [start, end), and with ``plans`` plans of cuts called new right before them ("Een nieuwe
    reorganisatie", "a new restructuring", "eine weitere Restrukturierung"): further cuts a verb of expecting or ruling
    out speaks of (not a word of plans: "a major restructuring plan" is the round told). Jobs a cut verb acts on, a
    word at most between and any words of more (`stance.more`), stand for a cut noun ("no plans to cut jobs", "geen
    plannen om banen te schrappen", "keine Pläne, Stellen abzubauen", "will not cut any further jobs"): the jobs'
    hit."""
    nouns = [c for c in doc.hits_in(start, end, "cut_nouns", "cut_plans") if c.label == "cut_nouns" or plans and any(
        doc.words_between(m.end, c.start) == 0 for m in doc.hits_in(max(0, c.start - 30), c.start, "more"))]
    cut = doc.hits_in(start, end, "cut")

    def near(a: int, b: int) -> bool:  # words of more and of negation aside: "ne supprimerons pas d'autres postes"
        return doc.words_between(a, b) <= 1 + len(doc.hits_in(a, b, "more", "negation"))

    jobs = [j for j in doc.hits_in(start, end, "jobs") if not any(c.start <= j.start < c.end for c in nouns + cut)
            and any(doc.clause_at(v.start) == doc.clause_at(j.start) and (near(v.end, j.start)
                    if v.end <= j.start else near(j.end, v.start)) for v in cut)]
    return sorted(nouns + jobs, key=lambda h: h.start)


def _manner(doc: Doc, c) -> bool:
    """A word of how cuts are made beside the cut noun ("Betriebsbedingte Kündigungen schließt X nicht aus",
    "despidos forzosos"; ``stance.manner``): it speaks of the cuts told, not of further ones."""
    toks = doc.tokens
    start, end = toks.starts[max(0, c.i - 1)], toks.ends[min(len(toks) - 1, c.j)]
    return bool(doc.hits_in(start, end, "manner"))


def _outlook(doc: Doc, ctx: ClaimContext, sent, h, org: str, polarity: str, segment: str | None = None,
             plain: bool = False) -> ClaimDraft:
    """An outlook told on its day; a time of its sentence reaching past that day ("no further job cuts this year",
    "keine weiteren Stellenstreichungen bis 2027") is its horizon: the outlook holds until its end. Cuts denied with
    no word of more ("Er komen geen ontslagen", "is not planning any layoffs": ``plain``) have the object "any": they
    deny cuts reported before too, not only further ones (kg.contradictions.stance)."""
    a = ctx.attribution(sent)
    start, stop = _quote(doc, sent)
    told = _when(doc, sent, h.start)[0]
    claim = Claim(kind="layoff_outlook", org=org, quote=doc.text[start:stop], start=start, end=stop,
                  when=told, modality="expected", polarity=polarity, object="any" if plain else None,
                  speaker=a.speaker, source_cited=a.source, segment=segment)
    d = ClaimDraft(claim, sent, h.start, h.end, basis="outlook", named=_names_org(doc, ctx, sent))
    horizon = [t for t in doc.in_sentence(doc.times, sent) if told and t.time.interval[1] > told.interval[1]]
    if horizon:
        d.claim, d.horizon, d.told = evolve(claim, when=horizon[0].time), True, told
    return d
