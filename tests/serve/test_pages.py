"""The web pages as HTML: every route, both languages, escaping, errors."""

from __future__ import annotations

import re
from html import unescape
from itertools import pairwise

import pytest
from fastapi.testclient import TestClient

from tests.serve.conftest import Corpus

HTML = {"accept": "text/html"}


def page(client: TestClient, path: str, **params: str) -> str:
    response = client.get(path, params=params, headers=HTML)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


@pytest.mark.parametrize(
    "path", ["/", "/search", "/entities", "/documents", "/entities?type=place"]
)
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_page_renders_in_both_languages(client: TestClient, path: str, lang: str) -> None:
    html = page(client, path, lang=lang)
    if lang == "ar":
        assert '<html lang="ar" dir="rtl">' in html
    else:
        assert '<html lang="en" dir="ltr">' in html
    assert "<script>" not in html, "no inline script: the policy forbids it"


def test_the_language_is_remembered(corpus: Corpus) -> None:
    from marsad.serve import ServeSettings, create_app

    with TestClient(create_app(ServeSettings(db=str(corpus.db)))) as fresh:
        response = fresh.get("/", params={"lang": "ar"}, headers=HTML)
        assert response.cookies.get("marsad_lang") == "ar"
        assert 'dir="rtl"' in fresh.get("/documents", headers=HTML).text
        assert 'dir="ltr"' in fresh.get("/documents?lang=en", headers=HTML).text


def test_the_browser_language_is_the_default(client: TestClient) -> None:
    html = client.get("/", headers={**HTML, "accept-language": "ar-SY,ar;q=0.9"}).text
    assert 'lang="ar"' in html


def test_the_switch_keeps_the_page(client: TestClient, corpus: Corpus) -> None:
    html = page(client, "/entities", q="Izza", type="actor", lang="en")
    switch = re.search(r'class="lang-switch" href="([^"]+)"', html)
    assert switch is not None
    assert switch.group(1) == "/entities?q=Izza&amp;type=actor&amp;lang=ar"


def test_profile_page_holds_every_section(client: TestClient, corpus: Corpus) -> None:
    html = page(client, f"/entities/{corpus.izza}", lang="en")
    for anchor in ("names", "lineage", "leaders", "network", "events", "map", "claims"):
        assert f'id="{anchor}"' in html
    assert 'id="profile-data"' in html and 'type="application/json"' in html
    assert "/static/vendor/cytoscape.min.js" in html and "/static/vendor/d3.min.js" in html
    assert "<circle" in html, "the map has points"
    assert 'class="contradicts"' in html and "✗ #" in html
    assert re.search(r'href="/documents/\d+#span-\d+-\d+"', html), "values link to evidence"


def _section(html: str, anchor: str) -> str:
    start = html.index(f'<section id="{anchor}"')
    return html[start : html.index("</section>", start)]


def test_profile_shows_a_period_column_only_where_some_row_is_dated(
    client: TestClient, corpus: Corpus
) -> None:
    izza = page(client, f"/entities/{corpus.izza}", lang="en")
    for anchor in ("names", "lineage"):
        assert "<th>Period</th>" not in _section(izza, anchor), f"{anchor}: no row has a date"
    # the examples date one leadership ("has led it since last August")
    assert "<th>Period</th>" in _section(izza, "leaders")
    army = client.get("/api/entities", params={"q": "Syrian Arab Army", "type": "actor"}).json()
    profile = client.get(f"/api/entities/{army['items'][0]['id']}").json()
    dated = [r for r in profile["relations"] if r["starts"] or r["ends"]]
    assert dated, "the examples date a relation of the army (supported by, April 2019)"
    relations = _section(page(client, f"/entities/{army['items'][0]['id']}", lang="en"), "network")
    assert "<th>Period</th>" in relations
    assert "2019" in relations


def test_profile_in_arabic_names_entities_in_arabic(client: TestClient, corpus: Corpus) -> None:
    html = page(client, f"/entities/{corpus.izza}", lang="ar")
    assert "<h1><bdi>جيش العزة</bdi></h1>" in html
    assert "عدد المقاتلين" in html and "٢٠١٩" in html, "Arabic labels and digits"


def test_profile_by_name_redirects_to_its_id_keeping_the_language(
    client: TestClient, corpus: Corpus
) -> None:
    response = client.get(
        "/entities/Army of Glory", params={"lang": "ar"}, headers=HTML, follow_redirects=False
    )
    assert response.status_code == 307
    assert response.headers["location"] == f"/entities/{corpus.izza}?lang=ar"


def test_document_page_marks_facts_and_direction(client: TestClient, corpus: Corpus) -> None:
    html = page(client, f"/documents/{corpus.arabic}")
    assert 'id="text" class="doc-text" lang="ar" dir="rtl"' in html
    assert html.count('class="fact ') >= 1 and "data-span=" in html
    assert 'class="f"' in html, "fact spans are marked in the text"
    assert "/static/document.js" in html
    english = page(client, f"/documents/{corpus.english}")
    assert 'lang="en" dir="ltr"' in english


def test_document_text_survives_the_cut_unchanged(client: TestClient, corpus: Corpus) -> None:
    doc = client.get(f"/api/documents/{corpus.english}/text").json()
    html = page(client, f"/documents/{corpus.english}")
    pieces = re.findall(r'<span data-s="(\d+)" data-e="(\d+)"[^>]*>(.*?)</span>', html, re.S)
    assert pieces
    for start, end, shown in pieces:
        assert unescape(shown) == doc["text"][int(start) : int(end)]
    spans = [(int(a), int(b)) for a, b, _ in pieces]
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(spans))


def test_boilerplate_is_kept_and_dimmed(client: TestClient, corpus: Corpus) -> None:
    text = client.get(f"/api/documents/{corpus.contradiction}/text").json()
    assert len(text["boilerplate"]) == 2
    html = page(client, f"/documents/{corpus.contradiction}")
    assert html.count('class="para boilerplate"') == 2
    assert "تخطى إلى المحتوى" in html and "اترك تعليقاً" in html


def test_hostile_markup_is_escaped(client: TestClient, corpus: Corpus) -> None:
    for doc in (corpus.hostile_html, corpus.hostile_json):
        html = page(client, f"/documents/{doc}")
        assert "<img src=x" not in html and 'onerror="window' not in html
        assert 'href="javascript:' not in html.lower()
    html = page(client, f"/documents/{corpus.hostile_json}")
    assert "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in html
    listing = page(client, "/documents", page="1")
    assert "<b onmouseover" not in listing and "&lt;b onmouseover" in listing


def test_search_page_finds_entities_and_sentences(client: TestClient) -> None:
    html = page(client, "/search", q="جيش العزة")
    assert 'class="results"' in html and 'class="results hits"' in html
    assert re.search(r'href="/documents/\d+#span-\d+-\d+"', html)
    assert "search.hint" not in html


def test_pages_paginate(corpus: Corpus) -> None:
    from marsad.serve import ServeSettings, create_app

    with TestClient(create_app(ServeSettings(db=str(corpus.db), page_size=4))) as small:
        first = small.get("/documents", headers=HTML).text
        assert 'rel="next" href' not in first and 'href="/documents?page=2" rel="next"' in first
        last = small.get("/documents?page=4", headers=HTML).text
        assert 'rel="prev"' in last and 'rel="next"' not in last


@pytest.mark.parametrize(
    ("path", "status"),
    [("/entities/no-such-entity", 404), ("/documents/424242", 404), ("/nowhere", 404),
     ("/documents/abc", 422), ("/documents?page=0", 422)],
)  # fmt: skip
def test_page_errors_are_pages(client: TestClient, path: str, status: int) -> None:
    response = client.get(path, headers=HTML)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert 'class="error-page"' in response.text


def test_page_errors_without_html_are_json(client: TestClient) -> None:
    response = client.get("/entities/no-such-entity")
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"
