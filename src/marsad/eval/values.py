"""Claim values read as intervals (facts-format.md, "Scoring").

Two values match when their intervals overlap (closed ends):

- ``{"exact": n}`` → [n, n]
- ``{"min": n}`` → [n, +inf)
- ``{"max": n}`` → (-inf, n]
- ``{"min": a, "max": b}`` → [a, b]
- ``{"approx": n}`` → [n - 10 %, n + 10 %] (``APPROX_TOLERANCE`` of ``|n|``),
  so "about 1,500" meets an exact 1,400 but not 1,000.

Only these keys count; others (a unit, a note) are ignored. A value whose
keys are not one of the five shapes, whose numbers are not numbers (a
boolean or a string is not), or whose min is above its max, has no interval
and matches nothing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

APPROX_TOLERANCE = 0.1
_KEYS = frozenset({"exact", "min", "max", "approx"})

Interval = tuple[float, float]


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return None if math.isnan(number) else number


def value_interval(value: object) -> Interval | None:
    """Return the closed interval a claim value stands for, or None."""
    if not isinstance(value, Mapping):
        return None
    keys = _KEYS.intersection(key for key in value if isinstance(key, str))
    numbers = {key: _number(value[key]) for key in keys}
    if not keys or None in numbers.values():
        return None
    found = {key: number for key, number in numbers.items() if number is not None}
    if keys == {"exact"}:
        return found["exact"], found["exact"]
    if keys == {"approx"}:
        slack = abs(found["approx"]) * APPROX_TOLERANCE
        return found["approx"] - slack, found["approx"] + slack
    if keys <= {"min", "max"}:
        low, high = found.get("min", -math.inf), found.get("max", math.inf)
        return (low, high) if low <= high else None
    return None


def values_overlap(gold: object, predicted: object) -> bool:
    """True when both values have intervals and the intervals meet."""
    first, second = value_interval(gold), value_interval(predicted)
    if first is None or second is None:
        return False
    return first[0] <= second[1] and second[0] <= first[1]
