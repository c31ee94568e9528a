"""Event dates compared at the gold precision (facts-format.md, "Scoring").

A date is an ISO 8601 partial, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a time
after ``T`` is ignored. Dates agree when the predicted date has at least the
gold precision and the two are equal down to it: gold ``2019-06`` accepts
``2019-06`` and ``2019-06-20`` but not ``2019`` or ``2019-07-01``.

A gold date of null (the text gives no date) constrains nothing: any
predicted date, or none, agrees with it. A gold date that is not a date
string agrees with nothing; so does a missing or malformed predicted date
when the gold has one.
"""

from __future__ import annotations

import re

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?", re.DOTALL)


def parse_date(value: object) -> tuple[int, ...] | None:
    """Return ``(year,)``, ``(year, month)`` or ``(year, month, day)``, or None."""
    if not isinstance(value, str):
        return None
    match = _DATE.fullmatch(value.strip())
    if match is None:
        return None
    return tuple(int(part) for part in match.groups() if part is not None)


def dates_agree(gold: object, predicted: object) -> bool:
    """True when ``predicted`` states ``gold`` at least as precisely."""
    if gold is None:
        return True
    want = parse_date(gold)
    have = parse_date(predicted)
    if want is None or have is None or len(have) < len(want):
        return False
    return have[: len(want)] == want
