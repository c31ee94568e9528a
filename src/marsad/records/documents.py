"""Records of the ingest and text stages: documents, their text, offsets and outcomes."""

from __future__ import annotations

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
