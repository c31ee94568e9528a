"""What the query side returns: plain frozen records, ready for tables and JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class EvidenceView:
    """Where a fact is stated: the document, the span and the outlet that carried it."""

    document_id: int
    document: str
    title: str | None
    outlet: str | None
    published: str | None
    span: tuple[int, int]
    sentence: tuple[int, int]
    reported_by: str | None
    stance: str
    cited: str | None = None


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An entity named in a fact: its id (if linked) and a readable name."""

    id: str | None
    name: str


@dataclass(frozen=True, slots=True)
class NameView:
    """One name of an entity and the period it was used in."""

    name: str
    script: str
    documents: int
    start: str | None = None
    end: str | None = None
    reference: bool = False
    """Whether a table (actors, gazetteer) gives this name."""


@dataclass(frozen=True, slots=True)
class EntityView:
    """An entity with all its names."""

    id: str
    type: str
    canonical: str
    names: tuple[NameView, ...]
    documents: int
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RelationView:
    """A relation seen from the profiled entity: the other end and every account of it."""

    fact_id: str
    type: str
    direction: str  # "out": the entity is the subject; "in": it is the object
    other: EntityRef
    roles: tuple[str, ...]
    starts: tuple[str, ...]
    ends: tuple[str, ...]
    supplied: tuple[str, ...]
    documents: int
    origins: int
    evidence: tuple[EvidenceView, ...]
    former_name: str | None = None


@dataclass(frozen=True, slots=True)
class EventView:
    """An event on the timeline, from every document that reports it."""

    fact_id: str
    date: str | None
    event_type: str
    sub_event_type: str
    kind: str
    actors: tuple[EntityRef, ...]
    places: tuple[EntityRef, ...]
    documents: int
    evidence: tuple[EvidenceView, ...]


@dataclass(frozen=True, slots=True)
class ClaimView:
    """One claimed value with who claimed it, when, how and who carried it."""

    fact_id: str
    property: str
    subject: EntityRef
    value: dict[str, float]
    value_text: str
    as_of: str | None
    claimant: EntityRef | None
    channels: tuple[str, ...]
    outlets: tuple[tuple[str, str], ...]  # (outlet, stance)
    documents: int
    origins: int
    denied: bool
    contradicts: tuple[str, ...]
    evidence: tuple[EvidenceView, ...]


@dataclass(frozen=True, slots=True)
class Profile:
    """Everything the knowledge base holds about one entity, each item with evidence."""

    entity: EntityView
    lineage: tuple[RelationView, ...]
    leaders: tuple[RelationView, ...]
    relations: tuple[RelationView, ...]
    events: tuple[EventView, ...]
    claims: tuple[ClaimView, ...]


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a longer list: the items, where the page starts and the total."""

    items: tuple[Any, ...]
    offset: int
    limit: int
    total: int


@dataclass(frozen=True, slots=True)
class DocumentFact:
    """A knowledge-base fact as one document states it, with its spans in the original text.

    ``kind`` is the relation type, the event kind or the claimed property;
    ``details`` what this document's account adds (role, start, end, as-of
    date, channel…).
    """

    fact_id: str
    section: str
    kind: str
    date: str | None
    subject: EntityRef | None
    object: EntityRef | None
    actors: tuple[EntityRef, ...]
    places: tuple[EntityRef, ...]
    claimant: EntityRef | None
    value: dict[str, float]
    value_text: str
    denied: bool
    details: dict[str, str]
    span: tuple[int, int]
    sentence: tuple[int, int]
    documents: int
    reported_by: str | None = None
    cited: str | None = None


@dataclass(frozen=True, slots=True)
class ParagraphView:
    """A paragraph of a document's original text: its span, language and boilerplate mark."""

    start: int
    end: int
    lang: str
    boilerplate: bool


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A document's metadata, original text, paragraphs and every fact stated in it.

    ``boilerplate`` holds the spans of web boilerplate lines (kept, but not read).
    """

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
    text: str
    paragraphs: tuple[ParagraphView, ...]
    boilerplate: tuple[tuple[int, int], ...]
    facts: tuple[DocumentFact, ...]


@dataclass(frozen=True, slots=True)
class PlaceView:
    """A place of an entity's events and relations, with gazetteer coordinates when known."""

    id: str
    name: str
    lat: float | None
    lon: float | None
    admin1: str | None
    feature: str | None
    events: int
    relations: tuple[str, ...]
