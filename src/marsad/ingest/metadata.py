"""Metadata from several sources, merged by precedence and checked.

Precedence: sidecar > jsonl > html > text > file. A value given by the user
(sidecar or JSON) that is malformed is an error, not something to drop
quietly; a malformed value found in a page is ignored.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from marsad.errors import InputError
from marsad.records import Metadata, MetaField, MetaSource, Precision

FIELDS = ("title", "outlet", "url", "published", "lang")
_RANK: dict[MetaSource, int] = {"file": 0, "text": 1, "html": 2, "jsonl": 3, "sidecar": 4}
_USER_SOURCES = frozenset({"sidecar", "jsonl"})
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\S*)?")
_LANG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*")
_PRECISION: dict[int, Precision] = {1: "year", 2: "month", 3: "day"}


def parse_published(value: str) -> tuple[str, Precision] | None:
    """An ISO date (``2019``, ``2019-06``, ``2019-06-20``, or a timestamp) and its precision."""
    match = _ISO.fullmatch(value.strip())
    if match is None:
        return None
    parts = [part for part in match.groups() if part is not None]
    year, month, day = (int(part) for part in [*parts, "1", "1"][:3])
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return "-".join(parts), _PRECISION[len(parts)]


def parse_lang(value: str) -> str | None:
    """The primary language subtag, lower case (``ar-SY`` → ``ar``)."""
    match = _LANG.fullmatch(value.strip())
    return match.group(1).lower() if match else None


def merge_metadata(fields: Iterable[tuple[str, MetaField]], path: str) -> Metadata:
    """Keep, for each field, the value of the highest-ranked source.

    Raises :class:`InputError` when a sidecar or JSON value of ``published``
    or ``lang`` is malformed.
    """
    chosen: dict[str, MetaField] = {}
    precision: Precision | None = None
    for key, field in sorted(fields, key=lambda item: -_RANK[item[1].source]):
        if key in chosen or key not in FIELDS or not field.value.strip():
            continue
        checked = _check(key, field, path)
        if checked is None:
            continue
        chosen[key] = checked[0]
        if key == "published":
            precision = checked[1]
    return Metadata(
        title=chosen.get("title"),
        outlet=chosen.get("outlet"),
        url=chosen.get("url"),
        published=chosen.get("published"),
        published_precision=precision,
        lang=chosen.get("lang"),
    )


def _check(key: str, field: MetaField, path: str) -> tuple[MetaField, Precision | None] | None:
    value = field.value.strip()
    if key == "published":
        parsed = parse_published(value)
        if parsed is not None:
            return MetaField(parsed[0], field.source), parsed[1]
        expected = "an ISO date: YYYY, YYYY-MM or YYYY-MM-DD"
    elif key == "lang":
        lang = parse_lang(value)
        if lang is not None:
            return MetaField(lang, field.source), None
        expected = "a language code such as ar or en"
    else:
        return MetaField(value, field.source), None
    if field.source in _USER_SOURCES:
        raise InputError(path, f"{field.source} field {key!r} is {value!r}, not {expected}; fix it")
    return None
