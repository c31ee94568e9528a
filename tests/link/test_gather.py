"""Merging document facts into knowledge-base facts, and attribute votes."""

from __future__ import annotations

from typing import Any

from marsad.link.attributes import AttributeVotes
from marsad.link.gather import gather_facts
from marsad.link.sources import link_hints, link_items
from marsad.records import EntityLink, FactsSource

EVIDENCE = {"span": [0, 5], "sentence": [0, 20]}


def source(doc: int, facts: dict[str, Any], outlet: str = "Outlet", origin: int = 0) -> FactsSource:
    return FactsSource(doc, f"d{doc}.txt", outlet, "2019-10-01", origin or doc, facts)


def strength(value: dict[str, int], claimant: str | None) -> dict[str, Any]:
    return {"property": "strength", "subject": "e1", "value": value, "claimant": claimant,
            "channel": "report", "as_of": "2019-09", "evidence": EVIDENCE}  # fmt: skip


ENTITIES = [
    {"id": "e1", "type": "actor", "canonical": "Army of Glory", "names": ["جيش العزة"],
     "key": "actor:jaysh-al-izza"},
    {"id": "e2", "type": "person", "canonical": "Abu Salih", "names": ["Abu Salih"],
     "rank": "Major"},
]  # fmt: skip


def links(*docs: int) -> list[EntityLink]:
    return [
        EntityLink(doc, local, entity)
        for doc in docs
        for local, entity in (("e1", "A"), ("e2", "P"))
    ]


def test_one_claim_from_one_claimant_in_three_outlets_is_one_origin() -> None:
    sources = [
        source(n, {"entities": ENTITIES, "claims": [strength({"exact": 1133}, "e2")]}, f"O{n}")
        for n in (1, 2, 3)
    ]
    [fact] = gather_facts(sources, links(1, 2, 3))
    assert fact.section == "claim"
    assert fact.data["subject"] == "A" and fact.data["claimant"] == "P"
    assert len(fact.evidence) == 3
    assert {e.origin for e in fact.evidence} == {"P"}
    assert {e.reported_by for e in fact.evidence} == {"O1", "O2", "O3"}


def test_values_and_claimants_are_never_merged() -> None:
    sources = [
        source(1, {"entities": ENTITIES, "claims": [strength({"exact": 1133}, "e2")]}),
        source(2, {"entities": ENTITIES, "claims": [strength({"exact": 1300}, "e2")]}),
        source(3, {"entities": ENTITIES,
                   "claims": [strength({"exact": 1133}, "pro-government media")]}),
    ]  # fmt: skip
    facts = gather_facts(sources, links(1, 2, 3))
    assert len(facts) == 3


def test_claim_without_claimant_belongs_to_its_syndication_origin() -> None:
    copy = {"entities": ENTITIES, "claims": [strength({"min": 2000}, None)]}
    sources = [source(1, copy), source(2, copy, origin=1), source(3, copy)]
    facts = gather_facts(sources, links(1, 2, 3))
    assert len(facts) == 2  # docs 1 and 2 are one origin, doc 3 another
    assert sorted(len(f.evidence) for f in facts) == [1, 2]


def test_relation_accounts_stay_side_by_side() -> None:
    def leader(end: str) -> dict[str, Any]:
        return {"entities": ENTITIES, "relations": [
            {"type": "leader_of", "subject": "e2", "object": "e1", "role": "commander",
             "end": end, "evidence": EVIDENCE}]}  # fmt: skip

    [fact] = gather_facts(
        [source(1, leader("2019-08")), source(2, leader("2019-08-11"))], links(1, 2)
    )
    assert fact.data["accounts"] == {"end": ["2019-08", "2019-08-11"], "role": ["commander"]}
    assert ("P", "subject") in fact.entities and ("A", "object") in fact.entities


def test_unlinked_local_ids_are_dropped_from_events() -> None:
    facts = {"entities": ENTITIES, "events": [
        {"event_type": "Battles", "sub_event_type": "Armed clash", "kind": "armed_clash",
         "date": "2019-06", "actors": ["e1", "e9"], "places": [],
         "evidence": EVIDENCE}]}  # fmt: skip
    [fact] = gather_facts([source(1, facts)], links(1))
    assert fact.data["actors"] == ["A"] and fact.date == "2019-06"


def test_sources_give_items_hints_and_votes() -> None:
    renamed = {"entities": ENTITIES, "relations": [
        {"type": "formerly_named", "subject": "e1", "object": "e2", "end": "2015",
         "evidence": EVIDENCE}]}  # fmt: skip
    doc = source(4, renamed)
    items = link_items(doc)
    assert [(i.local_id, i.type, i.key) for i in items] == [
        ("e1", "actor", "actor:jaysh-al-izza"), ("e2", "person", "")]  # fmt: skip
    [hint] = link_hints(doc)
    assert (hint.kind, hint.subject, hint.object, hint.end) == ("renamed", "e1", "e2", "2015")
    votes = AttributeVotes()
    votes.add(doc)
    assert votes.attributes(links(4))["P"] == {"documents": 1, "rank": "Major"}
