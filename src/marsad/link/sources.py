"""What the linker reads of stored documents: their entities and rename statements.

A document's facts (one facts-format object) name entities by ids local to
the document. :func:`link_items` turns those entities into
:class:`LinkItem`\\ s; :func:`link_hints` turns ``formerly_named`` relations
into ``renamed`` hints, so an actor and its earlier names become one
knowledge-base entity with dated names.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping, Sequence

from marsad.records import EntityType, FactsSource, LinkHint, LinkItem

_TYPES: tuple[EntityType, ...] = ("actor", "person", "place")
_SCALARS = (str, int, float)  # a tuple: ``str | int | float`` is built anew at every call


def records_of(facts: Mapping[str, object], section: str) -> Iterator[Mapping[str, object]]:
    """The objects of one section (``entities``, ``relations``…) of a facts object."""
    items = facts.get(section)
    if isinstance(items, Sequence):
        for item in items:
            if isinstance(item, Mapping):
                yield item


def text_of(record: Mapping[str, object], field: str) -> str | None:
    """A string field of a record, ``None`` when absent or empty."""
    value = record.get(field)
    return str(value) if isinstance(value, _SCALARS) and value != "" else None


def shared(value: str) -> str:
    """``value`` as the one copy every document shares (``sys.intern``): the linker
    holds an item per entity of every document, and their names repeat."""
    return sys.intern(value)


def link_items(source: FactsSource) -> list[LinkItem]:
    """The entities of one document as link items; their strings are shared copies."""
    out: list[LinkItem] = []
    for entity in records_of(source.facts, "entities"):
        kind = entity.get("type")
        local = text_of(entity, "id")
        if kind not in _TYPES or local is None:
            continue
        names = entity.get("names")
        out.append(
            LinkItem(
                document_id=source.document_id,
                local_id=shared(local),
                type=kind,
                canonical=shared(text_of(entity, "canonical") or ""),
                names=tuple(shared(str(n)) for n in names) if isinstance(names, list) else (),
                key=shared(text_of(entity, "key") or ""),
                date=shared(source.published) if source.published else None,
            )
        )
    return out


def link_hints(source: FactsSource) -> list[LinkHint]:
    """``renamed`` hints from the document's ``formerly_named`` relations."""
    out: list[LinkHint] = []
    for relation in records_of(source.facts, "relations"):
        if relation.get("type") != "formerly_named":
            continue
        subject, former = text_of(relation, "subject"), text_of(relation, "object")
        if subject is None or former is None or subject == former:
            continue
        end = text_of(relation, "end")
        out.append(LinkHint(source.document_id, "renamed", subject, former, end))
    return out
