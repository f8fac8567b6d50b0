"""Draw the README's picture: examples/ built, exported as the offline HTML page (the domain view), opened in
Debian's headless Chromium (through Playwright, a test extra), and the page saved as a PNG.

usage: .venv/bin/python scripts/readme_picture.py [OUT.png]   (default docs/graph.png)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.export.graph import export_graph  # noqa: E402
from kg.pipeline import build  # noqa: E402
from kg.store import EmbeddedStore  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def main() -> None:
    from playwright.sync_api import sync_playwright

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "graph.png"
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "store")
        if not build([REPO / "examples"], store).ok:
            raise SystemExit("examples/ did not build cleanly")
        page_file = Path(tmp) / "graph.html"
        page_file.write_bytes(export_graph(store, "html")[0])
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 860})
            page.goto(page_file.as_uri())
            page.wait_for_selector("body[data-ready='1']", timeout=60_000)
            # the side panel: a company's facts, claims and quotes, the contradicted ones outlined in red
            page.evaluate("window.kgGraph.show('https://w3id.org/news-kg/id/organization/kestrel-systems')")
            page.evaluate("window.kgGraph.network.selectNodes(['https://w3id.org/news-kg/id/organization/kestrel-systems'])")
            page.screenshot(path=str(out))
            browser.close()
    print(f"{out} written")


if __name__ == "__main__":
    main()
