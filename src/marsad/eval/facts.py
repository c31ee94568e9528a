"""Reading a facts-format JSON Lines file (gold or exported).

Blank lines are skipped. Every other line must be a JSON object with a
non-empty string ``doc``; the objects are returned keyed by it. Nothing
else is checked here: the scorer treats missing sections as empty and
malformed facts as facts that match nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marsad.errors import DecodeError, JsonLineError, UnreadableFileError

_HINT = 'each line must be one JSON object with a "doc" name (see spec/facts-format.md)'


def _read_lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UnreadableFileError(str(path), "no such file; check the path") from None
    except IsADirectoryError:
        raise UnreadableFileError(str(path), "is a folder; give a .jsonl file") from None
    except UnicodeDecodeError as exc:
        reason = f"not UTF-8 (byte {exc.start}); save the file as UTF-8"
        raise DecodeError(str(path), reason) from None
    except OSError as exc:
        raise UnreadableFileError(str(path), f"cannot be read ({exc.strerror})") from None
    # Split on newlines only: JSON text may hold U+2028 and other breaks.
    return [line.rstrip("\r") for line in text.split("\n")]


def _parse_line(path: Path, number: int, line: str) -> tuple[str, dict[str, Any]]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise JsonLineError(str(path), f"line {number}: not JSON ({exc.msg}); {_HINT}") from None
    if not isinstance(obj, dict):
        raise JsonLineError(str(path), f"line {number}: not a JSON object; {_HINT}")
    doc = obj.get("doc")
    if not isinstance(doc, str) or not doc.strip():
        raise JsonLineError(str(path), f'line {number}: missing or empty "doc"; {_HINT}')
    return doc, obj


def read_facts(path: Path) -> dict[str, dict[str, Any]]:
    """Read ``path`` into ``{doc name: facts object}``.

    Raises :class:`~marsad.errors.InputError` (a ``JsonLineError`` naming
    ``line N``) when the file cannot be read, a line is not a JSON object,
    lacks ``doc``, or repeats a ``doc`` of an earlier line.
    """
    facts: dict[str, dict[str, Any]] = {}
    first_seen: dict[str, int] = {}
    for number, line in enumerate(_read_lines(path), 1):
        if not line.strip():
            continue
        doc, obj = _parse_line(path, number, line)
        if doc in facts:
            reason = f"line {number}: doc {doc!r} already given on line {first_seen[doc]}"
            raise JsonLineError(str(path), f"{reason}; keep one line per document")
        facts[doc] = obj
        first_seen[doc] = number
    return facts
