"""The web page in Debian's headless Chromium (driven by Playwright): named query -> rows; contradictions; languages."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest

from kg.lexicon import languages

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def page():
    sync_api = pytest.importorskip("playwright.sync_api")
    binary = CHROMIUM if CHROMIUM.exists() else (shutil.which("chromium") and Path(shutil.which("chromium")))
    if not binary:
        pytest.skip("chromium is not installed: run `bash scripts/system-deps.sh` (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(binary), args=ARGS)
        page = browser.new_page()
        outside = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(("http://127.0.0.1", "data:")) else None)
        page.outside_requests = outside
        yield page
        browser.close()


def test_run_a_named_query_and_see_rows(server, page):
    page.goto(server + "/")
    page.wait_for_selector("#examples option[value=claims]", state="attached")
    page.select_option("#examples", "claims")
    page.fill("[data-param=article]", "ledger-7")
    page.click("#run")
    page.wait_for_selector("table.results tbody tr")
    rows = page.locator("table.results tbody tr")
    assert rows.count() == 1
    assert "Acme Corp is cutting 2,000 jobs" in rows.first.inner_text()
    assert "1 row in" in page.inner_text("#status")
    assert page.outside_requests == []  # works offline: nothing fetched beyond this server


def test_edited_query_runs_through_sparql_and_errors_show(server, page):
    page.goto(server + "/")
    page.fill("#editor", "SELECT ?x WHERE { ?x ?y }")
    page.click("#run")
    page.wait_for_selector("pre.error")
    assert "SPARQL syntax error" in page.inner_text("pre.error")


def test_construct_draws_a_graph(server, page):
    page.goto(server + "/")
    page.fill("#editor", "CONSTRUCT { ?c nkg:organization ?o } WHERE { ?c a nkg:Claim ; nkg:organization ?o }")
    page.click("#run")
    page.wait_for_selector("#graph canvas")
    assert "3 triples" in page.inner_text("#status")


def test_contradictions_view_shows_both_quotes(server, page):
    page.goto(server + "/")
    page.click("#tab-contradictions")
    page.select_option("#c-kind", "numeric")
    page.click("#c-load")
    page.wait_for_selector(".contradiction blockquote")
    card = page.locator(".contradiction").first
    quotes = card.locator("blockquote").all_inner_texts()
    assert any(q.startswith("Acme Corp will cut 1,200 jobs") for q in quotes)
    assert "Acme Corp is cutting 2,000 jobs" in quotes
    sources = card.locator(".source").all_inner_texts()
    assert any("Example Wire" in s and "2026-03-10" in s for s in sources)
    assert any("Daily Ledger" in s for s in sources)


def test_a_named_query_with_more_rows_offers_the_next_page(server, page):
    page.goto(server + "/")
    page.wait_for_selector("#examples option[value=claims]", state="attached")
    page.select_option("#examples", "claims")
    page.evaluate("run('/queries/claims?_size=1')")  # the page asks with the default size; one row makes pages here
    page.wait_for_selector("#next-page")
    first = page.inner_text("table.results tbody")
    assert page.locator("table.results tbody tr").count() == 1 and "there is more" in page.inner_text("#status")
    page.click("#next-page")
    page.wait_for_function("(first) => { const body = document.querySelector('table.results tbody');"
                           " return body !== null && body.innerText !== first; }", arg=first)
    assert page.locator("table.results tbody tr").count() == 1


def test_a_construct_graph_is_labelled_by_names(server, page):
    page.goto(server + "/")
    page.fill("#editor", "CONSTRUCT { ?c nkg:organization ?o . ?o schema:name ?n } "
                         "WHERE { ?c a nkg:Claim ; nkg:organization ?o . ?o schema:name ?n }")
    page.click("#run")
    page.wait_for_selector("#graph canvas")
    labels = page.evaluate("network.body.data.nodes.get().map((n) => n.label)")
    assert "Acme" in labels and "acme" not in labels  # the name, not the IRI's last segment
    assert "4 triples" in page.inner_text("#status")


def test_syntax_errors_show_line_column_and_plain_words(server, page):
    page.goto(server + "/")
    page.fill("#editor", "SELECT ?x WHERE {\n  ?x foo:bar ?y }")
    page.click("#run")
    page.wait_for_selector("pre.error")
    text = page.inner_text("pre.error")
    assert text.startswith('SPARQL syntax error at line 2, column 6: unknown prefix "foo:"')
    assert "\\u{" not in text and "..=" not in text


def test_the_page_lists_the_languages_of_the_lexicons(server, page):
    page.goto(server + "/")
    page.wait_for_function("document.getElementById('languages').textContent !== ''")
    assert page.inner_text("#languages") == ", ".join(languages()) == ", ".join(httpx.get(server + "/languages").json())
