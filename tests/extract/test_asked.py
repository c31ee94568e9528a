"""Relations an interview question asks for: the groups its answer names."""

from __future__ import annotations

import marsad

INTERVIEW_EN = """Talking to the commander of the Hawks Front

The Hawks Front holds the hills west of Saraqib. Its commander spoke to us.

Q: How many fighters does the Hawks Front have?
A: About 900, most of them from the villages around Saraqib.

Q: Who are your allies?
A: We are part of the National Front for Liberation, and on the ground we work with the Sham Legion.

Q: And your enemies?
A: The regime, Iran's militias and the Daesh cells. The Sham Legion is a friend.

Q: Do the Sham Legion's backers fund you as well?
A: The Sham Legion gets help from abroad; we do not.
"""

INTERVIEW_AR = """حوار مع قائد «لواء النسور»

يقاتل لواء النسور في ريف حلب الشمالي منذ عام 2016.

• من أين تحصلون على التمويل؟
الرواتب والذخائر تصلنا من قطر، ولا نتلقى شيئاً من غيرها.

• ومن عدوكم الأول؟
عدونا الأول هو تنظيم داعش، ثم قوات النظام.
"""


def relations(text: str) -> set[tuple[str, str, str]]:
    facts = marsad.read(text, published="2023-05-02")
    names = {e.id: e.canonical for e in facts.entities}
    return {(r.type, names[r.subject], names[r.object]) for r in facts.relations}


def test_the_groups_an_answer_names_hold_the_relation_the_question_asks_for() -> None:
    found = relations(INTERVIEW_EN)
    assert {
        ("allied_with", "Hawks Front", "Sham Legion"),
        ("opposed_to", "Hawks Front", "Syrian Arab Army"),
        ("opposed_to", "Hawks Front", "Iranian-backed militias"),
        ("opposed_to", "Hawks Front", "Islamic State"),
    } <= found


def test_a_stated_relation_is_not_read_again_from_the_question() -> None:
    found = relations(INTERVIEW_EN)
    assert ("part_of", "Hawks Front", "National Front for Liberation") in found
    assert ("allied_with", "Hawks Front", "National Front for Liberation") not in found


def test_a_question_that_names_a_group_asks_about_that_group() -> None:
    found = relations(INTERVIEW_EN)
    assert ("supported_by", "Hawks Front", "Sham Legion") not in found


def test_arabic_questions_ask_for_backers_and_enemies() -> None:
    found = relations(INTERVIEW_AR)
    assert ("supported_by", "لواء النسور", "Qatar") in found
    assert ("opposed_to", "لواء النسور", "Islamic State") in found
    assert ("opposed_to", "لواء النسور", "Syrian Arab Army") in found


def test_only_the_first_sentence_that_names_groups_answers() -> None:
    found = relations(INTERVIEW_EN)
    assert ("opposed_to", "Hawks Front", "Sham Legion") not in found
