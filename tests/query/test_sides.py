"""An actor is never shown as its own ally or enemy under another of its names."""

from __future__ import annotations

from marsad.config import load_config
from marsad.query import build_graph, build_profile, load_stances
from marsad.query.graph import Edge, without_self_sides
from marsad.store import Store

SAME = ("formerly_named", "merged_into")
SIDES = ("allied_with", "opposed_to")


def test_no_profile_or_graph_pairs_an_actor_with_its_former_self(store: Store) -> None:
    stances = load_stances(load_config().extract.outlets_table)
    actors, _ = store.entities("actor", limit=500)
    checked = 0
    for actor in actors:
        profile = build_profile(store, actor, stances)
        selves = {v.other.id for v in profile.lineage if v.type in SAME}
        checked += bool(selves)
        assert not [v for v in profile.relations if v.type in SIDES and v.other.id in selves]
        graph = build_graph(store, actor)
        linked = {
            e.target if e.source == actor.id else e.source for e in graph.edges if e.type in SAME
        }
        assert not [
            e
            for e in graph.edges
            if e.type in SIDES
            and actor.id in (e.source, e.target)
            and {e.source, e.target} & linked
        ]
    assert checked  # the examples name at least one actor with a former name


def test_self_sides_leave_other_edges_alone() -> None:
    edges = [
        Edge("1", "a", "old-a", "formerly_named", 2),
        Edge("2", "a", "old-a", "opposed_to", 1),
        Edge("3", "a", "b", "opposed_to", 1),
        Edge("4", "old-a", "b", "allied_with", 1),
    ]
    assert [e.id for e in without_self_sides("a", edges)] == ["1", "3", "4"]
