"""Constructions the sixteenth blind set (q15: articles as a scraper gets them from outlets' pages, with their
furniture) taught, in short articles the project wrote in several languages about made-up companies: each
expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pellmark Ltd will cut 240 jobs, it said on Tuesday.\n\nRead more: Ostrow Foods to shut two plants, "
           "cut 600 jobs\n\nPellmark employs about 3,100 people."),
    ("nl", "Pellmark BV schrapt 240 banen, meldde het bedrijf dinsdag.\n\nLees ook: Bij Ostrow Voeding verdwijnen "
           "600 banen\n\nPellmark heeft ongeveer 3.100 medewerkers."),
    ("sv", "Pellmark AB varslar 240 anställda, meddelade bolaget på tisdagen.\n\nLäs även: Ostrow Livs varslar 600 "
           "i Gävle\n\nPellmark har omkring 3 100 anställda."),
    ("de", "Die Pellmark GmbH streicht 240 Stellen, teilte sie am Dienstag mit.\n\nLesen Sie auch: Zulieferer "
           "Ostrow streicht 600 Stellen\n\nPellmark beschäftigt rund 3.100 Mitarbeiter."),
    ("fr", "Pellmark va supprimer 240 postes, a annoncé l'entreprise mardi.\n\nÀ lire aussi : Ostrow Industries "
           "supprime 600 emplois à Lyon\n\nPellmark emploie environ 3 100 personnes."),
    ("es", "La empresa Pellmark recortará 240 empleos, anunció el martes.\n\nLea también: Ostrow Textil cierra su "
           "planta de Alcoy y despide a 600 empleados\n\nPellmark emplea a unos 3.100 trabajadores."),
])
def test_a_read_more_line_is_another_story(lang, text):
    """A line opening with a label of a related story and a colon (`sentences.related`: "Read more:", "Lees ook:",
    "Läs även:", "Lesen Sie auch:", "À lire aussi :", "Lea también:") links to another story: no claim and no
    organisation from it (was: the other firm's 600 cuts, a claim of the other firm or of the article's)."""
    check_construction("a read-more line", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("job_cuts", 240, "count", {}), ("workforce", 3100, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pellmark Ltd will cut 240 jobs, it said on Tuesday.\n\nREAD MORE:\nSteel prices hit record as supply "
           "tightens\nOstrow Foods to shut two plants, cut 600 jobs\n\nPellmark employs about 3,100 people."),
    ("de", "Die Pellmark GmbH streicht 240 Stellen, teilte sie am Dienstag mit.\n\nMehr zum Thema\nOstrow baut 600 "
           "Stellen in der Schweiz ab\nWarum die Branche unter Druck gerät\n\nPellmark beschäftigt rund 3.100 "
           "Mitarbeiter."),
    ("sv", "Pellmark AB varslar 240 anställda, meddelade bolaget på tisdagen.\n\nRelaterat\nOstrow Livs varslar 600 "
           "i Gävle\n\nPellmark har omkring 3 100 anställda."),
    ("es", "La empresa Pellmark recortará 240 empleos, anunció el martes.\n\nNoticias relacionadas\nOstrow Textil "
           "despide a 600 empleados en Alcoy\n\nPellmark emplea a unos 3.100 trabajadores."),
])
def test_the_headlines_under_a_related_label_are_other_stories(lang, text):
    """The headlines listed right under a related label alone on its line ("READ MORE:", "Mehr zum Thema",
    "Relaterat", "Noticias relacionadas"), up to a blank line or a sentence's full stop, are other stories: no claim
    (was: the other firm's 600 cuts given to the article's firm)."""
    check_construction("related headlines", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("job_cuts", 240, "count", {}), ("workforce", 3100, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pellmark\n\nRelated\n\n\"Costs have risen too fast,\" said chief executive Ivo Brandt. Pellmark will "
           "cut 240 jobs."),
    ("fr", "Pellmark\n\nÀ lire aussi\n\nPellmark va supprimer 240 postes, a annoncé l'entreprise mardi."),
])
def test_a_related_label_alone_in_its_paragraph_leaves_the_next_paragraph_the_news(lang, text):
    """A related label alone in its paragraph, a blank line after it, takes nothing from the paragraph after."""
    assert [c.quantity.value for c in extracted(lang, text).claims if c.kind == "job_cuts"] == [240]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der Pharmakonzern Pellmark Pharma (SIX: PELP) schliesst ein Labor. Rund 260 Stellen fallen dadurch weg, wie "
           "das Unternehmen am Donnerstag mitteilte. Die Aktie verlor an der SIX 6,3 Prozent."),
    ("en", "Drugmaker Pellmark Pharma (NYSE: PELP) will shut a laboratory. About 260 jobs will go, the company said on "
           "Thursday. Shares fell 6.3% on the NYSE."),
    ("sv", "Läkemedelsbolaget Pellmark Pharma (STO: PELP B) lägger ned ett laboratorium. Omkring 260 tjänster "
           "försvinner, meddelade bolaget på torsdagen. Aktien föll med 6,3 procent på STO."),
    ("nl", "Farmaceut Pellmark Pharma (AMS: PELP) sluit een laboratorium. Er verdwijnen zo'n 260 banen, meldde het "
           "bedrijf donderdag. Het aandeel verloor 6,3 procent op AMS."),
    ("fr", "Le laboratoire Pellmark Pharma (SIX : PELP) ferme un centre d'essais. Environ 260 postes seront supprimés, "
           "a indiqué l'entreprise jeudi. L'action a perdu 6,3 % à la SIX."),
    ("es", "La farmacéutica Pellmark Pharma (BME: PELP) cerrará un laboratorio. Unos 260 empleos desaparecerán, informó "
           "la empresa el jueves. La acción cayó un 6,3% en BME."),
])
def test_a_ticker_s_exchange_is_no_organisation(lang, text):
    """A ticker in brackets, an exchange's name, a colon and a symbol in capitals ("(SIX: PELP)", "(STO: PELP B)",
    "(NYSE: PELP)"), names no organisation, and its exchange is none wherever the article names it ("an der SIX")
    (was: "SIX" named last before the cuts took them)."""
    check_construction("a ticker", extracted(lang, "Pellmark Pharma\n\n" + text), "Pellmark Pharma",
                       [("job_cuts", 260, "count", {})])


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("sv", "Pellmark AB publicerar i dag sin delårsrapport.\n\nFjärde kvartalet 2025\n• Nettoomsättningen minskade till 2 140 miljoner kronor (2 385)\n• "
           "Rörelseresultatet uppgick till 96 miljoner kronor (188)", "SEK"),
    ("nl", "Pellmark BV publiceert vandaag zijn kwartaalcijfers.\n\nVierde kwartaal 2025\n• De omzet daalde naar 2.140 miljoen euro (2.385)\n• Het bedrijfsresultaat "
           "kwam uit op 96 miljoen euro (188)", "EUR"),
    ("de", "Die Pellmark GmbH legt heute ihre Quartalszahlen vor.\n\nViertes Quartal 2025\n• Der Umsatz sank auf 2.140 Millionen Euro (2.385)\n• Das operative Ergebnis "
           "erreichte 96 Millionen Euro (188)", "EUR"),
    ("en", "Pellmark Ltd published its quarterly report today.\n\nFourth quarter 2025\n• Revenue fell to 2,140 million euros (2,385)\n• Operating profit came to 96 "
           "million euros (188)", "EUR"),
])
def test_a_heading_of_a_period_dates_the_list_under_it(lang, text, unit):
    """A heading naming a period right above a list ("Fjärde kvartalet 2025", "Fourth quarter 2025") dates its items
    as a line ending in a colon would: a bare figure in brackets after an item's result is the same result a year
    before (was: no period, so no figure of the year before)."""
    check_construction("a period's heading", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("revenue", 2140000000, unit, {"when": "2025-Q4"}), ("revenue", 2385000000, unit, {"when": "2024-Q4"}),
                        ("profit", 96000000, unit, {"when": "2025-Q4"}), ("profit", 188000000, unit, {"when": "2024-Q4"})])


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("nl", "Pellmark BV maakt vandaag zijn halfjaarcijfers bekend.\n\nBelangrijkste punten\n- Bedrijfsresultaat (EBIT): "
           "52 miljoen euro\n- Aantal medewerkers per 30 juni: 5.240", "EUR"),
    ("en", "Pellmark Ltd published its half-year results today.\n\nHighlights\n• Operating profit (EBIT): 52 million "
           "euros\n• Number of employees at 30 June: 5,240", "EUR"),
    ("de", "Die Pellmark GmbH legt heute ihre Halbjahreszahlen vor.\n\nDas Wichtigste\n• Betriebsergebnis (EBIT): 52 "
           "Millionen Euro\n• Anzahl Mitarbeiter zum 30. Juni: 5.240", "EUR"),
    ("sv", "Pellmark AB publicerar i dag sin halvårsrapport.\n\nI korthet\n• Rörelseresultat (EBIT): 52 miljoner "
           "kronor\n• Antal anställda vid periodens slut: 5 240", "SEK"),
    ("fr", "Pellmark SA publie aujourd'hui ses résultats semestriels.\n\nPoints clés\n• Résultat opérationnel (EBIT) : "
           "52 millions d'euros\n• Nombre de salariés au 30 juin : 5 240", "EUR"),
    ("es", "Pellmark SA publica hoy sus resultados semestrales.\n\nDatos clave\n• Resultado operativo (EBIT): 52 "
           "millones de euros\n• Número de empleados a 30 de junio: 5.240", "EUR"),
])
def test_a_list_item_s_label_may_carry_an_abbreviation_or_a_count_of_staff(lang, text, unit):
    """A list item's money word with its abbreviation in brackets before the colon ("Bedrijfsresultaat (EBIT):")
    labels the figure after it, and so does a staff noun after a word of the number of ("Aantal medewerkers per 30
    juni:", "Number of employees at 30 June:", `numbers.count_of`) label the staff (was: neither)."""
    check_construction("a list's labels", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("profit", 52000000, unit, {}), ("workforce", 5240, "count", {})])


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("nl", "Pellmark BV boekte in het eerste halfjaar van 2025 een nettowinst van 31 miljoen euro (eerste halfjaar "
           "2024: 27 miljoen euro).", "EUR"),
    ("en", "Pellmark Ltd's net profit for the first half of 2025 was 31 million euros (first half 2024: 27 million "
           "euros).", "EUR"),
    ("de", "Die Pellmark GmbH erzielte im ersten Halbjahr 2025 einen Nettogewinn von 31 Millionen Euro (erstes "
           "Halbjahr 2024: 27 Millionen Euro).", "EUR"),
    ("sv", "Pellmark AB:s nettoresultat för första halvåret 2025 blev 31 miljoner kronor (första halvåret 2024: 27 "
           "miljoner kronor).", "SEK"),
])
def test_a_period_and_its_year_before_a_colon_in_brackets_dates_the_result_before(lang, text, unit):
    """A bracket after a result opening with a period of a year named and a colon ("(eerste halfjaar 2024: 27
    miljoen euro)", "(first half 2024: ...)") gives the result of that period, as "(2024: 540 miljoen)" gives that
    year's (was: only a bare year so opened it)."""
    check_construction("a period's result in brackets", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("net_income", 31000000, unit, {"when": "2025-H1"}),
                        ("net_income", 27000000, unit, {"when": "2024-H1"})])


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Pellmark BV schrapt 350 banen. Pellmark heeft in Nederland zo'n 2.900 medewerkers, wereldwijd ruim 6.000."),
    ("de", "Die Pellmark GmbH streicht 350 Stellen. Pellmark beschäftigt in Deutschland rund 2.900 Mitarbeiter, "
           "weltweit mehr als 6.000."),
    ("sv", "Pellmark AB varslar 350 anställda. Pellmark har omkring 2 900 anställda i Sverige, globalt drygt 6 000."),
])
def test_a_word_of_the_whole_before_the_next_count_continues_a_staff_list(lang, text):
    """A count with no noun after a workforce, a word of the whole right before it (`segments.total`: "wereldwijd",
    "weltweit", "globalt"; a hedge between), continues the list: the whole staff (was: no claim)."""
    check_construction("the whole's count", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("job_cuts", 350, "count", {}), ("workforce", 2900, "count", {}),
                        ("workforce", 6000, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Pellmark BV sluit zijn distributiecentrum in Tilburg. Van de 180 medewerkers kunnen er 120 mee naar "
           "Moerdijk; voor de overige 60 wordt een sociaal plan opgesteld."),
    ("en", "Pellmark Ltd will close its warehouse in Leeds. Of the 180 staff, 120 can move to Hull; the remaining 60 "
           "will be covered by a social plan."),
    ("fr", "Pellmark va fermer son entrepôt de Lille. Sur les 180 salariés, 120 pourront rejoindre Arras ; pour les 60 "
           "restants, un plan social sera négocié."),
    ("es", "Pellmark cerrará su almacén de Lleida. De los 180 empleados, 120 podrán trasladarse a Reus; para los 60 "
           "restantes se negociará un plan social."),
])
def test_the_rest_given_a_social_plan_are_cut(lang, text):
    """The rest of a site's staff given a social plan (`claims.exits`: "sociaal plan", "social plan", "plan social")
    lose their jobs, as the rest given severance do (was: no cut)."""
    check_construction("the rest given a social plan", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("store_closure", None, None, {}), ("job_cuts", 60, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Pellmark AG schliesst ihr Werk in Allschwil, 260 Stellen fallen weg. Rund 90 Mitarbeitende erhalten "
           "ein Angebot am Hauptsitz in Basel."),
    ("en", "Pellmark Ltd will close its plant in Leeds, with the loss of 260 jobs. About 90 employees will "
           "receive an offer at its head office in York."),
    ("nl", "Pellmark BV sluit zijn fabriek in Leiden, 260 banen verdwijnen. Zo'n 90 medewerkers krijgen een "
           "aanbod op het hoofdkantoor in Delft."),
    ("fr", "Pellmark ferme son usine de Lille, 260 postes sont supprimés. Environ 90 salariés recevront une "
           "offre au siège d'Arras."),
])
def test_staff_receiving_an_offer_are_no_cut(lang, text):
    """Staff who receive an offer of another job (`claims.hire`: "erhalten ein Angebot", "receive an offer",
    "krijgen een aanbod", "recevront une offre") keep work: no cut (was: 90 cuts beside the 260)."""
    check_construction("an offer", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("store_closure", None, None, {}), ("job_cuts", 260, "count", {})])


@pytest.mark.parametrize("text", [
    "Der Pharmakonzern Pellmark schliesst seinen Forschungsstandort in Allschwil. Rund 260 Stellen fallen weg.",
    "Die Pellmark GmbH schließt ihren Produktionsstandort in Kassel. Rund 260 Stellen fallen weg.",
    "Die Pellmark GmbH will den Logistikstandort in Kassel bis Ende 2027 schließen, rund 260 Stellen fallen weg.",
])
def test_a_compound_of_standort_is_a_site(text):
    """A German compound of "Standort" (`stores.nouns` "*standort": "Forschungsstandort", "Produktionsstandort") is
    one site, closed as "Standort" is; Swiss "schliesst" closes it (was: no closure)."""
    check_construction("a site's compound", extracted("de", "Pellmark\n\n" + text), "Pellmark",
                       [("store_closure", None, None, {}), ("job_cuts", 260, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pellmark Ltd will cut 300 jobs.\n\nAbout Pellmark\nFounded in 2009 and headquartered in Leeds, Pellmark employs "
           "more than 3,400 people in 12 countries."),
    ("de", "Die Pellmark GmbH streicht 300 Stellen.\n\nÜber Pellmark\nDie 1987 gegründete Pellmark GmbH beschäftigt rund "
           "3.400 Mitarbeiter in 12 Ländern."),
    ("nl", "Pellmark BV schrapt 300 banen.\n\nOver Pellmark\nPellmark werd in 1998 opgericht en heeft circa 3.400 "
           "medewerkers in 12 landen."),
    ("sv", "Pellmark AB varslar 300 anställda.\n\nOm Pellmark\nPellmark grundades 1946 och har i dag omkring 3 400 "
           "anställda i 12 länder."),
    ("fr", "Pellmark va supprimer 300 postes.\n\nÀ propos de Pellmark\nFondé en 1974, Pellmark emploie environ 3 400 "
           "personnes dans 12 pays."),
    ("es", "La empresa Pellmark recortará 300 empleos.\n\nSobre Pellmark\nFundada en 1987, Pellmark emplea a unos 3.400 "
           "trabajadores en 12 países."),
])
def test_a_founding_year_dates_no_figure(lang, text):
    """A year a firm was founded in (`time.founded`: "Founded in 2009", "Die 1987 gegründete", "werd in 1998
    opgericht", "grundades 1946", "Fondé en 1974", "Fundada en 1987"), as a press release's "About" paragraph writes
    it, dates no figure of its sentence: the staff is of the day told (was: the workforce of 2009)."""
    check_construction("a founding year", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("job_cuts", 300, "count", {}), ("workforce", 3400, "count", {"when": "2026-03-04"})])


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Pellmark BV heeft in het eerste halfjaar van 2025 een omzet behaald van 846 miljoen euro, een stijging van "
           "4 procent ten opzichte van dezelfde periode vorig jaar (814 miljoen euro)."),
    ("en", "Pellmark Ltd posted revenue of 846 million euros in the first half of 2025, up 4% from the same period last "
           "year (814 million euros)."),
    ("sv", "Pellmark AB:s omsättning ökade under första halvåret 2025 till 846 miljoner euro, en ökning med 4 procent "
           "jämfört med samma period förra året (814 miljoner euro)."),
    ("fr", "Pellmark a réalisé au premier semestre 2025 un chiffre d'affaires de 846 millions d'euros, en hausse de "
           "4 % par rapport à la même période de l'an dernier (814 millions d'euros)."),
])
def test_a_sum_in_brackets_after_the_same_period_is_of_that_period(lang, text):
    """A sum in brackets right after a word of the same period and its year (`numbers.same_period`: "ten opzichte van
    dezelfde periode vorig jaar (814 miljoen euro)", "from the same period last year (...)") is the result of that
    period a year before, as a sum right before such a word is (was: of the whole of last year, a false level)."""
    check_construction("the same period's sum", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("revenue", 846000000, "EUR", {"when": "2025-H1"}),
                        ("revenue", 814000000, "EUR", {"when": "2024-H1"})])


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Pellmark AB har beslutat att stänga fabriken i Ånge vid utgången av 2026. Produktionen flyttas till "
           "Sundsvall. Totalt berörs omkring 110 tjänster av förändringen."),
    ("en", "Pellmark Ltd has decided to close its plant in Leeds at the end of 2026. Production will move to Hull. In "
           "all, about 110 jobs are affected by the change."),
    ("de", "Die Pellmark GmbH hat beschlossen, ihr Werk in Kassel Ende 2026 zu schließen. Die Produktion wird nach "
           "Fulda verlagert. Insgesamt sind rund 110 Stellen von der Änderung betroffen."),
])
def test_staff_affected_two_sentences_after_a_closure_in_its_paragraph_are_cut(lang, text):
    """Staff said to be affected two sentences after a site's closure in its paragraph, the sentence between telling
    of no other figure, lose their jobs as right after it (was: no cut)."""
    check_construction("affected after a closure", extracted(lang, "Pellmark\n\n" + text), "Pellmark",
                       [("store_closure", None, None, {}), ("job_cuts", 110, "count", {})])
