"""Search keys, query keys and the content hash."""

from __future__ import annotations

import pytest

from marsad.text import TextResources, query_keys, sentence_keys

from .conftest import normalise


def test_sentence_keys_one_per_sentence(resources: TextResources) -> None:
    text = normalise("وقال البكور إن لجيش العزة هدفاً.\nJaysh al-Izza fights. ---\n", resources)
    assert sentence_keys(text) == (
        "قال بكور ان جيش عزه هدفا.".rstrip("."),
        "jaysh al-izza fights",
    )
    assert len(sentence_keys(text)) == len(text.sentences)


@pytest.mark.parametrize(
    ("query", "sentence"),
    [
        ("فيلق الشام", "وفيلق الشام يقاتل"),
        ("جيش العزة", "ويعتبر لجيش العزة دور"),
        ("النظام", "للنظام السوري"),
        ("الأسلحة المحرمة", "الأسلحة المحـ.رمة دولياً"),
        ("إدلب", "في ادلب"),
        ("قريه", "على قريةٍ في ريف حماة"),
        ("ريف حماه", "على قريةٍ في ريف حماة"),
        ("قواته", "إن قواتـه تقدمت"),
        ("Army of Glory", "The ARMY OF GLORY said"),
    ],
)
def test_query_keys_meet_sentence_keys(query: str, sentence: str, resources: TextResources) -> None:
    keys = " ".join(query_keys(query, resources))
    (sentence_key,) = sentence_keys(normalise(sentence, resources))
    assert f" {keys} " in f" {sentence_key} "


def test_query_keys(resources: TextResources) -> None:
    assert query_keys("لجيشِ العزّة", resources) == ("جيش", "عزه")
    assert query_keys("", resources) == ()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("جيش العزة\nفي حماة", "جيش العزة\r\nفي حماة  \n"),
        ("جيش العزة في حماة", "  جيش\tالعزة \u00a0في\n\nحماة"),
        ("جيشُ العِزّة", "جيش العزة"),
        ("إدلب", "ادلب"),
        ("٢٠١٩", "2019"),
    ],
)
def test_content_hash_is_stable(first: str, second: str, resources: TextResources) -> None:
    assert normalise(first, resources).content_hash == normalise(second, resources).content_hash


def test_content_hash_of_windows_1256_bytes(resources: TextResources) -> None:
    original = "جيش العزة يؤكد امتلاكه للسلاح الأقوى في إدلب.\r\n"
    decoded = original.encode("cp1256").decode("cp1256").replace("\r\n", "\n")
    first = normalise(original, resources).content_hash
    assert first == normalise(decoded, resources).content_hash
    assert len(first) == 64 and int(first, 16) >= 0


def test_content_hash_differs_for_different_text(resources: TextResources) -> None:
    assert normalise("جيش", resources).content_hash != normalise("جيوش", resources).content_hash
