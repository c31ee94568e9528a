"""Claims through the whole reader: victims, "others", asides, headlines and infobox
size lines (texts written for these tests)."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.api import Reader
from marsad.records import ClaimValue, DocumentFacts

Claimed = tuple[str, str, ClaimValue]


@cache
def reader() -> Reader:
    return Reader()


def read(text: str, published: str = "2020-03-02") -> DocumentFacts:
    return reader().read(text, published=published)


def claims(text: str) -> list[Claimed]:
    facts = read(text)
    names = {e.id: e.canonical for e in facts.entities}
    return [(c.property, names.get(c.subject, c.subject), c.value) for c in facts.claims]


def test_victims_named_after_the_number_are_the_subject() -> None:
    found = claims("قُتل سبعة مدنيين وأصيب أكثر من 25 آخرين جراء قصف قوات النظام على بلدة كنصفرة.")
    assert ("fatalities", "Civilians", ClaimValue(exact=7)) in found
    assert ("injured", "Civilians", ClaimValue(min=25)) in found


def test_english_victims_and_participles() -> None:
    found = claims(
        "Russian warplanes struck the village of Maarshurin on Thursday, killing four "
        "civilians and wounding at least nine people."
    )
    assert ("fatalities", "Civilians", ClaimValue(exact=4)) in found
    assert ("injured", "Civilians", ClaimValue(min=9)) in found


def test_a_small_vague_amount_is_not_a_claim() -> None:
    found = claims("The Hamza Division said several of its fighters were wounded near Azaz.")
    assert not [c for c in found if c[0] == "injured"]


def test_event_after_an_aside_gives_the_property() -> None:
    found = claims(
        "On 4 May 2020, 300 fighters of the Sham Legion, including two field commanders, "
        "reportedly defected to Hayat Tahrir al-Sham."
    )
    assert ("members_defected", "Sham Legion", ClaimValue(exact=300)) in found


def test_an_event_word_between_two_numbers_belongs_to_the_first() -> None:
    found = claims(
        "A Levant Front commander said 12 fighters of the Syrian Democratic Forces were "
        "killed and 5 were taken prisoner."
    )
    assert ("fatalities", "Syrian Democratic Forces", ClaimValue(exact=12)) in found
    assert ("captured", "Syrian Democratic Forces", ClaimValue(exact=5)) in found


def test_a_headline_repeating_the_story_is_one_claim() -> None:
    text = (
        "مقتل 9 مدنيين بغارات على أريحا\n\n"
        "قُتل 9 مدنيين اليوم بغارات روسية على مدينة أريحا، وفق ما قال الدفاع المدني."
    )
    assert [c for c in claims(text) if c[0] == "fatalities"] == [
        ("fatalities", "Civilians", ClaimValue(exact=9))
    ]


def test_infobox_size_lines_are_strength_claims_with_source_and_date() -> None:
    text = (
        "Ahrar al-Jabal Brigade\n"
        "Leaders Col. Samir Haddad\n"
        "Size\n"
        "  • 800 (mid 2017)[1]\n"
        "  • March 2020:\n"
        "    • 450 (opposition activists' claim)[2]\n"
        "Part of National Front for Liberation\n\n"
        "The Ahrar al-Jabal Brigade is an armed group active in Latakia.\n\n"
        '1. ^ "Coastal factions regroup". Coast Monitor. 3 July 2017.\n'
        '2. ^ "Numbers fall in the mountains". Latakia Now. 9 March 2020.\n'
    )
    facts = read(text, published="2021")
    names = {e.id: e.canonical for e in facts.entities}
    sizes = {
        (names.get(c.subject), c.value.exact, c.as_of, c.claimant)
        for c in facts.claims
        if c.property == "strength"
    }
    assert ("Ahrar al-Jabal Brigade", 800, "2017", "Coast Monitor") in sizes
    assert ("Ahrar al-Jabal Brigade", 450, "2020-03", "opposition activists'") in sizes


def test_we_in_an_answer_is_the_interviewees_group() -> None:
    text = (
        "Interview: the commander of the Hamza Division speaks\n\n"
        "Q: How many fighters does the Hamza Division have?\n"
        "A: We have more than 4,000 fighters. Last month we lost 9 martyrs near Afrin.\n"
    )
    found = claims(text)
    assert ("strength", "Hamza Division", ClaimValue(min=4000)) in found
    assert ("fatalities", "Hamza Division", ClaimValue(exact=9)) in found


def test_the_one_who_acts_does_not_own_what_was_destroyed() -> None:
    text = 'قال قائد في جيش النصر إن "قوات النظام تقدمت نحو الحويز ودمّرنا 3 آليات لها" في المعارك.'
    found = claims(text)
    assert not [c for c in found if c[0] == "vehicles_destroyed" and c[1] == "Jaysh al-Nasr"]


def test_lost_counts_the_losers() -> None:
    found = claims("The Syrian Democratic Forces lost 3 fighters in the attack on Maranaz.")
    assert ("fatalities", "Syrian Democratic Forces", ClaimValue(exact=3)) in found


def test_a_count_listed_after_a_toll_is_a_toll() -> None:
    found = claims(
        "A monitor put the toll at 9 soldiers and 4 Hayat Tahrir al-Sham fighters on Monday."
    )
    assert ("fatalities", "Hayat Tahrir al-Sham", ClaimValue(exact=4)) in found
    assert not [c for c in found if c[0] == "strength"]


def test_two_casualty_words_joined_count_one_number() -> None:
    found = claims("وكبّد مقاتلو جيش النصر قوات النظام عشرات القتلى والجرحى.")
    assert ("killed_and_injured", "Syrian Arab Army", ClaimValue(min=20, max=99)) in found


def test_a_second_number_keeps_its_own_word() -> None:
    found = claims("قال المتحدث إن أكثر من 40 عنصراً من قوات النمر قُتلوا وجُرح العشرات.")
    assert ("fatalities", "Tiger Forces", ClaimValue(min=40)) in found


def test_one_number_at_two_dates_is_two_claims() -> None:
    facts = read("In 2015 Jaysh al-Nasr had 2,500 fighters. In 2019 Jaysh al-Nasr still had "
                 "2,500 fighters.")  # fmt: skip
    assert sorted(c.as_of or "" for c in facts.claims if c.property == "strength") == [
        "2015",
        "2019",
    ]


def test_people_counted_in_a_strength_are_not_civilians() -> None:
    found = claims("Jaysh al-Nasr numbers 3,000 people, its commander said.")
    assert ("strength", "Jaysh al-Nasr", ClaimValue(exact=3000)) in found


def test_a_backer_named_after_backed_by_does_not_own_the_number() -> None:
    found = claims(
        "صدّت هيئة تحرير الشام هجوماً لقوات النظام المدعومة بالطيران الروسي، ودمرت 7 دبابات."
    )
    subjects = {c[1] for c in found if c[0] == "vehicles_destroyed"}
    assert subjects == {"Syrian Arab Army"}
    english = claims(
        "The Sham Legion held off an assault by government forces backed by Russian "
        "aircraft and destroyed 4 tanks."
    )
    assert {c[1] for c in english if c[0] == "vehicles_destroyed"} == {"Syrian Arab Army"}


def test_villages_taken_fled_soldiers_and_hosted_refugees_are_claims() -> None:
    found = claims(
        "سيطرت قوات النظام على 12 قرية في ريف إدلب الجنوبي. وأظهر مقطع فيديو قيام "
        "عشرات الجنود التابعين لقوات النظام بالفرار من جبهة كفرنبودة."
    )
    assert ("localities_captured", "Syrian Arab Army", ClaimValue(exact=12)) in found
    assert any(c[0] == "fled" and c[1] == "Syrian Arab Army" for c in found)
    hosted = claims("Turkey hosts more than 3 million Syrian refugees, the minister said.")
    assert ("refugees_hosted", "Turkey", ClaimValue(min=3_000_000)) in hosted


def test_each_speaker_of_a_sentence_claims_their_own_number() -> None:
    facts = read(
        "اندلعت اشتباكات بين مقاتلي لواء صقور الجبل وقوات النظام قرب سراقب.\n\n"
        "وقال المرصد السوري لحقوق الإنسان إن ١٢ مقاتلاً على الأقل قُتلوا، في حين قال قائد "
        "اللواء المقدم سامر الحسين إن اثنين فقط من عناصره قُتلوا.\n\n"
        "ويقول اللواء إن عدد مقاتليه يبلغ نحو ٦٠٠ مقاتل."
    )
    names = {e.id: e.canonical for e in facts.entities}
    found = {(c.property, c.value, names.get(c.claimant or "", c.claimant)) for c in facts.claims}
    assert ("fatalities", ClaimValue(min=12), "Syrian Observatory for Human Rights") in found
    assert ("fatalities", ClaimValue(exact=2), "سامر الحسين") in found
    assert ("strength", ClaimValue(approx=600), "لواء صقور الجبل") in found
    assert "المقدم" not in names.values()  # a rank after a rank is not a name


def test_a_date_past_while_belongs_to_the_other_clause() -> None:
    facts = read(
        "انفصل نحو 300 مقاتل عن لواء صقور الجبل يوم الأحد 6 تشرين الأول 2019.\n\n"
        "وقدّرت وكالة ستيب الإخبارية أن مقاتلي لواء صقور الجبل لا يزيدون على 400 مقاتل، في حين "
        "كانت رويترز قد قدّرت قوامه بنحو 1200 مقاتل أواخر 2016."
    )
    found = {(c.property, c.value, c.as_of, c.claimant) for c in facts.claims}
    names = {e.id: e.canonical for e in facts.entities}
    found = {(p, v, a, names.get(c or "", c)) for p, v, a, c in found}
    assert ("members_defected", ClaimValue(approx=300), "2019-10-06", None) in {
        (p, v, a, None) for p, v, a, _ in found
    }
    assert ("strength", ClaimValue(max=400), "2020-03-02", "Step News Agency") in found
    assert ("strength", ClaimValue(approx=1200), "2016", "Reuters") in found


def test_counts_listed_after_a_toll_and_its_owner_are_casualties_too() -> None:
    found = claims(
        "قُتل في المعارك ٩ عناصر من قوات النظام والميليشيات الموالية لها، و٥ من "
        "مقاتلي جيش النصر، بينهم ٢ من جيش العزة."
    )
    assert ("fatalities", "Syrian Arab Army", ClaimValue(exact=9)) in found
    assert ("fatalities", "Jaysh al-Nasr", ClaimValue(exact=5)) in found
    assert ("fatalities", "Jaysh al-Izza", ClaimValue(exact=2)) in found


def test_a_part_of_a_toll_with_no_group_of_its_own_is_no_claim_apart() -> None:
    found = claims("وثّق المرصد مقتل ١١ مدنياً، بينهم ٤ أطفال، في قصف على بلدة بنش.")
    assert ("fatalities", "Civilians", ClaimValue(exact=11)) in found
    assert not [c for c in found if c[2] == ClaimValue(exact=4)]


def test_fighters_who_defect_in_the_present_tense_are_members_defected() -> None:
    found = claims(
        "The Dawn Brigade was formed in 2014 in Atarib. On 9 October 2019 around 500 of "
        "its fighters defect, joining the Sham Legion."
    )
    assert ("members_defected", "Dawn Brigade", ClaimValue(approx=500)) in found


def test_a_count_with_its_own_predicate_after_a_toll_is_no_toll() -> None:
    found = claims(
        "Russian strikes killed 17 members of Jaysh al-Izza in Hama, and 2,000 fighters of "
        "the group remain in Latamneh."
    )
    assert ("fatalities", "Jaysh al-Izza", ClaimValue(exact=17)) in found
    assert ("fatalities", "Jaysh al-Izza", ClaimValue(exact=2000)) not in found


def test_an_owner_that_goes_on_with_and_keeps_the_event_word_after_it() -> None:
    found = claims(
        "The monitor said at least 41 members of government forces and allied militias "
        "had been killed since the assault began."
    )
    assert ("fatalities", "Syrian Arab Army", ClaimValue(min=41)) in found
    assert not [c for c in found if c[0] == "strength"]


def test_a_count_added_with_as_well_as_after_a_toll_is_a_toll() -> None:
    found = claims(
        "The monitor said at least 41 members of government forces had been killed since "
        "Friday, as well as 38 Hayat Tahrir al-Sham fighters."
    )
    assert ("fatalities", "Hayat Tahrir al-Sham", ClaimValue(exact=38)) in found


def test_a_verb_right_before_a_number_is_its_own_event() -> None:
    found = claims(
        "The Sham Legion said it destroyed three tanks near Samka on Monday and killed "
        "dozens of soldiers of the Syrian Army."
    )
    assert ("fatalities", "Syrian Arab Army", ClaimValue(min=20, max=99)) in found
    assert not [c for c in found if c[0] == "strength"]


def test_the_dead_of_those_who_acted_are_the_side_before_them() -> None:
    found = claims(
        "Talk with a commander of Ahrar al-Sharqiya\n\n"
        "EV: What happened last week?\n"
        "Al-Hussein: SDF militias tried to infiltrate our positions at night. "
        "We were ready for them. We killed 12 of them and took 2 prisoners.\n\n"
        "EV: And then?\nAl-Hussein: Quiet.\n"
    )
    assert ("fatalities", "Syrian Democratic Forces", ClaimValue(exact=12)) in found
    assert not [c for c in found if c[1] == "Ahrar al-Sharqiya"]


GOING_OVER = [
    # people who go along with a defection: members defected, of the side they left
    (
        "Capt. Omar Haddad, a commander in the Sultan Murad Division, defected to Hayat "
        "Tahrir al-Sham together with about 120 of his fighters.",
        ("members_defected", "Sultan Murad Division", ClaimValue(approx=120)),
    ),
    (
        "أعلن قائد في فرقة السلطان مراد انشقاقه مع نحو 120 من عناصره "
        "وانضمامه إلى هيئة تحرير الشام.",
        ("members_defected", "Sultan Murad Division", ClaimValue(approx=120)),
    ),
    # people of a named side who join another are members who defected, not factions
    (
        "More than 200 fighters of the Hamza Division, led by a field commander, joined "
        "the Sham Legion last week.",
        ("members_defected", "Hamza Division", ClaimValue(min=200)),
    ),
    (
        "Dozens of members of Jaysh al-Islam, another Damascus group, joined the Sham Legion.",
        ("members_defected", "Jaysh al-Islam", ClaimValue(min=20, max=99)),
    ),
    # factions that join are still factions joined, and the strength of a side stays
    (
        "Five factions joined the Sham Legion in 2019.",
        ("factions_joined", "Sham Legion", ClaimValue(exact=5)),
    ),
    (
        "The Hamza Division, with 3,000 fighters, clashed with the SDF near Tal Abyad.",
        ("strength", "Hamza Division", ClaimValue(exact=3000)),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOING_OVER)
def test_people_who_go_over_to_another_side(text: str, expected: Claimed) -> None:
    found = claims(text)
    assert expected in found
    assert [c for c in found if c[2] == expected[2]] == [expected]


# A count's aside (who the counted people are) and auxiliaries stand between a
# counted noun and its verb; the numbers inside the aside are parts of the count.
PARTS = [
    (
        "Eleven civilians, including five children, were killed in the shelling of Kafr Nabl.",
        ("fatalities", "Civilians", ClaimValue(exact=11)),
        ClaimValue(exact=5),
    ),
    (
        "The monitor said at least 14 villagers, three of them women, had been killed.",
        ("fatalities", "Civilians", ClaimValue(min=14)),
        ClaimValue(exact=3),
    ),
    (
        "Two residents, a man and his two sons, were wounded by a landmine near Tafas.",
        ("injured", "Civilians", ClaimValue(exact=2)),
        None,
    ),
    (
        "قال المرصد إن ستة مدنيين، بينهم طفلان، قد قتلوا في القصف على بلدة سرمين.",
        ("fatalities", "Civilians", ClaimValue(exact=6)),
        ClaimValue(exact=2),
    ),
]


@pytest.mark.parametrize(("text", "claim", "part"), PARTS)
def test_an_aside_about_the_counted_people_does_not_split_the_count(
    text: str, claim: Claimed, part: ClaimValue | None
) -> None:
    found = claims(text)
    assert claim in found
    assert not any(value == part for _, _, value in found if part is not None)


# Soldiers and rebels with no group owning them name a side; an owner or a
# pronoun still wins.
SIDES = [
    ("A war monitor put the toll at 9 soldiers and 4 HTS fighters.", "Syrian Arab Army", 9),
    (
        "Shelling killed 12 soldiers and allied militiamen near Kabani, the monitor said.",
        "Syrian Arab Army",
        12,
    ),
    (
        "The Fifth Corps said three of its soldiers were killed near Busra al-Sham.",
        "5th Assault Corps",
        3,
    ),
    (
        "Seven soldiers of the Fifth Corps were killed near Busra al-Sham on Monday.",
        "5th Assault Corps",
        7,
    ),
    (
        "Activists said 16 rebel fighters had been killed in the fighting for Tal Sheer.",
        "Rebels",
        16,
    ),
    ("قالت هيئة تحرير الشام إن مقاتليها قتلوا 20 جنديا في محور الكبينة.", "Syrian Arab Army", 20),
]


@pytest.mark.parametrize(("text", "subject", "dead"), SIDES)
def test_soldiers_and_rebels_with_no_owner_name_a_side(text: str, subject: str, dead: int) -> None:
    assert ("fatalities", subject, ClaimValue(exact=dead)) in claims(text)


def test_a_pronoun_points_back_not_to_a_group_named_after_it() -> None:
    found = claims(
        "The Badia Lions Brigade clashed with IS near Palmyra. Two of its fighters were "
        "killed when aircraft of the US-led coalition struck its convoy."
    )
    assert ("fatalities", "Badia Lions Brigade", ClaimValue(exact=2)) in found


def test_the_side_a_story_follows_does_not_lose_what_it_kills() -> None:
    found = claims(
        "Jaysh al-Izza said it stormed the hill. The army denied losing the post. A "
        'military source said units repelled the attack, killing "dozens of terrorists".'
    )
    assert ("fatalities", "Jaysh al-Izza", ClaimValue(min=20, max=99)) in found
    found = claims(
        "The Badia Lions Brigade fought IS near Palmyra in 2016. According to its "
        "commander, it lost 43 fighters in the battle."
    )
    assert ("fatalities", "Badia Lions Brigade", ClaimValue(exact=43)) in found


def test_a_count_with_its_word_after_it_is_not_the_attackers() -> None:
    # a headline: the side that acts opens the clause before; the captives are the others
    found = claims("IS raid on an SDF post near Shaddadi kills five; two fighters captured")
    assert ("captured", "Syrian Democratic Forces", ClaimValue(exact=2)) in found
    assert not [c for c in found if c[1] == "Islamic State"]


def test_our_ranks_in_a_groups_post_are_the_groups_not_a_group_named_before() -> None:
    found = claims(
        "قناة لواء الصقور على تلغرام\n\n"
        "📌 [الأحد 14/11/2021]\n"
        "أفشل مقاتلونا هجوماً لقوات النظام على نقاطنا قرب كفرنبل.\n\n"
        "📌 [الاثنين 15/11/2021]\n"
        "ما تنشره صفحات موالية لقوات النظام عن انشقاق 40 عنصراً من صفوفنا كذب محض.\n"
    )
    assert ("members_defected", "لواء الصقور", ClaimValue(exact=40)) in found
    assert not [c for c in found if c[1] == "Syrian Arab Army"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قُتل عنصران من لواء الصقور بقصف مدفعي.", ("fatalities", "لواء الصقور", 2)),
        ("أعلن لواء الصقور مقتل عنصرين من قوات النظام.", ("fatalities", "Syrian Arab Army", 2)),
        ("أصيب مدنيان جراء القصف على كفرنبل.", ("injured", "Civilians", 2)),
    ],
)
def test_a_noun_in_the_dual_counts_two(text: str, expected: tuple[str, str, int]) -> None:
    prop, subject, value = expected
    assert (prop, subject, ClaimValue(exact=value)) in claims(text)


def test_two_duals_joined_by_and_are_two_counts() -> None:
    """Not one killed-and-injured count: each dual is a number of its own."""
    found = claims("وخلّف الهجوم في صفوف قوات النظام قتيلين وجريحين.")
    assert sorted(c[0] for c in found if c[1] == "Syrian Arab Army") == ["fatalities", "injured"]


def test_a_speakers_turn_goes_on_over_the_lines_under_its_label() -> None:
    """The second line of the turn is still the speaker's: مقاتلينا are the group's,
    and the owner fronted before the number (ارتقى من مقاتلينا شهيدان) says whose."""
    found = claims(
        "نص المؤتمر الصحفي للمتحدث باسم لواء الصقور\n\n"
        "حداد: صددنا فجر اليوم هجوماً لقوات النظام على محور كفرنبل.\n"
        "أسفر الهجوم عن مقتل 12 عنصراً من المهاجمين، وارتقى من مقاتلينا شهيدان، وأصيب 4 "
        "بجروح.\n\n"
        "سؤال (مراسل): كم عدد مقاتليكم على المحور؟\n"
        "حداد: نحو 300 مقاتل.\n\n"
        "سؤال: هل تلقيتم دعماً من الفصائل الأخرى؟\n"
        "حداد: لا، العملية نفذها مقاتلو اللواء وحدهم.\n"
    )
    assert ("fatalities", "لواء الصقور", ClaimValue(exact=2)) in found
    assert ("injured", "لواء الصقور", ClaimValue(exact=4)) in found


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the side an attack hit, named in the sentence before
        ("Turkish drone strike on an SDF vehicle near Qamishli; three fighters killed", "SDF"),
        ("صدت قوات النظام هجوماً لهيئة تحرير الشام على كفرنبل. 4 قتلى.", "HTS"),
        ("Ahrar al-Sham repelled an HTS assault on Sarmada. 7 fighters killed.", "HTS"),
        ("Ahrar al-Sham repelled an assault by HTS on Sarmada. 7 fighters killed.", "HTS"),
        # no side hit named: the side that opens the sentence before, even when it lost
        ("The SDF lost positions near Hajin to IS. 20 fighters killed in the fighting.", "SDF"),
        ("The National Army withdrew from Ain Issa after SDF shelling. 6 fighters wounded.", "SNA"),
        # a side named after "on" that no attack word governs was not hit
        ("The SNA relies on Turkey for salaries. 4 fighters were killed in the clashes.", "SNA"),
    ],
)
def test_a_count_that_names_no_side_after_an_attack(text: str, subject: str) -> None:
    names = {
        "SDF": "Syrian Democratic Forces",
        "HTS": "Hayat Tahrir al-Sham",
        "SNA": "Syrian National Army",
    }
    found = claims(text)
    assert found and {c[1] for c in found} == {names[subject]}


def test_a_claim_in_a_digest_of_dated_posts_is_dated_by_its_post() -> None:
    facts = read(
        "Weekly roundup of the Glory Brigade's channel\n\n"
        "[Monday 8/3/2021 - 10:15]\n"
        "Our patrols clashed with gunmen near Tafas. The Glory Brigade said 4 of its "
        "fighters were wounded.\n\n"
        "[Wednesday 10/3/2021 - 18:40]\n"
        "An ambush hit a convoy on the road. The Glory Brigade said 6 of its fighters "
        "were killed.\n",
        published="2021-03-13",
    )
    dates = {(c.property, c.as_of) for c in facts.claims}
    assert {("injured", "2021-03-08"), ("fatalities", "2021-03-10")} <= dates


def test_a_verb_running_into_the_numbers_qualifier_still_gives_its_property() -> None:
    found = claims(
        "IS cells ambushed a convoy of the Fatemiyoun near Kabajib, killing at least 15 men."
    )
    assert ("fatalities", "Liwa Fatemiyoun", ClaimValue(min=15)) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verb, subject, number: the group named between the verb and the number lost them
        ("خسرت حركة أحرار الشام 3 مقاتلين في قصف على جبل الزاوية.", "Ahrar al-Sham"),
        ("نعت حركة أحرار الشام ثلاثة من مقاتليها.", "Ahrar al-Sham"),
        # subject, verb, number
        ("The Sham Legion mourned five of its fighters on Friday.", "Sham Legion"),
    ],
)
def test_the_side_that_lost_or_mourned_them_is_named_before_the_number(
    text: str, expected: str
) -> None:
    found = claims(text)
    assert [(p, s) for p, s, _ in found] == [("fatalities", expected)]


def test_the_killer_named_between_the_verb_and_the_number_is_not_the_subject() -> None:
    found = claims("قتلت قوات النظام 15 عنصراً من تنظيم الدولة قرب السخنة.")
    assert ("fatalities", "Islamic State", ClaimValue(exact=15)) in found


def test_militiamen_no_group_owns_are_pro_government_militias() -> None:
    found = claims(
        "Gunmen ambushed a bus of the National Defence Forces near Palmyra, killing at least"
        " nine militiamen."
    )
    assert ("fatalities", "Pro-government militias", ClaimValue(min=9)) in found
    owned = claims("Hezbollah said 12 of its militiamen were killed near Qusayr.")
    assert ("fatalities", "Hezbollah", ClaimValue(exact=12)) in owned


def test_an_arabic_two_written_after_its_noun_counts_that_noun() -> None:
    found = claims("ما أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين بجروح في بلدة الأتارب.")
    assert ("fatalities", "Civilians", ClaimValue(exact=2)) in found
    assert ("injured", "Civilians", ClaimValue(exact=5)) in found


def test_died_counts_the_dead() -> None:
    found = claims("قال فيلق الشام إن ثلاثة من مقاتليه قضوا في القصف على جبل الزاوية.")
    assert found == [("fatalities", "Sham Legion", ClaimValue(exact=3))]


def test_a_generic_word_for_a_group_points_to_the_group_named_with_it() -> None:
    """التنظيم after تنظيم داعش is that group, not the report's main group."""
    found = claims(
        "مجلس منبج العسكري يلاحق خلايا في الريف\n\n"
        "لاحق مجلس منبج العسكري خلايا تنظيم داعش في ريف منبج. وأسفرت الحملة عن مقتل ٤ من"
        " عناصر التنظيم.\nويسيطر المجلس على المدينة منذ عام 2016.\n"
    )
    assert found == [("fatalities", "Islamic State", ClaimValue(exact=4))]


def test_we_written_on_a_loss_verb_lost_them() -> None:
    found = claims(
        "حوار مع قائد في «لواء الشمال» عن الوضع في البادية\n\n"
        "س: كيف الوضع في البادية؟\nج: خلايا تنظيم داعش ما زالت تنشط في البادية.\n\n"
        "س: هل خسرتم مقاتلين؟\nج: فقدنا ٢٣ مقاتلاً في هجمات التنظيم، رحمهم الله.\n"
    )
    assert found == [("fatalities", "لواء الشمال", ClaimValue(exact=23))]


def test_its_with_no_group_before_it_is_the_group_that_says_it() -> None:
    found = claims("Two of its fighters were wounded near Afis, the Sham Legion said.")
    assert found == [("injured", "Sham Legion", ClaimValue(exact=2))]


def test_a_counted_word_past_a_new_clause_does_not_count_the_number() -> None:
    """ "3,000 when the villages are threatened" counts no villages."""
    found = claims(
        "The Sham Legion can bring out more than 3,000 when the villages are threatened."
    )
    assert not [c for c in found if c[0] == "localities_captured"]


def test_after_a_repelled_attack_the_dead_are_not_the_repellers() -> None:
    assert not [
        c
        for c in claims(
            "The SDF repelled an attack on its positions near Hajin. 9 militants killed."
        )
        if c[1] == "Syrian Democratic Forces"
    ]


def test_a_dual_inside_a_name_counts_nothing() -> None:
    found = claims("قصفت قوات النظام حي الشهيدين في درعا البلد وقتل 3 مدنيين.")
    assert found == [("fatalities", "Civilians", ClaimValue(exact=3))]
