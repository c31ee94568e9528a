"""Name keys: spellings of one name meet across scripts; different names do not."""

from __future__ import annotations

import pytest

from marsad.link import compact_key, name_key, name_script, normalise_name
from marsad.link.keys import match_key

# Spellings of one name: their keys are equal (spaces inside may differ).
MEET = [
    ("كفرنبل", "Kafr Nabl"),
    ("كفر نبل", "Kafr Nabl"),
    ("Kafranbel", "كفر نبل"),
    ("Kafranbel", "Kafr Nabl"),
    ("جيش العزة", "Jaysh al-Izza"),
    ("جيش العزّة", "Jaish al-Ezzah"),
    ("Jaysh al-Izza", "Jaish al-Ezzah"),
    ("هيئة تحرير الشام", "Hayat Tahrir al-Sham"),
    ("هيئة تحرير الشام", "Hay'at Tahrir ash-Sham"),
    ("Hayʼat Taḥrīr al-Shām", "Hayat Tahrir as-Sham"),
    ("اللطامنة", "al-Lataminah"),
    ("اللطامنة", "Latamneh"),
    ("Al-Lataminah", "Latamneh"),
    ("مصطفى بكور", "Mustafa Bakour"),
    ("مُصطفى بكّور", "Mustafa Bakkour"),
    ("خان شيخون", "Khan Shaykhun"),
    ("خان شيخون", "Khan Sheikhoun"),
    ("جسر الشغور", "Jisr ash-Shughur"),
    ("معرة النعمان", "Ma'arrat al-Nu'man"),
    ("قلعة المضيق", "Qalaat al-Madiq"),
    ("طيبة الإمام", "Taybat al-Imam"),
    ("دير الزور", "Deir ez-Zor"),
    ("عبد الباسط الساروت", "Abdel Baset al-Sarout"),
    ("عبد الله", "Abdullah"),
    ("حراس الدين", "Hurras al-Din"),
    ("تل سلمو", "Tell Salmo"),
    ("الزلاقيات", "Al-Zalaqiyat"),
    ("عبد العزيز", "Abdelaziz"),
    ("عبد العزيز", "Abdel Aziz"),
    ("عبد الله", "Abdallah"),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
]

# Different names: their keys differ.
APART = [
    ("جيش العزة", "جيش النصر"),
    ("جيش العزة", "جيش النخبة"),
    ("جيش العزة", "جيش إدلب الحر"),
    ("جيش النصر", "جيش النخبة"),
    ("جيش النصر", "جيش إدلب الحر"),
    ("جيش النخبة", "جيش إدلب الحر"),
    ("Jaysh al-Izza", "Jaysh al-Nasr"),
    ("Jaysh al-Nukhba", "Jaysh al-Nasr"),
    ("Manaf Maarati", "Mustafa Maarati"),
    ("جيش الأحرار", "الجيش الحر"),
    ("Jabhat al-Nusra", "Jaysh al-Nasr"),
    ("HTS", "Hatas"),
    ("SDF", "Sadaf"),
]


@pytest.mark.parametrize(("first", "second"), MEET)
def test_spellings_of_one_name_meet(first: str, second: str) -> None:
    assert compact_key(first) == compact_key(second)
    assert match_key(first) == match_key(second)


@pytest.mark.parametrize(("first", "second"), APART)
def test_different_names_stay_apart(first: str, second: str) -> None:
    assert compact_key(first) != compact_key(second)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Kafr Nabl", "kfr nbl"),
        ("كفرنبل", "kfrnbl"),
        ("جيش العزة", "js z"),
        ("Jaish al-Ezzah", "js z"),
        ("Hay'at Tahrir ash-Sham", "t trr sm"),
        ("مصطفى بكور", "mstf bkr"),
        ("HTS", "=hts"),
        ("Liwa 313", "l 313"),
        ("", ""),
    ],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("قسد", "ksd"),  # short: the spaced key is used ...
        ("قوات الأسد", "k sd"),  # ... so these two stay apart
        ("كفر نبل", "kfrnbl"),  # long enough: compact
    ],
)
def test_match_key(name: str, key: str) -> None:
    assert match_key(name) == key


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("Jaysh al-Izza", "jaysh izza"),
        ("Jaysh Al Izza", "jaysh izza"),
        ("Jáysh al-ʿIzza", "jaysh izza"),
        ("جيشُ العزّة", "جيش عزه"),
        ("جيـــش العزه", "جيش عزه"),
        ("مصطفى", "مصطفي"),
        ("إدلب", "ادلب"),
        ("The Army of Glory", "army of glory"),
        ("Al", "al"),
    ],
)
def test_normalise_name(name: str, normal: str) -> None:
    assert normalise_name(name) == normal


@pytest.mark.parametrize(
    ("name", "script"),
    [
        ("جيش العزة", "arabic"),
        ("Jaysh al-Izza", "latin"),
        ("Liwa 313", "latin"),
        ("لواء 313", "arabic"),
    ],
)
def test_name_script(name: str, script: str) -> None:
    assert name_script(name) == script
