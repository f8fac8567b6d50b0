"""Stories that move over time (the eleventh round of story sets): what an outlet's later article says of weeks
before is no update of its earlier word. End to end, extractor included, on articles written for the project about a
made-up company."""

from __future__ import annotations

from contradictions.built import contradictions_of

from kg.records import Article

SAME_DAY = [
    Article(id="harnvik-en-1", language="en", published="2026-04-08", publisher="Wire One",
            title="Harnvik Parcel to cut 1,200 jobs",
            text="Harnvik Parcel will cut 1,200 jobs, the company said on Wednesday. \"We count 2,000 jobs at risk,\" "
                 "said negotiator Marloes Jansen."),
    Article(id="harnvik-nl-2", language="nl", published="2026-04-08", publisher="Transportblad",
            title="Harnvik Parcel schrapt 1.500 banen",
            text="Pakketbezorger Harnvik Parcel schrapt 1.500 banen, maakte het bedrijf woensdag bekend."),
]
LATER = Article(id="harnvik-nl-3", language="nl", published="2026-06-24", publisher="Transportblad",
                title="Harnvik Parcel schrapt minder banen",
                text="Pakketbezorger Harnvik Parcel schrapt minder banen dan gepland. In april sprak de bond nog van "
                     "2.000 bedreigde banen.")


def _counts(rows: list[dict]) -> set[tuple]:
    return {tuple(sorted(c["value"] for c in r["claims"])) for r in rows if r["kind"] == "numeric"}


def test_a_figure_of_weeks_before_in_an_outlets_later_article_keeps_its_earlier_word(tmp_path):
    """Two outlets' counts of one round told the same day disagree (beside a negotiator's 2,000, another announcement);
    the second outlet's article two months later recalls a figure of April ("In april sprak de bond nog van 2.000 ...", not read as the union's): the past recalled,
    which does not replace its 1,500 (was: no row, the 1,500 taken as replaced by the 2,000 recalled)."""
    assert (1200, 1500) in _counts(contradictions_of(tmp_path, SAME_DAY))
    assert (1200, 1500) in _counts(contradictions_of(tmp_path / "later", [*SAME_DAY, LATER]))
