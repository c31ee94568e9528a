"""Names a knowledge-base entity has beyond the documents: from the gazetteer.

A place the documents only call "Kafr Nabl" is still found as كفرنبل: the
gazetteer entry its mentions were matched to gives its English and Arabic
names. They are added to the entity with ``documents=0``, so a reader sees
that no document used them.
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
    """``entity`` with those of ``names`` it does not have yet (by folded spelling)."""
    known = {normalise_name(name.name) for name in entity.names}
    added: list[KbName] = []
    for name in names:
        normal = normalise_name(name)
        if normal and normal not in known:
            known.add(normal)
            added.append(KbName(name, name_script(name), documents=0))
    return replace(entity, names=entity.names + tuple(added)) if added else entity
