"""What the fact finders read: one document's text with its mentions, times and numbers.

An :class:`Analysis` is built once per document by :mod:`marsad.extract.facts`
after the mention, time and quantity finders ran and the mentions were
grouped into entities. Relation, event and claim finders only read it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TypeVar

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
    _token_starts: tuple[int, ...] = field(default=(), repr=False)
    _token_ends: tuple[int, ...] = field(default=(), repr=False)
    _time_starts: tuple[int, ...] | None = field(default=None, repr=False)
    _quantity_starts: tuple[int, ...] | None = field(default=None, repr=False)
    _entities: dict[str, Entity] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = tuple(located.mention.span.start for located in self.mentions)
        object.__setattr__(self, "_mention_starts", starts)
        tokens = self.text.tokens
        object.__setattr__(self, "_token_starts", tuple(t.span.start for t in tokens))
        object.__setattr__(self, "_token_ends", tuple(t.span.end for t in tokens))
        object.__setattr__(self, "_time_starts", _sorted_starts(t.span for t in self.times))
        object.__setattr__(
            self, "_quantity_starts", _sorted_starts(q.span for q in self.quantities)
        )
        by_id: dict[str, Entity] = {}
        for entity in self.entities:
            by_id.setdefault(entity.id, entity)
        object.__setattr__(self, "_entities", by_id)

    def sentences(self) -> Iterator[Sentence]:
        """The sentences that are not boilerplate, in order."""
        return (s for s in self.text.sentences if not s.boilerplate)

    def words(self, span: Span) -> str:
        """The normalised text of ``span``."""
        return self.text.normalised[span.start : span.end]

    def closes_phrase(self, index: int) -> bool:
        """Whether a phrase ends after token ``index``: punctuation, "and" / و, or the
        end of the text follows ("من جهة، و…" — unlike "من جهة بلدة …")."""
        tokens, text = self.text.tokens, self.text.normalised
        if index + 1 >= len(tokens):
            return True
        following = tokens[index + 1]
        gap = text[tokens[index].span.end : following.span.start]
        joined = (
            following.key == "and" or following.prefixes.startswith("و") or following.key == "و"
        )
        return joined or any(ch in ",،;؛.!?؟:" for ch in gap)

    def hyphen_joined(self, index: int) -> bool:
        """Whether tokens ``index`` and ``index + 1`` are one word cut at a hyphen by the
        text stage ("Turkish-backed"): the first modifies what follows the second."""
        tokens, text = self.text.tokens, self.text.normalised
        if not 0 <= index < len(tokens) - 1:
            return False
        left, right = tokens[index], tokens[index + 1]
        # only Latin words are cut so (طريق حلب-دمشق is two names, not a compound)
        latin = text[left.span.start].isascii() and text[right.span.start].isascii()
        return latin and text[left.span.end : right.span.start] == "-"

    def tokens_in(self, span: Span) -> range:
        """Indexes of the tokens that lie inside ``span`` (tokens are sorted, apart)."""
        low = bisect_left(self._token_starts, span.start)
        return range(low, max(low, bisect_right(self._token_ends, span.end)))

    def mentions_in(self, span: Span) -> list[Located]:
        """Mentions that lie inside ``span``, in order."""
        lo = bisect_left(self._mention_starts, span.start)
        hi = bisect_right(self._mention_starts, span.end)
        return [m for m in self.mentions[lo:hi] if m.mention.span.end <= span.end]

    def times_in(self, span: Span) -> list[TimeExpr]:
        """Time expressions inside ``span``, in order."""
        return _inside(self.times, self._time_starts, span)

    def quantities_in(self, span: Span) -> list[Quantity]:
        """Quantities inside ``span``, in order."""
        return _inside(self.quantities, self._quantity_starts, span)

    def entity(self, entity_id: str) -> Entity:
        """The entity with id ``entity_id``."""
        return self._entities[entity_id]

    def evidence(self, span: Span, sentence: Span, cited: str | None = None) -> Evidence:
        """Evidence for a fact: ``span`` and its ``sentence`` mapped to the original text."""
        to_original = self.text.offsets.to_original
        return Evidence(to_original(span), to_original(sentence), cited)


T = TypeVar("T", TimeExpr, Quantity)


def _sorted_starts(spans: Iterable[Span]) -> tuple[int, ...] | None:
    """The starts of ``spans`` when they come sorted by start, else None."""
    starts = tuple(span.start for span in spans)
    return starts if all(a <= b for a, b in pairwise(starts)) else None


def _inside(items: tuple[T, ...], starts: tuple[int, ...] | None, span: Span) -> list[T]:
    """The items inside ``span``, in order; bisected when ``starts`` are sorted."""
    if starts is not None:
        items = items[bisect_left(starts, span.start) : bisect_right(starts, span.end)]
    return [x for x in items if span.start <= x.span.start and x.span.end <= span.end]
