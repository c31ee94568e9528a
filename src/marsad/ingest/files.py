"""Finding input files and reading them into :class:`RawItem` s.

A folder is walked recursively in sorted order (hidden entries skipped); a
file named explicitly is always attempted. Any file may be gzipped (``.gz``
or the gzip magic bytes). Metadata may sit beside a file in a sidecar,
``<name>.meta.json`` or ``<name without its extensions>.meta.json``.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from io import BufferedIOBase
from pathlib import Path
from typing import Literal

from marsad.config import IngestConfig
from marsad.errors import InputError, JsonLineError, UnreadableFileError
from marsad.ingest.jsonl import Fields, fields_from_object, item_from_json_file, items_from_lines
from marsad.records import IngestFailure, RawItem

SIDECAR_SUFFIX = ".meta.json"
GZIP_SUFFIX = ".gz"
_GZIP_MAGIC = b"\x1f\x8b"
_MAX_SIDECAR_BYTES = 1_000_000
_HTML_SUFFIXES = frozenset({".html", ".htm"})
_GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


def find_files(
    paths: Sequence[str], config: IngestConfig
) -> tuple[list[Path], list[IngestFailure]]:
    """Expand folders into the files to read; a missing path is a failure."""
    found: list[Path] = []
    failures: list[IngestFailure] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(_walk(path, config, failures))
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            failures.append(IngestFailure(name, "no such file or folder"))
    unique = list(dict.fromkeys(found))
    return unique, failures


def _walk(folder: Path, config: IngestConfig, failures: list[IngestFailure]) -> Iterator[Path]:
    def record(error: OSError) -> None:
        failures.append(
            IngestFailure(str(error.filename), f"cannot list folder ({error.strerror})")
        )

    for root, dirs, files in os.walk(folder, onerror=record):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and wanted(name, config):
                yield Path(root) / name


def wanted(name: str, config: IngestConfig) -> bool:
    """Whether a file found in a folder is read: a known extension, maybe ``.gz``, no sidecar."""
    lower = name.lower().removesuffix(GZIP_SUFFIX)
    if lower.endswith(SIDECAR_SUFFIX):
        return False
    return any(lower.endswith(ext.lower()) for ext in config.extensions)


def inner_suffix(path: Path) -> str:
    """The extension that says the format, under any ``.gz`` (``a.jsonl.gz`` → ``.jsonl``)."""
    return Path(path.name.lower().removesuffix(GZIP_SUFFIX)).suffix


def read_items(path: Path, config: IngestConfig) -> Iterator[RawItem | IngestFailure]:
    """The documents in one file: one, or one a line of a ``.jsonl`` file.

    A problem with the file is yielded as an :class:`IngestFailure` (never
    raised); a bad line of a ``.jsonl`` file is a failure of that line only.
    """
    try:
        _check_file(path, config)
        outer = read_sidecar(path)
        suffix = inner_suffix(path)
        if suffix == ".jsonl":
            with _open(path) as handle:
                yield from items_from_lines(handle, str(path), path.name, outer, config.max_bytes)
            return
        data = _read(path, config)
        if suffix == ".json":
            yield item_from_json_file(data, str(path), path.name, outer)
            return
        fmt: Literal["txt", "html"] = "html" if suffix in _HTML_SUFFIXES else "txt"
        yield RawItem(path=str(path), name=path.name, fmt=fmt, data=data, fields=outer)
    except InputError as exc:
        yield IngestFailure(str(path), exc.reason)
    except _GZIP_ERRORS as exc:
        yield IngestFailure(str(path), f"is not a valid gzip file ({exc}); re-compress it")
    except OSError as exc:
        yield IngestFailure(str(path), f"cannot be read ({exc.strerror or exc})")


def _check_file(path: Path, config: IngestConfig) -> None:
    if path.is_dir():
        raise UnreadableFileError(str(path), "is a folder, not a file; give the folder to walk it")
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise UnreadableFileError(str(path), "no such file or folder") from exc
    if not path.is_file():
        raise UnreadableFileError(str(path), "is not a regular file")
    if size > config.max_bytes and inner_suffix(path) != ".jsonl":
        raise UnreadableFileError(
            str(path), f"is {size} bytes, over the limit of {config.max_bytes} (ingest.max_bytes)"
        )


@contextmanager
def _open(path: Path) -> Iterator[BufferedIOBase]:
    """Open a file for reading bytes, through gzip when it starts with the gzip magic."""
    with path.open("rb") as raw:
        if raw.read(2) == _GZIP_MAGIC:
            raw.seek(0)
            with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
                yield unzipped
        else:
            raw.seek(0)
            yield raw


def _read(path: Path, config: IngestConfig) -> bytes:
    with _open(path) as handle:
        data = handle.read(config.max_bytes + 1)
    if len(data) > config.max_bytes:
        raise UnreadableFileError(
            str(path), f"holds over {config.max_bytes} bytes uncompressed (ingest.max_bytes)"
        )
    return data


def sidecar_candidates(path: Path) -> list[Path]:
    """``<name>.meta.json``, then ``<name without .gz and one extension>.meta.json``."""
    name = path.name
    stem = name.removesuffix(GZIP_SUFFIX) if name.lower().endswith(GZIP_SUFFIX) else name
    stem = Path(stem).stem
    candidates = [path.with_name(name + SIDECAR_SUFFIX)]
    if stem and stem != name:
        candidates.append(path.with_name(stem + SIDECAR_SUFFIX))
    return candidates


def read_sidecar(path: Path) -> Fields:
    """The metadata fields of the file's sidecar (none if it has none).

    Raises :class:`JsonLineError` naming the sidecar when it is unreadable,
    not JSON, not an object or has a non-string metadata value.
    """
    for sidecar in sidecar_candidates(path):
        if sidecar.is_file():
            return _parse_sidecar(sidecar, str(path))
    return ()


def _parse_sidecar(sidecar: Path, where: str) -> Fields:
    label = f"sidecar {sidecar.name}"
    try:
        with sidecar.open("rb") as handle:
            data = handle.read(_MAX_SIDECAR_BYTES + 1)
    except OSError as exc:
        raise JsonLineError(where, f"{label} cannot be read ({exc.strerror})") from exc
    if len(data) > _MAX_SIDECAR_BYTES:
        raise JsonLineError(where, f"{label} is over {_MAX_SIDECAR_BYTES} bytes")
    try:
        obj = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise JsonLineError(where, f"{label} is not valid UTF-8 JSON ({exc}); fix it") from exc
    if not isinstance(obj, dict):
        raise JsonLineError(where, f"{label} must hold a JSON object of metadata")
    try:
        return fields_from_object(obj, "sidecar", where)
    except JsonLineError as exc:
        raise JsonLineError(where, f"{label} {exc.reason}") from exc
