"""The character pass: original text → normalised text and its offset map.

Each original character either becomes one normalised character (kept, or a
digit made ASCII), is merged into the previous one (a combining hamza or
madda composed with the letter just before it, so that normalised character
maps to two original characters), or is deleted (a mark, a tatweel, or a
character inside a span the repair step deleted, such as the spaces of
``جر  ح``). Deleted characters belong to no normalised character but stay
inside any span that surrounds them.

The pass copies the kept stretches between deleted runs whole, so its cost
is per deleted run, not per character.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import Final

from marsad.records import OffsetMap, Span
from marsad.text.arabic import DELETED, ascii_digits, compose_hamza

DELETED_RUN: Final = re.compile("[" + "".join(sorted(DELETED)) + "]+")


def _deleted_runs(original: str, deletions: Sequence[Span]) -> Iterator[tuple[int, int]]:
    """Yield the merged, sorted ``(start, end)`` runs of deleted characters."""
    runs = sorted(
        [(m.start(), m.end()) for m in DELETED_RUN.finditer(original)]
        + [(s.start, s.end) for s in deletions if s.start < s.end]
    )
    current: tuple[int, int] | None = None
    for start, end in runs:
        if current is not None and start <= current[1]:
            current = (current[0], max(current[1], end))
            continue
        if current is not None:
            yield current
        current = (start, end)
    if current is not None:
        yield current


def map_characters(original: str, deletions: Sequence[Span] = ()) -> tuple[str, OffsetMap]:
    """Return the normalised text of ``original`` and the map back to it.

    ``deletions`` are original spans removed outright (joins of broken words).
    """
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    kept_from = 0
    for start, end in _deleted_runs(original, deletions):
        if start > kept_from:
            pieces.append(original[kept_from:start])
            starts.extend(range(kept_from, start))
            ends.extend(range(kept_from + 1, start + 1))
        if pieces and ends[-1] == start:
            composed = compose_hamza(pieces[-1][-1], original[start])
            if composed is not None:
                pieces[-1] = pieces[-1][:-1] + composed
                ends[-1] = start + 1
        kept_from = end
    if kept_from < len(original):
        pieces.append(original[kept_from:])
        starts.extend(range(kept_from, len(original)))
        ends.extend(range(kept_from + 1, len(original) + 1))
    normalised = ascii_digits("".join(pieces))
    return normalised, OffsetMap(tuple(starts), tuple(ends), len(original))


def to_normalised(offsets: OffsetMap, span: Span) -> Span:
    """Return the normalised span of the characters that came from original ``span``."""
    return Span(bisect_left(offsets.starts, span.start), bisect_right(offsets.starts, span.end - 1))
