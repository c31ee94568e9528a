"""Relations that a document's violent events imply between their sides.

An event of fighting or remote violence (ACLED's Battles and
Explosions/Remote violence) names an acting side — the agent and the actors
coordinated with it as subjects ("A and B shelled C") — and the actors it
acted on or fought. The acting side and each actor on the other side are
``opposed_to``; two actors of the acting side, or two on the other side that
the text lists together ("against the army and its militias"), are
``allied_with``, unless the event is a clash with no other side named ("A and
B clashed": they fought each other). So are the acting sides of an offensive launched or joined
together (Strategic developments of the kinds in :data:`JOINT`).

These relations are weaker than a stated one (a cue or an infobox line), so
they carry a lower confidence, and a stated relation between the same two
actors wins over an implied one: "A attacked C alongside B" states the
alliance of A and B, and B is then not read as A's enemy. Actors the document
states back one of the event's actors ("missiles it got from backers, among
them Turkey and Qatar") are suppliers, not sides, unless they act themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import combinations

from marsad.extract.event_frames import VIOLENT
from marsad.records import Event, Relation

JOINT = frozenset({"offensive_launch", "joins_battle"})
"""Kinds of non-violent events whose acting side fights together."""
RECIPROCAL = frozenset({"clash", "infighting"})
"""Kinds of fighting whose subjects alone are the two sides ("A and B clashed")."""
SIDES = frozenset({"allied_with", "opposed_to"})
KIN = frozenset({"formerly_named", "merged_into", "part_of"})
"""Stated relations after which two actors are not each other's enemy or ally by
an event: a group and its former name, what it merged into, what it is part of."""
STATED_CONFIDENCE = 0.5
"""A stated relation at least this sure wins over an implied one (an interview answer's
guessed relation does not)."""
OPPOSED_CONFIDENCE = 0.5
ALLIED_CONFIDENCE = 0.45


def find_event_relations(events: Iterable[Event], stated: Sequence[Relation]) -> list[Relation]:
    """``opposed_to`` / ``allied_with`` between the sides of each violent event."""
    known = {
        frozenset((r.subject, r.object))
        for r in stated
        if r.type in SIDES | KIN and r.confidence >= STATED_CONFIDENCE
    }
    backed = {frozenset((r.subject, r.object)) for r in stated if r.type == "supported_by"}
    backers = {(r.subject, r.object) for r in stated if r.type == "supported_by"}
    found: list[Relation] = []
    for event in events:
        if event.event_type in VIOLENT:
            implied = sides_of(event, backers_in(event, backers))
        elif event.kind in JOINT:
            implied = allies_of(event)
        else:
            continue
        for relation in implied:
            pair = frozenset((relation.subject, relation.object))
            enmity_with_backer = relation.type == "opposed_to" and pair in backed
            if len(pair) == 2 and pair not in known and not enmity_with_backer:
                found.append(relation)
    return without_conflicts(found)


def without_backers(events: Iterable[Event], stated: Sequence[Relation]) -> list[Event]:
    """The events without the actors the document states back one of their actors and
    that do not act themselves ("missiles from backers, among them Turkey"): suppliers
    named in a fight are not its participants."""
    backers = {(r.subject, r.object) for r in stated if r.type == "supported_by"}
    found: list[Event] = []
    for event in events:
        gone = backers_in(event, backers)
        if gone:
            event = replace(event, actors=tuple(a for a in event.actors if a not in gone))
        found.append(event)
    return found


def without_conflicts(relations: list[Relation]) -> list[Relation]:
    """The implied relations whose pair is not implied both allied and opposed."""
    kinds: dict[frozenset[str], set[str]] = {}
    for relation in relations:
        kinds.setdefault(frozenset((relation.subject, relation.object)), set()).add(relation.type)
    return [r for r in relations if len(kinds[frozenset((r.subject, r.object))]) == 1]


def backers_in(event: Event, backers: set[tuple[str, str]]) -> frozenset[str]:
    """The actors of ``event``, not among its agents, that the document states back
    one of its actors: named as suppliers, they are not a side of the fight."""
    return frozenset(
        backer
        for backed, backer in backers
        if backed in event.actors and backer in event.actors and backer not in event.agents
    )


def sides_of(event: Event, backers: frozenset[str] = frozenset()) -> Iterator[Relation]:
    """The relations between the acting side of ``event`` and the rest of its actors
    (``backers`` left out)."""
    reason = f"sides of a {event.kind} event"
    others = [a for a in event.actors if a not in event.agents and a not in backers]
    for agent in event.agents:
        for other in others:
            yield _relation("opposed_to", agent, other, event, OPPOSED_CONFIDENCE, reason)
    # "A and B clashed": with no other side named, the subjects fought each other
    among = "opposed_to" if event.kind in RECIPROCAL and not others else "allied_with"
    confidence = OPPOSED_CONFIDENCE if among == "opposed_to" else ALLIED_CONFIDENCE
    for first, second in combinations(event.agents, 2):
        yield _relation(among, first, second, event, confidence, reason)
    for first, second in event.listed:
        if first not in backers and second not in backers:
            yield _relation("allied_with", first, second, event, ALLIED_CONFIDENCE, reason)


def allies_of(event: Event) -> Iterator[Relation]:
    """Actors launching or joining an offensive together are allies."""
    reason = f"joint {event.kind}"
    for first, second in combinations(event.agents, 2):
        yield _relation("allied_with", first, second, event, ALLIED_CONFIDENCE, reason)


def _relation(
    kind: str, subject: str, obj: str, event: Event, confidence: float, reason: str
) -> Relation:
    return Relation(
        type=kind,
        subject=subject,
        object=obj,
        evidence=event.evidence,
        confidence=confidence,
        reason=reason,
    )
