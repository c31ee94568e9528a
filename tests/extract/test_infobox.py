"""Relations from an encyclopedia infobox in scraped text."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import pytest

from marsad.config import load_config
from marsad.extract.infobox import find_infobox_relations
from marsad.extract.relation_resources import RelationResources, load_relation_resources
from marsad.records import Span, TimeExpr
from tests.extract.builders import MentionSpec, analyse, analysis_of


@cache
def resources() -> RelationResources:
    return load_relation_resources(load_config().extract, analyse)


ARTICLE = (
    "Sham Legion\n"
    "From Wikipedia\n"
    "LeadersBrig. Gen. Omar Fares (commander-in-chief)\n"
    "Capt. Ali Hamdan (spokesman)\n"
    "HeadquartersKafr Takharim\n"
    "Part of National Front for Liberation\n"
    "Allies Ahrar al-Sham\n"
    "Jaysh al-Islam\n"
    "\n"
    "Opponents Syrian Arab Army\n"
    "Hezbollah\n"
    "Size 8,000\n"
    "Allies of the Syrian government are not named in this long line of prose, which goes"
    " on and on about the war and Hezbollah and other things until it is far longer than"
    " any infobox line could ever be.\n"
)
ARTICLE_MENTIONS: list[MentionSpec] = [
    ("Sham Legion", "actor", "Sham Legion"),
    ("Omar Fares", "person", "Omar Fares"),
    ("Ali Hamdan", "person", "Ali Hamdan"),
    ("Kafr Takharim", "place", "Kafr Takharim"),
    ("National Front for Liberation", "actor", "National Front for Liberation"),
    ("Ahrar al-Sham", "actor", "Ahrar al-Sham"),
    ("Jaysh al-Islam", "actor", "Jaysh al-Islam"),
    ("Syrian Arab Army", "actor", "Syrian Arab Army"),
    ("Hezbollah", "actor", "Hezbollah"),
]

ARABIC = (
    "جيش الإسلام\nالقادة: زهران علوش\nالنقيب إسلام علوش (المتحدث الرسمي)\nالمقر: دوما\n"
    "الحلفاء: فيلق الرحمن\nالخصوم: قوات النظام\n"
)
ARABIC_MENTIONS: list[MentionSpec] = [
    ("جيش الإسلام", "actor", "Jaysh al-Islam"),
    ("زهران علوش", "person", "Zahran Alloush"),
    ("إسلام علوش", "person", "Islam Alloush"),
    ("دوما", "place", "Douma"),
    ("فيلق الرحمن", "actor", "Al-Rahman Legion"),
    ("قوات النظام", "actor", "Syrian Arab Army"),
]


def relations_of(
    text: str, mentions: Sequence[MentionSpec], times: Sequence[TimeExpr] = ()
) -> set[tuple[str, str, str, str | None, str | None]]:
    analysis = analysis_of(text, mentions, lang="en", times=times)
    names = {e.id: e.canonical for e in analysis.entities}
    return {
        (r.type, names[r.subject], names[r.object], r.role, r.end)
        for r in find_infobox_relations(analysis, resources())
    }


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (
            ARTICLE,
            ARTICLE_MENTIONS,
            {
                ("leader_of", "Omar Fares", "Sham Legion", "commander-in-chief", None),
                ("member_of", "Ali Hamdan", "Sham Legion", "spokesman", None),
                ("headquartered_in", "Sham Legion", "Kafr Takharim", None, None),
                ("part_of", "Sham Legion", "National Front for Liberation", None, None),
                ("allied_with", "Sham Legion", "Ahrar al-Sham", None, None),
                ("allied_with", "Sham Legion", "Jaysh al-Islam", None, None),
                ("opposed_to", "Sham Legion", "Syrian Arab Army", None, None),
                ("opposed_to", "Sham Legion", "Hezbollah", None, None),
            },
        ),
        (
            ARABIC,
            ARABIC_MENTIONS,
            {
                ("leader_of", "Zahran Alloush", "Jaysh al-Islam", None, None),
                ("member_of", "Islam Alloush", "Jaysh al-Islam", "المتحدث الرسمي", None),
                ("headquartered_in", "Jaysh al-Islam", "Douma", None, None),
                ("allied_with", "Jaysh al-Islam", "Al-Rahman Legion", None, None),
                ("opposed_to", "Jaysh al-Islam", "Syrian Arab Army", None, None),
            },
        ),
        # no infobox: a sentence that merely starts like a label gives nothing
        (
            "Hezbollah\nAllied with Iran, Hezbollah sent fighters.",
            [("Hezbollah", "actor", "Hezbollah"), ("Iran", "actor", "Iran")],
            set(),
        ),
        (
            "Hezbollah sent fighters to Qusayr in 2013.",
            [("Hezbollah", "actor", "Hezbollah"), ("Qusayr", "place", "Qusayr")],
            set(),
        ),
    ],
)
def test_infobox(
    text: str,
    mentions: Sequence[MentionSpec],
    expected: set[tuple[str, str, str, str | None, str | None]],
) -> None:
    assert relations_of(text, mentions) == expected


def test_until_ends_a_leader() -> None:
    text = "Sham Legion\nLeaders Capt. Ali Hamdan (deputy commander, until 2019)\n"
    at = text.index("2019")
    found = relations_of(
        text,
        [("Sham Legion", "actor", "Sham Legion"), ("Ali Hamdan", "person", "Ali Hamdan")],
        [TimeExpr(Span(at, at + 4), "2019", "year")],
    )
    assert found == {("leader_of", "Ali Hamdan", "Sham Legion", "deputy commander", "2019")}


PROFILE = (
    "Liwa al-Fajr\n"
    "A coalition of brigades formed in the south in 2014.\n"
    "\n"
    "LEADERSHIP\n"
    "Col. Adnan Saeed (2014 – 2016): Founder and first commander-in-chief. An officer who"
    " left the Syrian Arab Army in 2012 and led the Martyrs Brigade.\n"
    "Capt. Rami Youssef (2015 – 2018): Spokesman. Joined Ahrar al-Sham in 2018.\n"
    "Note: in the past the group also worked beside Jaysh al-Islam on several fronts.\n"
    "Lt. Hassan Nouri (2016): Commander of the northern sector.\n"
)
PROFILE_MENTIONS: list[MentionSpec] = [
    ("Liwa al-Fajr", "actor", "Liwa al-Fajr"),
    ("Adnan Saeed", "person", "Adnan Saeed"),
    ("Syrian Arab Army", "actor", "Syrian Arab Army"),
    ("Martyrs Brigade", "actor", "Martyrs Brigade"),
    ("Rami Youssef", "person", "Rami Youssef"),
    ("Ahrar al-Sham", "actor", "Ahrar al-Sham"),
    ("Jaysh al-Islam", "actor", "Jaysh al-Islam"),
    ("Hassan Nouri", "person", "Hassan Nouri"),
]


def test_entry_lines_of_a_profile_section_name_its_leaders() -> None:
    """ "Name (period): role. Description." lines under a LEADERSHIP heading: the name
    before the colon is the value, the role follows it, and the groups of the description
    are no values; a line of prose with no name before its colon closes the section."""
    at = PROFILE.index("2014 –")
    times = [TimeExpr(Span(at, at + 11), "2014", "year", end="2016")]
    found = relations_of(PROFILE, PROFILE_MENTIONS, times)
    assert found == {
        ("leader_of", "Adnan Saeed", "Liwa al-Fajr", "commander-in-chief", "2016"),
        ("member_of", "Rami Youssef", "Liwa al-Fajr", "spokesman", None),
    }


def test_entry_lines_in_arabic() -> None:
    text = (
        "لواء الفجر\nفصيل تأسس في الجنوب.\n\nالقيادة\n"
        "العقيد عدنان سعيد (2014 – 2016): المؤسس والقائد العام للواء، وكان ضابطاً في قوات النظام"
        " قبل انشقاقه عنها ليقود كتيبة الشهداء في المنطقة.\n"
    )
    mentions: list[MentionSpec] = [
        ("لواء الفجر", "actor", "Liwa al-Fajr"),
        ("عدنان سعيد", "person", "Adnan Saeed"),
        ("قوات النظام", "actor", "Syrian Arab Army"),
        ("كتيبة الشهداء", "actor", "Martyrs Battalion"),
    ]
    found = relations_of(text, mentions)
    assert {(kind, person, group) for kind, person, group, _, _ in found} == {
        ("leader_of", "Adnan Saeed", "Liwa al-Fajr")
    }


def test_a_period_running_to_the_present_is_open() -> None:
    text = "Sham Legion\nLeaders Capt. Ali Hamdan (June 2017 – present)\n"
    at = text.index("June 2017")
    found = relations_of(
        text,
        [("Sham Legion", "actor", "Sham Legion"), ("Ali Hamdan", "person", "Ali Hamdan")],
        [TimeExpr(Span(at, at + 9), "2017-06", "month")],
    )
    assert found == {("leader_of", "Ali Hamdan", "Sham Legion", None, None)}
