"""Searching entities by name and sentences by words, in either script."""

from __future__ import annotations

import pytest

from marsad.config import load_config
from marsad.query import load_search_resources, search_entities, search_sentences
from marsad.store import Store


@pytest.mark.parametrize("text", ["Jaysh al-Izza", "جيش العزة", "Army of Glory", "izza", "JAYSH"])
def test_entity_found_by_any_name_in_either_script(store: Store, text: str) -> None:
    page = search_entities(store, text)
    assert page.items and page.items[0].canonical == "Jaysh al-Izza"


def test_entity_search_pages_and_counts(store: Store) -> None:
    everything = search_entities(store, "", None, 0, 1000)
    first, second = search_entities(store, "", None, 0, 5), search_entities(store, "", None, 5, 5)
    assert first.total == second.total == len(everything.items)
    assert {e.id for e in first.items}.isdisjoint({e.id for e in second.items})


def test_entity_search_by_kind(store: Store) -> None:
    page = search_entities(store, "", "place", 0, 100)
    assert page.items and {e.type for e in page.items} == {"place"}
    assert search_entities(store, "Jaysh al-Izza", "person").total == 0


@pytest.mark.parametrize("text", ["%", "_", "\\", "'; drop table kb_names; --", "zzzzqqq"])
def test_entity_search_takes_any_text(store: Store, text: str) -> None:
    assert search_entities(store, text).total == 0


def test_sentences_found_in_either_script(store: Store) -> None:
    resources = load_search_resources(load_config().text)
    arabic = search_sentences(store, "جيش العزه", resources, 5)
    english = search_sentences(store, "Kafr Nabl", resources, 5)
    assert arabic and english
    assert all(0 <= h.start < h.end for h in (*arabic, *english))
    assert search_sentences(store, "zzzzqqq", resources) == []
