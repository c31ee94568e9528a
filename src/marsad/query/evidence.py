"""Turning stored rows into views: evidence with stances, entity references."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marsad.query.names import name_view
from marsad.query.stances import Stances
from marsad.query.views import EntityRef, EntityView, EvidenceView
from marsad.store import KbEntityRow, KbEvidenceRow, KbFactRow, Store


@dataclass(frozen=True, slots=True)
class FactContext:
    """The facts of one query with their evidence and the entities they name."""

    facts: tuple[KbFactRow, ...]
    evidence: dict[str, tuple[EvidenceView, ...]]
    entities: dict[str, KbEntityRow]

    def ref(self, entity_id: object, fallback: object = "") -> EntityRef:
        """A reference to ``entity_id``, named by its canonical name."""
        if isinstance(entity_id, str) and entity_id in self.entities:
            return EntityRef(entity_id, self.entities[entity_id].canonical)
        name = str(fallback or entity_id or "")
        return EntityRef(None, name)


def evidence_view(row: KbEvidenceRow, stances: Stances) -> EvidenceView:
    """One piece of evidence, with the stance of the outlet that carried it."""
    outlet = row.reported_by or row.outlet
    return EvidenceView(
        document_id=row.document_id,
        document=row.document,
        title=row.title,
        outlet=row.outlet,
        published=row.published,
        span=(row.start, row.end),
        sentence=(row.sentence_start, row.sentence_end),
        reported_by=outlet,
        stance=stances.of(outlet),
        cited=row.cited,
    )


def _named_ids(facts: Iterable[KbFactRow]) -> set[str]:
    ids: set[str] = set()
    for fact in facts:
        for key in ("subject", "object", "claimant"):
            value = fact.data.get(key)
            if isinstance(value, str):
                ids.add(value)
        for key in ("actors", "places"):
            value = fact.data.get(key)
            if isinstance(value, list):
                ids.update(str(x) for x in value)
    return ids


def load_context(
    store: Store, facts: Sequence[KbFactRow], stances: Stances, per_fact: int = 3
) -> FactContext:
    """Evidence and named entities of ``facts``, each fetched in one query."""
    evidence: dict[str, list[EvidenceView]] = {}
    for row in store.evidence_of([f.id for f in facts], per_fact):
        evidence.setdefault(row.fact_id, []).append(evidence_view(row, stances))
    return FactContext(
        facts=tuple(facts),
        evidence={k: tuple(v) for k, v in evidence.items()},
        entities=store.entities_by_ids(_named_ids(facts)),
    )


def entity_view(row: KbEntityRow) -> EntityView:
    """An entity with its names, in the order the store keeps them."""
    names = tuple(name_view(n) for n in row.names)
    return EntityView(row.id, row.type, row.canonical, names, row.documents, row.attributes)
