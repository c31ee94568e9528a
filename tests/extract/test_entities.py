"""Grouping a document's mentions into entities."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from marsad.extract.entities import build_entities, covers, name_parts
from marsad.records import EntityType, Mention, MentionSource, Span


def mentions_of(
    specs: Sequence[tuple[str, EntityType, str] | tuple[str, EntityType, str, MentionSource]],
) -> list[Mention]:
    """Mentions one after the other: (surface, type, key[, source]); canonical = surface."""
    found: list[Mention] = []
    start = 0
    for spec in specs:
        surface, kind, key = spec[:3]
        source: MentionSource = spec[3] if len(spec) == 4 else "grammar"
        found.append(
            Mention(Span(start, start + len(surface)), kind, surface, surface, key, source)
        )
        start += len(surface) + 10
    return found


def grouped(specs: Sequence[tuple[str, EntityType, str]]) -> list[list[str]]:
    """The names of each entity, in entity order."""
    entities, _ = build_entities(mentions_of(specs), "")
    return [list(entity.names) for entity in entities]


@pytest.mark.parametrize(
    ("specs", "expected"),
    [
        # same key, one entity; names distinct, in document order
        (
            [
                ("جيش العزة", "actor", "actor:jaysh-al-izza"),
                ("قوات النظام", "actor", "actor:saa"),
                ("فصيل جيش العزة", "actor", "actor:jaysh-al-izza"),
                ("جيش العزة", "actor", "actor:jaysh-al-izza"),
            ],
            [["جيش العزة", "فصيل جيش العزة"], ["قوات النظام"]],
        ),
        # the family name alone joins the only person who bears it, before or after
        (
            [
                ("الصالح", "person", "person:صالح"),
                ("جميل الصالح", "person", "person:جميل صالح"),
                ("الصالح", "person", "person:صالح"),
            ],
            [["الصالح", "جميل الصالح"]],
        ),
        (
            [("Jamil al-Saleh", "person", "person:x"), ("Saleh", "person", "person:saleh")],
            [["Jamil al-Saleh", "Saleh"]],
        ),
        # two persons share a family name: each stays apart, and the name alone
        # joins the one mentioned last before it, or stays apart when none was
        (
            [
                ("Maarati", "person", "person:maarati"),
                ("Manaf Maarati", "person", "person:manaf maarati"),
                ("Mustafa Maarati", "person", "person:mustafa maarati"),
                ("Maarati", "person", "person:maarati"),
                ("Manaf Maarati", "person", "person:manaf maarati"),
                ("Maarati", "person", "person:maarati"),
            ],
            [["Maarati"], ["Manaf Maarati", "Maarati"], ["Mustafa Maarati", "Maarati"]],
        ),
        # first and last name; a spelling variant of the whole name
        (
            [
                ("Recep Tayyip Erdoğan", "person", "person:erdogan"),
                ("Recep Erdoğan", "person", "person:recep erdogan"),
            ],
            [["Recep Tayyip Erdoğan", "Recep Erdoğan"]],
        ),
        (
            [
                ("Abdel Baset al-Sarout", "person", "person:sarout"),
                ("Abdel Basit as-Sarout", "person", "person:abdel basit sarout"),
            ],
            [["Abdel Baset al-Sarout", "Abdel Basit as-Sarout"]],
        ),
        # a first name alone is not a family name; other types never join persons
        (
            [
                ("Jamil al-Saleh", "person", "person:x"),
                ("Jamil", "person", "person:jamil"),
                ("Saleh", "place", "place:saleh"),
            ],
            [["Jamil al-Saleh"], ["Jamil"], ["Saleh"]],
        ),
        # group names found by grammar: spellings of one name join, numbers differ
        (
            [
                ("Homs al-Adiya Brigades", "actor", "actor:homs adiya brigades"),
                ("Homs al-Adiyyeh Brigade", "actor", "actor:homs adiyyeh brigade"),
                ("5th Division", "actor", "actor:5th division"),
                ("6th Division", "actor", "actor:6th division"),
            ],
            [
                ["Homs al-Adiya Brigades", "Homs al-Adiyyeh Brigade"],
                ["5th Division"],
                ["6th Division"],
            ],
        ),
    ],
)
def test_grouping(specs: list[tuple[str, EntityType, str]], expected: list[list[str]]) -> None:
    assert grouped(specs) == expected


def test_entity_fields_and_located_order() -> None:
    mentions = mentions_of(
        [
            ("الصالح", "person", "person:صالح", "alias"),
            ("مورك", "place", "place:morek", "gazetteer"),
            ("جميل الصالح", "person", "person:jamil-al-saleh", "dictionary"),
        ]
    )
    mentions[1] = Mention(
        mentions[1].span, "place", "مورك", "Morek", "place:morek", "gazetteer",
        admin1="Hama", feature="city", lat=35.2, lon=36.7,
    )  # fmt: skip
    mentions[2] = Mention(
        mentions[2].span, "person", "جميل الصالح", "Jamil al-Saleh", "person:jamil-al-saleh",
        "dictionary", rank="Major",
    )  # fmt: skip
    entities, located = build_entities(mentions, "")
    assert [(e.id, e.canonical, e.names) for e in entities] == [
        ("e1", "Jamil al-Saleh", ("الصالح", "جميل الصالح")),
        ("e2", "Morek", ("مورك",)),
    ]
    person, place = entities
    assert (person.rank, person.key, person.mentions) == (
        "Major",
        "person:jamil-al-saleh",
        (mentions[0].span, mentions[2].span),
    )
    assert (place.admin1, place.feature, place.lat, place.lon) == ("Hama", "city", 35.2, 36.7)
    assert [(loc.mention, loc.entity) for loc in located] == [
        (mentions[0], "e1"),
        (mentions[1], "e2"),
        (mentions[2], "e1"),
    ]


def test_no_mentions() -> None:
    assert build_entities([], "") == ((), ())


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Jamil al-Saleh", ("jamil", "saleh")),
        ("Abdel Basit as-Sarout", ("abdel", "basit", "sarout")),
        ("جميل الصالح", ("جميل", "صالح")),
        ("مصطفى سيجري", ("مصطفي", "سيجري")),
        ("Erdoğan", ("erdogan",)),
    ],
)
def test_name_parts(name: str, parts: tuple[str, ...]) -> None:
    assert name_parts(name) == parts


@pytest.mark.parametrize(
    ("longer", "shorter", "same"),
    [
        (("jamil", "saleh"), ("saleh",), True),
        (("recep", "tayyip", "erdogan"), ("recep", "erdogan"), True),
        (("recep", "tayyip", "erdogan"), ("tayyip", "recep"), False),
        (("manaf", "maarati"), ("mustafa", "maarati"), False),
        (("abdel", "baset", "sarout"), ("abdel", "basit", "sarout"), True),
        (("jamil", "saleh"), ("jamil",), False),
    ],
)
def test_covers(longer: tuple[str, ...], shorter: tuple[str, ...], same: bool) -> None:
    assert covers(longer, shorter) is same


def test_a_name_in_parentheses_after_a_grammar_name_is_the_same_group() -> None:
    text = 'called "Fajr al-Shamal" (Northern Dawn), and the Hamza Division (SNA) said'
    specs = [
        ("Fajr al-Shamal", "actor:fajr al-shamal", "grammar"),
        ("Northern Dawn", "actor:northern dawn", "alias"),
        ("Hamza Division", "actor:hamza-division", "dictionary"),
        ("SNA", "actor:syrian-national-army", "dictionary"),
    ]
    mentions = [
        Mention(Span(text.index(s), text.index(s) + len(s)), "actor", s, s, key, source)
        for s, key, source in specs  # type: ignore[arg-type]
    ]
    entities, _ = build_entities(mentions, text)
    assert [list(e.names) for e in entities] == [
        ["Fajr al-Shamal", "Northern Dawn"],
        ["Hamza Division"],
        ["SNA"],
    ]
