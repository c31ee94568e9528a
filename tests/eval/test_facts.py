"""read_facts: a JSON Lines file keyed by doc, with line-numbered errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.errors import InputError, JsonLineError
from marsad.eval import read_facts


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "facts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_reads_objects_keyed_by_doc(tmp_path: Path) -> None:
    a = {"doc": "a.txt", "entities": [{"id": "e1", "names": ["جيش العزة\u2028"]}]}
    b = {"doc": "b.txt"}
    path = write(tmp_path, json.dumps(a, ensure_ascii=False), "", "   ", json.dumps(b))
    assert read_facts(path) == {"a.txt": a, "b.txt": b}


def test_reads_crlf_and_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"doc": "a.txt"}\r\n{"doc": "b.txt"}\r\n')
    assert list(read_facts(path)) == ["a.txt", "b.txt"]


@pytest.mark.parametrize(
    ("bad", "fragment"),
    [
        ('{"doc": "b.txt",', "line 3: not JSON"),
        ('["doc", "b.txt"]', "line 3: not a JSON object"),
        ('{"entities": []}', 'line 3: missing or empty "doc"'),
        ('{"doc": ""}', 'line 3: missing or empty "doc"'),
        ('{"doc": 3}', 'line 3: missing or empty "doc"'),
        ('{"doc": "a.txt"}', "line 3: doc 'a.txt' already given on line 1"),
    ],
)
def test_malformed_line_names_the_line(tmp_path: Path, bad: str, fragment: str) -> None:
    path = write(tmp_path, '{"doc": "a.txt"}', "", bad)
    with pytest.raises(JsonLineError) as caught:
        read_facts(path)
    assert fragment in str(caught.value)
    assert caught.value.path == str(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("kind", ["missing", "folder", "binary"])
def test_unreadable_file_is_an_input_error(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "facts.jsonl"
    if kind == "folder":
        path.mkdir()
    elif kind == "binary":
        path.write_bytes(b'{"doc": "\xff\xfe"}\n')
    with pytest.raises(InputError) as caught:
        read_facts(path)
    assert str(path) in str(caught.value)
