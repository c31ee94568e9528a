"""Quantities: input sentence → (surface, low, high, exact, approx, unit)."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.config import load_config
from marsad.extract.calendar import TimeResources, load_time_resources
from marsad.extract.numerals import parse_digits
from marsad.extract.quantities import find_quantities
from tests.extract.builders import analyse


@cache
def resources() -> TimeResources:
    return load_time_resources(load_config().extract)


def quantities_of(sentence: str) -> list[tuple[object, ...]]:
    text = analyse(sentence)
    return [
        (text.normalised[q.span.start : q.span.end], q.low, q.high, q.exact, q.approx, q.unit)
        for q in find_quantities(text, resources())
    ]


CASES: list[tuple[str, list[tuple[object, ...]]]] = [
    # digits and separators
    ("The brigade has 2,300 fighters.", [("2,300", 2300, 2300, True, False, "fighters")]),
    ("يضم اللواء 2.300 مقاتل", [("2.300", 2300, 2300, True, False, "مقاتل")]),
    ("يضم اللواء ٢٬٣٠٠ مقاتل", [("2٬300", 2300, 2300, True, False, "مقاتل")]),
    ("a 2.5 km front", [("2.5", 2.5, 2.5, True, False, "km")]),
    ("نزح 2.5 مليون شخص", [("2.5 مليون", 2_500_000, 2_500_000, True, False, "شخص")]),
    ("over 3 million people", [("over 3 million", 3_000_000, None, False, False, "people")]),
    # number words
    ("انشق ألف ومئتا عنصر", [("ألف ومئتا", 1200, 1200, True, False, "عنصر")]),
    ("وصل أربعة آلاف مقاتل", [("أربعة آلاف", 4000, 4000, True, False, "مقاتل")]),
    ("قتل سبعة وثلاثون عنصرا", [("سبعة وثلاثون", 37, 37, True, False, "عنصرا")]),
    (
        "three thousand two hundred troops",
        [("three thousand two hundred", 3200, 3200, True, False, "troops")],
    ),
    ("killing four fighters", [("four", 4, 4, True, False, "fighters")]),
    ("thirty-two soldiers", [("thirty-two", 32, 32, True, False, "soldiers")]),
    # a dozen is twelve; a number before "dozen" multiplies it
    ("a dozen vehicles", [("a dozen", 12, 12, True, False, "vehicles")]),
    ("killed two dozen soldiers", [("two dozen", 24, 24, True, False, "soldiers")]),
    ("three dozen trucks", [("three dozen", 36, 36, True, False, "trucks")]),
    # an Arabic noun in the dual is two; a number word after it counts it instead
    ("قتل عنصران من اللواء", [("عنصران", 2, 2, True, False, "عنصران")]),
    (
        "أسر شهيدين وجريحين",
        [
            ("شهيدين", 2, 2, True, False, "شهيدين"),
            ("وجريحين", 2, 2, True, False, "وجريحين"),
        ],
    ),
    ("قتل مدنيان اثنان", [("اثنان", 2, 2, True, False, None)]),
    ("قتل مقاتلين من اللواء", []),
    # vague amounts
    ("أسر عشرات العناصر", [("عشرات", 20, 99, False, False, "عناصر")]),
    ("مئات المقاتلين", [("مئات", 200, 999, False, False, "مقاتلين")]),
    ("dozens of fighters", [("dozens", 20, 99, False, False, "fighters")]),
    (
        "hundreds of thousands of people",
        [("hundreds of thousands", 200_000, 999_000, False, False, "people")],
    ),
    ("injuring several others", [("several", 3, 9, False, False, "others")]),
    # qualifiers
    ("يقدر عددهم بأكثر من 3000 مقاتل", [("بأكثر من 3000", 3000, None, False, False, "مقاتل")]),
    ("ما يزيد عن 700 عنصر", [("ما يزيد عن 700", 700, None, False, False, "عنصر")]),
    ("more than 700 men", [("more than 700", 700, None, False, False, "men")]),
    ("fewer than 300 men", [("fewer than 300", None, 300, False, False, "men")]),
    ("لا يتجاوز 300 مقاتل", [("لا يتجاوز 300", None, 300, False, False, "مقاتل")]),
    ("نحو 1200 مقاتل", [("نحو 1200", 1200, 1200, False, True, "مقاتل")]),
    ("قرابة ألفي عنصر", [("قرابة ألفي", 2000, 2000, False, True, "عنصر")]),
    ("about 450 fighters", [("about 450", 450, 450, False, True, "fighters")]),
    (
        "Strength ≤300 and +1,200",
        [("≤300", None, 300, False, False, None), ("+1,200", 1200, None, False, False, None)],
    ),
    ("خسائر تجاوزت الـ 80 قتيلا", [("تجاوزت ال 80", 80, None, False, False, "قتيلا")]),
    # ranges
    ("between 700 and 900 fighters", [("between 700 and 900", 700, 900, False, False, "fighters")]),
    ("ما بين 700 و900 مقاتل", [("ما بين 700 و900", 700, 900, False, False, "مقاتل")]),
    ("يضم 700-900 مقاتل", [("700-900", 700, 900, False, False, "مقاتل")]),
    # not quantities
    ("It was founded in 2014.[3]", []),
    ("On 4 March 2018 nothing happened", []),
    ("البيان صدر في 4/3/2018", []),
    ("  3. ^ Reuters report", []),
    ("a BGM-71 missile", []),
    ("call +963 944 123 456 now", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_find_quantities(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert quantities_of(sentence) == expected


@pytest.mark.parametrize(
    ("digits", "scaled", "value"),
    [
        ("1500", False, 1500.0),
        ("1,500", False, 1500.0),
        ("1.500", False, 1500.0),
        ("1.500", True, 1.5),
        ("1,500,000", False, 1_500_000.0),
        ("1.500.000", False, 1_500_000.0),
        ("3.5", False, 3.5),
        ("3\u066b5", False, 3.5),
        ("1\u066c500", False, 1500.0),
        ("1,5", False, 1.5),
    ],
)
def test_parse_digits(digits: str, scaled: bool, value: float) -> None:
    assert parse_digits(digits, scaled) == value
