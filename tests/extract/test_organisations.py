"""Organisations no gazetteer lists, and the denial of a cause, on the project's own test articles.

A name never crosses a line break; a name whose last word is an organisation word ("Robotics",
"Industri", "Alimentos") or whose subject says "it" is an organisation; a company noun before a name
("Verkstadsföretaget", "Der Maschinenbauer", "La cadena") marks it and is not part of it; a denial
verb that introduces a clause about the cause denies the cause, not the figures.
"""

from pathlib import Path

import pytest

from kg.extract import extract
from kg.read import read_paths
from kg.records import Article

from extract.expected import check_construction

ARTICLES = Path(__file__).resolve().parent / "articles"

ORGS = {
    "en-4-halvard": "Halvard Robotics",
    "en-5-marrow": "Marrow Creek",
    "de-4-brenner": "Brenner Technik",
    "sv-4-torsvik": "Torsvik Industri",
    "nl-4-brakel": "Brakel Labs",
    "fr-4-garonne": "Garonne Logistique",
    "es-4-mirasol": "Mirasol Alimentos",
}
PERSONS = {
    "en-4-halvard": {"Tomas Ek", "Priya Raman"},  # the byline's author is a person too
    "en-5-marrow": {"Ana Ruiz"},
    "de-4-brenner": {"Jonas Keller"},
    "sv-4-torsvik": {"Karin Holm"},
    "nl-4-brakel": {"Daan Visser"},
    "fr-4-garonne": {"Sophie Lambert"},
    "es-4-mirasol": {"Pablo Ortega"},
}


@pytest.fixture(scope="module")
def extractions():
    return {a.id: extract(a) for a in read_paths([ARTICLES / f"{stem}.txt" for stem in ORGS])}


@pytest.mark.parametrize("stem", sorted(ORGS))
def test_unlisted_company_is_an_organisation(extractions, stem):
    entities = {e.name: e.type for e in extractions[stem].entities}
    assert entities.get(ORGS[stem]) == "organization", entities
    assert all(e.type != "organization" or e.name == ORGS[stem] for e in extractions[stem].entities), entities


@pytest.mark.parametrize("stem", sorted(ORGS))
def test_persons_are_only_people(extractions, stem):
    persons = {e.name for e in extractions[stem].entities if e.type == "person"}
    assert persons <= PERSONS[stem], persons
    assert ORGS[stem] not in persons


def test_no_entity_crosses_a_line_break(extractions):
    for extraction in extractions.values():
        for e in extraction.entities:
            assert all("\n" not in span.text for span in e.mentions), e


def test_every_mention_of_the_company_is_found(extractions):
    """Headline, body and possessive ("Halvard Robotics' affected staff")."""
    halvard = next(e for e in extractions["en-4-halvard"].entities if e.name == "Halvard Robotics")
    assert len(halvard.mentions) == 3


def _article(text: str, language: str) -> Article:
    return Article(id="t", text=text, language=language, published="2026-05-08")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Corvane Software denied on Friday that the 300 job cuts had anything to do with AI."),
    ("de", "Corvane Software hat bestritten, dass der Abbau von 300 Stellen mit KI zu tun habe."),
    ("nl", "Corvane Software ontkende dat het schrappen van 300 banen iets met AI te maken heeft."),
    ("sv", "Corvane Software förnekade att nedskärningen av 300 tjänster beror på AI."),
])
def test_denying_the_cause_denies_the_cause_not_the_cuts(language, text):
    claims = extract(_article(text, language)).claims
    cause = [c for c in claims if c.kind == "cause" and c.object == "AI"]
    cuts = [c for c in claims if c.kind == "job_cuts"]
    assert [c.polarity for c in cause] == ["deny"], claims
    assert cuts and all(c.modality != "denied" for c in cuts), claims


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Corvane Software denies AI behind 300 job cuts"),
    ("en", "Corvane Software rejects claims AI drove job cuts"),
    ("de", "Corvane Software bestreitet KI als Grund für Stellenabbau"),
])
def test_a_headline_denying_a_cause_without_that_denies_it(language, headline):
    claims = extract(_article(f"{headline}\n\nCorvane Software makes accounting software.", language)).claims
    assert [(c.object, c.polarity) for c in claims if c.kind == "cause"] == [("AI", "deny")], claims
    assert all(c.modality != "denied" for c in claims if c.kind == "job_cuts"), claims


def test_denying_the_figures_still_denies_them():
    text = "Corvane Software denied on Friday that it plans to cut 300 jobs."
    cuts = [c for c in extract(_article(text, "en")).claims if c.kind == "job_cuts"]
    assert [c.modality for c in cuts] == ["denied"]


@pytest.mark.parametrize(("language", "text", "org"), [
    ("en", "Heliotrope, a Berlin-based startup, is laying off 40 staff, chief executive Lena Vogt said.", "Heliotrope"),
    ("en", "Pinecrest Mutual said on Monday that 250 jobs would go by June.", "Pinecrest Mutual"),
    ("en", "The retailer Ambrose Hale will close 30 stores and lay off 900 workers.", "Ambrose Hale"),
    ("de", "Der Autozulieferer Kessler baut bis 2027 rund 500 Jobs ab.", "Kessler"),
    ("de", "Der Konzern Halden Werke will 1.100 Arbeitsplätze streichen.", "Halden Werke"),
    ("fr", "La société Morvan Industries va supprimer 250 emplois, a annoncé lundi sa direction.", "Morvan Industries"),
    ("es", "La empresa Ortiz Hermanos despedirá a 120 trabajadores.", "Ortiz Hermanos"),
    ("nl", "Zuivelbedrijf Hoeve Melk maakt bekend dat 300 banen verdwijnen.", "Hoeve Melk"),
    ("sv", "Skogsbolaget Åsvik Trä meddelade att 400 tjänster ska bort.", "Åsvik Trä"),
])
def test_cues_make_an_unlisted_name_an_organisation(language, text, org):
    extraction = extract(_article(text, language))
    assert {e.name: e.type for e in extraction.entities}.get(org) == "organization", extraction.entities
    assert [c.org for c in extraction.claims if c.kind == "job_cuts"] == [org], extraction.claims


def test_a_person_cue_keeps_a_person():
    extraction = extract(_article("Maren Duval said she would step down after 300 job cuts at Ostrava Steel.", "en"))
    types = {e.name: e.type for e in extraction.entities}
    assert types.get("Maren Duval") == "person" and types.get("Ostrava Steel") == "organization", types


def test_possessive_owner_of_a_workforce_is_an_organisation():
    text = "Layoffs hit the sector again. About 300 of Vantor's 3,000 employees will lose their jobs, the union said."
    extraction = extract(_article(text, "en"))
    assert {e.name: e.type for e in extraction.entities} == {"Vantor": "organization"}
    got = {(c.kind, c.quantity.value) for c in extraction.claims if c.org == "Vantor"}
    assert got == {("job_cuts", 300), ("workforce", 3000)}


def test_a_titled_person_keeps_a_surname_that_names_companies():
    text = "CEO John Capital said the company would cut 200 jobs at Keswick Foods."
    types = {e.name: e.type for e in extract(_article(text, "en")).entities}
    assert types == {"John Capital": "person", "Keswick Foods": "organization"}


@pytest.mark.parametrize("text", [
    "Die Kessler AG streicht 300 Stellen. Die Kunden kaufen online, begründete Vorstandschefin Anna Berger den Schritt.",
    "Die Kessler AG streicht 300 Stellen, sagte Vorstandschefin Anna Berger der Zeitung.",
])
def test_a_german_article_and_noun_after_a_name_are_no_part_of_it(text):
    """An article and a word of the language after a name end it ("Anna Berger den Schritt" is "Anna Berger")."""
    types = {e.name: e.type for e in extract(_article(text, "de")).entities}
    assert types == {"Anna Berger": "person", "Kessler": "organization"}, types


@pytest.mark.parametrize("text", [
    "Die Kessler AG streicht 300 Stellen. Dafür braucht das Unternehmen Personal.",
    "Die Kessler AG streicht 300 Stellen. Künftig benötigt der Konzern Personal für den Vertrieb.",
])
def test_a_german_noun_after_a_company_noun_is_no_name(text):
    """Where nouns are capitalised, a word of the language after a company noun is the verb's object, no company."""
    types = {e.name: e.type for e in extract(_article(text, "de")).entities}
    assert types == {"Kessler": "organization"}, types


@pytest.mark.parametrize(("language", "text", "org"), [
    ("de", "Von Anna Schmidt\nDie Brauerei Ostheim streicht 120 Stellen.", "Ostheim"),
    ("nl", "Door Jan de Vries\nChipmachinemaker Velthoven schrapt 400 banen.", "Velthoven"),
    ("fr", "Par Marie Dupont\nLe constructeur Vallorge supprime 700 emplois.", "Vallorge"),
])
def test_a_byline_stays_on_its_line(language, text, org):
    extraction = extract(_article(text, language))
    assert [e.name for e in extraction.entities if e.type == "organization"] == [org]
    assert [c.org for c in extraction.claims] == [org]


def test_a_person_pronoun_keeps_a_name_that_cuts_jobs_from_being_a_company():
    text = "Borje Ekholm will cut 800 jobs, he said."
    extraction = extract(_article(text, "en"))
    assert not [e for e in extraction.entities if e.type == "organization"]
    assert not extraction.claims  # no organisation to give the cuts to: abstain


def test_a_known_given_name_keeps_a_person():
    text = "Sara Lindgren said on Monday that 300 jobs would go at Ostrava Steel."
    types = {e.name: e.type for e in extract(_article(text, "en")).entities}
    assert types == {"Sara Lindgren": "person", "Ostrava Steel": "organization"}
    text = "Sara Lindgren said on Monday that 300 jobs would go."
    types = {e.name: e.type for e in extract(_article(text, "en")).entities}
    assert types == {"Sara Lindgren": "person"}


def test_a_figure_dated_after_publication_is_a_plan_and_a_state_is_as_of_publication():
    text = ("Quorra Labs said on Tuesday it would cut 1,200 jobs in October 2026 as demand slowed. "
            "The company employs about 40,000 people.")
    claims = {c.kind: c for c in extract(_article(text, "en")).claims}
    assert (claims["job_cuts"].when.value, claims["job_cuts"].modality) == ("2026-10", "planned")
    assert (claims["workforce"].when.value, claims["workforce"].modality) == ("2026-05-08", "reported")


def test_store_closures_give_a_cause_its_context():
    text = ("Larkspur Home will close 25 stores in Ohio, it said on Monday. "
            "Chief executive Nina Hale said the closures were due to high energy costs.")
    causes = [(c.object, c.polarity, c.speaker) for c in extract(_article(text, "en")).claims if c.kind == "cause"]
    assert causes == [("costs", "affirm", "Nina Hale")]


@pytest.mark.parametrize(("language", "text", "org"), [
    ("es", "Hilados Ebro, con sede en Zaragoza, despedirá a 320 empleados.", "Hilados Ebro"),
    ("en", "Gristmill Bakeries, which employs 900 people, is cutting 120 jobs.", "Gristmill Bakeries"),
    ("fr", "Chez Maréchal Transports, 180 postes seront supprimés.", "Maréchal Transports"),
    ("sv", "Brännström Fordon säger upp 90 anställda i Umeå.", "Brännström Fordon"),
    # two words no lexicon lists, like a person's name, but cutting jobs as companies do
    ("en", "Carrow Mills will cut 800 jobs, the company said.", "Carrow Mills"),
    ("sv", "Carrow Kvarnar varslar 800 anställda.", "Carrow Kvarnar"),
])
def test_appositions_and_verbs_that_only_organisations_take(language, text, org):
    extraction = extract(_article(text, language))
    assert [e.name for e in extraction.entities if e.type in ("organization", "person")] == [org]
    assert {e.type for e in extraction.entities if e.name == org} == {"organization"}
    assert [c.org for c in extraction.claims if c.kind == "job_cuts"] == [org]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ostrava Steel will cut 1,200 jobs. Analysts at Harwick Partners estimated the reduction could reach 2,000 jobs."),
    ("sv", "Ostrava Steel varslar 1 200 anställda. Analytiker på Harwick Fonder bedömer att neddragningen kan bli 2 000."),
    ("de", "Ostrava Steel will 1200 Stellen streichen. Analysten bei der Harwick Bank rechnen mit bis zu 2000 Stellen."),
    ("fr", "Ostrava Steel va supprimer 1 200 postes. Les analystes de Harwick Partners tablent sur 2 000 suppressions."),
])
def test_an_observers_firm_is_not_what_the_figure_is_about(language, text):
    """"Analysts at X" speak from X about the company in the news: their figure is that company's."""
    claims = extract(_article(text, language)).claims
    assert {(c.org, c.quantity.value) for c in claims if c.kind == "job_cuts"} == {
        ("Ostrava Steel", 1200), ("Ostrava Steel", 2000)}, claims


@pytest.mark.parametrize(("text", "org"), [
    ("Siemens Energy said on Wednesday it would cut about 4,100 jobs.", "Siemens Energy"),  # another company
    ("Volvo Cars will cut 1,300 jobs, the carmaker said.", "Volvo Cars"),
    ("Volkswagen Group will cut 3,000 jobs. Volkswagen said the cuts were needed.", "Volkswagen"),  # the company itself
    ("Siemens Energy will cut 4,100 jobs, Siemens said on Wednesday.", "Siemens"),  # the short name alone: the same
])
def test_a_known_name_and_a_business_word_is_another_company_unless_the_short_name_stands_alone(text, org):
    extraction = extract(_article(text, "en"))
    assert [c.org for c in extraction.claims if c.kind == "job_cuts"] == [org], extraction.entities


@pytest.mark.parametrize(("language", "text", "org"), [
    ("nl", "Het Zweedse Fenwik Verkstäder schrapt 450 banen, zei het bedrijf woensdag.", "Fenwik Verkstäder"),
    ("nl", "Het Amerikaanse Corvane Semiconductors schrapt 300 banen.", "Corvane Semiconductors"),
    ("en", "The Finnish Kallio Works will cut 300 jobs, the company said.", "Kallio Works"),
])
def test_a_nationality_adjective_is_no_part_of_the_name(language, text, org):
    assert [c.org for c in extract(_article(text, language)).claims if c.kind == "job_cuts"] == [org]


@pytest.mark.parametrize(("language", "text", "org"), [
    ("en", "Brightwave to cut 4,000 jobs\n\nBrightwave Telecom Plc plans to cut 4,000 jobs, it said on Tuesday. "
           "Brightwave shares rose 2%.", "Brightwave Telecom"),
    ("en", "Retailer Brookmere to close 150 stores\n\nBrookmere Home Inc, the struggling retailer, said it would "
           "close 150 of its 420 stores. Brookmere has 15,000 workers.", "Brookmere Home"),
    ("sv", "Hedvik varslar 400\n\nHedvik Verkstad AB varslar 400 anställda. Hedvik har 6 500 medarbetare.",
     "Hedvik Verkstad"),
])
def test_a_short_name_stands_for_the_registered_name(language, text, org):
    """The name with a legal form ("Brightwave Telecom Plc") is the company's full name; the same name without its
    last word ("Brightwave" in the headline) is that company, not another."""
    extraction = extract(Article(id="orgs-short", text=text, language=language, published="2026-03-10"))
    assert {e.name for e in extraction.entities if e.type == "organization"} == {org}
    assert {c.org for c in extraction.claims} == {org}


def test_a_wire_dateline_cites_no_outlet():
    """"LONDON, Sept 15 (Reuters) - X plans to cut": the wire's signature, not a report of a rumour."""
    text = "LONDON, Sept 15 (Reuters) - Brightwave Telecom Plc plans to cut 4,000 jobs, it said on Tuesday."
    claims = extract(Article(id="orgs-dateline", text=text, language="en", published="2026-09-15")).claims
    assert [(c.kind, c.modality, c.source_cited) for c in claims] == [("job_cuts", "planned", None)]  # not rumoured


@pytest.mark.parametrize(("language", "text", "org"), [
    # an organisation word first, as Romance languages put it: the word is the name's, not a company noun before it
    ("es", "Banco Meridional presenta un ERE\n\nBanco Meridional despedirá a 1.300 empleados, informó el banco el martes.",
     "Banco Meridional"),
    ("fr", "Banque Vasseur supprime des postes\n\nLa Banque Vasseur va supprimer 400 postes, a annoncé mardi la direction.",
     "Banque Vasseur"),
    # a link word inside the name
    ("es", "Hilaturas del Norte cierra\n\nHilaturas del Norte despedirá a 180 trabajadores, según ha informado la compañía.",
     "Hilaturas del Norte"),
    ("fr", "Conserveries du Ponant ferme une usine\n\nConserveries du Ponant va supprimer 210 emplois, a annoncé lundi "
           "l'entreprise.", "Conserveries du Ponant"),
    # a common word after the name where only names are capitalised, though the article also writes the first word alone
    ("sv", "Norrskog Papper varslar\n\nSkogsbolaget Norrskog Papper varslar 450 anställda. Norrskog har 5 200 anställda.",
     "Norrskog Papper"),
    ("en", "Harwick Paper to cut jobs\n\nHarwick Paper will cut 300 jobs, the company said. Harwick employs 2,100 people.",
     "Harwick Paper"),
    # the short name in the headline, the full one in the body
    ("sv", "Tillverkaren Lindvall varslar 700\n\nLindvall Komponenter varslar 700 anställda, meddelade bolaget.",
     "Lindvall Komponenter"),
    ("en", "Harwick to cut 300 jobs\n\nHarwick Paper will cut 300 jobs, the company said on Tuesday.",
     "Harwick Paper"),
    # a trade word last that is also a company noun ("la textil X"): the name's organisation word
    ("es", "Marbella Textil cerrará tiendas\n\nLa cadena Marbella Textil despedirá a 380 empleados, anunció el martes.",
     "Marbella Textil"),
    ("es", "Banca Morvedre pacta 1.200 salidas voluntarias\n\nBanca Morvedre y los sindicatos han alcanzado un acuerdo "
           "para la salida de 1.200 empleados, la mayoría mediante prejubilaciones.", "Banca Morvedre"),  # "Banca" first, as "Banco"
    ("fr", "Montval Acier supprime des emplois\n\nMontval Acier va supprimer 420 emplois, a annoncé lundi la direction.",
     "Montval Acier"),
    ("fr", "Mutuelle Lorraine supprime 300 postes\n\nMutuelle Lorraine va supprimer 300 postes, a annoncé la direction.",
     "Mutuelle Lorraine"),  # a company noun opening the name keeps it
    # where nouns are capitalised, a noun the article writes after the name each time it names the firm in full
    ("de", "Falkenried Möbel schließt Filialen\n\nDie Kette Falkenried Möbel streicht 300 Stellen. Falkenried Möbel "
           "meldete Insolvenz an. „Ohne Schnitt hat Falkenried keine Zukunft“, sagte die Chefin.", "Falkenried Möbel"),
    ("de", "Hagedorn Getränke streicht 120 Stellen\n\nDer Getränkehersteller Hagedorn Getränke baut 120 Stellen ab. Bei "
           "Hagedorn arbeiten noch 900 Menschen.", "Hagedorn Getränke"),
])
def test_a_company_keeps_its_whole_name(language, text, org):
    extraction = extract(_article(text, language))
    assert {e.name for e in extraction.entities if e.type == "organization"} == {org}, extraction.entities
    assert {c.org for c in extraction.claims if c.kind == "job_cuts"} == {org}, extraction.claims


def test_a_link_word_before_a_place_or_after_a_name_used_alone_ends_the_name():
    """"Conservas Ortiz de Vigo" beside "Conservas Ortiz" is the company in Vigo; "Telares Ruiz de España" names a
    country after the link word."""
    text = ("Conservas Ortiz recorta empleo\n\nConservas Ortiz despedirá a 90 trabajadores. La plantilla de Conservas "
            "Ortiz de Vigo protestó el martes.")
    assert {e.name for e in extract(_article(text, "es")).entities if e.type == "organization"} == {"Conservas Ortiz"}
    text = "Telares Ruiz de España despedirá a 60 trabajadores, informó la empresa Telares Ruiz el lunes."
    orgs = {e.name for e in extract(_article(text, "es")).entities if e.type == "organization"}
    assert orgs == {"Telares Ruiz"}, orgs


@pytest.mark.parametrize(("language", "text", "org", "expected"), [
    # a union's name, whole or cut short before its union word, is no company
    ("sv", "Nordvik Bank varslar 300\n\nNordvik Bank varslar 300 anställda, meddelade banken. Finansförbundet kritiserar "
           "beskedet och säger att 300 jobb försvinner.", "Nordvik Bank",
     [("job_cuts", 300, "count", {})]),
    ("en", "Corran Bank to cut 400 jobs\n\nCorran Bank will cut 400 jobs, the lender said on Tuesday. The Financial "
           "Services Union said the cuts were a blow to staff.", "Corran Bank", [("job_cuts", 400, "count", {})]),
    # a person's surname alone after the name was told whole with a given name: the person's
    ("en", "Corran Bank to cut 400 jobs\n\nCorran Bank will cut 400 jobs. \"This is a dark day,\" said Gary Pike of the "
           "Financial Services Union. Pike said the union would fight the cuts.", "Corran Bank",
     [("job_cuts", 400, "count", {})]),
    # a descriptor before the name: a trade compound, a result's word
    ("de", "Halvern Motors baut Stellen ab\n\nDer Lastwagenbauer Halvern Motors streicht 900 Stellen, teilte das "
           "Unternehmen am Dienstag mit.", "Halvern Motors", [("job_cuts", 900, "count", {})]),
    ("fr", "Morlaix Chemicals supprime 300 postes\n\nMorlaix Chemicals va supprimer 300 postes, a annoncé mardi la "
           "direction. L'Ebitda de Morlaix Chemicals a reculé de 12 %.", "Morlaix Chemicals",
     [("job_cuts", 300, "count", {})]),
    # a firm of two words named after a family, beside one of its members: the whole name is the firm's
    ("de", "Wohnwelt Krüger streicht Stellen\n\nDas Möbelhaus Wohnwelt Krüger streicht 240 Stellen. „Der Markt ist "
           "schwierig“, sagte Geschäftsführerin Sabine Krüger.", "Wohnwelt Krüger", [("job_cuts", 240, "count", {})]),
    # a bare firm of two words cutting jobs, no article before it as a German noun phrase would have
    ("de", "Wohnwelt Krüger streicht Stellen\n\nWohnwelt Krüger streicht 240 Stellen, teilte das Unternehmen mit.",
     "Wohnwelt Krüger", [("job_cuts", 240, "count", {})]),
    ("de", "Holzland Becker baut ab\n\nHolzland Becker streicht 180 Stellen. „Der Markt ist schwierig“, sagte "
           "Geschäftsführer Tim Becker.", "Holzland Becker", [("job_cuts", 180, "count", {})]),
    ("de", "Stellenabbau\n\nHolzland Becker baut 180 Stellen ab, wie das Unternehmen mitteilte.", "Holzland Becker",
     [("job_cuts", 180, "count", {})]),
    ("en", "Wendover Pike to cut 240 jobs\n\nWendover Pike will cut 240 jobs, chief executive Anna Pike said on Tuesday. "
           "Wendover Pike employs 1,800 people.", "Wendover Pike",  # written as one twice
     [("job_cuts", 240, "count", {}), ("workforce", 1800, "count", {})]),
])
def test_only_the_company_is_an_organisation(language, text, org, expected):
    """Unions are third parties, a descriptor is no part of a name, and a surname a person shares stays in the firm's
    name where the article writes the two as one."""
    check_construction("organisations", extract(_article(text, language)), org, expected)


@pytest.mark.parametrize(("language", "text", "buyer", "bought"), [
    ("en", "Hadley Freight Ltd buys Orwin Haulage – 300 jobs will be cut\n\nHadley Freight Ltd will buy Orwin Haulage, "
           "which employs 1,700 people.", "Hadley Freight", "Orwin Haulage"),
    ("sv", "Hadley Frakt AB köper Orwin Åkeri – 300 jobb försvinner\n\nHadley Frakt AB köper konkurrenten Orwin Åkeri AB, "
           "som har 1 700 anställda.", "Hadley Frakt", "Orwin Åkeri"),
    ("de", "Hadley Fracht übernimmt Orwin Logistik – 300 Stellen fallen weg\n\nDie Hadley Fracht GmbH übernimmt die Orwin "
           "Logistik GmbH, die 1.700 Mitarbeiter beschäftigt.", "Hadley Fracht", "Orwin Logistik"),
    ("fr", "Hadley Fret rachète Orwin Transports : 300 postes supprimés\n\nHadley Fret SA rachète Orwin Transports SA, qui "
           "emploie 1 700 salariés.", "Hadley Fret", "Orwin Transports"),
    ("es", "Hadley Carga compra Orwin Transportes: 300 despidos\n\nLa empresa Hadley Carga compra la firma Orwin "
           "Transportes, que emplea a 1.700 personas.", "Hadley Carga", "Orwin Transportes"),
    ("nl", "Hadley Vracht koopt Orwin Transport – 300 banen verdwijnen\n\nHadley Vracht BV koopt Orwin Transport BV, dat "
           "1.700 mensen in dienst heeft.", "Hadley Vracht", "Orwin Transport"),
])
def test_cuts_after_a_takeover_are_the_buyers(language, text, buyer, bought):
    """"X köper Y – 300 jobb försvinner": what X acquires is no subject of the clause after it, the buyer is; a
    relative clause on Y ("Y, som har 1 700 anställda") is still about Y."""
    claims = extract(_article(text, language)).claims
    assert {(c.kind, c.org) for c in claims} == {("job_cuts", buyer), ("workforce", bought)}, claims


@pytest.mark.parametrize(("language", "text", "org"), [
    ("en", "Interview with the chief executive of Harlow Foods\n\nHarlow Foods, a family-owned company with 2,400 "
           "employees, will cut 300 jobs.", "Harlow Foods"),
    ("de", "Interview mit dem Chef von Kessler Technik\n\nKessler Technik, ein Familienunternehmen mit 2.400 "
           "Beschäftigten, streicht 300 Stellen.", "Kessler Technik"),
    ("fr", "« Nous supprimons 300 postes » : entretien avec la dirigeante de Verdane Industries\n\nVerdane Industries, un "
           "assureur de 5 600 salariés, réorganise ses services. Elle va supprimer 300 postes.", "Verdane Industries"),
    ("es", "Entrevista con el consejero delegado de Mirasol Alimentos\n\nMirasol Alimentos, una empresa familiar con 2.400 "
           "empleados, despedirá a 300 trabajadores.", "Mirasol Alimentos"),
    ("nl", "Interview met de topman van Delvaart Techniek\n\nDelvaart Techniek, een familiebedrijf met 2.400 werknemers, "
           "schrapt 300 banen.", "Delvaart Techniek"),
])
def test_a_headline_ending_in_a_role_of_a_firm_names_no_person_on_the_next_line(language, text, org):
    """"... la dirigeante de Verdane Industries" closing a headline: the body's first words are the firm again, no
    person holding the role (whose staff count was then read as a cut)."""
    x = extract(_article(text, language))
    assert {(e.type, e.name) for e in x.entities} == {("organization", org)}, x.entities
    assert {(c.kind, c.quantity.value) for c in x.claims} == {("workforce", 5600 if language == "fr" else 2400),
                                                             ("job_cuts", 300)}, x.claims
