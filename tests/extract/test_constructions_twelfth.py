"""Constructions the twelfth blind set (q11) taught, in short articles the project wrote in several languages about
made-up companies: each expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Tornquist Bau GmbH streicht 180 Stellen. Geschäftsführer Jens Tornquist sagte, der Markt sei schwach. "
           "Herr Tornquist, wie geht es weiter?"),
    ("sv", "Tornquist Bygg AB varslar 180 anställda. Vd Jens Tornquist säger att marknaden är svag. Tornquist tror inte "
           "på en snabb vändning."),
    ("nl", "Tornquist Bouw BV schrapt 180 banen. Directeur Jens Tornquist zegt dat de markt zwak is. Tornquist verwacht "
           "geen snel herstel."),
    ("en", "Tornquist Building Ltd will cut 180 jobs. Managing director Jens Tornquist said the market was weak. "
           "Tornquist expects no quick recovery."),
])
def test_a_firm_named_after_its_chief_ends_in_a_legal_form(lang, text):
    """"Die Tornquist Bau GmbH" beside "Geschäftsführer Jens Tornquist": capitalised words ending in a legal form are
    the firm's whole name though the first is a person's surname (it was cut to "Bau")."""
    org = {"de": "Tornquist Bau", "sv": "Tornquist Bygg", "nl": "Tornquist Bouw", "en": "Tornquist Building"}[lang]
    check_construction("a firm with its chief's name", extracted(lang, "Tornquist\n\n" + text), org,
                       [("job_cuts", 180, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Tornquist GmbH streicht 180 Stellen.\n\nSind weitere Entlassungen ausgeschlossen?\n\nDas kann ich heute "
           "nicht versprechen."),
    ("en", "Tornquist Ltd will cut 180 jobs.\n\nAre further layoffs ruled out?\n\nI cannot promise that today."),
    ("nl", "Tornquist BV schrapt 180 banen.\n\nZijn verdere ontslagen uitgesloten?\n\nDat kan ik vandaag niet beloven."),
    ("fr", "Tornquist va supprimer 180 postes.\n\nD'autres licenciements sont-ils exclus ?\n\nJe ne peux pas le promettre "
           "aujourd'hui."),
])
def test_an_interviewers_question_is_no_outlook(lang, text):
    """"Sind weitere Entlassungen ausgeschlossen?": a question gives no outlook of further cuts (it was a denial)."""
    check_construction("a question of further cuts", extracted(lang, "Tornquist\n\n" + text), "Tornquist",
                       [("job_cuts", 180, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El banco Tornquist obtuvo un beneficio neto de 1.200 millones de euros y repartirá un dividendo de 0,32 "
           "euros por acción."),
    ("en", "Tornquist Bank made a net profit of 1.2 billion euros and will pay a dividend of 0.32 euros per share."),
    ("de", "Die Tornquist Bank AG erzielte einen Nettogewinn von 1,2 Milliarden Euro und zahlt eine Dividende von 0,32 "
           "Euro je Aktie."),
    ("sv", "Tornquist Bank redovisade ett nettoresultat på 1,2 miljarder euro och föreslår en utdelning på 0,32 euro per "
           "aktie."),
    ("nl", "Tornquist Bank boekte een nettowinst van 1,2 miljard euro en keert een dividend uit van 0,32 euro per "
           "aandeel."),
    ("fr", "La banque Tornquist a dégagé un bénéfice net de 1,2 milliard d'euros et versera un dividende de 0,32 euro "
           "par action."),
])
def test_a_sum_per_share_is_no_result(lang, text):
    """"un dividendo de 0,32 euros por acción" beside the net profit: a sum per share (`numbers.per_share`) measures
    no result of the firm (it was a net income of 0.32 euros)."""
    org = "Tornquist" if lang in ("es", "fr") else "Tornquist Bank"
    check_construction("a sum per share", extracted(lang, "Tornquist\n\n" + text), org,
                       [("net_income", 1.2e9, "EUR", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tornquist Ltd will cut 450 jobs, it said on Tuesday.\n\n(Corrects number of job cuts in first paragraph to "
           "450 from 540 after company clarified figure)"),
    ("de", "Die Tornquist GmbH streicht 450 Stellen, teilte sie am Dienstag mit.\n\n(Korrigiert die Zahl der "
           "Stellen im ersten Absatz: 450 statt 540 Stellen)"),
    ("nl", "Tornquist BV schrapt 450 banen, meldde het bedrijf dinsdag.\n\n(Correctie: in een eerdere versie stond "
           "dat Tornquist 540 banen schrapt)"),
    ("sv", "Tornquist AB varslar 450 anställda, meddelade bolaget på tisdagen.\n\n(Rättelse: i en tidigare version "
           "stod att Tornquist varslar 540 anställda)"),
    ("fr", "Tornquist va supprimer 450 postes, a annoncé l'entreprise mardi.\n\n(Rectificatif : une version "
           "précédente indiquait que Tornquist supprimait 540 postes)"),
    ("es", "La empresa Tornquist recortará 450 empleos, anunció el martes.\n\n(Corrige el número de empleos "
           "recortados: 450 y no 540 empleos)"),
])
def test_an_editors_note_in_brackets_gives_no_claim(lang, text):
    """A wire's correction, a line wholly in brackets, tells of the story: the figure it corrects is no claim, nor
    the corrected one a second time ("(Corrects number of job cuts ...)" made a firm "Corrects")."""
    check_construction("an editor's note", extracted(lang, "Tornquist\n\n" + text), "Tornquist",
                       [("job_cuts", 450, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La empresa Tornquist recortará 1.150 empleos. Tras las salidas, la plantilla de Tornquist quedará en unos "
           "19.800 empleados."),
    ("sv", "Tornquist AB varslar 1 150 anställda. Efter neddragningarna kommer personalstyrkan att uppgå till omkring "
           "19 800 anställda."),
    ("fr", "Le groupe Tornquist va supprimer 1 150 postes. Après ces départs, l'effectif de Tornquist s'établira à "
           "environ 19 800 salariés."),
    ("en", "Tornquist Ltd will cut 1,150 jobs. After the departures, the workforce of Tornquist will stand at about "
           "19,800 employees."),
])
def test_the_staff_left_after_the_cuts_is_the_workforce(lang, text):
    """"Tras las salidas, la plantilla quedará en unos 19.800 empleados": a staff noun, a word of remaining or standing
    at a level right before the count (`claims.remain`, `claims.staff_at`), no cut between them: the workforce after
    the cuts (it was a cut of 19,800, the "en" read as the "by" of a change)."""
    check_construction("the staff left", extracted(lang, "Tornquist\n\n" + text), "Tornquist",
                       [("job_cuts", 1150, "count", {}), ("workforce", 19800, "count", {})])


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("fr", "Le groupe Tornquist va supprimer 95 postes. Il ferme également son antenne de Montréal, qui comptait une "
           "vingtaine de personnes.", "Montréal"),
    ("de", "Die Tornquist GmbH streicht 95 Stellen. Sie schließt zudem ihre Niederlassung in Graz, in der rund 20 "
           "Menschen arbeiten.", "Graz"),
    ("es", "La empresa Tornquist recortará 95 empleos. También cerrará su delegación de Bilbao, en la que trabajan unas "
           "20 personas.", "Bilbao"),
    ("nl", "Tornquist BV schrapt 95 banen. Het bedrijf sluit ook zijn kantoor in Gent, waar ongeveer twintig mensen "
           "werken.", "Gent"),
])
def test_a_branch_office_closed_is_a_site(lang, text, place):
    """"son antenne de Montréal", "ihre Niederlassung in Graz", "su delegación de Bilbao": a branch office is a site
    (`stores.nouns`, `stores.one`, `entities.locative`), and the staff of its relative clause no workforce (it was
    no closure, and "une vingtaine de personnes" the firm's workforce)."""
    check_construction("a branch office", extracted(lang, "Tornquist\n\n" + text), "Tornquist",
                       [("job_cuts", 95, "count", {}), ("store_closure", None, None, dict(object=place))])


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Tornquist gana un 18% menos por los costes extraordinarios de su ERE\n\nEl banco Tornquist ganó 1.042 millones "
           "de euros, lastrado por los costes de su ERE, que afecta a 1.150 empleados.",
     [("net_income", 1.042e9, "EUR", {}), ("job_cuts", 1150, "count", {})]),
    ("nl", "Winst Tornquist gedrukt door kosten van reorganisatie\n\nTornquist boekte een nettowinst van 1,2 miljard euro, "
           "gedrukt door de kosten van de reorganisatie, waarbij 1.150 banen verdwijnen.",
     [("net_income", 1.2e9, "EUR", {}), ("job_cuts", 1150, "count", {})]),
    ("en", "Tornquist profit falls on the cost of its restructuring\n\nTornquist made a net profit of 1.2 billion euros, "
           "weighed down by restructuring costs. It is cutting 1,150 jobs.",
     [("net_income", 1.2e9, "EUR", {}), ("job_cuts", 1150, "count", {})]),
    ("fr", "Le bénéfice de Tornquist plombé par le coût de son plan social\n\nLe groupe Tornquist a dégagé un bénéfice net "
           "de 1,2 milliard d'euros, plombé par les coûts de son plan social, qui prévoit 1 150 suppressions de postes.",
     [("net_income", 1.2e9, "EUR", {}), ("job_cuts", 1150, "count", {})]),
    # guard: costs the cuts answer are still their cause
    ("en", "Tornquist to cut jobs\n\nTornquist Ltd will cut 1,150 jobs because of high costs.",
     [("job_cuts", 1150, "count", {}), ("cause", None, None, dict(object="costs", polarity="affirm"))]),
])
def test_the_cost_of_the_cuts_is_no_cause_of_them(lang, text, expected):
    """"lastrado por los costes extraordinarios de su ERE": the costs of a cut plan or of cuts (a word of "of" between,
    or the plan's word right before: "restructuring costs") weigh on a result; they are no cause of the cuts (they
    were costs affirmed)."""
    check_construction("the cost of the cuts", extracted(lang, text), "Tornquist", expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Tornquist AG streicht 300 Stellen.\n\nMit weltweit 6.200 Beschäftigten erzielte das Unternehmen 2025 "
           "einen Umsatz von 2,5 Milliarden Euro."),
    ("en", "Tornquist Ltd will cut 300 jobs.\n\nWith 6,200 employees worldwide, the company made revenue of 2.5 billion "
           "euros in 2025."),
    ("fr", "Le groupe Tornquist va supprimer 300 postes.\n\nAvec 6 200 salariés dans le monde, le groupe a réalisé en 2025 "
           "un chiffre d'affaires de 2,5 milliards d'euros."),
    ("es", "La empresa Tornquist recortará 300 empleos.\n\nCon 6.200 empleados en todo el mundo, la compañía facturó "
           "2.500 millones de euros en 2025."),
    ("sv", "Tornquist AB varslar 300 anställda.\n\nMed 6 200 anställda i hela världen omsatte bolaget 2,5 miljarder euro "
           "under 2025."),
])
def test_a_sentence_opening_with_the_staff_gives_the_workforce(lang, text):
    """"Mit weltweit 6.200 Beschäftigten erzielte das Unternehmen ...": a with-word opening the sentence, the count of
    staff, then the company or a word for it a few words on (`claims.with_staff`): the workforce (it was none)."""
    check_construction("with its staff first", extracted(lang, "Tornquist\n\n" + text), "Tornquist",
                       [("job_cuts", 300, "count", {}), ("workforce", 6200, "count", {}),
                        ("revenue", 2.5e9, "EUR", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Tornquist AG streicht 300 Stellen.\n\nMit 6.200 Beschäftigten weniger erzielte das Unternehmen einen "
           "Umsatz von 2,5 Milliarden Euro."),
    ("en", "Tornquist Ltd will cut 300 jobs.\n\nWith 6,200 employees at its plant in Ohio, the company is the largest "
           "employer in the county."),
])
def test_a_sentence_opening_with_fewer_staff_or_a_sites_gives_no_workforce(lang, text):
    """Guards: "Mit 6.200 Beschäftigten weniger" is a difference, and a site's staff is no workforce."""
    x = extracted(lang, "Tornquist\n\n" + text)
    assert not [c for c in x.claims if c.kind == "workforce"]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Tornquist BV schrapt 60 banen. Het bedrijf moet volgend jaar 4,5 miljoen euro bezuinigen."),
    ("de", "Die Tornquist GmbH streicht 60 Stellen. Das Unternehmen muss im nächsten Jahr 4,5 Millionen Euro einsparen."),
    ("en", "Tornquist Ltd will cut 60 jobs. The company must save 4.5 million euros next year."),
    ("es", "La empresa Tornquist recortará 60 empleos. La compañía debe ahorrar 4,5 millones de euros el próximo año."),
])
def test_a_sum_to_cut_from_spending_is_a_saving(lang, text):
    """"moet 4,5 miljoen euro bezuinigen": a verb of cutting spending after a sum (`money.cost_savings`) makes it a
    saving (the Dutch verb was missing: no claim)."""
    check_construction("a sum to save", extracted(lang, "Tornquist\n\n" + text), "Tornquist",
                       [("job_cuts", 60, "count", {}), ("cost_savings", 4.5e6, "EUR", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La cadena Tornquist cerrará 85 tiendas. La empresa atribuye los cierres a la caída del consumo."),
    ("en", "Retailer Tornquist will close 85 stores. The company blamed the closures on weak consumer spending."),
    ("de", "Die Handelskette Tornquist schließt 85 Filialen. Das Unternehmen begründet die Schließungen mit dem "
           "schwachen Konsum."),
    ("sv", "Kedjan Tornquist stänger 85 butiker. Bolaget förklarar stängningarna med den svaga konsumtionen."),
    ("nl", "Winkelketen Tornquist sluit 85 winkels. Het bedrijf wijt de sluitingen aan de dalende consumptie."),
    ("fr", "L'enseigne Tornquist va fermer 85 magasins. L'entreprise attribue ces fermetures à la faible consommation "
           "des ménages."),
])
def test_weak_consumption_is_weak_demand(lang, text):
    """"la caída del consumo", "weak consumer spending", "dem schwachen Konsum": consumption beside a word of a trend
    (`causes.demand`, a weak cue) is demand (it was no cause)."""
    check_construction("weak consumption", extracted(lang, "Tornquist\n\n" + text), "Tornquist",
                       [("store_closure", 85, "count", {}), ("cause", None, None, dict(object="demand", polarity="affirm"))])
