"""Constructions the newest blind sets and story sets still missed (x19's list), in short articles the project wrote in
several languages about made-up companies: each expectation names every claim the article gives (kind, figure,
unit)."""

from __future__ import annotations

import pytest

from extract.test_constructions import extracted


def _stances(x) -> list[tuple]:
    return [(c.org, c.polarity, c.object) for c in x.claims if c.kind == "layoff_outlook"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Freight firm Ostervik denied the report. \"There are no plans to cut jobs,\" a spokesperson said. A trade "
           "paper had reported on Monday that Ostervik would cut 600 jobs, according to people familiar with the matter."),
    ("nl", "Vervoerder Ostervik ontkent het bericht. \"Er zijn geen plannen om banen te schrappen\", zei een "
           "woordvoerder. Een vakblad meldde maandag op basis van ingewijden dat Ostervik 600 banen zou schrappen."),
    ("de", "Der Spediteur Ostervik weist den Bericht zurück. „Es gibt keine Pläne, Stellen abzubauen“, sagte ein "
           "Sprecher. Eine Fachzeitung hatte am Montag unter Berufung auf Insider berichtet, das Unternehmen "
           "wolle 600 Stellen streichen."),
    ("en", "Freight firm Ostervik reported higher revenue. In 2023 Ostervik cut 450 jobs when it closed its Radley hub. "
           "There are no plans to cut jobs, a spokesperson said."),
    ("nl", "Vervoerder Ostervik boekte een hogere omzet. In 2023 sloot Ostervik zijn depot in Radley, waarbij 450 banen "
           "verdwenen. Er zijn geen plannen om banen te schrappen, zei een woordvoerder."),
])
def test_a_plain_denial_stands_beside_a_rumour_or_an_older_round(lang, text):
    """A plain denial ("no plans to cut jobs") stands beside a figure of its firm that is a rumour (a report it
    answers) or a round of an earlier year: neither is cuts it makes now (was: any figure of the firm blocked it)."""
    x = extracted(lang, "Ostervik\n\n" + text)
    assert _stances(x) == [("Ostervik", "deny", "any")], _stances(x)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Freight firm Ostervik will cut 400 jobs this year. There are no plans to cut jobs at its Radley hub, a "
           "spokesperson said."),
    ("nl", "Vervoerder Ostervik schrapt dit jaar 400 banen. Er komen geen ontslagen, zei een woordvoerder."),
])
def test_a_plain_denial_beside_the_firms_cuts_of_this_year_is_none(lang, text):
    """The firm's own cuts told as made now still block it: "no layoffs" tells how they are made."""
    assert _stances(extracted(lang, "Ostervik\n\n" + text)) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Insurer Ostervik reported higher premiums. Ostervik will not cut any jobs, a spokesperson said."),
    ("en", "Insurer Ostervik reported higher premiums. There are no job cuts in the works, a spokesperson said."),
    ("de", "Der Versicherer Ostervik steigerte die Beiträge. Ostervik wird keine Stellen streichen, sagte ein Sprecher."),
    ("de", "Der Versicherer Ostervik steigerte die Beiträge. Ein Stellenabbau ist nicht in Planung, sagte ein Sprecher."),
    ("nl", "Verzekeraar Ostervik boekte hogere premies. Ostervik zal geen banen schrappen, zei een woordvoerder."),
    ("nl", "Verzekeraar Ostervik boekte hogere premies. Er staan geen ontslagen op stapel, zei een woordvoerder."),
    ("sv", "Försäkringsbolaget Ostervik ökade premieintäkterna. Ostervik har inga uppsägningar på gång, enligt "
           "informationschefen."),
    ("fr", "L'assureur Ostervik a augmenté ses primes. Ostervik n'envisage aucun licenciement, a indiqué un "
           "porte-parole."),
])
def test_cuts_denied_with_a_verb_of_the_future_or_of_preparing_are_any(lang, text):
    """A firm of no cut figure saying it will not cut jobs ("will not cut any jobs", "wird keine Stellen streichen",
    "zal geen banen schrappen") or has none in preparation ("no job cuts in the works", "nicht in Planung", "geen
    ontslagen op stapel", "inga uppsägningar på gång"), or envisages none ("n'envisage aucun licenciement": a word of
    plans, not of expecting), denies any cuts (was: nothing, or further cuts only)."""
    x = extracted(lang, "Ostervik\n\n" + text)
    assert _stances(x) == [("Ostervik", "deny", "any")], _stances(x)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Insurer Ostervik reported higher premiums. More job cuts are in the works, a spokesperson said."),
    ("sv", "Försäkringsbolaget Ostervik ökade premieintäkterna. Fler uppsägningar är på gång, enligt "
           "informationschefen."),
    ("fr", "L'assureur Ostervik a augmenté ses primes. Ostervik envisage de nouvelles suppressions de postes, selon un "
           "porte-parole."),
])
def test_more_cuts_in_preparation_are_an_outlook_affirmed(lang, text):
    """Cuts called more with such a word are further ones, affirmed (no "any")."""
    x = extracted(lang, "Ostervik\n\n" + text)
    assert _stances(x) == [("Ostervik", "affirm", None)], _stances(x)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Insurer Ostervik will cut 300 jobs. The company will not close its Radley office, a spokesperson said."),
    ("de", "Der Versicherer Ostervik streicht 300 Stellen. Das Werk in Radley wird nicht geschlossen, sagte ein "
           "Sprecher."),
    ("nl", "Verzekeraar Ostervik schrapt 300 banen. Ostervik zal geen kantoren sluiten, zei een woordvoerder."),
    ("fr", "L'assureur Ostervik envisage des licenciements, selon un porte-parole."),
])
def test_a_verb_of_the_future_beside_no_cut_word_is_no_stance(lang, text):
    """"will", "wird", "zal" deny nothing but cuts: no stance beside a closure denied or a plan affirmed."""
    assert _stances(extracted(lang, "Ostervik\n\n" + text)) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Zuivelbedrijf Kornmaat bereidt een reorganisatie voor waarbij ongeveer 500 banen verdwijnen. Dat zeggen "
           "meerdere bronnen rond het bedrijf tegen Het Dagblad."),
    ("de", "Der Molkereikonzern Kornmaat bereitet einen Umbau vor, bei dem rund 500 Stellen wegfallen. Das berichten "
           "mehrere Insider dem Tageblatt."),
    ("sv", "Mejerikoncernen Kornmaat förbereder en omorganisation där omkring 500 tjänster försvinner. Det uppger "
           "flera källor till Dagstidningen."),
    ("en", "Dairy group Kornmaat is preparing a restructuring in which about 500 jobs will go. That is according to "
           "people familiar with the matter."),
    ("es", "La láctea Kornmaat prepara una reestructuración en la que desaparecerán unos 500 empleos. Así lo "
           "aseguran fuentes cercanas a la empresa."),
])
def test_sources_named_in_the_next_sentence_make_a_rumour(lang, text):
    """The next sentence opening with a word pointing back at the figure's ("Dat zeggen", "Das berichten", "Det
    uppger", "That is according to", "Así lo") and naming sources makes the figure a rumour (was: announced)."""
    x = extracted(lang, "Kornmaat\n\n" + text)
    assert [(c.kind, c.quantity.value, c.modality) for c in x.claims if c.kind == "job_cuts"] == [
        ("job_cuts", 500, "rumoured")], x.claims


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Zuivelbedrijf Kornmaat schrapt 500 banen, maakte het bedrijf dinsdag bekend. Dat zegt een woordvoerder."),
    ("en", "Dairy group Kornmaat will cut 500 jobs, it said on Tuesday. That is what its chief executive told staff."),
])
def test_a_pointer_to_the_company_leaves_it_announced(lang, text):
    """Pointing back at the company's own word names no sources: no rumour."""
    x = extracted(lang, "Kornmaat\n\n" + text)
    assert [(c.quantity.value, c.modality) for c in x.claims if c.kind == "job_cuts"] == [(500, "announced")]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El Grupo Ventisca facturó 900 millones de euros en 2025. El resultado de explotación (ebit) fue de 212 "
           "millones, frente a 188 millones en 2024."),
    ("en", "Ventisca Group reported revenue of 900 million euros for 2025. Its operating profit (EBIT) was 212 million, "
           "against 188 million in 2024."),
    ("de", "Die Ventisca Gruppe setzte 2025 900 Millionen Euro um. Das operative Ergebnis (Ebit) lag bei 212 Millionen, "
           "nach 188 Millionen im Jahr 2024."),
    ("nl", "Ventisca Groep boekte in 2025 een omzet van 900 miljoen euro. Het bedrijfsresultaat (ebit) bedroeg 212 "
           "miljoen, tegen 188 miljoen in 2024."),
])
def test_a_result_named_with_its_abbreviation_in_brackets_takes_the_currency_before(lang, text):
    """A short aside in brackets after the result's name ("el resultado de explotación (ebit) fue de 212 millones")
    leaves the name in the figure's clause: a count of millions takes the currency of the sentence before (was: no
    currency, so no profit claim)."""
    x = extracted(lang, "Ventisca\n\n" + text)
    got = sorted((c.kind, c.quantity.value, c.quantity.unit) for c in x.claims if c.kind == "profit")
    assert ("profit", 212e6, "EUR") in got, got


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El Grupo Ventisca facturó 900 millones de euros en 2025.\n\nLa empresa emplea a 3.000 personas.\n\nEl "
           "resultado de explotación fue de 212 millones."),
    ("fr", "Le groupe Ventisca a réalisé un chiffre d'affaires de 900 millions d'euros en 2025.\n\nLe groupe emploie "
           "3 000 personnes.\n\nLe résultat d'exploitation s'est établi à 212 millions."),
])
def test_a_count_of_millions_named_a_result_takes_the_articles_one_currency(lang, text):
    """A result in millions with no currency, paragraphs after the last sum, takes the currency of all sums before it
    when they have one (was: only the sentence before was looked at)."""
    x = extracted(lang, "Ventisca\n\n" + text)
    assert ("profit", 212e6, "EUR") in [(c.kind, c.quantity.value, c.quantity.unit) for c in x.claims
                                        if c.quantity], x.claims


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El Grupo Ventisca facturó 900 millones de euros en 2025.\n\nSu filial estadounidense facturó 300 millones "
           "de dólares.\n\nEl resultado de explotación fue de 212 millones."),
])
def test_a_count_of_millions_abstains_among_two_currencies(lang, text):
    """With sums in two currencies before it, whose millions they are is a guess: no claim."""
    x = extracted(lang, "Ventisca\n\n" + text)
    assert not [c for c in x.claims if c.quantity and c.quantity.value == 212e6], x.claims


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Insurer Ostervik denied the rumours, though it is highly likely that the company will be announcing further "
           "cutbacks to its workforce."),
    ("nl", "Verzekeraar Ostervik ontkende de geruchten, al is het waarschijnlijk dat het bedrijf meer ontslagen zal "
           "aankondigen."),
])
def test_a_word_of_the_future_plans_only_cuts_denied(lang, text):
    """"will", "zal" stand for a word of plans only for cuts denied with no word of more; beside further cuts they
    give no outlook of their own (was: the writer's guess read as the company's outlook)."""
    assert _stances(extracted(lang, "Ostervik\n\n" + text)) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der Pharmakonzern Kornmaat streicht 300 Stellen. Hauptgrund ist die Konkurrenz durch Generika."),
    ("sv", "Läkemedelsbolaget Kornmaat varslar 300 anställda. Huvudorsaken är den hårda konkurrensen."),
])
def test_the_main_reason_is_a_reason(lang, text):
    """A compound of "main" and a word of reason ("Hauptgrund", "Huvudorsaken") links its cause as the plain word does
    (was: no cause)."""
    x = extracted(lang, "Kornmaat\n\n" + text)
    assert [(c.kind, c.object, c.polarity) for c in x.claims if c.kind == "cause"] == [
        ("cause", "competition", "affirm")], x.claims
