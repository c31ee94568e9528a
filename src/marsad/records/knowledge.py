"""Records of linking and of the knowledge base: entities across documents, stored facts."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

from marsad.records.documents import Span
from marsad.records.facts import EntityType

# ------------------------------------------------------------------- linking
# Linking sees each document's entities (ids local to the document) and joins
# them across documents and scripts into knowledge-base entities.

NameScript = Literal["arabic", "latin"]


@dataclass(frozen=True, slots=True)
class LinkItem:
    """One document entity as the linker sees it.

    ``key`` is the extractor's grouping key: a table id (``actor:jaysh-al-izza``),
    a gazetteer id (``place:gn:163345``) or ``<type>:<folded name>`` for names
    found by grammar. ``date`` is the document's published date, if known.
    """

    document_id: int
    local_id: str
    type: EntityType
    canonical: str
    names: tuple[str, ...]
    key: str = ""
    date: str | None = None


@dataclass(frozen=True, slots=True)
class LinkHint:
    """A statement of one document that two of its entities name one thing.

    ``kind`` is ``renamed`` (``subject`` was formerly called ``object``; the
    old name ended at ``end``) or ``alias`` (declared aliases: "X, also known
    as Y", a translation with the original in parentheses).
    """

    document_id: int
    kind: Literal["renamed", "alias"]
    subject: str
    object: str
    end: str | None = None


@dataclass(frozen=True, slots=True)
class KbName:
    """One name of a knowledge-base entity, with the period it was used in."""

    name: str
    script: NameScript
    documents: int = 1
    start: str | None = None
    end: str | None = None
    reference: bool = False
    """Whether a table (actors, gazetteer) gives this name, not only documents."""


@dataclass(frozen=True, slots=True)
class KbEntity:
    """An entity of the knowledge base: one thing, all its names."""

    id: str
    type: EntityType
    canonical: str
    names: tuple[KbName, ...]


@dataclass(frozen=True, slots=True)
class EntityLink:
    """Document entity ``local_id`` of document ``document_id`` is ``entity_id``."""

    document_id: int
    local_id: str
    entity_id: str


@dataclass(frozen=True, slots=True)
class Linking:
    """What the linker returns: the entities and where each document entity went
    (``documents``: document id → local id → entity id)."""

    entities: tuple[KbEntity, ...]
    documents: Mapping[int, Mapping[str, str]] = field(hash=False)

    def entity_of(self, document_id: int, local_id: str | None) -> str | None:
        """The entity that document entity ``local_id`` of ``document_id`` went to."""
        if local_id is None:
            return None
        return self.documents.get(document_id, {}).get(local_id)

    def links(self) -> Iterator[EntityLink]:
        """Every document entity's link, by document id, then local id."""
        for document_id in sorted(self.documents):
            local = self.documents[document_id]
            for local_id in sorted(local):
                yield EntityLink(document_id, local_id, local[local_id])


# ------------------------------------------------------------ knowledge base
FactSection = Literal["relation", "event", "claim"]


@dataclass(frozen=True, slots=True)
class FactsSource:
    """The stored facts of one document, as the knowledge base is built from them.

    ``facts`` is one facts-format object (``spec/facts-format.md``) with
    evidence spans into the original text. ``origin`` is the id of the
    document this one copies (syndication), else its own id.
    """

    document_id: int
    name: str
    outlet: str | None
    published: str | None
    origin: int
    facts: dict[str, object]


@dataclass(frozen=True, slots=True)
class KbEvidence:
    """One place where knowledge-base fact ``fact_id`` is stated."""

    fact_id: str
    document_id: int
    span: Span
    sentence: Span
    reported_by: str | None = None
    cited: str | None = None
    origin: str = ""
    details: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class KbFact:
    """A fact of the knowledge base, merged over every document that states it.

    ``data`` holds the fact's fields with knowledge-base entity ids (a plain
    name where the document named no entity); ``entities`` lists
    ``(entity id, role)`` pairs for look-up; ``id`` is stable, derived from
    the fact's content. Its :class:`KbEvidence` rows come apart, one
    document at a time, so that a corpus's evidence is never all in memory.
    """

    id: str
    section: FactSection
    data: dict[str, object]
    entities: tuple[tuple[str, str], ...]
    date: str | None
