"""Reference names from the gazetteer join the names of knowledge-base entities."""

from __future__ import annotations

from marsad.link.reference import add_reference_names
from marsad.records import KbEntity, KbName, Linking, LinkItem


def linking() -> tuple[Linking, list[LinkItem]]:
    items = [
        LinkItem(1, "e3", "place", "Kafranbel", ("Kafr Nabl",), key="place:gn:1"),
        LinkItem(2, "e1", "actor", "Jaysh al-Nasr", ("جيش النصر",), key="actor:jaysh-al-nasr"),
    ]
    entities = (
        KbEntity("p1", "place", "Kafranbel", (KbName("Kafr Nabl", "latin", 1),)),
        KbEntity("a1", "actor", "Jaysh al-Nasr", (KbName("جيش النصر", "arabic", 1),)),
    )
    return Linking(entities, {1: {"e3": "p1"}, 2: {"e1": "a1"}}), items


def test_gazetteer_names_are_added_with_no_documents() -> None:
    base, items = linking()
    reference = {"place:gn:1": ("Kafranbel", "كفرنبل", "كفر نبل")}
    place, actor = add_reference_names(base, items, reference).entities
    added = {n.name: n for n in place.names}
    assert added["كفرنبل"].documents == 0 and added["كفرنبل"].script == "arabic"
    assert added["Kafr Nabl"].documents == 1
    assert actor == base.entities[1]


def test_a_name_the_documents_already_use_is_not_repeated() -> None:
    base, items = linking()
    place = add_reference_names(base, items, {"place:gn:1": ("Kafr Nabl",)}).entities[0]
    assert [n.name for n in place.names] == ["Kafr Nabl"]


def test_table_names_are_marked_as_reference_names() -> None:
    base, items = linking()
    reference = {"actor:jaysh-al-nasr": ("Jaysh al-Nasr", "جيش النصر")}
    actor = add_reference_names(base, items, reference).entities[1]
    assert [(n.name, n.documents, n.reference) for n in actor.names] == [
        ("جيش النصر", 1, True),
        ("Jaysh al-Nasr", 0, True),
    ]
