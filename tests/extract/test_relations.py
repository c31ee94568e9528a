"""Relations from cues, roles and lists, in Arabic and English."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

import pytest

from marsad.api import Reader
from marsad.config import load_config
from marsad.extract.context import Analysis, Located
from marsad.extract.relation_merge import merge_relations
from marsad.extract.relation_resources import RelationResources, load_relation_resources
from marsad.extract.relations import find_relations
from marsad.records import Evidence, Relation, Span, TimeExpr
from tests.extract.builders import MentionSpec, analyse, analysis_of


@cache
def resources() -> RelationResources:
    return load_relation_resources(load_config().extract, analyse)


def actor(surface: str, canonical: str) -> MentionSpec:
    return (surface, "actor", canonical)


def person(surface: str, canonical: str) -> MentionSpec:
    return (surface, "person", canonical)


def place(surface: str, canonical: str) -> MentionSpec:
    return (surface, "place", canonical)


def found(analysis: Analysis) -> set[tuple[str, str, str]]:
    """(type, subject, object) by canonical name; symmetric types in name order."""
    names = {e.id: e.canonical for e in analysis.entities}
    result: set[tuple[str, str, str]] = set()
    for r in find_relations(analysis, resources()):
        pair = [names[r.subject], names[r.object]]
        if r.type in ("allied_with", "opposed_to"):
            pair.sort()
        result.add((r.type, pair[0], pair[1]))
    return result


def with_details(
    analysis: Analysis,
    roles: dict[str, str] | None = None,
    features: dict[str, str] | None = None,
) -> Analysis:
    """The analysis with roles on persons and features on actors (by canonical name)."""
    roles, features = roles or {}, features or {}
    located = tuple(
        Located(
            replace(
                m.mention,
                role=roles.get(m.mention.canonical),
                feature=features.get(m.mention.canonical),
            ),
            m.entity,
        )
        for m in analysis.mentions
    )
    return replace(analysis, mentions=located)


CASES: list[tuple[str, Sequence[MentionSpec], set[tuple[str, str, str]]]] = [
    (
        "قاتل فيلق الشام ضد قوات النظام في ريف إدلب.",
        [actor("فيلق الشام", "Sham Legion"), actor("قوات النظام", "Syrian Arab Army")],
        {("opposed_to", "Sham Legion", "Syrian Arab Army")},
    ),
    (
        "تأسس لواء الحق بقيادة العقيد أحمد العلي.",
        [actor("لواء الحق", "Liwa al-Haqq"), person("أحمد العلي", "Ahmad al-Ali")],
        {("leader_of", "Ahmad al-Ali", "Liwa al-Haqq")},
    ),
    (
        "أعلنت فصائل جيش الإسلام، وفيلق الشام، وأحرار الشام التابعة للجبهة الوطنية للتحرير.",
        [
            actor("جيش الإسلام", "Jaysh al-Islam"),
            actor("فيلق الشام", "Sham Legion"),
            actor("أحرار الشام", "Ahrar al-Sham"),
            actor("للجبهة الوطنية للتحرير", "National Front for Liberation"),
        ],
        {
            ("part_of", "Jaysh al-Islam", "National Front for Liberation"),
            ("part_of", "Sham Legion", "National Front for Liberation"),
            ("part_of", "Ahrar al-Sham", "National Front for Liberation"),
        },
    ),
    (
        "The Sham Legion fought alongside Ahrar al-Sham near Saraqib.",
        [
            actor("Sham Legion", "Sham Legion"),
            actor("Ahrar al-Sham", "Ahrar al-Sham"),
            place("Saraqib", "Saraqib"),
        ],
        {("allied_with", "Ahrar al-Sham", "Sham Legion")},
    ),
    (
        "Hezbollah, backed by Iran, sent fighters to Qusayr.",
        [actor("Hezbollah", "Hezbollah"), actor("Iran", "Iran"), place("Qusayr", "Qusayr")],
        {("supported_by", "Hezbollah", "Iran")},
    ),
    (
        "اندلعت اشتباكات بين هيئة تحرير الشام و الجبهة الوطنية للتحرير في ريف حلب.",
        [
            actor("هيئة تحرير الشام", "Hayat Tahrir al-Sham"),
            actor("الجبهة الوطنية للتحرير", "National Front for Liberation"),
            place("ريف حلب", "Aleppo countryside"),
        ],
        {("opposed_to", "Hayat Tahrir al-Sham", "National Front for Liberation")},
    ),
    (
        "The Syrian Democratic Forces, based in Qamishli, are active in Hasakah.",
        [
            actor("Syrian Democratic Forces", "Syrian Democratic Forces"),
            place("Qamishli", "Qamishli"),
            place("Hasakah", "Hasakah"),
        ],
        {
            ("headquartered_in", "Syrian Democratic Forces", "Qamishli"),
            ("active_in", "Syrian Democratic Forces", "Hasakah"),
        },
    ),
    (
        "هيئة تحرير الشام، المعروفة سابقاً جبهة النصرة، تسيطر على إدلب.",
        [
            actor("هيئة تحرير الشام", "Hayat Tahrir al-Sham"),
            actor("جبهة النصرة", "Nusra Front"),
            place("إدلب", "Idlib"),
        ],
        {("formerly_named", "Hayat Tahrir al-Sham", "Nusra Front")},
    ),
    (
        "Major Ali Hassan, commander of the Sham Legion, spoke on Monday.",
        [person("Ali Hassan", "Ali Hassan"), actor("Sham Legion", "Sham Legion")],
        {("leader_of", "Ali Hassan", "Sham Legion")},
    ),
    (
        "ينشط جيش الإسلام في ريف دمشق منذ سنوات.",
        [actor("جيش الإسلام", "Jaysh al-Islam"), place("ريف دمشق", "Damascus countryside")],
        {("active_in", "Jaysh al-Islam", "Damascus countryside")},
    ),
    (
        "تنتشر فصائل جيش الإسلام في ريف دمشق.",
        [actor("جيش الإسلام", "Jaysh al-Islam"), place("ريف دمشق", "Damascus countryside")],
        {("active_in", "Jaysh al-Islam", "Damascus countryside")},
    ),
    (
        "The commander Ahmad Zaki defected to the National Front for Liberation.",
        [
            person("Ahmad Zaki", "Ahmad Zaki"),
            actor("National Front for Liberation", "National Front for Liberation"),
        ],
        {("defected_to", "Ahmad Zaki", "National Front for Liberation")},
    ),
    # negative: the cue has no mention of the right type
    ("قاتل فيلق الشام ضد الغزاة.", [actor("فيلق الشام", "Sham Legion")], set()),
    (
        "The group was led by unknown men near Idlib.",
        [place("Idlib", "Idlib")],
        set(),
    ),
    # negative: مع without a fighting word is no enmity
    (
        "اجتمع وفد من فيلق الشام مع ممثلين عن أحرار الشام.",
        [actor("فيلق الشام", "Sham Legion"), actor("أحرار الشام", "Ahrar al-Sham")],
        set(),
    ),
    # negative: two groups in unrelated sentences
    (
        "Hezbollah sent fighters to Qusayr. The SDF held a conference against corruption.",
        [actor("Hezbollah", "Hezbollah"), actor("SDF", "Syrian Democratic Forces")],
        set(),
    ),
    # A definite participle describes the name right before it, even one that
    # another cue governs.
    (
        "تشكل اللواء بقيادة المقدم سامر الخطيب المنشق عن قوات النظام.",
        [person("سامر الخطيب", "Samer al-Khatib"), actor("قوات النظام", "Syrian Arab Army")],
        {("member_of", "Samer al-Khatib", "Syrian Arab Army")},
    ),
    # An unnamed group noun between a name and the cue is the cue's subject.
    (
        "قصفت قوات النظام المنطقة، ودفع ذلك عددا من الفصائل إلى الانضمام إلى جبهة تحرير سوريا.",
        [
            actor("قوات النظام", "Syrian Arab Army"),
            actor("جبهة تحرير سوريا", "Syrian Liberation Front"),
        ],
        set(),
    ),
    (
        "The army shelled the area, and several factions then joined the Fatah Halab room.",
        [actor("The army", "Syrian Arab Army"), actor("Fatah Halab room", "Fatah Halab")],
        set(),
    ),
    (
        "Jaysh al-Nasr and other factions joined the Fatah Halab room.",
        [actor("Jaysh al-Nasr", "Jaysh al-Nasr"), actor("Fatah Halab room", "Fatah Halab")],
        {("part_of", "Jaysh al-Nasr", "Fatah Halab")},
    ),
    # A name between two cues, set off by commas, belongs to the cue before it.
    (
        "أعلن لواء الحق، المنضوي في صفوف جبهة تحرير سوريا، صد هجوما لقوات النظام.",
        [
            actor("لواء الحق", "Liwa al-Haqq"),
            actor("جبهة تحرير سوريا", "Syrian Liberation Front"),
            actor("لقوات النظام", "Syrian Arab Army"),
        ],
        {
            ("part_of", "Liwa al-Haqq", "Syrian Liberation Front"),
            ("opposed_to", "Liwa al-Haqq", "Syrian Arab Army"),
        },
    ),
    (
        "The Sham Legion repelled an attack by government forces near Saraqib.",
        [
            actor("Sham Legion", "Sham Legion"),
            actor("government forces", "Syrian Arab Army"),
            place("Saraqib", "Saraqib"),
        ],
        {("opposed_to", "Sham Legion", "Syrian Arab Army")},
    ),
    # "X of Y of Z": each unit belongs to the next, and the head X is what acts.
    (
        "The Dawn Battalion of the Hamza Division of the Syrian National Army defected "
        "to the Sham Legion last week.",
        [
            actor("Dawn Battalion", "Dawn Battalion"),
            actor("Hamza Division", "Hamza Division"),
            actor("Syrian National Army", "Syrian National Army"),
            actor("Sham Legion", "Sham Legion"),
        ],
        {
            ("part_of", "Dawn Battalion", "Hamza Division"),
            ("part_of", "Hamza Division", "Syrian National Army"),
            ("defected_to", "Dawn Battalion", "Sham Legion"),
        },
    ),
    # a comma parts a tight slot from its cue
    (
        "Anger spread in the Syrian National Army, members of the Hamza Division say.",
        [
            actor("Syrian National Army", "Syrian National Army"),
            actor("Hamza Division", "Hamza Division"),
        ],
        set(),
    ),
    # a place list goes on through "mainly in" / وبالأخص في
    (
        "ينشط لواء الحق في ريف إدلب، وبالأخص في مناطق جبل الزاوية.",
        [
            actor("لواء الحق", "Liwa al-Haqq"),
            place("ريف إدلب", "Idlib countryside"),
            place("جبل الزاوية", "Jabal al-Zawiya"),
        ],
        {
            ("active_in", "Liwa al-Haqq", "Idlib countryside"),
            ("active_in", "Liwa al-Haqq", "Jabal al-Zawiya"),
        },
    ),
    (
        "The Sham Legion is active in Idlib, mainly in the Jabal al-Zawiya area.",
        [
            actor("Sham Legion", "Sham Legion"),
            place("Idlib", "Idlib"),
            place("Jabal al-Zawiya", "Jabal al-Zawiya"),
        ],
        {
            ("active_in", "Sham Legion", "Idlib"),
            ("active_in", "Sham Legion", "Jabal al-Zawiya"),
        },
    ),
    # the group a leader cue speaks of may be another cue's object
    (
        "بدأ جيش الفرقان عام 2013 انطلاقا من لواء الحق في إدلب بقيادة النقيب أحمد العلي.",
        [
            actor("جيش الفرقان", "Jaysh al-Furqan"),
            actor("لواء الحق", "Liwa al-Haqq"),
            place("إدلب", "Idlib"),
            person("أحمد العلي", "Ahmad al-Ali"),
        ],
        {
            ("formerly_named", "Jaysh al-Furqan", "Liwa al-Haqq"),
            ("leader_of", "Ahmad al-Ali", "Liwa al-Haqq"),
        },
    ),
    # the topic of a long clause confronts what the cue names, far after it
    (
        "قال القيادي إن فيلق الشام في ريف إدلب ما زال يملك القوة التي تضمن بقاءه وهي "
        "الحاضنة الشعبية، وذلك في إطار التصدي للحملة التي تشنها قوات النظام.",
        [
            actor("فيلق الشام", "Sham Legion"),
            place("ريف إدلب", "Idlib countryside"),
            actor("قوات النظام", "Syrian Arab Army"),
        ],
        {("opposed_to", "Sham Legion", "Syrian Arab Army")},
    ),
    # … unless it was formed "to become" something under the name
    (
        "انضمت فصائل إلى تشكيل لواء الحق ليصبح تجمعا عسكريا تحت مسمى جيش الفرقان.",
        [actor("لواء الحق", "Liwa al-Haqq"), actor("جيش الفرقان", "Jaysh al-Furqan")],
        {("formerly_named", "Jaysh al-Furqan", "Liwa al-Haqq")},
    ),
    # a definite participle describes the name before it across its definite adjectives,
    # even when a preposition governs the name
    (
        "رصدت دوريات جيش مغاوير الثورة تحركات لميليشيا لواء فاطميون الأفغانية التابعة للحرس"
        " الثوري الإيراني قرب التنف.",
        [
            actor("جيش مغاوير الثورة", "Maghawir al-Thawra"),
            actor("لميليشيا لواء فاطميون", "Liwa Fatemiyoun"),
            actor("للحرس الثوري الإيراني", "Islamic Revolutionary Guard Corps"),
            place("التنف", "Al-Tanf"),
        ],
        {("part_of", "Liwa Fatemiyoun", "Islamic Revolutionary Guard Corps")},
    ),
    # an unnamed group noun "of" a named body: the noun merged, not the body …
    (
        "أعلنت ثلاثة فصائل عسكرية من الجيش الوطني السوري اندماجها في فيلق الشمال.",
        [
            actor("الجيش الوطني السوري", "Syrian National Army"),
            actor("فيلق الشمال", "Northern Legion"),
        ],
        set(),
    ),
    (
        "Three factions of the Syrian National Army merged into the Northern Legion.",
        [
            actor("Syrian National Army", "Syrian National Army"),
            actor("Northern Legion", "Northern Legion"),
        ],
        set(),
    ),
    # … but a relative clause after the body speaks of it
    (
        "Factions of the Syrian National Army, which is backed by Turkey, took the village.",
        [actor("Syrian National Army", "Syrian National Army"), actor("Turkey", "Turkey")],
        {("supported_by", "Syrian National Army", "Turkey")},
    ),
    # "belongs to": a group is part of another, a person a member of it
    (
        "The Hamza Division belongs to the Syrian National Army, and Capt. Omar Saleh"
        " belongs to the Hamza Division.",
        [
            actor("Hamza Division", "Hamza Division"),
            actor("Syrian National Army", "Syrian National Army"),
            person("Omar Saleh", "Omar Saleh"),
        ],
        {
            ("part_of", "Hamza Division", "Syrian National Army"),
            ("member_of", "Omar Saleh", "Hamza Division"),
        },
    ),
    # side by side
    (
        "The Sham Legion fought side by side with the Hamza Division near Saraqib.",
        [actor("Sham Legion", "Sham Legion"), actor("Hamza Division", "Hamza Division")],
        {("allied_with", "Hamza Division", "Sham Legion")},
    ),
    (
        "قاتل فيلق الشام جنباً إلى جنب مع فرقة الحمزة قرب سراقب.",
        [actor("فيلق الشام", "Sham Legion"), actor("فرقة الحمزة", "Hamza Division")],
        {("allied_with", "Hamza Division", "Sham Legion")},
    ),
    # "his defection to X"
    (
        "Lt. Samir Darwish announced his defection to the Sham Legion in a video.",
        [person("Samir Darwish", "Samir Darwish"), actor("Sham Legion", "Sham Legion")],
        {("defected_to", "Samir Darwish", "Sham Legion")},
    ),
    # After a copula the group noun is the predicate: the topic is what it speaks of.
    (
        "ويعد لواء الحق واحدا من أبرز الفصائل العاملة في ريف إدلب.",
        [actor("لواء الحق", "Liwa al-Haqq"), place("ريف إدلب", "Idlib countryside")],
        {("active_in", "Liwa al-Haqq", "Idlib countryside")},
    ),
    (
        "The Sham Legion is one of the largest factions operating in Idlib.",
        [actor("Sham Legion", "Sham Legion"), place("Idlib", "Idlib")],
        {("active_in", "Sham Legion", "Idlib")},
    ),
    # the commander of a group's unit is a member of the group, not its leader
    (
        "Capt. Sami Haddad became commander of the Sham Legion's Marj sector in 2016.",
        [person("Sami Haddad", "Sami Haddad"), actor("Sham Legion", "Sham Legion")],
        {("member_of", "Sami Haddad", "Sham Legion")},
    ),
    (
        "Capt. Sami Haddad became commander of the Sham Legion in 2016.",
        [person("Sami Haddad", "Sami Haddad"), actor("Sham Legion", "Sham Legion")],
        {("leader_of", "Sami Haddad", "Sham Legion")},
    ),
    # a merger's members: the list a colon or هي opens, not the enemy they fought
    (
        "تأسست حركة الفجر من اندماج ثلاث كتائب كانت تقاتل جيش النظام في ريف إدلب، "
        "هي كتيبة الأنصار وكتيبة البدر وسرية السنة.",
        [
            actor("حركة الفجر", "Fajr Movement"),
            actor("جيش النظام", "Syrian Arab Army"),
            place("ريف إدلب", "Idlib countryside"),
            actor("كتيبة الأنصار", "Ansar Battalion"),
            actor("كتيبة البدر", "Badr Battalion"),
            actor("سرية السنة", "Sunna Company"),
        ],
        {
            ("merged_into", "Ansar Battalion", "Fajr Movement"),
            ("merged_into", "Badr Battalion", "Fajr Movement"),
            ("merged_into", "Sunna Company", "Fajr Movement"),
        },
    ),
    (
        "The Hawks Front was formed by the merger of three units that had fought the army "
        "near Saraqib: the Ansar Battalion, the Badr Company and the Sunna Brigade.",
        [
            actor("Hawks Front", "Hawks Front"),
            actor("army", "Syrian Arab Army"),
            place("Saraqib", "Saraqib"),
            actor("Ansar Battalion", "Ansar Battalion"),
            actor("Badr Company", "Badr Company"),
            actor("Sunna Brigade", "Sunna Brigade"),
        ],
        {
            ("merged_into", "Ansar Battalion", "Hawks Front"),
            ("merged_into", "Badr Company", "Hawks Front"),
            ("merged_into", "Sunna Brigade", "Hawks Front"),
        },
    ),
    # a name right after the cue keeps its slot: "including" then lists others
    (
        "The Hawks Front fought against the army near Hama alongside several factions, "
        "including the Ansar Battalion and the Badr Battalion.",
        [
            actor("Hawks Front", "Hawks Front"),
            actor("army", "Syrian Arab Army"),
            place("Hama", "Hama"),
            actor("Ansar Battalion", "Ansar Battalion"),
            actor("Badr Battalion", "Badr Battalion"),
        ],
        {("opposed_to", "Hawks Front", "Syrian Arab Army")},
    ),
    (
        "The brigade renamed itself the Hawks Front after absorbing two local units, "
        "the Ansar Battalion and the Badr Company.",
        [
            actor("Hawks Front", "Hawks Front"),
            actor("Ansar Battalion", "Ansar Battalion"),
            actor("Badr Company", "Badr Company"),
        ],
        {
            ("merged_into", "Ansar Battalion", "Hawks Front"),
            ("merged_into", "Badr Company", "Hawks Front"),
        },
    ),
]


@pytest.mark.parametrize(("text", "mentions", "expected"), CASES)
def test_cue_relations(
    text: str, mentions: Sequence[MentionSpec], expected: set[tuple[str, str, str]]
) -> None:
    assert found(analysis_of(text, mentions)) == expected


def first(analysis: Analysis, kind: str) -> Relation:
    return next(r for r in find_relations(analysis, resources()) if r.type == kind)


@pytest.mark.parametrize(
    ("text", "mentions", "role"),
    [
        (
            "قال القائد العام لجيش العزة الرائد جميل الأحمد إن المعركة مستمرة.",
            [actor("جيش العزة", "Jaysh al-Izza"), person("جميل الأحمد", "Jamil al-Ahmad")],
            "commander-in-chief",
        ),
        (
            "قال نائب القائد العام لفيلق الشام النقيب عمر الحسن إن المعركة مستمرة.",
            [actor("فيلق الشام", "Sham Legion"), person("عمر الحسن", "Omar al-Hasan")],
            "deputy commander",
        ),
        (
            "Omar Khalid, spokesman for Jaysh al-Islam, denied the report.",
            [person("Omar Khalid", "Omar Khalid"), actor("Jaysh al-Islam", "Jaysh al-Islam")],
            "spokesman",
        ),
        # founders lead what they founded
        (
            "The Hawks Brigade, founded by Capt. Sami Haddad in 2013, fights near Idlib.",
            [actor("Hawks Brigade", "Hawks Brigade"), person("Sami Haddad", "Sami Haddad")],
            "founder",
        ),
        (
            "In 2013 Capt. Sami Haddad founded the Hawks Brigade.",
            [person("Sami Haddad", "Sami Haddad"), actor("Hawks Brigade", "Hawks Brigade")],
            "founder",
        ),
        (
            "لواء الصقور الذي أسسه النقيب سامي حداد عام 2013 يقاتل قرب إدلب.",
            [actor("لواء الصقور", "Hawks Brigade"), person("سامي حداد", "Sami Haddad")],
            "founder",
        ),
        (
            "أسس النقيب سامي حداد لواء الصقور عام 2013.",
            [person("سامي حداد", "Sami Haddad"), actor("لواء الصقور", "Hawks Brigade")],
            "founder",
        ),
        (
            "Sami Haddad, known as Abu Omar, commands the fighters of the Hawks Brigade.",
            [person("Sami Haddad", "Sami Haddad"), actor("Hawks Brigade", "Hawks Brigade")],
            "commander",
        ),
    ],
)
def test_roles_from_cues(text: str, mentions: Sequence[MentionSpec], role: str) -> None:
    relations = find_relations(analysis_of(text, mentions), resources())
    assert [r.role for r in relations] == [role]


def test_a_role_cue_keeps_the_group_a_participle_describes() -> None:
    """The spokesman speaks for the group after باسم, not for the coalition it is in."""
    analysis = analysis_of(
        "عقد المتحدث الرسمي باسم لواء الصقور المنضوي في الجبهة الوطنية للتحرير، النقيب "
        "سامي حداد، مؤتمراً صحفياً.",
        [
            actor("لواء الصقور", "Hawks Brigade"),
            actor("الجبهة الوطنية للتحرير", "National Front for Liberation"),
            person("سامي حداد", "Sami Haddad"),
        ],
    )
    found = {(r.type, r.subject, r.object) for r in find_relations(analysis, resources())}
    ids = {e.canonical: e.id for e in analysis.entities}
    hawks, front, sami = (
        ids[n] for n in ("Hawks Brigade", "National Front for Liberation", "Sami Haddad")
    )
    assert ("member_of", sami, hawks) in found
    assert ("member_of", sami, front) not in found
    assert ("part_of", hawks, front) in found


def read_relations(text: str, published: str = "2021-05-01") -> set[tuple[str, str, str]]:
    """(type, subject, object) of the relations the whole reader finds, by canonical name."""
    facts = Reader().read(text, published=published)
    names = {e.id: e.canonical for e in facts.entities}
    return {(r.type, names[r.subject], names[r.object]) for r in facts.relations}


def test_a_role_in_a_sentence_naming_no_group_is_held_in_the_main_group() -> None:
    text = (
        "لواء الصقور يخرّج دفعة جديدة\n\n"
        "أعلن لواء الصقور تخريج دفعة جديدة من المقاتلين في معسكره قرب إدلب. وتحدث القائد "
        "العام العقيد سامي حداد أمام الخريجين.\n\n"
        "وقال القيادي عمر الخالد، مدير المكتب الإعلامي في حركة أحرار الشام، إن اللواء "
        "يقاتل على جبهات عدة.\n"
    )
    found = read_relations(text)
    assert ("leader_of", "سامي حداد", "لواء الصقور") in found
    # a sentence that names a group leaves its persons to that group's cues
    assert not [f for f in found if f[1] == "عمر الخالد" and f[2] == "لواء الصقور"]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # a state office is no role in the group
        ("وقال الرئيس بشار الأسد إن الجيش سيستعيد كل شبر.", set()),
        # the group the sentence before names wins over the main group
        (
            "وفي إدلب، خرّجت هيئة تحرير الشام دفعة من عناصرها. وتحدث القائد العام العقيد سامي "
            "حداد أمام الخريجين.",
            {("leader_of", "سامي حداد", "Hayat Tahrir al-Sham")},
        ),
    ],
)
def test_a_role_naming_no_group_is_not_always_the_main_groups(
    second: str, expected: set[tuple[str, str, str]]
) -> None:
    text = f"قصف جيش العزة مواقع قوات النظام في ريف حماة اليوم.\n\n{second}\n"
    found = read_relations(text)
    assert {f for f in found if f[0] in ("leader_of", "member_of")} == expected


def test_we_opening_a_clause_lists_no_earlier_name_with_it() -> None:
    """ "… from Qatar, and we count the Turkish army a partner": Qatar is no partner."""
    text = (
        "حوار مع قائد في لواء الصقور\n\n"
        "لواء الصقور فصيل معارض في ريف إدلب.\n\n"
        "س: من أين يأتيكم السلاح؟\n"
        "ج: الذخائر تصلنا من قطر، ونحن نعدّ الجيش التركي شريكاً في معركتنا.\n\n"
        "س: من هم أعداؤكم؟\n"
        "ج: النظام.\n"
    )
    allies = {(s, o) for t, s, o in read_relations(text, "2022-05-18") if t == "allied_with"}
    assert allies == {("لواء الصقور", "Turkish Armed Forces")}


def test_role_of_the_person_mention() -> None:
    analysis = analysis_of(
        "President Bashar Ahmad of Syria spoke.",
        [person("Bashar Ahmad", "Bashar Ahmad"), actor("Syria", "Syria")],
    )
    relation = first(with_details(analysis, roles={"Bashar Ahmad": "president"}), "leader_of")
    assert (relation.role, relation.confidence < 0.5) == ("president", True)


def test_supplied_things() -> None:
    analysis = analysis_of(
        "Qatar supplied the Sham Legion with TOW missiles and ammunition.",
        [actor("Qatar", "Qatar"), actor("Sham Legion", "Sham Legion")],
    )
    relation = first(analysis, "supported_by")
    names = {e.id: e.canonical for e in analysis.entities}
    assert (names[relation.subject], names[relation.object]) == ("Sham Legion", "Qatar")
    assert relation.supplied == "anti-tank missiles, ammunition"


@pytest.mark.parametrize(
    ("text", "time", "start", "end"),
    [
        ("Ali Nour led Jaysh al-Islam until 2019.", "2019", None, "2019"),
        ("Ali Nour has led Jaysh al-Islam since 2016.", "2016", "2016", None),
        ("In 2018 Ali Nour retired as commander of Jaysh al-Islam.", "2018", None, "2018"),
    ],
)
def test_dates(text: str, time: str, start: str | None, end: str | None) -> None:
    at = text.index(time)
    times = [TimeExpr(Span(at, at + len(time)), time, "year")]
    analysis = analysis_of(
        text,
        [person("Ali Nour", "Ali Nour"), actor("Jaysh al-Islam", "Jaysh al-Islam")],
        times=times,
    )
    relation = first(analysis, "leader_of")
    assert (relation.start, relation.end) == (start, end)


def test_groups_forming_an_operations_room_are_part_of_it() -> None:
    analysis = analysis_of(
        "أعلن جيش الإسلام وفيلق الرحمن تشكيل غرفة عمليات تحت اسم ردع العدوان.",
        [
            actor("جيش الإسلام", "Jaysh al-Islam"),
            actor("فيلق الرحمن", "Al-Rahman Legion"),
            actor("ردع العدوان", "Deterrence of Aggression"),
        ],
    )
    rooms = with_details(analysis, features={"Deterrence of Aggression": "operations_room"})
    assert found(rooms) == {
        ("part_of", "Jaysh al-Islam", "Deterrence of Aggression"),
        ("part_of", "Al-Rahman Legion", "Deterrence of Aggression"),
    }


def test_merge_keeps_the_most_confident_and_fills_gaps() -> None:
    evidence = Evidence(Span(0, 1), Span(0, 1))
    low = Relation("opposed_to", "e2", "e1", evidence, start="2015", confidence=0.4)
    high = Relation("opposed_to", "e1", "e2", evidence, end="2019", confidence=0.8)
    merged = merge_relations([low, high])
    assert [(r.subject, r.object, r.start, r.end, r.confidence) for r in merged] == [
        ("e1", "e2", "2015", "2019", 0.8)
    ]


def test_every_relation_has_evidence_and_reason() -> None:
    text = "قاتل فيلق الشام ضد قوات النظام."
    analysis = analysis_of(
        text, [actor("فيلق الشام", "Sham Legion"), actor("قوات النظام", "Syrian Arab Army")]
    )
    (relation,) = find_relations(analysis, resources())
    assert text[relation.evidence.span.start : relation.evidence.span.end] == (
        "فيلق الشام ضد قوات النظام"
    )
    assert "ضد" in relation.reason or "relation_cues.tsv" in relation.reason
