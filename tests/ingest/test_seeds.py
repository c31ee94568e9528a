"""The real seed documents (../shared/corpus/seeds), read through the ingest stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.config import IngestConfig
from marsad.ingest import (
    IngestResources,
    NearDuplicateIndex,
    find_files,
    read_document,
    read_items,
)
from marsad.records import Document, RawItem

# The boilerplate lines expected in each seed: whole lines, or a line's start
# where a linked headline follows it.
EXPECTED_BOILERPLATE = {
    "000": [],
    "001": ["تخطى إلى المحتوى", "إقرأ أيضاً"],
    "002": ["From Wikipedia the free encyclopedia", "External links[edit]"],
    "003": [
        "تعليقات فيسبوك",
        "الوسوم",
        "اترك تعليقاً",
        "لن يتم نشر عنوان بريدك الإلكتروني.",
        "مقالات ذات صلة",
        "إغلاق",
    ],
    "004": ["شارك هذا المحتوى"],
}


def read_path(path: Path, config: IngestConfig, resources: IngestResources) -> Document:
    (item,) = list(read_items(path, config))
    assert isinstance(item, RawItem), item
    return read_document(item, resources)


@pytest.fixture
def documents(seeds: Path, config: IngestConfig, resources: IngestResources) -> dict[str, Document]:
    paths, failures = find_files([str(seeds)], config)
    assert failures == []
    return {path.name[:3]: read_path(path, config, resources) for path in paths}


def test_four_arabic_and_one_english(documents: dict[str, Document]) -> None:
    assert {key: doc.lang for key, doc in documents.items()} == {
        "000": "ar",
        "001": "ar",
        "002": "en",
        "003": "ar",
        "004": "ar",
    }


def test_seed_text_is_kept_as_is(seeds: Path, documents: dict[str, Document]) -> None:
    for path in sorted(seeds.glob("*.txt")):
        doc = documents[path.name[:3]]
        assert doc.original == path.read_text(encoding="utf-8").replace("\r\n", "\n")
        assert doc.encoding == "utf-8"


def test_boilerplate_lines_are_marked(documents: dict[str, Document]) -> None:
    for key, expected in EXPECTED_BOILERPLATE.items():
        doc = documents[key]
        marked = [doc.original[span.start : span.end] for span in doc.boilerplate]
        assert len(marked) == len(expected), (key, marked)
        for line, start in zip(marked, expected, strict=True):
            assert line.startswith(start), (key, line)


def test_english_seed_has_arabic_reference_lines(documents: dict[str, Document]) -> None:
    langs = [p.lang for p in documents["002"].paragraphs]
    assert langs.count("ar") >= 8
    assert langs.count("en") > 4 * langs.count("ar")


def test_every_arabic_seed_paragraph_is_arabic(documents: dict[str, Document]) -> None:
    for key in ("000", "001", "003", "004"):
        doc = documents[key]
        long = [p for p in doc.paragraphs if p.span.end - p.span.start >= 20]
        assert all(p.lang == "ar" for p in long), key


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
def test_arabic_seed_in_a_legacy_code_page(
    tmp_path: Path,
    seeds: Path,
    config: IngestConfig,
    resources: IngestResources,
    encoding: str,
) -> None:
    encoded = 0
    for source in sorted(seeds.glob("*.txt")):
        original = source.read_text(encoding="utf-8")
        try:
            data = original.encode(encoding)
        except UnicodeEncodeError:  # ISO-8859-6 has no curly quotes
            continue
        path = tmp_path / f"{source.stem}.{encoding}.txt"
        path.write_bytes(data)
        doc = read_path(path, config, resources)
        assert doc.original == original, source.name
        encoded += 1
    assert encoded >= 1


def test_syndicated_copy_of_a_seed_is_a_near_duplicate(
    seeds: Path, config: IngestConfig, documents: dict[str, Document]
) -> None:
    index = NearDuplicateIndex(config)
    for key, doc in sorted(documents.items()):
        index.add(int(key), index.signature(doc.original))
    original = documents["003"].original
    words = original.split()
    words[10], words[40] = "تعديل", "آخر"
    copy = " ".join(words) + "\nشارك هذا المحتوى"
    found = index.find(index.signature(copy))
    assert found is not None and found[0] == 3
    half = original[: len(original) // 2]
    assert index.find(index.signature(half)) is None
