"""Causes, outlooks and firms a reader finds in short articles about made-up companies: a sentence with no subject
after one naming the firm, ... (each expectation names every claim the article gives)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted

CLOSES = ("store_closure", 85, "count", {})


def _cause(obj: str, polarity: str = "affirm") -> tuple:
    return ("cause", None, None, dict(object=obj, polarity=polarity))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "La cadena Tornquist cerrará 85 tiendas. Atribuye los cierres a la caída del consumo y a la competencia de "
           "las plataformas.", [CLOSES, _cause("demand"), _cause("competition")]),
    ("es", "La cadena Tornquist cerrará 85 tiendas. Achaca la decisión a la competencia de las plataformas.",
     [CLOSES, _cause("competition")]),
    ("it", "La catena Tornquist chiuderà 85 negozi. Attribuisce le chiusure al calo dei consumi e alla concorrenza "
           "delle piattaforme.", [CLOSES, _cause("demand"), _cause("competition")]),
    # guards: a union named before is the subject; a paragraph of its own has none told
    ("es", "La cadena Tornquist cerrará 85 tiendas. Los sindicatos critican el plan. Atribuyen los cierres a la "
           "competencia de las plataformas.", [CLOSES]),
    ("es", "La cadena Tornquist cerrará 85 tiendas.\n\nAtribuye los cierres a la competencia de las plataformas.",
     [CLOSES]),
])
def test_a_reason_with_no_subject_after_the_firm_is_the_firms(lang, text, expected):
    """"Atribuye los cierres a ...": a sentence opening with a verb giving a reason, right after one naming the firm
    in its paragraph, has the firm as its subject (it gave no cause; "La empresa atribuye ..." did)."""
    check_construction("a reason with no subject", extracted(lang, "Tornquist\n\n" + text), "Tornquist", expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("nl", "Omroep Zilvermeer schrapt zestig banen na bezuiniging door kabinet.", [("job_cuts", 60, "count", {})]),
    ("nl", "Omroep Zilvermeer schrapt zestig banen na een bezuiniging van de overheid.", [("job_cuts", 60, "count", {})]),
    ("fr", "La chaîne Zilvermeer va supprimer 60 postes après des économies imposées par le gouvernement.",
     [("job_cuts", 60, "count", {})]),
    ("sv", "Zilvermeer AB varslar 60 anställda efter besparingar från regeringen.", [("job_cuts", 60, "count", {})]),
    # guard: the firm's own saving is its costs
    ("nl", "Omroep Zilvermeer schrapt zestig banen om te bezuinigen.", [("job_cuts", 60, "count", {}), _cause("costs")]),
    ("en", "Zilvermeer Ltd will cut 60 jobs because of rising costs.", [("job_cuts", 60, "count", {}), _cause("costs")]),
])
def test_a_funding_cut_by_the_state_is_no_cost_of_the_firm(lang, text, expected):
    """"schrapt zestig banen na bezuiniging door kabinet": a saving the state makes (`stance.state` within three words
    after the word of costs) cuts the firm's funding; it is no cost of the firm (it was costs affirmed)."""
    check_construction("a funding cut by the state", extracted(lang, "Zilvermeer\n\n" + text), "Zilvermeer", expected)


def _interview(lang: str, answer: str) -> str:
    intro, question = {
        "nl": ("Interview met Jan Berg, directeur van Tornquist BV.", "Gaat de automatisering banen kosten?"),
        "de": ("Interview mit Jan Berg, Geschäftsführer der Tornquist GmbH.", "Kostet die Automatisierung Arbeitsplätze?"),
        "fr": ("Entretien avec Jan Berg, directeur du groupe Tornquist.", "L'automatisation va-t-elle coûter des emplois ?"),
        "sv": ("Intervju med Jan Berg, vd för Tornquist AB.", "Kommer automatiseringen att kosta jobb?"),
        "en": ("Interview with Jan Berg, chief executive of Tornquist Ltd.", "Will automation cost jobs?"),
    }[lang]
    return f"Tornquist\n\n{intro}\n\n{question}\n\n{answer}"


DENIED = [("layoff_outlook", None, None, dict(polarity="deny"))]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("nl", _interview("nl", "Gedwongen ontslagen sluit ik voor 2026 uit."), DENIED),
    ("de", _interview("de", "Betriebsbedingte Kündigungen schließe ich bis 2026 aus."), DENIED),
    ("fr", _interview("fr", "Il n'y aura pas de licenciements."), DENIED),
    ("sv", _interview("sv", "Det blir inga uppsägningar."), DENIED),
    ("fr", "Tornquist\n\nLe groupe Tornquist réorganise sa production. « Il n'y aura pas de licenciements », a assuré "
           "le directeur Jan Berg.", DENIED),
    # guards: the interviewer's question gives none; forced layoffs ruled out beside cuts told are those cuts'
    ("nl", "Tornquist\n\nInterview met Jan Berg, directeur van Tornquist BV.\n\nSluit u gedwongen ontslagen uit?", []),
    ("nl", "Tornquist\n\nTornquist BV schrapt 180 banen. Gedwongen ontslagen sluit directeur Jan Berg uit.",
     [("job_cuts", 180, "count", {})]),
])
def test_layoffs_ruled_out_in_an_answer_are_an_outlook(lang, text, expected):
    """"Il n'y aura pas de licenciements", "Det blir inga uppsägningar", "Gedwongen ontslagen sluit ik uit": the firm's
    officer ruling out layoffs in an article that tells no cuts denies further ones (it gave none: "y aura", "blir",
    "schließe ... aus" were no outlook words, and a word of forced cuts was always taken for the cuts told)."""
    check_construction("layoffs ruled out", extracted(lang, text), "Tornquist", expected)


CUTS = ("job_cuts", 180, "count", {})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Entrevista con Ana Ruiz, consejera delegada de la cadena Tornquist, que cerrará 85 tiendas.\n\n¿Por qué "
           "cierran tiendas?\n\nLos alquileres han subido mucho y la competencia es muy fuerte.",
     [CLOSES, _cause("costs"), _cause("competition")]),
    ("de", "Interview mit Jan Berg, Geschäftsführer der Tornquist GmbH, die 180 Stellen streicht.\n\nWarum streichen "
           "Sie Stellen?\n\nDie Aufträge sind eingebrochen.", [CUTS, _cause("demand")]),
    ("en", "Interview with Jan Berg, chief executive of Tornquist Ltd, which will cut 180 jobs.\n\nWhy are you cutting "
           "jobs?\n\nOrders have collapsed.", [CUTS, _cause("demand")]),
    ("nl", "Interview met Jan Berg, directeur van Tornquist BV, dat 180 banen schrapt.\n\nWaarom schrapt u banen?\n\n"
           "De orders zijn ingestort.", [CUTS, _cause("demand")]),
    ("fr", "Entretien avec Jan Berg, directeur du groupe Tornquist, qui supprime 180 postes.\n\nPourquoi supprimez-vous "
           "des postes ?\n\nLes commandes se sont effondrées.", [CUTS, _cause("demand")]),
    ("sv", "Intervju med Jan Berg, vd för Tornquist AB, som varslar 180 anställda.\n\nVarför varslar ni?\n\n"
           "Orderingången har rasat.", [CUTS, _cause("demand")]),
    ("de", "Interview mit Jan Berg, Geschäftsführer der Tornquist GmbH, die 180 Stellen streicht.\n\nWarum streichen "
           "Sie Stellen? Ist KI der Grund?\n\nMit KI hat das nichts zu tun. Die Aufträge sind eingebrochen.",
     [CUTS, _cause("AI", "deny"), _cause("demand")]),
    # guard: a why of something else gives no cause of the cuts
    ("de", "Interview mit Jan Berg, Geschäftsführer der Tornquist GmbH, die 180 Stellen streicht.\n\nWarum investieren "
           "Sie in Software?\n\nDie Kosten sind zu hoch.", [CUTS]),
])
def test_an_answer_to_why_gives_the_reasons_of_the_cuts_asked_about(lang, text, expected):
    """"¿Por qué cierran tiendas?" then "Los alquileres han subido mucho y la competencia es muy fuerte": the answer to
    a question asking why of the cuts or closures it names gives their causes (it gave none)."""
    check_construction("an answer to why", extracted(lang, "Tornquist\n\n" + text), "Tornquist", expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Tornquist GmbH streicht 180 Stellen. „Im Wohnungsbau ist die Nachfrage praktisch zusammengebrochen“, "
           "sagte Geschäftsführer Jan Berg.", [CUTS, _cause("demand")]),
    ("fr", "Le groupe Tornquist va supprimer 180 postes. « Les coûts de développement ont explosé », a expliqué le "
           "directeur Jan Berg.", [CUTS, _cause("costs")]),
    ("nl", "Tornquist BV schrapt 180 banen. \"De vraag is ingestort\", zegt directeur Jan Berg.", [CUTS, _cause("demand")]),
    ("en", "Tornquist Ltd will cut 180 jobs. \"Orders have collapsed,\" said managing director Jan Berg.",
     [CUTS, _cause("demand")]),
])
def test_an_officers_trend_after_the_cuts_is_their_cause(lang, text, expected):
    """"Im Wohnungsbau ist die Nachfrage praktisch zusammengebrochen", said by the firm's officer right after its cuts:
    a weak cause with its trend word (`causes.trend`: "zusammengebrochen", "explosé", "ingestort") is their cause (it
    gave none)."""
    check_construction("an officer's trend", extracted(lang, "Tornquist\n\n" + text), "Tornquist", expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Tornquist GmbH streicht 180 Stellen. „Die Energiekosten sind hier nicht mehr wettbewerbsfähig“, sagt "
           "Geschäftsführerin Henrike Albers.", [CUTS, _cause("costs")]),
    ("en", "Tornquist Ltd will cut 180 jobs. \"Our energy costs are no longer competitive,\" said chief executive Jan "
           "Berg.", [CUTS, _cause("costs")]),
    ("nl", "Tornquist BV schrapt 180 banen. \"De energiekosten zijn hier niet meer concurrerend\", zegt directeur Jan "
           "Berg.", [CUTS, _cause("costs")]),
    # guard: a cost said to be no problem is denied
    ("de", "Die Tornquist GmbH streicht 180 Stellen. „Die Energiekosten sind nicht das Problem“, sagt "
           "Geschäftsführerin Henrike Albers.", [CUTS, _cause("costs", "deny")]),
])
def test_costs_no_longer_competitive_are_affirmed(lang, text, expected):
    """"Die Energiekosten sind hier nicht mehr wettbewerbsfähig": the negation inside a trend word ("nicht mehr
    wettbewerbsfähig", "no longer competitive") is the trend's, no denial of the cause (it was costs denied)."""
    check_construction("costs no longer competitive", extracted(lang, "Tornquist\n\n" + text), "Tornquist", expected)


@pytest.mark.parametrize(("text", "org", "speaker"), [
    ("Norvika sagte, man werde 200 Stellen streichen.", "Norvika", None),
    ("Tornquist sagte, man werde 200 Stellen streichen, um die Kosten zu senken.", "Tornquist", None),
    # guard: a person's surname, named in full before, stays a person
    ("Die Norvika AG baut um. Geschäftsführerin Anna Kessler äußerte sich am Montag. Kessler sagte, man werde 200 "
     "Stellen streichen.", "Norvika", "Anna Kessler"),
])
def test_a_name_saying_man_will_cut_is_a_firm(text, org, speaker):
    """"Norvika sagte, man werde 200 Stellen streichen": a lone name whose reported clause opens with "man"
    (`entities.org_pronouns`) and tells cuts is a firm (it was no organisation, and the cuts nobody's)."""
    x = extracted("de", "Meldung\n\n" + text)
    cuts = [c for c in x.claims if c.kind == "job_cuts"]
    assert [(c.org, c.speaker if speaker else None) for c in cuts] == [(org, speaker)], cuts
    assert {e.name for e in x.entities if e.type == "organization"} == {org}
