"""Shared pieces of the hardening tests: hypothesis settings, text strategies, the `kg` command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[2]

# Modest by default so `make test` stays fast; raise KG_HYPOTHESIS_EXAMPLES for a long run.
EXAMPLES = int(os.environ.get("KG_HYPOTHESIS_EXAMPLES", "200"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Characters that trip up naive text handling: zero-width, bidi controls, combining marks, NBSP,
# line and paragraph separators, astral characters, a BOM in the middle.
AWKWARD = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202e\u2066\u2069\u0301\u0308\u00a0" \
          "\u2028\u2029\r\n\t\x0b\x0c\x85\U0001f600\U0001d7d8\u05d0\u0627\u0661\u0966\u4e00"

awkward_text = st.text(alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(AWKWARD)), max_size=300)

# Figures of every size and shape a news text can hold, and many it should not.
numbers = st.one_of(
    st.integers(min_value=0, max_value=10**40).map(str),
    st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}"),
    st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}".replace(",", ".")),
    st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}".replace(",", "\u00a0")),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.floats(min_value=0, max_value=1e-300).map(repr),
    st.sampled_from(["1e308", "1e309", "9" * 400, "0.000000000000000000001", "1,5", "2,000.5", "-0", "−1,200",
                     "1.000.000,25", "١٢٣٤", "१२३", "１２３", "½", "3⁄4", "10¹²", "NaN", "inf", "0x1F"]),
)
units = st.sampled_from(["", " jobs", " employees", " %", " percent", " procent", " Prozent", " por ciento",
                         " million", " billion", " miljarder kronor", " Mrd. Euro", " $", "€", " USD", " SEK",
                         " dagen", " days", " stores", " tjänster", " banen", " postes", " Stellen"])
words = st.sampled_from([
    "Acme Corp", "Globex AB", "Initech GmbH", "the company", "said", "will cut", "cuts", "about", "more than",
    "up to", "roughly", "ongeveer", "drygt", "environ", "etwa", "unos", "jobs", "in 2025", "in October 2025",
    "on Monday", "Q3 2026", "chief executive", "Jane Doe", "CEO", "denied", "plans to", "AI", "workforce",
    "revenue", "profit", "schrapt", "streicht", "supprime", "recorta", "varslar", ".", ",", "\n", "\n\n", "«", "»",
    "\u201c", "\u201d", "(", ")", "—",
])
news_text = st.lists(st.one_of(words, words, numbers, st.tuples(numbers, units).map("".join), awkward_text),
                     max_size=60).map(" ".join)


def _markup(children):
    tags = st.sampled_from(["b", "i", "p", "div", "span", "script", "style", "article", "a", "table", "td", "q"])
    return st.builds(lambda tag, inner, attr: f"<{tag}{attr}>{''.join(inner)}</{tag}>",
                     tags, st.lists(children, max_size=4),
                     st.sampled_from(["", ' class="x"', " onclick='alert(1)'", ' href="javascript:void(0)"']))


markup = st.recursive(st.one_of(news_text, st.sampled_from(["&amp;", "&lt;", "&#8203;", "&nbsp;", "<br>", "<!-- c -->",
                                                             "<![CDATA[x]]>", "</p>", "<p", "&#x10FFFF;"])),
                      _markup, max_leaves=25)


def kg(*args, timeout: float = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the `kg` command as a user does: a separate process."""
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, timeout=timeout, env=env)
