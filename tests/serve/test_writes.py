"""The write endpoint: token required, same pipeline as ``marsad ingest``."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.serve.conftest import TOKEN
from tests.serve.test_api import error_of

REPORT = {
    "text": "Jaysh al-Izza said on 12 March 2020 that it shelled government positions "
    "near Kafr Nabl. The group has about 1,200 fighters, its spokesman said.",
    "outlet": "Test Wire",
    "published": "2020-03-12",
    "title": "Posted report",
    "lang": "en",
}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_read_only_server_refuses_writes_saying_why(client: TestClient) -> None:
    response = client.post("/api/documents", json=REPORT, headers=bearer(TOKEN))
    error = error_of(response, 401)
    assert "started without a token" in error["message"]
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    "headers",
    [{}, bearer("wrong"), {"Authorization": TOKEN}, {"Authorization": f"Basic {TOKEN}"}],
)
def test_writes_need_the_right_token(writable: TestClient, headers: dict[str, str]) -> None:
    error = error_of(writable.post("/api/documents", json=REPORT, headers=headers), 401)
    assert "Authorization: Bearer" in error["message"]


def test_the_token_is_checked_before_the_body(writable: TestClient) -> None:
    error_of(writable.post("/api/documents", json={"nonsense": 1}), 401)


def test_posted_document_is_ingested_and_linked(writable: TestClient) -> None:
    before = writable.get("/api/documents").json()["total"]
    response = writable.post("/api/documents", json=REPORT, headers=bearer(TOKEN))
    assert response.status_code == 201, response.text
    posted = response.json()
    assert posted["outcome"] == "new" and posted["page"] == f"/documents/{posted['id']}"
    assert writable.get("/api/documents").json()["total"] == before + 1
    meta = writable.get(f"/api/documents/{posted['id']}").json()
    assert meta["outlet"] == "Test Wire" and meta["published"] == "2020-03-12"
    assert meta["facts"] > 0, "the knowledge base was rebuilt with its facts"
    claims = writable.get("/api/entities/Jaysh al-Izza/claims").json()
    assert any(c["value"] == {"approx": 1200.0} for c in claims)
    again = writable.post("/api/documents", json=REPORT, headers=bearer(TOKEN))
    assert again.status_code == 200 and again.json()["outcome"] == "duplicate"


def test_posted_html_keeps_its_main_text(writable: TestClient) -> None:
    html = "<html><body><nav>Menu</nav><article><p>Jaysh al-Izza fighters withdrew from "
    html += "Latamna on 20 August 2019, the group said.</p></article></body></html>"
    response = writable.post(
        "/api/documents", json={"html": html, "name": "page.html"}, headers=bearer(TOKEN)
    )
    assert response.status_code == 201, response.text
    text = writable.get(f"/api/documents/{response.json()['id']}/text").json()
    assert "Latamna" in text["text"] and text["name"] == "page.html"


@pytest.mark.parametrize(
    "body",
    [{}, {"text": "a", "html": "<p>a</p>"}, {"text": 5}, {"text": "x", "name": "n" * 300}],
)
def test_bad_bodies_are_422(writable: TestClient, body: dict[str, Any]) -> None:
    error_of(writable.post("/api/documents", json=body, headers=bearer(TOKEN)), 422)


def test_an_empty_text_is_422_saying_so(writable: TestClient) -> None:
    response = writable.post("/api/documents", json={"text": "   "}, headers=bearer(TOKEN))
    error = error_of(response, 422)
    assert error["code"] == "unreadable_document"
