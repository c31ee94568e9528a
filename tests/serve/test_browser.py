"""The pages in a real browser: Debian's Chromium, headless, driven by Playwright.

Screenshots of every page land in ``test-artifacts/serve/`` for a person to
look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.serve.conftest import Corpus


@pytest.fixture
def page(browser: Any, live_server: str) -> Iterator[Any]:
    """A fresh page that records dialogs and every request it makes."""
    context = browser.new_context(viewport={"width": 1360, "height": 900}, device_scale_factor=1)
    opened = context.new_page()
    opened.dialogs = []
    opened.requests = []
    opened.errors = []
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    opened.on("request", lambda request: opened.requests.append(request.url))
    opened.on("pageerror", lambda error: opened.errors.append(str(error)))
    yield opened
    context.close()


def visit(page: Any, url: str) -> None:
    response = page.goto(url, wait_until="load")
    assert response is not None and response.status == 200, url


def only_local(page: Any, server: str) -> None:
    outside = [url for url in page.requests if not url.startswith(server)]
    assert outside == [], "nothing may be loaded from elsewhere"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_profile_page_draws_every_view(
    page: Any, live_server: str, corpus: Corpus, artifacts: Path, lang: str
) -> None:
    visit(page, f"{live_server}/entities/{corpus.izza}?lang={lang}")
    page.wait_for_selector("#graph[data-drawn]")
    page.wait_for_selector("#events-chart svg .mark-event")
    page.wait_for_selector("#claims-chart svg .claim-mark")
    assert page.evaluate("document.documentElement.dir") == ("rtl" if lang == "ar" else "ltr")
    assert page.evaluate("getComputedStyle(document.body).direction") == page.evaluate(
        "document.documentElement.dir"
    )
    assert int(page.get_attribute("#graph", "data-drawn")) > 3
    assert page.locator(".map svg circle").count() > 0
    assert page.locator(".ledger tr.contradicts").count() >= 2
    assert page.locator("#claims-chart .claim-mark.contradicts").count() >= 2
    page.screenshot(path=str(artifacts / f"profile-{lang}.png"), full_page=True)
    assert page.dialogs == [] and page.errors == []
    only_local(page, live_server)


def test_claims_of_one_date_do_not_cover_one_another(
    page: Any, live_server: str, corpus: Corpus
) -> None:
    """Every chart's marks stand at distinct places, even for claims of one day."""
    visit(page, f"{live_server}/entities/{corpus.izza}?lang=en")
    page.wait_for_selector("#claims-chart svg .claim-mark")
    spots = page.evaluate(
        """[...document.querySelectorAll('#claims-chart figure')].map(f =>
            [...f.querySelectorAll('.claim-mark')].map(m => m.getAttribute('transform')))"""
    )
    assert any(len(marks) > 1 for marks in spots), "some chart holds several claims"
    for marks in spots:
        assert len(set(marks)) == len(marks), marks


def test_clicking_a_graph_node_opens_its_profile(
    page: Any, live_server: str, corpus: Corpus
) -> None:
    visit(page, f"{live_server}/entities/{corpus.izza}?lang=en")
    page.wait_for_selector("#graph[data-drawn]")
    target = page.evaluate(
        "JSON.parse(document.getElementById('profile-data').textContent).graph.nodes"
        ".find(n => n.id !== JSON.parse(document.getElementById('profile-data')"
        ".textContent).graph.center).id"
    )
    page.locator(f".ledger, a[href='/entities/{target}']").first.wait_for(state="attached")
    page.goto(f"{live_server}/entities/{target}")
    assert page.locator("h1").inner_text().strip()


def _text_direction(page: Any) -> dict[str, Any]:
    return page.evaluate(
        """() => {
        const text = document.getElementById('text');
        const para = text.querySelector('.para:not(.boilerplate)');
        const range = document.createRange();
        range.selectNodeContents(para);
        const words = range.getBoundingClientRect();
        const box = para.getBoundingClientRect();
        return {dir: getComputedStyle(text).direction, paraDir: getComputedStyle(para).direction,
                rightGap: box.right - words.right, leftGap: words.left - box.left};
    }"""
    )


def _click_first_fact(page: Any) -> tuple[str, str]:
    fact = page.locator(".fact").first
    fact.click(position={"x": 6, "y": 6})
    page.wait_for_selector("#text .hl-span")
    highlighted = page.evaluate(
        "Array.from(document.querySelectorAll('#text .hl-span')).map(e => e.textContent).join('')"
    )
    start, end = (int(x) for x in fact.get_attribute("data-span").split())
    return highlighted, f"#span-{start}-{end}"


def test_arabic_document_is_right_to_left_and_a_click_highlights_the_fact(
    page: Any, live_server: str, corpus: Corpus, artifacts: Path, client: Any
) -> None:
    visit(page, f"{live_server}/documents/{corpus.arabic}?lang=ar")
    layout = _text_direction(page)
    assert layout["dir"] == "rtl" and layout["paraDir"] == "rtl"
    assert layout["rightGap"] < 4 < layout["leftGap"], "Arabic lines start at the right"
    highlighted, anchor = _click_first_fact(page)
    doc = client.get(f"/api/documents/{corpus.arabic}/text").json()
    span = doc["facts"][0]["span"]
    assert highlighted == doc["text"][span[0] : span[1]]
    assert page.locator(".fact.active").count() == 1
    assert page.evaluate("location.hash") == anchor
    in_view = page.evaluate(
        "(() => { const r = document.querySelector('#text .hl-span').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= innerHeight; })()"
    )
    assert in_view
    page.screenshot(path=str(artifacts / "document-ar.png"), full_page=True)
    assert page.dialogs == [] and page.errors == []


def test_english_document_highlights_a_fact(
    page: Any, live_server: str, corpus: Corpus, artifacts: Path
) -> None:
    visit(page, f"{live_server}/documents/{corpus.english}?lang=en")
    assert _text_direction(page)["dir"] == "ltr"
    facts = page.locator(".fact")
    facts.nth(min(3, facts.count() - 1)).click(position={"x": 6, "y": 6})
    page.wait_for_selector("#text .hl-span")
    page.screenshot(path=str(artifacts / "document-en.png"), full_page=False)
    only_local(page, live_server)


def test_evidence_link_opens_with_the_span_highlighted(
    page: Any, live_server: str, corpus: Corpus, client: Any
) -> None:
    doc = client.get(f"/api/documents/{corpus.english}/text").json()
    fact = doc["facts"][-1]
    start, end = fact["span"]
    visit(page, f"{live_server}/documents/{corpus.english}#span-{start}-{end}")
    page.wait_for_selector("#text .hl-span")
    shown = page.evaluate(
        "Array.from(document.querySelectorAll('#text .hl-span')).map(e => e.textContent).join('')"
    )
    assert shown == doc["text"][start:end]
    assert page.locator(".fact.active").count() == 1


def test_a_search_hit_highlights_its_sentence_exactly(
    page: Any, live_server: str, corpus: Corpus, client: Any
) -> None:
    hit = client.get("/api/search", params={"q": "Kafr Nabl"}).json()["sentences"][0]
    visit(page, f"{live_server}/documents/{hit['document_id']}#span-{hit['start']}-{hit['end']}")
    page.wait_for_selector("#text .hl-span")
    shown = page.evaluate(
        "Array.from(document.querySelectorAll('#text .hl-span')).map(e => e.textContent).join('')"
    )
    assert shown == hit["sentence"]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_home_search_and_lists_render(
    page: Any, live_server: str, artifacts: Path, lang: str
) -> None:
    visit(page, f"{live_server}/?lang={lang}")
    page.screenshot(path=str(artifacts / f"home-{lang}.png"), full_page=True)
    page.fill(".hero input[name=q]", "جيش العزة")
    page.press(".hero input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator(".results li").count() > 1
    page.screenshot(path=str(artifacts / f"search-{lang}.png"), full_page=True)
    visit(page, f"{live_server}/documents")
    page.screenshot(path=str(artifacts / f"documents-{lang}.png"), full_page=True)
    assert page.dialogs == [] and page.errors == []
    only_local(page, live_server)


HOSTILE_PAGES = ("/documents/{html}", "/documents/{json}", "/documents", "/", "/search?q=Outlet")


@pytest.mark.parametrize("path", HOSTILE_PAGES)
def test_hostile_documents_run_nothing(
    page: Any, live_server: str, corpus: Corpus, artifacts: Path, path: str
) -> None:
    url = live_server + path.format(html=corpus.hostile_html, json=corpus.hostile_json)
    visit(page, url)
    for element in page.locator("#text .para, .fact, a, td, h1").all()[:200]:
        element.hover(timeout=2000, force=True, trial=False, no_wait_after=True)
    for fact in page.locator(".fact").all():
        fact.click(position={"x": 4, "y": 4})
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == []
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert page.locator("#text script, #text img, main img, main [onerror]").count() == 0
    if "{html}" in path or "{json}" in path:
        name = "hostile-html" if "{html}" in path else "hostile-json"
        page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def test_hostile_text_is_shown_as_text(page: Any, live_server: str, corpus: Corpus) -> None:
    visit(page, f"{live_server}/documents/{corpus.hostile_json}")
    assert "<img src=x onerror=" in page.locator("h1").inner_text()
    assert "javascript:" in page.locator(".meta .url").inner_text()
    visit(page, f"{live_server}/documents/{corpus.hostile_html}")
    body = page.locator("#text").inner_text()
    assert "<img src=x onerror=" in body or "<script>" in body
