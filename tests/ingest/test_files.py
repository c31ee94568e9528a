"""Finding files and reading them into raw items: folders, gzip, JSON, sidecars."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from marsad.config import IngestConfig
from marsad.errors import InputError
from marsad.ingest import IngestResources, find_files, read_document, read_items
from marsad.ingest.files import sidecar_candidates
from marsad.records import IngestFailure, MetaField, RawItem
from tests.ingest.samples import ARABIC, ENGLISH


def items(path: Path, config: IngestConfig) -> list[RawItem | IngestFailure]:
    return list(read_items(path, config))


def only_item(path: Path, config: IngestConfig) -> RawItem:
    (item,) = items(path, config)
    assert isinstance(item, RawItem), item
    return item


def test_find_files_walks_folders_sorted_and_filters(tmp_path: Path, config: IngestConfig) -> None:
    for name in [
        "b/two.html",
        "b/one.txt.gz",
        "a.jsonl",
        "a.meta.json",
        "b/one.txt.meta.json.gz",
        "notes.pdf",
        "doc.json",
        ".hidden/x.txt",
        "c/d/deep.HTM",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found, failures = find_files([str(tmp_path)], config)
    assert failures == []
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.jsonl",
        "doc.json",
        "b/one.txt.gz",
        "b/two.html",
        "c/d/deep.HTM",
    ]


def test_explicit_file_is_kept_whatever_its_extension(tmp_path: Path, config: IngestConfig) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n\x00\x01\x02binary")
    found, failures = find_files([str(pdf), str(pdf)], config)
    assert (found, failures) == ([pdf], [])


def test_missing_path_is_a_failure(tmp_path: Path, config: IngestConfig) -> None:
    missing = str(tmp_path / "nope.txt")
    found, failures = find_files([missing], config)
    assert found == []
    assert failures == [IngestFailure(missing, "no such file or folder")]


def test_explicit_binary_fails_later_not_silently(
    tmp_path: Path, config: IngestConfig, resources: IngestResources
) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n\x00\x01\x02\x03 binary \x00\xff")
    item = only_item(pdf, config)
    with pytest.raises(InputError, match="binary"):
        read_document(item, resources)


def test_txt_item(tmp_path: Path, config: IngestConfig) -> None:
    path = tmp_path / "r.txt"
    path.write_text(ARABIC, encoding="utf-8")
    item = only_item(path, config)
    assert (item.path, item.name, item.fmt, item.data) == (
        str(path),
        "r.txt",
        "txt",
        ARABIC.encode(),
    )


def test_html_extension_gives_html(tmp_path: Path, config: IngestConfig) -> None:
    path = tmp_path / "page.htm"
    path.write_text("<html><body><p>x</p></body></html>")
    assert only_item(path, config).fmt == "html"


def test_txt_that_is_html_is_read_as_html(
    tmp_path: Path, config: IngestConfig, resources: IngestResources
) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(f"<!DOCTYPE html><html><body><article><p>{ENGLISH}</p></article></body></html>")
    doc = read_document(only_item(path, config), resources)
    assert doc.fmt == "html"
    assert doc.original == ENGLISH


def test_jsonl_good_broken_and_blank_lines(tmp_path: Path, config: IngestConfig) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": ARABIC, "url": "https://example.org/1", "outlet": "Example"}),
        '{"text": "broken',
        "",
        json.dumps({"html": "<html><body><p>hi</p></body></html>", "published": "2019-06-20"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = items(path, config)
    assert len(result) == 3
    first, failure, second = result
    assert isinstance(first, RawItem) and isinstance(second, RawItem)
    assert (first.path, first.name, first.fmt, first.data) == (
        f"{path}:1",
        "feed.jsonl:1",
        "txt",
        ARABIC,
    )
    assert dict(first.fields) == {
        "url": MetaField("https://example.org/1", "jsonl"),
        "outlet": MetaField("Example", "jsonl"),
    }
    assert isinstance(failure, IngestFailure)
    assert failure.path == f"{path}:2"
    assert failure.reason.startswith("line 2 is not valid JSON: ")
    assert (second.path, second.name, second.fmt) == (f"{path}:4", "feed.jsonl:4", "html")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[1, 2]", "line 1 holds a JSON array"),
        ('{"title": "no text"}', "line 1 has neither a 'text' nor an 'html'"),
        ('{"text": 5}', "line 1 has a 'text' of JSON type number"),
        ('{"text": "x", "title": ["a"]}', "line 1 has a 'title' of JSON type array"),
    ],
)
def test_jsonl_line_problems(tmp_path: Path, config: IngestConfig, line: str, reason: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n")
    (failure,) = items(path, config)
    assert isinstance(failure, IngestFailure)
    assert failure.path == f"{path}:1"
    assert failure.reason.startswith(reason)


def test_json_file_holding_one_object(tmp_path: Path, config: IngestConfig) -> None:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps({"text": ENGLISH, "title": "T", "published": 2019}))
    item = only_item(path, config)
    assert (item.name, item.fmt, item.data) == ("doc.json", "txt", ENGLISH)
    assert dict(item.fields) == {
        "title": MetaField("T", "jsonl"),
        "published": MetaField("2019", "jsonl"),
    }


def test_gzipped_txt_by_suffix_and_by_magic(tmp_path: Path, config: IngestConfig) -> None:
    gz = tmp_path / "r.txt.gz"
    gz.write_bytes(gzip.compress(ARABIC.encode("cp1256")))
    assert only_item(gz, config).data == ARABIC.encode("cp1256")
    disguised = tmp_path / "plain.txt"
    disguised.write_bytes(gzip.compress(ENGLISH.encode()))
    assert only_item(disguised, config).data == ENGLISH.encode()


def test_gzipped_jsonl(tmp_path: Path, config: IngestConfig) -> None:
    path = tmp_path / "feed.jsonl.gz"
    body = "\n".join(json.dumps({"text": t}) for t in (ARABIC, ENGLISH)) + "\n"
    path.write_bytes(gzip.compress(body.encode()))
    result = items(path, config)
    assert [getattr(r, "data", None) for r in result] == [ARABIC, ENGLISH]
    assert [getattr(r, "name", None) for r in result] == ["feed.jsonl.gz:1", "feed.jsonl.gz:2"]


def test_corrupt_gzip_is_a_failure(tmp_path: Path, config: IngestConfig) -> None:
    path = tmp_path / "r.txt.gz"
    path.write_bytes(gzip.compress(ENGLISH.encode())[:20])
    (failure,) = items(path, config)
    assert isinstance(failure, IngestFailure)
    assert "gzip" in failure.reason


def test_folder_and_too_big_are_failures(tmp_path: Path) -> None:
    small = IngestConfig(max_bytes=100)
    big = tmp_path / "big.txt"
    big.write_text("x" * 101)
    (failure,) = items(big, small)
    assert isinstance(failure, IngestFailure)
    assert "over the limit of 100" in failure.reason
    (failure,) = items(tmp_path, small)
    assert isinstance(failure, IngestFailure)
    assert "is a folder" in failure.reason


def test_gzip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"x" * 10_000))
    (failure,) = items(path, IngestConfig(max_bytes=1000))
    assert isinstance(failure, IngestFailure)
    assert "uncompressed" in failure.reason


def test_too_long_jsonl_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "y" * 500}) + "\n" + json.dumps({"text": "ok"}) + "\n")
    failure, item = items(path, IngestConfig(max_bytes=100))
    assert isinstance(failure, IngestFailure) and failure.path == f"{path}:1"
    assert isinstance(item, RawItem) and item.data == "ok" and item.name == "feed.jsonl:2"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_a_failure(tmp_path: Path, config: IngestConfig) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    (failure,) = items(path, config)
    assert isinstance(failure, IngestFailure)
    assert "cannot be read" in failure.reason


def test_sidecar_names(tmp_path: Path) -> None:
    assert sidecar_candidates(tmp_path / "a.txt.gz") == [
        tmp_path / "a.txt.gz.meta.json",
        tmp_path / "a.meta.json",
    ]
    assert sidecar_candidates(tmp_path / "a.html") == [
        tmp_path / "a.html.meta.json",
        tmp_path / "a.meta.json",
    ]


@pytest.mark.parametrize("sidecar_name", ["r.txt.gz.meta.json", "r.meta.json"])
def test_sidecar_fields(tmp_path: Path, config: IngestConfig, sidecar_name: str) -> None:
    path = tmp_path / "r.txt.gz"
    path.write_bytes(gzip.compress(ENGLISH.encode()))
    (tmp_path / sidecar_name).write_text(
        json.dumps({"outlet": "Reuters", "published": "2015-09-30", "extra": 1})
    )
    assert dict(only_item(path, config).fields) == {
        "outlet": MetaField("Reuters", "sidecar"),
        "published": MetaField("2015-09-30", "sidecar"),
    }


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "sidecar r.meta.json is not valid UTF-8 JSON"),
        ("[1]", "sidecar r.meta.json must hold a JSON object"),
        ('{"title": 3}', "sidecar r.meta.json has a 'title' of JSON type number"),
    ],
)
def test_broken_sidecar_fails_the_file(
    tmp_path: Path, config: IngestConfig, content: str, reason: str
) -> None:
    path = tmp_path / "r.txt"
    path.write_text(ENGLISH)
    (tmp_path / "r.meta.json").write_text(content)
    (failure,) = items(path, config)
    assert isinstance(failure, IngestFailure)
    assert failure.path == str(path)
    assert failure.reason.startswith(reason)


def test_sidecar_of_a_jsonl_file_applies_to_every_line(
    tmp_path: Path, config: IngestConfig, resources: IngestResources
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"text": ENGLISH, "outlet": "Line outlet", "title": "Line title"}) + "\n"
    )
    (tmp_path / "feed.meta.json").write_text(json.dumps({"outlet": "Sidecar outlet"}))
    doc = read_document(only_item(path, config), resources)
    assert doc.metadata.outlet == MetaField("Sidecar outlet", "sidecar")
    assert doc.metadata.title == MetaField("Line title", "jsonl")
