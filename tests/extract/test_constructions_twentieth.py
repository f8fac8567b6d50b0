"""Constructions the twentieth blind ten (q19: names that are hard) taught, in made-up articles in several
languages (published Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from extract.expected import check_construction
from extract.test_constructions import extracted


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "RBH to cut 300 jobs\n\nThe Royal Bank of Hoxmoor (RBH) will cut 300 jobs. RBH employs 4,000 people.",
     "Royal Bank of Hoxmoor"),
    ("nl", "VHW schrapt 300 banen\n\nDe Verenigde Hoxmoor Werven (VHW) schrappen 300 banen. VHW telt 4.000 medewerkers.",
     "Verenigde Hoxmoor Werven"),
    ("de", "NHB streicht 300 Stellen\n\nDie Nordhessische Hoxmoor Bahn AG (NHB) streicht 300 Stellen. Die NHB "
           "beschäftigt 4.000 Mitarbeiter.", "Nordhessische Hoxmoor Bahn"),
    ("sv", "SHK varslar 300\n\nSödra Hoxmoor Kraft (SHK) varslar 300 anställda. SHK har 4 000 anställda.",
     "Södra Hoxmoor Kraft"),
    ("fr", "CGH va supprimer 300 postes\n\nLa Compagnie Générale de Hoxmoor (CGH) va supprimer 300 postes. La CGH "
           "emploie 4 000 personnes.", "Compagnie Générale de Hoxmoor"),
    ("es", "CHS despedirá a 300 trabajadores\n\nLa Compañía Hoxmoor de Seguros (CHS) despedirá a 300 trabajadores. "
           "CHS tiene 4.000 empleados.", "Compañía Hoxmoor de Seguros"),
])
def test_an_acronym_in_brackets_names_the_words_it_spells(lang, text, org):
    """An acronym in brackets right after the capitalised words whose initials it spells, short lowercase links
    between them and a legal form last skipped ("The Royal Bank of Hoxmoor (RBH)"), is the organisation they name,
    wherever the article writes either (was: "RBH" apart from "Royal Bank of Hoxmoor", or the claims given to
    "Hoxmoor" or to "Hoxmoor de Seguros")."""
    check_construction("an acronym spelled out", extracted(lang, text), org,
                       [("job_cuts", 300, "count", {}), ("workforce", 4000, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("fr", "Conserveries de la Hoxière va supprimer 120 postes. Conserveries de la Hoxière emploie 900 personnes.",
     "Conserveries de la Hoxière"),
    ("es", "Conservas de la Hoxera despedirá a 120 trabajadores. Conservas de la Hoxera tiene 900 empleados.",
     "Conservas de la Hoxera"),
])
def test_a_link_and_an_article_join_a_name(lang, text, org):
    """A link word of the language and an article after it ("de la") join two parts of a firm's name as the link alone
    does ("Hilaturas del Norte"): "Conserveries de la Hoxière" (was: "Hoxière" and "Conserveries" apart, the claims
    given to the last word)."""
    check_construction("a link and an article", extracted(lang, org.split()[-1] + "\n\n" + text), org,
                       [("job_cuts", 120, "count", {}), ("workforce", 900, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Hoxley Foods, the company behind Crumbleton biscuits, will cut 300 jobs. Crumbleton is the best-selling "
           "biscuit in Britain. Sales of Crumbleton fell last year.", "Hoxley Foods"),
    ("fr", "Hoxley SA, le fabricant des biscuits Crumbleton, va supprimer 300 postes. Crumbleton est le biscuit le plus "
           "vendu de France. Les ventes de Crumbleton ont reculé.", "Hoxley"),
    ("es", "Hoxley SA, el fabricante de las galletas Crumbleton, despedirá a 300 trabajadores. Crumbleton es la galleta "
           "más vendida de España. Las ventas de Crumbleton cayeron.", "Hoxley"),
])
def test_a_brand_in_an_apposition_is_its_owners(lang, text, org):
    """A name a company noun opening an apposition after an organisation has before it ("Hoxley Foods, the company
    behind Crumbleton biscuits", "le fabricant des biscuits Crumbleton") is a brand of that organisation, a product
    whose claims are its owner's (was: "Crumbleton" an organisation by its repetition, the cuts its)."""
    x = extracted(lang, "Hoxley\n\n" + text)
    check_construction("a brand", x, org, [("job_cuts", 300, "count", {})])
    assert [e.type for e in x.entities if e.name == "Crumbleton"] == ["product"]


@pytest.mark.parametrize("text", [
    "Der Wettbewerber Hoxley Getriebe aus Ulm streicht 300 Stellen. Hoxley beschäftigt 4.000 Menschen.",
    "Der Getriebehersteller Hoxley Getriebe aus Ulm streicht 300 Stellen. Hoxley beschäftigt 4.000 Menschen.",
])
def test_a_noun_ending_a_name_after_a_company_noun_is_the_names(text):
    """A rival's word "Wettbewerber" is a company noun (`entities.company_nouns`), and a noun of the language ending a
    name right after a company noun is the name's, though the article writes it once ("Der Wettbewerber Hoxley
    Getriebe"; was: no organisation, the rival's cuts given to the firm of the article, or "Hoxley" alone)."""
    check_construction("a noun after a company noun", extracted("de", "Ulm\n\n" + text), "Hoxley Getriebe",
                       [("job_cuts", 300, "count", {}), ("workforce", 4000, "count", {})])


def test_a_building_society_is_an_organisation():
    """"Society" ends a firm's name (`entities.org_words`: "Hoxley Building Society"; was: no organisation, its staff
    given to the bank named before)."""
    text = ("Kestrel Bank\n\nKestrel Bank will cut 300 jobs. The bank's smaller rival, Hoxley Building Society, said it "
            "would keep its branches. Hoxley employs about 2,400 people.")
    claims = {(c.kind, c.org, c.quantity.value) for c in extracted("en", text).claims}
    assert claims == {("job_cuts", "Kestrel Bank", 300), ("workforce", "Hoxley Building Society", 2400)}, claims


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Hoxley Foods, formerly Crumbleton Foods, will cut 300 jobs.", "Hoxley Foods"),
    ("es", "Hoxley Seguros, la antigua Crumbleton Seguros, despedirá a 300 trabajadores.", "Hoxley Seguros"),
    ("fr", "Hoxley Assurances, anciennement Crumbleton Assurances, va supprimer 300 postes.", "Hoxley Assurances"),
    ("nl", "Hoxley Verzekeringen, voorheen Crumbleton Verzekeringen, schrapt 300 banen.", "Hoxley Verzekeringen"),
    ("sv", "Hoxley Försäkring, före detta Crumbleton Försäkring, varslar 300 anställda.", "Hoxley Försäkring"),
    ("de", "Die Hoxley Versicherung, vormals Crumbleton Versicherung, streicht 300 Stellen.", "Hoxley Versicherung"),
])
def test_a_former_name_is_the_firm_it_was(lang, text, org):
    """A name written only right after a word of a former name (`entities.former`: "formerly", "la antigua",
    "anciennement", "voorheen", "före detta", "vormals") is the firm named before it (was: the old name an
    organisation of its own, nearest the verb, taking the cuts)."""
    check_construction("a former name", extracted(lang, "Hoxley\n\n" + text), org, [("job_cuts", 300, "count", {})])


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("nl", "Bouwbedrijf De Hoxmolen schrapt 60 van zijn 400 banen.", "De Hoxmolen"),
    ("fr", "L'enseigne La Hoxière va supprimer 60 de ses 400 postes.", "La Hoxière"),
])
def test_a_capitalised_article_inside_a_sentence_opens_the_name(lang, text, org):
    """A capitalised article opening a name mid-sentence is the name's own ("Bouwbedrijf De Hoxmolen", "L'enseigne La
    Hoxière"; was: "Hoxmolen", "Hoxière", so that two outlets' spellings of one firm were two names)."""
    check_construction("an article in a name", extracted(lang, org.split()[-1] + "\n\n" + text), org,
                       [("job_cuts", 60, "count", {}), ("workforce", 400, "count", {})])


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Kestrel Bank varslar 300 anställda, och Hoxley Försäkring redovisade ett rörelseresultat på 85 miljoner "
           "kronor."),
    ("nl", "Kestrel Bank schrapt 300 banen, en Hoxley Verzekeringen rapporteerde een bedrijfsresultaat van 85 miljoen "
           "euro."),
    ("es", "Kestrel Banco despedirá a 300 empleados, y Hoxley Seguros registró un beneficio operativo de 85 millones de "
           "euros."),
])
def test_a_firm_stating_a_result_after_and_is_its_clauses_subject(lang, text):
    """After a conjunction joining clauses, an organisation a verb of stating a result follows at once
    (`entities.result_verbs`) is the subject of its own clause, as one a verb of saying or cutting follows is (was:
    the result given to the firm before the conjunction)."""
    x = extracted(lang, "Kestrel\n\n" + text)
    claims = {(c.kind, c.org, c.quantity.value) for c in x.claims}
    bank, insurer = text.split()[0] + " " + text.split()[1], " ".join(text.split(", ")[1].split()[1:3])
    assert claims == {("job_cuts", bank, 300), ("profit", insurer, 85000000)}, claims
