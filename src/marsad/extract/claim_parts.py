"""Parts of a count: the aside that describes counted people before their verb.

"Nine civilians, including four children, were killed" and "15 civilians, six of
them children, had been killed" count nine and fifteen dead; the four and the six
are parts of those counts, not counts of their own, and the aside between the
counted noun and its verb does not keep the two apart. An aside is the stretch
between a comma right after a number and its counted noun and the next comma,
when it opens with a subset word (including, among them, بينهم) or the words
after it open with an event word (were killed, had been wounded: auxiliaries
such as "had been" do not count).

An aside's tokens join the claim finder's ``asides``; its numbers become
``parts``, unless a group is named right after one ("including 7 HTS
fighters"): that one is the group's own share (see
:func:`marsad.extract.claim_readings.subset_reading`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.extract.claim_resources import ClaimWord
from marsad.extract.context import Analysis
from marsad.extract.matcher import PhraseMatch

ASIDE_TOKENS = 10
"""How many tokens an aside may hold between its two commas."""
COMMAS = frozenset(",،")
PEOPLE = frozenset({"count", "victim", "side"})
"""Kinds of the words that can be a counted noun."""
OWNER_GAP = 2
"""How far after a part's number a group's name may start for the part to be its own."""


@dataclass(frozen=True, slots=True)
class Parts:
    """Tokens of asides about counted people, and the numbers inside them."""

    asides: frozenset[int]
    numbers: frozenset[int]


def find_parts(
    analysis: Analysis,
    words: Sequence[PhraseMatch[ClaimWord]],
    starts: Sequence[int],
    actor_starts: frozenset[int],
) -> Parts:
    """The asides that describe a count's people, and the part numbers in them."""
    by_first: dict[int, list[ClaimWord]] = {}
    ends: dict[int, int] = {}
    for match in words:
        by_first.setdefault(match.first, []).extend(match.values)
        ends[match.first] = max(ends.get(match.first, match.last), match.last)
    quantities = [
        (bisect_left(starts, q.span.start), bisect_left(starts, q.span.end) - 1)
        for q in analysis.quantities
    ]
    asides: set[int] = set()
    numbers: set[int] = set()
    counted = frozenset(i for first, last in quantities for i in range(first, last + 1))
    for first, last in quantities:
        noun = noun_after(by_first, ends, last)
        if noun is None:
            continue
        joined = coordinated(analysis, by_first, ends, (noun, counted))
        asides.update(range(noun + 1, joined + 1))
        found = aside_after(analysis, by_first, ends, joined)
        if found is None:
            continue
        opened, closed = found
        asides.update(range(opened, closed + 1))
        numbers.update(
            start
            for start, end in quantities
            if opened <= start <= closed
            and not any(0 < a - end <= OWNER_GAP for a in actor_starts)
            and start != first
        )
    return Parts(frozenset(asides), frozenset(numbers))


def noun_after(by_first: dict[int, list[ClaimWord]], ends: dict[int, int], last: int) -> int | None:
    """The last token of the counted noun right after the number ending at ``last``."""
    if not any(w.kind in PEOPLE for w in by_first.get(last + 1, ())):
        return None
    return ends[last + 1]


def coordinated(
    analysis: Analysis,
    by_first: dict[int, list[ClaimWord]],
    ends: dict[int, int],
    at_noun: tuple[int, frozenset[int]],
) -> int:
    """The last token of a second counted noun joined, with no number of its own, to
    the one ending at ``noun`` ("soldiers and allied militiamen"), else ``noun``;
    ``counted`` holds the tokens of every number."""
    noun, counted = at_noun
    keys = analysis.stream.keys
    tokens = analysis.text.tokens
    after = noun + 1
    joined = after < len(keys) and (keys[after] == "and" or tokens[after].prefixes.startswith("و"))
    if not joined:
        return noun
    start = after + 1 if keys[after] == "and" else after
    for at in range(start, min(start + 2, len(keys))):
        if at in counted:
            return noun
        if any(w.kind in PEOPLE for w in by_first.get(at, ())):
            return ends[at]
    return noun


def aside_after(
    analysis: Analysis,
    by_first: dict[int, list[ClaimWord]],
    ends: dict[int, int],
    noun: int,
) -> tuple[int, int] | None:
    """The first and last token of the aside after the counted noun ending at ``noun``."""
    tokens = analysis.text.tokens
    text = analysis.text.normalised
    opened = noun + 1
    if opened >= len(tokens) or not comma_between(
        text, tokens[opened - 1].span.end, tokens[opened].span.start
    ):
        return None
    for closed in range(opened, min(opened + ASIDE_TOKENS, len(tokens) - 1)):
        gap = text[tokens[closed].span.end : tokens[closed + 1].span.start]
        if any(mark in gap for mark in ".;:!?؟\n"):
            return None
        if not any(mark in gap for mark in COMMAS):
            continue
        subset = any(w.kind == "subset" for w in by_first.get(opened, ()))
        return (opened, closed) if subset or verb_follows(by_first, ends, closed + 1) else None
    return None


def comma_between(text: str, start: int, end: int) -> bool:
    """Whether the gap ``start``..``end`` holds a comma."""
    return any(mark in text[start:end] for mark in COMMAS)


def verb_follows(by_first: dict[int, list[ClaimWord]], ends: dict[int, int], at: int) -> bool:
    """Whether an event word stands at token ``at``, after any auxiliaries (had been)."""
    while any(w.kind == "auxiliary" for w in by_first.get(at, ())):
        at = ends[at] + 1
    return any(w.kind == "event" for w in by_first.get(at, ()))
