"""Records of the extract stage: mentions, times, quantities, entities and facts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from marsad.records.documents import Precision, Span

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
    guessed_date: bool = False
    """The date is only the report's own day, guessed for a sentence that names none."""


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
