"""Facts as the JSON of the facts format (``spec/facts-format.md``), with evidence.

Entity mentions and evidence spans are offsets into the document's original
text. Extra fields (evidence, confidence, reason, denied) are allowed by the
format and ignored by the scorer.
"""

from __future__ import annotations

from typing import Any

from marsad.records import (
    Claim,
    ClaimValue,
    DocumentFacts,
    Entity,
    Event,
    Evidence,
    OffsetMap,
    Relation,
)


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def value_dict(value: ClaimValue) -> dict[str, int | float]:
    """A claim value as ``{"exact": n}``, ``{"min": a, "max": b}``…, unset keys left out."""
    out: dict[str, int | float] = {}
    for key in ("exact", "approx", "min", "max"):
        number = getattr(value, key)
        if number is not None:
            out[key] = _number(number)
    return out


def _evidence(evidence: Evidence) -> dict[str, Any]:
    out: dict[str, Any] = {
        "span": [evidence.span.start, evidence.span.end],
        "sentence": [evidence.sentence.start, evidence.sentence.end],
    }
    if evidence.cited:
        out["cited"] = evidence.cited
    return out


def _entity(entity: Entity, offsets: OffsetMap | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": entity.id,
        "type": entity.type,
        "canonical": entity.canonical,
        "names": list(entity.names),
    }
    for key in ("rank", "admin1", "feature", "lat", "lon"):
        if getattr(entity, key) is not None:
            out[key] = getattr(entity, key)
    if entity.key:
        out["key"] = entity.key
    if offsets is not None:
        spans = (offsets.to_original(span) for span in entity.mentions)
        out["mentions"] = [[span.start, span.end] for span in spans]
    return out


def _relation(relation: Relation) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": relation.type,
        "subject": relation.subject,
        "object": relation.object,
    }
    for key in ("role", "start", "end", "supplied"):
        if getattr(relation, key) is not None:
            out[key] = getattr(relation, key)
    out.update(
        evidence=_evidence(relation.evidence),
        confidence=relation.confidence,
        reason=relation.reason,
    )
    return out


def _event(event: Event) -> dict[str, Any]:
    return {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "kind": event.kind,
        "date": event.date,
        "places": list(event.places),
        "actors": list(event.actors),
        "agents": list(event.agents),
        "evidence": _evidence(event.evidence),
        "confidence": event.confidence,
        "reason": event.reason,
    }


def _claim(claim: Claim) -> dict[str, Any]:
    return {
        "property": claim.property,
        "subject": claim.subject,
        "value": value_dict(claim.value),
        "as_of": claim.as_of,
        "claimant": claim.claimant,
        "channel": claim.channel,
        "reported_by": claim.reported_by,
        "denied": claim.denied,
        "evidence": _evidence(claim.evidence),
        "confidence": claim.confidence,
        "reason": claim.reason,
    }


def facts_dict(facts: DocumentFacts, offsets: OffsetMap | None = None) -> dict[str, Any]:
    """The facts of a document as one facts-format object.

    With ``offsets`` (the text's offset map) entity mentions are given as
    spans of the original text.
    """
    return {
        "doc": facts.doc,
        "lang": facts.lang,
        "published": facts.published,
        "outlet": facts.outlet,
        "entities": [_entity(entity, offsets) for entity in facts.entities],
        "relations": [_relation(relation) for relation in facts.relations],
        "events": [_event(event) for event in facts.events],
        "claims": [_claim(claim) for claim in facts.claims],
    }
