"""Linking: entities of many documents join across scripts, and only when they should."""

from __future__ import annotations

import random

import pytest

from marsad.config import LinkConfig
from marsad.link import LinkResources, link_entities, load_link_resources
from marsad.records import EntityType, KbEntity, LinkHint, Linking, LinkItem

CONFIG = LinkConfig()


@pytest.fixture(scope="module")
def resources() -> LinkResources:
    return load_link_resources(CONFIG)


def item(
    document: int, local: str, entity_type: EntityType, *names: str, key: str = ""
) -> LinkItem:
    """A document entity; its canonical is its first name."""
    return LinkItem(document, local, entity_type, names[0], names, key)


def link(
    resources: LinkResources, items: list[LinkItem], hints: tuple[LinkHint, ...] = ()
) -> Linking:
    return link_entities(items, hints, resources, CONFIG)


def groups(linking: Linking) -> set[frozenset[tuple[int, str]]]:
    """The partition of document entities the linking made."""
    by_entity: dict[str, set[tuple[int, str]]] = {}
    for entry in linking.links():
        by_entity.setdefault(entry.entity_id, set()).add((entry.document_id, entry.local_id))
    return {frozenset(members) for members in by_entity.values()}


def entity_of(linking: Linking, document: int, local: str) -> KbEntity:
    entity_id = linking.entity_of(document, local)
    return next(entity for entity in linking.entities if entity.id == entity_id)


# Each case: document entities (one per document) that are one thing.
JOIN = [
    ("place", [("كفرنبل",), ("Kafr Nabl",), ("Kafranbel",), ("كفر نبل",)]),
    ("actor", [("جيش العزة",), ("Jaysh al-Izza",), ("Jaish al-Ezzah",)]),
    ("actor", [("هيئة تحرير الشام",), ("Hayat Tahrir al-Sham",), ("Hay'at Tahrir ash-Sham",)]),
    ("actor", [("HTS", "Hayat Tahrir al-Sham"), ("Levant Liberation Committee",)]),
    ("actor", [("Army of Glory",), ("جيش العزة",)]),
    ("actor", [("قوات النظام",), ("regime forces",), ("Syrian Arab Army",)]),
    ("place", [("اللطامنة",), ("al-Lataminah",), ("Latamneh",)]),
    ("person", [("مصطفى بكور",), ("Mustafa Bakour",), ("Mustafa al-Bakour",)]),
    ("actor", [("Suleiman Shah Brigade",), ("Sulaiman Shah Brigades",)]),  # fuzzy
]


@pytest.mark.parametrize(("entity_type", "documents"), JOIN)
def test_joins_across_scripts_and_documents(
    resources: LinkResources, entity_type: EntityType, documents: list[tuple[str, ...]]
) -> None:
    items = [item(number, "e1", entity_type, *names) for number, names in enumerate(documents)]
    linking = link(resources, items)
    assert len(linking.entities) == 1
    assert len(list(linking.links())) == len(items)


# Each case: document entities that are different things.
APART = [
    ("actor", [("جيش العزة",), ("جيش النصر",), ("جيش النخبة",), ("جيش إدلب الحر",)]),
    ("actor", [("Jaysh al-Izza",), ("Jaysh al-Nasr",), ("Jaysh al-Nukhba",), ("Free Idlib Army",)]),
    ("actor", [("Army of Glory",), ("Union of Glory",)]),
    ("actor", [("جيش الأحرار",), ("الجيش الحر",)]),
    ("person", [("Manaf Maarati",), ("Mustafa Maarati",)]),
    ("person", [("Bakour",), ("بكور",)]),  # one name word: not enough for a person
    ("actor", [("Liwa 313 Brigade",), ("Liwa 314 Brigade",)]),  # fuzzy never crosses numbers
]


@pytest.mark.parametrize(("entity_type", "documents"), APART)
def test_keeps_different_things_apart(
    resources: LinkResources, entity_type: EntityType, documents: list[tuple[str, ...]]
) -> None:
    items = [item(number, "e1", entity_type, *names) for number, names in enumerate(documents)]
    assert len(link(resources, items).entities) == len(items)


def test_village_and_governorate_with_different_gazetteer_keys(resources: LinkResources) -> None:
    items = [
        item(1, "e1", "place", "Hama", "حماة", key="place:iso:SY-HM"),
        item(2, "e1", "place", "Hama", key="place:gn:1001"),
        item(3, "e1", "place", "حماة", key="place:iso:SY-HM"),
        item(4, "e1", "place", "حماه"),  # by name alone: could be either
    ]
    linking = link(resources, items)
    assert groups(linking) == {
        frozenset({(1, "e1"), (3, "e1")}),
        frozenset({(2, "e1")}),
        frozenset({(4, "e1")}),
    }


def test_two_dictionary_actors_stay_two_whatever_joins_them(resources: LinkResources) -> None:
    items = [
        item(1, "e1", "actor", "Jaysh al-Izza", key="actor:jaysh-al-izza"),
        item(1, "e2", "actor", "Union of Glory", key="actor:union-of-glory"),
        item(2, "e1", "actor", "Army of Glory", key="actor:union-of-glory"),
    ]
    hints = (LinkHint(1, "alias", "e1", "e2"),)
    assert len(link(resources, items, hints).entities) == 2


def test_weak_name_joins_its_strong_entity(resources: LinkResources) -> None:
    items = [
        item(1, "e1", "actor", "Jaysh al-Izza", "جيش العزة", key="actor:jaysh-al-izza"),
        item(2, "e4", "actor", "جيش العزة", key="actor:جيش عزه"),
        item(3, "e2", "actor", "Jaish al-Ezzah", key="actor:jaish ezzah"),
    ]
    linking = link(resources, items)
    assert len(linking.entities) == 1
    assert linking.entities[0].canonical == "Jaysh al-Izza"


def test_renamed_hint_gives_one_entity_with_dated_names(resources: LinkResources) -> None:
    items = [
        item(1, "e1", "actor", "Falcons of Ghab", "صقور الغاب"),
        item(1, "e2", "actor", "Ghab Brigade", "لواء الغاب"),
        item(2, "e1", "actor", "Falcons of Ghab"),
        item(3, "e7", "actor", "لواء الغاب"),
    ]
    hints = (LinkHint(1, "renamed", "e1", "e2", end="2015-03"),)
    linking = link(resources, items, hints)
    assert len(linking.entities) == 1
    periods = {
        name.name: (name.start, name.end, name.documents) for name in linking.entities[0].names
    }
    assert periods == {
        "Falcons of Ghab": ("2015-03", None, 2),
        "صقور الغاب": ("2015-03", None, 1),
        "Ghab Brigade": (None, "2015-03", 1),
        "لواء الغاب": (None, "2015-03", 2),
    }


def test_alias_hint_joins(resources: LinkResources) -> None:
    items = [item(5, "e1", "actor", "Mountain Hawks"), item(5, "e2", "actor", "صقور الجبل")]
    linking = link(resources, items, (LinkHint(5, "alias", "e1", "e2"),))
    assert len(linking.entities) == 1
    assert {name.script for name in linking.entities[0].names} == {"arabic", "latin"}


@pytest.mark.parametrize(
    ("names", "canonical"),
    [
        (
            [("جيش العزة",), ("Jaish al-Ezzah",), ("Jaysh al-Izza",), ("Jaysh al-Izza",)],
            "Jaysh al-Izza",
        ),
        ([("جيش العزة",), ("Jaysh al-Izza",), ("Jaish al-Ezzah",)], "Jaish al-Ezzah"),
        ([("جيش العزة",), ("جيش العزه",)], "جيش العزة"),
    ],
)
def test_canonical_is_the_most_used_latin_name(
    resources: LinkResources, names: list[tuple[str, ...]], canonical: str
) -> None:
    items = [item(number, "e1", "actor", *written) for number, written in enumerate(names)]
    assert link(resources, items).entities[0].canonical == canonical


def test_names_deduplicated_by_normal_form(resources: LinkResources) -> None:
    items = [
        item(1, "e1", "actor", "Jaysh al-Izza"),
        item(2, "e1", "actor", "Jaysh Al-Izza"),
        item(3, "e1", "actor", "Jaysh al-Izza"),
    ]
    (entity,) = link(resources, items).entities
    assert [(name.name, name.documents) for name in entity.names] == [("Jaysh al-Izza", 3)]


def corpus() -> list[LinkItem]:
    """A small mixed corpus for the order and stability tests."""
    return [
        item(1, "e1", "actor", "Jaysh al-Izza", key="actor:jaysh-al-izza"),
        item(1, "e2", "place", "Kafr Nabl", key="place:gn:173"),
        item(1, "e3", "person", "Mustafa Bakour"),
        item(2, "e1", "actor", "جيش العزة"),
        item(2, "e2", "place", "كفرنبل"),
        item(2, "e3", "person", "مصطفى بكور"),
        item(2, "e4", "place", "حماة", key="place:iso:SY-HM"),
        item(3, "e1", "place", "Hama", key="place:gn:1001"),
        item(3, "e2", "place", "Hama"),
        item(3, "e3", "person", "Manaf Maarati"),
        item(4, "e1", "person", "Mustafa Maarati"),
        item(4, "e2", "actor", "Jaysh al-Nasr"),
        item(4, "e3", "actor", "Union of Glory"),
        item(4, "e4", "actor", "Tajammu al-Izza"),
        item(5, "e1", "person", "Bakour"),
        item(6, "e1", "person", "Bakour"),
    ]


@pytest.mark.parametrize("seed", range(6))
def test_order_does_not_matter(resources: LinkResources, seed: int) -> None:
    hints = [LinkHint(4, "renamed", "e3", "e4", "2016"), LinkHint(2, "alias", "e1", "e2")]
    expected = link(resources, corpus(), tuple(hints))
    shuffled = corpus()
    random.Random(seed).shuffle(shuffled)
    random.Random(seed).shuffle(hints)
    assert link(resources, shuffled, tuple(hints)) == expected


def test_ids_are_stable_and_come_from_content(resources: LinkResources) -> None:
    first = link(resources, corpus())
    assert link(resources, corpus()) == first
    more = [*corpus(), item(9, "e1", "actor", "Sham Legion", key="actor:sham-legion")]
    again = link(resources, more)
    assert entity_of(again, 1, "e1").id == entity_of(first, 1, "e1").id
    assert entity_of(first, 1, "e1").id.startswith("actor-")


def test_clashing_ids_get_a_suffix(resources: LinkResources) -> None:
    linking = link(resources, corpus())
    ids = [entity.id for entity in linking.entities]
    assert len(ids) == len(set(ids))
    assert entity_of(linking, 5, "e1").id + "-2" == entity_of(linking, 6, "e1").id


def test_regions_stay_apart_from_their_governorate_and_each_other(
    resources: LinkResources,
) -> None:
    items = [
        item(1, "e1", "place", "Hama", "حماة", key="place:iso:SY-HM"),
        item(
            2,
            "e1",
            "place",
            "Hama countryside",
            "ريف حماة",
            "حماة",
            key="place:derived:hama-countryside",
        ),
        item(
            3,
            "e1",
            "place",
            "Southern Idlib countryside",
            "جنوب إدلب",
            key="place:derived:southern-idlib-countryside",
        ),
        item(
            4,
            "e1",
            "place",
            "Eastern Idlib countryside",
            "شرق إدلب",
            key="place:derived:eastern-idlib-countryside",
        ),
        item(
            5,
            "e1",
            "place",
            "Eastern Idlib countryside",
            "east of Idlib",
            key="place:derived:eastern-idlib-countryside",
        ),
    ]
    found = groups(link(resources, items))
    assert frozenset({(1, "e1")}) in found and frozenset({(2, "e1")}) in found
    assert frozenset({(3, "e1")}) in found
    assert frozenset({(4, "e1"), (5, "e1")}) in found
