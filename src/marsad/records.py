"""Typed records passed between pipeline stages.

Every record is a frozen, slotted dataclass. Spans are half-open character
ranges ``[start, end)``; a span on a :class:`Document` points into its
``original`` string, a span on a :class:`Text` points into its ``normalised``
string and is mapped back with :meth:`OffsetMap.to_original`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

MetaSource = Literal["file", "sidecar", "jsonl", "html", "text"]
Precision = Literal["year", "month", "day"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class MetaField:
    """One metadata value and where it came from."""

    value: str
    source: MetaSource


@dataclass(frozen=True, slots=True)
class Metadata:
    """Document metadata; each field remembers its source."""

    title: MetaField | None = None
    outlet: MetaField | None = None
    url: MetaField | None = None
    published: MetaField | None = None
    published_precision: Precision | None = None
    lang: MetaField | None = None


@dataclass(frozen=True, slots=True)
class RawItem:
    """One document as found on disk, before decoding.

    ``data`` holds the bytes of a file, or the text of a JSON document field;
    ``fmt`` says how to read it. ``fields`` are metadata given alongside it
    (a sidecar file or the keys of a JSON line).
    """

    path: str
    name: str
    fmt: Literal["txt", "html"]
    data: bytes | str
    fields: tuple[tuple[str, MetaField], ...] = ()


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the original text and its language."""

    span: Span
    lang: str
    boilerplate: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded document: original text, metadata and line-level marks."""

    path: str
    name: str
    fmt: str
    encoding: str
    original: str
    metadata: Metadata
    lang: str
    paragraphs: tuple[Paragraph, ...]
    boilerplate: tuple[Span, ...]
    raw_sha256: str


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps each character of a normalised string to its original range.

    ``starts[i]`` and ``ends[i]`` bound the original characters that became
    normalised character ``i``. Characters deleted by normalisation belong to
    no normalised character but stay inside any span that surrounds them.
    """

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    original_length: int

    def to_original(self, span: Span) -> Span:
        """Return the original span covering normalised ``span``."""
        if span.end > len(self.starts):
            raise ValueError(f"span {span} beyond normalised length {len(self.starts)}")
        if span.start == span.end:
            pos = self.starts[span.start] if span.start < len(self.starts) else self.original_length
            return Span(pos, pos)
        return Span(self.starts[span.start], self.ends[span.end - 1])


@dataclass(frozen=True, slots=True)
class Repair:
    """A word broken on purpose and put back together."""

    original: Span
    repaired: str
    reason: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the normalised text."""

    span: Span
    boilerplate: bool = False


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the normalised text with its Arabic clitics separated.

    ``span`` covers the whole written word; ``stem`` covers it without the
    proclitics and pronoun suffix. ``key`` is the folded stem, for matching.
    """

    span: Span
    stem: Span
    key: str
    prefixes: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Text:
    """The normalised text of a document with its way back to the original.

    ``normalised`` is for display and extraction (diacritics, tatweel and
    broken words removed, digits read as ASCII); ``key`` has exactly the same
    length with letters folded for matching (alef forms, hamza carriers, ta
    marbuta, alef maqsura). ``content_hash`` is the document identity.
    """

    original: str
    normalised: str
    key: str
    offsets: OffsetMap
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    repairs: tuple[Repair, ...]
    content_hash: str


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """A file or line that could not be read, and why."""

    path: str
    reason: str


Outcome = Literal["new", "duplicate", "near-duplicate", "source", "failed"]


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What happened to one item of an ingest run."""

    path: str
    outcome: Outcome
    doc_id: int | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """Counts of an ingest run; ``failures`` lists each failed item."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    failed: int = 0
    failures: tuple[IngestFailure, ...] = field(default=())


# ---------------------------------------------------------------- extraction
# Spans of the records below point into ``Text.normalised`` (which has the
# same length as ``Text.key``) until the facts are assembled; the evidence of
# a finished fact points into the document's original text.

EntityType = Literal["actor", "person", "place"]
MentionSource = Literal["dictionary", "gazetteer", "grammar", "cue", "alias"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in the text, with what the finder knows about it.

    ``key`` groups mentions of one entity inside a document: a dictionary
    entry's id (``actor:jaysh-al-izza``), a gazetteer id (``place:wof:123``)
    or, for names found by grammar, ``<type>:`` plus the folded name.
    """

    span: Span
    type: EntityType
    surface: str
    canonical: str
    key: str
    source: MentionSource
    rank: str | None = None
    role: str | None = None
    admin1: str | None = None
    feature: str | None = None
    parent: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A date or period written in the text, resolved as far as it goes.

    ``value`` is ISO 8601 at ``precision`` (``2019``, ``2019-06``,
    ``2019-06-20``); ``end`` closes a range; ``qualifier`` keeps words such
    as ``early``, ``mid``, ``late``, ``before``, ``after``, ``since``.
    """

    span: Span
    value: str
    precision: Precision
    end: str | None = None
    qualifier: str | None = None
    relative: bool = False


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number written in digits or words, as an interval.

    ``exact`` for a plain number; ``approx`` for نحو / about; ``low``/``high``
    bound it (either may be None: "more than 100" is low=100, high=None).
    """

    span: Span
    low: float | None
    high: float | None
    exact: bool = False
    approx: bool = False
    unit: str | None = None
    vague: bool = False
    """Written as an amount word (عشرات, several), not as a number."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact stands: the span of its words and of its sentence, in the original."""

    span: Span
    sentence: Span
    cited: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """One actor, person or place of a document with every name it goes by."""

    id: str
    type: EntityType
    canonical: str
    names: tuple[str, ...]
    mentions: tuple[Span, ...]
    rank: str | None = None
    admin1: str | None = None
    feature: str | None = None
    lat: float | None = None
    lon: float | None = None
    key: str = ""


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed link between two entities of a document."""

    type: str
    subject: str
    object: str
    evidence: Evidence
    role: str | None = None
    start: str | None = None
    end: str | None = None
    supplied: str | None = None
    confidence: float = 0.5
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened, typed with ACLED's taxonomy and a finer kind."""

    event_type: str
    sub_event_type: str
    kind: str
    date: str | None
    places: tuple[str, ...]
    actors: tuple[str, ...]
    evidence: Evidence
    confidence: float = 0.5
    reason: str = ""
    agents: tuple[str, ...] = ()
    """The actors on the acting side (the agent and its coordinated subjects)."""
    listed: tuple[tuple[str, str], ...] = ()
    """Pairs of the other actors written as one list ("the army and its militias")."""


@dataclass(frozen=True, slots=True)
class ClaimValue:
    """A claimed number as the facts format writes it: exact, approx, min and/or max."""

    exact: float | None = None
    approx: float | None = None
    min: float | None = None
    max: float | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A number someone asserts, with who asserted it, how, and who carried it."""

    property: str
    subject: str
    value: ClaimValue
    evidence: Evidence
    as_of: str | None = None
    claimant: str | None = None
    channel: str | None = None
    reported_by: str | None = None
    denied: bool = False
    confidence: float = 0.5
    reason: str = ""


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """Everything extracted from one document, in the shape of the facts format."""

    doc: str
    lang: str
    published: str | None
    outlet: str | None
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    events: tuple[Event, ...]
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the extractor needs to know of a document besides its text."""

    name: str
    lang: str
    published: str | None = None
    outlet: str | None = None


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
