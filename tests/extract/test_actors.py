"""Actor mentions: the actors table and the group-name grammar, Arabic and English."""

from __future__ import annotations

import pytest

from marsad.extract.actors import find_actor_mentions
from marsad.extract.matcher import token_stream
from marsad.records import Mention
from tests.extract.builders import analyse
from tests.extract.test_name_tables import name_resources


def actors_in(sentence: str) -> list[Mention]:
    return find_actor_mentions(token_stream(analyse(sentence)), name_resources())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the actors table, clitics read off the text
        (
            "أعلن جيش العزة عن صد هجوم لقوات النظام.",
            [("جيش العزة", "Jaysh al-Izza"), ("قوات النظام", "Syrian Arab Army")],
        ),
        (
            "انضم الفصيل للجيش السوري الحر وفيلق الشام",
            [("الجيش السوري الحر", "Free Syrian Army"), ("فيلق الشام", "Sham Legion")],
        ),
        (
            "قصفت المقاتلات الروسية مواقع للمعارضة",
            [("المقاتلات الروسية", "Russian Air Force"), ("المعارضة", "Syrian opposition forces")],
        ),
        (
            "مقاتلو حركة أحرار الشام وجيش النصر",
            [("حركة أحرار الشام", "Ahrar al-Sham"), ("جيش النصر", "Jaysh al-Nasr")],
        ),
        ("عناصر ميليشيا حزب الله", [("ميليشيا حزب الله", "Hezbollah")]),
        # a group's short name as the press writes it
        ('أعلنت "الزنكي" صد هجوم', [("الزنكي", "Nour al-Din al-Zenki Movement")]),
        ("حملة مدعومة بالمقاتلات الروسية", [("المقاتلات الروسية", "Russian Air Force")]),
        # spelling variants: no hamza, ه for ة
        (
            "قوات جيش ادلب الحر وهيئه تحرير الشام",
            [("جيش ادلب الحر", "Free Idlib Army"), ("هيئه تحرير الشام", "Hayat Tahrir al-Sham")],
        ),
        # a descriptor in construct before a known name stays with it …
        ("وقال فصيل جيش العزة إن", [("فصيل جيش العزة", "Jaysh al-Izza")]),
        # … unless quotes mark where the name begins
        ("وقال فصيل “جيش العزة” إن", [("جيش العزة", "Jaysh al-Izza")]),
        ("تحركات لميليشيا «لواء فاطميون» الأفغانية", [("لواء فاطميون", "Liwa Fatemiyoun")]),
        # the article is part of the written shape: a new system is not the regime
        ("المساهمة في بناء نظام سوري جديد", []),
        ("اسقاط النظام السوري", [("النظام السوري", "Syrian Arab Army")]),
        # English: capitals for acronyms, apostrophes, possessives
        (
            "The SDF and US forces clashed with ISIS.",
            [
                ("SDF", "Syrian Democratic Forces"),
                ("US forces", "United States"),
                ("ISIS", "Islamic State"),
            ],
        ),
        ("let us go", []),
        # a state's adjective on a frontier is a line on the map, not the state …
        ("crossed the Turkish border near Kilis", []),
        ("قرب الحدود التركية", []),
        # … unless a group word follows, or the adjective describes another noun
        ("Turkish border guards fired", [("Turkish", "Turkey")]),
        ("أطلق حرس الحدود التركي النار", [("التركي", "Turkey")]),
        ("Turkish border forces shelled the town", [("Turkish", "Turkey")]),
        ("أطلقت قوات حرس الحدود التركية النار", [("التركية", "Turkey")]),
        ("IS fighters said this is the end", [("IS", "Islamic State")]),
        # … but not inside a line written all in capitals
        ("THIS IS NOT A DRILL, said the SDF", [("SDF", "Syrian Democratic Forces")]),
        (
            "YPG/SDF units",
            [("YPG", "People's Protection Units"), ("SDF", "Syrian Democratic Forces")],
        ),
        (
            "Jaish al-Izza's fighters and the Mu’tasim Brigade",
            [("Jaish al-Izza", "Jaysh al-Izza"), ("Mu’tasim Brigade", "Al-Mu'tasim Brigade")],
        ),
        ("Russian warplanes struck Kafr Nabl", [("Russian warplanes", "Russian Air Force")]),
        ("the Syrian Army advanced", [("Syrian Army", "Syrian Arab Army")]),
        ("اشتبك مسلحو حركة رجال الكرامة", [("حركة رجال الكرامة", "Men of Dignity")]),
        (
            "backed by Military Intelligence",
            [("Military Intelligence", "Military Intelligence Directorate")],
        ),
    ],
)
def test_known_actors(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = actors_in(sentence)
    assert [(m.surface, m.canonical) for m in found] == expected
    assert all(m.source == "dictionary" for m in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Arabic: group word + name words (at most two bare, then one definite)
        ("شارك لواء شهداء الزلاقيات في المعركة", ["لواء شهداء الزلاقيات"]),
        ("أعلن جيش الفاتحين تشكيل", ["جيش الفاتحين"]),
        ("ولواء صقور الغاب", ["لواء صقور الغاب"]),
        ("لواء عمر بن الخطاب", ["لواء عمر بن الخطاب"]),
        ("حركة أبناء الشام", ["حركة أبناء الشام"]),
        # a group word with the article names a unit only with an ordinal
        ("سيطرت الفرقة السابعة على التلة", ["الفرقة السابعة"]),
        ("انسحب اللواء الثامن", ["اللواء الثامن"]),
        # a number after a group word; a kunya names a group without the article
        ("الفرقة 17 في الرقة وقوات اللواء 47", ["الفرقة 17", "اللواء 47"]),
        ("وأعلنت كتائب أبو عمارة مسؤوليتها", ["كتائب أبو عمارة"]),
        # generic uses
        ("تشكيل جيش عسكري منظم", []),
        ("قصفت كتيبة المدفعية مواقع", []),
        ("انتشر الجيش اللبناني على الحدود", []),
        ("انسحب الجيش من المدينة", []),
        ("وتستمر حركة النزوح من المنطقة", []),
        ("على جبهة تل ملح", []),
        # quoted names: after the group word, after a name cue that follows one
        ('شكلت الفصائل غرفة عمليات تحت اسم "درع الجنوب"', ["درع الجنوب"]),
        ('بدأت عملية عسكرية تحت اسم "فجر الحرية"', []),
        # a short quote the group word opens is the name, even for a common noun (تجمع)
        ("تشكل «تجمع النسور» من اندماج", ["تجمع النسور"]),
        ("أعلنت «حركة الفجر» النفير", ["حركة الفجر"]),
        ("نشر «حركة الفجر تعلن النفير العام في ريف إدلب» على قناته", []),
        # English
        ("the Kafr Nabl Martyrs Brigade attacked", ["Kafr Nabl Martyrs Brigade"]),
        ("Jaysh al-Mahmoud fighters and Liwa al-Haqq", ["Jaysh al-Mahmoud", "Liwa al-Haqq"]),
        ("the Army of the Sunna", ["Army of the Sunna"]),
        ("the Zenobia Operations Room", ["Zenobia Operations Room"]),
        ("fighting on the Sahel Front", ["Sahel Front"]),
        ("a brigade of fighters and the militia", []),
        # "Gathering" and "Force" head names too
        (
            "the Shahba Shield Gathering and the Homeland Guardians Force",
            ["Shahba Shield Gathering", "Homeland Guardians Force"],
        ),
    ],
)
def test_group_grammar(sentence: str, expected: list[str]) -> None:
    found = actors_in(sentence)
    assert [m.surface for m in found] == expected
    assert all(m.source == "grammar" and m.canonical == m.surface for m in found)


def test_quoted_operations_room_is_found_again() -> None:
    found = actors_in("أعلنت غرفة عمليات «نصر الشمال» بدء المعركة، وقالت «نصر الشمال» إن")
    assert [(m.surface, m.canonical, m.source) for m in found] == [
        ("غرفة عمليات نصر الشمال", "نصر الشمال", "grammar"),
        ("نصر الشمال", "نصر الشمال", "alias"),
    ]
    assert found[0].key == found[1].key
    assert found[0].feature == "operations_room"


def test_mention_fields() -> None:
    text = analyse("وقاتل لجيش العزة")
    found = find_actor_mentions(token_stream(text), name_resources())
    assert len(found) == 1
    mention = found[0]
    assert text.normalised[mention.span.start : mention.span.end] == "لجيش العزة"
    assert mention.surface == "جيش العزة"
    assert mention.key == "actor:jaysh-al-izza"
    assert mention.feature == "armed_group"
    assert mention.parent == "actor:free-syrian-army"


def test_same_grammar_name_same_key() -> None:
    found = actors_in("قاتل لواء شهداء الزلاقيات، ثم انسحب ولواء شهداء الزلاقيات")
    assert len(found) == 2
    assert found[0].key == found[1].key == "actor:لواء شهداء زلاقيات"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('Five factions form "Northern Dawn" operations room.', "Northern Dawn"),
        ('They joined the "Free Coast" Operations Room last year.', "Free Coast"),
        (
            "The brigades merged into a single operations room for the whole countryside of Idlib, "
            'called "Nasr al-Sahel" on Monday.',
            "Nasr al-Sahel",
        ),
    ],
)
def test_quoted_names_of_operations_rooms(sentence: str, name: str) -> None:
    assert name in [m.canonical for m in actors_in(sentence)]


def test_a_quoted_phrase_of_common_words_before_a_group_word_is_no_name() -> None:
    assert actors_in('He said "we will fight" brigade commanders were told.') == []
