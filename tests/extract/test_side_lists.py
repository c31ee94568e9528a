"""Groups listed under a side's heading in a tally report (marsad.extract.side_lists)."""

from __future__ import annotations

import pytest

import marsad

ARABIC = (
    "حصيلة شهر آذار في ريف حماة\n\n"
    "2. قوات النظام والميليشيات الرديفة\n"
    "قتل 20 عنصراً، على النحو الآتي:\n"
    "- الفرقة الرابعة: 8 قتلى في كمين قرب طيبة الإمام.\n"
    "- حزب الله: 5 قتلى بقصف على مواقعه.\n"
    "- روسيا: جنديان في انفجار عبوة.\n"
    "- قتل 3 من عناصر لواء القدس في اشتباكات.\n\n"
    "3. فصائل المعارضة\n"
    "- فيلق الشام: 6 قتلى في قصف جوي.\n"
)
ENGLISH = (
    "Monthly toll, March 2021\n\n"
    "Government forces and allied militias\n"
    "Twenty members were killed:\n"
    "- National Defence Forces: 4 killed near Salamiyah.\n"
    "- Liwa al-Quds: 3 killed in an ambush.\n"
    "- Russia: one adviser killed.\n\n"
    "Opposition factions\n"
    "- Sham Legion: 6 killed in air strikes.\n"
)


def listed(text: str) -> set[tuple[str, str, str]]:
    facts = marsad.read(text, published="2021-04-01")
    names = {e.id: e.canonical for e in facts.entities}
    return {
        (r.type, names[r.subject], names[r.object])
        for r in facts.relations
        if r.reason.startswith("listed under")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ARABIC,
            {
                ("part_of", "4th Armoured Division", "Syrian Arab Army"),
                ("allied_with", "Syrian Arab Army", "Hezbollah"),
            },
        ),
        (
            ENGLISH,
            {
                ("allied_with", "Syrian Arab Army", "National Defence Forces"),
                ("allied_with", "Syrian Arab Army", "Liwa al-Quds"),
            },
        ),
    ],
)
def test_groups_opening_items_under_a_side_heading_are_its_allies(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    """A unit the actors table puts under the side is part of it; a state, a group named
    later in its item, and the items under a heading without companions are not listed."""
    assert listed(text) == expected


def test_a_heading_without_companions_lists_nothing() -> None:
    text = ENGLISH.replace("Government forces and allied militias", "Government forces")
    assert listed(text) == set()


def test_a_sentence_is_no_heading() -> None:
    text = ENGLISH.replace(
        "Government forces and allied militias",
        "Government forces and allied militias lost twenty members this month.",
    )
    assert listed(text) == set()


@pytest.mark.parametrize(
    "ending",
    [
        "Opposition factions:\n",
        "The opposition lost more men this month than in any month since the spring, the"
        " monitor said in its summary of the fighting.\n",
    ],
)
def test_a_new_heading_or_a_paragraph_ends_the_list(ending: str) -> None:
    text = ENGLISH.replace("Opposition factions\n", ending)
    assert ("allied_with", "Syrian Arab Army", "Sham Legion") not in listed(text)
    assert ("allied_with", "Syrian Arab Army", "Sham Legion") not in listed(
        text.replace("- Russia: one adviser killed.\n\n", "- Russia: one adviser killed.\n")
    )
