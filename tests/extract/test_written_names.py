"""Names as the documents write them: clitics off, given names whole, places after
descriptors (sentences written for these tests)."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.api import Reader


@cache
def reader() -> Reader:
    return Reader()


def names(text: str, kind: str) -> set[str]:
    facts = reader().read(text)
    return {name for e in facts.entities if e.type == kind for name in e.names}


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("قصفت قوات النظام بلدتي تلبيسة وتلدو في ريف حمص.", "place", "تلدو"),
        ("وأعلن فصيل لجيش النصر انسحابه.", "actor", "جيش النصر"),
        ("وقال الرائد فراس الدياب إن الفصيل انسحب.", "person", "فراس الدياب"),
        ("قتل مدنيان في قرية كفرناها غربي حلب.", "place", "كفرناها"),
        ("سيطرت الفصائل على بلدة الصور شرق دير الزور.", "place", "الصور"),
        ("تقدمت القوات على محور حصرايا شمال حماة.", "place", "حصرايا"),
    ],
)
def test_written_name(text: str, kind: str, name: str) -> None:
    assert name in names(text, kind)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # "the brigade announced the dismissal of…": اللواء is no rank before إعفاء
        ("أعلن اللواء إعفاء قائده المقدم نزار الحمود من منصبه.", "person", "إعفاء"),
        # a role word in the accusative ends a name
        ("وعين المجلس زكريا حمو رئيسا للأركان.", "person", "زكريا حمو رئيسا"),
        # "the combat axis" is no place
        ("تقدمت القوات على محور القتال.", "place", "القتال"),
    ],
)
def test_not_a_name(text: str, kind: str, name: str) -> None:
    assert name not in names(text, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Lions of the Badia Brigade was founded in 2015.", "Lions of the Badia Brigade"),
        ("The Martyrs of Idlib Brigade joined the front.", "Martyrs of Idlib Brigade"),
    ],
)
def test_english_epithet_names(text: str, name: str) -> None:
    assert name in names(text, "actor")


def test_a_sentence_opening_word_is_no_epithet() -> None:
    assert "Hamza Division" in names("Fighters of the Hamza Division attacked.", "actor")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The group's commander, Col. Adnan al-Sheikh Ali, said 14 were killed.",
            "Adnan al-Sheikh Ali",
        ),
        ("قال عبد الرحمن الشيخ إن الفصيل انسحب.", "عبد الرحمن الشيخ"),
        ("وقال الشيخ أحمد الحسن إن الفصيل انسحب.", "أحمد الحسن"),
    ],
)
def test_sheikh_in_a_family_name(text: str, name: str) -> None:
    assert name in names(text, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The SDF hold Tal Rifaat and the villages around it.", "Tal Rifaat"),
        ("Fighters attacked positions near Khan al-Asal.", "Khan al-Asal"),
    ],
)
def test_latin_place_names_opened_by_a_place_word(text: str, name: str) -> None:
    assert name in names(text, "place")
