"""The matching rule of each section, on hand-made gold/predicted pairs."""

from __future__ import annotations

from typing import Any

import pytest

from marsad.eval import SectionScore, score
from tests.eval.facts_builders import GOLD_ENTITIES, PREDICTED_ENTITIES, document, entity


def section_score(section: str, gold: list[Any], predicted: list[Any]) -> SectionScore:
    """Score one section, both sides carrying the shared cast of entities."""
    g = document(entities=GOLD_ENTITIES, **{section: gold})
    p = document(entities=PREDICTED_ENTITIES, **{section: predicted})
    return score({"d.txt": g}, {"d.txt": p}).section(section)


def entity_score(gold: list[Any], predicted: list[Any]) -> SectionScore:
    g, p = document(entities=gold), document(entities=predicted)
    return score({"d.txt": g}, {"d.txt": p}).entities


# --- entities -------------------------------------------------------------


def test_entity_matches_on_type_and_a_shared_name() -> None:
    gold = [entity("e1", "actor", "جيشُ العِزّة", "فصيل جيش العزة", canonical="Jaysh al-Izza")]
    assert entity_score(gold, [entity("x", "actor", "جيش العزه")]) == SectionScore(1, 0, 0)


def test_entity_canonical_counts_as_a_name() -> None:
    gold = [entity("e1", "actor", "جيش العزة", canonical="Jaysh al-Izza")]
    assert entity_score(gold, [entity("x", "actor", "jaysh izza")]) == SectionScore(1, 0, 0)


def test_entity_type_must_agree() -> None:
    gold = [entity("e1", "place", "Hama")]
    assert entity_score(gold, [entity("x", "actor", "Hama")]) == SectionScore(0, 1, 1)


def test_entity_without_a_shared_name_does_not_match() -> None:
    gold = [entity("e1", "actor", "Jaysh al-Izza")]
    assert entity_score(gold, [entity("x", "actor", "Jaysh al-Nasr")]) == SectionScore(0, 1, 1)


def test_two_copies_of_one_gold_fact_give_one_tp_one_fp() -> None:
    gold = [entity("e1", "actor", "Jaysh al-Izza")]
    predicted = [entity("x", "actor", "Jaysh al-Izza"), entity("y", "actor", "جيش العزة")]
    assert entity_score(gold, predicted) == SectionScore(1, 1, 0)


def test_one_to_one_is_a_maximum_matching_whatever_the_order() -> None:
    # Gold A is named "x" or "y", gold B only "y"; predicted P1 "y", P2 "x".
    # Greedy in order would give A-P1 and leave B unmatched; the maximum is 2.
    gold = [entity("e1", "actor", "Alpha", "Yankee"), entity("e2", "actor", "Yankee")]
    predicted = [entity("p1", "actor", "Yankee"), entity("p2", "actor", "Alpha")]
    assert entity_score(gold, predicted) == SectionScore(2, 0, 0)
    assert entity_score(gold, predicted[::-1]) == SectionScore(2, 0, 0)
    assert entity_score(gold[::-1], predicted) == SectionScore(2, 0, 0)


@pytest.mark.parametrize(
    "broken",
    [
        {"id": "x", "type": "actor"},
        {"id": "x", "names": ["Jaysh al-Izza"]},
        {"id": "x", "type": "actor", "names": None, "canonical": None},
        {"id": "x", "type": "actor", "names": [None, 3, ""]},
        "Jaysh al-Izza",
        None,
    ],
)
def test_entity_lacking_fields_is_a_false_hit(broken: Any) -> None:
    gold = [entity("e1", "actor", "Jaysh al-Izza")]
    assert entity_score(gold, [broken]) == SectionScore(0, 1, 1)


def test_entities_without_a_type_never_match() -> None:
    gold = [{"id": "e1", "names": ["Jaysh al-Izza"]}]
    assert entity_score(gold, [{"id": "x", "names": ["Jaysh al-Izza"]}]) == SectionScore(0, 1, 1)


def test_extra_fields_are_ignored() -> None:
    gold = [entity("e1", "actor", "Jaysh al-Izza")]
    predicted = {**entity("x", "actor", "Jaysh al-Izza"), "confidence": 0.3, "spans": [[0, 4]]}
    assert entity_score(gold, [predicted]) == SectionScore(1, 0, 0)


# --- relations ------------------------------------------------------------


def relation(kind: str, subject: str, obj: str, **extra: Any) -> dict[str, Any]:
    return {"type": kind, "subject": subject, "object": obj, **extra}


def test_relation_matches_through_entities() -> None:
    gold = [relation("leader_of", "e2", "e1")]
    predicted = [relation("leader_of", "p2", "p1", role="commander", evidence=[1, 2])]
    assert section_score("relations", gold, predicted) == SectionScore(1, 0, 0)


@pytest.mark.parametrize(
    "predicted",
    [
        relation("member_of", "p2", "p1"),  # type differs
        relation("leader_of", "p2", "p3"),  # object differs
        relation("leader_of", "p1", "p2"),  # reversed, not symmetric
        relation("leader_of", "p2", "nope"),  # unknown id
        {"type": "leader_of", "subject": "p2"},  # no object
        {"subject": "p2", "object": "p1"},  # no type
    ],
)
def test_relation_mismatch(predicted: dict[str, Any]) -> None:
    gold = [relation("leader_of", "e2", "e1")]
    assert section_score("relations", gold, [predicted]) == SectionScore(0, 1, 1)


@pytest.mark.parametrize("kind", ["allied_with", "opposed_to"])
def test_symmetric_relations_match_reversed(kind: str) -> None:
    gold = [relation(kind, "e1", "e3")]
    assert section_score("relations", gold, [relation(kind, "p3", "p1")]) == SectionScore(1, 0, 0)
    assert section_score("relations", gold, [relation(kind, "p1", "p3")]) == SectionScore(1, 0, 0)


def test_symmetric_pair_given_both_ways_is_one_tp_one_fp() -> None:
    gold = [relation("opposed_to", "e1", "e3")]
    predicted = [relation("opposed_to", "p1", "p3"), relation("opposed_to", "p3", "p1")]
    assert section_score("relations", gold, predicted) == SectionScore(1, 1, 0)


def test_relation_entity_type_matters() -> None:
    # predicted "Tell Malah" as an actor does not stand for the gold place
    gold = document(
        entities=[entity("e1", "actor", "Jaysh al-Izza"), entity("e2", "place", "Tell Malah")],
        relations=[relation("active_in", "e1", "e2")],
    )
    predicted = document(
        entities=[entity("p1", "actor", "Jaysh al-Izza"), entity("p2", "actor", "Tell Malah")],
        relations=[relation("active_in", "p1", "p2")],
    )
    assert score({"d": gold}, {"d": predicted}).relations == SectionScore(0, 1, 1)


# --- events ---------------------------------------------------------------


def event(
    date: Any,
    places: list[str] | None = None,
    actors: list[str] | None = None,
    kind: str = "Battles",
) -> dict[str, Any]:
    return {
        "event_type": kind,
        "sub_event_type": "Armed clash",
        "kind": "repelled_advance",
        "date": date,
        "places": places or [],
        "actors": actors or [],
    }


@pytest.mark.parametrize(
    ("gold_date", "predicted_date", "matches"),
    [
        ("2019-06", "2019-06-20", True),
        ("2019-06", "2019-06", True),
        ("2019-06", "2019-07-01", False),
        ("2019-06", "2019", False),  # less precise than gold
        ("2019-06", None, False),
        ("2019-06-20", "2019-06-20", True),
        ("2019-06-20", "2019-06-19", False),
        ("2019-06-20", "2019-06", False),
        ("2019", "2019-11-23", True),
        ("2019", "2020", False),
        (None, "2019-06-20", True),  # gold gives no date: any date agrees
        (None, None, True),
        ("2019-06", "June 2019", False),
        ("2019-06-20", "2019-06-20T10:00:00", True),
    ],
)
def test_event_date_precision(gold_date: Any, predicted_date: Any, matches: bool) -> None:
    expected = SectionScore(1, 0, 0) if matches else SectionScore(0, 1, 1)
    gold, predicted = [event(gold_date, ["e4"])], [event(predicted_date, ["p4"])]
    assert section_score("events", gold, predicted) == expected


@pytest.mark.parametrize(
    ("predicted", "matches"),
    [
        (event("2019-06", places=["p4"]), True),  # a shared place
        (event("2019-06", actors=["p3"]), True),  # a shared actor
        (event("2019-06", places=["p5"], actors=["p3"]), True),  # other place, same actor
        (event("2019-06", places=["p5"], actors=["p1"]), False),  # neither shared
        (event("2019-06", places=["p5"]), False),  # another place, no actor
        (event("2019-06", actors=["p1"], places=["p5"], kind="Strategic developments"), False),
        (event("2019-06"), False),  # nothing to share
        ({"event_type": "Battles", "date": "2019-06", "places": "p4"}, False),
    ],
)
def test_event_needs_a_shared_place_or_actor(predicted: dict[str, Any], matches: bool) -> None:
    gold = [event("2019-06", places=["e4"], actors=["e3"])]
    expected = SectionScore(1, 0, 0) if matches else SectionScore(0, 1, 1)
    assert section_score("events", gold, [predicted]) == expected


def test_event_place_does_not_match_an_actor_slot() -> None:
    gold = [event("2019-06", places=["e4"])]
    assert section_score("events", gold, [event("2019-06", actors=["p4"])]) == SectionScore(0, 1, 1)
