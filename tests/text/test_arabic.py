"""Character transforms: marks, tatweel, digits, folding (table cases)."""

from __future__ import annotations

import pytest

from marsad.text import TextResources
from marsad.text.arabic import fold_key, strip_marks

from .conftest import normalise

DIACRITICS = [
    ("جَيْشُ", "جيش"),  # fatha, sukun, damma
    ("قِتَالٌ", "قتال"),  # kasra, tanween damm
    ("مُحَمَّدٍ", "محمد"),  # shadda, tanween kasr
    ("دائماً", "دائما"),  # tanween fath
    ("رَحْمٰن", "رحمن"),  # superscript alef
    ("الـسِّلاح", "السلاح"),  # shadda + kasra
    ("ٱلْحَمْدُ", "ٱلحمد"),  # alef wasla kept, marks out
]

TATWEEL = [
    ("جـيـش", "جيش"),
    ("الحمـــــد", "الحمد"),
    ("الـ 100 عنصر", "ال 100 عنصر"),
    ("لـ “لواء المعتصم”", "ل “لواء المعتصم”"),
]

DIGITS = [
    ("٢٠١٩", "2019"),
    ("۱۳۹۸", "1398"),
    ("عام ٢٠١٢ م", "عام 2012 م"),
    ("1,500 و٣٫٥", "1,500 و3٫5"),
    ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
    ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
]

KEPT = [
    "أكد العقيد “مصطفى البكور” وهو أحد القياديين.",  # hamza forms, quotes, stop
    "مؤتمر آستانا، وسوتشي؛ إدلب؟",  # ؤ آ punctuation
    "قرية\nمدينة\r\nبلدة",  # line breaks as written
    "ة ى ئ ؤ إ أ آ ء",  # hamza and ta marbuta kept in normalised
    "Jaysh al-Izza (2015)",
]

FOLDS = [
    ("أإآٱ", "اااا"),
    ("مؤتمر", "موتمر"),
    ("رئيس", "رييس"),
    ("على", "علي"),
    ("حماة", "حماه"),
    ("Jaysh AL-Izza", "jaysh al-izza"),
    ("یک", "يك"),  # Persian keyboard yeh and keheh
    ("ء", "ء"),
]


@pytest.mark.parametrize(("original", "expected"), DIACRITICS + TATWEEL + DIGITS)
def test_normalised(original: str, expected: str, resources: TextResources) -> None:
    assert normalise(original, resources).normalised == expected


@pytest.mark.parametrize("original", KEPT)
def test_everything_else_is_kept(original: str, resources: TextResources) -> None:
    assert normalise(original, resources).normalised == original


@pytest.mark.parametrize(("text", "expected"), FOLDS)
def test_fold_key(text: str, expected: str) -> None:
    assert fold_key(text) == expected
    assert len(fold_key(text)) == len(text)


def test_key_is_folded_normalised(resources: TextResources) -> None:
    text = normalise("قالَ إنّ مؤتمرَ آستانا فشلٌ، Jaysh", resources)
    assert text.key == "قال ان موتمر استانا فشل، jaysh"
    assert len(text.key) == len(text.normalised)


def test_one_character_lower_case_only() -> None:
    # "İ".lower() has two characters; the key keeps lengths equal.
    assert len(fold_key("İstanbul")) == len("İstanbul")


def test_decomposed_hamza_is_composed(resources: TextResources) -> None:
    text = normalise("ا\u0654حمد", resources)  # alef + combining hamza above
    assert text.normalised == "أحمد"
    assert (text.offsets.starts[0], text.offsets.ends[0]) == (0, 2)


@pytest.mark.parametrize(("word", "expected"), [("السـِلاحٌ", "السلاح"), ("٣", "3"), ("", "")])
def test_strip_marks(word: str, expected: str) -> None:
    assert strip_marks(word) == expected
