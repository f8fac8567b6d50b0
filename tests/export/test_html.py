"""The offline HTML page, opened in headless Chromium with every non-file request refused."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from kg.export.graph import export_graph

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
CSP_WATCH = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", e => window.__violations.push(e.blockedURI));
"""


@pytest.fixture
def page():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: run `make system-deps` (bash scripts/system-deps.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1200, "height": 800})
        attempted: list[str] = []

        def guard(route):
            if route.request.url.startswith("file://"):
                route.continue_()
            else:
                attempted.append(route.request.url)
                route.abort()

        context.route("**/*", guard)
        context.add_init_script(CSP_WATCH)
        page = context.new_page()
        page.attempted = attempted
        yield page
        browser.close()


def _coloured_pixels(png: bytes, rgb: tuple[int, int, int], tolerance: int = 12) -> int:
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    return sum(1 for px in image.getdata() if all(abs(a - b) <= tolerance for a, b in zip(px, rgb, strict=True)))


def test_html_draws_the_graph_offline_with_search_and_claims(kg_store, tmp_path, page):
    content, media = export_graph(kg_store, "html")
    assert media.startswith("text/html")
    path = tmp_path / "graph.html"
    path.write_bytes(content)
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)

    shot = page.locator("#graph canvas").screenshot(path=str(tmp_path / "graph.png"))
    from PIL import Image

    pixels = list(Image.open(io.BytesIO(shot)).convert("L").getdata())
    assert sum(1 for p in pixels if p < 245) > 2000, "the canvas is blank"
    assert _coloured_pixels(shot, (0x1F, 0x77, 0xB4)) > 50, "no organisation drawn in its colour"
    assert _coloured_pixels(shot, (0xD6, 0x27, 0x28)) > 50, "the contradiction is not highlighted"
    assert "Organization (2)" in page.inner_text("#legend") and "Claim (3)" in page.inner_text("#legend")

    page.fill("#search", "jane")
    assert page.inner_text("#status") == "2 match(es)"  # Jane Roe, and her position "Jane Roe at Acme"
    assert page.inner_text("#details h2") == "Jane Roe"

    page.fill("#search", "1,600")
    claim = page.locator("#details .claim.contradicted")
    assert claim.count() == 1
    assert "Acme Corp will cut 1,600 office jobs" in claim.inner_text()
    assert "contradicts (numeric)" in claim.inner_text()

    page.fill("#search", "Acme")
    page.evaluate("window.kgGraph.show('https://w3id.org/news-kg/id/organization/acme')")
    assert page.inner_text("#details h3") == "3 claim(s)"

    assert page.attempted == []
    assert page.evaluate("window.__violations") == []
