"""False alarms of real coverage, end to end on articles written for the project: outlets that speak of the same
round in other ways than by stating it. A part of the round named by its whole ("1,500 of the 2,000 jobs it will
cut are in operations") is no rival figure, and its whole is no workforce; cuts spoken of later as known ("the
2,000 jobs", "de 2 000 tjänsterna") are not dated by the day they were spoken of; a horizon counted from the
article's date ("over the next two years" in February 2026) may mean the end of the year before ("by 2027"); "about
3,000" allows the 2,800 that outlets round to it; cuts counted since a year are a total, and "500 of the 1,200 jobs
announced" a part of the round; "10% of its sales staff" is no share of all staff. A figure
that agrees with both sides ("about 6 %" beside "5 %" and "6 %") is on neither. And one disagreement they hide: a
site said to close in 2027 by one outlet and in 2028 by another."""

from __future__ import annotations

import pytest

from kg.contradictions import find_contradictions
from kg.pipeline import build

ARTICLES = {
    "wire-en": " date 2026-05-05\nQuillon Insurance to cut 2,000 jobs\n\n"
               "Insurer Quillon Insurance will cut 2,000 jobs, the company said on Tuesday. "
               "Chief executive Ada Lindqvist said artificial intelligence now handles much of the claims work.\n",
    "desk-en": " date 2026-05-06\nQuillon: most cuts in operations\n\n"
               "Quillon Insurance said on Tuesday that 1,500 of the 2,000 jobs it will cut are in operations.\n\n"
               "Of the cuts, Quillon Insurance said 1,200 of the 2,000 jobs are held by contractors.\n",
    "post-sv": " date 2026-05-13\nQuillon: AI ligger inte bakom nedskärningarna\n\n"
               "Försäkringsbolaget Quillon Insurance har fått ny kritik. Quillon Insurances vd Ada Lindqvist sade på måndagen att de 2 000 tjänsterna som ska bort inte "
               "beror på artificiell intelligens.\n",
    "blatt-de": " date 2026-05-12\nQuillon streicht Stellen\n\n"
                "Der Versicherer Quillon Insurance steht in der Kritik. Konzernchefin Ada Lindqvist sagte am Montag, "
                "die 2.000 Stellen würden wegen der hohen Kosten gestrichen.\n",
    "freight-en": " date 2026-02-10\nMarlow Freight to cut 900 jobs by 2027\n\n"
                  "Rail operator Marlow Freight will cut 900 jobs by 2027, the company said on Tuesday.\n",
    "fret-fr": " date 2026-02-10\nMarlow Freight va supprimer 900 emplois\n\n"
               "L'opérateur ferroviaire Marlow Freight supprimera 900 emplois au cours des deux prochaines années, "
               "a annoncé mardi le groupe.\n",
    "fracht-de": " date 2026-02-11\nMarlow Freight streicht 900 Stellen\n\n"
                 "Der Bahnbetreiber Marlow Freight will bis 2028 rund 900 Stellen streichen. Das teilte das "
                 "Unternehmen am Dienstag mit.\n",
    "chem-en": " date 2026-08-04\nTarnow Chemicals to cut 2,800 jobs\n\n"
               "Tarnow Chemicals will cut 2,800 jobs, the company said on Tuesday.\n",
    "chemie-de": " date 2026-08-05\nTarnow Chemicals streicht rund 3.000 Stellen\n\n"
                 "Der Chemiekonzern Tarnow Chemicals streicht rund 3.000 Stellen, wie das Unternehmen am Dienstag "
                 "mitteilte.\n",
    "chemie-nl": " date 2026-08-05\nTarnow Chemicals schrapt 3.200 banen\n\n"
                 "Chemieconcern Tarnow Chemicals schrapt ongeveer 3.200 banen, maakte het bedrijf dinsdag bekend.\n",
    "shop-en": " date 2026-04-21\nVelmora Retail to cut 1,200 jobs\n\n"
               "Fashion chain Velmora Retail will cut 1,200 jobs, the company said on Tuesday.\n",
    "retail-en": " date 2026-04-22\nVelmora Retail cuts deepen\n\n"
                 "Velmora Retail has shed 3,500 jobs since 2023, the company said on Tuesday. The retailer has already "
                 "cut 500 of the 1,200 jobs announced this week, a spokesperson said.\n",
    "soft-en": " date 2026-07-07\nLumen Analytics to cut 10% of sales staff\n\n"
               "Lumen Analytics will cut 10% of its sales staff, the company said on Tuesday.\n",
    "soft-de": " date 2026-07-08\nLumen Analytics baut Stellen ab\n\n"
               "Der Softwarekonzern Lumen Analytics baut rund 600 Stellen ab, etwa drei Prozent der Belegschaft. "
               "Das teilte das Unternehmen am Dienstag mit.\n",
    "plant-en": " date 2026-02-03\nHalden Motors to close Ghent plant in 2027\n\n"
                "Carmaker Halden Motors will close its Ghent plant in 2027 and cut 3,000 jobs, the company said on "
                "Tuesday.\n",
    "works-en": " date 2026-02-03\nHalden Motors to shut Ghent factory\n\n"
                "Halden Motors will close its Ghent plant in 2028, the carmaker said on Tuesday.\n",
    "tele-fr": " date 2026-06-10\nLumo Telecom va supprimer 1 500 postes\n\n"
               "L'opérateur Lumo Telecom va supprimer 1 500 postes, soit 6 % de ses effectifs, a annoncé mercredi le "
               "groupe.\n",
    "tele-en": " date 2026-06-10\nLumo Telecom to cut 1,500 jobs\n\n"
               "Lumo Telecom will cut 1,500 jobs, about 6% of its staff, the operator said on Wednesday.\n",
    "tele-nl": " date 2026-06-11\nLumo Telecom schrapt 1.500 banen\n\n"
               "Telecombedrijf Lumo Telecom schrapt 1.500 banen, 5 procent van het personeel, maakte het bedrijf "
               "woensdag bekend.\n",
    "logi-en": " date 2026-02-03\nOstwald Logistics rules out more cuts\n\n"
               "Ostwald Logistics does not plan any further job cuts, chief executive Tom Berger said on Tuesday, after "
               "the company cut 300 jobs last year.\n",
    "logi-de": " date 2026-10-13\nOstwald Logistics streicht 12.000 Stellen\n\n"
               "Der Logistiker Ostwald Logistics streicht 12.000 Stellen. Das teilte das Unternehmen am Dienstag mit.\n",
    "auto-de": " date 2026-02-26\nKestavo Motors senkt Prognose\n\n"
               "Der Autobauer Kestavo Motors hat 2025 einen Umsatz von 41,2 Milliarden Euro erzielt. Der Gewinn fiel "
               "auf 2,1 Milliarden Euro, wie das Unternehmen am Donnerstag mitteilte. Ein Jahr zuvor hatte der Gewinn "
               "noch 3,5 Milliarden Euro betragen.\n",
    "cars-en": " date 2026-02-26\nKestavo Motors issues profit warning\n\n"
               "Carmaker Kestavo Motors reported revenue of about 41 billion euros for 2025, the company said on "
               "Thursday. Profit fell to 2.1 billion euros. Analysts had expected a profit of 2.4 billion euros.\n",
    "motor-es": " date 2026-02-27\nKestavo Motors rebaja sus previsiones\n\n"
                "El fabricante Kestavo Motors facturó 44.200 millones de euros en 2025, según informó la compañía el "
                "jueves. Su beneficio cayó a 2.100 millones de euros.\n",
    "butik-sv": " date 2026-05-05\nTorvmark stänger 40 butiker\n\n"
                "Detaljhandelskedjan Torvmark AB stänger 40 butiker före utgången av 2026, meddelade bolaget på "
                "tisdagen.\n",
    "stores-en": " date 2026-05-05\nTorvmark to close 45 stores\n\n"
                 "Swedish retailer Torvmark AB will close 45 stores by the end of 2026, the company said on Tuesday.\n",
    "blad-sv": " date 2026-05-07\nTorvmark stänger butiker\n\n"
               "Torvmark AB stänger 38 butiker i Sverige och två i Norge, enligt bolaget.\n",
    "veld-fr": " date 2026-03-05\nVeldmark supprime 5 000 postes\n\n"
               "Le groupe Veldmark Industries a annoncé jeudi la suppression de 5 000 postes, dont 3 000 durant les "
               "deux prochaines années.\n",
    "veld-en": " date 2026-03-05\nVeldmark Industries to cut 5,000 jobs\n\n"
               "Veldmark Industries will cut 5,000 jobs over the next two years, the company said on Thursday.\n",
    "veld-de": " date 2026-03-06\nVeldmark streicht 5.000 Stellen\n\n"
               "Veldmark Industries will in den nächsten zwei Jahren 5.000 Stellen streichen, davon 3.000 in "
               "Deutschland. Das teilte der Konzern am Donnerstag mit.\n",
    "veld-es": " date 2026-03-06\nVeldmark eliminará 5.000 empleos\n\n"
               "Veldmark Industries eliminará 5.000 empleos en los próximos dos años, anunció el jueves la empresa.\n",
    "veld-own": " date 2026-03-05\nVeldmark Industries to cut 5,000 jobs\n\n"
                "Veldmark Industries will cut 5,000 jobs by 2028, 3,000 of them by the end of 2026, the company said "
                "on Thursday.\n",
    "veld-nl": " date 2026-03-06\nVeldmark schrapt 5.000 banen\n\n"
               "Veldmark Industries schrapt 5.000 banen tot 2028, maakte het bedrijf donderdag bekend.\n",
    "memo-sv": " date 2026-02-10\nSkogvik Bank skär 500 jobb på grund av AI\n\n"
               "Skogvik Bank skär ner 500 tjänster eftersom AI tar över arbetet, skrev vd Karin Ek i ett internt "
               "meddelande på tisdagen.\n",
    "critics-en": " date 2026-02-11\nSkogvik Bank cuts 500 jobs\n\n"
                  "Skogvik Bank will cut 500 jobs, the bank said on Tuesday. Critics say AI is often an excuse for "
                  "layoffs.\n",
    "denial-fr": " date 2026-02-20\nSkogvik Bank : l'IA n'est pas en cause\n\n"
                 "La directrice générale de Skogvik Bank, Karin Ek, a affirmé jeudi que les 500 suppressions de postes "
                 "ne sont pas liées à l'intelligence artificielle.\n",
    "graz-en": " date 2026-09-08\nHalden Motors to close Graz plant\n\n"
               "Halden Motors will close its Graz plant by the end of 2027, the carmaker said on Tuesday. About 1,900 "
               "workers are affected.\n",
    "graz-de": " date 2026-09-08\nHalden Motors schließt Werk in Graz\n\n"
               "Halden Motors schließt sein Werk in Graz Mitte 2028. Betroffen sind rund 1.900 Beschäftigte, teilte der "
               "Autobauer am Dienstag mit.\n",
    "graz-fr": " date 2026-09-09\nHalden Motors ferme son usine de Graz\n\n"
               "Halden Motors va fermer son usine de Graz fin 2027, a annoncé mardi le constructeur. Quelque 2 000 "
               "salariés sont concernés.\n",
    "linz-en": " date 2026-09-09\nHalden Motors to close Linz factory in 2028\n\n"
               "Halden Motors will also close its factory in Linz in 2028, the carmaker said on Wednesday.\n",
    "steel-en": " date 2026-07-30\nOstrava Steel profit falls\n\n"
                "Ostrava Steel said on Thursday its second-quarter net profit fell 20% to 500 million euros.\n",
    "acero-es": " date 2026-07-30\nOstrava Steel gana 500 millones\n\n"
                "Ostrava Steel obtuvo un beneficio neto de 500 millones de euros en el segundo trimestre, informó el "
                "jueves la compañía.\n",
    "stahl-de": " date 2026-07-31\nOstrava Steel verdient weniger\n\n"
                "Ostrava Steel hat im ersten Halbjahr einen Nettogewinn von 1,1 Milliarden Euro erzielt, teilte der "
                "Konzern am Donnerstag mit.\n",
    "rendal-en": " date 2026-02-03\nRendal Motors rules out German cuts\n\n"
                 "Rendal Motors does not expect further job cuts in Germany, chief executive Paul Brandt said on "
                 "Tuesday.\n",
    "rendal-us": " date 2026-09-08\nRendal Motors to cut 11,000 jobs in the US\n\n"
                 "Rendal Motors will cut 11,000 jobs in the United States, the carmaker said on Tuesday.\n",
    "rendal-de": " date 2026-09-09\nRendal Motors streicht 11.000 Stellen in Deutschland\n\n"
                 "Rendal Motors streicht 11.000 Stellen in Deutschland, teilte der Autobauer am Mittwoch mit.\n",
    "soissons-en": " date 2026-10-14\nOstrova Glass to close Soissons plant\n\n"
                   "Ostrova Glass said on Tuesday it would close its Soissons plant.\n",
    "soissons-fr": " date 2026-10-13\nOstrova Glass fermera son usine de Soissons\n\n"
                   "Ostrova Glass fermera son usine de Soissons en mars 2027, a annoncé mardi la direction.\n",
    "soissons-de": " date 2026-10-14\nOstrova Glass schließt Werk in Soissons\n\n"
                   "Ostrova Glass schließt sein Werk in Soissons im Juni 2027, teilte das Unternehmen am Dienstag mit.\n",
    "maple-en": " date 2026-11-17\nMaple Retail to cut 1,200 jobs\n\n"
                "Maple Retail will cut 1,200 jobs, the company said on Tuesday. In total, the retailer has cut 5,000 "
                "jobs since 2024.\n",
    "maple-fr": " date 2026-11-17\nMaple Retail supprime 1 200 postes\n\n"
                "Maple Retail va supprimer 1 200 postes, a annoncé mardi le groupe, après 3 800 suppressions depuis "
                "2024.\n",
    "maple-de": " date 2026-11-18\nMaple Retail streicht 1.200 Stellen\n\n"
                "Maple Retail streicht 1.200 Stellen, teilte das Unternehmen am Dienstag mit. Seit 2024 hat der "
                "Händler 4.500 Stellen abgebaut.\n",
}


STORIES = {"part": ("wire-en", "desk-en"), "known": ("wire-en", "post-sv", "blatt-de"),
           "counted": ("freight-en", "fret-fr"), "horizons": ("freight-en", "fret-fr", "fracht-de"),
           "rounded": ("chem-en", "chemie-de"), "rounded-apart": ("chem-en", "chemie-nl"),
           "since": ("shop-en", "retail-en"), "share": ("soft-en", "soft-de"), "closure": ("plant-en", "works-en"),
           "between": ("tele-fr", "tele-en", "tele-nl"), "ruled-out": ("logi-en", "logi-de"),
           "results": ("auto-de", "cars-en", "motor-es"), "stores": ("butik-sv", "stores-en", "blad-sv"),
           "beyond": ("veld-fr", "veld-en", "veld-de", "veld-es"), "own-horizon": ("veld-own", "veld-nl"),
           "critics": ("memo-sv", "critics-en"), "memo-denied": ("memo-sv", "critics-en", "denial-fr"),
           "site": ("graz-en", "graz-de", "graz-fr", "linz-en"), "periods": ("steel-en", "acero-es", "stahl-de"),
           "outlook-abroad": ("rendal-en", "rendal-us"), "outlook-home": ("rendal-en", "rendal-us", "rendal-de"),
           "totals": ("maple-en", "maple-fr"), "totals-apart": ("maple-en", "maple-de"),
           "site-told": ("soissons-en", "soissons-fr", "soissons-de")}


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> dict[str, list[dict]]:
    """Each story built into its own store: its contradictions."""
    from kg.store import EmbeddedStore

    rows = {}
    for story, names in STORIES.items():
        folder = tmp_path_factory.mktemp(story)
        for name in names:
            (folder / f"{name}.txt").write_text(ARTICLES[name], encoding="utf-8")
        store = EmbeddedStore(folder / "store")
        assert build([folder], store).ok
        rows[story] = find_contradictions(store)
    return rows


def test_a_part_named_by_its_whole_is_no_rival_figure(found):
    assert not [r for r in found["part"] if r["kind"] in ("numeric", "arithmetic")]


def test_cuts_spoken_of_as_known_are_not_dated_by_that_day(found):
    assert not [r for r in found["known"] if r["kind"] in ("temporal", "numeric")]


def test_the_stance_is_still_set_against_its_denial(found):
    [row] = [r for r in found["known"] if r["kind"] == "stance"]
    assert [(c["polarity"], c["article"]) for c in row["claims"]] == [("affirm", "wire-en"), ("deny", "post-sv")]


def test_two_years_from_february_may_mean_the_end_of_next_year(found):
    assert not [r for r in found["counted"] if r["kind"] == "temporal"]


def test_two_calendar_horizons_still_disagree_and_show_their_years(found):
    [row] = [r for r in found["horizons"] if r["kind"] == "temporal"]
    assert [(c["when"], c["article"], c["articles"]) for c in row["claims"]] == [
        ("2027", "freight-en", ["freight-en"]), ("2028", "fracht-de", ["fracht-de"])]  # two years: either


def test_about_a_round_figure_allows_what_outlets_round_to_it(found):
    assert not found["rounded"]


def test_about_a_precise_figure_still_disagrees(found):
    [row] = found["rounded-apart"]
    assert (row["kind"], row["severity"], [c["value"] for c in row["claims"]]) == ("numeric", "hard", [2800, 3200])


def test_cuts_counted_since_a_year_and_progress_on_the_round_are_no_rival_rounds(found):
    assert not found["since"]


def test_a_share_of_the_sales_staff_is_not_a_share_of_all_staff(found):
    assert not found["share"]


def test_one_site_closing_in_two_different_years_is_a_temporal_disagreement(found):
    [row] = [r for r in found["closure"] if r["kind"] == "temporal"]
    assert [(c["when"], c["article"]) for c in row["claims"]] == [("2027", "plant-en"), ("2028", "works-en")]
    assert row["severity"] == "soft" and row["explanation"].endswith("joined by the same site dated apart: one "
                                                                     "closure dated differently")


def test_a_figure_that_meets_both_sides_is_on_neither(found):
    [row] = found["between"]
    assert [(c["value"], c["articles"]) for c in row["claims"]] == [(5, ["tele-nl"]), (6, ["tele-fr"])]
    assert row["articles"] == ["tele-fr", "tele-nl"]


def test_cuts_ruled_out_and_a_large_round_months_later_are_an_outlook_row(found):
    [row] = found["ruled-out"]
    assert row["kind"] == "outlook" and [c["article"] for c in row["claims"]] == ["logi-en", "logi-de"]


def test_a_result_told_on_a_day_is_for_the_period_before_and_a_year_earlier_one_for_the_year_before(found):
    """"Der Gewinn fiel auf 2,1 Milliarden Euro, wie das Unternehmen am Donnerstag mitteilte" is 2025's profit, and
    "Ein Jahr zuvor ... 3,5 Milliarden" 2024's: no profit row; the wrong revenue (44.2 against 41.2 billion) is one,
    "about 41 billion" is not."""
    [row] = found["results"]
    assert (row["kind"], [(c["article"], c["value"]) for c in row["claims"]]) == (
        "numeric", [("auto-de", 41200000000), ("motor-es", 44200000000)])


def test_stores_closed_in_one_country_are_no_rival_count(found):
    [row] = [r for r in found["stores"] if r["kind"] == "numeric"]
    assert [(c["article"], c["value"]) for c in row["claims"]] == [("butik-sv", 40), ("stores-en", 45)]


def test_a_round_whose_part_alone_is_dated_by_two_years_runs_past_the_round_all_done_in_two_years(found):
    """"5 000 postes, dont 3 000 durant les deux prochaines années": the other 2,000 come later, against "5,000 jobs
    over the next two years"; "davon 3.000 in Deutschland" names which part, not when: on the side of two years."""
    [row] = found["beyond"]
    assert row["kind"] == "temporal" and row["severity"] == "soft"
    assert [c["articles"] for c in row["claims"]] == [["veld-de", "veld-en", "veld-es", "veld-fr"], ["veld-fr"]]
    # (its 3,000 within two years agrees with the others)
    assert "dates it after 2028" in row["explanation"]


def test_a_part_dated_before_a_whole_with_its_own_horizon_is_no_later_round(found):
    assert not found["own-horizon"]


def test_critics_on_ai_in_general_are_no_denial_by_the_company_said_before_them(found):
    """"Critics say AI is often an excuse for layoffs" after "the bank said": the critics speak, not the bank."""
    assert not found["critics"]
    [row] = found["memo-denied"]
    assert (row["kind"], row["severity"]) == ("stance", "hard")
    assert [(c["polarity"], c["articles"]) for c in row["claims"]] == [("affirm", ["memo-sv"]), ("deny", ["denial-fr"])]


def test_one_site_named_after_or_before_its_plant_noun_in_any_language_is_one_closure(found):
    """"its Graz plant", "sein Werk in Graz", "son usine de Graz": one site, closed at the end of 2027 or in mid-2028;
    the Linz factory closing in 2028 is another site; "about 1,900" and "quelque 2 000" workers agree."""
    [row] = found["site"]
    assert (row["kind"], row["topic"]) == ("temporal", "store_closure takes effect (2027-Q4)")
    assert [c["articles"] for c in row["claims"]] == [["graz-fr"], ["graz-de"]]  # ("by the end of 2027": a horizon)


def test_one_site_closing_in_two_months_is_one_closure_beside_the_outlet_that_dates_only_when_it_was_told(found):
    """"will close its Soissons plant" (said on Tuesday), "en mars 2027" and "im Juni 2027": one closure, dated apart."""
    [row] = found["site-told"]
    assert (row["kind"], row["severity"]) == ("temporal", "soft")
    assert [(c["when"], c["articles"]) for c in row["claims"]] == [("2027-03", ["soissons-fr"]),
                                                                   ("2027-06", ["soissons-de"])]


def test_a_result_of_the_half_year_is_no_rival_of_the_second_quarters(found):
    assert not found["periods"]


def test_no_further_cuts_in_one_country_is_overturned_only_by_a_round_there(found):
    assert not found["outlook-abroad"]
    [row] = found["outlook-home"]
    assert row["kind"] == "outlook" and [c["article"] for c in row["claims"]] == ["rendal-en", "rendal-de"]


def test_two_totals_apart_by_the_new_round_count_it_in_and_out(found):
    """"has cut 5,000 jobs since 2024" beside "1,200 jobs, after 3,800 since 2024": 3,800 + 1,200; against 4,500
    since 2024, 5,000 still disagrees."""
    assert not found["totals"]
    [row] = found["totals-apart"]
    assert (row["kind"], [c["value"] for c in row["claims"]]) == ("numeric", [4500, 5000])
