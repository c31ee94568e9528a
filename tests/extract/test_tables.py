"""Data tables: header, comments, cells; every error names file:line."""

from __future__ import annotations

import pytest

from marsad.errors import DataFileError
from marsad.extract.tables import parse_table, split_list


def test_rows_by_header() -> None:
    rows = parse_table(
        ["# a comment", "", "name\tkind", "جيش\tgroup", "Brigade"], "t.tsv", ["name"]
    )
    assert [(r.get("name"), r.get("kind"), r.line) for r in rows] == [
        ("جيش", "group", 4),
        ("Brigade", "", 5),
    ]


@pytest.mark.parametrize(
    ("lines", "where"),
    [
        (["kind", "x"], "t.tsv:1"),  # header lacks the required column
        (["name\tkind", "a\tb\tc"], "t.tsv:2"),  # too many cells
        (["name\tkind", "ok\tb", "\tb"], "t.tsv:3"),  # empty required cell
        (["# only a comment"], "t.tsv:1"),  # no header
    ],
)
def test_errors_name_file_and_line(lines: list[str], where: str) -> None:
    with pytest.raises(DataFileError, match=where):
        parse_table(lines, "t.tsv", ["name"])


def test_split_list() -> None:
    assert split_list(" a | b ||c ") == ("a", "b", "c")
    assert split_list("") == ()
