"""Records the store returns to its readers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One stored document as listed by ``marsad docs``."""

    id: int
    name: str
    path: str
    title: str | None
    outlet: str | None
    published: str | None
    published_precision: str | None
    lang: str
    size: int
    duplicate_of: int | None
    similarity: float | None
    sources: int


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A sentence that matches a search, with its document."""

    document_id: int
    name: str
    title: str | None
    sentence: str
    start: int
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class FailureRow:
    """An ingestion failure kept in the store."""

    path: str
    reason: str
    at: str
