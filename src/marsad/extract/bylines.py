"""Bylines: the names of a document's authors, near its start or end.

A line that is only a name starting with a given name, or followed by a
``مراسل / correspondent`` line; a line opened by a byline word (``بقلم``, By);
and names after a byline word inside a short credit line ("(Reporting by A;
additional reporting by B in Beirut; Editing by C)", "Posted on 3 May by A",
"Interview by A and B").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from marsad.extract.matcher import TokenStream
from marsad.extract.names import word_of
from marsad.extract.person_grammar import PersonName, Reading, is_given, read_name

_FIRST_LINES = 3
_CUED_LINES = 10
"""A line opened by a byline word may stand this far down (after navigation lines)."""
_LAST_LINES = 6
_CREDIT_TOKENS = 24
"""How many tokens a line may hold to be read as a credit line with bylines inside."""


def find_bylines(reading: Reading) -> Iterator[PersonName]:
    """Author names on lines of their own near the start or the end of the text."""
    lines = token_lines(reading.stream)
    numbers = range(len(lines))
    chosen = sorted({*numbers[:_CUED_LINES], *numbers[-_LAST_LINES:]})
    for number in chosen:
        first, last = lines[number]
        following = lines[number + 1][0] if number + 1 < len(lines) else None
        cued_only = _FIRST_LINES <= number < len(lines) - _LAST_LINES
        parts = byline_at(reading, first, last, following, cued_only)
        if parts:
            yield PersonName(parts[0], parts[-1], source="cue", spreads=False)
        for credit in credits_in(reading, first, last):
            if not parts or credit[0] > parts[-1]:
                yield PersonName(credit[0], credit[-1], source="cue", spreads=False)


def credits_in(reading: Reading, first: int, last: int) -> Iterator[list[int]]:
    """Names after a byline word inside a short credit line ("(Reporting by A;
    additional reporting by B in Beirut; Editing by C)", "Posted on 3 May by A",
    "Interview by A and B"): full names only, and one more after "and"."""
    if last - first + 1 > _CREDIT_TOKENS:
        return
    keys = reading.stream.keys
    for cue in reading.cues:
        if not first <= cue.first <= last or not any(e.kind == "byline" for e in cue.values):
            continue
        start = cue.last + 1
        while start <= last:
            parts = [i for i in read_name(reading, start) if i <= last]
            if len(parts) < 2:
                break
            yield parts
            after = parts[-1] + 1
            if after > last or keys[after] != "and":
                break
            start = after + 1


def byline_at(
    reading: Reading, first: int, last: int, following: int | None, cued_only: bool = False
) -> list[int]:
    """The name of a byline line (tokens ``first``..``last``), if it is one; with
    ``cued_only``, only a line opened by a byline word (By, بقلم)."""
    kinds = {e.kind for m in reading.cues if m.first == first for e in m.values}
    if "byline" in kinds:
        cue = next(m for m in reading.cues if m.first == first)
        return read_name(reading, cue.last + 1) if cue.last < last else []
    if cued_only or not 2 <= last - first + 1 <= 3:
        return []
    parts = read_name(reading, first)
    if parts != list(range(first, last + 1)) or not whole_line(reading.stream, first, last):
        return []
    reporter = following is not None and any(
        e.kind == "reporter" for m in reading.cues if m.first == following for e in m.values
    )
    return parts if reporter or is_given(reading, first, words=True) else []


def token_lines(stream: TokenStream) -> list[tuple[int, int]]:
    """First and last token of every line that has tokens."""
    text = stream.text.normalised
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    lines: dict[int, tuple[int, int]] = {}
    for index, token in enumerate(stream.text.tokens):
        line = bisect_right(breaks, token.span.start)
        lines[line] = (lines.get(line, (index, index))[0], index)
    return [lines[line] for line in sorted(lines)]


def whole_line(stream: TokenStream, first: int, last: int) -> bool:
    """Whether tokens ``first``..``last`` are all that their line holds (besides spaces)."""
    text = stream.text.normalised
    start = text.rfind("\n", 0, stream.text.tokens[first].span.start) + 1
    end = text.find("\n", stream.text.tokens[last].span.end)
    line = text[start : end if end >= 0 else len(text)]
    words = [word_of(stream, i) for i in range(first, last + 1)]
    return line.split() == words
