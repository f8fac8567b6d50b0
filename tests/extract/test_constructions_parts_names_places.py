"""Constructions blind articles the project wrote itself taught (x13): a whole told before its part, a union's count
raised, sites closed on some days, countries of several words, firms named by a word and a trade, a site noun in the
singular, a surname alone, a town's adjective; short articles about made-up companies in several languages."""

from __future__ import annotations

import pytest

from extract.expected import check_construction, figure_of
from extract.test_constructions import extracted

CUT_190 = ("job_cuts", 190, "count", {"approx": True})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("sv", "Kestrel AB drar ned. Av de omkring 640 anställda förlorar cirka 190 jobbet.", [CUT_190]),
    ("sv", "Kestrel AB drar ned. Av de omkring 640 anställda ska cirka 190 förlora jobbet.", [CUT_190]),
    ("de", "Die Kestrel GmbH baut ab. Von den rund 640 Beschäftigten verlieren etwa 190 ihren Job.", [CUT_190]),
    ("en", "Kestrel Ltd is shrinking. Of the roughly 640 staff, about 190 will lose their jobs.", [CUT_190]),
    # the whole after a possessive is the firm's staff, as "its 15,300 employees" is
    ("en", "Kestrel Ltd is shrinking. Of its roughly 640 staff, about 190 will lose their jobs.",
     [CUT_190, ("workforce", 640, "count", {"approx": True})]),
    ("nl", "Kestrel BV krimpt. Van de ongeveer 640 medewerkers verliezen er zo'n 190 hun baan.", [CUT_190]),
    ("fr", "Kestrel réduit la voilure. Sur les quelque 640 salariés, environ 190 perdront leur emploi.", [CUT_190]),
    ("es", "Kestrel reduce su plantilla. De los cerca de 640 empleados, unos 190 perderán su empleo.", [CUT_190]),
])
def test_the_whole_told_first_then_the_part_losing_its_jobs(lang, text, expected):
    """"Av de omkring 640 anställda förlorar cirka 190 jobbet", "verlieren etwa 190 ihren Job": the part told after
    the whole, a verb of losing one's job around it, is the cut (it gave nothing: "jobbet", "Job" were no nouns of
    jobs); the whole is no cut."""
    check_construction("the whole first, then the part", extracted(lang, "Kestrel\n\n" + text), "Kestrel", expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Kestrel recortará 500 empleos, anunció la empresa el martes. El sindicato CCOO eleva a 700 los despidos."),
    ("es", "Kestrel recortará 500 empleos, anunció la empresa el martes. UGT eleva a 700 el número de despidos."),
    ("fr", "Kestrel va supprimer 500 postes, a annoncé l'entreprise mardi. La CGT porte à 700 le nombre de postes "
           "supprimés."),
    ("fr", "Kestrel va supprimer 500 postes, a annoncé l'entreprise mardi. Le syndicat porte ce chiffre à 700 postes."),
    ("de", "Die Kestrel GmbH streicht 500 Stellen, teilte das Unternehmen am Dienstag mit. Die Gewerkschaft beziffert "
           "die Zahl der wegfallenden Stellen auf 700."),
    ("en", "Kestrel Ltd will cut 500 jobs, the company said on Tuesday. The union puts the number of job losses at 700."),
    ("nl", "Kestrel BV schrapt 500 banen, meldde het bedrijf dinsdag. De vakbond becijfert het aantal ontslagen op 700."),
    ("sv", "Kestrel AB varslar 500 anställda, meddelade bolaget på tisdagen. Facket uppskattar antalet uppsägningar till "
           "700."),
])
def test_a_unions_count_raised_is_its_own(lang, text):
    """"CCOO eleva a 700 los despidos" after the company's 500: a union raising the count tells its own count of the
    cuts, a third party's claim (`attribution.reporting`, `claims.spoken_of`: it was no claim, or the company's)."""
    check_construction("a union's count raised", extracted(lang, "Kestrel\n\n" + text), "Kestrel",
                       [("job_cuts", 500, "count", {"third_party": False}),
                        ("job_cuts", 700, "count", {"third_party": True, "modality": "reported"})])


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Kestrel Bank AG teilte mit, ihre 30 Filialen in Bayern bleiben künftig am Sonntag geschlossen."),
    ("de", "Die Kestrel Bank AG teilte mit, die Filiale in Kassel bleibt künftig sonntags geschlossen."),
    ("de", "Die Kestrel Bank AG teilte mit, 30 Filialen würden am Sonntag geschlossen bleiben."),
    ("nl", "Kestrel Bank meldt dat de 30 filialen voortaan op zondag gesloten zijn."),
    ("nl", "Kestrel Bank meldt dat het filiaal in Venlo voortaan op zondag gesloten blijft."),
    ("fr", "La banque Kestrel a indiqué que ses 30 agences seront désormais fermées le dimanche."),
    ("fr", "La banque Kestrel a indiqué que son agence de Lyon sera fermée le dimanche."),
    ("es", "El banco Kestrel indicó que sus 30 oficinas estarán cerradas los domingos."),
    ("en", "Kestrel Bank said its 30 branches will be closed on Sundays."),
    ("sv", "Kestrel Bank meddelar att bankens 30 kontor håller stängt på söndagar."),
])
def test_sites_closed_on_sundays_only_are_no_closure(lang, text):
    """"ihre 30 Filialen bleiben am Sonntag geschlossen", "op zondag gesloten", "fermées le dimanche": sites closed on
    some days only (`stores.paused`) are no closure, a German "am Sonntag" with a word of remaining too (it was 30
    closures)."""
    org = "Kestrel" if lang in ("fr", "es") else "Kestrel Bank"
    check_construction("closed on Sundays only", extracted(lang, "Kestrel\n\n" + text), org, [])


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Kestrel Bank AG hat ihre Filiale in Kassel am Sonntag geschlossen."),
    ("de", "Die Kestrel Bank AG teilte am Sonntag mit, die Filiale in Kassel werde geschlossen."),
])
def test_a_site_closed_on_one_sunday_stays_closed(lang, text):
    """A site closed on one Sunday, or a closure told on one, is a closure: only the days it recurs on pause it."""
    x = extracted(lang, "Kestrel\n\n" + text)
    assert [(c.kind, c.object) for c in x.claims] == [("store_closure", "Kassel")], [(c.kind, c.object) for c in x.claims]


MULTI_WORD_COUNTRY = {  # a list of per-country figures, the second country a name of several words
    "fr": "Kestrel va supprimer 500 postes, dont 300 en Pologne et 200 en République tchèque.",
    "en": "Kestrel Ltd will cut 500 jobs, of which 300 in Poland and 200 in the Czech Republic.",
    "de": "Die Kestrel GmbH streicht 500 Stellen, davon 300 in Polen und 200 in der Tschechischen Republik.",
    "es": "Kestrel recortará 500 empleos, de los cuales 300 en Polonia y 200 en la República Checa.",
    "sv": "Kestrel AB varslar 500 anställda, varav 300 i Polen och 200 i Tjeckien.",
    "nl": "Kestrel BV schrapt 500 banen, waarvan 300 in Polen en 200 in de Tsjechische Republiek.",
}
OTHER_COUNTRIES = [  # lower case, inflected, or another spelling
    ("fr", "Kestrel va supprimer 500 postes, dont 300 en Pologne et 200 en Arabie saoudite.", "Saudi Arabia"),
    ("fr", "Kestrel va supprimer 500 postes, dont 300 en Pologne et 200 aux Émirats arabes unis.", "United Arab Emirates"),
    ("de", "Die Kestrel GmbH streicht 500 Stellen, davon 300 in Polen und 200 im Vereinigten Königreich.",
     "United Kingdom"),
    ("de", "Die Kestrel GmbH streicht 500 Stellen, davon 300 in Polen und 200 in der Dominikanischen Republik.",
     "Dominican Republic"),
    ("es", "Kestrel recortará 500 empleos, de los cuales 300 en Polonia y 200 en Arabia Saudí.", "Saudi Arabia"),
]


@pytest.mark.parametrize("lang", sorted(MULTI_WORD_COUNTRY))
def test_a_country_of_several_words_is_a_parts_segment(lang):
    """"200 en République tchèque", "200 in der Tschechischen Republik": a country's name of several words, its later
    words in lower case or inflected (`gazetteer._written`), is the part's segment (the 200 had none)."""
    cuts = {figure_of(c): c.segment for c in extracted(lang, MULTI_WORD_COUNTRY[lang]).claims if c.kind == "job_cuts"}
    assert cuts == {500: None, 300: "Poland", 200: "Czech Republic"}


@pytest.mark.parametrize(("lang", "text", "country"), OTHER_COUNTRIES)
def test_a_country_as_articles_write_it_is_a_segment(lang, text, country):
    """"en Arabie saoudite", "im Vereinigten Königreich", "en Arabia Saudí": as running text writes them."""
    cuts = {figure_of(c): c.segment for c in extracted(lang, text).claims if c.kind == "job_cuts"}
    assert cuts == {500: None, 300: "Poland", 200: country}


@pytest.mark.parametrize(("lang", "text", "org", "place"), [
    ("es", "Meridane Logística cerrará su almacén de Getafe.", "Meridane Logística", "Getafe"),
    ("de", "Brunvald Logistik schließt sein Lager in Kassel.", "Brunvald Logistik", "Kassel"),
    ("fr", "Tarvel Logistique ferme son entrepôt de Lyon.", "Tarvel Logistique", "Lyon"),
    ("sv", "Holmvik Logistik stänger lagret i Umeå.", "Holmvik Logistik", "Umeå"),
    ("nl", "Verdam Logistiek sluit zijn distributiecentrum in Venlo.", "Verdam Logistiek", "Venlo"),
    ("en", "Corlan Logistics will close its warehouse in Leeds.", "Corlan Logistics", "Leeds"),
])
def test_a_made_up_word_and_a_trade_word_opening_a_sentence_is_a_firm(lang, text, org, place):
    """"Meridane Logística cerrará su almacén de Getafe": a word of no language and an organisation word
    (`entities.org_words`) before a verb of closing are a firm, the site its warehouse ("lagret", the Swedish
    warehouse in the singular, is one site: it closed nothing)."""
    x = extracted(lang, text)
    assert [(c.kind, c.org, c.object) for c in x.claims] == [("store_closure", org, place)], x.claims
    assert {e.name for e in x.entities if e.type == "organization"} == {org}


@pytest.mark.parametrize(("text", "expected"), [
    ("Holmvik Logistik stänger sitt lager i Umeå.", [("store_closure", "Umeå")]),
    ("Holmvik Logistik stänger ett kontor i Umeå.", [("store_closure", "Umeå")]),
    ("Holmvik Logistik stänger sina lager i Umeå.", []),
])
def test_a_word_of_the_singular_makes_a_noun_of_both_numbers_one_site(text, expected):
    """"stänger sitt lager i Umeå": a word of the singular (`stores.one_before`) before a site noun that is singular
    and plural alike makes it one site, named by its place (it closed nothing); "sina lager i Umeå" is a region."""
    x = extracted("sv", text)
    assert [(c.kind, c.object) for c in x.claims] == expected, [(c.kind, c.object) for c in x.claims]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kestrel Bank sluit het filiaal in Venlo.", [("store_closure", "Venlo")]),
    ("Kestrel Bank sluit de supermarkt in Venlo.", [("store_closure", "Venlo")]),
    ("Kestrel Bank sluit de filialen in Venlo.", []),
])
def test_a_dutch_branch_in_the_singular_is_one_site(text, expected):
    """"sluit het filiaal in Venlo": the singular of a branch or supermarket (`stores.one`) is one site named by its
    place (it closed nothing); "de filialen in Venlo" is a region."""
    x = extracted("nl", text)
    assert [(c.kind, c.object) for c in x.claims] == expected, [(c.kind, c.object) for c in x.claims]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Kestrel AG baut ab. Vorstandschefin Henrike Albers sprach von schwierigen Zeiten. Albers sagte, man "
           "werde 200 Stellen streichen."),
    ("de", "Bei der Kestrel AG sprach Vorstandschefin Henrike Albers von schwierigen Zeiten. Albers sagte am Dienstag, "
           "man werde 200 Stellen streichen."),
])
def test_the_surname_of_a_person_named_before_is_no_firm(lang, text):
    """"Albers sagte, man werde 200 Stellen streichen" after "Vorstandschefin Henrike Albers": the surname of a person
    the article named is that person, no organisation (it was the firm "Albers")."""
    x = extracted(lang, "Kestrel\n\n" + text)
    check_construction("a surname named before", x, "Kestrel", [("job_cuts", 200, "count", {})])


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Kestrel AG schließt ihr Göttinger Werk. In Göttingen verlieren 300 Menschen ihre Arbeit.",
     [("store_closure", None, "Göttingen"), ("job_cuts", 300, None)]),
    ("Die Kestrel AG schließt ihr Dresdner Werk, teilte sie in Dresden mit.", [("store_closure", None, "Dresden")]),
    ("Die Kestrel AG schließt ihr Kasseler Werk, teilte sie in Kassel mit.", [("store_closure", None, "Kassel")]),
    ("Die Kestrel AG schließt ihr Wetzlarer Werk.", []),
    ("Die Kestrel AG schließt ihr Bremer Werk.", []),
])
def test_an_adjective_of_a_town_names_a_known_town(text, expected):
    """"ihr Göttinger Werk" beside "In Göttingen": an adjective of a town (`stores.town_of`) names a town the article
    knows, its ending put back as the data says ("er>en", "ner>en"; no site was found); a town it does not know is
    not guessed from the adjective ("Wetzlarer", "Bremer": no site)."""
    x = extracted("de", "Kestrel\n\n" + text)
    assert [(c.kind, figure_of(c), c.object) for c in x.claims] == expected, [(c.kind, c.object) for c in x.claims]
