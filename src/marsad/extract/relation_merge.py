"""Merging the relations a document states more than once: one per (type, subject,
object), the most confident, with the others' role, dates and supplies filling its gaps."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from marsad.extract.relation_resources import SYMMETRIC
from marsad.records import Relation


def merge_relations(relations: Iterable[Relation]) -> list[Relation]:
    """One relation per (type, subject, object): the most confident, gaps filled."""
    merged: dict[tuple[str, str, str], Relation] = {}
    for relation in relations:
        relation = normalise_order(relation)
        key = (relation.type, relation.subject, relation.object)
        old = merged.get(key)
        if old is None:
            merged[key] = relation
            continue
        best, rest = (relation, old) if relation.confidence > old.confidence else (old, relation)
        merged[key] = replace(
            best,
            role=best.role or rest.role,
            start=min_date(best.start, rest.start),
            end=max_date(best.end, rest.end),
            supplied=best.supplied or rest.supplied,
        )
    return list(merged.values())


def normalise_order(relation: Relation) -> Relation:
    """Symmetric relations with subject and object in a stable (sorted) order."""
    if relation.type in SYMMETRIC and relation.object < relation.subject:
        return replace(relation, subject=relation.object, object=relation.subject)
    return relation


def min_date(a: str | None, b: str | None) -> str | None:
    """The earlier of two ISO dates (either may be missing)."""
    return min(a, b) if a and b else a or b


def max_date(a: str | None, b: str | None) -> str | None:
    """The later of two ISO dates (either may be missing)."""
    return max(a, b) if a and b else a or b
