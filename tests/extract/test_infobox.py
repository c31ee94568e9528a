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
