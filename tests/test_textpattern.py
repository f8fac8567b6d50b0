"""The one alternation builder of word lists (kg.textpattern), which the extractors and the date reader share."""

import re

from kg.textpattern import NEVER, alternation


def test_the_longest_word_comes_first_so_a_short_word_does_not_cut_a_longer_one():
    pattern = alternation(["Sept", "September", "Sep"])
    assert pattern == "September|Sept|Sep"
    assert re.match(pattern, "September 2026").group(0) == "September"


def test_no_words_make_a_pattern_that_never_matches():
    assert alternation([]) == NEVER
    assert alternation(["", ""]) == NEVER
    assert re.search(rf"(?:{alternation([])})", "anything at all") is None


def test_words_are_escaped_once_each_and_a_space_matches_any_white_space():
    pattern = alternation(["U.S.", "per cent", "per cent", ""])
    assert pattern == r"per\s+cent|U\.S\."
    assert re.fullmatch(pattern, "per \n cent") and not re.fullmatch(pattern, "USAS")


def test_ties_are_alphabetical_so_the_pattern_is_the_same_in_every_run():
    assert alternation(["mai", "jan", "feb"]) == "feb|jan|mai"


def test_a_piece_writes_each_word_and_keeps_the_order_of_the_words():
    pattern = alternation(["in {n} years", "within {n} years"], lambda w: re.escape(w).replace(re.escape("{n}"), r"\d+"))
    assert pattern == r"within\s+\d+\s+years|in\s+\d+\s+years"
