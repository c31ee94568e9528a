"""The places of a profile, with the gazetteer coordinates the knowledge base holds.

A place counts when one of the entity's events happened there or one of its
relations points at it (``active_in``, ``headquartered_in`` …); the profiled
entity counts itself when it is a place.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from marsad.query.views import PlaceView, Profile
from marsad.store import KbEntityRow, Store


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _place(row: KbEntityRow, events: int, relations: tuple[str, ...]) -> PlaceView:
    attributes = row.attributes
    return PlaceView(
        id=row.id,
        name=row.canonical,
        lat=_number(attributes.get("lat")),
        lon=_number(attributes.get("lon")),
        admin1=attributes.get("admin1"),
        feature=attributes.get("feature"),
        events=events,
        relations=relations,
    )


def profile_places(store: Store, profile: Profile) -> tuple[PlaceView, ...]:
    """Places of ``profile``'s events and relations, most eventful first."""
    events: Counter[str] = Counter()
    for event in profile.events:
        events.update({p.id for p in event.places if p.id})
    relations: defaultdict[str, list[str]] = defaultdict(list)
    for view in (*profile.lineage, *profile.relations):
        if view.other.id and view.type not in relations[view.other.id]:
            relations[view.other.id].append(view.type)
    wanted = set(events) | set(relations)
    if profile.entity.type == "place":
        wanted.add(profile.entity.id)
    found = store.entities_by_ids(wanted)
    places = [
        _place(row, events[row.id], tuple(relations.get(row.id, ())))
        for row in found.values()
        if row.type == "place"
    ]
    return tuple(sorted(places, key=lambda p: (-p.events, p.name, p.id)))
