"""Person mentions: known persons, ranks and titles, name shapes, bylines, repeats."""

from __future__ import annotations

import pytest

from marsad.extract.matcher import token_stream
from marsad.extract.persons import find_person_mentions
from tests.extract.builders import analyse
from tests.extract.test_name_tables import name_resources

Expected = tuple[str, str | None, str | None]
"""(surface, rank, role)."""


def persons_in(text: str) -> list[tuple[str, str | None, str | None]]:
    found = find_person_mentions(token_stream(analyse(text)), name_resources())
    return [(m.surface, m.rank, m.role) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic ranks: the rank is not part of the name
        ("قال الرائد أحمد العلي إن الهجوم فشل", [("أحمد العلي", "Major", None)]),
        ('أكد العقيد "خالد المحمد" وهو قائد اللواء', [("خالد المحمد", "Colonel", None)]),
        ("وصرح المقدم عبد الباسط الحسن لوكالة", [("عبد الباسط الحسن", "Lieutenant Colonel", None)]),
        ("وقال النقيب حسام الأحمد", [("حسام الأحمد", "Captain", None)]),
        ("أعلن الملازم أول سامر العمر", [("سامر العمر", "First Lieutenant", None)]),
        # اللواء is a rank before a name, a brigade before an ordinal or without ال
        ("وصل اللواء جميل حسن إلى المطار", [("جميل حسن", "Major General", None)]),
        ("انسحب لواء المعتصم واللواء الثامن", []),
        # a title before the rank gives the role, across actor names and link words
        (
            "قال المتحدث الرسمي باسم الجبهة الوطنية للتحرير النقيب حسام العمر إن",
            [("حسام العمر", "Captain", "spokesman")],
        ),
        ("قال المتحدث باسم الجيش إن الرائد أحمد العلي قتل", [("أحمد العلي", "Major", None)]),
        (
            "the spokesman of the Free Syrian Army Capt. Ahmad Hamada said",
            [("Ahmad Hamada", "Captain", "spokesman")],
        ),
        ("قال النقيب عمر بن سعيد", [("عمر بن سعيد", "Captain", None)]),
        # الحاج inside a family name goes on to the next word
        ("وقال النقيب ياسر الحاج علي إن", [("ياسر الحاج علي", "Captain", None)]),
        # so does الشيخ, which after a name word is part of it, not a title …
        ("وقال المقدم سامر الشيخ عمر إن", [("سامر الشيخ عمر", "Lieutenant Colonel", None)]),
        ("وقال أحمد الشيخ حسن إن", [("أحمد الشيخ حسن", None, None)]),
        # … and before a name a title
        ("وقال الشيخ أحمد العلي إن", [("أحمد العلي", "Sheikh", None)]),
        # titles give a role; a title needs a name after it
        ("وقال القيادي أبو يحيى الحموي إن", [("أبو يحيى الحموي", None, "commander")]),
        ("وشدد القيادي على أن", []),
        ("اعتقل شخص يدعى محمد العبود", [("محمد العبود", None, None)]),
        # "known as" gives a name, in quotes too
        ("قتل قيادي يعرف باسم «أبو عمر الشامي»", [("أبو عمر الشامي", None, "commander")]),
        ("واعتقل عنصر يُعرف بـ«أبو عمر الشامي»", [("أبو عمر الشامي", None, None)]),
        # a given name starts a name without a cue; a kunya needs a given name after it
        ("قال مصطفى سيجري رئيس المكتب السياسي إن", [("مصطفى سيجري", None, None)]),
        ("انسحبت القوات من أبو الظهور وأبو دالي", []),
        # English ranks, titles before ranks, kunyas
        (
            "Maj. Jamil Rahal said the Col. Ahmad Hamada attack failed",
            [("Jamil Rahal", "Major", None), ("Ahmad Hamada", "Colonel", None)],
        ),
        (
            "spokesman Capt. Mustafa Hamid and commander Hassan Kareem",
            [("Mustafa Hamid", "Captain", "spokesman"), ("Hassan Kareem", None, "commander")],
        ),
        ("HTS defector Abu Salih al-Hamawi said", [("Abu Salih al-Hamawi", None, "defector")]),
        ("a major offensive began", []),
        # group names are not persons
        ("Nour al-Din al-Zenki Movement fighters", []),
        ("The Sultan Murad Division and the Hamza Division", []),
        # known persons gain the rank or title written before them
        (
            "الرئيس بشار الأسد والرئيس التركي رجب طيب أردوغان",
            [("بشار الأسد", None, "president"), ("رجب طيب أردوغان", None, None)],
        ),
        (
            "Turkish President Erdoğan and Vladimir Putin",
            [("Erdoğan", None, "president"), ("Vladimir Putin", None, None)],
        ),
    ],
)
def test_person_grammar(text: str, expected: list[Expected]) -> None:
    assert persons_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the family name alone, written like the full name's one
        (
            "يعملون لصالح النظام، وقال النقيب ماجد الصالح إن الصالح يرفض",
            [("ماجد الصالح", "Captain", None), ("الصالح", None, None)],
        ),
        (
            "On 8 June Abdel Karim al-Rifai died. Later al-Rifai was buried and Rifai mourned.",
            [("Abdel Karim al-Rifai", None, None), ("al-Rifai", None, None), ("Rifai", None, None)],
        ),
        # the full name again without its rank
        (
            "قال العقيد مازن الحاج إن ... وأضاف مازن الحاج",
            [("مازن الحاج", "Colonel", None), ("مازن الحاج", None, None)],
        ),
        # a given name as family name is not looked for alone
        ("قال النقيب ناجي مصطفى ثم وصل مصطفى", [("ناجي مصطفى", "Captain", None)]),
    ],
)
def test_repeated_names(text: str, expected: list[Expected]) -> None:
    assert persons_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عنوان المقال\nنص المقال هنا.\n\nرامي الحسن\n\nمراسل الموقع في حلب", ["رامي الحسن"]),
        ("بقلم: سعيد الخطيب\nنص المقال", ["سعيد الخطيب"]),
        ("Fighting resumed.\n\nBy John Carter\n", ["John Carter"]),
        ("نص المقال هنا.\n\nتعليقات فيسبوك\nمقالات ذات صلة", []),
        ("نص المقال هنا.\nمدونة هادي العبد الله", []),
        # names after "by" inside a short credit line, one more after "and"
        (
            "Fighting resumed.\n\n(Reporting by Omar Tarek; additional reporting by Dana "
            "Saleh in Amman; Editing by Paul West)\n",
            ["Omar Tarek", "Dana Saleh", "Paul West"],
        ),
        ("Posted on 4 June 2021 by Nadia Karam\n\nThe council met.", ["Nadia Karam"]),
        ("Interview by Rami Aziz and Hiba Nassar\n\nQ: When?", ["Rami Aziz", "Hiba Nassar"]),
        ("Fighting resumed.\n\nThe town was shelled by Russian jets on Monday.\n", []),
    ],
)
def test_bylines(text: str, expected: list[str]) -> None:
    assert [surface for surface, _, _ in persons_in(text)] == expected


def test_mention_fields() -> None:
    text = analyse("وأكد المقدم سامر العلي")
    found = find_person_mentions(token_stream(text), name_resources())
    assert len(found) == 1
    mention = found[0]
    assert text.normalised[mention.span.start : mention.span.end] == "سامر العلي"
    assert (mention.type, mention.source, mention.canonical) == ("person", "grammar", "سامر العلي")
    assert mention.key == "person:سامر علي"


def test_a_name_given_after_a_name_is_the_same_person() -> None:
    found = find_person_mentions(
        token_stream(analyse("Sami Haddad, known as Abu Omar, commands the brigade.")),
        name_resources(),
    )
    assert [(m.surface, m.canonical) for m in found] == [
        ("Sami Haddad", "Sami Haddad"),
        ("Abu Omar", "Sami Haddad"),
    ]
    assert found[0].key == found[1].key


def test_a_name_cue_after_someone_else_introduces_another_person() -> None:
    for text in (
        "اعتقل الأمن أحمد العلي وشقيقه المدعو محمد الخالد",
        "Sami Haddad's deputy, known as Abu Omar, was killed.",
    ):
        found = find_person_mentions(token_stream(analyse(text)), name_resources())
        assert len({m.key for m in found}) == len(found) == 2, text
