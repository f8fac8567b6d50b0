"""Constructions found missed in the blind sets and the story sets (x21), in made-up articles in several languages
(published Wednesday 4 March 2026; each expectation names every claim the article gives)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted

CUTS = ("job_cuts", 240, "count", {})


def _cause(obj: str, polarity: str = "affirm") -> tuple:
    return ("cause", None, None, dict(object=obj, polarity=polarity))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Brunsvald Ltd will cut 240 jobs, the company said on Tuesday.\n\nThe reason is weaker demand from "
           "carmakers.", [CUTS, _cause("demand")]),
    ("en", "Brunsvald Ltd will cut 240 jobs, the company said on Tuesday.\n\nThe main reason is rising energy costs.",
     [CUTS, _cause("costs")]),
    ("de", "Die Brunsvald GmbH streicht 240 Stellen, teilte das Unternehmen am Dienstag mit.\n\nGrund ist die "
           "schwache Nachfrage aus der Autoindustrie.", [CUTS, _cause("demand")]),
    ("sv", "Brunsvald AB varslar 240 anställda, uppger bolaget på tisdagen.\n\nBakgrunden är att efterfrågan från "
           "bilindustrin har minskat.", [CUTS, _cause("demand")]),
    ("fr", "Le groupe Brunsvald va supprimer 240 postes, a annoncé l'entreprise mardi.\n\nLa raison : la baisse des "
           "commandes des constructeurs.", [CUTS, _cause("demand")]),
    ("nl", "Brunsvald BV schrapt 240 banen, maakte het bedrijf dinsdag bekend.\n\nDe reden is de teruglopende vraag "
           "uit de auto-industrie.", [CUTS, _cause("demand")]),
    ("es", "La empresa Brunsvald despedirá a 240 trabajadores, anunció el martes.\n\nEl motivo es la caída de la "
           "demanda de los fabricantes de coches.", [CUTS, _cause("demand")]),
    ("en", "Brunsvald Ltd will cut 240 jobs.\n\nThe reason is that demand for newsprint has halved in ten years.",
     [CUTS, _cause("demand")]),
    ("de", "Die Brunsvald GmbH streicht 240 Stellen.\n\nGrund ist, dass sich die Nachfrage nach Zeitungspapier seit "
           "2020 halbiert hat.", [CUTS, _cause("demand")]),
    ("sv", "Brunsvald AB varslar 240 anställda.\n\nBakgrunden är att efterfrågan på tidningspapper har halverats på "
           "tio år.", [CUTS, _cause("demand")]),
    ("nl", "Brunsvald BV schrapt 240 banen.\n\nDe reden is dat de vraag naar krantenpapier in tien jaar is gehalveerd.",
     [CUTS, _cause("demand")]),
    ("fr", "Le groupe Brunsvald va supprimer 240 postes.\n\nLa raison : la demande de papier journal a été divisée "
           "par deux en dix ans.", [CUTS, _cause("demand")]),
    ("es", "La empresa Brunsvald despedirá a 240 trabajadores.\n\nEl motivo es que la demanda de papel prensa se ha "
           "reducido a la mitad en diez años.", [CUTS, _cause("demand")]),
    # guards: the reason of something else, a union's words just before, cuts told two paragraphs before
    ("en", "Brunsvald Ltd will cut 240 jobs, the company said on Tuesday.\n\nThe reason for the strike is higher "
           "energy costs.", [CUTS]),
    ("de", "Die Brunsvald GmbH streicht 240 Stellen, teilte das Unternehmen am Dienstag mit.\n\nDie Gewerkschaft "
           "kritisierte die Pläne scharf. Grund ist die schwache Nachfrage.", [CUTS]),
    ("en", "Brunsvald Ltd will cut 240 jobs, the company said on Tuesday.\n\nIt was founded in 1950 in a barn.\n\n"
           "The reason is weaker demand from carmakers.", [CUTS]),
    ("sv", "Brunsvald AB varslar 240 anställda, uppger bolaget på tisdagen.\n\nI bakgrunden finns också en annan "
           "förändring i branschen: fler robotar.", [CUTS]),
])
def test_a_reason_told_after_the_cuts_is_theirs(lang, text, expected):
    """A sentence opening with a word of reason and a word of being or a colon ("Grund ist die schwache Nachfrage",
    "The reason is ...", "La raison : ...", "Bakgrunden är att ...", `stance.reason_is`), in the paragraph after cuts
    or in theirs, gives the cause of those cuts (it gave none: no organisation named in it); a demand halved
    ("halverats", "halbiert", "gehalveerd", "divisée par deux", "reducido a la mitad") has fallen (`causes.trend`)."""
    check_construction("a reason told after", extracted(lang, "Brunsvald\n\n" + text), "Brunsvald", expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Brunsvald Ltd will cut 240 jobs, the company said on Tuesday.\n\nAsked about automation, a Brunsvald "
           "spokesperson said the cuts were \"not driven by automation\".", [CUTS, _cause("automation", "deny")]),
    ("de", "Die Brunsvald GmbH streicht 240 Stellen, teilte das Unternehmen am Dienstag mit.\n\nAuf die Frage nach "
           "der Automatisierung sagte ein Sprecher von Brunsvald, der Abbau habe nichts mit der Automatisierung zu "
           "tun.", [CUTS, _cause("automation", "deny")]),
    ("fr", "Le groupe Brunsvald va supprimer 240 postes, a annoncé l'entreprise mardi.\n\nInterrogé sur "
           "l'automatisation, un porte-parole de Brunsvald a déclaré que ces suppressions n'étaient pas liées à "
           "l'automatisation.", [CUTS, _cause("automation", "deny")]),
    ("es", "La empresa Brunsvald despedirá a 240 trabajadores, anunció el martes.\n\nPreguntado por la "
           "automatización, un portavoz de Brunsvald dijo que los despidos no se deben a la automatización.",
     [CUTS, _cause("automation", "deny")]),
    # guard: an answer that does not deny the cause asked about gives none
    ("en", "Brunsvald Ltd will cut 240 jobs, the company said on Tuesday.\n\nAsked about automation, a Brunsvald "
           "spokesperson said automation would help the remaining staff.", [CUTS]),
])
def test_an_answer_denying_the_cause_asked_about_denies_it(lang, text, expected):
    """A cause asked about and named again, negated, after a verb of saying ("Asked about automation, a spokesperson
    said the cuts were 'not driven by automation'") is denied by the answer (was: no stance, the answer's cue taken
    for the question's)."""
    check_construction("an answer denying", extracted(lang, "Brunsvald\n\n" + text), "Brunsvald", expected)


UNION_200 = ("job_cuts", 200, "count", {})
NO_MORE = ("layoff_outlook", None, None, {"polarity": "deny"})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The union warned that about 200 jobs could be at risk at Brunsvald Ltd.\n\n\"No layoffs are planned,\" "
           "chief executive Anna Berg said."),
    ("de", "Die Gewerkschaft warnt, dass bei der Brunsvald GmbH rund 200 Stellen bedroht sein könnten.\n\n"
           "„Entlassungen sind nicht geplant“, sagte Geschäftsführerin Anna Berg."),
    ("sv", "Facket varnar för att omkring 200 jobb kan vara hotade på Brunsvald AB.\n\n– Inga uppsägningar planeras, "
           "säger vd Anna Berg."),
    ("nl", "De vakbond waarschuwt dat ongeveer 200 banen op de tocht staan bij Brunsvald BV.\n\n'Er zijn geen "
           "ontslagen gepland', zei topvrouw Anna Berg."),
    ("fr", "Le syndicat craint que quelque 200 emplois soient menacés chez Brunsvald.\n\n« Aucun licenciement n'est "
           "prévu », a déclaré la directrice générale Anna Berg."),
    ("es", "El sindicato advierte de que unos 200 empleos podrían estar en riesgo en la empresa Brunsvald.\n\n«No hay despidos "
           "previstos», dijo la consejera delegada Anna Berg."),
    ("sv", "Brunsvald AB:s vd Anna Berg avvisar uppgifterna. Att vi skulle säga upp 200 personer stämmer helt enkelt "
           "inte, säger hon.\n\n– Inga uppsägningar planeras."),
])
def test_no_layoffs_beside_a_union_s_or_a_denied_figure_is_a_denial(lang, text):
    """Cuts said to be none ("Inga uppsägningar planeras", "No layoffs are planned") beside a figure that is no cut
    of the firm's own, a third party's count or one it denies ("stämmer helt enkelt inte"), deny cuts, as beside a
    rumoured one (was: no outlook, the figure taken for the firm's own cuts, which "no layoffs" tells the manner of)."""
    check_construction("no layoffs beside another's figure", extracted(lang, "Brunsvald\n\n" + text), "Brunsvald",
                       [UNION_200, NO_MORE])


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "La empresa Brunsvald despedirá a 640 empleadas, de las que 290 trabajan en España.",
     [("job_cuts", 640, "count", {}), ("job_cuts", 290, "count", {})]),
    ("es", "La empresa Brunsvald emplea a 1.200 trabajadoras.", [("workforce", 1200, "count", {})]),
    ("fr", "Le groupe Brunsvald va licencier 240 salariées.", [CUTS]),
    ("fr", "Le groupe Brunsvald va supprimer 240 postes. Il emploie 1 200 salariées.",
     [CUTS, ("workforce", 1200, "count", {})]),
])
def test_staff_in_the_feminine_are_staff(lang, text, expected):
    """Staff nouns in the feminine plural ("empleadas", "trabajadoras", "salariées", "collaboratrices"; `claims.jobs`,
    `claims.workforce`) count staff as the masculine do (was: no figure)."""
    check_construction("staff in the feminine", extracted(lang, "Brunsvald\n\n" + text), "Brunsvald", expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Nach Angaben der Gewerkschaft streicht die Brunsvald GmbH 900 Stellen.\n\nBrunsvald selbst spricht von "
           "720 Stellen."),
    ("en", "According to the union, Brunsvald Ltd will cut 900 jobs.\n\nBrunsvald itself speaks of 720 jobs."),
    ("nl", "Volgens de vakbond schrapt Brunsvald BV 900 banen.\n\nBrunsvald zelf spreekt van 720 banen."),
    ("sv", "Enligt facket varslar Brunsvald AB 900 anställda.\n\nBrunsvald själv talar om 720 tjänster."),
    ("fr", "Selon le syndicat, le groupe Brunsvald va supprimer 900 postes.\n\nBrunsvald parle de 720 postes."),
    ("es", "Según el sindicato, la empresa Brunsvald despedirá a 900 trabajadores.\n\nBrunsvald habla de 720 empleos."),
])
def test_a_count_spoken_of_opening_the_paragraph_after_cuts_is_of_them(lang, text):
    """A count a firm speaks of ("Drevenhof selbst spricht von 720 Stellen", `claims.spoken_of`) opening the paragraph
    right after one ending in counted cuts is its count of those cuts (was: none, its paragraph telling no cuts)."""
    check_construction("a count spoken of after cuts", extracted(lang, "Brunsvald\n\n" + text), "Brunsvald",
                       [("job_cuts", 900, "count", {}), ("job_cuts", 720, "count", {})])


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Brunsvald Ltd employs 3,000 people.\n\nBrunsvald itself speaks of 720 jobs.",
     [("workforce", 3000, "count", {})]),
    ("de", "Die Brunsvald GmbH streicht 900 Stellen.\n\nDer Konzern wurde 1950 gegründet.\n\nBrunsvald selbst spricht "
           "von 720 Stellen.", [("job_cuts", 900, "count", {})]),
])
def test_a_count_spoken_of_after_no_cuts_is_none(lang, text, expected):
    """A count spoken of opening a paragraph after one telling no cuts counts nothing (guard)."""
    check_construction("a count spoken of after no cuts", extracted(lang, "Brunsvald\n\n" + text), "Brunsvald", expected)
