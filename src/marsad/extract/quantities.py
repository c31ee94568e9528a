"""Numbers in the text as intervals: digits, number words, vague amounts, qualifiers, ranges.

One scan of ``Text.key`` (words looked up in :attr:`TimeResources.numbers`) yields
digits and number words in order; a short reader joins neighbours into a
value (ثلاثة آلاف, ألف وخمسمئة, 1.5 million), takes a qualifier written just
before it (أكثر من → low, less than → high, نحو → approx), a second value
after a dash or after ``and``/``و``/``to`` when ``between``/``بين`` opened
the phrase, and the counted noun after it. An Arabic noun in the dual (عنصران)
is two on its own. Numbers that belong to dates,
footnote markers ``[5]`` and phone-like digit runs are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Final

from marsad.extract.calendar import NumberWord, TimeResources
from marsad.extract.dates import Pairs, find_date_spans
from marsad.extract.glossary import NUMBER, find_phrases
from marsad.extract.numerals import parse_digits
from marsad.records import Quantity, Span, Text

_PREFIX_GAP: Final = re.compile(r"\s*(?:ال\s*)?")
_VALUE_GAP: Final = re.compile(r"\s*|\s+and\s+|-")
_RANGE_GAP: Final = re.compile(r"\s*(?:[-–—]|to|and|إلى|الى|حتى|و)\s*")
_DASH: Final = re.compile(r"\s*[-–—]\s*")
_PHONE: Final = re.compile(r"\+?\d{2,4}(?:[ -]\d{2,4}){2,}(?![\d.,])|\+?0\d{6,}")


@dataclass(frozen=True, slots=True)
class Piece:
    """A number or number word found by the scan."""

    start: int
    end: int
    digits: str | None
    word: NumberWord


@dataclass(frozen=True, slots=True)
class Value:
    """One value read from neighbouring pieces: a number or a vague interval."""

    low: float
    high: float
    end: int
    next: int
    vague: bool = False


def find_quantities(
    text: Text, resources: TimeResources, partials: Pairs | None = None
) -> list[Quantity]:
    """Return the quantities of ``text`` in order (``partials``: its dates, if found already)."""
    pieces = _scan_pieces(text, resources)
    blocked = find_date_spans(text, resources, partials)
    blocked_starts = [span.start for span in blocked]
    starts = [token.span.start for token in text.tokens]
    found: list[Quantity] = []
    index = 0
    while index < len(pieces):
        quantity, index = _read_quantity(pieces, index, _Page(text, starts, resources))
        if quantity is not None and not _is_blocked(quantity.span, blocked, blocked_starts):
            found.append(quantity)
    return found


def _scan_pieces(text: Text, resources: TimeResources) -> list[Piece]:
    key = text.key
    pieces = [
        Piece(hit.start, hit.end, None, hit.value) for hit in find_phrases(resources.numbers, key)
    ]
    taken, phone_end = len(pieces), -1
    for match in NUMBER.finditer(key):
        start, end = match.span()
        if start < phone_end or _is_marker(key, start, end):
            continue
        phone = _PHONE.match(key, start - (key[start - 1 : start] == "+"))
        if phone is not None:
            phone_end = phone.end()
            continue
        pieces.append(Piece(start, end, match.group(), NumberWord()))
    if taken < len(pieces):
        pieces.sort(key=lambda piece: piece.start)
    return pieces


def _is_marker(key: str, start: int, end: int) -> bool:
    """A footnote marker ``[5]``, a list number ``12.`` opening a line, a model (BGM-71, F16)."""
    if key[start - 1 : start] == "[" and key[end : end + 1] == "]":
        return True
    if re.match(r"[a-z]", key[start - 1 : start]) or re.match(r"[a-z]", key[end : end + 1]):
        return True
    if (
        start >= 2
        and key[start - 1] == "-"
        and key[start - 2].isascii()
        and key[start - 2].isalpha()
    ):
        return True
    line = key[key.rfind("\n", 0, start) + 1 : start]
    return not line.strip() and key[end : end + 1] in (".", ")")


def _is_blocked(span: Span, blocked: list[Span], starts: list[int]) -> bool:
    """Whether ``span`` overlaps one of the date spans (sorted, not overlapping each other)."""
    index = bisect_left(starts, span.end) - 1
    return index >= 0 and blocked[index].overlaps(span)


@dataclass(frozen=True, slots=True)
class _Page:
    """The text being read, its token starts and the number words."""

    text: Text
    starts: list[int]
    resources: TimeResources


def _read_quantity(pieces: list[Piece], index: int, page: _Page) -> tuple[Quantity | None, int]:
    """The quantity starting at ``pieces[index]`` and the index after it."""
    key = page.text.key
    start = pieces[index].start
    qualifier, opens_range = None, False
    while index + 1 < len(pieces) and _is_prefix(pieces[index], pieces[index + 1], key):
        qualifier = qualifier or pieces[index].word.qualifier
        opens_range = opens_range or pieces[index].word.opens_range
        index += 1
    first = _read_value(pieces, index, key)
    if first is None:
        return None, index + 1
    low, high, end, after = first.low, first.high, first.end, first.next
    second = _read_second(pieces, first, opens_range, key)
    if second is not None:
        high, end, after = second.high, second.end, second.next
    if after < len(pieces) and pieces[after].word.percent and pieces[after].start - end <= 2:
        end, after = pieces[after].end, after + 1
        unit: str | None = "percent"
    elif pieces[index].word.dual:
        unit = key[pieces[index].start : pieces[index].end]  # the noun is its own unit
    else:
        unit = _unit_after(page, end)
    if _is_bare_year(pieces[index].digits, qualifier, second, page.text.normalised[end : end + 2]):
        return None, after
    span = Span(start if qualifier or opens_range else pieces[index].start, end)
    quantity = _quantity(span, low, high, qualifier, first.vague or second is not None, unit)
    return replace(quantity, vague=first.vague), after


def _is_prefix(piece: Piece, following: Piece, key: str) -> bool:
    word = piece.word
    if piece.digits is not None or not (word.qualifier or word.opens_range):
        return False
    return bool(_PREFIX_GAP.fullmatch(key[piece.end : following.start]))


def _read_value(pieces: list[Piece], index: int, key: str) -> Value | None:
    piece = pieces[index]
    if piece.digits is None and piece.word.vague is not None and piece.word.unit is None:
        low, high = piece.word.vague
        index += 1
        if index < len(pieces) and pieces[index].word.scale and _of_gap(piece, pieces[index], key):
            scale = pieces[index].word.scale or 1.0
            low, high, piece = low * scale, high * scale, pieces[index]
            index += 1
        return Value(low, high, piece.end, index, vague=True)
    return _read_exact(pieces, index, key)


def _of_gap(piece: Piece, following: Piece, key: str) -> bool:
    return key[piece.end : following.start].strip() in ("", "of", "من")


def _read_exact(pieces: list[Piece], index: int, key: str) -> Value | None:
    total, current, end, first = 0.0, 0.0, -1, index
    while index < len(pieces):
        piece, word = pieces[index], pieces[index].word
        if index > first and (word.dual or not _joins(pieces[index - 1], piece, key)):
            break
        if word.dual:
            return _read_dual(pieces, index, key)
        if piece.digits is not None:
            if index > first:
                break
            following = pieces[index + 1].word.scale if index + 1 < len(pieces) else None
            number = parse_digits(piece.digits, scaled=following is not None)
            if number is None:
                return None
            current = number
        elif word.unit is not None:
            current += word.unit
        elif word.scale is not None and (index > first or word.vague is None):
            if word.scale < 1000:
                current = (current or 1.0) * word.scale
            else:
                total, current = total + (current or 1.0) * word.scale, 0.0
        else:
            break
        end, index = piece.end, index + 1
    if end < 0:
        return None
    value = total + current
    return Value(value, value, end, index)


def _read_dual(pieces: list[Piece], index: int, key: str) -> Value | None:
    """A noun in the dual (عنصران) is two on its own, unless a number word right after
    it counts it (مدنيان اثنان: that word is the number)."""
    piece = pieces[index]
    following = pieces[index + 1] if index + 1 < len(pieces) else None
    if following is not None and not following.word.dual and _joins(piece, following, key):
        return None
    value = piece.word.unit or 2.0
    return Value(value, value, piece.end, index + 1)


def _joins(previous: Piece, piece: Piece, key: str) -> bool:
    gap = key[previous.end : piece.start]
    if piece.digits is not None or not _VALUE_GAP.fullmatch(gap):
        return False
    if gap.strip() == "and":
        return previous.word.scale is not None and piece.word.unit is not None
    return gap != "-" or (previous.word.unit or 0) >= 20


def _read_second(pieces: list[Piece], first: Value, opens_range: bool, key: str) -> Value | None:
    index = first.next
    if first.vague or index >= len(pieces):
        return None
    gap = key[first.end : pieces[index].start]
    dash = bool(_DASH.fullmatch(gap))
    if not (dash or (opens_range and _RANGE_GAP.fullmatch(gap))):
        return None
    second = _read_value(pieces, index, key)
    if second is None or second.vague or second.low <= first.low:
        return None
    return second


def _is_bare_year(
    digits: str | None, qualifier: str | None, second: Value | None, following: str
) -> bool:
    """A lone 1900..2099 in digits before no word or a proper name is a year, not a count."""
    if qualifier or second is not None or digits is None or len(digits) != 4:
        return False
    if not digits.isdigit() or not 1900 <= int(digits) <= 2099:
        return False
    head = following.lstrip()[:1]
    return not head.isalpha() or head.isupper()


def _unit_after(page: _Page, end: int) -> str | None:
    text, tokens = page.text, page.text.tokens
    index = bisect_left(page.starts, end)
    for _ in range(2):
        if index >= len(tokens) or text.normalised[end : tokens[index].span.start].strip():
            return None
        token = tokens[index]
        if token.key in page.resources.unit_links:
            end, index = token.span.end, index + 1
            continue
        if not token.key or token.key[0].isdigit() or token.key in page.resources.number_words:
            return None
        if token.key in page.resources.not_units:
            return None
        return token.key
    return None


def _quantity(
    span: Span, low: float, high: float, qualifier: str | None, loose: bool, unit: str | None
) -> Quantity:
    if qualifier == "min":
        return Quantity(span, low, None, unit=unit)
    if qualifier == "max":
        return Quantity(span, None, high, unit=unit)
    approx = qualifier == "approx"
    return Quantity(span, low, high, exact=not loose and not approx, approx=approx, unit=unit)
