"""When one fact matches another (facts-format.md, "Scoring").

Each rule compares one gold fact with one predicted fact, each read against
its own document (entity ids are local to a document):

- entity: the types are equal and the normalised names share one;
  ``canonical`` is one more name.
- relation: the types are equal and the subject and object entities match
  by the entity rule; for the symmetric ``allied_with`` and ``opposed_to``
  the predicted pair may also be reversed.
- event: ``event_type`` is equal, the dates agree at the gold precision
  (:mod:`marsad.eval.dates`), and a place of one matches a place of the
  other or an actor of one an actor of the other, by the entity rule.
- claim: ``property`` is equal (case and surrounding blanks ignored), the
  subjects share a normalised name (an entity id stands for its entity's
  names, anything else is a plain name), and the values overlap
  (:mod:`marsad.eval.values`).

The entity rule used inside relations, events and claims is the pairwise
rule, not the one-to-one alignment of the entity section: a relation is
judged on its own even when its entities were matched elsewhere. A fact
that is not an object, or lacks a field a rule reads, matches nothing.
Fields a rule does not read (``sub_event_type``, ``kind``, ``role``,
dates of relations, ``claimant``, evidence spans, confidences) do not matter.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from marsad.eval.dates import dates_agree
from marsad.eval.names import normalise_name, normalise_names
from marsad.eval.values import values_overlap

SECTIONS = ("entities", "relations", "events", "claims")
SYMMETRIC_RELATIONS = frozenset({"allied_with", "opposed_to"})


@dataclass(frozen=True, slots=True)
class EntityKey:
    """What the scorer compares of an entity: its type and normalised names."""

    type: str
    names: frozenset[str]

    def matches(self, other: EntityKey) -> bool:
        return self.type == other.type and not self.names.isdisjoint(other.names)


@dataclass(frozen=True, slots=True)
class DocumentView:
    """One document's facts, its entity keys in order and indexed by id."""

    facts: Mapping[str, Sequence[object]]
    keys: Sequence[EntityKey | None]
    entities: Mapping[str, EntityKey]

    def section(self, name: str) -> Sequence[object]:
        return self.facts.get(name, ())

    def entity(self, ref: object) -> EntityKey | None:
        return self.entities.get(ref) if isinstance(ref, str) else None


def entity_key(entity: object) -> EntityKey | None:
    """Return the key of an entity object, or None when it has no type."""
    if not isinstance(entity, Mapping) or not isinstance(entity.get("type"), str):
        return None
    names = entity.get("names")
    written = list(names) if isinstance(names, list | tuple) else []
    return EntityKey(entity["type"], normalise_names([*written, entity.get("canonical")]))


def view_document(doc: Mapping[str, Any] | None) -> DocumentView:
    """Index a facts object; missing or non-list sections count as empty.

    When two entities share an id the first one keeps it.
    """
    doc = doc if isinstance(doc, Mapping) else {}
    facts: dict[str, Sequence[object]] = {}
    for name in SECTIONS:
        items = doc.get(name)
        facts[name] = tuple(items) if isinstance(items, list | tuple) else ()
    keys = tuple(entity_key(entity) for entity in facts["entities"])
    entities: dict[str, EntityKey] = {}
    for entity, key in zip(facts["entities"], keys, strict=True):
        ref = entity.get("id") if isinstance(entity, Mapping) else None
        if key is not None and isinstance(ref, str):
            entities.setdefault(ref, key)
    return DocumentView(facts, keys, entities)


def entities_match(want: EntityKey | None, have: EntityKey | None) -> bool:
    return want is not None and have is not None and want.matches(have)


def _refs_match(gold_ref: object, gold: DocumentView, ref: object, view: DocumentView) -> bool:
    return entities_match(gold.entity(gold_ref), view.entity(ref))


def _any_ref_matches(
    gold_refs: object, gold: DocumentView, refs: object, view: DocumentView
) -> bool:
    if not isinstance(gold_refs, list | tuple) or not isinstance(refs, list | tuple):
        return False
    return any(_refs_match(g, gold, p, view) for g in gold_refs for p in refs)


def relations_match(
    gold_fact: object, gold: DocumentView, fact: object, view: DocumentView
) -> bool:
    if not isinstance(gold_fact, Mapping) or not isinstance(fact, Mapping):
        return False
    kind = gold_fact.get("type")
    if kind is None or kind != fact.get("type"):
        return False
    pairs = [(fact.get("subject"), fact.get("object"))]
    if kind in SYMMETRIC_RELATIONS:
        pairs.append((fact.get("object"), fact.get("subject")))
    subject, obj = gold_fact.get("subject"), gold_fact.get("object")
    return any(
        _refs_match(subject, gold, s, view) and _refs_match(obj, gold, o, view) for s, o in pairs
    )


def events_match(gold_fact: object, gold: DocumentView, fact: object, view: DocumentView) -> bool:
    if not isinstance(gold_fact, Mapping) or not isinstance(fact, Mapping):
        return False
    kind = gold_fact.get("event_type")
    if kind is None or kind != fact.get("event_type"):
        return False
    if not dates_agree(gold_fact.get("date"), fact.get("date")):
        return False
    return any(
        _any_ref_matches(gold_fact.get(slot), gold, fact.get(slot), view)
        for slot in ("places", "actors")
    )


def subject_names(subject: object, view: DocumentView) -> frozenset[str]:
    """The names a claim subject stands for: its entity's, or its own."""
    key = view.entity(subject)
    if key is not None:
        return key.names
    name = normalise_name(subject) if isinstance(subject, str) else ""
    return frozenset({name}) if name else frozenset()


def _property(fact: Mapping[str, Any]) -> str | None:
    value = fact.get("property")
    return (value.strip().casefold() or None) if isinstance(value, str) else None


def claims_match(gold_fact: object, gold: DocumentView, fact: object, view: DocumentView) -> bool:
    if not isinstance(gold_fact, Mapping) or not isinstance(fact, Mapping):
        return False
    prop = _property(gold_fact)
    if prop is None or prop != _property(fact):
        return False
    want = subject_names(gold_fact.get("subject"), gold)
    if want.isdisjoint(subject_names(fact.get("subject"), view)):
        return False
    return values_overlap(gold_fact.get("value"), fact.get("value"))


def facts_match(section: str, gold: DocumentView, i: int, view: DocumentView, j: int) -> bool:
    """Whether fact ``j`` of ``view`` matches gold fact ``i`` of ``section``.

    ``section`` is one of :data:`SECTIONS`.
    """
    if section == "entities":
        return entities_match(gold.keys[i], view.keys[j])
    gold_fact, fact = gold.section(section)[i], view.section(section)[j]
    if section == "relations":
        return relations_match(gold_fact, gold, fact, view)
    if section == "events":
        return events_match(gold_fact, gold, fact, view)
    if section == "claims":
        return claims_match(gold_fact, gold, fact, view)
    raise ValueError(f"unknown section {section!r}; expected one of {', '.join(SECTIONS)}")
