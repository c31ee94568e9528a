"""The offset map: table cases and properties over arbitrary text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.records import Span, Text
from marsad.text import TextResources
from marsad.text.arabic import DIGITS
from marsad.text.offsets import map_characters, to_normalised

from .conftest import normalise

ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱؤئىة"  # letters, hamza forms
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0654\u0655\u0653"  # marks
    "ــ"  # tatweel, twice as likely
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789"
    "abcXYZİ-'"
    "  \u00a0\n\r\t..,؟?!؛;•*|_"
)
TEXTS = st.text(alphabet=ALPHABET, max_size=120)


def unchanged(text: Text, i: int) -> bool:
    """Whether normalised character ``i`` is its original character as written."""
    start, end = text.offsets.starts[i], text.offsets.ends[i]
    return end - start == 1 and text.original[start] == text.normalised[i]


def check_offsets(text: Text) -> None:
    n = len(text.normalised)
    assert len(text.key) == n
    assert len(text.offsets.starts) == len(text.offsets.ends) == n
    assert text.offsets.original_length == len(text.original)
    previous = 0
    for i, (start, end) in enumerate(zip(text.offsets.starts, text.offsets.ends, strict=True)):
        assert 0 <= start < end <= len(text.original)
        assert start >= previous
        previous = end
        written = text.original[start:end]
        if not unchanged(text, i):
            made = DIGITS.get(ord(written), None) if len(written) == 1 else None
            assert made == text.normalised[i] or (
                unicodedata.normalize("NFC", written) == text.normalised[i]
            ), (written, text.normalised[i])


@settings(max_examples=300, deadline=None)
@given(original=TEXTS)
def test_offset_properties(original: str, resources: TextResources) -> None:
    text = normalise(original, resources)
    check_offsets(text)
    n = len(text.normalised)
    for start in range(0, n + 1, 3):
        for end in range(start, n + 1, 5):
            mapped = text.offsets.to_original(Span(start, end))
            assert 0 <= mapped.start <= mapped.end <= len(original)


@settings(max_examples=300, deadline=None)
@given(original=TEXTS, data=st.data())
def test_round_trip_of_unchanged_spans(
    original: str, data: st.DataObject, resources: TextResources
) -> None:
    text = normalise(original, resources)
    n = len(text.normalised)
    start = data.draw(st.integers(0, n))
    end = start
    while (
        end < n
        and unchanged(text, end)
        and (end == start or text.offsets.starts[end] == text.offsets.ends[end - 1])
    ):
        end += 1
    mapped = text.offsets.to_original(Span(start, end))
    assert original[mapped.start : mapped.end] == text.normalised[start:end]


@settings(max_examples=200, deadline=None)
@given(original=TEXTS)
def test_records_are_consistent(original: str, resources: TextResources) -> None:
    text = normalise(original, resources)
    previous = 0
    for sentence in text.sentences:
        span = sentence.span
        body = text.normalised[span.start : span.end]
        assert span.start >= previous and body and body == body.strip()
        previous = span.end
    for token in text.tokens:
        assert token.span.start <= token.stem.start < token.stem.end <= token.span.end
        assert token.key == text.key[token.stem.start : token.stem.end]
        assert token.prefixes == text.normalised[token.span.start : token.stem.start]
        assert token.suffix == text.normalised[token.stem.end : token.span.end]
    for repair in text.repairs:
        assert 0 <= repair.original.start < repair.original.end <= len(original)
        assert repair.repaired in text.normalised


@settings(max_examples=200, deadline=None)
@given(original=TEXTS)
def test_hash_ignores_line_endings(original: str, resources: TextResources) -> None:
    unix = normalise(original.replace("\r", ""), resources)
    windows = normalise(original.replace("\r", "").replace("\n", "\r\n"), resources)
    assert unix.content_hash == windows.content_hash


MAPS = [
    ("جيش", "جيش", [(0, 1), (1, 2), (2, 3)]),
    ("جَيش", "جيش", [(0, 1), (2, 3), (3, 4)]),
    ("جـيش", "جيش", [(0, 1), (2, 3), (3, 4)]),
    ("٢٠", "20", [(0, 1), (1, 2)]),
    ("ا\u0654ب", "أب", [(0, 2), (2, 3)]),
    ("", "", []),
]


@pytest.mark.parametrize(("original", "normalised", "pairs"), MAPS)
def test_map_characters(original: str, normalised: str, pairs: list[tuple[int, int]]) -> None:
    made, offsets = map_characters(original)
    assert made == normalised
    assert list(zip(offsets.starts, offsets.ends, strict=True)) == pairs


def test_deletions_are_removed_and_spanned() -> None:
    made, offsets = map_characters("جر  ح", [Span(2, 4)])
    assert made == "جرح"
    assert offsets.to_original(Span(0, 3)) == Span(0, 5)
    assert to_normalised(offsets, Span(0, 5)) == Span(0, 3)


def test_empty_span_maps_to_a_point(resources: TextResources) -> None:
    text = normalise("جَيش", resources)
    assert text.offsets.to_original(Span(1, 1)) == Span(2, 2)
    assert text.offsets.to_original(Span(3, 3)) == Span(4, 4)
