"""Typed records passed between pipeline stages.

Every record is a frozen, slotted dataclass. Spans are half-open character
ranges ``[start, end)``; a span on a :class:`Document` points into its
``original`` string, a span on a :class:`Text` points into its ``normalised``
string and is mapped back with :meth:`OffsetMap.to_original`.

The records live in three modules by stage — :mod:`marsad.records.documents`
(ingest and text), :mod:`marsad.records.facts` (extract) and
:mod:`marsad.records.knowledge` (link and the knowledge base) — and are all
imported from here.
"""

from marsad.records.documents import (
    Document,
    IngestFailure,
    IngestOutcome,
    IngestSummary,
    Metadata,
    MetaField,
    MetaSource,
    OffsetMap,
    Outcome,
    Paragraph,
    Precision,
    RawItem,
    Repair,
    Sentence,
    Span,
    Text,
    Token,
)
from marsad.records.facts import (
    Claim,
    ClaimValue,
    DocumentFacts,
    DocumentInfo,
    Entity,
    EntityType,
    Event,
    Evidence,
    Mention,
    MentionSource,
    Quantity,
    Relation,
    TimeExpr,
)
from marsad.records.knowledge import (
    EntityLink,
    FactSection,
    FactsSource,
    KbEntity,
    KbEvidence,
    KbFact,
    KbName,
    LinkHint,
    Linking,
    LinkItem,
    NameScript,
)

__all__ = [
    "Claim",
    "ClaimValue",
    "Document",
    "DocumentFacts",
    "DocumentInfo",
    "Entity",
    "EntityLink",
    "EntityType",
    "Event",
    "Evidence",
    "FactSection",
    "FactsSource",
    "IngestFailure",
    "IngestOutcome",
    "IngestSummary",
    "KbEntity",
    "KbEvidence",
    "KbFact",
    "KbName",
    "LinkHint",
    "LinkItem",
    "Linking",
    "Mention",
    "MentionSource",
    "MetaField",
    "MetaSource",
    "Metadata",
    "NameScript",
    "OffsetMap",
    "Outcome",
    "Paragraph",
    "Precision",
    "Quantity",
    "RawItem",
    "Relation",
    "Repair",
    "Sentence",
    "Span",
    "Text",
    "TimeExpr",
    "Token",
]
