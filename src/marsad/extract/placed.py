"""Mentions in token positions, and the slots of a relation cue they fill."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from marsad.extract.context import Analysis, Located
from marsad.records import EntityType, Span


@dataclass(frozen=True, slots=True)
class Placed:
    """A mention with the tokens it covers (``first``..``last`` inclusive)."""

    located: Located
    first: int
    last: int

    @property
    def type(self) -> EntityType:
        return self.located.mention.type


class Slot(NamedTuple):
    """What a slot takes: mention types, how far from the cue, and whether a mention
    another cue governs may fill it too."""

    types: frozenset[EntityType]
    reach: int
    shared: bool


@dataclass(frozen=True, slots=True)
class Filled:
    """A cue reading with its slots filled: subjects, objects and how far they were."""

    subjects: tuple[Placed, ...]
    objects: tuple[Placed, ...]
    distance: int


def place_mentions(analysis: Analysis) -> list[Placed]:
    """Every mention of ``analysis`` with its token positions, in order."""
    starts = [token.span.start for token in analysis.text.tokens]
    placed: list[Placed] = []
    everything = sorted(
        (*analysis.mentions, *analysis.anaphors), key=lambda m: m.mention.span.start
    )
    for located in everything:
        span = located.mention.span
        first = max(bisect_right(starts, span.start) - 1, 0)
        last = max(bisect_left(starts, span.end) - 1, first)
        placed.append(Placed(located, first, last))
    return placed


def cover(span: Span, *placed: Placed) -> Span:
    """The span from the first to the last of a cue and its mentions."""
    spans = [span, *(p.located.mention.span for p in placed)]
    return Span(min(s.start for s in spans), max(s.end for s in spans))
