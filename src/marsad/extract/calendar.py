"""Calendar and number words, loaded once for the date and quantity finders.

``months.tsv`` names months (both Arabic families and English), weekdays,
parts of a period (early / mid / late), seasons, bounds (since / until),
cue words (عام, شهر, year) and relative words (أمس, last month);
``numbers.tsv`` names number words, scales, vague amounts (عشرات) and
qualifiers (أكثر من, about). Names are folded the way ``Text.key`` is, and
each table becomes a :class:`Glossary` looked up word by word during the
finders' single pass over a document's key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from marsad.config import ExtractConfig, resolve_table
from marsad.extract.glossary import Glossary, build_glossary
from marsad.extract.tables import Row, read_table, split_list

_FOLDS: Final = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ئ": "ي",
        "ى": "ي",
        "ة": "ه",
        "ی": "ي",
        "ک": "ك",
    }
)
_MARKS: Final = re.compile("[\u0640\u064b-\u065f\u0670]")
CALENDAR_KINDS: Final = frozenset(
    {"month", "day", "part", "season", "bound", "year_word", "month_word", "relative", "recent"}
)
NUMBER_KINDS: Final = frozenset(
    {"unit", "scale", "vague", "qualifier", "range", "percent", "link", "not_unit", "dual"}
)


@dataclass(frozen=True, slots=True)
class NumberWord:
    """What a number word can mean; a word may be both a scale and a vague amount."""

    unit: float | None = None
    scale: float | None = None
    vague: tuple[float, float] | None = None
    qualifier: str | None = None
    opens_range: bool = False
    percent: bool = False
    dual: bool = False
    """An Arabic noun in the dual (عنصران): two of it, a number of its own."""


@dataclass(frozen=True, slots=True)
class TimeResources:
    """Everything the date and quantity finders read, built by :func:`load_time_resources`.

    ``calendar`` maps a folded phrase to ``(kind, value)``; ``numbers`` maps
    a folded phrase to its :class:`NumberWord` (``number_words`` lists those
    phrases); ``unit_links`` are skipped on
    the way from a number to its counted noun, ``not_units`` never are that
    noun.
    """

    calendar: Glossary[tuple[str, str]]
    numbers: Glossary[NumberWord]
    number_words: frozenset[str]
    unit_links: frozenset[str]
    not_units: frozenset[str]


def fold_name(name: str) -> str:
    """Fold a table name as ``Text.key`` folds text: alef forms, hamza, ta marbuta, case."""
    return " ".join(_MARKS.sub("", name).translate(_FOLDS).lower().split())


def load_time_resources(config: ExtractConfig) -> TimeResources:
    """Read the month and number tables named by ``config`` and compile their scanners."""
    calendar = _read_calendar(read_table(str(resolve_table(config.months_table)), _CAL_COLUMNS))
    rows = read_table(str(resolve_table(config.numbers_table)), _NUM_COLUMNS)
    links, not_units = _function_words(rows, "link"), _function_words(rows, "not_unit")
    numbers = _read_numbers(row for row in rows if row.get("kind") not in ("link", "not_unit"))
    return TimeResources(
        build_glossary(calendar),
        build_glossary(numbers, article=True),
        frozenset(numbers),
        links,
        not_units,
    )


_CAL_COLUMNS: Final = ("kind", "value", "names")
_NUM_COLUMNS: Final = ("kind", "value", "names")


def _read_calendar(rows: Iterable[Row]) -> dict[str, tuple[str, str]]:
    calendar: dict[str, tuple[str, str]] = {}
    for row in rows:
        kind, value = row.get("kind"), row.get("value")
        if kind not in CALENDAR_KINDS:
            raise row.error(
                f"unknown kind {kind!r}; use one of {', '.join(sorted(CALENDAR_KINDS))}"
            )
        if kind in ("month", "day") and not value.isdigit():
            raise row.error(f"a {kind} needs a number as value, not {value!r}")
        for name in split_list(row.get("names")):
            key = fold_name(name)
            if calendar.get(key, (kind, value)) != (kind, value):
                raise row.error(f"{name!r} already means {calendar[key]}")
            calendar[key] = (kind, value)
    return calendar


def _function_words(rows: Iterable[Row], kind: str) -> frozenset[str]:
    return frozenset(
        fold_name(name)
        for row in rows
        if row.get("kind") == kind
        for name in split_list(row.get("names"))
    )


def _read_numbers(rows: Iterable[Row]) -> dict[str, NumberWord]:
    numbers: dict[str, NumberWord] = {}
    for row in rows:
        word = _number_word(row)
        for name in split_list(row.get("names")):
            key = fold_name(name)
            numbers[key] = _merge_words(numbers.get(key), word)
    return numbers


def _number_word(row: Row) -> NumberWord:
    kind, value = row.get("kind"), row.get("value")
    if kind not in NUMBER_KINDS:
        raise row.error(f"unknown kind {kind!r}; use one of {', '.join(sorted(NUMBER_KINDS))}")
    if kind == "qualifier":
        if value not in ("min", "max", "approx"):
            raise row.error(f"a qualifier's value is min, max or approx, not {value!r}")
        return NumberWord(qualifier=value)
    if kind in ("range", "percent"):
        return NumberWord(opens_range=kind == "range", percent=kind == "percent")
    try:
        number = float(value)
        high = float(row.get("high")) if kind == "vague" else number
    except ValueError as exc:
        raise row.error(f"value and high must be numbers ({exc})") from exc
    if kind == "vague":
        return NumberWord(vague=(number, high))
    if kind == "dual":
        return NumberWord(unit=number, dual=True)
    return NumberWord(unit=number) if kind == "unit" else NumberWord(scale=number)


def _merge_words(old: NumberWord | None, new: NumberWord) -> NumberWord:
    if old is None:
        return new
    return NumberWord(
        unit=old.unit if new.unit is None else new.unit,
        scale=old.scale if new.scale is None else new.scale,
        vague=old.vague if new.vague is None else new.vague,
        qualifier=old.qualifier if new.qualifier is None else new.qualifier,
        opens_range=old.opens_range or new.opens_range,
        percent=old.percent or new.percent,
        dual=old.dual or new.dual,
    )
