"""Sentence splitting (Arabic and English) and boilerplate marks."""

from __future__ import annotations

import pytest

from marsad.records import Span
from marsad.text import TextResources, normalise_text
from marsad.text.sentences import split_sentences

from .conftest import normalise


def sentences_of(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


ARABIC = [
    ("قال البكور. وأضاف الصالح", ["قال البكور.", "وأضاف الصالح"]),
    ("هل انسحب النظام؟ نعم", ["هل انسحب النظام؟", "نعم"]),
    ("أولا؛ ثانيا", ["أولا؛", "ثانيا"]),
    ("بدأت الحملة! ثم توقفت", ["بدأت الحملة!", "ثم توقفت"]),
    ("الشمالي.وقال البكور", ["الشمالي.", "وقال البكور"]),
    ("سطر أول\nسطر ثان\r\nسطر ثالث", ["سطر أول", "سطر ثان", "سطر ثالث"]),
    ("خسر 1.5 مليون. انتهى", ["خسر 1.5 مليون.", "انتهى"]),
    ("قال: “لم يبق لهم سوى النووي”. وتابع", ["قال: “لم يبق لهم سوى النووي”.", "وتابع"]),
    ("بيومٍ واحد .. “رجال الأسد” يفرون", ["بيومٍ واحد ..", "“رجال الأسد” يفرون"]),
    ("انتهى۔ بدأ", ["انتهى۔", "بدأ"]),
    ("  \n\n  نص  \n\n", ["نص"]),
    ("", []),
]

ENGLISH = [
    (
        "Maj. Jamil al-Saleh leads. Col. Mustafa al-Bakour spoke.",
        ["Maj. Jamil al-Saleh leads.", "Col. Mustafa al-Bakour spoke."],
    ),
    ("Lt. Col. Smith arrived.", ["Lt. Col. Smith arrived."]),
    ("Capt. Manaf Maarati (deputy commander)", ["Capt. Manaf Maarati (deputy commander)"]),
    ("LeadersMaj. Jamil al-Saleh", ["LeadersMaj. Jamil al-Saleh"]),
    ("The U.S. supplied TOWs. Then it stopped.", ["The U.S. supplied TOWs.", "Then it stopped."]),
    ("It cost 3.5 million. Then it stopped.", ["It cost 3.5 million.", "Then it stopped."]),
    ("He said “No.” She left.", ["He said “No.”", "She left."]),
    ("It did not elaborate.[9] The group", ["It did not elaborate.[9]", "The group"]),
    ("Jaysh al-Izza is a group; it fights", ["Jaysh al-Izza is a group;", "it fights"]),
    ("What? Yes!", ["What?", "Yes!"]),
    ("See example.com for more", ["See example.com for more"]),
    ("In Sept. 2019 it said", ["In Sept. 2019 it said"]),
    ("Reuters. Orient News", ["Reuters.", "Orient News"]),
    ("---\n  •  \nText", ["Text"]),
]


@pytest.mark.parametrize(("text", "expected"), ARABIC + ENGLISH)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


def test_spans_are_stripped_and_in_order() -> None:
    spans = split_sentences("  أ.  ب؟ \n ج ")
    assert spans == (Span(2, 4), Span(6, 8), Span(11, 12))


def test_boilerplate_sentences_are_marked(resources: TextResources) -> None:
    original = "تخطى إلى المحتوى\n\nجيش العزة يؤكد. وقال البكور.\nإقرأ أيضاً : الرائد\n"
    first = original.index("\n")
    third = original.index("إقرأ")
    boilerplate = (Span(0, first), Span(third, len(original) - 1))
    text = normalise_text(original, boilerplate, resources)
    marks = [(text.normalised[s.span.start : s.span.end], s.boilerplate) for s in text.sentences]
    assert marks == [
        ("تخطى إلى المحتوى", True),
        ("جيش العزة يؤكد.", False),
        ("وقال البكور.", False),
        ("إقرأ أيضا : الرائد", True),
    ]


def test_repaired_dot_does_not_split(resources: TextResources) -> None:
    text = normalise("يمتلك السـ.لاح الأقوى", resources)
    assert len(text.sentences) == 1
