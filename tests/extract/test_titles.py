"""A position carries one canonical title per role, whatever words the article uses for it ("CEO", "chief
executive", "vd:n", "PDG", "Vorstandschef" are all "chief executive officer"), and keeps each title as written
(``nkg:titleAsWritten``). The words and the endings ("vd:n", "chefen", "Amazonchefen") are the lexicons' data
(``[roles] inflections``, ``endings`` and ``[roles.canonical]``); a title no lexicon knows keeps its words in lower
case. The articles are made up for these tests."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode

from kg.extract import extract
from kg.extract.lang import lang_data
from kg.lexicon import languages, lexicon
from kg.mapping import NKG, RDF, article_quads
from kg.records import Article, Role, clean_title
from kg.validate import validate_quads

PUBLISHED = "2026-03-10"
CEO = "chief executive officer"

# (language, article, person, organisation, canonical title, the titles as written)
ONE_ROLE = [
    ("en", "Harbin Lake Foods will cut 250 jobs at its Leeds bakery, chief executive Paul Ortega said on Tuesday. "
           "Harbin Lake Foods CEO Paul Ortega told staff the plant was too small.",
     "Paul Ortega", "Harbin Lake Foods", CEO, {"chief executive", "CEO"}),
    ("sv", "Torvmark AB säger upp 300 anställda. Det meddelar bolagets vd Lena Holmqvist. Vd:n Lena Holmqvist säger "
           "att beslutet var svårt. Verkställande direktör Lena Holmqvist på Torvmark AB vill inte kommentera mer.",
     "Lena Holmqvist", "Torvmark", CEO, {"vd", "Vd:n", "Verkställande direktör"}),
    ("sv", "Volvochefen Lena Holmqvist säger att Volvo ska säga upp 300 anställda.",
     "Lena Holmqvist", "Volvo", "chief", {"chefen", "Volvochefen"}),
    ("fr", "Le PDG de Corvelle, Anne Meunier, a annoncé la suppression de 400 postes. La directrice générale de "
           "Corvelle, Anne Meunier, a précisé que les usines resteront ouvertes.",
     "Anne Meunier", "Corvelle", CEO, {"PDG", "directrice générale"}),
    ("de", "Der Vorstandschef von Hallberg Maschinenbau, Jonas Keller, kündigte den Abbau von 500 Stellen an. "
           "Konzernchef Jonas Keller sagte, die Lage sei ernst.",
     "Jonas Keller", "Hallberg Maschinenbau", CEO, {"Vorstandschef", "Konzernchef"}),
    ("es", "El consejero delegado de Norvia, Marta Ibáñez, anunció 200 despidos. La CEO de Norvia, Marta Ibáñez, "
           "dijo que no habrá más recortes.",
     "Marta Ibáñez", "Norvia", CEO, {"consejero delegado", "CEO"}),
    ("nl", "De topman van Delvaart, Pieter Jansen, schrapt 150 banen. Delvaart-CEO Pieter Jansen noemt de ingreep "
           "nodig.",
     "Pieter Jansen", "Delvaart", CEO, {"topman", "CEO"}),
    ("it", "L'amministratrice delegata di Ferrotti, Giulia Conti, ha annunciato 300 esuberi. L'AD di Ferrotti, "
           "Giulia Conti, ha detto che gli stabilimenti restano aperti.",
     "Giulia Conti", "Ferrotti", CEO, {"amministratrice delegata", "AD"}),
]


def positions(quads) -> dict[NamedNode, dict[str, set[str]]]:
    """Each position node of an article graph: its titles (``title``) and titles as written (``titleAsWritten``)."""
    nodes = {q.subject for q in quads if q.predicate.value == RDF + "type" and q.object == NamedNode(NKG + "Position")}
    out: dict[NamedNode, dict[str, set[str]]] = {n: {"title": set(), "titleAsWritten": set()} for n in nodes}
    for q in quads:
        key = q.predicate.value.removeprefix(NKG)
        if q.subject in nodes and key in ("title", "titleAsWritten"):
            assert isinstance(q.object, Literal)
            out[q.subject][key].add(q.object.value)
    return out


@pytest.mark.parametrize(("language", "text", "person", "org", "canonical", "written"), ONE_ROLE,
                         ids=[f"{c[0]}-{sorted(c[5])[0]}" for c in ONE_ROLE])
def test_one_role_written_in_different_words_is_one_position_with_one_title(language, text, person, org, canonical,
                                                                            written):
    extraction = extract(Article(id=f"titles-{language}", text=text, language=language, published=PUBLISHED))
    roles = [r for r in extraction.roles if r.person == person]
    assert {r.title for r in roles} == written  # as the article wrote them
    assert {(r.org, r.canonical) for r in roles} == {(org, canonical)}
    quads = article_quads(extraction)
    found = positions(quads)
    assert list(found.values()) == [{"title": {canonical}, "titleAsWritten": written}]
    assert validate_quads(quads).conforms


@pytest.mark.parametrize(("text", "written", "title"), [
    ("Marwell Logistics will close two depots and cut 90 jobs. Marwell Logistics Communications Officer Tom Baker "
     "said the depots were too old.", "Communications Officer", "communications officer"),
    ("Volvo will cut 90 jobs. Maria Olsen, Senior Vice President of Global Freight at Volvo, said the depots were "
     "too old.", "Senior Vice President of Global Freight", "senior vice president of global freight"),
])
def test_a_title_no_lexicon_knows_keeps_its_words_in_lower_case(text, written, title):
    extraction = extract(Article(id="titles-unknown", text=text, language="en", published=PUBLISHED))
    assert [(r.title, r.canonical) for r in extraction.roles] == [(written, title)]
    quads = article_quads(extraction)
    assert list(positions(quads).values()) == [{"title": {title}, "titleAsWritten": {written}}]
    assert validate_quads(quads).conforms


@pytest.mark.parametrize(("language", "written", "canonical"), [
    ("sv", "vd:n", CEO), ("sv", "VD:n", CEO), ("sv", "Vd", CEO), ("sv", "koncernchefen", CEO),  # definite clitics
    ("sv", "ordföranden", "chair"), ("sv", "finanschefen", "chief financial officer"),
    ("sv", "Amazonchefen", "chief"), ("sv", "Sverigechef", "chief"), ("sv", "H&M-vd:n", CEO),  # compounds
    ("de", "Betriebsratschefin", "chief"), ("de", "VW-Chef", "chief"), ("de", "Finanzchefin", "chief financial officer"),
    ("de", "Aufsichtsratsvorsitzender", "chair"),
    ("nl", "bestuursvoorzitter", CEO), ("fr", "P.-D.G.", CEO), ("es", "directora general", CEO),
    ("it", "direttore finanziario", "chief financial officer"),
    ("fr", "CFO", "chief financial officer"),  # English words in every language
    ("en", "Chief  Executive,", CEO), ("en", "chairwoman", "chair"), ("en", "spokesman", "spokesperson"),
    ("en", "CMO", "cmo"), ("en", "Head of Procurement", "head of procurement"),  # unknown: lower case, not made up
    ("de", "Werksfeuerwehrmann", "werksfeuerwehrmann"), ("sv", "", ""),
])
def test_canonical_title(language, written, canonical):
    assert lang_data(language).canonical_title(written) == canonical


def test_a_role_without_a_canonical_title_is_positioned_by_its_cleaned_words():
    assert Role("Jane Roe", "Acme", " Chief  Operating Officer,").position_title == "chief operating officer"
    assert Role("Jane Roe", "Acme", "CEO", canonical=CEO).position_title == CEO


@pytest.mark.parametrize("code", languages())
def test_each_role_word_has_one_canonical_title(code):
    """Within a language and English (read after it), a word stands for one role; the canonical titles are written
    as a cleaned title is (lower case), so that a known title and an unknown one never differ only in case."""
    tables = [lexicon(code).get("roles", {}).get("canonical", {}), lexicon("en")["roles"]["canonical"]]
    assert tables[0], f"{code}.toml has no [roles.canonical]"
    for table in tables:
        seen: dict[str, str] = {}
        for canonical, words in table.items():
            assert clean_title(canonical) == canonical
            for w in words:
                assert seen.setdefault(clean_title(w), canonical) == canonical, (code, w)


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("en", "Harbin Lake Foods CEO Paul Ortega met staff on Monday. Operations director Sarah Lind said the Leeds bakery "
           "was too small, Sarah Lind told reporters. Sarah Lind said the ovens were old.\n\n"
           "The chief executive said Harbin Lake Foods will cut 250 jobs.", "Paul Ortega"),
    ("sv", "Torvmark AB:s vd Lena Holmqvist träffade personalen i går. Fabrikschefen Per Ek säger att fabriken är för "
           "liten. Per Ek säger att ugnarna är gamla.\n\nVd:n säger att Torvmark ska säga upp 300 anställda.",
     "Lena Holmqvist"),
])
def test_a_role_in_other_words_stands_for_its_holder(language, text, speaker):
    """"The chief executive said" after "CEO Paul Ortega" is Paul Ortega speaking, not the person quoted most."""
    claims = extract(Article(id="titles-speaker", text=text, language=language, published=PUBLISHED)).claims
    assert [(c.kind, c.speaker) for c in claims] == [("job_cuts", speaker)]


@pytest.mark.parametrize(("language", "text", "person", "org", "written", "canonical"), [
    ("en", "Harlow Foods will cut 200 jobs, said Chad Miller, chief executive of Harlow Foods. The bakery in Leeds will "
           "close.", "Chad Miller", "Harlow Foods", "chief executive", CEO),
    ("en", "Brennock Tools will cut 90 jobs, said Laura Kent, chief financial officer at Brennock Tools, on Tuesday.",
     "Laura Kent", "Brennock Tools", "chief financial officer", "chief financial officer"),
    ("nl", "Delvaart schrapt 600 banen, zei Eva de Vries, topvrouw van Delvaart.", "Eva de Vries", "Delvaart",
     "topvrouw", CEO),
    ("sv", "Torvmark varslar 1 200 anställda, säger Anna Berg, vd för Torvmark.", "Anna Berg",
     "Torvmark", "vd", CEO),
])
def test_a_title_in_apposition_after_a_name_is_the_persons_role(language, text, person, org, written, canonical):
    """"Chad Miller, chief executive of Harlow Foods": the title after the name and its organisation after a link word
    ("of", "van", "för"), also an organisation the article names nowhere else; the person speaks for it."""
    extraction = extract(Article(id="titles-apposition", text=text, language=language, published=PUBLISHED))
    assert [(r.person, r.org, r.title, r.canonical) for r in extraction.roles] == [(person, org, written, canonical)]
    cuts = [c for c in extraction.claims if c.kind != "store_closure"]  # "The bakery in Leeds will close": a closure
    assert [(c.kind, c.org, c.speaker) for c in cuts] == [("job_cuts", org, person)]


@pytest.mark.parametrize("text", [
    "Marwell will cut 90 jobs. Maria Olsen, head of sales in Sweden, said the depots were too old.",
    "Marwell will cut 90 jobs. Maria Olsen, head of sales at Peter Lund, said the depots were too old.",
])
def test_a_place_or_a_person_after_an_apposition_is_no_organisation(text):
    extraction = extract(Article(id="titles-apposition-place", text=text, language="en", published=PUBLISHED))
    assert [r for r in extraction.roles if r.org not in ("", "Marwell")] == []


@pytest.mark.parametrize(("language", "text", "roles"), [
    ("sv", "Norrsken säger upp 500 anställda. – Det är en mörk dag, säger IF Metalls ordförande Marie Nilsson.",
     [("Marie Nilsson", "IF Metall", "ordförande")]),
    ("en", 'Brookmere Home will close 150 stores. "We are taking decisive action," said Laura Kent, Brookmere\'s chief '
           "financial officer.", [("Laura Kent", "Brookmere", "chief financial officer")]),
    ("sv", "Klädkedjan Lindqvist Mode stänger 40 butiker. Kedjans vd Karin Lund säger att beslutet var svårt.",
     [("Karin Lund", "Lindqvist Mode", "vd")]),  # a word of the language opening the sentence is no organisation
    ("en", "Arden Motors will close its Ohio plant. Union leader Mike Dorsey called the closure a betrayal.", []),
])
def test_a_title_after_a_genitive_is_held_at_that_organisation_not_at_the_company_in_the_news(language, text, roles):
    """"IF Metalls ordförande" is the union's chair, not the chair of the company the article is about; a union
    title with no organisation named is no role at the company."""
    extraction = extract(Article(id="titles-genitive", text=text, language=language, published=PUBLISHED))
    assert [(r.person, r.org, r.title) for r in extraction.roles] == roles


@pytest.mark.parametrize(("language", "text", "roles"), [
    ("nl", "Topman Willem Visser van Transvaal BV wil jaarlijks 40 miljoen euro besparen.",
     [("Willem Visser", "Transvaal", "Topman")]),  # "van" before a company is no name particle
    ("nl", "Delvaart BV schrapt 300 banen, zegt topvrouw Eva van Dijk.", [("Eva van Dijk", "Delvaart", "topvrouw")]),
])
def test_a_link_word_before_a_company_ends_the_name(language, text, roles):
    extraction = extract(Article(id="titles-link", text=text, language=language, published=PUBLISHED))
    assert [(r.person, r.org, r.title) for r in extraction.roles] == roles


@pytest.mark.parametrize(("language", "text", "role"), [
    ("en", '"Nothing is off the table," Finance Chief Julia Weber of Stellan Automotive AG told analysts.',
     ("Julia Weber", "Finance Chief", "chief financial officer")),
    ("en", "Stellan Automotive AG will cut 300 jobs, HR director Julia Weber said.",
     ("Julia Weber", "HR director", "head of human resources")),
    ("sv", "Hedvik AB varslar 400 anställda, säger Hedviks finanschef Per Olsson.",
     ("Per Olsson", "finanschef", "chief financial officer")),
])
def test_every_word_with_a_canonical_title_is_found_as_a_title(language, text, role):
    """"Finance Chief Julia Weber" is the CFO, not a "chief": the words of [roles.canonical] are titles."""
    extraction = extract(Article(id="titles-found", text=text, language=language, published=PUBLISHED))
    assert [(r.person, r.title, r.canonical) for r in extraction.roles] == [role]
