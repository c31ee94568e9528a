"""Join document entities into knowledge-base entities.

The rules, each applied to every node in a sorted order so that the result
does not depend on the order of the input:

1. the same strong key (a table or gazetteer id) joins;
2. a document's own ``alias`` and ``renamed`` hints join;
3. names on one row of the alias table join;
4. the same type and a shared name key join (persons need two name words);
5. fuzzy: the same type and a close spelling of a long enough name.

Clusters with two different strong keys never join (see :mod:`clusters`);
evidence that touches two such clusters joins neither of them.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator
from contextlib import contextmanager

from marsad.config import LinkConfig
from marsad.link.clusters import Clusters
from marsad.link.entities import build_linking
from marsad.link.fuzzy import find_fuzzy_pairs
from marsad.link.nodes import NodeGraph, build_graph, find_node
from marsad.link.periods import find_periods
from marsad.link.resources import LinkResources
from marsad.records import LinkHint, Linking, LinkItem


def link_entities(
    items: Iterable[LinkItem],
    hints: Iterable[LinkHint],
    resources: LinkResources,
    config: LinkConfig,
) -> Linking:
    """Join ``items`` of many documents into entities; see the module docstring."""
    with paused_collector():
        hint_list = sorted(set(hints), key=_hint_order)
        graph = build_graph(items)
        clusters = Clusters([node.strong for node in graph.nodes])
        join_strong(clusters, graph)
        join_hints(clusters, graph, hint_list)
        join_aliases(clusters, graph, resources)
        join_names(clusters, graph)
        join_fuzzy(clusters, graph, config)
        periods = find_periods(hint_list, graph, clusters.find)
        return build_linking(graph, clusters, periods)


@contextmanager
def paused_collector() -> Iterator[None]:
    """Pause the cyclic garbage collector while linking builds its indexes.

    Linking allocates millions of small acyclic objects; each collection
    walks all of them again and triples the run time. The collector's state
    is restored on the way out.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _hint_order(hint: LinkHint) -> tuple[int, str, str, str, str]:
    return (hint.document_id, hint.kind, hint.subject, hint.object, hint.end or "")


def join_strong(clusters: Clusters, graph: NodeGraph) -> None:
    """Rule 1: nodes with one strong key are one entity."""
    groups: dict[Hashable, list[int]] = defaultdict(list)
    for index, node in enumerate(graph.nodes):
        if node.strong is not None:
            groups[node.strong].append(index)
    _join_groups(clusters, groups)


def join_hints(clusters: Clusters, graph: NodeGraph, hints: Iterable[LinkHint]) -> None:
    """Rule 2: what a document says names one thing is one thing."""
    for hint in hints:
        subject = find_node(graph, hint.document_id, hint.subject)
        other = find_node(graph, hint.document_id, hint.object)
        if subject is not None and other is not None:
            clusters.union(subject, other)


def join_aliases(clusters: Clusters, graph: NodeGraph, resources: LinkResources) -> None:
    """Rule 3: names listed on one row of the alias table."""
    rows = resources.aliases.rows
    groups: dict[Hashable, list[int]] = defaultdict(list)
    for index, node in enumerate(graph.nodes):
        for name in node.names:
            row = rows.get((node.type, graph.names[name].match))
            if row is not None:
                groups[row].append(index)
    _join_groups(clusters, groups)


def join_names(clusters: Clusters, graph: NodeGraph) -> None:
    """Rule 4: one type and a shared name key (persons: two words or more)."""
    groups: dict[Hashable, list[int]] = defaultdict(list)
    for index, node in enumerate(graph.nodes):
        for name in node.names:
            info = graph.names[name]
            if info.match and (node.type != "person" or info.words >= 2):
                groups[(node.type, info.match)].append(index)
    _join_groups(clusters, groups)


def join_fuzzy(clusters: Clusters, graph: NodeGraph, config: LinkConfig) -> None:
    """Rule 5: one type and a close spelling of a long enough name."""
    first_node: dict[tuple[str, str], int] = {}
    for index, node in enumerate(graph.nodes):
        for name in node.names:
            first_node.setdefault((node.type, graph.names[name].normal), index)
    candidates = {(node.type, graph.names[name]) for node in graph.nodes for name in node.names}
    pairs = find_fuzzy_pairs(candidates, config.fuzzy_threshold, config.fuzzy_min_length)
    for first, second in pairs:
        clusters.join_group((first_node[first], first_node[second]))


def _join_groups(clusters: Clusters, groups: dict[Hashable, list[int]]) -> None:
    for key in sorted(groups, key=repr):
        clusters.join_group(groups[key])
