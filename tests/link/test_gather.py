"""Merging document facts into knowledge-base facts, and attribute votes."""

from __future__ import annotations

from typing import Any

from marsad.link.attributes import AttributeVotes
from marsad.link.gather import find_evidence, merge_facts
from marsad.link.sources import link_hints, link_items
from marsad.records import FactsSource, KbEvidence, KbFact, Linking

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


def links(*docs: int) -> Linking:
    return Linking((), {doc: {"e1": "A", "e2": "P"} for doc in docs})


def gather_facts(sources: list[FactsSource], linking: Linking) -> list[KbFact]:
    """The merged facts; their evidence is checked apart (:func:`evidence_of`)."""
    facts = merge_facts(sources, linking)
    ids = {fact.id for fact in facts}
    assert {ev.fact_id for ev in find_evidence(sources, linking, ids)} == ids
    return facts


def evidence_of(fact: KbFact, sources: list[FactsSource], linking: Linking) -> list[KbEvidence]:
    return [ev for ev in find_evidence(sources, linking, {fact.id}) if ev.fact_id == fact.id]


def test_one_claim_from_one_claimant_in_three_outlets_is_one_origin() -> None:
    sources = [
        source(n, {"entities": ENTITIES, "claims": [strength({"exact": 1133}, "e2")]}, f"O{n}")
        for n in (1, 2, 3)
    ]
    [fact] = gather_facts(sources, links(1, 2, 3))
    assert fact.section == "claim"
    assert fact.data["subject"] == "A" and fact.data["claimant"] == "P"
    evidence = evidence_of(fact, sources, links(1, 2, 3))
    assert [e.document_id for e in evidence] == [1, 2, 3]
    assert {e.origin for e in evidence} == {"P"}
    assert {e.reported_by for e in evidence} == {"O1", "O2", "O3"}


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
    found = sorted(len(evidence_of(f, sources, links(1, 2, 3))) for f in facts)
    assert found == [1, 2]


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
    votes.add(doc, links(4))
    assert votes.attributes()["P"] == {"documents": 1, "rank": "Major"}


def test_votes_count_each_document_once_and_keep_the_value_most_documents_give() -> None:
    def doc(number: int, rank: str, listed: int = 1) -> FactsSource:
        person = {"id": "e2", "type": "person", "canonical": "Abu Salih", "rank": rank}
        return source(number, {"entities": [person] * listed})

    votes = AttributeVotes()
    linking = links(1, 2, 3)  # document 4's entities were never linked
    for found in (doc(1, "Colonel", listed=2), doc(2, "Major"), doc(3, "Major"), doc(4, "Captain")):
        votes.add(found, linking)
    assert votes.attributes() == {"P": {"documents": 3, "rank": "Major"}}


def test_no_enmity_between_an_actor_and_its_own_former_name() -> None:
    renamed = {"type": "formerly_named", "subject": "e1", "object": "e3", "evidence": EVIDENCE}
    fight = {"type": "opposed_to", "subject": "e1", "object": "e3", "evidence": EVIDENCE}
    other = {"type": "opposed_to", "subject": "e1", "object": "e4", "evidence": EVIDENCE}
    sources = [
        source(1, {"entities": ENTITIES, "relations": [renamed]}),
        source(2, {"entities": ENTITIES, "relations": [fight, other]}),
    ]
    linking = Linking((), {d: {"e1": "A", "e3": "U", "e4": "S"} for d in (1, 2)})
    facts = gather_facts(sources, linking)
    kinds = sorted((f.data["type"], f.data["object"]) for f in facts)
    assert kinds == [("formerly_named", "U"), ("opposed_to", "S")]
