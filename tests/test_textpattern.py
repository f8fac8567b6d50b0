"""The one alternation builder of word lists (kg.textpattern), which the extractors and the date reader share."""

import re

from kg.textpattern import NEVER, alternation, finditer_near


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


def test_matches_searched_near_their_anchor_are_those_of_the_whole_text():
    # every match holds "weeks" or "week"; spaces read runs of white space, so the reach counts the longest run
    pattern = re.compile(r"\b(?:(\d{1,2}|two|twenty\s+one)\s+weeks\s+(?:after|ago)|a\s+week\s+ago)\b", re.I)
    anchor = re.compile("weeks|week", re.I)
    texts = ["Two weeks ago, and 3 weeks after that, a week ago.",
             "twenty   one \n weeks\tago; 12 weeks afterwards; a weekly two weeks ago",
             "two weeks ago two weeks ago" + " " * 40 + "a week ago",
             "no anchor at all", "weeks", "x2 weeks ago 123 weeks ago"]
    for text in texts:
        space = max((len(r) for r in re.findall(r"\s+", text)), default=1)
        reach = len("twenty one weeks after") * space + 1
        assert [m.span() for m in finditer_near(pattern, anchor, reach, text)] == [
            m.span() for m in pattern.finditer(text)]
