"""Constructions the ninth blind set (q9) taught, in short articles the project wrote in several languages about
made-up companies: each expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("sv", "Rydholm Sparbank halverar kontorsnätet\n\nRydholm Sparbank ska stänga hälften av sina bankkontor. Samtidigt "
           "försvinner omkring 300 av bankens 2 850 tjänster.", "Rydholm Sparbank",
     [("job_cuts", 300, "count", {}), ("workforce", 2850, "count", {})]),
    ("sv", "Vassby Telekom redovisar\n\nTelekomoperatören Vassby Telekom redovisade en nettoomsättning på 7,84 miljarder "
           "kronor. Vassby bekräftar sitt besparingsprogram om 1 miljard kronor.", "Vassby Telekom",
     [("revenue", 7.84e9, "SEK", {}), ("cost_savings", 1e9, "SEK", {})]),
    ("de", "Quernheim Consulting wächst\n\nDie Unternehmensberatung Quernheim Consulting steigerte den Umsatz um sieben "
           "Prozent auf 1,05 Milliarden Euro.", "Quernheim Consulting", [("revenue", 1.05e9, "EUR", {})]),
    ("en", "Quernheim Consulting grows\n\nConsultancy Quernheim Consulting lifted revenue by seven percent to 1.05 "
           "billion euros.", "Quernheim Consulting", [("revenue", 1.05e9, "EUR", {})]),
])
def test_a_savings_bank_a_telecom_and_a_consultancy_by_their_last_word(lang, text, org, expected):
    """"Rydholm Sparbank", "Vassby Telekom", "Quernheim Consulting": a bank's, a telecom's and a consultancy's last
    word is an organisation word (`entities.org_words`; English's in every language), and "Telekomoperatören",
    "Unternehmensberatung" are company nouns before the name, no part of it."""
    check_construction("an organisation word last", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Rivelda cierra para siempre su fábrica de Orvedo\n\nLos 212 trabajadores de la planta se quedarán sin empleo."
           "\n\nORVEDO. La dirección de Rivelda confirmó ayer que la fábrica de Orvedo cerrará el 31 de diciembre. La "
           "empresa comunicó un ERE que afecta a los 212 empleados de la planta.\n\nEl alcalde de Orvedo, Óscar Llano, "
           "calificó el cierre de «golpe durísimo». «Entre empleos directos e indirectos hablamos de cerca de 600 "
           "familias», dijo."),
    ("fr", "Rivelda ferme pour de bon son usine d'Orvedo\n\nLes 212 salariés du site perdront leur emploi.\n\nORVEDO. La "
           "direction de Rivelda a confirmé hier que l'usine d'Orvedo fermera le 31 décembre. L'entreprise a présenté "
           "un plan qui touche les 212 salariés du site.\n\nLe maire d'Orvedo, Jean Lalande, parle d'un « coup "
           "terrible ». « Entre emplois directs et indirects, ce sont près de 600 familles », a-t-il dit."),
    ("en", "Rivelda to shut Orvedo mill for good\n\nAll 212 workers at the site will lose their jobs.\n\nORVEDO - Rivelda "
           "confirmed on Tuesday that the Orvedo mill will close on December 31, with the loss of 212 jobs.\n\nThe "
           "mayor of Orvedo, John Lally, called it \"a terrible blow\". \"Between direct and indirect jobs, that is "
           "nearly 600 families,\" he said."),
    ("de", "Rivelda schließt Papierfabrik in Orvedo endgültig\n\nAlle 212 Beschäftigten verlieren ihre Arbeit.\n\nORVEDO. "
           "Die Rivelda GmbH hat am Dienstag bestätigt, dass die Fabrik in Orvedo am 31. Dezember schließt. 212 Stellen "
           "fallen weg.\n\nDer Bürgermeister von Orvedo, Jan Lalle, sprach von einem „schweren Schlag“. „Zwischen "
           "direkten und indirekten Jobs sind das fast 600 Familien“, sagte er."),
])
def test_a_town_in_a_dateline_and_after_its_mayor_is_no_company(lang, text):
    """A name in capitals opening a paragraph before a full stop, a dash or a bracket ("ORVEDO. La dirección",
    "STOCKHOLM (TT)") is the dateline's place, and so is the place a public office is of ("El alcalde de Orvedo"); the
    first word after a quote opening a sentence ("«Entre empleos ...»") is sentence-initial: no organisation."""
    check_construction("a dateline's town", extracted(lang, text), "Rivelda",
                       [("store_closure", None, None, {}), ("job_cuts", 212, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Harwick Foods will cut 850 jobs, not 1,150 as reported earlier."),
    ("fr", "Correction : le groupe Harwick Foods précise qu'il s'agit de 850 suppressions de postes, et non de 1 150 "
           "comme indiqué plus tôt."),
    ("de", "Die Harwick Foods GmbH streicht 850 Stellen und nicht 1.150, wie zuvor berichtet."),
    ("nl", "Harwick Foods BV schrapt 850 banen en niet 1.150, zoals eerder gemeld."),
    ("sv", "Harwick Foods AB varslar 850 anställda och inte 1 150 som tidigare uppgetts."),
    ("es", "La empresa Harwick Foods recortará 850 empleos, y no 1.150 como se informó antes."),
])
def test_a_figure_put_aside_is_no_claim(lang, text):
    """"850 postes, et non de 1 150 comme indiqué plus tôt": the figure after a word putting it aside
    (`numbers.set_aside`) is the one corrected, no count of cuts."""
    check_construction("a figure put aside", extracted(lang, "Harwick Foods\n\n" + text), "Harwick Foods",
                       [("job_cuts", 850, "count", {})])


NOBODY = [
    ("en", "Quernheim Consulting will cut 120 jobs. \"Nobody is losing their job because of AI,\" chief executive Anna "
           "Berg said."),
    ("de", "Die Quernheim Consulting GmbH streicht 120 Stellen. „Niemand verliert bei uns wegen KI seinen Job“, sagte "
           "Geschäftsführerin Anna Berg."),
    ("nl", "Quernheim Consulting BV schrapt 120 banen. \"Niemand verliest bij ons zijn baan door AI\", zegt topvrouw Anna "
           "Berg."),
    ("sv", "Quernheim Consulting AB varslar 120 anställda. – Ingen förlorar jobbet på grund av AI, säger vd Anna Berg."),
    ("fr", "Le groupe Quernheim Consulting va supprimer 120 postes. « Personne ne perd son emploi à cause de l'IA », a "
           "déclaré la directrice générale, Anna Berg."),
    ("es", "La empresa Quernheim Consulting recortará 120 empleos. «Nadie pierde su empleo por la IA», dijo su consejera "
           "delegada, Anna Berg."),
]


@pytest.mark.parametrize(("lang", "text"), NOBODY)
def test_nobody_losing_a_job_to_a_cause_denies_it(lang, text):
    """A word of nobody opening the clause (`stance.nobody`: "Nobody", "Niemand", "Ingen", "Personne ne", "Nadie")
    negates all of it, however far the cause stands after it."""
    check_construction("nobody loses a job to it", extracted(lang, "Quernheim Consulting\n\n" + text),
                       "Quernheim Consulting",
                       [("job_cuts", 120, "count", {}), ("cause", None, None, dict(object="AI", polarity="deny"))])


def test_nobody_doubting_a_cause_affirms_it():
    """Guard: a "that" after the word of nobody opens a clause of its own, which it does not negate."""
    check_construction("nobody doubts it", extracted("en", "Quernheim Consulting\n\nQuernheim Consulting will cut 120 "
                                                           "jobs. Nobody doubts that AI drove the cuts, chief executive "
                                                           "Anna Berg said."), "Quernheim Consulting",
                       [("job_cuts", 120, "count", {}), ("cause", None, None, dict(object="AI", polarity="affirm"))])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Harwick Labs will cut 40 jobs. Harwick Labs raised $45 million from investors in 2024."),
    ("nl", "Harwick Labs BV schrapt 40 banen. Harwick Labs haalde in 2024 nog 45 miljoen euro op bij investeerders."),
    ("de", "Die Harwick Labs GmbH streicht 40 Stellen. 2024 hatte Harwick Labs 45 Millionen Euro bei Investoren "
           "eingesammelt."),
    ("fr", "Le groupe Harwick Labs va supprimer 40 postes. Harwick Labs avait levé 45 millions d'euros auprès "
           "d'investisseurs en 2024."),
    ("es", "La empresa Harwick Labs recortará 40 empleos. En 2024 Harwick Labs levantó 45 millones de euros en una ronda "
           "liderada por fondos europeos."),
    ("sv", "Harwick Labs AB varslar 40 anställda. Harwick Labs tog in 45 miljoner kronor från investerare 2024."),
])
def test_money_raised_from_investors_is_no_investment(lang, text):
    """Investors and a funding round (`money.other_measures`: "investeerders", "Investoren", "ronda") measure money
    a company raised, no investment of its own; the investment word inside them ("investe*") is theirs."""
    check_construction("money raised", extracted(lang, "Harwick Labs\n\n" + text), "Harwick Labs",
                       [("job_cuts", 40, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Mireval will close four warehouses and cut up to 230 jobs. Of the 520 staff at the four sites, about 290 will "
           "be offered a job at the new hub."),
    ("fr", "Le groupe Mireval va fermer quatre entrepôts. Jusqu'à 230 postes seront supprimés. Sur les quelque 520 "
           "salariés des quatre sites, environ 290 se verront proposer un poste sur la nouvelle plateforme."),
    ("nl", "Mireval BV sluit vier magazijnen. Tot 230 banen verdwijnen. Van de 520 medewerkers van de vier vestigingen "
           "krijgen er ongeveer 290 een baan aangeboden in het nieuwe centrum."),
    ("de", "Die Mireval GmbH schließt vier Lager. Bis zu 230 Stellen fallen weg. Von den rund 520 Beschäftigten der vier "
           "Standorte sollen etwa 290 eine Stelle im neuen Zentrum angeboten bekommen."),
    ("sv", "Mireval AB stänger fyra lager. Upp till 230 tjänster försvinner. Av de omkring 520 anställda vid de fyra "
           "lagren flyttar ungefär 290 till den nya terminalen."),
    ("es", "La empresa Mireval cerrará cuatro almacenes. Se suprimirán hasta 230 empleos. De los cerca de 520 empleados "
           "de los cuatro centros, unos 290 recibirán una oferta para trasladarse al nuevo centro."),
])
def test_the_whole_opening_a_sentence_before_its_part_is_no_cut(lang, text):
    """"Sur les quelque 520 salariés des quatre sites, environ 290 ...": a count after a partitive word opening its
    sentence (`numbers.partitive`), a part told after it, is the whole, no cut; a count of sites no verb closes
    ("des quatre sites") counts no staff."""
    check_construction("the whole first", extracted(lang, "Mireval\n\n" + text), "Mireval",
                       [("store_closure", 4, "count", {}), ("job_cuts", 230, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tallby Telecom AB has cut some 420 jobs so far, out of its roughly 9,300 employees."),
    ("sv", "Tallby Telecom AB har hittills minskat med cirka 420 tjänster, av totalt omkring 9 300 anställda."),
    ("fr", "Le groupe Tallby Telecom a supprimé quelque 420 postes à ce jour, sur ses quelque 9 300 salariés."),
    ("es", "La empresa Tallby Telecom ha recortado ya unos 420 empleos, de sus cerca de 9.300 trabajadores."),
    ("nl", "Bij Tallby Telecom BV zijn tot nu toe zo'n 420 banen geschrapt, van de ongeveer 9.300 werknemers."),
])
def test_the_whole_after_the_cut_and_its_verb_is_the_workforce(lang, text):
    """"420 tjänster försvunnit, av totalt omkring 9 300 anställda": a partitive word right before a count, a hedge
    between, makes it the whole of a count of jobs before it in the sentence, its noun and verb between: the staff,
    no cut."""
    check_construction("the whole after the cut", extracted(lang, "Tallby Telecom\n\n" + text), "Tallby Telecom",
                       [("job_cuts", 420, "count", {}), ("workforce", 9300, "count", {})])


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("sv", "Torvmark AB:s rörelseresultat sjönk till 318 miljoner kronor. Periodens resultat blev 204 miljoner kronor.",
     "SEK"),
    ("en", "Torvmark Plc's operating profit fell to £318 million. Profit for the period was £204 million.", "GBP"),
    ("de", "Das Ebit der Torvmark AG sank auf 318 Millionen Euro. Das Periodenergebnis lag bei 204 Millionen Euro.",
     "EUR"),
])
def test_the_result_of_the_period_is_the_net_income(lang, text, unit):
    """"Periodens resultat", "profit for the period", "Periodenergebnis" (`money.net_income`): what is left after
    tax, no operating profit."""
    check_construction("the period's result", extracted(lang, "Torvmark\n\n" + text), "Torvmark",
                       [("profit", 318e6, unit, {}), ("net_income", 204e6, unit, {})])


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("sv", "Torvmark Bank AB redovisade ett rörelseresultat på 3,1 miljarder kronor, och räntenettot steg till 5,62 "
           "miljarder kronor.", "SEK"),
    ("en", "Torvmark Bank Plc reported an operating profit of £3.1 billion, and net interest income rose to £5.62 "
           "billion.", "GBP"),
    ("de", "Die Torvmark Bank AG wies ein Ebit von 3,1 Milliarden Euro aus, und der Zinsüberschuss stieg auf 5,62 "
           "Milliarden Euro.", "EUR"),
    ("nl", "Torvmark Bank NV boekte een bedrijfsresultaat van 3,1 miljard euro, en de rentebaten stegen naar 5,62 "
           "miljard euro.", "EUR"),
    ("fr", "Torvmark Bank SA a publié un résultat opérationnel de 3,1 milliards d'euros, et sa marge nette d'intérêts a "
           "atteint 5,62 milliards d'euros.", "EUR"),
    ("es", "Torvmark Bank SA obtuvo un beneficio operativo de 3.100 millones de euros, y el margen de intereses "
           "alcanzó 5.620 millones de euros.", "EUR"),
])
def test_a_banks_net_interest_income_is_no_result_of_ours(lang, text, unit):
    """A bank's net interest income (`money.other_measures`: "räntenetto", "Zinsüberschuss", "margen de intereses")
    is neither its revenue nor its profit: no claim, not the operating profit of the clause before."""
    check_construction("net interest income", extracted(lang, "Torvmark Bank\n\n" + text), "Torvmark Bank",
                       [("profit", 3.1e9, unit, {})])


@pytest.mark.parametrize(("lang", "text", "kind", "unit"), [
    ("sv", "Torvmark AB:s rörelseresultat sjönk till 318 miljoner kronor. Analytiker hade i snitt räknat med ett "
           "rörelseresultat på 365 miljoner kronor.", "profit", "SEK"),
    ("nl", "Torvmark BV boekte een bedrijfsresultaat van 318 miljoen euro. Analisten hadden gemiddeld gerekend op een "
           "bedrijfsresultaat van 365 miljoen euro.", "profit", "EUR"),
    ("de", "Die Torvmark AG erzielte ein Ebit von 318 Millionen Euro. Analysten hatten im Schnitt mit einem Ebit von "
           "365 Millionen Euro gerechnet.", "profit", "EUR"),
    ("fr", "Torvmark SA a publié un résultat opérationnel de 318 millions d'euros. Les analystes tablaient sur un "
           "résultat opérationnel de 365 millions d'euros.", "profit", "EUR"),
    ("es", "Torvmark SA ganó 318 millones de euros. Los analistas contaban con un beneficio neto de 365 millones de "
           "euros.", "net_income", "EUR"),
])
def test_what_analysts_counted_on_is_not_the_companys_result(lang, text, kind, unit):
    """"Analytiker hade räknat med", "gerekend op", "tablaient sur" (`modality.expected`): the observers' estimate
    after the company's figure, no result of its own."""
    check_construction("analysts counted on", extracted(lang, "Torvmark\n\n" + text), "Torvmark",
                       [(kind, 318e6, unit, {})])


@pytest.mark.parametrize(("lang", "text", "org", "value", "unit"), [
    ("es", "La empresa Torvmark, que factura unos 95 millones de euros al año, cerrará su planta.", "Torvmark", 95e6,
     "EUR"),
    ("nl", "Torvmark Verzekeringen boekte in 2025 een premie-inkomen van 3,4 miljard euro.", "Torvmark Verzekeringen",
     3.4e9, "EUR"),
    ("en", "Torvmark Insurance Plc reported gross written premiums of £3.4 billion.", "Torvmark Insurance", 3.4e9, "GBP"),
    ("de", "Die Torvmark Versicherung AG erzielte Beitragseinnahmen von 3,4 Milliarden Euro.", "Torvmark Versicherung",
     3.4e9, "EUR"),
    ("fr", "Torvmark Assurances a enregistré des primes émises de 3,4 milliards d'euros.", "Torvmark Assurances", 3.4e9,
     "EUR"),
    ("sv", "Torvmark Försäkring AB redovisade premieintäkter på 3,4 miljarder kronor.", "Torvmark Försäkring", 3.4e9,
     "SEK"),
])
def test_an_insurers_premiums_and_what_a_firm_bills_are_its_revenue(lang, text, org, value, unit):
    """An insurer's premiums ("premie-inkomen", "gross written premiums", "Beitragseinnahmen", "primes émises") and
    what a firm bills a year ("que factura unos 95 millones") are its revenue (`money.revenue`)."""
    check_construction("premiums", extracted(lang, "Torvmark\n\n" + text), org, [("revenue", value, unit, {})])


@pytest.mark.parametrize(("lang", "text", "cut"), [
    ("nl", "Wilgenhof BV schrapt 190 banen. De directie zegt dat er geen verdere ontslagen komen.", True),
    ("nl", "Wilgenhof BV schrapt 190 banen. Er komen geen verdere ontslagen, zegt de directie.", True),
    ("de", "Die Wilgenhof GmbH streicht 190 Stellen. Weitere Entlassungen kommen nicht, sagte der Chef.", True),
    ("de", "Die Wilgenhof GmbH stellt weniger ein. Einen Stellenabbau plane die Firma aber nicht, betonte Chef Jan Ohl.",
     False),
    ("sv", "Wilgenhof AB varslar 190 anställda. Det kommer inga fler uppsägningar, säger vd Jan Ohl.", True),
    ("en", "Wilgenhof Ltd will cut 190 jobs. No further layoffs will come, chief executive Jan Ohl said.", True),
    ("fr", "Le groupe Wilgenhof va supprimer 190 postes. Aucune autre suppression de postes n'aura lieu, a assuré le PDG.",
     True),
])
def test_further_cuts_that_will_not_come_are_denied(lang, text, cut):
    """Further cuts said to come or take place (`stance.further`: "komen", "kommer", "will come", "auront lieu"),
    or planned in the subjunctive of reported speech ("plane"), are an outlook, denied under a negation."""
    expected = [("layoff_outlook", None, None, dict(polarity="deny"))] + ([("job_cuts", 190, "count", {})] if cut else [])
    check_construction("no further cuts to come", extracted(lang, "Wilgenhof\n\n" + text), "Wilgenhof", expected)


def test_a_unions_demand_that_no_cuts_come_is_no_outlook():
    """Guard: "De vakbond eist dat er geen verdere ontslagen komen" is the union's wish, no outlook of the company's."""
    check_construction("a demand", extracted("nl", "Wilgenhof\n\nWilgenhof BV schrapt 190 banen. De vakbond eist dat er "
                                                   "geen verdere ontslagen komen."), "Wilgenhof",
                       [("job_cuts", 190, "count", {})])


@pytest.mark.parametrize(("lang", "text", "outlook"), [
    ("de", "Die Unternehmensberatung Steinhövel Consulting will wegen des Einsatzes von Künstlicher Intelligenz "
           "deutlich weniger Mitarbeiter einstellen. Einen Stellenabbau plane die Beratung aber nicht, betonte Chef Jan "
           "Ohl.", True),
    ("de", "Die Unternehmensberatung Steinhövel Consulting hat angekündigt, wegen KI weniger junge Leute einzustellen.",
     False),
    ("en", "Consultancy Steinhövel Consulting will hire fewer staff because of artificial intelligence. It is not "
           "planning any layoffs, chief executive Jan Ohl said.", True),
    ("nl", "Adviesbureau Steinhövel Consulting neemt door kunstmatige intelligentie minder medewerkers aan. Ontslagen "
           "plant het bedrijf niet, zei topman Jan Ohl.", True),
    ("sv", "Konsultbolaget Steinhövel Consulting anställer färre medarbetare på grund av AI. Några uppsägningar planeras "
           "inte, säger vd Jan Ohl.", True),
    ("fr", "Le cabinet de conseil Steinhövel Consulting va recruter moins de salariés à cause de l'intelligence "
           "artificielle. Aucun licenciement n'est prévu, assure son PDG, Jan Ohl.", True),
    ("es", "La consultora Steinhövel Consulting contratará menos empleados por la inteligencia artificial. No hay "
           "despidos previstos, aseguró su consejero delegado, Jan Ohl.", True),
])
def test_a_cause_of_hiring_fewer_is_no_cause_of_cuts(lang, text, outlook):
    """"will hire fewer staff because of AI": a word of fewer beside a verb of hiring (`claims.hire`) speaks of hires,
    no cuts; AI is no cause of cuts the company says it does not make."""
    expected = [("layoff_outlook", None, None, dict(polarity="deny"))] if outlook else []
    check_construction("hiring fewer", extracted(lang, "Steinhövel Consulting\n\n" + text), "Steinhövel Consulting",
                       expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le sidérurgiste Tarvel va arrêter son haut-fourneau de Hayange."),
    ("en", "Steelmaker Tarvel Plc will shut its blast furnace in Hayange."),
    ("de", "Der Stahlkonzern Tarvel legt seinen Hochofen in Hayange still."),
    ("nl", "Staalbedrijf Tarvel BV sluit zijn hoogoven in Hayange."),
    ("sv", "Stålbolaget Tarvel AB stänger masugnen i Hayange."),
    ("es", "La siderúrgica Tarvel cerrará su alto horno de Hayange."),
])
def test_a_blast_furnace_stopped_is_a_site_closed(lang, text):
    """A blast furnace, a paper mill, a steelworks are sites (`stores.nouns`, `stores.one`, their place after them
    in `entities.locative`), and stopping one ("arrêter son haut-fourneau") closes it."""
    check_construction("a blast furnace", extracted(lang, "Tarvel\n\n" + text), "Tarvel", [("store_closure", None, None, {})])


def test_a_figure_corrected_later_is_withdrawn_where_it_was_first_given():
    """A live blog's "1 150 postes sont concernés", corrected later ("850 suppressions de postes, et non de 1 150
    comme indiqué plus tôt"), is no claim where it was first given either."""
    x = extracted("fr", "Tarvel\n\n09h42 – Le sidérurgiste Tarvel va arrêter son haut-fourneau de Hayange. Selon la "
                        "direction, 1 150 postes sont concernés.\n\n10h15 – Correction : la direction précise qu'il "
                        "s'agit de 850 suppressions de postes, et non de 1 150 comme indiqué plus tôt.")
    check_construction("a figure corrected", x, "Tarvel", [("store_closure", None, None, {}), ("job_cuts", 850, "count", {})])


def test_a_count_disputed_is_not_withdrawn():
    """Guard: "nicht 380, sondern mindestens 450" puts the company's count aside in the works council's words, before
    its own: the company's count stays where the company gave it."""
    x = extracted("de", "Tarvel\n\nDie Tarvel GmbH streicht 380 Stellen. Betroffen seien nicht 380, sondern mindestens "
                        "450 Beschäftigte, sagte der Betriebsratschef.")
    assert [c.quantity.value for c in x.claims if c.kind == "job_cuts"][:1] == [380]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le groupe Tarvel va supprimer 850 postes.\n\n10h50 – Le directeur général, Yves Roncelin, évoque des prix de "
           "l'énergie « deux fois plus élevés qu'aux États-Unis »."),
    ("en", "Tarvel Plc will cut 850 jobs.\n\nChief executive Yves Roncelin cited energy prices twice as high as in the "
           "United States."),
    ("de", "Die Tarvel GmbH streicht 850 Stellen.\n\nVorstandschef Yves Roncelin verwies auf Energiepreise, die doppelt "
           "so hoch seien wie in den USA."),
    ("es", "La empresa Tarvel recortará 850 empleos.\n\nEl consejero delegado, Yves Roncelin, alude a un precio de la "
           "energía que dobla el de Estados Unidos."),
    ("nl", "Tarvel BV schrapt 850 banen.\n\nTopman Yves Roncelin wijst op energieprijzen die twee keer zo hoog zijn als "
           "in de Verenigde Staten."),
    ("sv", "Tarvel AB varslar 850 anställda.\n\nVd Yves Roncelin pekar på energipriser som är dubbelt så höga som i USA."),
])
def test_a_cause_the_chief_points_to_in_a_paragraph_after_the_cuts(lang, text):
    """A reason a chief points to after the cuts (`stance.reason`: "évoque", "verwies auf", "alude a") is theirs;
    an energy price in the singular is a cost too ("el precio de la energía")."""
    check_construction("a reason pointed to", extracted(lang, "Tarvel\n\n" + text), "Tarvel",
                       [("job_cuts", 850, "count", {}), ("cause", None, None, dict(object="costs", polarity="affirm"))])


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("sv", "Telekomoperatören Tallby Telekom redovisade på torsdagen en nettoomsättning på 7,84 miljarder kronor för andra "
           "kvartalet, ned från 8,02 miljarder kronor samma period i fjol.", "SEK"),
    ("en", "Tallby Telekom Plc reported revenue of £7.84 billion for the second quarter, down from £8.02 billion in the "
           "same period a year earlier.", "GBP"),
])
def test_a_result_down_from_the_same_period_last_year(lang, text, unit):
    """"ned från 8,02 miljarder kronor samma period i fjol" (`time.base`, `time.year_earlier`): the result compared
    with, of the period a year before."""
    check_construction("down from last year's", extracted(lang, "Tallby Telekom\n\n" + text), "Tallby Telekom",
                       [("revenue", 7.84e9, unit, {}), ("revenue", 8.02e9, unit, {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Zilverberg BV schrapt 480 banen. \"Onze kosten liggen te hoog in vergelijking met andere verzekeraars\", zegt "
           "topvrouw Marleen Oud."),
    ("de", "Die Zilverberg AG streicht 480 Stellen. „Unsere Kosten sind zu hoch im Vergleich zu anderen Versicherern“, "
           "sagte Chefin Marleen Oud."),
    ("en", "Zilverberg Plc will cut 480 jobs. \"Our costs are too high compared with other insurers,\" chief executive "
           "Marleen Oud said."),
])
def test_costs_said_to_be_too_high_are_a_cause(lang, text):
    """Costs said to be too high (`causes.trend`: "te hoog", "zu hoch", "too high") right after the cuts: their cause."""
    check_construction("costs too high", extracted(lang, "Zilverberg\n\n" + text), "Zilverberg",
                       [("job_cuts", 480, "count", {}), ("cause", None, None, dict(object="costs", polarity="affirm"))])


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Wilgenhof BV schrapt 190 banen. \"Met de flexkrachten erbij zijn we met ongeveer 2.400 mensen\", zegt topman "
           "Jan Ohl."),
    ("fr", "Le groupe Wilgenhof va supprimer 190 postes. « Nous sommes un peu plus de 2 400 en France », dit le PDG, Jan "
           "Ohl."),
    ("en", "Wilgenhof Ltd will cut 190 jobs. \"We are about 2,400 people,\" chief executive Jan Ohl said."),
    ("sv", "Wilgenhof AB varslar 190 anställda. – Vi är omkring 2 400 anställda, säger vd Jan Ohl."),
    ("es", "La empresa Wilgenhof recortará 190 empleos. «Somos unas 2.400 personas», dijo su consejero delegado, Jan "
           "Ohl."),
])
def test_we_are_so_many_is_the_staff(lang, text):
    """"We are about 2,400 people", "Nous sommes un peu plus de 2 400", "zijn we met ongeveer 2.400 mensen": the
    staff of the firm whose chief says it (`claims.we_are`, a hedge between), no cut of the sentence before."""
    check_construction("we are so many", extracted(lang, "Wilgenhof\n\n" + text), "Wilgenhof",
                       [("job_cuts", 190, "count", {}), ("workforce", 2400, "count", {})])
