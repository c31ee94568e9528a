"""Names a knowledge-base entity has beyond the documents: from the gazetteer and actors table.

A place the documents only call "Kafr Nabl" is still found as كفرنبل: the
gazetteer entry its mentions were matched to gives its English and Arabic
names. An actor of the actors table gets its canonical and its first Arabic
name, so Arabic pages can call Russia روسيا where reports only wrote الروسي.
Such names are marked ``reference``; those no document used are added with
``documents=0``, so a reader sees that no document used them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from marsad.link.keys import name_script, normalise_name
from marsad.records import KbEntity, KbName, Linking, LinkItem


def add_reference_names(
    linking: Linking, items: Iterable[LinkItem], reference: Mapping[str, tuple[str, ...]]
) -> Linking:
    """``linking`` with each entity's reference names (by its items' keys) added."""
    extra: dict[str, dict[str, None]] = defaultdict(dict)  # an ordered set per entity
    for item in items:
        names = reference.get(item.key)
        entity = linking.entity_of(item.document_id, item.local_id)
        if names and entity is not None:
            extra[entity].update(dict.fromkeys(names))
    if not extra:
        return linking
    entities = tuple(with_names(e, extra[e.id]) if e.id in extra else e for e in linking.entities)
    return replace(linking, entities=entities)


def with_names(entity: KbEntity, names: Iterable[str]) -> KbEntity:
    """``entity`` with ``names`` marked as reference names; those it lacks are added.

    A name the entity already has (by folded spelling) keeps its spelling and
    document count and is marked; a new one comes with ``documents=0``.
    """
    wanted: dict[str, str] = {}
    for name in names:
        wanted.setdefault(normalise_name(name), name)
    wanted.pop("", None)
    kept = tuple(
        replace(n, reference=True) if wanted.pop(normalise_name(n.name), None) else n
        for n in entity.names
    )
    added = tuple(KbName(n, name_script(n), documents=0, reference=True) for n in wanted.values())
    return replace(entity, names=kept + added)
