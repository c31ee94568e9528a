"""The places of a profile with their coordinates, and names per script."""

from __future__ import annotations

from marsad.config import load_config
from marsad.query import build_profile, find_entity, load_stances, profile_places, script_names
from marsad.store import Store


def test_places_of_a_profile_carry_coordinates_when_known(store: Store) -> None:
    stances = load_stances(load_config().extract.outlets_table)
    profile = build_profile(store, find_entity(store, "Jaysh al-Izza"), stances)
    places = profile_places(store, profile)
    assert places
    event_places = {p.id for e in profile.events for p in e.places if p.id}
    assert event_places <= {p.id for p in places}
    located = [p for p in places if p.lat is not None]
    assert located and all(30 < p.lat < 40 and 34 < (p.lon or 0) < 44 for p in located)
    assert [p.events for p in places] == sorted((p.events for p in places), reverse=True)


def test_a_place_profile_maps_itself(store: Store) -> None:
    stances = load_stances(load_config().extract.outlets_table)
    place = find_entity(store, "Kafr Nabl", "place")
    places = profile_places(store, build_profile(store, place, stances))
    assert place.id in {p.id for p in places}


def test_script_names_pick_a_name_per_script(store: Store) -> None:
    izza = find_entity(store, "Jaysh al-Izza")
    names = script_names(store, {izza.id, "no-such-id"})
    assert set(names) == {izza.id}
    assert names[izza.id]["latin"] == "Jaysh al-Izza"
    assert names[izza.id]["arabic"] == "جيش العزة"
