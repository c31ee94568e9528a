"""Attributes of knowledge-base entities, voted over the documents that mention them.

A person's rank, a place's governorate, feature and coordinates, an actor's
type: each document entity may carry them; the entity keeps the value most
documents give (ties broken by the smallest value, so the result does not
depend on document order) and counts the documents that mention it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from marsad.link.sources import records_of, shared, text_of
from marsad.records import EntityLink, FactsSource

VOTED = ("rank", "admin1", "feature", "lat", "lon")


@dataclass(slots=True)
class AttributeVotes:
    """Values seen per (document, local id), folded into entity attributes at the end."""

    seen: dict[tuple[int, str], tuple[tuple[str, str], ...]] = field(default_factory=dict)
    _values: dict[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]] = field(
        default_factory=dict
    )

    def add(self, source: FactsSource) -> None:
        """Remember the attributes of the entities of one document (only those that have
        some; equal values are one shared tuple: this is held for every document until
        linking ends)."""
        for entity in records_of(source.facts, "entities"):
            local = text_of(entity, "id")
            if local is None:
                continue
            values = tuple((k, v) for k in VOTED if (v := text_of(entity, k)) is not None)
            if values:
                values = self._values.setdefault(values, values)
                self.seen[(source.document_id, shared(local))] = values

    def attributes(self, links: Iterable[EntityLink]) -> dict[str, dict[str, object]]:
        """Entity id → voted attributes and ``documents`` (how many mention it)."""
        votes: dict[str, dict[str, Counter[str]]] = {}
        documents: dict[str, set[int]] = {}
        for link in links:
            documents.setdefault(link.entity_id, set()).add(link.document_id)
            counters = votes.setdefault(link.entity_id, {})
            for key, value in self.seen.get((link.document_id, link.local_id), ()):
                counters.setdefault(key, Counter())[value] += 1
        out: dict[str, dict[str, object]] = {}
        for entity_id, docs in documents.items():
            chosen: dict[str, object] = {"documents": len(docs)}
            for key, counter in votes.get(entity_id, {}).items():
                value = min(counter, key=lambda v: (-counter[v], v))
                chosen[key] = float(value) if key in ("lat", "lon") else value
            out[entity_id] = chosen
        return out
