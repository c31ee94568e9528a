"""Timeline entries: a line that opens with a date and a dash or colon.

Chronologies list a group's history one dated line at a time ("* 14 September
2012 - Announced in a video …", "2016: merges into …"). Such lines tell past
events in the present tense and often drop their subject, which is the group
the chronology is about. :func:`entry_text` says where the words of an entry
begin; the event finder lets present-tense triggers of rows that need a
``dateline`` fire there, and the anaphora finder reads a verb opening an
entry as the main group's.
"""

from __future__ import annotations

import re

from marsad.extract.context import Analysis
from marsad.records import Span, TimeExpr

BULLETS = re.compile(r"[ \t•*·\-–]*")
SEPARATOR = re.compile(r"\s*[-–—:]\s+")
"""What stands between an entry's date and its words: a dash or a colon."""
MIN_HEADERS = 2
"""How many date lines make a text a digest of dated posts."""
DATELINE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]")
"""What follows a news dateline's date: "AMMAN, June 20 (Levant Wire) -"."""
DATELINE_REACH = 40
"""How far from its line's start a dateline's date may stand."""


def entry_text(analysis: Analysis, position: int) -> int | None:
    """Where the words of the timeline entry holding ``position`` start, if its line is
    one (a date at the line's start, then a dash or colon), else None."""
    text = analysis.text.normalised
    line = text.rfind("\n", 0, position) + 1
    opening = BULLETS.match(text, line)
    start = opening.end() if opening else line
    for time in analysis.times_in(Span(line, max(line, position))):
        if time.span.start != start:
            continue
        separator = SEPARATOR.match(text, time.span.end)
        return separator.end() if separator is not None else None
    return None


def date_headers(analysis: Analysis) -> list[tuple[int, str]]:
    """Where each line that holds nothing but a date ends, and its date, when the text
    has two or more such lines (a digest of dated posts); else none."""
    text = analysis.text.normalised
    headers: list[tuple[int, str]] = []
    for time in analysis.times:
        start = text.rfind("\n", 0, time.span.start) + 1
        end = text.find("\n", time.span.end)
        end = len(text) if end < 0 else end
        rest = text[start : time.span.start] + text[time.span.end : end]
        if not any(ch.isalpha() for ch in rest) and (not headers or headers[-1][0] != end):
            headers.append((end, time.value))
    return headers if len(headers) >= MIN_HEADERS else []


def is_dateline(time: TimeExpr, text: str) -> bool:
    """Whether ``time`` is the date of a news dateline ("AMMAN, June 20 (Levant Wire) -"):
    the day the story was filed, not the day of what it tells."""
    line = text.rfind("\n", 0, time.span.start) + 1
    near = time.span.start - line <= DATELINE_REACH
    return bool(text) and near and DATELINE.match(text, time.span.end) is not None
