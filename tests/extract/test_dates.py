"""Dates and periods: input sentence → (surface, value, precision, end, qualifier, relative)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from marsad.config import load_config
from marsad.errors import DataFileError
from marsad.extract.calendar import TimeResources, load_time_resources
from marsad.extract.dates import find_times
from marsad.extract.quantities import find_quantities
from tests.extract.builders import analyse

Row = tuple[str, str | None, str | None, str, str | None, str | None, bool]


@cache
def resources() -> TimeResources:
    return load_time_resources(load_config().extract)


def times_of(sentence: str, published: str | None) -> list[tuple[object, ...]]:
    text = analyse(sentence)
    return [
        (
            text.normalised[t.span.start : t.span.end],
            t.value,
            t.precision,
            t.end,
            t.qualifier,
            t.relative,
        )
        for t in find_times(text, published, resources())
    ]


CASES: list[tuple[str, str | None, list[tuple[object, ...]]]] = [
    # full dates, both Arabic month families side by side
    (
        "قال القائد يوم السبت 14 آذار / مارس 2020 في بيان",
        None,
        [("السبت 14 آذار / مارس 2020", "2020-03-14", "day", None, None, False)],
    ),
    (
        "وقعت المعركة في 3 تموز 2016",
        None,
        [("3 تموز 2016", "2016-07-03", "day", None, None, False)],
    ),
    ("في 5 يوليه 2017 انسحبت", None, [("5 يوليه 2017", "2017-07-05", "day", None, None, False)]),
    (
        "بدأ الهجوم في 2 أغسطس/آب 2018",
        None,
        [("2 أغسطس/آب 2018", "2018-08-02", "day", None, None, False)],
    ),
    (
        "The raid of 4 March 2018 failed.",
        None,
        [("4 March 2018", "2018-03-04", "day", None, None, False)],
    ),
    (
        "The raid of March 4, 2018 failed.",
        None,
        [("March 4, 2018", "2018-03-04", "day", None, None, False)],
    ),
    (
        "By May 3rd 2017 it was over.",
        None,
        [("May 3rd 2017", "2017-05-03", "day", None, None, False)],
    ),
    ("Report dated 2018-03-04.", None, [("2018-03-04", "2018-03-04", "day", None, None, False)]),
    ("تاريخ البيان 4/3/2018 مساء", None, [("4/3/2018", "2018-03-04", "day", None, None, False)]),
    # month and year
    (
        "اندمج الفصيلان في كانون الثاني 2014",
        None,
        [("كانون الثاني 2014", "2014-01", "month", None, None, False)],
    ),
    (
        "في شهر أيلول من العام 2016 تشكل",
        None,
        [("شهر أيلول من العام 2016", "2016-09", "month", None, None, False)],
    ),
    ("They left in October 2017.", None, [("October 2017", "2017-10", "month", None, None, False)]),
    # a bare year stays a year
    ("تأسس الفصيل عام 2013", None, [("عام 2013", "2013", "year", None, None, False)]),
    (
        "It was founded in 2013 near the border.",
        None,
        [("2013", "2013", "year", None, None, False)],
    ),
    ("Liwa al-Haqq (2014) joined.", None, [("2014", "2014", "year", None, None, False)]),
    # parts and seasons
    ("Strength: 900 (late 2016)", None, [("late 2016", "2016", "year", None, "late", False)]),
    (
        "مع نهاية العام 2016 انضم",
        None,
        [("مع نهاية العام 2016", "2016", "year", None, "late", False)],
    ),
    ("مطلع 2017 بدأ", None, [("مطلع 2017", "2017", "year", None, "early", False)]),
    ("By mid-2018 the front collapsed.", None, [("mid-2018", "2018", "year", None, "mid", False)]),
    ("في خريف 2019 تراجع", None, [("خريف 2019", "2019", "year", None, "autumn", False)]),
    (
        "In early March 2016 they moved.",
        None,
        [("early March 2016", "2016-03", "month", None, "early", False)],
    ),
    # ranges
    ("active from 2013 to 2016", None, [("2013 to 2016", "2013", "year", "2016", None, False)]),
    (
        "between May and July 2018",
        None,
        [("May and July 2018", "2018-05", "month", "2018-07", None, False)],
    ),
    (
        "بين أيار وتموز 2018",
        None,
        [("أيار وتموز 2018", "2018-05", "month", "2018-07", None, False)],
    ),
    ("the 2014–2016 campaign", None, [("2014–2016", "2014", "year", "2016", None, False)]),
    (
        "based there (May 2018-June 2019)",
        None,
        [("May 2018-June 2019", "2018-05", "month", "2019-06", None, False)],
    ),
    # relative dates, with and without the weekday
    (
        "أعلن الفصيل اليوم الأحد عن",
        "2018-03-04",
        [("اليوم الأحد", "2018-03-04", "day", None, None, True)],
    ),
    (
        "سيطر أمس السبت على القرية",
        "2018-03-04",
        [("أمس السبت", "2018-03-03", "day", None, None, True)],
    ),
    (
        "سيطر أمس الخميس على القرية",
        "2018-03-04",
        [("أمس الخميس", "2018-03-01", "day", None, None, True)],
    ),
    (
        "The group said yesterday that",
        "2018-03-04",
        [("yesterday", "2018-03-03", "day", None, None, True)],
    ),
    ("خلال الشهر الماضي", "2018-01-15", [("الشهر الماضي", "2017-12", "month", None, None, True)]),
    (
        "منذ منتصف الشهر الماضي",
        "2018-03-04",
        [("منذ منتصف الشهر الماضي", "2018-02", "month", None, "mid", True)],
    ),
    ("last year they lost", "2018-03-04", [("last year", "2017", "year", None, None, True)]),
    # a month its bound word marks ("since August", منذ آذار) is a date too
    (
        "the deadliest since August, when",
        "2021-11-08",
        [("since August", "2021-08", "month", None, "since", True)],
    ),
    ("تقاتل منذ آذار", "2021-11-08", [("منذ آذار", "2021-03", "month", None, "since", True)]),
    ("قال أمس الأول", None, []),
    # a day and month without a year: the year written just before, else published
    (
        "في العام 2015 ... وفي شهر تشرين الأول",
        None,
        [
            ("العام 2015", "2015", "year", None, None, False),
            ("شهر تشرين الأول", "2015-10", "month", None, None, False),
        ],
    ),
    (
        "وفي 12 كانون الأول الماضي",
        "2018-03-04",
        [("12 كانون الأول الماضي", "2017-12-12", "day", None, None, True)],
    ),
    # "last" / الماضي: the latest such month up to publication, not the year written before
    (
        "تأسس الفصيل عام 2015. ويقوده منذ آب الماضي العقيد سامي",
        "2019-10-10",
        [
            ("عام 2015", "2015", "year", None, None, False),
            ("منذ آب الماضي", "2019-08", "month", None, "since", True),
        ],
    ),
    (
        "He has led it since last August.",
        "2019-10-10",
        [("since last August", "2019-08", "month", None, "since", True)],
    ),
    # … but a weekday keeps its own reading ("last Thursday", يوم الأحد الماضي)
    (
        "clashes last Thursday near",
        "2021-09-13",
        [("Thursday", "2021-09-09", "day", None, None, True)],
    ),
    ("يوم الأحد الماضي", "2021-09-13", [("الأحد", "2021-09-12", "day", None, None, True)]),
    ("يوم 2 آذار", "2018-03-04", [("2 آذار", "2018-03-02", "day", None, None, True)]),
    # not dates
    ("The group had 1500 fighters.[5]", None, []),
    ("انضم 2000 مقاتل إلى الفصيل", None, []),
    ("قتل 25 عنصرا و 13% من القوات، هاتف 0933123456", None, []),
    ("They may attack soon.", None, []),
    ("وقال أب الشهيد", None, []),
    # a weekday alone, in a dated report: the latest such day up to publication
    (
        "Factions said on Tuesday they had taken the village",
        "2019-11-06",
        [("Tuesday", "2019-11-05", "day", None, None, True)],
    ),
    (
        "أعلن الفصيل يوم الخميس السيطرة على القرية",
        "2019-11-07",
        [("الخميس", "2019-11-07", "day", None, None, True)],
    ),
    # أحد ("one of") is no Sunday, and a weekday needs a published date
    ("قال أحد القادة إن الفصيل انسحب", "2019-11-06", []),
    ("Factions said on Tuesday they had taken the village", None, []),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_find_times(
    sentence: str, published: str | None, expected: list[tuple[object, ...]]
) -> None:
    assert times_of(sentence, published) == expected


def test_seed_documents_do_not_crash(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        text = analyse(path.read_text(encoding="utf-8"))
        for published in (None, "2019-06-20"):
            for time in find_times(text, published, resources()):
                assert 0 <= time.span.start < time.span.end <= len(text.normalised)
        for quantity in find_quantities(text, resources()):
            assert 0 <= quantity.span.start < quantity.span.end <= len(text.normalised)


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ("kind\tvalue\tnames\nmonth\tJune\tحزيران\n", ":2:"),
        ("kind\tvalue\tnames\nweather\t1\tمطر\n", ":2:"),
        ("kind\tvalue\tnames\nmonth\t6\tحزيران\nmonth\t7\tحزيران\n", ":3:"),
    ],
)
def test_bad_month_table_names_file_and_line(tmp_path: Path, table: str, problem: str) -> None:
    path = tmp_path / "months.tsv"
    path.write_text(table, encoding="utf-8")
    config = replace(load_config().extract, months_table=str(path))
    with pytest.raises(DataFileError) as caught:
        load_time_resources(config)
    assert f"{path}{problem}" in str(caught.value)
