"""A story told over weeks and across borders, end to end (extractor included) on articles written for the project
about made-up companies: what an outlet tells of one plant is no rival of the group's figures."""

from __future__ import annotations

import json
from dataclasses import asdict

from kg.contradictions import find_contradictions
from kg.pipeline import build
from kg.records import Article


def _rows(tmp_path, articles: list[Article], kind: str | None = None) -> list[dict]:
    from kg.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(asdict(a)) + "\n" for a in articles))
    assert build([path], store).ok
    return find_contradictions(store, kind=kind)


PLANTS = [
    Article(id="dunmere-es-1", language="es", published="2026-05-04", publisher="Diario Uno",
            title="Dunmere Tools recorta en Burgos",
            text="Dunmere Tools recortará 1.100 empleos en todo el mundo, anunció el lunes la empresa. En España, la "
                 "fábrica de Burgos perderá 300 puestos de trabajo, casi una cuarta parte de su plantilla. Dunmere "
                 "Tools emplea a 9.000 personas en siete países."),
    Article(id="dunmere-de-2", language="de", published="2026-05-05", publisher="Werkzeug Heute",
            title="Dunmere Tools schließt Werk in Linz",
            text="Dunmere Tools schließt sein Werk in Linz. Dort arbeiten 260 Menschen. Dunmere Tools beschäftigt "
                 "weltweit 9.000 Menschen."),
    Article(id="dunmere-en-3", language="en", published="2026-05-05", publisher="Tool Trade Weekly",
            title="Dunmere Tools to close Linz plant",
            text="Dunmere Tools will close its plant in Linz, the company said on Monday. The plant employs 260 "
                 "people. Dunmere Tools employs 9,000 people."),
]


def test_a_plants_staff_far_below_the_groups_is_no_workforce_for_the_groups_cuts(tmp_path):
    """300 cuts in Burgos as a quarter of the staff there imply at least 1,200, not the group's workforce; the Linz
    plant's 260 staff, far below the 9,000 the group states, is a part's: no arithmetic row (was 1,200 against 260)."""
    assert _rows(tmp_path, PLANTS, "arithmetic") == []


LOOKING_BACK = [
    Article(id="orvane-sv-1", language="sv", published="2026-04-14", publisher="Verkstadsbladet",
            title="Orvane säger upp 800",
            text="Maskinbolaget Orvane säger upp 800 anställda. Det meddelade bolaget på tisdagen. Neddragningen är "
                 "bolagets andra på tre år."),
    Article(id="orvane-fr-2", language="fr", published="2026-04-15", publisher="Atelier Hebdo",
            title="Orvane supprime 800 postes",
            text="Le fabricant de machines Orvane va supprimer 800 postes, a annoncé mardi le groupe. Cette "
                 "restructuration est la deuxième en trois ans."),
    Article(id="orvane-es-3", language="es", published="2026-04-15", publisher="Taller Diario",
            title="Orvane recorta 800 empleos",
            text="El fabricante de maquinaria Orvane recortará 800 empleos, anunció el martes el grupo. Es el "
                 "segundo ajuste en tres años."),
]


def test_the_second_round_in_three_years_looks_back_and_dates_no_round(tmp_path):
    """"andra på tre år", "la deuxième en trois ans", "el segundo ajuste en tres años": a span looking back from an
    ordinal, no horizon three years ahead (was: the Swedish round dated 2029 against the others)."""
    from kg.extract import extract

    for a in LOOKING_BACK:
        cuts = [c for c in extract(a).claims if c.kind == "job_cuts"]
        assert cuts and all(c.when is None or c.when.value < "2027" for c in cuts), (a.id, cuts)
    assert _rows(tmp_path, LOOKING_BACK) == []


UNNAMED = [
    Article(id="saltrow-en-1", language="en", published="2026-06-02", publisher="Packaging Daily",
            title="Saltrow to cut 600 jobs",
            text="Saltrow Packaging will cut 600 jobs, the company said on Tuesday. Saltrow cut 500 jobs in 2025. "
                 "A supplier to the car industry cut 200 jobs in the same town in 2025."),
    Article(id="saltrow-de-2", language="de", published="2026-06-03", publisher="Verpackung Heute",
            title="Saltrow streicht 600 Stellen",
            text="Der Verpackungshersteller Saltrow Packaging streicht 600 Stellen. Schon im vergangenen Jahr traf es "
                 "die Stadt: Ein Zulieferer der Autoindustrie hatte damals 200 Stellen abgebaut."),
    Article(id="saltrow-es-3", language="es", published="2026-06-03", publisher="Envase Diario",
            title="Saltrow recorta 600 empleos",
            text="El fabricante de envases Saltrow Packaging recortará 600 empleos. Un proveedor del sector del "
                 "automóvil despidió a 200 trabajadores en la misma ciudad el año pasado."),
]


def test_a_sentence_opening_with_an_unnamed_firm_is_no_claim_of_the_articles_organisation(tmp_path):
    """"...: Ein Zulieferer der Autoindustrie hatte damals 200 Stellen abgebaut", "A supplier to the car industry cut 200
    jobs", "Un proveedor ... despidió a 200": another firm, unnamed, so no claim of Saltrow's (was: 200 against the
    500 of 2025); the firm's own apposition ("Saltrow, ein Zulieferer der Autoindustrie, streicht") is still its."""
    from kg.extract import extract

    for a in UNNAMED:
        assert 200 not in [c.quantity.value for c in extract(a).claims if c.quantity], a.id
    assert _rows(tmp_path, UNNAMED, "numeric") == []
    own = Article(id="saltrow-de-4", language="de", published="2026-06-03", publisher="Verpackung Heute",
                  title="Saltrow", text="Saltrow Packaging, ein Zulieferer der Autoindustrie, streicht 200 Stellen.")
    assert [c.quantity.value for c in extract(own).claims if c.kind == "job_cuts"] == [200]


CLOSED = [
    Article(id="quarnby-en-1", language="en", published="2026-03-03", publisher="Trays Weekly",
            title="Quarnby to close Felsbach plant",
            text="Quarnby Plastics will close its plant in Felsbach, Austria, at the end of September 2027, the "
                 "company said on Tuesday."),
    Article(id="quarnby-es-2", language="es", published="2026-03-05", publisher="Envases Hoy",
            title="Quarnby cerrará Felsbach",
            text="Quarnby Plastics cerrará su planta de Felsbach, en Austria, en junio de 2027, según ha confirmado "
                 "la compañía."),
    Article(id="quarnby-fr-3", language="fr", published="2026-03-05", publisher="Plasturgie Hebdo",
            title="Quarnby ferme Felsbach",
            text="Quarnby Plastics fermera son usine de Felsbach, en Autriche, fin septembre 2027."),
]


def test_a_place_between_commas_after_the_site_leaves_it_its_closing_date(tmp_path):
    """"its plant in Felsbach, Austria, at the end of September 2027", "su planta de Felsbach, en Austria, en junio de
    2027": the country between commas is the site's, the date after it the closure's (was: dated by the article), so
    the outlets' September and June are a temporal row."""
    from kg.extract import extract

    whens = [[c.when.value for c in extract(a).claims if c.kind == "store_closure"] for a in CLOSED]
    assert whens == [["2027-09"], ["2027-06"], ["2027-09"]]
    [row] = _rows(tmp_path, CLOSED, "temporal")
    assert {c["when"] for c in row["claims"]} == {"2027-09", "2027-06"}


COUNCIL = [
    Article(id="quarnby-de-4", language="de", published="2026-03-04", publisher="Kunststoff Woche",
            title="Quarnby schließt Werk in Felsbach",
            text="Der Verpackungshersteller Quarnby Plastics schließt sein Werk in Felsbach. Nach Angaben des "
                 "Betriebsrats soll das Werk bereits im März 2027 schließen."),
    Article(id="quarnby-en-5", language="en", published="2026-03-03", publisher="Trays Weekly",
            title="Quarnby to close Felsbach plant",
            text="Quarnby Plastics will close its plant in Felsbach at the end of September 2027, the company said "
                 "on Tuesday."),
    Article(id="quarnby-es-6", language="es", published="2026-03-05", publisher="Envases Hoy",
            title="Quarnby cerrará Felsbach",
            text="Quarnby Plastics cerrará su planta de Felsbach en junio de 2027, según ha confirmado la compañía."),
]


def test_a_third_partys_date_of_a_closure_is_not_the_companys_undated_word(tmp_path):
    """"schließt sein Werk in Felsbach. Nach Angaben des Betriebsrats soll das Werk bereits im März 2027 schließen":
    the works council's March is its own word, not the company's (was: one claim, the company's, dated March), so
    the outlets' September and June are set against each other and the council's March is only a soft row."""
    from kg.extract import extract

    closures = [(c.when.value, c.third_party) for c in extract(COUNCIL[0]).claims if c.kind == "store_closure"]
    assert ("2027-03", True) in closures and ("2027-03", False) not in closures
    rows = _rows(tmp_path, COUNCIL, "temporal")
    assert {frozenset(c["when"] for c in r["claims"]): r["severity"] for r in rows
            if "2027-03" in {c["when"] for c in r["claims"]}} and all(
        r["severity"] == "soft" for r in rows if "2027-03" in {c["when"] for c in r["claims"]})
    assert any({c["when"] for c in r["claims"]} == {"2027-09", "2027-06"} for r in rows)
