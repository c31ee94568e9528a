"""Calendar arithmetic for the date finder: the published date and what is relative to it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from marsad.records import Precision

_PUBLISHED: Final = re.compile(r"((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?")
_RELATIVE: Final = re.compile(r"(day|week|month|year)([+-]\d+)")


@dataclass(frozen=True, slots=True)
class Clock:
    """The document's published date, as far as it is known: year, month, day."""

    published: tuple[int, int | None, int | None] | None

    @property
    def today(self) -> date | None:
        if self.published is None or None in self.published:
            return None
        year, month, day = self.published
        assert month is not None and day is not None
        return date(year, month, day)


def parse_published(published: str | None) -> tuple[int, int | None, int | None] | None:
    """``(year, month, day)`` of an ISO published date (``2019``, ``2019-06``, ``2019-06-20T…``)."""
    match = _PUBLISHED.match(published.strip()) if published else None
    if match is None:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if month is not None and not 1 <= month <= 12:
        return (year, None, None)
    if month is not None and day is not None and not valid_day(year, month, day):
        return (year, month, None)
    return (year, month, day)


def valid_day(year: int, month: int, day: int) -> bool:
    """Whether ``year-month-day`` is a date of the calendar."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def infer_year(month: int | None, day: int | None, clock: Clock) -> int | None:
    """The year of the nearest ``month``/``day`` on or before the published date."""
    if clock.published is None:
        return None
    year, pub_month, pub_day = clock.published
    if month is None or pub_month is None:
        return year
    later = (month, day or 0) > (pub_month, pub_day or 31)
    return year - 1 if later else year


def resolve_relative(
    code: str, weekday: int | None, clock: Clock
) -> tuple[str, Precision, bool] | None:
    """Resolve a relative word's code (``day-1``, ``month-1``…) against the published date.

    A weekday written beside a day (أمس الأربعاء) wins when it disagrees: the
    nearest earlier date falling on that weekday is taken.
    """
    match = _RELATIVE.fullmatch(code)
    if match is None or clock.published is None:
        return None
    unit, offset = match.group(1), int(match.group(2))
    year, month, _ = clock.published
    if unit == "year":
        return f"{year + offset:04d}", "year", True
    today = clock.today
    if unit == "month" and month is not None:
        index = year * 12 + month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month", True
    if today is None:
        return None
    if unit == "week":
        return (today - timedelta(days=7)).isoformat()[:7], "month", True
    target = today + timedelta(days=offset)
    if weekday is not None:
        for _ in range(7):
            if target.weekday() == weekday:
                break
            target -= timedelta(days=1)
    return target.isoformat(), "day", True
