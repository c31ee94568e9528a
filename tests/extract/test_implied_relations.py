"""Relations through the whole reader: stand-ins for the main group, the sides of
violent events, tight slots, supply verbs and defectors (texts in our own words)."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.api import Reader

Triple = tuple[str, str, str]


@cache
def reader() -> Reader:
    return Reader()


def relations(text: str) -> set[Triple]:
    """(type, subject, object) by canonical name; symmetric types in name order."""
    facts = reader().read(text, published="2020-01-01")
    names = {e.id: e.canonical for e in facts.entities}
    found: set[Triple] = set()
    for r in facts.relations:
        pair = [names[r.subject], names[r.object]]
        if r.type in ("allied_with", "opposed_to"):
            pair.sort()
        found.add((r.type, pair[0], pair[1]))
    return found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "The Northern Hawks Brigade was formed in 2014 in Atarib. "
            "Turkey supplied the group with anti-tank missiles.",
            ("supported_by", "Northern Hawks Brigade", "Turkey"),
        ),
        (
            "تأسس تجمع صقور الساحل عام 2016 في جبل الأكراد. "
            "وفي عام 2018 انضم التجمع إلى الجبهة الوطنية للتحرير.",
            ("part_of", "تجمع صقور الساحل", "National Front for Liberation"),
        ),
        (
            "Hayat Tahrir al-Sham and Ahrar al-Sham shelled positions of the Syrian Army "
            "near Kafr Nabl on Monday.",
            ("opposed_to", "Hayat Tahrir al-Sham", "Syrian Arab Army"),
        ),
        (
            "Hayat Tahrir al-Sham and Ahrar al-Sham shelled positions of the Syrian Army "
            "near Kafr Nabl on Monday.",
            ("allied_with", "Ahrar al-Sham", "Hayat Tahrir al-Sham"),
        ),
        # "the new army" / الكيان الجديد is the group the report is about
        (
            "The Dawn Army was announced in 2016 by three units: the Ansar Battalion, the "
            "Badr Battalion and the Sunna Brigade, which merged into the new army.",
            ("merged_into", "Badr Battalion", "Dawn Army"),
        ),
        (
            "أعلن جيش الفجر تأسيسه عام 2016. وعُيّن العقيد سامي حداد قائداً عاماً للكيان الجديد.",
            ("leader_of", "سامي حداد", "جيش الفجر"),
        ),
        (
            "قتل عنصران من اللواء الثامن التابع للفيلق الخامس بانفجار عبوة.",
            ("part_of", "اللواء الثامن", "5th Assault Corps"),
        ),
        (
            "Capt. Sami Haddad leads the Sham Legion's forces in Idlib.",
            ("leader_of", "Sami Haddad", "Sham Legion"),
        ),
        (
            "قاتل لواء الفجر المعارض للنظام في ريف حلب.",
            ("opposed_to", "Syrian Arab Army", "لواء الفجر"),
        ),
        (
            "Turkey provided the Sultan Murad Division with armoured vehicles.",
            ("supported_by", "Sultan Murad Division", "Turkey"),
        ),
        (
            "A commander of the Hamza Division, Capt. Walid Sheikho, announced his defection.",
            ("member_of", "Walid Sheikho", "Hamza Division"),
        ),
        (
            "قاد الفصيل الرائد جميل الصالح المنشق عن قوات النظام.",
            ("member_of", "Jamil al-Saleh", "Syrian Arab Army"),
        ),
        (
            "The Levant Front's spokesman, Maj. Hassan Dayoub, told reporters on Monday.",
            ("member_of", "Hassan Dayoub", "Levant Front"),
        ),
    ],
)
def test_relation_is_found(text: str, wanted: Triple) -> None:
    assert wanted in relations(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # "the division" cannot stand for a group whose name is not a division
        (
            "Jaysh al-Nasr was formed in 2015. In 2018 the division joined the "
            "National Front for Liberation.",
            ("part_of", "Jaysh al-Nasr", "National Front for Liberation"),
        ),
        # an opposition adjective opposes only the name right after it
        (
            "لواء الفجر فصيل عسكري سوري معارض ينشط في ريف حلب، ويتبع للجيش الوطني السوري.",
            ("opposed_to", "Syrian National Army", "لواء الفجر"),
        ),
        # a bare تابعة describes the word right before it, not a name far before
        (
            "قتل قيادي في وحدات حماية الشعب بضربة نفذتها طائرة مسيرة تابعة للجيش التركي.",
            ("part_of", "People's Protection Units", "Turkish Armed Forces"),
        ),
        # "the new group" after "a new group" is that unnamed group, not the main one
        (
            "The Sham Legion said two of its former units had formed a new group near "
            "Idlib. Capt. Omar Halabi was named commander of the new group.",
            ("leader_of", "Omar Halabi", "Sham Legion"),
        ),
        (
            "أعلن جيش الفجر أن وحدات منه شكلت كيان جديد. وعُيّن العقيد سامي حداد قائداً "
            "عاماً للكيان الجديد.",
            ("leader_of", "سامي حداد", "جيش الفجر"),
        ),
        # a giving verb without anything supplied is no support
        (
            "The Syrian Army provided a statement about Jaysh al-Nasr.",
            ("supported_by", "Jaysh al-Nasr", "Syrian Arab Army"),
        ),
        # "commander of" takes the group written right after it, not one far away
        (
            "Col. Ziad al-Mousa, who was named commander of the new body, said the room "
            "brings together the Levant Front and Jaysh al-Nasr.",
            ("leader_of", "Ziad al-Mousa", "Levant Front"),
        ),
        # a subject that is merely mentioned before the trigger is not an ally of the agent
        (
            "ويبدو في الفيديو فرار عناصر قوات النظام، وقيام مقاتلي جيش العزة بقصف الحاجز.",
            ("allied_with", "Jaysh al-Izza", "Syrian Arab Army"),
        ),
    ],
)
def test_relation_is_not_found(text: str, unwanted: Triple) -> None:
    assert unwanted not in relations(text)


def test_no_stand_in_before_the_group_is_named() -> None:
    found = relations("Turkey supplied the group with missiles. Jaysh al-Nasr was formed in 2015.")
    assert ("supported_by", "Jaysh al-Nasr", "Turkey") not in found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a group in an aside after the subject does not become the agent
        (
            "أعلن فصيل جيش النصر، المنضوي في صفوف الجبهة الوطنية للتحرير، صدّ محاولة تقدم "
            "لقوات النظام على محور قرية الحويز.",
            ("opposed_to", "Jaysh al-Nasr", "Syrian Arab Army"),
        ),
        (
            "وشاركت حركة أحرار الشام، وهي من مكونات الجبهة الوطنية للتحرير، في المعارك.",
            ("part_of", "Ahrar al-Sham", "National Front for Liberation"),
        ),
        # "fighters of X" still act
        (
            "Fighters of the Levant Front shelled positions of the Syrian Democratic Forces "
            "near Marea.",
            ("opposed_to", "Levant Front", "Syrian Democratic Forces"),
        ),
    ],
)
def test_agents_and_components(text: str, wanted: Triple) -> None:
    assert wanted in relations(text)


def test_a_governed_name_before_a_cue_is_passed_over() -> None:
    found = relations(
        "وانضمت فصائل ثورية مناهضة للنظام إلى لواء شهداء اللطامنة تحت مسمى تجمع العزة."
    )
    assert not any(t[0] == "formerly_named" and "Syrian Arab Army" in t for t in found)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "The Northern Hawks Brigade is a Syrian rebel group affiliated with the Free "
            "Syrian Army active in the western Aleppo countryside.",
            ("active_in", "Northern Hawks Brigade", "Western Aleppo countryside"),
        ),
        (
            "تمكنت قوات المعارضة السورية، ممثلة بفصيل جيش العزة، من صد الهجوم.",
            ("part_of", "Jaysh al-Izza", "Syrian opposition forces"),
        ),
    ],
)
def test_topic_and_representation(text: str, wanted: Triple) -> None:
    assert wanted in relations(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # أحد مواقع: one of the army's positions, not a group belonging to it
        (
            "هاجمت هيئة تحرير الشام أحد مواقع قوات النظام في ريف إدلب.",
            ("part_of", "Hayat Tahrir al-Sham", "Syrian Arab Army"),
        ),
        # the topic of "is a" is the name before the copula, not the sentence's first
        (
            "After Hayat Tahrir al-Sham took Atarib, the Northern Hawks Brigade is a group "
            "active in the western Aleppo countryside.",
            ("active_in", "Hayat Tahrir al-Sham", "Western Aleppo countryside"),
        ),
    ],
)
def test_review_cases(text: str, unwanted: Triple) -> None:
    assert unwanted not in relations(text)


def test_a_state_is_not_the_group() -> None:
    found = relations(
        "Turkey sends new weapons to Jaysh al-Izza\n\nTurkey delivered anti-tank missiles "
        "on Monday. The group said it had received the first shipment."
    )
    assert not any(t[1] == "Turkey" and t[0] == "supported_by" for t in found)


def test_backers_named_in_a_fight_are_suppliers_not_sides() -> None:
    found = relations(
        "تأسس لواء صقور الجبل عام 2013. واشتهر الفصيل باستخدام الصواريخ المضادة للدروع "
        "التي حصل عليها من داعمين بينهم تركيا وقطر."
    )
    assert ("supported_by", "لواء صقور الجبل", "Turkey") in found
    sides = {t for t in found if t[0] in ("allied_with", "opposed_to")}
    assert not sides


def test_a_group_is_not_the_enemy_of_its_former_name() -> None:
    found = relations(
        "The Dawn Brigade, formerly the Dawn Battalion, shelled positions of the "
        "Syrian Army and captured the Dawn Battalion's old checkpoint near Atarib."
    )
    assert ("formerly_named", "Dawn Brigade", "Dawn Battalion") in found
    assert not {
        t for t in found if t[0] == "opposed_to" and "Dawn Brigade" in t and "Dawn Battalion" in t
    }


def test_the_group_type_word_points_back_to_the_last_group_it_heads() -> None:
    # التجمع stands for تجمع أحرار الشمال, not for the main group (a جيش)
    found = relations(
        "تأسس جيش الصاعقة عام 2013 في ريف حلب. وفي عام 2014 انضمت إلى تجمع أحرار الشمال "
        "كتائب محلية كثيرة، ثم قررت قيادة التجمع تشكيل جيش منظم تحت مسمى جيش أحرار الشمال."
    )
    assert ("formerly_named", "جيش أحرار الشمال", "تجمع أحرار الشمال") in found


def test_a_bare_group_word_opens_a_name_and_points_back_to_nothing() -> None:
    # لواء without the article begins another (unnamed) brigade, not "the brigade"
    found = relations(
        "انضمت إلى لواء صقور الجبل كتائب كثيرة. وقاتل لواء محلي صغير ضد قوات النظام قرب القرية."
    )
    assert not [t for t in found if t[0] == "opposed_to"]


def test_a_copula_without_a_named_subject_speaks_of_the_main_group() -> None:
    text = (
        "لواء صقور الجبل\n\nيعتبر من أبرز الفصائل العسكرية التابعة للجبهة الوطنية للتحرير "
        "في ريف إدلب.\n\nتأسس لواء صقور الجبل عام 2013."
    )
    assert ("part_of", "لواء صقور الجبل", "National Front for Liberation") in relations(text)


def test_a_copula_before_a_name_has_that_name_as_subject() -> None:
    text = (
        "لواء صقور الجبل\n\nتأسس لواء صقور الجبل عام 2013.\n\nيعد فيلق الشام من أبرز "
        "الفصائل التابعة للجبهة الوطنية للتحرير."
    )
    found = relations(text)
    assert ("part_of", "Sham Legion", "National Front for Liberation") in found
    assert ("part_of", "لواء صقور الجبل", "National Front for Liberation") not in found


def test_a_state_named_as_a_weapon_origin_is_not_a_side() -> None:
    found = relations(
        "The Sham Legion said it shot down a regime helicopter near Saraqib with a missile "
        "of US manufacture."
    )
    assert not [t for t in found if "United States" in t]


def test_founded_under_a_name_gives_the_first_name() -> None:
    found = relations(
        "جيش الفرقان من فصائل ريف إدلب. وأسس الرائد أحمد العلي عام 2013 النواة الأولى "
        "للفصيل تحت اسم لواء الحق، ثم قاده حتى اليوم."
    )
    assert ("formerly_named", "جيش الفرقان", "لواء الحق") in found
    assert ("formerly_named", "لواء الحق", "جيش الفرقان") not in found


def test_a_plural_group_word_stands_for_a_group_so_named() -> None:
    found = relations(
        "أعلنت كتائب الفجر مقتل قائدها.\n\n"
        "وتؤكد الكتائب، بوصفها أحد مكونات الجبهة الوطنية للتحرير، أنها ماضية في القتال."
    )
    assert ("part_of", "كتائب الفجر", "National Front for Liberation") in found


def test_a_force_whose_name_carries_a_state_belongs_to_it() -> None:
    found = relations(
        "قصفت المقاتلات الروسية بلدة كفرنبل، فيما نفت وزارة الدفاع الروسية ذلك. "
        "وتقول المعارضة إن الطائرات التركية لم تشارك."
    )
    assert ("part_of", "Russian Air Force", "Russia") in found
    assert not [t for t in found if t[0] == "part_of" and t[2] == "Turkey" and "Russia" in t[1]]


def test_a_force_the_actors_table_gives_a_state_belongs_to_the_state_named() -> None:
    found = relations(
        "Russian warplanes struck the town of Kafr Nabl at dawn. Russia has denied "
        "targeting civilians. Turkey condemned the strike."
    )
    assert ("part_of", "Russian Air Force", "Russia") in found
    assert not [t for t in found if t[0] == "part_of" and t[2] == "Turkey"]


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات عنيفة قرب بلدة اللطامنة بين قوات النظام وحزب الله من جهة، وجيش "
        "النصر وجيش العزة من جهة أخرى.",
        "Heavy clashes broke out near Kafr Zita between the Syrian Army and Hezbollah on one "
        "side and Jaysh al-Nasr and Jaysh al-Izza on the other.",
    ],
)
def test_a_clash_between_two_sides_named_on_one_side_and_on_the_other(text: str) -> None:
    found = relations(text)
    government, militia = "Syrian Arab Army", "Hezbollah"
    rebels = ("Jaysh al-Izza", "Jaysh al-Nasr")
    assert ("allied_with", *sorted((government, militia))) in found
    assert ("allied_with", *sorted(rebels)) in found
    for one in (government, militia):
        for other in rebels:
            assert ("opposed_to", *sorted((one, other))) in found
    assert ("opposed_to", *sorted((government, militia))) not in found


def test_the_operations_room_points_back_to_the_room_last_named() -> None:
    found = relations(
        'Three factions formed the "Coastal Shield" operations room on Sunday. The '
        "operations room brings together Jaysh al-Nasr, the Northern Hawks Brigade and "
        "Ahrar al-Jabal, and will be headquartered in Jisr al-Shughur."
    )
    for member in ("Jaysh al-Nasr", "Northern Hawks Brigade"):
        assert ("part_of", member, "Coastal Shield") in found


@pytest.mark.parametrize(
    "text",
    [
        "نشط جيش النصر في ريف حماة الشمالي منذ عام 2015.",
        "جيش النصر نشط في ريف حماة الشمالي.",
    ],
)
def test_the_past_tense_of_active_in(text: str) -> None:
    assert ("active_in", "Jaysh al-Nasr", "Northern Hama countryside") in relations(text)


def test_a_place_written_with_albu_joined_is_found() -> None:
    found = relations("وتنتشر الميليشيات الإيرانية في الميادين والبوكمال.")
    assert ("active_in", "Iranian-backed militias", "Albu Kamal") in found


def test_backers_named_in_a_fight_are_not_its_participants() -> None:
    facts = reader().read(
        "تأسس لواء صقور الجبل عام 2013. واشتهر الفصيل باستخدام الصواريخ المضادة للدروع "
        "التي حصل عليها من داعمين بينهم تركيا وقطر.",
        published="2020-01-01",
    )
    names = {e.id: e.canonical for e in facts.entities}
    assert facts.events
    for event in facts.events:
        assert not {names[a] for a in event.actors} & {"Turkey", "Qatar"}


def test_from_the_direction_of_is_no_side() -> None:
    found = relations(
        "هاجمت قوات النظام مواقع هيئة تحرير الشام من جهة بلدة كفرنبل بمساندة من القوات الروسية."
    )
    assert ("opposed_to", "Hayat Tahrir al-Sham", "Syrian Arab Army") in found
    assert ("allied_with", "Hayat Tahrir al-Sham", "Syrian Arab Army") not in found
