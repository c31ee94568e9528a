"""Tokens and their clitics (table cases)."""

from __future__ import annotations

import pytest

from marsad.config import TextConfig
from marsad.text import TextResources, load_text_resources

from .conftest import normalise

CLITICS = [
    # word, prefixes, stem, suffix
    ("وفيلق", "و", "فيلق", ""),
    ("لجيش", "ل", "جيش", ""),
    ("للنظام", "لل", "نظام", ""),
    ("بالنظام", "بال", "نظام", ""),
    ("والميليشيات", "وال", "ميليشيات", ""),
    ("الشام", "ال", "شام", ""),
    ("العزة", "ال", "عزة", ""),
    ("وللنظام", "ولل", "نظام", ""),
    ("فالأمر", "فال", "أمر", ""),
    ("وبحسب", "وب", "حسب", ""),
    ("بقيادة", "ب", "قيادة", ""),
    ("وقال", "و", "قال", ""),
    ("لليبيا", "ل", "ليبيا", ""),
    ("والذين", "و", "الذين", ""),
    ("حسابه", "", "حساب", "ه"),
    ("صفوفه", "", "صفوف", "ه"),
    ("عمله", "", "عمل", "ه"),
    ("أراضيها", "", "أراضي", "ها"),
    ("جيشنا", "", "جيش", "نا"),
    ("بينهما", "", "بين", "هما"),
    ("لحسابه", "ل", "حساب", "ه"),
    # words that keep their letters
    ("لواء", "", "لواء", ""),
    ("بدأ", "", "بدأ", ""),
    ("كما", "", "كما", ""),
    ("وقت", "", "وقت", ""),
    ("فيلق", "", "فيلق", ""),
    ("لبنان", "", "لبنان", ""),
    ("لجنة", "", "لجنة", ""),
    ("وزير", "", "وزير", ""),
    ("وجود", "", "وجود", ""),
    ("بالغ", "", "بالغ", ""),
    ("والدة", "", "والدة", ""),
    ("الله", "", "الله", ""),
    ("الذين", "", "الذين", ""),
    ("المانيا", "", "المانيا", ""),  # hamza-less ألمانيا, not ال + مانيا
    ("قدرته", "", "قدرته", ""),  # stem would end in ت
    ("رئيسي", "", "رئيسي", ""),  # adjective ending, not "my"
    ("عسكري", "", "عسكري", ""),
    ("السوري", "ال", "سوري", ""),  # no pronoun after the article
    ("كفرنبل", "", "كفرنبل", ""),
    ("منه", "", "منه", ""),
    ("قريه", "", "قريه", ""),  # ة written as ه, not قري + ه
    ("حماه", "", "حماه", ""),
]


@pytest.mark.parametrize(("word", "prefixes", "stem", "suffix"), CLITICS)
def test_clitics(
    word: str, prefixes: str, stem: str, suffix: str, resources: TextResources
) -> None:
    text = normalise(word, resources)
    (token,) = text.tokens
    assert (token.prefixes, text.normalised[token.stem.start : token.stem.end], token.suffix) == (
        prefixes,
        stem,
        suffix,
    )


@pytest.mark.parametrize(
    ("phrase", "keys"),
    [
        ("وفيلق الشام", ["فيلق", "شام"]),
        ("لجيش العزة", ["جيش", "عزه"]),
        ("بالأسد", ["اسد"]),
        ("مؤتمرات آستانا", ["موتمرات", "استانا"]),
        ("Jaysh al-Izza's 9K111 TOWs", ["jaysh", "al-izza's", "9k111", "tows"]),
        ("Tajamu‘ al-‘Izza", ["tajamu", "al-‘izza"]),
        ("1,500 و3.5 و٢٠١٩", ["1,500", "و", "3.5", "و", "2019"]),
        ("8-10 submunitions", ["8", "10", "submunitions"]),
        ("2019.وقال", ["2019", "قال"]),
        ("جيش العزة (Army of Glory)", ["جيش", "عزه", "army", "of", "glory"]),
        ("Turkish-backed rebels", ["turkish", "backed", "rebels"]),
        ("the Iran-Supported al-Quds Brigade", ["the", "iran", "supported", "al-quds", "brigade"]),
        ("a well-known US-led war", ["a", "well-known", "us-led", "war"]),
        ("x--backed US'-backed", ["x", "backed", "us", "backed"]),
    ],
)
def test_token_keys(phrase: str, keys: list[str], resources: TextResources) -> None:
    assert [t.key for t in normalise(phrase, resources).tokens] == keys


def test_token_spans(resources: TextResources) -> None:
    text = normalise("قال: للنظام", resources)
    first, second = text.tokens
    assert (first.span.start, first.span.end) == (0, 3)
    assert (second.span.start, second.stem.start, second.span.end) == (5, 7, 11)


def test_a_split_word_keeps_its_offsets_and_a_config_may_turn_splitting_off() -> None:
    split = load_text_resources(TextConfig())
    text = normalise("Russian-backed", split)
    assert [(t.span.start, t.span.end) for t in text.tokens] == [(0, 7), (8, 14)]
    whole = load_text_resources(TextConfig(split_suffixes=()))
    assert [t.key for t in normalise("Russian-backed", whole).tokens] == ["russian-backed"]
