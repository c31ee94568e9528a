"""Document facts → knowledge-base facts, merged over every document that states them.

Local entity ids are replaced by knowledge-base ids. Two statements are one
:class:`KbFact` when they say the same thing:

* a relation: same type, subject and object (roles and dates of every
  account are kept side by side);
* an event: same type, kind, date, actors and places;
* a claim: same property, subject, value and claimant — one *origin*. Copies
  of a claim carried by several outlets stay one fact with several pieces of
  evidence; a claim with no named claimant is owned by the document it came
  from, or by the document it is a syndicated copy of.

Values are never merged: two claimants with two numbers are two facts.

Two passes over the documents keep memory to the distinct facts: merge_facts
merges, then find_evidence yields each statement's evidence for the store to
write as it comes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from marsad.link.sources import records_of, text_of
from marsad.records import FactSection, FactsSource, KbEvidence, KbFact, Linking, Span

Resolve = Callable[[str | None], str | None]
SAME_ACTOR = frozenset({"formerly_named", "merged_into"})
SIDES = frozenset({"allied_with", "opposed_to"})


@dataclass(slots=True)
class _Pending:
    section: FactSection
    data: dict[str, object]
    entities: set[tuple[str, str]]
    date: str | None
    variants: dict[str, dict[str, None]] = field(default_factory=dict)


def _span(value: object) -> Span:
    if isinstance(value, list) and len(value) == 2:
        return Span(int(value[0]), int(value[1]))
    return Span(0, 0)


def _evidence(
    fact_id: str,
    source: FactsSource,
    record: Mapping[str, object],
    origin: str,
    details: dict[str, str],
) -> KbEvidence:
    raw = record.get("evidence")
    ev = raw if isinstance(raw, Mapping) else {}
    cited = ev.get("cited")
    return KbEvidence(
        fact_id=fact_id,
        document_id=source.document_id,
        span=_span(ev.get("span")),
        sentence=_span(ev.get("sentence")),
        reported_by=text_of(record, "reported_by") or source.outlet,
        cited=str(cited) if cited else None,
        origin=origin,
        details=tuple(sorted((k, v) for k, v in details.items() if v)),
    )


def _fact_id(section: str, signature: object) -> str:
    digest = hashlib.sha1(json.dumps([section, signature], sort_keys=True).encode("utf-8"))
    return section[0] + digest.hexdigest()[:12]


def _relation(
    source: FactsSource, record: Mapping[str, object], resolve: Resolve, names: Mapping[str, str]
) -> tuple[object, _Pending, dict[str, str]] | None:
    kind = text_of(record, "type")
    local_subject, local_object = text_of(record, "subject"), text_of(record, "object")
    subject, obj = resolve(local_subject), resolve(local_object)
    if kind is None or subject is None or obj is None:
        return None
    data: dict[str, object] = {"type": kind, "subject": subject, "object": obj}
    if kind == "formerly_named":
        data["object_name"] = names.get(local_object or "", "")
    pending = _Pending("relation", data, {(subject, "subject"), (obj, "object")}, None)
    details = {k: text_of(record, k) or "" for k in ("role", "start", "end", "supplied", "date")}
    return (kind, subject, obj, data.get("object_name")), pending, details


def _event(
    source: FactsSource, record: Mapping[str, object], resolve: Resolve
) -> tuple[object, _Pending, dict[str, str]] | None:
    def ids(key: str) -> list[str]:
        raw = record.get(key)
        found = (resolve(str(x)) for x in raw) if isinstance(raw, list) else ()
        return sorted({x for x in found if x})

    actors, places = ids("actors"), ids("places")
    data: dict[str, object] = {
        "event_type": text_of(record, "event_type") or "",
        "sub_event_type": text_of(record, "sub_event_type") or "",
        "kind": text_of(record, "kind") or "",
        "date": text_of(record, "date"),
        "actors": actors,
        "agents": ids("agents"),
        "places": places,
    }
    roles = {(a, "actor") for a in actors} | {(p, "place") for p in places}
    pending = _Pending("event", data, roles, text_of(record, "date"))
    signature = (data["event_type"], data["kind"], data["date"], actors, places)
    return signature, pending, {}


def _claim(
    source: FactsSource, record: Mapping[str, object], resolve: Resolve, names: Mapping[str, str]
) -> tuple[object, _Pending, dict[str, str]] | None:
    prop = text_of(record, "property")
    if prop is None:
        return None
    raw_subject, raw_claimant = text_of(record, "subject"), text_of(record, "claimant")
    subject, claimant = resolve(raw_subject), resolve(raw_claimant)
    value = record.get("value") if isinstance(record.get("value"), Mapping) else {}
    data: dict[str, object] = {
        "property": prop,
        "subject": subject,
        "subject_name": names.get(raw_subject or "", raw_subject or ""),
        "value": dict(value) if isinstance(value, Mapping) else {},
        "claimant": claimant,
        "claimant_name": names.get(raw_claimant or "", raw_claimant or ""),
        "denied": bool(record.get("denied")),
    }
    owner = claimant or (raw_claimant or "").casefold() or f"doc:{source.origin}"
    roles = {(x, r) for x, r in ((subject, "subject"), (claimant, "claimant")) if x}
    pending = _Pending("claim", data, roles, text_of(record, "as_of"))
    signature = (prop, subject or data["subject_name"], data["value"], owner, data["denied"])
    details = {k: text_of(record, k) or "" for k in ("as_of", "channel")}
    return signature, pending, details


def _local_names(source: FactsSource) -> dict[str, str]:
    out: dict[str, str] = {}
    for entity in records_of(source.facts, "entities"):
        local = text_of(entity, "id")
        names = entity.get("names")
        first = names[0] if isinstance(names, list) and names else None
        if local is not None:
            out[local] = str(first or text_of(entity, "canonical") or local)
    return out


def _statements(
    source: FactsSource, resolve: Resolve, names: Mapping[str, str]
) -> Iterable[tuple[Mapping[str, object], tuple[object, _Pending, dict[str, str]] | None]]:
    for record in records_of(source.facts, "relations"):
        yield record, _relation(source, record, resolve, names)
    for record in records_of(source.facts, "events"):
        yield record, _event(source, record, resolve)
    for record in records_of(source.facts, "claims"):
        yield record, _claim(source, record, resolve, names)


Statement = tuple[str, Mapping[str, object], _Pending, dict[str, str]]
"""A fact id, the document's record of it, the fact as this record states it, its details."""


def statements(source: FactsSource, linking: Linking) -> Iterator[Statement]:
    """The relations, events and claims of one document, with knowledge-base ids."""

    def resolve(local: str | None) -> str | None:
        return linking.entity_of(source.document_id, local)

    for record, found in _statements(source, resolve, _local_names(source)):
        if found is not None:
            signature, pending, details = found
            yield _fact_id(pending.section, signature), record, pending, details


def merge_facts(sources: Iterable[FactsSource], linking: Linking) -> list[KbFact]:
    """Every relation, event and claim of ``sources``, merged into knowledge-base facts
    (their evidence comes from :func:`find_evidence`)."""
    merged: dict[str, _Pending] = {}
    for source in sources:
        for fact_id, _record, pending, details in statements(source, linking):
            kept = merged.setdefault(fact_id, pending)
            for key, value in details.items():
                if value:
                    kept.variants.setdefault(key, {}).setdefault(value, None)
            if pending.date and (kept.date is None or pending.date < kept.date):
                kept.date = pending.date
    facts = [_finish(fact_id, p) for fact_id, p in sorted(merged.items())]
    return without_self_sides(facts)


def without_self_sides(facts: list[KbFact]) -> list[KbFact]:
    """``facts`` without allies or enemies that another fact makes one actor under two
    names (a former name, what it merged into): a report on the Union of Glory's battle
    is no fight between the Army of Glory and the Union of Glory."""
    kin = {
        frozenset((f.data["subject"], f.data["object"]))
        for f in facts
        if f.section == "relation" and f.data.get("type") in SAME_ACTOR
    }
    return [
        f
        for f in facts
        if not (
            f.section == "relation"
            and f.data.get("type") in SIDES
            and frozenset((f.data["subject"], f.data["object"])) in kin
        )
    ]


def find_evidence(
    sources: Iterable[FactsSource], linking: Linking, kept: Collection[str]
) -> Generator[KbEvidence, None, None]:
    """Where each fact of :func:`merge_facts` (ids ``kept``) is stated, one document
    at a time."""
    for source in sources:
        for fact_id, record, pending, details in statements(source, linking):
            if fact_id in kept:
                yield _evidence(fact_id, source, record, _origin(pending, source), details)


def _origin(pending: _Pending, source: FactsSource) -> str:
    claimant = pending.data.get("claimant") or pending.data.get("claimant_name")
    return str(claimant) if claimant else f"doc:{source.origin}"


def _finish(fact_id: str, pending: _Pending) -> KbFact:
    data = dict(pending.data)
    data["accounts"] = {key: list(values) for key, values in sorted(pending.variants.items())}
    return KbFact(
        id=fact_id,
        section=pending.section,
        data=data,
        entities=tuple(sorted(pending.entities)),
        date=pending.date,
    )
