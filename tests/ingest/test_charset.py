"""Bytes to text: every encoding of the same Arabic text reads the same."""

from __future__ import annotations

import codecs
import hashlib
import random
from pathlib import Path

import pytest

from marsad.config import IngestConfig
from marsad.errors import BinaryFileError, DecodeError, EmptyDocumentError
from marsad.ingest import IngestResources, read_document, read_items
from marsad.ingest.charset import decode_bytes
from marsad.records import Document, RawItem
from tests.ingest.samples import ARABIC, ARABIC_2

TEXT = f"جيش العزة\n\n{ARABIC}\n{ARABIC_2}\n"


def read_file(path: Path, config: IngestConfig, resources: IngestResources) -> Document:
    (item,) = list(read_items(path, config))
    assert isinstance(item, RawItem), item
    return read_document(item, resources)


ENCODINGS = [
    ("utf-8", TEXT.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
    ("utf-16 LE without BOM", TEXT.encode("utf-16-le"), "utf-16-le"),
    ("windows-1256", TEXT.encode("cp1256"), "cp1256"),
    ("ISO-8859-6", TEXT.encode("iso8859_6"), "iso8859-6"),
]


@pytest.mark.parametrize(("label", "data", "encoding"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_each_encoding_decodes_to_the_same_text(
    tmp_path: Path,
    config: IngestConfig,
    resources: IngestResources,
    label: str,
    data: bytes,
    encoding: str,
) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    doc = read_file(path, config, resources)
    assert doc.original == TEXT, label
    assert doc.encoding == encoding
    assert not doc.original.startswith("\ufeff")


@pytest.mark.parametrize(
    "text",
    ["جيش العزة", "الرائد جميل الصالح", "قال القيادي إن الفصيل سيطر على القرية.", "من نحن"],
)
def test_short_windows_1256_is_not_taken_for_another_code_page(text: str) -> None:
    # charset-normalizer alone reads these as cp932, big5, cp1006...
    assert decode_bytes(text.encode("cp1256"), "x") == (text, "cp1256")


def test_short_iso_8859_6_sentence() -> None:
    text = "قال القيادي إن الفصيل سيطر على القرية."
    assert decode_bytes(text.encode("iso8859_6"), "x") == (text, "iso8859-6")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Москва — столица России, крупнейший по численности населения город.", "cp1251"),
        ("Le président a déclaré que l'armée était prête à répondre à toute agression.", "cp1252"),
        ("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία της χώρας.", "cp1253"),
    ],
)
def test_other_scripts_are_not_read_as_arabic(text: str, encoding: str) -> None:
    decoded, _ = decode_bytes(text.encode(encoding), "x")
    assert not any("\u0600" <= ch <= "\u06ff" for ch in decoded)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("a\r\nb\rc\nd", "a\nb\nc\nd"), ("\ttab  kept \n\n\nx", "\ttab  kept \n\n\nx")],
)
def test_line_endings_become_newlines_and_nothing_else_changes(
    resources: IngestResources, raw: str, expected: str
) -> None:
    item = RawItem(path="p", name="p", fmt="txt", data=raw.encode("utf-8"))
    assert read_document(item, resources).original == expected


def test_binary_file_is_refused(
    tmp_path: Path, config: IngestConfig, resources: IngestResources
) -> None:
    rng = random.Random(7)
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(4000))
    with pytest.raises(BinaryFileError, match=r"image\.png"):
        read_file(path, config, resources)


def test_binary_without_nul_bytes_is_refused() -> None:
    rng = random.Random(3)
    data = bytes(rng.randrange(1, 256) for _ in range(3000))
    with pytest.raises(BinaryFileError):
        decode_bytes(data, "noise.bin")


def test_control_characters_are_binary() -> None:
    with pytest.raises(BinaryFileError):
        decode_bytes(b"\x01\x02\x03\x04 text \x05\x06\x07\x08" * 20, "x")


def test_bom_with_invalid_content_is_a_decode_error() -> None:
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"abc \xff\xfe\xfd", "x")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8 + b" \n "])
def test_empty_and_whitespace_only_are_empty(
    tmp_path: Path, config: IngestConfig, resources: IngestResources, data: bytes
) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(EmptyDocumentError):
        read_file(path, config, resources)


def test_raw_sha256_is_of_the_raw_bytes(resources: IngestResources) -> None:
    data = TEXT.encode("cp1256")
    doc = read_document(RawItem(path="p", name="p", fmt="txt", data=data), resources)
    assert doc.raw_sha256 == hashlib.sha256(data).hexdigest()
    doc = read_document(RawItem(path="p", name="p", fmt="txt", data=TEXT), resources)
    assert doc.raw_sha256 == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
