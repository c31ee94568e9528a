"""Names to show for entities in a reader's script."""

from __future__ import annotations

from collections.abc import Iterable

from marsad.store import Store


def script_names(store: Store, ids: Iterable[str]) -> dict[str, dict[str, str]]:
    """For each entity id, its best name in each script (``arabic``, ``latin``).

    For actors and persons the best is the most documented name of several
    words (a bare surname or "the regime" is often the most frequent but says
    least), else the most documented name; for places, the most documented
    (حلب, not a longer phrase around it).
    """
    names: dict[str, dict[str, str]] = {}
    for entity_id, row in store.entities_by_ids(ids).items():
        best: dict[str, str] = {}
        short_last = row.type != "place"
        ranked = sorted(
            row.names,
            key=lambda n: (
                short_last and len(str(n.get("name", "")).split()) < 2,
                -int(n.get("documents", 0) or 0),
            ),
        )
        for name in ranked:
            best.setdefault(str(name.get("script", "")), str(name.get("name", "")))
        names[entity_id] = best
    return names
