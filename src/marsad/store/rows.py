"""Records the store returns to its readers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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


@dataclass(frozen=True, slots=True)
class FactsRow:
    """The stored facts of one document (JSON in the facts format)."""

    document_id: int
    name: str
    extractor: str
    facts: str


@dataclass(frozen=True, slots=True)
class StoredText:
    """What re-extraction needs of a stored document."""

    document_id: int
    name: str
    original: str
    boilerplate: tuple[tuple[int, int], ...]
    lang: str
    published: str | None
    outlet: str | None


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """A gazetteer place imported into the store."""

    id: str
    canonical: str
    names: tuple[str, ...]
    admin1: str | None
    feature: str
    lat: float | None
    lon: float | None
    population: int | None


@dataclass(frozen=True, slots=True)
class KbEntityRow:
    """A knowledge-base entity as stored: names are dicts (name, script, period)."""

    id: str
    type: str
    canonical: str
    names: tuple[dict[str, Any], ...]
    attributes: dict[str, Any]
    documents: int


@dataclass(frozen=True, slots=True)
class KbFactRow:
    """A merged fact and the role the looked-up entity plays in it."""

    id: str
    section: str
    data: dict[str, Any]
    date: str | None
    documents: int
    origins: int
    role: str


@dataclass(frozen=True, slots=True)
class KbEvidenceRow:
    """One piece of evidence of a fact, with the document it stands in."""

    fact_id: str
    document_id: int
    document: str
    title: str | None
    outlet: str | None
    published: str | None
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    reported_by: str | None
    cited: str | None
    origin: str
    details: dict[str, str]


@dataclass(frozen=True, slots=True)
class DocumentText:
    """One stored document with its original text, paragraphs and boilerplate marks.

    ``paragraphs`` are ``(start, end, lang, boilerplate)`` and ``boilerplate``
    ``(start, end)`` spans into ``original``.
    """

    document: DocumentRow
    url: str | None
    original: str
    paragraphs: tuple[tuple[int, int, str, bool], ...]
    boilerplate: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class DocumentEvidenceRow:
    """A knowledge-base fact as one document states it: the fact and its spans there."""

    fact_id: str
    section: str
    data: dict[str, Any]
    date: str | None
    documents: int
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    reported_by: str | None
    cited: str | None
    details: dict[str, str]
