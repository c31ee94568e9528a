"""Reading the word tables of ``data/``: tab-separated, a header row, ``#`` comments.

Every loader error names ``file:line`` so that a user who edits a table
knows where to look.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.config import resolve_table
from marsad.errors import DataFileError


@dataclass(frozen=True, slots=True)
class Row:
    """One data line of a table: its cells by column name, and where it stands."""

    cells: dict[str, str]
    path: str
    line: int

    def get(self, column: str) -> str:
        """The cell of ``column`` (empty when the line leaves it out)."""
        return self.cells.get(column, "")

    def error(self, problem: str) -> DataFileError:
        """An error naming this row's file and line."""
        return DataFileError(self.path, self.line, problem)


def read_table(name: str, required: Sequence[str]) -> list[Row]:
    """Read table ``name`` (a bundled file name or a user path).

    The first non-comment line is the header; it must hold every column in
    ``required``. Empty lines and lines starting with ``#`` are skipped; a
    line with more cells than the header, or an empty required cell, is an
    error naming ``file:line``.
    """
    path = resolve_table(name)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), 0, f"cannot read the table: {exc}") from exc
    return parse_table(lines, str(path), required)


def parse_table(lines: Sequence[str], path: str, required: Sequence[str]) -> list[Row]:
    """Parse the lines of a table; see :func:`read_table`."""
    header: list[str] | None = None
    rows: list[Row] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            missing = [column for column in required if column not in header]
            if missing:
                raise DataFileError(path, number, f"header lacks column(s) {', '.join(missing)}")
            continue
        if len(cells) > len(header):
            raise DataFileError(
                path, number, f"{len(cells)} cells but the header has {len(header)} columns"
            )
        row = Row(dict(zip(header, cells, strict=False)), path, number)
        for column in required:
            if not row.get(column):
                raise row.error(f"column {column!r} is empty")
        rows.append(row)
    if header is None:
        raise DataFileError(path, 1, "the table has no header line")
    return rows


def split_list(cell: str) -> tuple[str, ...]:
    """Split a cell holding several values separated by ``|``."""
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def table_path(name: str) -> Path:
    """Where table ``name`` is read from."""
    return resolve_table(name)
