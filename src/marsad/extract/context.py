"""What the fact finders read: one document's text with its mentions, times and numbers.

An :class:`Analysis` is built once per document by :mod:`marsad.extract.facts`
after the mention, time and quantity finders ran and the mentions were
grouped into entities. Relation, event and claim finders only read it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from marsad.extract.matcher import TokenStream
from marsad.records import Entity, Evidence, Mention, Quantity, Sentence, Span, Text, TimeExpr


@dataclass(frozen=True, slots=True)
class Located:
    """A mention and the id of the document entity it belongs to."""

    mention: Mention
    entity: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """One document ready for the relation, event and claim finders.

    All spans point into ``text.normalised``. ``mentions`` are sorted by
    start and do not overlap. ``published`` is ISO 8601 at any precision.
    """

    text: Text
    stream: TokenStream
    lang: str
    published: str | None
    outlet: str | None
    mentions: tuple[Located, ...]
    entities: tuple[Entity, ...]
    times: tuple[TimeExpr, ...]
    quantities: tuple[Quantity, ...]
    anaphors: tuple[Located, ...] = ()
    """Stand-in mentions of the main group ("the group"): slots, never names."""
    main_actor: str | None = None
    """The entity id of the document's main group (most named, not the government side)."""
    _mention_starts: tuple[int, ...] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        starts = tuple(located.mention.span.start for located in self.mentions)
        object.__setattr__(self, "_mention_starts", starts)

    def sentences(self) -> Iterator[Sentence]:
        """The sentences that are not boilerplate, in order."""
        return (s for s in self.text.sentences if not s.boilerplate)

    def words(self, span: Span) -> str:
        """The normalised text of ``span``."""
        return self.text.normalised[span.start : span.end]

    def mentions_in(self, span: Span) -> list[Located]:
        """Mentions that lie inside ``span``, in order."""
        lo = bisect_left(self._mention_starts, span.start)
        hi = bisect_right(self._mention_starts, span.end)
        return [m for m in self.mentions[lo:hi] if m.mention.span.end <= span.end]

    def times_in(self, span: Span) -> list[TimeExpr]:
        """Time expressions inside ``span``, in order."""
        return [t for t in self.times if span.start <= t.span.start and t.span.end <= span.end]

    def quantities_in(self, span: Span) -> list[Quantity]:
        """Quantities inside ``span``, in order."""
        return [q for q in self.quantities if span.start <= q.span.start and q.span.end <= span.end]

    def entity(self, entity_id: str) -> Entity:
        """The entity with id ``entity_id``."""
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def evidence(self, span: Span, sentence: Span, cited: str | None = None) -> Evidence:
        """Evidence for a fact: ``span`` and its ``sentence`` mapped to the original text."""
        to_original = self.text.offsets.to_original
        return Evidence(to_original(span), to_original(sentence), cited)
