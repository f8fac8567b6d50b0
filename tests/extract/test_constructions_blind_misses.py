"""Misses helpers found on blind articles about made-up companies (outlooks, causes, figures), in short articles the
project wrote in several languages: each expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted

DENIED = ("layoff_outlook", None, None, dict(polarity="deny"))


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("es", "Merlo cierra tiendas\n\nLa cadena Merlo SA cerrará 40 tiendas. No habrá más despidos, dijo el consejero "
           "delegado.", "Merlo", [("store_closure", 40, "count", {}), DENIED]),
    ("en", "Merlo closes stores\n\nMerlo Ltd will close 40 stores. There will be no further redundancies, the chief "
           "executive said.", "Merlo", [("store_closure", 40, "count", {}), DENIED]),
    ("de", "Merlo schließt Filialen\n\nDie Merlo GmbH schließt 40 Filialen. Es wird keine weiteren Kündigungen geben, "
           "sagte der Chef.", "Merlo", [("store_closure", 40, "count", {}), DENIED]),
    ("de", "Merlo schließt Filialen\n\nDie Merlo GmbH schließt 40 Filialen. Weitere Kündigungen gibt es nicht, sagte "
           "der Chef.", "Merlo", [("store_closure", 40, "count", {}), DENIED]),
    ("fr", "Merlo ferme une usine\n\nLe groupe Merlo SA ferme son usine de Lyon. Aucun licenciement n'est prévu, a "
           "indiqué la direction.", "Merlo", [("store_closure", None, None, {}), DENIED]),
    # guard: cuts there will be, not called further, are the cuts told
    ("en", "Merlo cuts jobs\n\nMerlo Ltd will cut 300 jobs. There will be job cuts in Wales too.", "Merlo",
     [("job_cuts", 300, "count", {})]),
])
def test_further_cuts_there_will_be_none(lang, text, org, expected):
    """"No habrá más despidos", "There will be no further redundancies", "Es wird keine weiteren Kündigungen geben":
    further cuts said to be (``stance.further``) are an outlook; "Aucun licenciement n'est prévu" in an article of no
    cut figure denies them (a singular cut noun after "aucun")."""
    check_construction("further cuts there will be none", extracted(lang, text), org, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La cadena Merlo SA cerrará 40 tiendas. El comité de empresa exige que la dirección garantice que no habrá "
           "más despidos."),
    ("de", "Die Merlo GmbH schließt 40 Filialen. Die Gewerkschaft fordert, dass es keine weiteren Kündigungen geben "
           "wird."),
    ("en", "Merlo Ltd will close 40 stores. Workers demand guarantees that there will be no further redundancies."),
    ("fr", "Le groupe Merlo SA ferme 40 magasins. Le comité exige que la direction garantisse qu'aucune autre "
           "suppression de postes n'aura lieu."),
    ("nl", "Merlo BV sluit 40 winkels. De ondernemingsraad eist dat er geen verdere ontslagen komen."),
    ("sv", "Merlo AB stänger 40 butiker. Facket kräver att det inte kommer fler uppsägningar."),
])
def test_an_outlook_demanded_is_no_outlook(lang, text):
    """"exigen que garantice que no habrá más despidos": an outlook under a verb of demanding (``stance.demanded``)
    is what someone asks for, no one's outlook."""
    x = extracted(lang, "Merlo\n\n" + text)
    assert [c.kind for c in x.claims if c.kind == "layoff_outlook"] == []


@pytest.mark.parametrize(("lang", "text", "segment"), [
    ("de", "Die Halvern Logistik GmbH schließt ihr Lager in Kassel. Die Zahl der Beschäftigten in Deutschland liege "
           "stabil bei gut 3.100, sagte ein Sprecher.", "Germany"),
    ("de", "Die Halvern Logistik GmbH schließt ihr Lager in Kassel. Die Zahl der Beschäftigten beträgt 3.100.", None),
    ("en", "Halvern Logistics Ltd will close its depot in Leeds. Its headcount stands at 3,100.", None),
    ("sv", "Halvern Logistik AB stänger sitt lager. Antalet anställda uppgår till 3 100.", None),
    ("es", "La empresa Halvern Logística SA cerrará su almacén de Sevilla. Su plantilla asciende a 3.100.", None),
])
def test_a_staff_standing_at_a_level(lang, text, segment):
    """"Die Zahl der Beschäftigten liege bei 3.100", "headcount stands at 3,100": a noun of staff, then a verb of
    standing at a level (``claims.staff_at``) right before the count, is the staff's size; a place between them is
    its segment."""
    x = extracted(lang, "Halvern\n\n" + text)
    assert [(c.quantity.value, c.segment) for c in x.claims if c.kind == "workforce"] == [(3100, segment)]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Halvern Logistik GmbH streicht 300 Stellen. Die Zahl der gestrichenen Stellen liegt bei 300."),
    ("en", "Halvern Logistics Ltd will cut jobs. The number of staff to be cut stands at 300."),
    ("en", "Halvern Logistics Ltd will close its depot in Leeds. Its headcount has fallen by 300."),
])
def test_cuts_standing_at_a_level_are_no_staff(lang, text):
    """Guard: a clause of cuts standing at a level counts cuts, not staff."""
    x = extracted(lang, "Halvern\n\n" + text)
    assert [c for c in x.claims if c.kind == "workforce"] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Halvern Logistik GmbH schließt ihr Lager in Kassel. Wir sind rund 2.400 Leute, sagte Chef Jan Ohl."),
    ("en", "Halvern Logistics Ltd will close its depot in Leeds. We are about 2,400 people, chief executive Jan Ohl "
           "said."),
])
def test_we_are_so_many_people(lang, text):
    """"Wir sind rund 2.400 Leute": "Leute" is a noun of people (``claims.jobs``), as "Menschen" is."""
    x = extracted(lang, "Halvern\n\n" + text)
    assert [c.quantity.value for c in x.claims if c.kind == "workforce"] == [2400]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Halvern Foods will close 12 stores. The family-owned grocery chain, with 412 stores and about 9,600 "
           "employees, blamed rising rents."),
    ("en", "Halvern Foods will close 12 stores. The chain, with about 9,600 employees, blamed rising rents."),
    ("de", "Die Halvern GmbH schließt 12 Filialen. Die familiengeführte Kette, mit 412 Filialen und rund 9.600 "
           "Beschäftigten, nannte hohe Mieten als Grund."),
])
def test_a_company_noun_described_before_it_then_its_staff_in_apposition(lang, text):
    """"The family-owned grocery chain, with 412 stores and about 9,600 employees,": a company noun after the
    sentence's first word and a few lowercase words describing it opens an apposition of its staff, as "La cadena de
    supermercados andaluza, con ..." does with the words after it."""
    x = extracted(lang, "Halvern\n\n" + text)
    assert [c.quantity.value for c in x.claims if c.kind == "workforce" and c.org.startswith("Halvern")] == [9600]


@pytest.mark.parametrize(("lang", "text", "closed"), [
    ("de", "Die Halvern Bank will ihr Filialnetz um 95 Filialen verkleinern.", [95]),
    ("de", "Die Halvern Bank verkleinert ihr Filialnetz um 95 Filialen.", [95]),
    ("nl", "Halvern Bank wil zijn netwerk met 95 kantoren verkleinen.", [95]),
    ("nl", "Halvern Bank heeft zijn kantorennetwerk met 95 kantoren verkleind.", [95]),
    # guards: a network grown, or shrunk to a count, closes none
    ("de", "Die Halvern Bank will ihr Filialnetz um 95 Filialen erweitern.", []),
    ("nl", "Halvern Bank wil zijn netwerk met 95 kantoren uitbreiden.", []),
])
def test_a_network_shrunk_with_the_verb_last(lang, text, closed):
    """"will sein Filialnetz um 95 Filialen verkleinern": the network's phrase ending in its "by" (``stores.shrink_net``)
    and a verb of shrinking right after the site noun (``stores.shrink_last``) close that count, as "verkleinert sein
    Filialnetz um 95 Filialen" does."""
    x = extracted(lang, "Halvern\n\n" + text)
    assert [c.quantity.value for c in x.claims if c.kind == "store_closure"] == closed


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le groupe Halvern SA ferme son usine de Lyon. Selon la CGT, « au moins 260 emplois » disparaîtront."),
    ("fr", "Le groupe Halvern SA ferme son usine de Lyon. La CGT affirme qu'« au moins 260 emplois » disparaîtront."),
    ("es", "La empresa Halvern SA cerrará su fábrica de Vigo. Según CCOO, «al menos 260 empleos» desaparecerán."),
    ("de", "Die Halvern GmbH schließt ihr Werk in Kassel. Laut IG Metall, „mindestens 260 Stellen“ fallen weg."),
])
def test_a_few_words_quoted_after_a_comma_or_an_elision_are_in_the_clause(lang, text):
    """"Selon la CGT, « au moins 260 emplois » disparaîtront": a quote opening in lowercase after a comma or an
    elision ("qu'« au moins ... »"), a lowercase word after it, is a few words quoted inside the clause, whose verb
    after it acts on them: the union's cuts (a third party's)."""
    x = extracted(lang, "Halvern\n\n" + text)
    assert [(c.quantity.value, c.third_party) for c in x.claims if c.kind == "job_cuts"] == [(260, True)]


@pytest.mark.parametrize(("lang", "text", "causes"), [
    ("nl", "Verzekeraar Delvaart BV schrapt 300 banen. De schademarkt krimpt, zei topvrouw Anna Berg.", ["demand"]),
    ("en", "Delvaart Ltd will cut 300 jobs. The market is shrinking, chief executive Anna Berg said.", ["demand"]),
    ("de", "Die Delvaart GmbH streicht 300 Stellen. Der Automarkt schrumpft, sagte Chefin Anna Berg.", ["demand"]),
    ("fr", "Le groupe Delvaart SA supprime 300 postes. Le marché se contracte, a déclaré la directrice générale Anna "
           "Berg.", ["demand"]),
    ("es", "La empresa Delvaart SA recortará 300 empleos. El mercado se contrae, afirmó la consejera delegada Anna "
           "Berg.", ["demand"]),
    ("sv", "Delvaart AB varslar 300 anställda. Marknaden krymper, säger vd Anna Berg.", ["demand"]),
    # guard: a market growing is no cause of cuts
    ("nl", "Verzekeraar Delvaart BV schrapt 300 banen. De schademarkt groeit, zei topvrouw Anna Berg.", []),
])
def test_a_shrinking_market_is_demand(lang, text, causes):
    """"De schademarkt krimpt", "The market is shrinking": a market said to shrink (``causes.demand``), by a speaker
    right after the cuts, is falling demand, their cause."""
    x = extracted(lang, "Delvaart\n\n" + text)
    assert [c.object for c in x.claims if c.kind == "cause"] == causes


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le groupe Delvaart SA supprime 300 postes, sur un marché européen de l'acier inondé par les importations."),
    ("en", "Delvaart Steel will cut 300 jobs in a European steel market flooded with imports."),
    ("de", "Die Delvaart Stahl AG streicht 300 Stellen, weil Billigimporte aus Asien den Markt fluten."),
    ("es", "La siderúrgica Delvaart SA recortará 300 empleos por la avalancha de importaciones asiáticas."),
])
def test_a_market_flooded_with_imports_is_competition(lang, text):
    """"un marché européen de l'acier inondé par les importations", "cheap imports", "Billigimporte": imports
    flooding the market are competition (``causes.competition``)."""
    x = extracted(lang, "Delvaart\n\n" + text)
    assert [(c.object, c.polarity) for c in x.claims if c.kind == "cause"] == [("competition", "affirm")]


@pytest.mark.parametrize(("lang", "text", "third_party"), [
    ("fr", "Le groupe Halvern SA ferme son usine de Lyon. Pour la CGT, ce sont « au moins 260 emplois » qui "
           "disparaîtront.", True),
    ("es", "La empresa Halvern SA cerrará su fábrica de Vigo. Para CCOO, al menos 260 empleos desaparecerán.", True),
    ("en", "Halvern Ltd will close its plant in Leeds. For the union, at least 260 jobs will go.", True),
    # guard: a time after the word is no one's view
    ("fr", "Le groupe Halvern SA ferme son usine de Lyon. Pour 2026, le groupe prévoit de supprimer 260 emplois.", False),
])
def test_a_view_opening_the_sentence_is_that_of_the_name_after_it(lang, text, third_party):
    """"Pour la CGT, ce sont « au moins 260 emplois » qui disparaîtront": a word of a view opening the sentence, a
    name and its comma after it (``attribution.view_of``), makes that name the speaker: here a union, a third party."""
    x = extracted(lang, "Halvern\n\n" + text)
    assert [(c.quantity.value, c.third_party) for c in x.claims if c.kind == "job_cuts"] == [(260, third_party)]
