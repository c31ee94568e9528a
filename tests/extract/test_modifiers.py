"""Backers written into a compound ("Turkish-backed"), appositives that describe a
name ("X, a coalition of … factions,") and construct nouns in cues (أحد فصائل X ≠
أحد الفصائل), through the whole reader (texts in our own words)."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.api import Reader
from marsad.records import DocumentFacts

Triple = tuple[str, str, str]


@cache
def reader() -> Reader:
    return Reader()


def read(text: str) -> DocumentFacts:
    return reader().read(text, published="2021-03-01")


def relations(facts: DocumentFacts) -> set[Triple]:
    names = {e.id: e.canonical for e in facts.entities}
    return {(r.type, names[r.subject], names[r.object]) for r in facts.relations}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "The Russian-backed Eighth Brigade entered the town of Busra al-Sham on Friday.",
            ("supported_by", "Eighth Brigade", "Russia"),
        ),
        (
            "The brigade joined the Qatar-funded Eagles Front which includes the Dawn "
            "Brigade and the Northern Hawks Brigade.",
            ("supported_by", "Eagles Front", "Qatar"),
        ),
        (
            "Fighters of the Iran-backed Zainabiyoun Brigade were seen near Palmyra.",
            ("supported_by", "Liwa Zainebiyoun", "Iran"),
        ),
        (
            "The Northern Hawks Brigade, an alliance of US-backed rebel groups, said it "
            "shelled a regime checkpoint near Tal Rifaat.",
            ("supported_by", "Northern Hawks Brigade", "United States"),
        ),
        (
            "The Free Coast Front, one of the Turkish-funded factions in Latakia, denied the "
            "report.",
            ("supported_by", "Free Coast Front", "Turkey"),
        ),
        (
            "أعلن تجمع صقور الساحل، أحد الفصائل المدعومة من قطر، أنه صد هجوماً لقوات النظام.",
            ("supported_by", "تجمع صقور الساحل", "Qatar"),
        ),
        (
            "قال لواء نسور الوادي، وهو أحد الفصائل المدعومة من الأردن، إنه استعاد التلة.",
            ("supported_by", "لواء نسور الوادي", "Jordan"),
        ),
        (
            "قال لواء نسور الوادي، أحد فصائل الجبهة الجنوبية، إنه استعاد التلة.",
            ("part_of", "لواء نسور الوادي", "Southern Front"),
        ),
    ],
)
def test_relation_is_found(text: str, wanted: Triple) -> None:
    assert wanted in relations(read(text))


def test_a_compound_backer_modifies_the_words_it_is_written_on_not_a_later_name() -> None:
    facts = read(
        "Turkish-backed factions attacked the Syrian Democratic Forces near Manbij on Monday."
    )
    assert not {t for t in relations(facts) if t[0] == "supported_by"}
    names = {e.id: e.canonical for e in facts.entities}
    sides = {names[a] for event in facts.events for a in event.actors}
    assert "Turkey" not in sides


def test_one_of_the_factions_backed_by_a_state_is_not_part_of_the_state() -> None:
    found = relations(
        read("قال لواء نسور الوادي، أحد الفصائل المدعومة من الأردن، إنه استعاد التلة.")
    )
    assert ("part_of", "لواء نسور الوادي", "Jordan") not in found


def test_a_compound_backer_never_owns_the_number() -> None:
    facts = read(
        "Around 300 US-trained fighters of the Revolutionary Commando Army left the "
        "Tanf base, the group said."
    )
    names = {e.id: e.canonical for e in facts.entities}
    owners = {names.get(c.subject or "", c.subject) for c in facts.claims}
    assert "United States" not in owners
    assert owners


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "The Glory Brigade, one of the National Army's largest factions, said it "
            "repelled the attack.",
            ("part_of", "Glory Brigade", "Syrian National Army"),
        ),
        (
            "The attack was carried out with the Dawn Brigade, another Sham Legion faction.",
            ("part_of", "Dawn Brigade", "Sham Legion"),
        ),
        (
            "The Glory Brigade, one of the most prominent Free Syrian Army factions in the "
            "north, said it repelled the attack.",
            ("part_of", "Glory Brigade", "Free Syrian Army"),
        ),
        (
            "A spokesman for the Glory Brigade, the largest faction in the National Army, "
            "said the attack failed.",
            ("part_of", "Glory Brigade", "Syrian National Army"),
        ),
        # the owner's possessive opens the appositive; the name's alias may stand first
        (
            "Clashes broke out with the Glory Brigade (Liwa al-Majd), the Sham Legion's "
            "northern affiliate, near Sarmada.",
            ("part_of", "Glory Brigade", "Sham Legion"),
        ),
    ],
)
def test_an_appositive_makes_a_group_a_member_of_the_group_it_names(
    text: str, wanted: Triple
) -> None:
    assert wanted in relations(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Glory Brigade, one of the Turkish-backed factions, said it repelled the attack.",
        "The Glory Brigade, which fought Sham Legion factions last year, said it repelled "
        "the attack.",
        "The Glory Brigade, a rival of the largest faction in the National Army, said it "
        "repelled the attack.",
    ],
)
def test_no_membership_from_a_backer_or_outside_an_appositive(text: str) -> None:
    assert not {t for t in relations(read(text)) if t[0] == "part_of"}


def test_a_compound_backer_is_only_the_word_it_is_written_on() -> None:
    found = relations(read("Hezbollah and the Russian-backed Fifth Corps clashed near Daraa."))
    assert ("supported_by", "5th Assault Corps", "Russia") in found
    assert ("supported_by", "5th Assault Corps", "Hezbollah") not in found


def test_a_hyphen_between_arabic_names_is_no_compound() -> None:
    facts = read("قصفت قوات النظام بلدة سراقب على طريق حلب-دمشق الدولي.")
    names = {e.id: e.canonical for e in facts.entities}
    places = {names[p] for event in facts.events for p in event.places}
    assert {"Aleppo", "Damascus"} <= places


def test_an_appositive_with_a_clause_says_nothing_of_the_name() -> None:
    found = relations(read("Jaysh al-Izza, a group that attacked SDF units, withdrew."))
    assert not {t for t in found if t[0] == "part_of"}
    found = relations(
        read("Jaysh al-Izza, a group that fought the factions backed by Turkey, withdrew.")
    )
    assert ("supported_by", "Jaysh al-Izza", "Turkey") not in found


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "The push was led by the army's Tiger Forces and reached the town at dawn.",
            ("part_of", "Tiger Forces", "Syrian Arab Army"),
            None,
        ),
        (
            "Activists said the Sham Legion's Dawn Brigade shelled the hill.",
            ("part_of", "Dawn Brigade", "Sham Legion"),
            None,
        ),
        (
            "Fighters of Lebanon's Hezbollah took part in the assault on the hill.",
            None,
            ("part_of", "Hezbollah", "Lebanon"),
        ),
    ],
)
def test_a_group_named_after_another_groups_possessive_is_part_of_it(
    text: str, wanted: Triple | None, unwanted: Triple | None
) -> None:
    found = relations(read(text))
    assert wanted is None or wanted in found
    assert unwanted is None or unwanted not in found


def test_the_army_alone_is_the_state_army_but_not_the_head_of_an_army_of_name() -> None:
    facts = read("The army, backed by Russia, shelled the positions of the Army of Glory.")
    names = {e.canonical for e in facts.entities}
    assert {"Syrian Arab Army", "Jaysh al-Izza"} <= names
    assert ("supported_by", "Syrian Arab Army", "Russia") in relations(facts)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("رصدت الدوريات تحركات لميليشيا «لواء فاطميون» قرب الحدود.", "لواء فاطميون"),
        ("وقال قائد لجيش العزة إن المعركة مستمرة.", "جيش العزة"),
    ],
)
def test_a_name_read_past_a_clitic_keeps_no_quote_and_no_clitic(text: str, name: str) -> None:
    names = {n for e in read(text).entities for n in e.names}
    assert name in names


def test_after_between_the_and_goes_on_with_the_other_side_not_the_owner() -> None:
    found = relations(
        read(
            "دارت اشتباكات بين «فرقة الحمزة» المنضوية في «الجيش الوطني السوري» "
            "و«قوات سوريا الديمقراطية» قرب منبج."
        )
    )
    assert ("part_of", "Hamza Division", "Syrian National Army") in found
    assert ("part_of", "Hamza Division", "Syrian Democratic Forces") not in found
