"""Numbers written in digits: thousands separators and decimal marks of both scripts."""

from __future__ import annotations

import re
from typing import Final

_GROUPS: Final = re.compile(r"\d{1,3}(?:[,\u066c]\d{3})+|\d{1,3}(?:\.\d{3}){2,}")


def parse_digits(digits: str, scaled: bool = False) -> float | None:
    """The number written by ``digits`` (ASCII digits with ``, . ٬ ٫`` between groups).

    ``,`` and ``٬`` separate thousands when every group after the first has
    three digits, else ``,`` marks decimals (``1,5``); ``٫`` is a decimal
    mark. A single ``.`` before exactly three digits separates thousands
    (``10.000``, Arabic use) unless a scale word follows (``1.500 million``).
    """
    if _GROUPS.fullmatch(digits):
        return float(re.sub(r"[.,\u066c]", "", digits))
    if digits.count(".") + digits.count(",") + digits.count("\u066b") > 1 or "\u066c" in digits:
        return None
    head, mark, tail = digits.replace("\u066b", ".").replace(",", ".").partition(".")
    if not mark:
        return float(head)
    if len(tail) == 3 and "." in digits and not scaled:
        return float(head + tail)
    return float(f"{head}.{tail}")
