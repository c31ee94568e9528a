"""The JSON API: every route, its errors, and the one error shape."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.serve.conftest import Corpus


def error_of(response: Any, status: int) -> dict[str, Any]:
    """The error object of a response, checked against the one shape."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert error["status"] == status and error["code"] and error["message"]
    assert set(error) <= {"status", "code", "message", "details"}
    return dict(error)


def test_openapi_lists_every_route(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {
        "/api/entities", "/api/entities/{entity_id}", "/api/entities/{entity_id}/timeline",
        "/api/entities/{entity_id}/claims", "/api/entities/{entity_id}/graph",
        "/api/entities/{entity_id}/places", "/api/documents", "/api/documents/{document_id}",
        "/api/documents/{document_id}/text", "/api/search",
    } <= paths  # fmt: skip
    assert "post" in spec["paths"]["/api/documents"]
    assert not any(p.startswith("/entities") or p == "/" for p in paths), "pages stay out"
    assert "Profile" in spec["components"]["schemas"]


def test_no_interactive_docs_that_would_load_a_cdn(client: TestClient) -> None:
    for path in ("/docs", "/redoc"):
        assert client.get(path, headers={"accept": "application/json"}).status_code == 404


def test_entities_page_and_search(client: TestClient) -> None:
    first = client.get("/api/entities", params={"limit": 5}).json()
    assert len(first["items"]) == 5 and first["total"] > 5 and first["offset"] == 0
    second = client.get("/api/entities", params={"limit": 5, "offset": 5}).json()
    assert {e["id"] for e in first["items"]}.isdisjoint({e["id"] for e in second["items"]})
    for name in ("Jaysh al-Izza", "جيش العزة"):
        found = client.get("/api/entities", params={"q": name}).json()
        assert found["items"][0]["canonical"] == "Jaysh al-Izza"
    places = client.get("/api/entities", params={"type": "place"}).json()["items"]
    assert places and {e["type"] for e in places} == {"place"}


@pytest.mark.parametrize(
    ("params", "where"),
    [({"limit": 0}, "query.limit"), ({"limit": 501}, "query.limit"),
     ({"offset": -1}, "query.offset"), ({"type": "planet"}, "query.type"),
     ({"limit": "many"}, "query.limit")],
)  # fmt: skip
def test_bad_parameters_are_422_in_the_one_shape(
    client: TestClient, params: dict[str, Any], where: str
) -> None:
    error = error_of(client.get("/api/entities", params=params), 422)
    assert error["code"] == "invalid_request"
    assert [d["where"] for d in error["details"]] == [where]
    assert where in error["message"]


def test_profile_by_id_or_any_name(client: TestClient, corpus: Corpus) -> None:
    by_id = client.get(f"/api/entities/{corpus.izza}").json()
    assert by_id["entity"]["id"] == corpus.izza
    assert {"lineage", "leaders", "relations", "events", "claims"} <= set(by_id)
    by_name = client.get("/api/entities/جيش العزة").json()
    assert by_name["entity"]["id"] == corpus.izza


def test_timeline_claims_graph_places(client: TestClient, corpus: Corpus) -> None:
    base = f"/api/entities/{corpus.izza}"
    events = client.get(f"{base}/timeline").json()
    dates = [e["date"] for e in events if e["date"]]
    assert events and dates == sorted(dates)
    claims = client.get(f"{base}/claims").json()
    assert any(c["contradicts"] for c in claims), "the test corpus has contradicting claims"
    strength = client.get(f"{base}/claims", params={"property": "strength"}).json()
    assert strength and {c["property"] for c in strength} == {"strength"}
    graph = client.get(f"{base}/graph").json()
    assert graph["center"] == corpus.izza and graph["nodes"] and graph["edges"]
    places = client.get(f"{base}/places").json()
    assert any(p["lat"] is not None for p in places)


@pytest.mark.parametrize("suffix", ["", "/timeline", "/claims", "/graph", "/places"])
def test_unknown_entity_is_404_in_the_one_shape(client: TestClient, suffix: str) -> None:
    error = error_of(client.get(f"/api/entities/no such group{suffix}"), 404)
    assert error["code"] == "not_found" and "no such group" in error["message"]


def test_documents_list_meta_and_text(client: TestClient, corpus: Corpus) -> None:
    page = client.get("/api/documents", params={"limit": 3}).json()
    assert len(page["items"]) == 3 and page["total"] >= 13
    meta = client.get(f"/api/documents/{corpus.arabic}").json()
    assert meta["lang"] == "ar" and meta["facts"] > 0 and meta["url"].startswith("https://")
    text = client.get(f"/api/documents/{corpus.arabic}/text").json()
    assert len(text["facts"]) == meta["facts"]
    for fact in text["facts"]:
        start, end = fact["span"]
        assert text["text"][start:end].strip()
        assert fact["sentence"][0] <= start <= end <= fact["sentence"][1]


@pytest.mark.parametrize("path", ["/api/documents/9999", "/api/documents/9999/text"])
def test_missing_document_is_404(client: TestClient, path: str) -> None:
    assert "9999" in error_of(client.get(path), 404)["message"]


@pytest.mark.parametrize("path", ["/api/documents/abc", "/api/documents/0/text"])
def test_bad_document_id_is_422(client: TestClient, path: str) -> None:
    error_of(client.get(path), 422)


def test_search_entities_and_sentences(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "جيش العزه"}).json()
    assert found["entities"]["items"] and found["sentences"]
    hit = found["sentences"][0]
    assert hit["document_id"] and hit["end"] > hit["start"]
    error_of(client.get("/api/search"), 422)
    assert client.get("/api/search", params={"q": "zzzqqq"}).json()["sentences"] == []


def test_unknown_route_and_method(client: TestClient) -> None:
    assert "openapi.json" in error_of(client.get("/api/nothing-here"), 404)["message"]
    error_of(client.delete("/api/documents"), 405)


def test_a_bug_is_500_in_the_one_shape(
    client: TestClient, corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("boom: secret detail")

    monkeypatch.setattr("marsad.query.build_graph", broken)
    error = error_of(client.get(f"/api/entities/{corpus.izza}/graph"), 500)
    assert error["code"] == "internal_error" and "secret" not in error["message"]


def test_an_unusable_store_is_500_naming_it(tmp_path: Any) -> None:
    from marsad.serve import ServeSettings, create_app

    bad = tmp_path / "not-a-store.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with TestClient(create_app(ServeSettings(db=str(bad))), raise_server_exceptions=False) as c:
        error = error_of(c.get("/api/entities"), 500)
    assert error["code"] == "store_error" and "not-a-store.db" in error["message"]


def test_every_response_carries_a_strict_policy(client: TestClient, corpus: Corpus) -> None:
    for path in ("/", f"/documents/{corpus.arabic}", "/api/entities", "/static/marsad.css"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "default-src 'none'" in policy
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


def test_vendored_libraries_are_served_locally(client: TestClient) -> None:
    for name in ("d3.min.js", "cytoscape.min.js"):
        response = client.get(f"/static/vendor/{name}")
        assert response.status_code == 200, "run `make vendor`"
        assert len(response.content) > 100_000


@pytest.mark.parametrize("path", ["/", "/api/entities", "/documents"])
def test_head_answers_like_get_without_a_body(client: TestClient, path: str) -> None:
    got = client.get(path)
    head = client.head(path)
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert "Content-Security-Policy" in head.headers
