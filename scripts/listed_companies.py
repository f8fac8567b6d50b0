"""Write the names of listed companies that the entity finder reads as names (kg/extract/listed.txt).

usage: pip install pytickersymbols && python scripts/listed_companies.py

The names come from pytickersymbols (MIT licence): the members of twenty stock indices (AEX, BEL 20, CAC 40, DAX,
FTSE 100, IBEX 35, OMX Stockholm 30, S&P 500 ...). A national brand is frequent in its own language's corpus and
rare elsewhere, as the language's own words are ("Tesco", "Barclays", "Verizon"), so without this list the finder
took such a name for a word. Each name is written without its legal form and notes ("Next plc" -> "Next",
"Buckle (clothing retailer)" -> "Buckle"); the finder decides which of them are too common a word to count.
"""

from __future__ import annotations

import re
from pathlib import Path

from pytickersymbols import PyTickerSymbols

OUT = Path(__file__).resolve().parents[1] / "kg" / "extract" / "listed.txt"
FORM = re.compile(r"\s*\(.*?\)|,?\s+(?:plc|PLC|AG|SE|N\.?V\.?|S\.?A\.?|SpA|S\.p\.A\.|Inc\.?|Corp\.?|Corporation|AB|ASA|Oyj"
                  r"|A/S|Ltd\.?|Limited|Co\.?|KGaA|& Co\.? KGaA|GmbH|Group|Holdings?|Incorporated)\b\.?|,\s*$")


def names() -> list[str]:
    found = set()
    for stock in PyTickerSymbols().get_all_stocks():
        name = stock["name"]
        while (shorter := FORM.sub("", name).strip(" ,")) != name:
            name = shorter
        if len(name) >= 3 and not name.isdigit():
            found.add(name)
    return sorted(found)


def main() -> None:
    head = ("# Names of listed companies (members of twenty stock indices), from pytickersymbols (MIT licence),\n"
            "# written by scripts/listed_companies.py; one a line, without the legal form.\n")
    OUT.write_text(head + "".join(f"{n}\n" for n in names()), encoding="utf-8")


if __name__ == "__main__":
    main()
