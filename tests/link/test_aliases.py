"""The alias table: the bundled one loads; a broken line names file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.config import LinkConfig
from marsad.errors import DataFileError
from marsad.link import load_link_resources
from marsad.link.aliases import COLUMNS, index_aliases, load_aliases
from marsad.tables import parse_table

HEADER = "type\tnames"


@pytest.mark.parametrize(
    ("entity_type", "first", "second"),
    [
        ("actor", "Army of Glory", "جيش العزة"),
        ("actor", "Levant Liberation Committee", "هيئة تحرير الشام"),
        ("actor", "Syrian Arab Army", "قوات النظام"),
        ("actor", "regime forces", "الجيش العربي السوري"),
        ("actor", "Union of Glory", "تجمع العزة"),
        ("place", "Latakia", "اللاذقية"),
    ],
)
def test_bundled_table_joins(entity_type: str, first: str, second: str) -> None:
    aliases = load_link_resources(LinkConfig()).aliases
    row = aliases.row_of(entity_type, first)
    assert row is not None
    assert aliases.row_of(entity_type, second) == row


@pytest.mark.parametrize(
    ("entity_type", "first", "second"),
    [
        ("actor", "Army of Glory", "Union of Glory"),
        ("actor", "جيش النصر", "جيش العزة"),
        ("actor", "جيش الأحرار", "الجيش الحر"),
    ],
)
def test_bundled_table_keeps_rows_apart(entity_type: str, first: str, second: str) -> None:
    aliases = load_link_resources(LinkConfig()).aliases
    assert aliases.row_of(entity_type, first) != aliases.row_of(entity_type, second)


def test_unknown_name_has_no_row() -> None:
    assert load_link_resources(LinkConfig()).aliases.row_of("actor", "Kafr Nabl") is None


@pytest.mark.parametrize(
    ("lines", "where", "problem"),
    [
        ([HEADER, "army\tA|B"], "t.tsv:2", "not one of"),
        ([HEADER, "actor\tJaysh al-Nasr"], "t.tsv:2", "at least two names"),
        ([HEADER, "actor\tA b|C d", "actor\tE f|a-B"], "t.tsv:3", "already listed at t.tsv:2"),
        ([HEADER, "# a comment", "actor\t"], "t.tsv:3", "'names' is empty"),
        ([HEADER, "actor\tX y|..."], "t.tsv:2", "no letters"),
        (["type\tnamez", "actor\tA|B"], "t.tsv:1", "header lacks"),
    ],
)
def test_broken_line_names_file_and_line(lines: list[str], where: str, problem: str) -> None:
    with pytest.raises(DataFileError) as caught:
        index_aliases(parse_table(lines, "t.tsv", COLUMNS))
    assert str(caught.value).startswith(where + ":")
    assert problem in str(caught.value)


def test_user_table_by_path(tmp_path: Path) -> None:
    table = tmp_path / "mine.tsv"
    table.write_text(f"{HEADER}\nactor\tFalcons of the Mountain|صقور الجبل\n", encoding="utf-8")
    aliases = load_aliases(str(table))
    assert aliases.row_of("actor", "Suqur al-Jabal") == f"{table}:2"
