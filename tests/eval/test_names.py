"""normalise_name: a table of input → output cases, Arabic and Latin."""

from __future__ import annotations

import pytest

from marsad.eval import normalise_name

CASES = [
    # Arabic: diacritics, shadda, tatweel, ta marbuta, the article
    ("جيشُ العِزّة", "جيش عزه"),
    ("جيش العزه", "جيش عزه"),
    ("جيش العزة", "جيش عزه"),
    ("جيـــش العـزة", "جيش عزه"),
    ("لواء شهداء اللطامنة", "لواء شهداء لطامنه"),
    # alef forms and alef maqsura
    ("إدلب", "ادلب"),
    ("أردوغان", "اردوغان"),
    ("آل", "ال"),
    ("ٱلعزة", "عزه"),
    ("مستشفى", "مستشفي"),
    ("مصطفى", "مصطفي"),
    # punctuation, quotes and blanks
    ("«جيش  العزة»", "جيش عزه"),
    ("حماة، إدلب", "حماه ادلب"),
    ("\u200fجيش\u00a0العزة\n", "جيش عزه"),
    # Latin: case, the article al-/el-, punctuation
    ("Jaysh al-Izza", "jaysh izza"),
    ("jaysh izza", "jaysh izza"),
    ("JAYSH AL-IZZA", "jaysh izza"),
    ("Al-Lataminah", "lataminah"),
    ("Nour al-Din al-Zenki Movement", "nour din zenki movement"),
    ("El-Nusra Front", "nusra front"),
    ("Hayat Tahrir al\u2011Sham", "hayat tahrir sham"),
    ("Al-Mu'tasim Brigade", "mutasim brigade"),
    ("Al-Mu’tasim Brigade", "mutasim brigade"),
    ("Kafr-Nabl", "kafr nabl"),
    ("Kafr Nabl (town)", "kafr nabl town"),
    ("Recep Tayyip Erdoğan", "recep tayyip erdoğan"),
    # only al-, el- and ال are articles
    ("Jaysh al Izza", "jaysh al izza"),
    ("The Free Army", "the free army"),
    ("Khalid", "khalid"),
    ("للجيش السوري الحر", "للجيش سوري حر"),
    # nothing left
    ("", ""),
    ("  ---  ", ""),
]


@pytest.mark.parametrize(("name", "expected"), CASES)
def test_normalise_name(name: str, expected: str) -> None:
    assert normalise_name(name) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("جيشُ العِزّة", "جيش العزه"),
        ("Jaysh al-Izza", "jaysh izza"),
        ("الجيش السوري الحر", "جيش سوري حر"),
        ("ريف إدلب الجنوبي", "ريف ادلب الجنوبى"),
    ],
)
def test_variants_share_a_key(first: str, second: str) -> None:
    assert normalise_name(first) == normalise_name(second)


def test_idempotent() -> None:
    for name, _ in CASES:
        once = normalise_name(name)
        assert normalise_name(once) == once
