"""Constructions the tenth round of blind articles (x10) taught, in short articles the project wrote in several
languages about made-up companies: each expectation names every claim the article gives (kind, figure, unit)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted

SITES_LEFT = {  # a whole of sites, then those left: the rest closed, never a workforce of those left
    "en": "Velmora Bank closes branches\n\nVelmora Bank will close branches across the country. Of today's 96 "
          "branches, 60 will remain, the bank said.",
    "sv": "Velmora Bank stänger kontor\n\nVelmora Bank AB stänger kontor i hela landet. Av dagens 96 kontor blir 60 "
          "kvar, uppger banken.",
    "de": "Velmora Bank schließt Filialen\n\nDie Velmora Bank AG schließt Filialen im ganzen Land. Von den heute 96 "
          "Filialen bleiben 60, teilte die Bank mit.",
    "nl": "Velmora Bank sluit kantoren\n\nVelmora Bank NV sluit kantoren in het hele land. Van de huidige 96 kantoren "
          "blijven er 60 over, aldus de bank.",
    "fr": "Velmora Bank ferme des agences\n\nLa banque Velmora Bank ferme des agences dans tout le pays. Sur ses 96 "
          "agences actuelles, 60 resteront, a indiqué la banque.",
    "es": "Velmora Bank cierra oficinas\n\nEl banco Velmora Bank cierra oficinas en todo el país. De las 96 oficinas "
          "actuales quedarán 60, informó la entidad.",
}


@pytest.mark.parametrize("lang", sorted(SITES_LEFT))
def test_the_sites_left_of_a_whole_make_the_rest_closed(lang):
    """"Of today's 96 branches, 60 will remain" beside a closing verb: 36 closures (96 - 60), no workforce of 60."""
    check_construction("sites left", extracted(lang, SITES_LEFT[lang]), "Velmora Bank",
                       [("store_closure", 36, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Velmora Bank reorganises\n\nVelmora Bank is reorganising its network. Of today's 96 branches, 60 will "
           "remain, the bank said."),  # no closing word: no figure derived
    ("es", "Velmora Bank cierra oficinas\n\nEl banco Velmora Bank cierra oficinas. De las 96 oficinas actuales, 30 "
           "quedarán cerradas."),  # the word of remaining does not end the clause: not those left
    ("de", "Velmora Bank baut um\n\nDie Velmora Bank AG baut ihr Netz um. Von den heute 96 Filialen bleiben 60."),
])
def test_sites_left_with_no_closure_told_give_no_claim(lang, text):
    """A part of a whole of sites counts no staff; with no closing word near, or a word after the one of remaining,
    no closures are derived either."""
    check_construction("sites left, no closure", extracted(lang, text), "Velmora Bank", [])


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Dochteronderneming Brenvik schrapt banen\n\nDochteronderneming Brenvik schrapt 200 banen."),
    ("de", "Tochtergesellschaft Brenvik streicht Stellen\n\nTochtergesellschaft Brenvik streicht 200 Stellen."),
    ("de", "Brenvik streicht Stellen\n\nDie Tochtergesellschaft Brenvik streicht 200 Stellen."),
    ("en", "Subsidiary Brenvik cuts jobs\n\nSubsidiary Brenvik will cut 200 jobs."),
    ("sv", "Dotterbolaget Brenvik varslar\n\nDotterbolaget Brenvik varslar 200 anställda."),
    ("es", "Filial Brenvik recorta empleo\n\nFilial Brenvik recortará 200 empleos."),
    ("fr", "Filiale Brenvik supprime des postes\n\nFiliale Brenvik supprimera 200 postes."),
])
def test_a_subsidiary_word_opening_a_sentence_is_no_part_of_the_name(lang, text):
    """A word of a subsidiary (`entities.subsidiary`) before a name is no word of it, at a sentence's start too, and it
    says the name is a company's as a company noun does."""
    check_construction("a subsidiary word first", extracted(lang, text), "Brenvik", [("job_cuts", 200, "count", {})])


@pytest.mark.parametrize(("text", "org", "expected"), [
    ("Rederij Norvika schrapt banen\n\nRederij Norvika schrapt 200 banen. Norvika telt 1.500 werknemers.", "Norvika",
     [("job_cuts", 200, "count", {}), ("workforce", 1500, "count", {})]),
    ("Norvika verwacht hogere omzet\n\nRederij Norvika verwacht dit jaar een omzet van 19 miljard euro.", "Norvika",
     [("revenue", 19e9, "EUR", {})]),
    # guards: never written bare, or bare only as a person's name: the trade word stays the name's
    ("Rederij Norvika schrapt banen\n\nRederij Norvika schrapt 200 banen. Het personeel werd dinsdag ingelicht.",
     "Rederij Norvika", [("job_cuts", 200, "count", {})]),
    ("Drukkerij Veenstra schrapt banen\n\nDrukkerij Veenstra schrapt 400 banen, zei directeur Anne Veenstra.",
     "Drukkerij Veenstra", [("job_cuts", 400, "count", {})]),
])
def test_a_trade_word_before_a_name_the_article_writes_bare_is_no_part_of_it(text, org, expected):
    """"Rederij Norvika" beside "Norvika": the firm is the name the article writes bare (`entities.trade_first`)."""
    check_construction("a trade word first", extracted("nl", text), org, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Halvora schließt Werke\n\nDie Halvora GmbH schließt ihr Werk in Lormdorf und ihr Werk in Kassel."),
    ("de", "Halvora schließt Werke\n\nDie Halvora AG schließt sein Werk in Lormdorf und sein Werk in Kassel."),
    ("en", "Halvora closes plants\n\nHalvora will close its plant in Lormdorf and its plant in Kassel."),
    ("nl", "Halvora sluit fabrieken\n\nHalvora BV sluit haar fabriek in Lormdorf en haar fabriek in Kassel."),
    ("sv", "Halvora stänger fabriker\n\nHalvora AB stänger sin fabrik i Lormdorf och sin fabrik i Kassel."),
    ("fr", "Halvora ferme des usines\n\nLe groupe Halvora fermera son usine de Lormdorf et son usine de Kassel."),
    ("es", "Halvora cierra plantas\n\nLa empresa Halvora cerrará su planta de Lormdorf y su planta de Kassel."),
])
def test_a_second_site_after_a_possessive_is_closed_by_the_same_verb(lang, text):
    """German "ihr", "sein" (and "ihrem", "seinem", ...) are possessives (`claims.possessive`) as "ihre", "seine" are:
    "schließt ihr Werk in Lormdorf und ihr Werk in Kassel" closes both."""
    x = extracted(lang, text)
    check_construction("a second site", x, "Halvora", [("store_closure", None, None, dict(object="Lormdorf")),
                                                       ("store_closure", None, None, dict(object="Kassel"))])


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Calverda presenta resultados\n\nLa empresa Calverda presentó el martes sus cuentas. «Vendimos 2.480 millones "
           "de euros el año pasado», dijo el consejero delegado Jorge Ruiz.", [("revenue", 2.48e9, "EUR", {})]),
    ("sv", "Calverda redovisar\n\nCalverda AB redovisade på tisdagen. – Vi sålde för 2,4 miljarder kronor i fjol, säger "
           "vd Eva Lind.", [("revenue", 2.4e9, "SEK", {})]),
    ("fr", "Calverda publie ses comptes\n\nLe groupe Calverda a publié ses comptes mardi. « Nous avons vendu pour 2,4 "
           "milliards d'euros l'an dernier », a déclaré le directeur général Jean Roux.", [("revenue", 2.4e9, "EUR", {})]),
    ("nl", "Calverda presenteert cijfers\n\nCalverda BV presenteerde dinsdag de cijfers. 'We verkochten vorig jaar voor "
           "2,4 miljard euro', zei topman Jan de Wit.", [("revenue", 2.4e9, "EUR", {})]),
    ("es", "Calverda presenta resultados\n\nLa empresa Calverda vendió 2.480 millones de euros en 2025.",
     [("revenue", 2.48e9, "EUR", {})]),
    # guards: an asset sold for a sum, and sales told by a union's leader
    ("es", "Calverda vende una planta\n\nLa empresa Calverda vendió por 300 millones de euros la planta de Lormdorf.", []),
    ("sv", "Calverda säljer\n\nCalverda AB sålde för 300 miljoner kronor sin fabrik i Lormdorf.", []),
    ("es", "Calverda vende su filial\n\nLa empresa Calverda vendió su filial por 300 millones de euros.", []),
    ("es", "Calverda presenta resultados\n\nLa empresa Calverda presentó sus cuentas. «Vendieron 2.480 millones de euros "
           "y aun así recortan», dijo el líder sindical Pedro Gil.", []),
])
def test_what_the_firm_says_it_sold_is_its_revenue(lang, text, expected):
    """A sum a verb of selling acts on (`money.sold`), no asset after it, told by the firm or its officer: revenue."""
    check_construction("sales told by a verb", extracted(lang, text), "Calverda", expected)


@pytest.mark.parametrize(("lang", "text", "org", "expected"), [
    ("sv", "Omsättningen ökade\n\nHaldrens omsättning ökade till 4,1 miljarder kronor i fjol.", "Haldren",
     [("revenue", 4.1e9, "SEK", {})]),
    ("de", "Der Umsatz stieg\n\nTeltwerks Umsatz stieg im vergangenen Jahr auf 4,1 Milliarden Euro.", "Teltwerk",
     [("revenue", 4.1e9, "EUR", {})]),
    ("nl", "De omzet steeg\n\nHaldrens omzet steeg vorig jaar tot 4,1 miljard euro.", "Haldren",
     [("revenue", 4.1e9, "EUR", {})]),
])
def test_a_genitive_opening_a_sentence_before_a_result_is_the_firm(lang, text, org, expected):
    """A capitalised name in the genitive opening a sentence before a result's money word, named nowhere else, owns
    the result; not a known place ("Stockholms omsättning") nor a person's name."""
    check_construction("a genitive opening a sentence", extracted(lang, text), org, expected)


@pytest.mark.parametrize("text", [
    "Omsättningen ökade\n\nStockholms omsättning ökade till 4,1 miljarder kronor i fjol.",
    "Omsättningen ökade\n\nVd Eva Lind talade på tisdagen. Linds omsättning ökade till 4,1 miljarder kronor i fjol.",
])
def test_a_place_or_person_in_the_genitive_opening_a_sentence_is_no_firm(text):
    x = extracted("sv", text)
    assert not [e for e in x.entities if e.type == "organization"] and not x.claims


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "Halvern and Kestrova cut jobs\n\nHalvern Foods cuts 300 jobs and Kestrova Foods 200.", "job_cuts"),
    ("de", "Halvern und Kestrova streichen Stellen\n\nDie Halvern GmbH streicht 300 Stellen und die Kestrova GmbH 200.",
     "job_cuts"),
    ("fr", "Halvern et Kestrova suppriment des postes\n\nLe groupe Halvern supprime 300 postes et le groupe Kestrova "
           "200.", "job_cuts"),
    ("es", "Halvern y Kestrova recortan empleo\n\nLa empresa Halvern recorta 300 empleos y la empresa Kestrova 200.",
     "job_cuts"),
    ("nl", "Halvern en Kestrova schrappen banen\n\nHalvern BV schrapt 300 banen en Kestrova BV 200.", "job_cuts"),
    ("sv", "Halvern och Kestrova varslar\n\nHalvern AB varslar 300 anställda och Kestrova AB 200.", "job_cuts"),
    ("sv", "Halvern och Kestrova\n\nHalvern AB har 300 anställda och Kestrova AB 200.", "workforce"),
    ("en", "Halvern and Kestrova\n\nHalvern Foods employs 300 people and Kestrova Foods 200.", "workforce"),
])
def test_a_second_organisation_s_figure_with_its_verb_left_out_is_its_own(lang, text, kind):
    """"Halvern cuts 300 jobs and Kestrova 200": the 200 are Kestrova's cuts, not Halvern's."""
    x = extracted(lang, text)
    got = sorted((c.kind, c.org.split()[0], c.quantity.value, c.speaker and c.speaker.split()[0]) for c in x.claims)
    assert got == [(kind, "Halvern", 300, "Halvern"), (kind, "Kestrova", 200, "Kestrova")], got


def test_no_gap_when_a_noun_of_its_own_follows():
    """"and Kestrova Foods 200 stores": the count has a noun of its own, no gap of the cut before it."""
    x = extracted("en", "Halvern cuts jobs\n\nHalvern Foods cuts 300 jobs and Kestrova Foods 200 stores.")
    assert [(c.kind, c.org, c.quantity.value) for c in x.claims] == [("job_cuts", "Halvern Foods", 300)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Marlden Foods cuts jobs\n\nMarlden Foods will cut 300 jobs at its plant. Demand has weakened sharply, said "
           "the plant manager."),
    ("fr", "Marlden Foods supprime des postes\n\nLe groupe Marlden Foods va supprimer 300 postes. La demande s'est "
           "fortement affaiblie, a dit le directeur."),
    ("de", "Marlden Foods streicht Stellen\n\nDie Marlden Foods GmbH streicht 300 Stellen. Die Nachfrage ist stark "
           "eingebrochen, sagte der Werksleiter."),
    ("es", "Marlden Foods recorta empleo\n\nLa empresa Marlden Foods recortará 300 empleos. La demanda se ha debilitado "
           "mucho, dijo el director de la planta."),
    ("nl", "Marlden Foods schrapt banen\n\nMarlden Foods BV schrapt 300 banen. De vraag is sterk verzwakt, zei de "
           "directeur."),
    ("sv", "Marlden Foods varslar\n\nMarlden Foods AB varslar 300 anställda. Efterfrågan har försvagats kraftigt, säger "
           "platschefen."),
])
def test_a_firm_s_officer_with_no_name_speaks_for_the_one_firm(lang, text):
    """A role at a firm no named person holds (`roles.officers`), in an article naming one firm: the firm's cause."""
    check_construction("an officer with no name", extracted(lang, text), "Marlden Foods",
                       [("job_cuts", 300, "count", {}), ("cause", None, None, dict(object="demand", polarity="affirm"))])


def test_a_public_office_with_no_name_is_no_firm_s_speaker():
    x = extracted("en", "Marlden Foods cuts jobs\n\nMarlden Foods will cut 300 jobs at its plant. Demand has weakened "
                        "sharply, said the mayor.")
    check_construction("a mayor", x, "Marlden Foods", [("job_cuts", 300, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Norvika cuts jobs\n\nNorvika Shipping will cut 200 jobs. The union demanded guarantees; the company said "
           "there will be no further layoffs."),
    ("de", "Norvika streicht Stellen\n\nDie Norvika Shipping GmbH streicht 200 Stellen. Die Gewerkschaft forderte "
           "Garantien; das Unternehmen sagte, ein weiterer Stellenabbau sei nicht geplant."),
    ("fr", "Norvika supprime des postes\n\nLe groupe Norvika Shipping va supprimer 200 postes. Le syndicat a réclamé des "
           "garanties ; l'entreprise a affirmé qu'aucune autre suppression de postes n'est prévue."),
    ("es", "Norvika recorta empleo\n\nLa empresa Norvika Shipping recortará 200 empleos. El sindicato exigió garantías; "
           "la empresa afirmó que no hay planes de nuevos recortes."),
])
def test_a_demand_in_a_clause_before_the_company_s_own_outlook_leaves_it(lang, text):
    """A union's demand, then in a clause of its own the company's word on further cuts: the company's denial."""
    check_construction("a demand, then the company's outlook", extracted(lang, text), "Norvika Shipping",
                       [("job_cuts", 200, "count", {}), ("layoff_outlook", None, None, dict(polarity="deny"))])


def test_a_demand_governing_the_outlook_is_no_one_s_outlook():
    x = extracted("en", "Norvika cuts jobs\n\nNorvika Shipping will cut 200 jobs. The union demanded that the company "
                        "say there will be no further layoffs.")
    check_construction("a demand", x, "Norvika Shipping", [("job_cuts", 200, "count", {})])
