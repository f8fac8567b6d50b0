"""Constructions the fourteenth blind set (q13: messy coverage, newsletters, press releases, corrections) taught, in
short articles the project wrote in several languages about made-up companies: each expectation names every claim
the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pallinger Ltd will cut 140 jobs, it said on Tuesday.\n\nCorrection (5 March): An earlier "
           "version of this article said 160 jobs would go. The correct figure is 140."),
    ("nl", "Pallinger BV schrapt 140 banen, meldde het bedrijf dinsdag.\n\nCorrectie (5 maart): In een eerdere "
           "versie van dit artikel stond dat er 160 banen verdwijnen. Dat moet 140 zijn."),
    ("sv", "Pallinger AB varslar 140 anställda, meddelade bolaget på tisdagen.\n\nRättelse: I en tidigare "
           "version av artikeln stod att 160 anställda varslas. Rätt siffra är 140."),
    ("de", "Die Pallinger GmbH streicht 140 Stellen, teilte sie am Dienstag mit.\n\nKorrektur: In einer "
           "früheren Version dieses Artikels hieß es, 160 Stellen fielen weg. Richtig ist 140."),
    ("fr", "Pallinger va supprimer 140 postes, a annoncé l'entreprise mardi.\n\nRectificatif (5 mars) : une "
           "version précédente de cet article indiquait que 160 postes seraient supprimés. Il s'agit de 140 postes."),
    ("es", "La empresa Pallinger recortará 140 empleos, anunció el martes.\n\nFe de errores: una versión "
           "anterior de este artículo indicaba que se suprimirían 160 empleos. La cifra correcta es 140."),
])
def test_a_correction_closing_the_article_gives_no_claim(lang, text):
    """A paragraph opening with an editor's correction label (`sentences.correction`: "Correction (5 March):",
    "Correctie", "Rättelse", "Korrektur", "Rectificatif", "Fe de errores") tells what an earlier version said: beside
    the body's count of cuts, its figures are no claim (was: 160 job cuts beside the 140)."""
    check_construction("an editor's correction", extracted(lang, "Pallinger\n\n" + text), "Pallinger",
                       [("job_cuts", 140, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("sv", "Morgonbrevet\n\nMORVELL TEXTIL VARSLAR\n\nTextilföretaget Morvell Textil varslar 120 anställda. Morvell "
           "Textil har i dag omkring 900 anställda.", "Morvell Textil",
     [("job_cuts", 120, "count", {}), ("workforce", 900, "count", {})]),
    ("nl", "Ochtendbrief\n\nMORVELL TEXTIEL SCHRAPT BANEN\n\nTextielbedrijf Morvell Textiel schrapt 120 banen. Morvell "
           "Textiel heeft ongeveer 900 werknemers.", "Morvell Textiel",
     [("job_cuts", 120, "count", {}), ("workforce", 900, "count", {})]),
    ("de", "Morgenbrief\n\nMORVELL TEXTIL STREICHT STELLEN\n\nDer Textilhersteller Morvell Textil streicht 120 Stellen. "
           "Morvell Textil beschäftigt rund 900 Mitarbeiter.", "Morvell Textil",
     [("job_cuts", 120, "count", {}), ("workforce", 900, "count", {})]),
    ("en", "Morning briefing\n\nMORVELL TEXTILES: JOBS GO\n\nMorvell Textiles will cut 120 jobs. Morvell Textiles "
           "employs about 900 people.", "Morvell Textiles",
     [("job_cuts", 120, "count", {}), ("workforce", 900, "count", {})]),
])
def test_a_firm_a_heading_names_in_capitals_keeps_the_name_the_body_writes(lang, text, org, expected):
    """A newsletter's brief under a heading in capitals ("MORVELL TEXTIL VARSLAR"): the firm is named as the body
    writes it, "Morvell Textil" (was: "MORVELL TEXTIL", the heading's capitals, for every claim of the brief)."""
    check_construction("a heading in capitals", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("sv", "Tovreby Gruv AB redovisade en rörelseförlust på 96 miljoner kronor för 2025.", "SEK"),
    ("nl", "Tovreby Mijnbouw BV boekte over 2025 een bedrijfsverlies van 96 miljoen euro.", "EUR"),
    ("de", "Die Tovreby Bergbau GmbH wies für 2025 einen Betriebsverlust von 96 Millionen Euro aus.", "EUR"),
])
def test_an_operating_loss_is_a_loss(lang, text, unit):
    """"rörelseförlust", "bedrijfsverlies", "Betriebsverlust": an operating loss is a loss (was: a profit of +96
    million, the profit word "rörelseresultat" after it its measure, or nothing)."""
    org = {"sv": "Tovreby Gruv", "nl": "Tovreby Mijnbouw", "de": "Tovreby Bergbau"}[lang]
    check_construction("an operating loss", extracted(lang, "Tovreby\n\n" + text), org, [("loss", 96e6, unit, {})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("sv", "Tovreby Gruv AB varslar 210 anställda. Därtill kommer omkring 130 personer hos entreprenörer som arbetar "
           "i gruvan.", "Tovreby Gruv"),
    ("en", "Tovreby Mining Ltd will cut 210 jobs. Another 130 people work for contractors at the site.", "Tovreby Mining"),
    ("nl", "Tovreby Mijnbouw BV schrapt 210 banen. Daarnaast werken er zo'n 130 mensen bij aannemers op de locatie.",
     "Tovreby Mijnbouw"),
])
def test_people_at_contractors_are_no_staff_of_the_company(lang, text, org):
    """People working for contractors ("entreprenörer", "contractors", "aannemers", `claims.others`) are neither
    the company's staff nor its cut (was: a workforce of 130)."""
    check_construction("contractors", extracted(lang, "Tovreby\n\n" + text), org, [("job_cuts", 210, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("sv", "Gruvbolaget Tovreby Gruv lägger ned zinkgruvan i Kallberget vid årsskiftet.", "Tovreby Gruv"),
    ("en", "Tovreby Mining will close its zinc mine in Kallberget at the end of the year.", "Tovreby Mining"),
    ("de", "Die Tovreby Bergbau GmbH schließt zum Jahresende ihr Bergwerk in Kallberget.", "Tovreby Bergbau"),
])
def test_a_mine_closed_is_a_site_closed(lang, text, org):
    """A mine is a site (`stores.nouns`: "gruvan", "mine", "Bergwerk"): closing it is a closure (was: none)."""
    check_construction("a mine closed", extracted(lang, "Tovreby\n\n" + text), org, [("store_closure", None, None, {})])


@pytest.mark.parametrize(("lang", "text", "org", "unit"), [
    ("nl", "Het concern Quarrendon boekte in 2025 een omzet van 612 miljoen euro (2024: 540 miljoen).", "Quarrendon",
     "EUR"),
    ("en", "In 2025 Quarrendon Group reported revenue of £612m (2024: £540m).", "Quarrendon Group", "GBP"),
    ("de", "Die Quarrendon AG erzielte 2025 einen Umsatz von 612 Mio. Euro (2024: 540 Mio. Euro).", "Quarrendon",
     "EUR"),
    ("sv", "Quarrendon AB redovisade 2025 en omsättning på 612 miljoner kronor (2024: 540 miljoner).", "Quarrendon",
     "SEK"),
])
def test_a_year_and_a_colon_in_brackets_after_a_result_is_its_level_that_year(lang, text, org, unit):
    """"612 miljoen euro (2024: 540 miljoen)": the bracket's figure after a year and a colon is the same measure in
    that year, as after a word of the prior year ("(Vorjahr: 655 Mio. Euro)") (was: the next money word's, a net
    loss of 540 million, or nothing)."""
    check_construction("a year in brackets", extracted(lang, "Quarrendon\n\n" + text), org,
                       [("revenue", 612e6, unit, {"when": "2025"}), ("revenue", 540e6, unit, {"when": "2024"})])


@pytest.mark.parametrize(("lang", "text", "org", "unit"), [
    ("de", "Die Quarrendon AG legte ihre Zahlen vor. Die wichtigsten Kennzahlen:\n\n• Umsatz: 412,6 Mio. Euro\n• EBIT: "
           "18,4 Mio. Euro", "Quarrendon", "EUR"),
    ("en", "Quarrendon Group published its results. Key figures:\n\n• Revenue: €412.6m\n• EBIT: €18.4m",
     "Quarrendon Group", "EUR"),
    ("fr", "Le groupe Quarrendon a publié ses résultats. Les chiffres clés :\n\n• Chiffre d'affaires : 412,6 millions "
           "d'euros\n• Ebit : 18,4 millions d'euros", "Quarrendon", "EUR"),
    ("sv", "Quarrendon AB presenterade sin rapport. Nyckeltal:\n\n• Nettoomsättning: 412,6 miljoner kronor\n• "
           "Rörelseresultat: 18,4 miljoner kronor", "Quarrendon", "SEK"),
])
def test_a_list_of_results_labelled_by_their_money_words(lang, text, org, unit):
    """A press release's list item of a money word alone and a colon ("• Umsatz: 412,6 Mio. Euro", "• Revenue:
    €412.6m"): the figure after the colon is of that measure (was: no claim, the word in a clause of its own)."""
    check_construction("a labelled list", extracted(lang, "Quarrendon\n\n" + text), org,
                       [("revenue", 412.6e6, unit, {}), ("profit", 18.4e6, unit, {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Selvanne Télécom va-t-il tailler dans ses effectifs ? Le bureau d'études Ombrière Recherche estime que "
           "l'opérateur devra supprimer 1 200 postes d'ici à 2028."),
    ("en", "Will Selvanne Telecom cut jobs? The research firm Ombriere Research estimates that the operator will have "
           "to cut 1,200 jobs by 2028."),
    ("nl", "Gaat Selvanne Telecom banen schrappen? Het onderzoeksbureau Ombriere Research verwacht dat de operator "
           "tot 2028 zo'n 1.200 banen moet schrappen."),
    ("de", "Die Selvanne Telekom AG äußerte sich nicht. Das Analysehaus Ombriere Research schätzt, dass der Konzern bis 2028 "
           "rund 1.200 Stellen streichen muss."),
])
def test_an_analysts_firm_is_not_the_company_its_estimate_is_about(lang, text):
    """A word of an analysts' firm before its name (`attribution.observer_firms`: "bureau d'études", "research
    firm", "onderzoeksbureau", "Analysehaus") makes it an observer's firm: its estimate of cuts is about the company
    in the news, never the firm's own (was: 1,200 job cuts of "Ombrière Recherche")."""
    x = extracted(lang, "Selvanne\n\n" + text)
    cuts = [c for c in x.claims if c.kind == "job_cuts"]
    assert cuts and all(c.org.startswith("Selvanne") for c in cuts), [(c.kind, c.org) for c in x.claims]


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("es", "«La empresa quiere cerrar Lormeda»\n\nLa azulejera Cerámicas Quintara anunció un ERE para 120 trabajadores y "
           "el cierre de su planta de Lormeda. «Ahora vienen con 120 despidos y el cierre de Lormeda», dice la "
           "sindicalista.", "Cerámicas Quintara"),
    ("fr", "« L'entreprise veut fermer Lormeda »\n\nLe fabricant Céramiques Quintara a annoncé 120 suppressions de postes "
           "et la fermeture de son usine de Lormeda. « On nous annonce 120 suppressions et la fermeture de Lormeda », "
           "dit la syndicaliste.", "Céramiques Quintara"),
])
def test_a_town_a_firm_closes_is_no_firm(lang, text, org):
    """"La empresa quiere cerrar Lormeda": a company noun with a verb between is no cue of the name after it, and a
    name after a singular site noun, its possessive and its link ("su planta de Lormeda") is the site's place
    wherever the article names it (was: "Lormeda" a firm, taking the cuts the union's answer tells)."""
    check_construction("a town closed", extracted(lang, text), org,
                       [("job_cuts", 120, "count", {}), ("store_closure", None, None, {})])


def test_a_firm_whose_name_ends_in_a_unions_word_after_a_company_noun():
    """"Livsmedelsföretaget Hallby Livs": a company noun names the firm though its last word is a union's ("Livs",
    `entities.org_words` too), so its results are its own (was: no firm, its figures given to the firm of the brief
    before it); the union alone stays a union."""
    x = extracted("sv", "Hallby Livs tappar\n\nGjuteriföretaget Ramvik Gjuteri varslar 160 anställda.\n\n"
                        "Livsmedelsföretaget Hallby Livs redovisade i går ett rörelseresultat på 84 miljoner kronor. "
                        "Facket Livs kritiserar bolaget.")
    assert sorted((c.kind, c.org) for c in x.claims) == [("job_cuts", "Ramvik Gjuteri"), ("profit", "Hallby Livs")]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La aerolínea Tramvela Air prescindirá de 420 tripulantes. Tramvela atribuye el recorte al encarecimiento "
           "del combustible."),
    ("fr", "La compagnie Tramvela Air va supprimer 420 postes. Tramvela justifie ces suppressions par le "
           "renchérissement du carburant."),
])
def test_a_rise_in_prices_is_costs(lang, text):
    """"el encarecimiento del combustible", "le renchérissement du carburant": a rise in what things cost is a cause
    of costs (`causes.costs`; was: no cause)."""
    check_construction("a rise in prices", extracted(lang, "Tramvela\n\n" + text), "Tramvela Air",
                       [("job_cuts", 420, "count", {}), ("cause", None, None, dict(object="costs", polarity="affirm"))])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("de", "Die Quarrendon AG legte ihre Zahlen vor. Die wichtigsten Kennzahlen:\n\n• Umsatz: 412,6 Mio. Euro\n• "
           "Mitarbeiter zum 28. Februar: 5.840", "Quarrendon"),
    ("en", "Quarrendon Group published its results. Key figures:\n\n• Revenue: €412.6m\n• Employees: 5,840",
     "Quarrendon Group"),
    ("sv", "Quarrendon AB presenterade sin rapport. Nyckeltal:\n\n• Nettoomsättning: 412,6 miljoner euro\n• Anställda: "
           "5 840", "Quarrendon"),
])
def test_a_list_of_figures_labelled_by_a_staff_noun(lang, text, org):
    """A list item of a staff noun (a date at most after it) and a colon ("• Mitarbeiter zum 28. Februar: 5.840",
    "• Employees: 5,840"): the count after the colon is the staff (was: no claim; and "zum 28. Februar:" ended a
    sentence after its day, the month's colon kept it from being read as a month)."""
    check_construction("a staff label", extracted(lang, "Quarrendon\n\n" + text), org,
                       [("revenue", 412.6e6, "EUR", {}), ("workforce", 5840, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Velcombe Group will cut 1,200 jobs. \"AI is a tool that helps our people, it is not the reason for these "
           "changes,\" the chief executive said.", "Velcombe Group"),
    ("fr", "Le groupe Velcombe va supprimer 1 200 postes. « L'IA est un outil qui aide nos équipes, ce n'est pas la "
           "raison de ces changements », a déclaré le directeur général.", "Velcombe"),
    ("de", "Die Velcombe AG streicht 1.200 Stellen. „Künstliche Intelligenz ist ein Werkzeug für unsere Leute, sie "
           "ist nicht der Grund für diese Veränderungen“, sagte der Vorstandschef.", "Velcombe"),
])
def test_a_cause_said_to_be_not_the_reason_is_denied(lang, text, org):
    """"AI is a tool ..., it is not the reason for these changes": a word of reason negated later in the sentence,
    no other cause between, denies the cause (was: AI affirmed)."""
    check_construction("not the reason", extracted(lang, "Velcombe\n\n" + text), org,
                       [("job_cuts", 1200, "count", {}), ("cause", None, None, dict(object="AI", polarity="deny"))])
