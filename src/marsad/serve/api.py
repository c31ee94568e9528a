"""The read-only JSON API under ``/api``, documented by OpenAPI at ``/openapi.json``.

Every route reads through :mod:`marsad.query` on the server's reader thread.
An entity is named by its id or by any of its names, in either script.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from marsad import query
from marsad.query.graph import Graph
from marsad.query.views import (
    ClaimView,
    DocumentView,
    EntityView,
    EventView,
    Page,
    PlaceView,
    Profile,
)
from marsad.serve.state import ServeState
from marsad.store import DocumentRow, SearchHit, Store

EntityId = Annotated[
    str, Path(description="The entity's id, or any of its names in either script.")
]
DocumentId = Annotated[int, Path(description="The document's id.", ge=1)]
Offset = Annotated[int, Query(ge=0, description="How many items to skip.")]
Kind = Literal["actor", "person", "place"]
Limit = Annotated[int, Query(ge=1, le=500, description="Page length (at most 500).")]


@dataclass(frozen=True, slots=True)
class EntityPage:
    """A page of entities and how many match in all."""

    items: list[EntityView]
    offset: int
    limit: int
    total: int


@dataclass(frozen=True, slots=True)
class DocumentPage:
    """A page of documents and how many there are."""

    items: list[DocumentRow]
    offset: int
    limit: int
    total: int


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """A document's metadata and how many facts it states."""

    id: int
    name: str
    title: str | None
    outlet: str | None
    published: str | None
    published_precision: str | None
    lang: str
    size: int
    url: str | None
    duplicate_of: int | None
    sources: int
    facts: int


@dataclass(frozen=True, slots=True)
class SearchResults:
    """Entities whose names match, and sentences holding every word."""

    entities: EntityPage
    sentences: list[SearchHit]


def entity_page(page: Page) -> EntityPage:
    return EntityPage(list(page.items), page.offset, page.limit, page.total)


def build_api(state: ServeState) -> APIRouter:
    """The ``/api`` routes over ``state``'s store."""
    router = APIRouter(prefix="/api", tags=["knowledge base"])
    stances = state.stances

    @router.get("/entities", summary="List or search entities")
    async def entities(
        q: Annotated[str, Query(description="Any name, in Arabic or Latin script.")] = "",
        type: Annotated[Kind | None, Query(description="Only this type.")] = None,
        offset: Offset = 0,
        limit: Limit = state.settings.page_size,
    ) -> EntityPage:
        page = await state.reader.run(lambda s: query.search_entities(s, q, type, offset, limit))
        return entity_page(page)

    @router.get("/entities/{entity_id}", summary="An entity's profile")
    async def profile(entity_id: EntityId) -> Profile:
        return await state.reader.run(
            lambda s: query.build_profile(s, query.find_entity(s, entity_id), stances)
        )

    @router.get("/entities/{entity_id}/timeline", summary="An entity's events, oldest first")
    async def timeline(entity_id: EntityId) -> list[EventView]:
        return list(
            await state.reader.run(
                lambda s: query.build_timeline(s, query.find_entity(s, entity_id), stances)
            )
        )

    @router.get("/entities/{entity_id}/claims", summary="The claims ledger of an entity")
    async def claims(
        entity_id: EntityId,
        property: Annotated[str | None, Query(description="Only this property.")] = None,
    ) -> list[ClaimView]:
        return list(
            await state.reader.run(
                lambda s: query.claims_about(s, query.find_entity(s, entity_id), stances, property)
            )
        )

    @router.get("/entities/{entity_id}/graph", summary="The relation network around an entity")
    async def graph(entity_id: EntityId) -> Graph:
        return await state.reader.run(
            lambda s: query.build_graph(s, query.find_entity(s, entity_id))
        )

    @router.get("/entities/{entity_id}/places", summary="Places of an entity's events")
    async def places(entity_id: EntityId) -> list[PlaceView]:
        def work(s: Store) -> list[PlaceView]:
            found = query.build_profile(s, query.find_entity(s, entity_id), stances)
            return list(query.profile_places(s, found))

        return await state.reader.run(work)

    @router.get("/documents", summary="List documents")
    async def documents(
        offset: Offset = 0, limit: Limit = state.settings.page_size
    ) -> DocumentPage:
        page = await state.reader.run(lambda s: query.list_documents(s, offset, limit))
        return DocumentPage(list(page.items), page.offset, page.limit, page.total)

    @router.get("/documents/{document_id}", summary="A document's metadata")
    async def document(document_id: DocumentId) -> DocumentMeta:
        found = await state.reader.run(lambda s: query.read_document(s, document_id))
        return DocumentMeta(
            found.id, found.name, found.title, found.outlet, found.published,
            found.published_precision, found.lang, found.size, found.url, found.duplicate_of,
            found.sources, len(found.facts),
        )  # fmt: skip

    @router.get(
        "/documents/{document_id}/text",
        summary="A document's original text, paragraphs and facts with their spans",
    )
    async def document_text(document_id: DocumentId) -> DocumentView:
        return await state.reader.run(lambda s: query.read_document(s, document_id))

    @router.get("/search", summary="Search entities and sentences in either script")
    async def search(
        q: Annotated[str, Query(min_length=1, description="Words, in Arabic or English.")],
        limit: Annotated[int, Query(ge=1, le=100, description="Most results of each kind.")] = 20,
    ) -> SearchResults:
        resources = state.search_resources

        def work(s: Store) -> SearchResults:
            page = entity_page(query.search_entities(s, q, None, 0, limit))
            return SearchResults(page, query.search_sentences(s, q, resources.get(), limit))

        return await state.reader.run(work)

    return router
