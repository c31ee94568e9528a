"""Documents given as JSON: one object in a ``.json`` file, one a line in ``.jsonl``.

An object carries its text in ``"text"`` (plain) or ``"html"`` (a page), and
optionally the metadata keys ``url``, ``outlet``, ``published``, ``title`` and
``lang``. Other keys are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from io import BufferedIOBase
from typing import Any, Literal

from marsad.errors import JsonLineError
from marsad.ingest.metadata import FIELDS
from marsad.records import IngestFailure, MetaField, MetaSource, RawItem

Fields = tuple[tuple[str, MetaField], ...]


def fields_from_object(obj: dict[str, Any], source: MetaSource, where: str) -> Fields:
    """The metadata keys of a JSON object as fields; raises on a non-string value."""
    fields: list[tuple[str, MetaField]] = []
    for key in FIELDS:
        value = obj.get(key)
        if value is None:
            continue
        if key == "published" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise JsonLineError(where, f"has a {key!r} of JSON type {_kind(value)}, not a string")
        fields.append((key, MetaField(value, source)))
    return tuple(fields)


def item_from_object(obj: object, path: str, name: str, outer: Fields) -> RawItem:
    """A :class:`RawItem` from a decoded JSON value; ``outer`` are sidecar fields."""
    if not isinstance(obj, dict):
        raise JsonLineError(path, f"holds a JSON {_kind(obj)}, not an object with a 'text' field")
    formats: tuple[tuple[str, Literal["txt", "html"]], ...] = (("text", "txt"), ("html", "html"))
    for key, fmt in formats:
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise JsonLineError(path, f"has a {key!r} of JSON type {_kind(value)}, not a string")
        fields = (*outer, *fields_from_object(obj, "jsonl", path))
        return RawItem(path=path, name=name, fmt=fmt, data=value, fields=fields)
    raise JsonLineError(path, "has neither a 'text' nor an 'html' string field")


def item_from_json_file(data: bytes, path: str, name: str, outer: Fields) -> RawItem:
    """The one document of a ``.json`` file."""
    try:
        obj = json.loads(data)
    except UnicodeDecodeError as exc:
        raise JsonLineError(path, "is not UTF-8 text; save JSON as UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise JsonLineError(
            path, f"is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from exc
    return item_from_object(obj, path, name, outer)


def items_from_lines(
    handle: BufferedIOBase, path: str, name: str, outer: Fields, max_bytes: int
) -> Iterator[RawItem | IngestFailure]:
    """One item a non-blank line of a ``.jsonl`` stream; a bad line is a failure."""
    lineno = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        where = f"{path}:{lineno}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(handle, max_bytes)
            yield IngestFailure(
                where, f"line {lineno} is over {max_bytes} bytes (ingest.max_bytes)"
            )
            continue
        try:
            yield from _item_from_line(line, lineno, where, f"{name}:{lineno}", outer)
        except JsonLineError as exc:
            yield IngestFailure(where, exc.reason)


def _item_from_line(
    line: bytes, lineno: int, where: str, name: str, outer: Fields
) -> Iterator[RawItem]:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JsonLineError(where, f"line {lineno} is not UTF-8; save JSON as UTF-8") from exc
    text = text.lstrip("\ufeff") if lineno == 1 else text
    if not text.strip():
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise JsonLineError(
            where, f"line {lineno} is not valid JSON: {exc.msg} (column {exc.colno})"
        ) from exc
    try:
        yield item_from_object(obj, where, name, outer)
    except JsonLineError as exc:
        raise JsonLineError(where, f"line {lineno} {exc.reason}") from exc


def _skip_rest_of_line(handle: BufferedIOBase, chunk: int) -> None:
    while True:
        part = handle.readline(chunk)
        if not part or part.endswith(b"\n"):
            return


def _kind(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")
