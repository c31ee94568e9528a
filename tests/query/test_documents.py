"""Documents for reading: pages of the list, one document with its facts in place."""

from __future__ import annotations

import pytest

from marsad.errors import NotFoundError
from marsad.query import list_documents, read_document
from marsad.store import Store


def test_pages_cover_every_document_once(store: Store) -> None:
    first = list_documents(store, 0, 4)
    rest = list_documents(store, 4, 100)
    assert first.total == rest.total == len(store.documents())
    ids = [row.id for row in (*first.items, *rest.items)]
    assert ids == sorted(set(ids)) and len(ids) == first.total
    assert len(first.items) == 4 and first.offset == 0 and first.limit == 4


def test_a_page_past_the_end_is_empty(store: Store) -> None:
    page = list_documents(store, 1000, 10)
    assert page.items == () and page.total > 0


def test_document_holds_its_text_paragraphs_and_facts(store: Store) -> None:
    row = next(r for r in store.documents() if r.name == "02_tell-malah-tweet.txt")
    doc = read_document(store, row.id)
    assert doc.lang == "ar" and doc.outlet and doc.url and doc.text
    assert doc.paragraphs and all(0 <= p.start <= p.end <= len(doc.text) for p in doc.paragraphs)
    assert doc.facts, "the strike report states facts"
    for fact in doc.facts:
        start, end = fact.span
        assert 0 <= start < end <= len(doc.text)
        assert fact.sentence[0] <= start and end <= fact.sentence[1]
        assert fact.section in ("relation", "event", "claim") and fact.kind
    starts = [f.span for f in doc.facts]
    assert starts == sorted(starts), "facts come in text order"


def test_claims_of_a_document_name_their_value_and_subject(store: Store) -> None:
    row = next(r for r in store.documents() if r.name == "10_kafr-nabl-timeline.txt")
    claims = [f for f in read_document(store, row.id).facts if f.section == "claim"]
    assert claims and all(c.value_text and c.subject is not None for c in claims)


def test_event_facts_name_linked_entities(store: Store) -> None:
    row = next(r for r in store.documents() if r.name == "10_kafr-nabl-timeline.txt")
    events = [f for f in read_document(store, row.id).facts if f.section == "event"]
    assert events
    assert any(ref.id and ref.name for e in events for ref in (*e.actors, *e.places))


def test_missing_document_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no document 9999"):
        read_document(store, 9999)
