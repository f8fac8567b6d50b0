"""Constructions the blind sets and the story sets still missed (x17's list), in short articles the project wrote in
several languages about made-up companies: each expectation names every claim the article gives (kind, figure,
unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted

DENIED = ("layoff_outlook", None, None, {"polarity": "deny", "object": "any"})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Danish engineering group Halvern reported higher revenue. There are no plans to cut jobs, a "
           "spokesperson said."),
    ("nl", "Het Deense machinebedrijf Halvern boekte een hogere omzet. Er zijn geen plannen om banen te schrappen, zei "
           "een woordvoerder."),
    ("de", "Der dänische Maschinenbauer Halvern steigerte den Umsatz. Es gibt keine Pläne, Stellen abzubauen, sagte "
           "ein Sprecher."),
    ("sv", "Den danska verkstadskoncernen Halvern ökade omsättningen. Det finns inga planer på att säga upp personal, "
           "säger en talesperson."),
    ("fr", "Le groupe danois Halvern a augmenté son chiffre d'affaires. Il n'est pas prévu de supprimer des postes, a "
           "indiqué un porte-parole."),
    ("es", "El grupo danés Halvern aumentó su facturación. No hay planes de recortar empleos, según un portavoz."),
])
def test_no_plans_to_cut_jobs_is_a_denial(lang, text):
    """"no plans to cut jobs", "keine Pläne, Stellen abzubauen": jobs a cut verb acts on after a word of plans stand
    for cuts, so a firm of no cut figure denies any (it gave no stance)."""
    check_construction("no plans to cut jobs", extracted(lang, "Halvern\n\n" + text), "Halvern", [DENIED])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Retailer Brasko will cut 300 jobs. Insurer Halvern, in contrast, reported higher premiums. There are no "
           "plans to cut jobs at Halvern, a spokesperson said."),
    ("sv", "Detaljhandlaren Brasko varslar 300 anställda. Försäkringsbolaget Halvern ökade däremot premieintäkterna. "
           "Det finns inga planer på uppsägningar på Halvern, säger en talesperson."),
    ("de", "Der Händler Brasko streicht 300 Stellen. Der Versicherer Halvern steigerte dagegen die Beitragseinnahmen. "
           "Bei Halvern gibt es keine Pläne, Stellen abzubauen, sagte ein Sprecher."),
])
def test_another_firms_figure_leaves_a_plain_denial(lang, text):
    """A newsletter's brief: another firm's cut figure does not block a plain denial of the firm that gives it (any
    figure in the article did); its own figure still does (below)."""
    x = extracted(lang, "Brasko\n\n" + text)
    stances = [(c.org, c.polarity, c.object) for c in x.claims if c.kind == "layoff_outlook"]
    assert stances == [("Halvern", "deny", "any")], stances


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Engineering group Halvern will cut 400 jobs. There are no plans to cut jobs at its Brakmoor plant, a "
           "spokesperson said."),
    ("de", "Der Maschinenbauer Halvern streicht 400 Stellen. Es gibt keine Pläne, Stellen abzubauen, sagte ein "
           "Sprecher."),
    ("nl", "Machinebouwer Halvern schrapt 400 banen. Er komen geen ontslagen, zei een woordvoerder."),
])
def test_a_plain_denial_beside_the_firms_own_figure_is_none(lang, text):
    """"no layoffs" beside the firm's own cut figure says how or where its cuts are made: no denial of them."""
    x = extracted(lang, "Halvern\n\n" + text)
    assert [c.kind for c in x.claims] == ["job_cuts"], [(c.kind, c.polarity) for c in x.claims]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der Maschinenbauer Halvern streicht 400 Stellen. Weitere Stellenstreichungen über das laufende Programm "
           "hinaus sind nicht geplant."),
    ("nl", "Machinebouwer Halvern schrapt 400 banen. Een tweede ontslagronde is volgens de directie niet aan de "
           "orde."),
    ("en", "Engineering group Halvern will cut 400 jobs. Further job cuts beyond the current programme are not "
           "planned."),
])
def test_further_cuts_opening_their_clause_are_denied_across_a_phrase(lang, text):
    """"Weitere Stellenstreichungen über das laufende Programm hinaus sind nicht geplant": cuts called further that
    open their clause are its subject, the word of plans up to eight words after them (three were allowed); further
    ones only, beside the figure (no "any")."""
    check_construction("further cuts not planned", extracted(lang, "Halvern\n\n" + text), "Halvern",
                       [("job_cuts", 400, "count", {}),
                        ("layoff_outlook", None, None, {"polarity": "deny", "object": None})])


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'assureur Halvern a annoncé 650 suppressions de postes d'ici à 2028. Nous sommes environ 8 000 en France. "
           "Le plan concerne donc environ 8 % des effectifs."),
    ("en", "Insurer Halvern announced 650 job cuts by 2028. We are about 8,000 in France. The plan affects about 8% of "
           "the workforce."),
    ("de", "Der Versicherer Halvern kündigte 650 Stellenstreichungen bis 2028 an. Wir sind rund 8.000 in Frankreich. "
           "Der Plan betrifft rund 8 Prozent der Belegschaft."),
    ("es", "La aseguradora Halvern anunció 650 despidos hasta 2028. Somos unos 8.000 en Francia. El plan afecta a "
           "cerca del 8 % de la plantilla."),
    ("nl", "Verzekeraar Halvern kondigde 650 ontslagen aan tot 2028. We zijn met zo'n 8.000 in Frankrijk. Het plan "
           "raakt zo'n 8 procent van het personeel."),
    ("sv", "Försäkringsbolaget Halvern aviserade 650 uppsägningar till 2028. Vi är omkring 8 000 i Frankrike. Planen "
           "berör omkring 8 procent av de anställda."),
])
def test_a_percent_of_staff_the_plan_affects_is_cut(lang, text):
    """"Le plan concerne environ 8 % des effectifs" after cuts told (the sentence between tells none): the plan the
    subject of a verb of affecting makes the share a cut, a percent job cut (it was none)."""
    x = extracted(lang, "Halvern\n\n" + text)
    cuts = sorted((c.quantity.value, c.quantity.unit) for c in x.claims if c.kind == "job_cuts")
    assert cuts == [(8, "percent"), (650, "count")], cuts


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'assureur Halvern va supprimer des postes dans ses centres d'appel. Le plan concerne environ 8 % des "
           "effectifs, a indiqué la direction."),
    ("en", "Insurer Halvern will cut jobs at its call centres. About 8% of its workforce is affected, the company has "
           "said."),
])
def test_an_auxiliary_of_saying_is_no_verb_of_employing(lang, text):
    """"a indiqué", "has said": the auxiliary before a verb of saying is no "a" or "has" of employing, so the share
    after cuts told in the sentence before is cut (it was none)."""
    check_construction("an auxiliary of saying", extracted(lang, "Halvern\n\n" + text), "Halvern",
                       [("job_cuts", 8, "percent", {})])


@pytest.mark.parametrize("text", [
    "Paper group Halvern will close its Brakmoor newsprint mill in December. Demand in Brakmoor has fallen for years.",
    "Paper group Halvern will close its Brakmoor tissue paper mill in December. Brakmoor depends on it.",
    "Paper group Halvern will close its mill in Brakmoor in December.",
])
def test_an_english_site_named_before_a_trade_word_is_closed(text):
    """"will close its Brakmoor newsprint mill": the name after a possessive, one or two words of a trade between it
    and the plant noun, is the site closed (French "son usine de transformation de Brakmoor" was; English gave none),
    and "mill" alone names one site ("its mill in Brakmoor"; "paper mill" did)."""
    check_construction("a site named before a trade word", extracted("en", "Halvern\n\n" + text), "Halvern",
                       [("store_closure", None, None, {"object": "Brakmoor", "when": "2026-12"})])


def test_a_nationality_before_a_trade_word_names_no_site():
    """"its German newsprint mill": an adjective of a country names no site."""
    x = extracted("en", "Halvern\n\nPaper group Halvern will close its German newsprint mill in December.")
    assert [c.object for c in x.claims if c.kind == "store_closure"] in ([], ["Halvern"]), x.claims


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le papetier Halvern va fermer son usine de Brakmoor et supprimer 430 postes. Le syndicat suédois Vevra "
           "estime que 480 postes vont disparaître, car des sous-traitants sont aussi touchés."),
    ("es", "La papelera Halvern cerrará su planta de Brakmoor y suprimirá 430 empleos. El sindicato sueco Vevra calcula "
           "que se perderán 480 empleos, porque también se ven afectados los subcontratistas."),
    ("fr", "Le papetier Halvern va fermer son usine de Brakmoor et supprimer 430 postes. Le syndicat Vevra estime que "
           "480 postes vont disparaître."),
    ("de", "Der Papierhersteller Halvern schließt sein Werk in Brakmoor und streicht 430 Stellen. Die schwedische "
           "Gewerkschaft Vevra schätzt, dass 480 Stellen wegfallen, weil auch Zulieferer betroffen sind."),
    ("en", "Paper group Halvern will close its mill in Brakmoor, cutting 430 jobs. The Swedish union Vevra estimates "
           "that 480 jobs will be lost, because contractors are affected too."),
    ("nl", "Papierproducent Halvern sluit zijn fabriek in Brakmoor en schrapt 430 banen. De Zweedse vakbond Vevra schat "
           "dat 480 banen verdwijnen, omdat ook toeleveranciers worden geraakt."),
])
def test_a_unions_count_after_its_name_and_nationality_is_a_third_partys(lang, text):
    """"Le syndicat suédois Vevra estime que 480 postes ...", "El sindicato X calcula que ...": the name after a union's
    common noun, an adjective of its country between, is the union's, so its count is the firm's cuts told by a third
    party, as en, nl and de read it (in fr and es the adjective made it a firm that took the cuts)."""
    x = extracted(lang, "Halvern\n\n" + text)
    cuts = sorted((c.org, c.quantity.value, c.third_party) for c in x.claims if c.kind == "job_cuts")
    assert cuts == [("Halvern", 430, False), ("Halvern", 480, True)], cuts


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Bäckerei Halvern schließt 40 Filialen. Für rund 430 Beschäftigte gibt es keine Zukunft im Unternehmen."),
    ("en", "Bakery chain Halvern will close 40 shops. For about 430 employees there is no future at the company."),
    ("nl", "Bakkerijketen Halvern sluit 40 winkels. Voor zo'n 430 medewerkers is er geen toekomst meer in het bedrijf."),
    ("sv", "Bageriet Halvern stänger 40 butiker. För omkring 430 anställda finns ingen framtid i företaget."),
    ("fr", "La chaîne de boulangeries Halvern va fermer 40 magasins. Environ 430 salariés n'ont plus d'avenir dans "
           "l'entreprise."),
    ("es", "La cadena de panaderías Halvern cerrará 40 tiendas. Para unos 430 empleados no hay futuro en la empresa."),
])
def test_staff_told_no_future_are_cut(lang, text):
    """"Für rund 430 Beschäftigte gibt es keine Zukunft im Unternehmen": staff with no future at the firm lose their
    jobs (``claims.cut``; it gave no claim)."""
    check_construction("staff told no future", extracted(lang, "Halvern\n\n" + text), "Halvern",
                       [("store_closure", 40, "count", {}), ("job_cuts", 430, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La cadena Halvern cerrará 85 tiendas. El cierre afectará a unos 640 trabajadores, de los que 290 están en "
           "España."),
    ("es", "La cadena Halvern cerrará 85 tiendas. El cierre afectará a unas 640 personas, de las que 290 están en "
           "España."),
    ("fr", "L'enseigne Halvern va fermer 85 magasins. La fermeture touchera environ 640 salariés, dont 290 sont en "
           "Espagne."),
    ("de", "Die Handelskette Halvern schließt 85 Filialen. Betroffen sind rund 640 Beschäftigte, davon 290 in "
           "Spanien."),
])
def test_a_part_after_its_whole_with_a_verb_is_cut_too(lang, text):
    """"unos 640 trabajadores, de los que 290 están en España": the part after "de los que" is a part of the cuts
    before it, as "dont 290 sont en Espagne" is (es gave none)."""
    check_construction("a part after its whole", extracted(lang, "Halvern\n\n" + text), "Halvern",
                       [("store_closure", 85, "count", {}), ("job_cuts", 640, "count", {}),
                        ("job_cuts", 290, "count", {})])


@pytest.mark.parametrize("text", [
    "Drukkerij Halvern sluit de vestiging in Brakmoor. Halvern zette vorig jaar 318 miljoen euro om, een daling van 7 "
    "procent.",
    "Drukkerij Halvern sluit de vestiging in Brakmoor. Het bedrijf zette in 2025 zo'n 318 miljoen euro om.",
])
def test_revenue_told_by_a_split_verb(text):
    """"zette vorig jaar 318 miljoen euro om": the Dutch verb of turning over, split around the sum, its particle
    ending the clause, tells the revenue (as German "setzte ... um" does; it gave none)."""
    check_construction("revenue by a split verb", extracted("nl", "Halvern\n\n" + text), "Halvern",
                       [("store_closure", None, None, {"object": "Brakmoor"}),
                        ("revenue", 318_000_000, "EUR", {"when": "2025"})])


@pytest.mark.parametrize("text", [
    "Drukkerij Halvern zette vorig jaar 12 miljoen euro opzij om de reorganisatie te betalen.",
    "Drukkerij Halvern zet 5 miljoen euro in om de fabriek te moderniseren.",
])
def test_a_sum_before_an_infinitives_om_is_no_revenue(text):
    """"zette 12 miljoen euro opzij om ... te betalen": an "om" opening an infinitive is no particle of turning over."""
    assert not [c for c in extracted("nl", "Halvern\n\n" + text).claims if c.kind == "revenue"]


@pytest.mark.parametrize(("lang", "text", "currency"), [
    ("es", "La aerolínea Halvern registró unas pérdidas netas de 61 millones de euros hasta septiembre. Sus ingresos se "
           "situaron en 1.140 millones.", "EUR"),
    ("en", "Airline Halvern made a net loss of €61 million in the nine months to September. Its revenue came to 1,140 "
           "million.", "EUR"),
    ("fr", "La compagnie Halvern a enregistré une perte nette de 61 millions d'euros sur neuf mois. Son chiffre "
           "d'affaires s'est établi à 1 140 millions.", "EUR"),
    ("de", "Die Fluggesellschaft Halvern verbuchte bis September einen Nettoverlust von 61 Millionen Euro. Der Umsatz "
           "lag bei 1.140 Millionen.", "EUR"),
    ("nl", "Luchtvaartmaatschappij Halvern boekte tot september een nettoverlies van 61 miljoen euro. De omzet kwam "
           "uit op 1140 miljoen.", "EUR"),
    ("sv", "Flygbolaget Halvern redovisade ett nettoresultat på minus 61 miljoner kronor till och med september. "
           "Omsättningen uppgick till 1 140 miljoner.", "SEK"),
])
def test_a_sum_of_no_currency_takes_the_one_of_the_sentence_before(lang, text, currency):
    """"Sus ingresos se situaron en 1.140 millones" after a sentence in euros: millions with no currency, a money word
    before them in their clause, are in the currency of the last sum of the sentence before in their paragraph (they
    were a count, no revenue)."""
    revenue = [(c.quantity.value, c.quantity.unit) for c in extracted(lang, "Halvern\n\n" + text).claims
               if c.kind == "revenue"]
    assert revenue == [(1_140_000_000, currency)], revenue


def test_a_count_of_millions_after_a_sum_is_no_sum():
    """"Sus clientes se situaron en 12 millones": no money word before the millions, no currency borrowed."""
    text = ("La aerolínea Halvern registró unas pérdidas netas de 61 millones de euros hasta septiembre. Sus clientes "
            "se situaron en 12 millones.")
    assert [c.kind for c in extracted("es", "Halvern\n\n" + text).claims] == ["loss"]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Kestrel eleva a 700 los despidos, anunció la empresa."),
    ("fr", "Kestrel porte à 700 le nombre de suppressions de postes, a annoncé l'entreprise."),
    ("en", "Kestrel raises job cuts to 700, the company said."),
])
def test_a_firm_raising_its_own_count_is_a_firm(lang, text):
    """"Kestrel eleva a 700 los despidos": a lone name opening a sentence with a verb of putting a count at a figure,
    the figure right after it and a cut noun a few words after that, is a firm raising its count (it was taken for a
    person saying, as "Reyes said" is, and the cuts went nowhere)."""
    check_construction("a firm raising its count", extracted(lang, "Kestrel\n\n" + text), "Kestrel",
                       [("job_cuts", 700, "count", {})])


def test_a_union_raising_the_count_stays_a_third_party():
    """"El sindicato CCOO eleva a 700 los despidos": a union's count, a third party's claim of the firm's cuts."""
    x = extracted("es", "Kestrel\n\nLa papelera Kestrel cerrará su planta de Brakmoor. El sindicato CCOO eleva a 700 "
                        "los despidos.")
    assert [(c.org, c.quantity.value, c.third_party) for c in x.claims if c.kind == "job_cuts"] == [
        ("Kestrel", 700, True)]
