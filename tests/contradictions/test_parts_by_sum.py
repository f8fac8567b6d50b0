"""An article that tells one round by its parts, unnamed, beside its whole ("800 jobs ... in Leeds, where about 450
go, and in Málaga, where 350 do"): its parts are no rivals of the whole another outlet gives (end to end: the
wynthorpe story set in test_blind_stories, a hard false alarm before)."""

from __future__ import annotations

from kg.contradictions.base import Placed
from kg.contradictions.numeric import PARTS_MAX, _parts_by_sum


def _figure(value: float, n: int = 0, unit: str = "count", third_party: bool = False) -> Placed:
    return Placed(iri=f"c{value}-{n}", article="a", org="Harbeck", kind="job_cuts", modality="announced", offset=n,
                  unit=unit, low=value, high=value, exact=value, third_party=third_party)


def _values(figures: list[Placed]) -> list[float]:
    return sorted(o.exact for o in _parts_by_sum(figures))


def test_two_or_three_figures_adding_up_to_another_are_its_parts():
    assert _values([_figure(800), _figure(450), _figure(350)]) == [350, 450]
    assert _values([_figure(1000), _figure(500), _figure(300), _figure(200)]) == [200, 300, 500]


def test_figures_that_add_up_to_none_of_the_articles_are_no_parts():
    assert _values([_figure(800), _figure(450), _figure(300)]) == []
    assert _values([_figure(800), _figure(400, 1), _figure(400, 2)]) == []  # one figure twice is no breakdown
    assert _values([_figure(800), _figure(450, unit="percent"), _figure(350)]) == []  # units apart


def test_a_third_partys_count_is_no_part():
    """"1.500 Stellen, davon 600 in Deutschland ... Die IG Metall spricht von 900": the union's count is a rival of
    the 600, not the rest of the 1,500."""
    assert _values([_figure(1500), _figure(600), _figure(900, third_party=True)]) == []


def test_an_article_of_many_figures_is_not_tried():
    figures = [_figure(800), _figure(450), _figure(350)] + [_figure(10_000 + n, n) for n in range(PARTS_MAX)]
    assert _values(figures) == []
