"""Attributes of knowledge-base entities, voted over the documents that mention them.

A person's rank, a place's governorate, feature and coordinates, an actor's
type: each document entity may carry them; the entity keeps the value most
documents give (ties broken by the smallest value, so the result does not
depend on document order) and counts the documents that mention it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from marsad.link.sources import records_of, text_of
from marsad.records import FactsSource, Linking

VOTED = ("rank", "admin1", "feature", "lat", "lon")


@dataclass(slots=True)
class AttributeVotes:
    """Votes per entity, counted one document at a time (nothing per document is kept):
    :meth:`add` must see each document exactly once."""

    votes: dict[str, dict[str, Counter[str]]] = field(default_factory=dict)
    documents: Counter[str] = field(default_factory=Counter)

    def add(self, source: FactsSource, linking: Linking) -> None:
        """Count the attributes of the entities of one document, on the entities they
        were linked to; a local id listed twice counts once, with its last values."""
        values: dict[str, tuple[tuple[str, str], ...]] = {}
        for entity in records_of(source.facts, "entities"):
            local = text_of(entity, "id")
            if local is not None:
                pairs = ((key, text_of(entity, key)) for key in VOTED)
                values[local] = tuple((key, v) for key, v in pairs if v is not None)
        linked = {local: linking.entity_of(source.document_id, local) for local in values}
        for entity_id in {e for e in linked.values() if e is not None}:
            self.documents[entity_id] += 1
        for local, linked_to in linked.items():
            if linked_to is None:
                continue
            counters = self.votes.setdefault(linked_to, {})
            for key, value in values[local]:
                counters.setdefault(key, Counter())[value] += 1

    def attributes(self) -> dict[str, dict[str, object]]:
        """Entity id → voted attributes and ``documents`` (how many mention it)."""
        out: dict[str, dict[str, object]] = {}
        for entity_id, documents in self.documents.items():
            chosen: dict[str, object] = {"documents": documents}
            for key, counter in self.votes.get(entity_id, {}).items():
                value = min(counter, key=lambda v: (-counter[v], v))
                chosen[key] = float(value) if key in ("lat", "lon") else value
            out[entity_id] = chosen
        return out
