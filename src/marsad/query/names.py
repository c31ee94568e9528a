"""Names to show for entities in a reader's script."""

from __future__ import annotations

from collections.abc import Iterable

from marsad.query.views import NameView
from marsad.store import Store


def name_rank(entity_type: str, name: NameView) -> tuple[bool, bool, int]:
    """Sort key of an entity's names, best to show first.

    For actors and persons the best is the name the actors table gives (its
    canonical, its first Arabic name), then the most documented name of
    several words (a bare surname or "the regime" is often the most frequent
    but says least), then the most documented; for places, the most
    documented (حلب, not a longer phrase around it, nor the gazetteer's form).
    """
    if entity_type == "place":
        return (False, False, -name.documents)
    return (not name.reference, len(name.name.split()) < 2, -name.documents)


def best_name(entity_type: str, names: Iterable[NameView], script: str) -> str | None:
    """The best of ``names`` written in ``script`` (``arabic``, ``latin``), if any."""
    own = [n for n in names if n.script == script]
    return min(own, key=lambda n: name_rank(entity_type, n)).name if own else None


def script_names(store: Store, ids: Iterable[str]) -> dict[str, dict[str, str]]:
    """For each entity id, its best name in each script (``arabic``, ``latin``)."""
    names: dict[str, dict[str, str]] = {}
    for entity_id, row in store.entities_by_ids(ids).items():
        views = [name_view(n) for n in row.names]
        best = {script: best_name(row.type, views, script) for script in ("arabic", "latin")}
        names[entity_id] = {script: name for script, name in best.items() if name}
    return names


def name_view(name: dict[str, object]) -> NameView:
    """One stored name (a JSON object of the entity row) as a view."""
    return NameView(
        name=str(name.get("name", "")),
        script=str(name.get("script", "")),
        documents=int(str(name.get("documents", 0) or 0)),
        start=_text(name.get("start")),
        end=_text(name.get("end")),
        reference=bool(name.get("reference", False)),
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)
