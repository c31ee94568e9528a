"""Where an interview's answers are: the speech that "we" stands in for the interviewee's group."""

from __future__ import annotations

import pytest

import marsad
from marsad.extract.first_person import answer_spans

LABELLED = "Q: How big is the group?\nA: About 900 men.\n\nQ: Who arms you?\nA: Nobody.\n"
UNDER_QUESTIONS = (
    "Headline of the interview\n\n"
    "• How big is the group?\nWe have about 900 men.\n\n"
    "• Who are your enemies?\nThe regime and its militias.\n\n"
    "Read more:\n- Who runs the crossings?\n- A new road opens\n"
)
SPEAKER_LABELS = (
    "EV: How big is the group?\nHaddad: About 900 men.\n\n"
    "EV: Others say you have fewer.\nHaddad: They lie.\n\n"
    "EV: Who are your allies?\nHaddad: The Hamza Division.\n"
)
ONE_QUESTION = "Why did the front collapse?\nBecause our men ran out of ammunition.\n"


def answers(text: str) -> list[str]:
    return [text[span.start : span.end] for span in answer_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LABELLED, ["A: About 900 men.", "A: Nobody."]),
        (UNDER_QUESTIONS, ["We have about 900 men.", "The regime and its militias."]),
        (
            SPEAKER_LABELS,
            ["Haddad: About 900 men.", "Haddad: They lie.", "Haddad: The Hamza Division."],
        ),
        (ONE_QUESTION, []),
    ],
    ids=[
        "answer labels",
        "text under question lines; a list under a question is no answer",
        "the speaker's label after one question marks their other lines",
        "one rhetorical question makes no interview",
    ],
)
def test_answer_spans(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def relations(text: str) -> set[tuple[str, str, str]]:
    facts = marsad.read(text, published="2022-05-18")
    names = {e.id: e.canonical for e in facts.entities}
    return {(r.type, names[r.subject], names[r.object]) for r in facts.relations}


ENGLISH_INTERVIEW = (
    "A talk with a commander of Ahrar al-Sharqiya about the front\n\n"
    "EV: Who are your allies?\n"
    "Al-Hussein: We are part of the Syrian National Army, and Turkey is our ally. "
    "We work closely with the Hamza Division.\n\n"
    "EV: And your enemies?\nAl-Hussein: Our main enemy is the regime.\n"
)
ARABIC_INTERVIEW = (
    "حوار مع قائد في «فرقة السلطان مراد» عن المعارك الأخيرة\n\n"
    "• ما علاقتكم بالفصائل؟\n"
    "نحن جزء أساسي من الجيش الوطني السوري، وتربطنا علاقات أخوية مع «فرقة الحمزة».\n\n"
    "• ومن عدوكم الأول؟\n"
    "عدونا الأول هو نظام الأسد، ونحن نعدّ الجيش التركي شريكاً في معركتنا.\n"
)


@pytest.mark.parametrize(
    ("text", "group", "expected", "absent"),
    [
        (
            ENGLISH_INTERVIEW,
            "Ahrar al-Sharqiya",
            {
                ("part_of", "Syrian National Army"),
                ("allied_with", "Turkey"),
                ("allied_with", "Hamza Division"),
                ("opposed_to", "Syrian Arab Army"),
            },
            {("part_of", "Turkey")},
        ),
        (
            ARABIC_INTERVIEW,
            "Sultan Murad Division",
            {
                ("part_of", "Syrian National Army"),
                ("allied_with", "Hamza Division"),
                ("opposed_to", "Syrian Arab Army"),
                ("allied_with", "Turkish Armed Forces"),
            },
            set(),
        ),
    ],
    ids=["English, speaker labels", "Arabic, answers under bulleted questions"],
)
def test_we_in_answers_is_the_interviewees_group(
    text: str, group: str, expected: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    found = {(kind, other) for kind, subject, other in relations(text) if subject == group}
    assert found >= expected
    assert not found & absent


def test_the_site_name_above_a_title_does_not_hide_the_group_it_names() -> None:
    facts = marsad.read(
        "الميدان\nبحث...\nالرئيسية\n\n"
        "نائب قائد «فرقة السلطان مراد»: لدينا أكثر من 7 آلاف مقاتل\n\n"
        "التقينا به في مقر «فرقة السلطان مراد» بعد معارك مع قسد قرب منبج. "
        "وتقول قسد إنها تتقدم، وتنفي قسد الخسائر.\n\n"
        "• كم عدد مقاتليكم؟\nيتجاوز عدد مقاتلينا اليوم 7 آلاف مقاتل.\n\n"
        "• ومن يدعمكم؟\nلا أحد.\n",
        published="2022-05-18",
    )
    names = {e.id: e.canonical for e in facts.entities}
    strength = {names.get(c.subject, c.subject) for c in facts.claims if c.property == "strength"}
    assert strength == {"Sultan Murad Division"}


DIGEST = (
    "قناة «لواء الشمال» على تلغرام: حصيلة الأسبوع\n\n"
    "📌 [الأحد ١٤/١١/٢٠٢١ – ٢٣:١٠]\n"
    "صدّ أبطالنا هجوماً لقوات النظام قرب قرية الزيارة، وارتقى ٣ من مقاتلينا.\n\n"
    "📌 [الاثنين ١٥/١١/٢٠٢١ – ١٤:٣٥]\n"
    "نحذر الميليشيات الإيرانية من الاقتراب من نقاطنا.\n"
)


def test_we_in_a_digest_of_a_groups_posts_is_that_group() -> None:
    """Under the date lines of a digest, the posts are the group's own words: its
    fighters (مقاتلينا) are the main group's, and so is the side that fought."""
    facts = marsad.read(DIGEST, published="2021-11-20")
    names = {e.id: e.canonical for e in facts.entities}
    claims = [(c.property, names.get(c.subject, c.subject)) for c in facts.claims]
    assert claims == [("fatalities", "لواء الشمال")]
    assert relations(DIGEST) == {("opposed_to", "لواء الشمال", "Syrian Arab Army")}


def test_our_ally_in_an_answer_line() -> None:
    """ "our" in a cue's own words is still the speaker's group; a name opening a
    clause of its own ("…, and Turkey is our ally") lists no earlier name with it."""
    text = (
        "A talk with a commander of the Hamza Division about the north\n\n"
        "Q: Who are your allies?\nA: Yes, Turkey is our ally.\n\n"
        "Q: And the others?\nA: We are part of the Syrian National Army, and Qatar is our"
        " ally too.\n"
    )
    found = relations(text)
    assert ("allied_with", "Hamza Division", "Turkey") in found
    assert ("allied_with", "Hamza Division", "Qatar") in found
    assert ("part_of", "Hamza Division", "Syrian National Army") in found
    assert not {r for r in found if r[0] == "allied_with" and "Syrian National Army" in r}


def test_a_state_written_into_a_compound_modifies_the_name_after_it() -> None:
    found = relations(
        "The Hamza Division, one of the largest factions of the Turkish-backed Syrian National"
        " Army, took the village."
    )
    assert ("part_of", "Hamza Division", "Syrian National Army") in found
    assert ("supported_by", "Syrian National Army", "Turkey") in found
    assert ("part_of", "Hamza Division", "Turkey") not in found


def test_a_pronoun_on_a_verb_is_no_item_of_the_list_before_it() -> None:
    """In "نحن جزء من X، وتربطنا علاقات أخوية مع Y" only the speaker's group is Y's ally."""
    found = relations(ARABIC_INTERVIEW)
    allies = [{subject, other} for kind, subject, other in found if kind == "allied_with"]
    assert {"Hamza Division", "Sultan Murad Division"} in allies
    assert not [pair for pair in allies if "Syrian National Army" in pair]


def test_the_seat_of_a_command_is_its_headquarters() -> None:
    found = relations("التقت الصحيفة القائد العام في مقر قيادة فيلق الشام في مدينة إدلب.\n")
    assert ("headquartered_in", "Sham Legion", "Idlib") in found
