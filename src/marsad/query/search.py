"""Searching the knowledge base in either script: entities by name, sentences by words.

Entity names meet across scripts through the linker's name keys (``جيش
العزة`` and ``Jaysh al-Izza`` share one); sentences are found by the same
folded, clitic-free keys as ``marsad search``.
"""

from __future__ import annotations

from marsad.config import TextConfig
from marsad.query.evidence import entity_view
from marsad.query.lookup import lookup_keys
from marsad.query.views import Page
from marsad.store import SearchHit, Store
from marsad.text import TextResources, load_text_resources, query_keys

KINDS = ("actor", "person", "place")


def search_entities(
    store: Store, text: str, kind: str | None = None, offset: int = 0, limit: int = 50
) -> Page:
    """A page of entities (``EntityView`` items) matching ``text``; all of them if it is blank."""
    if text.strip():
        rows, total = store.search_entities(text, lookup_keys(text), kind, offset, limit)
    else:
        rows, total = store.entities(kind, None, offset, limit)
    return Page(tuple(entity_view(row) for row in rows), offset, limit, total)


def load_search_resources(config: TextConfig) -> TextResources:
    """What sentence search needs to fold a query like the stored text (load once)."""
    return load_text_resources(config)


def search_sentences(
    store: Store, text: str, resources: TextResources, limit: int = 20
) -> list[SearchHit]:
    """Sentences holding every word of ``text``, best first (boilerplate left out)."""
    return store.search(query_keys(text, resources), limit)
