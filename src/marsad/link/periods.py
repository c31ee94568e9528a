"""Names valid over time: what a ``renamed`` hint says about each name.

"X, formerly Y (until 2016)": the names of Y were used until the hint's
``end``; the names of X from then on. A name that both sides use gets no
date. Several hints on one name keep the widest period: the earliest start
and the latest end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from marsad.link.nodes import NodeGraph, find_node
from marsad.records import LinkHint

NameKey = tuple[int, str]  # (cluster root, normal form)


@dataclass(frozen=True, slots=True)
class Period:
    """When a name was in use; ``None`` where no hint says."""

    start: str | None = None
    end: str | None = None


def find_periods(
    hints: Iterable[LinkHint], graph: NodeGraph, find_root: Callable[[int], int]
) -> dict[NameKey, Period]:
    """The period of each (cluster root, normal name) that a renamed hint dates."""
    starts: dict[NameKey, str] = {}
    ends: dict[NameKey, str] = {}
    for hint in hints:
        if hint.kind != "renamed" or not hint.end:
            continue
        new = find_node(graph, hint.document_id, hint.subject)
        old = find_node(graph, hint.document_id, hint.object)
        if new is None or old is None or find_root(new) != find_root(old):
            continue
        root = find_root(new)
        new_names, old_names = _normals(graph, new), _normals(graph, old)
        for normal in new_names - old_names:
            starts[(root, normal)] = min(hint.end, starts.get((root, normal), hint.end))
        for normal in old_names - new_names:
            ends[(root, normal)] = max(hint.end, ends.get((root, normal), hint.end))
    return {key: Period(starts.get(key), ends.get(key)) for key in starts.keys() | ends.keys()}


def _normals(graph: NodeGraph, node: int) -> set[str]:
    return {graph.names[name].normal for name in graph.nodes[node].names}
