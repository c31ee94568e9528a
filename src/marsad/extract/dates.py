"""Dates and periods in the text: one scan of ``Text.key``, then a small grammar.

The scan (the words of ``Text.key`` looked up in
:attr:`TimeResources.calendar`) yields calendar words and numbers in
order. Neighbours joined only by spaces, commas, slashes, dashes or
``of``/``من``/``في`` build one partial date (a number is a year in
1900..2099, a day in 1..31); a field seen twice starts a new one. Two
partials joined by a dash, or by ``to``/``and``/``إلى``/``و`` after
``from``/``between``/``منذ``, make a range. A partial is kept only when it is
date-like: a month with a day or year, a year after a cue word, inside
parentheses or with a part word, a relative word. A missing year comes from
the last year written shortly before, else from ``published``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final, NamedTuple

from marsad.extract.calendar import TimeResources
from marsad.extract.chronology import (
    Clock,
    infer_year,
    parse_published,
    resolve_relative,
    valid_day,
)
from marsad.extract.glossary import NUMBER, find_phrases
from marsad.records import Precision, Span, Text, TimeExpr

_JOIN: Final = re.compile(r"[\s,،/()\-–]*(?:(?:of|the|in|من|في)\s+)?[\s(]*")
_DASH: Final = re.compile(r"\s*[-–—]\s*")
_CONNECTOR: Final = re.compile(r"\s*(?:to|and|until|till|through|إلى|الى|حتى|لغايه)?\s*")
_OPENER: Final = re.compile(r"(?:between|from|بين|من)\s*$")
_CUE: Final = re.compile(
    r"(?:(?<![a-z])(?:in|during|on|since|until|till|by|from|the|before|after|between|"
    r"through|throughout|circa)|(?<![\u0621-\u064a])[وف]?(?:في|خلال|منذ|حتى|قبل|بعد|بين))\s*$"
)
_ONGOING: Final = re.compile(r"\s*[-–—]\s*(?:present|now|الان)")
_ANCHOR_WINDOW: Final = 600
_ISO: Final = re.compile(r"(?:19|20)\d\d([-/])[01]?\d\1[0-3]?\d(?![\d/-]|[.,]\d)")
_CLOCK: Final = re.compile(r":[0-5]\d\b")
_DMY: Final = re.compile(r"[0-3]?\d([/.])[01]?\d\1(?:19|20)\d\d(?![\d/-]|[.,]\d)")
_ORDINAL: Final = re.compile(r"(?:st|nd|rd|th)(?![a-z])")


@dataclass(frozen=True, slots=True)
class Lexeme:
    """One calendar word or number found by the scan."""

    start: int
    end: int
    kind: str
    value: str
    conjoined: bool = False


class Partial(NamedTuple):
    """A date as far as the words next to each other give it (a tuple: cheap to grow)."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: str | None = None
    qualifier: str | None = None
    bound: str | None = None
    year_cue: bool = False
    month_cue: bool = False
    conjoined: bool = False
    recent: bool = False

    def has_date(self) -> bool:
        return self.year is not None or self.month is not None or self.day is not None


Pairs = list[tuple[Partial, Partial | None]]


def find_times(
    text: Text, published: str | None, resources: TimeResources, partials: Pairs | None = None
) -> list[TimeExpr]:
    """Return the dates and periods of ``text``, resolved against ``published`` where needed.

    ``partials`` are :func:`find_partials` of ``text`` when the caller has them already.
    """
    clock = Clock(parse_published(published))
    found: list[TimeExpr] = []
    anchor: tuple[int, int] | None = None
    if partials is None:
        partials = find_partials(text, resources)
    for first, last in partials:
        if first.year is not None and last is None:
            anchor = (first.year, first.end)
        expr = _resolve_pair(first, last, anchor, clock)
        if expr is not None:
            found.append(expr)
        if last is not None and last.year is not None:
            anchor = (last.year, last.end)
    return found


def find_date_spans(
    text: Text, resources: TimeResources, partials: Pairs | None = None
) -> list[Span]:
    """Spans of every date-like expression, resolved or not (numbers there are no counts)."""
    if partials is None:
        partials = find_partials(text, resources)
    return [Span(first.start, (last or first).end) for first, last in partials]


def find_partials(text: Text, resources: TimeResources) -> Pairs:
    """Date-like partials of ``text`` in order; the second of a pair closes a range."""
    partials = _build_partials(_scan_lexemes(text, resources), text.key)
    return [pair for pair in _pair_ranges(partials, text.key) if _is_date_like(pair, text.key)]


def _scan_lexemes(text: Text, resources: TimeResources) -> list[Lexeme]:
    key, normalised = text.key, text.normalised
    lexemes: list[Lexeme] = []
    for hit in find_phrases(resources.calendar, key):
        kind, value = hit.value
        if kind in ("month", "day") and normalised[hit.start].islower():
            continue
        lexemes.append(Lexeme(hit.start, hit.end, kind, value, "و" in hit.clitics))
    taken = len(lexemes)
    for match in NUMBER.finditer(key):
        lexeme = _number_lexeme(match, key)
        if lexeme is not None:
            lexemes.append(lexeme)
    if taken < len(lexemes):
        lexemes.sort(key=lambda lexeme: lexeme.start)
    return _drop_covered(lexemes)


def _number_lexeme(match: re.Match[str], key: str) -> Lexeme | None:
    """A number, or a whole ``2019-06-20`` / ``20/6/2019``."""
    start, end = match.span()
    for kind, pattern in (("iso", _ISO), ("dmy", _DMY)):
        full = pattern.match(key, start)
        if full is not None:
            return Lexeme(start, full.end(), kind, full.group())
    ordinal = _ORDINAL.match(key, end)
    if ordinal is not None:
        end = ordinal.end()
    if not match.group().isdigit() or key[end : end + 1].isalnum():
        return None
    if _CLOCK.match(key, end) or (start and key[start - 1] == ":"):
        return None  # the hour or minutes of a clock time ("– 14:35") are no day
    return Lexeme(start, end, "num", match.group())


def _drop_covered(lexemes: list[Lexeme]) -> list[Lexeme]:
    """Drop lexemes inside an earlier one (the parts of a whole ``2019-06-20``)."""
    kept: list[Lexeme] = []
    for lexeme in lexemes:
        if kept and lexeme.start < kept[-1].end:
            continue
        kept.append(lexeme)
    return kept


def _build_partials(lexemes: list[Lexeme], key: str) -> list[Partial]:
    partials: list[Partial] = []
    current: Partial | None = None
    for lexeme in lexemes:
        if current is not None:
            gap = key[current.end : lexeme.start]
            joined = _JOIN.fullmatch(gap) and not (
                lexeme.kind == "month" and current.year is not None and ("," in gap or "،" in gap)
            )
            grown = _absorb(current, lexeme) if joined else None
            if grown is not None:
                current = grown
                continue
            partials.append(current)
        current = _absorb(Partial(lexeme.start, lexeme.start, conjoined=lexeme.conjoined), lexeme)
    if current is not None:
        partials.append(current)
    return partials


def _absorb(partial: Partial, lexeme: Lexeme) -> Partial | None:
    """``partial`` grown by ``lexeme``, or None when the lexeme starts something new."""
    kind, value, p = lexeme.kind, lexeme.value, partial
    grown: Partial | None = None
    if kind in ("iso", "dmy") and not p.has_date():
        grown = _full_date(p, kind, value)
    elif kind == "num":
        grown = _absorb_number(p, value)
    elif kind == "month":
        if p.month is None and (p.day is None or p.year is None):
            grown = p._replace(month=int(value))
        elif p.month == int(value):
            grown = p
    elif kind == "day" and p.weekday is None and not p.has_date() and not p.recent:
        grown = p._replace(weekday=int(value))
    elif kind in ("part", "season") and p.qualifier is None and not _started(p):
        grown = p._replace(qualifier=value)
    elif kind == "bound" and p.bound is None and p.qualifier is None and not _started(p):
        grown = p._replace(bound=value)
    elif kind == "year_word" and p.year is None and not p.year_cue:
        grown = p._replace(year_cue=True)
    elif kind == "month_word" and not p.has_date() and p.relative is None:
        grown = p._replace(month_cue=True)
    elif kind == "relative" and p.relative is None and not p.has_date():
        grown = p._replace(relative=value)
    elif kind == "recent" and not p.recent and (p.year, p.relative, p.weekday) == (None,) * 3:
        grown = p._replace(recent=True)  # آب الماضي, "last August"
    return None if grown is None else grown._replace(end=lexeme.end)


def _started(partial: Partial) -> bool:
    return partial.has_date() or partial.relative is not None or partial.weekday is not None


def _absorb_number(partial: Partial, digits: str) -> Partial | None:
    number = int(digits)
    if len(digits) == 4 and 1900 <= number <= 2099:
        return partial._replace(year=number) if partial.year is None else None
    if len(digits) <= 2 and 1 <= number <= 31 and partial.day is None and partial.year is None:
        return partial._replace(day=number)
    return None


def _full_date(partial: Partial, kind: str, value: str) -> Partial | None:
    parts = [int(part) for part in re.split(r"[-/.]", value)]
    year, month, day = parts if kind == "iso" else (parts[2], parts[1], parts[0])
    if kind == "dmy" and month > 12 >= day:
        month, day = day, month
    if not valid_day(year, month, day):
        return None
    return partial._replace(year=year, month=month, day=day)


def _pair_ranges(partials: list[Partial], key: str) -> list[tuple[Partial, Partial | None]]:
    pairs: list[tuple[Partial, Partial | None]] = []
    index = 0
    while index < len(partials):
        first = partials[index]
        last = partials[index + 1] if index + 1 < len(partials) else None
        if last is not None and _is_range(first, last, key):
            pairs.append(_inherit(first, last))
            index += 2
        else:
            pairs.append((first, None))
            index += 1
    return pairs


def _is_range(first: Partial, last: Partial, key: str) -> bool:
    if first.relative or last.relative or not first.has_date() or not last.has_date():
        return False
    gap = key[first.end : last.start]
    if _DASH.fullmatch(gap):
        return True
    if not _CONNECTOR.fullmatch(gap):
        return False
    if not gap.strip() and not (last.conjoined or last.bound == "until"):
        return False
    return first.bound == "since" or bool(
        _OPENER.search(key[max(0, first.start - 12) : first.start])
    )


def _inherit(first: Partial, last: Partial) -> tuple[Partial, Partial]:
    """Let the start of a range borrow the month and year its end writes out."""
    if first.year is None:
        month = first.month
        if month is None and first.day is not None:
            month = last.month
        first = first._replace(year=last.year, month=month)
    last = last._replace(bound=None)
    if first.bound == "since":
        first = first._replace(bound=None)
    return first, last


def _is_date_like(pair: tuple[Partial, Partial | None], key: str) -> bool:
    first, last = pair
    if last is not None:
        return _is_complete(first) and _is_complete(last)
    if _is_bare_weekday(first):
        return WEEKDAY.fullmatch(key[first.start : first.end].strip()) is not None
    if first.relative is not None:
        return first.day is None or first.month is not None
    if not _is_complete(first):
        return False
    if first.day is not None or first.qualifier or first.year_cue or first.month_cue:
        return True
    if first.year is not None and first.month is not None:
        return True
    if (first.bound is not None or first.recent) and first.month is not None:
        return True  # "since August", منذ آذار, آب الماضي: a month marked as a date
    before = key[max(0, first.start - 16) : first.start]
    after = key[first.end : first.end + 12]
    if _CUE.search(before) or _ONGOING.match(after):
        return True
    return before.rstrip().endswith("(") and after.lstrip()[:1] == ")"


def _is_bare_weekday(partial: Partial) -> bool:
    """Whether ``partial`` names a weekday and nothing else ("on Tuesday", يوم الخميس)."""
    return partial.weekday is not None and (
        partial.year,
        partial.month,
        partial.day,
        partial.relative,
    ) == (None, None, None, None)


def _is_complete(partial: Partial) -> bool:
    if partial.day is not None and partial.month is None:
        return False
    return partial.year is not None or partial.month is not None or partial.relative is not None


WEEKDAY: Final = re.compile(
    r"(?:on |يوم )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|ال(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد))"
)
"""A weekday written in full (in the folded key), the only form read without a date."""


def _resolve_pair(
    first: Partial, last: Partial | None, anchor: tuple[int, int] | None, clock: Clock
) -> TimeExpr | None:
    start = _resolve(first, anchor, clock)
    if start is None:
        return None
    end = _resolve(last, anchor, clock) if last is not None else None
    if last is not None and end is None:
        return None
    value, precision, relative = start
    return TimeExpr(
        span=Span(first.start, (last or first).end),
        value=value,
        precision=precision,
        end=end[0] if end else None,
        qualifier=first.qualifier or first.bound,
        relative=relative or bool(end and end[2]),
    )


def _resolve(
    partial: Partial, anchor: tuple[int, int] | None, clock: Clock
) -> tuple[str, Precision, bool] | None:
    if partial.relative is not None and partial.month is None:
        return resolve_relative(partial.relative, partial.weekday, clock)
    if _is_bare_weekday(partial):
        # a news report's "on Tuesday": the latest Tuesday up to the day it was published
        return resolve_relative("day+0", partial.weekday, clock)
    year, relative = partial.year, False
    if year is None:
        near = anchor if anchor and partial.start - anchor[1] <= _ANCHOR_WINDOW else None
        near = None if partial.recent else near  # آب الماضي: the published date's last August
        year = near[0] if near else infer_year(partial.month, partial.day, clock)
        if year is None and anchor is not None:
            year = anchor[0]
        relative = near is None and clock.today is not None
    if year is None:
        return None
    if partial.month is None:
        return f"{year:04d}", "year", relative
    if partial.day is None:
        return f"{year:04d}-{partial.month:02d}", "month", relative
    if not valid_day(year, partial.month, partial.day):
        return None
    return date(year, partial.month, partial.day).isoformat(), "day", relative
