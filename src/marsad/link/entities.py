"""Knowledge-base entities out of clusters: names, canonical name, stable id.

Ids come from a cluster's content, never from a counter: the type and a
short hash of its smallest strong key, else of its smallest normal name.
Two clusters that hash alike get ``-2``, ``-3`` ... in the order of their
first document entity.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from marsad.link.clusters import Clusters
from marsad.link.keys import name_script
from marsad.link.nodes import NodeGraph
from marsad.link.periods import NameKey, Period
from marsad.records import KbEntity, KbName, Linking

HASH_LENGTH = 10


@dataclass(slots=True)
class _Tally:
    """What one cluster gathers from its nodes."""

    strong: set[str] = field(default_factory=set)
    strong_canonicals: Counter[str] = field(default_factory=Counter)
    canonicals: Counter[str] = field(default_factory=Counter)
    spellings: dict[str, dict[str, int]] = field(default_factory=dict)
    documents: dict[str, set[int]] = field(default_factory=dict)


def build_linking(
    graph: NodeGraph,
    clusters: Clusters,
    periods: dict[NameKey, Period],
) -> Linking:
    """The entities of the clusters and the link of every item."""
    roots = [clusters.find(index) for index in range(len(graph.nodes))]
    uses, documents = graph.uses, graph.documents
    tallies: dict[int, _Tally] = defaultdict(_Tally)
    for index, entry in enumerate(graph.nodes):
        tally = tallies[roots[index]]
        if entry.strong is not None:
            tally.strong.add(entry.strong)
            tally.strong_canonicals[entry.canonical] += uses[index]
        tally.canonicals[entry.canonical] += uses[index]
        for name in entry.names:
            normal = graph.names[name].normal
            spellings = tally.spellings.get(normal)
            if spellings is None:
                tally.spellings[normal] = {name: uses[index]}
                tally.documents[normal] = set(documents[index])
            else:
                spellings[name] = spellings.get(name, 0) + uses[index]
                tally.documents[normal] |= documents[index]
    ids = assign_ids(tallies, graph, roots)
    entities = sorted(
        (make_entity(ids[root], graph, root, tally, periods) for root, tally in tallies.items()),
        key=_entity_id,
    )
    node_ids = [ids[root] for root in roots]
    where = {
        document_id: {local_id: node_ids[node] for local_id, node in local.items()}
        for document_id, local in graph.documents_locals.items()
    }
    return Linking(tuple(entities), where)


def _entity_id(entity: KbEntity) -> str:
    return entity.id


def assign_ids(tallies: dict[int, _Tally], graph: NodeGraph, roots: list[int]) -> dict[int, str]:
    """A content-derived id for each cluster root; see the module docstring."""
    by_id: dict[str, list[int]] = defaultdict(list)
    for root, tally in tallies.items():
        basis = min(tally.strong) if tally.strong else min(tally.documents)
        digest = hashlib.sha1(basis.encode("utf-8")).hexdigest()[:HASH_LENGTH]
        by_id[f"{graph.nodes[root].type}-{digest}"].append(root)
    ids: dict[int, str] = {}
    clashes = {base: group for base, group in by_id.items() if len(group) > 1}
    firsts = _first_entities(clashes, graph, roots) if clashes else {}
    for base, group in by_id.items():
        ordered = sorted(group, key=firsts.__getitem__) if len(group) > 1 else group
        for rank, root in enumerate(ordered, start=1):
            ids[root] = base if rank == 1 else f"{base}-{rank}"
    return ids


def _first_entities(
    clashes: dict[str, list[int]], graph: NodeGraph, roots: list[int]
) -> dict[int, tuple[int, str]]:
    """The smallest (document, local id) of each clashing cluster."""
    wanted = {root for group in clashes.values() for root in group}
    firsts: dict[int, tuple[int, str]] = {}
    for document_id, local in graph.documents_locals.items():
        for local_id, node in local.items():
            root, first = roots[node], (document_id, local_id)
            if root in wanted and (root not in firsts or first < firsts[root]):
                firsts[root] = first
    return firsts


def make_entity(
    entity_id: str, graph: NodeGraph, root: int, tally: _Tally, periods: dict[NameKey, Period]
) -> KbEntity:
    """One entity: its canonical name and its names, most used first."""
    names: list[KbName] = []
    for normal, spellings in tally.spellings.items():
        spelling = min(spellings.items(), key=_most_used)[0]
        period = periods.get((root, normal), Period())
        names.append(
            KbName(
                spelling,
                name_script(spelling),
                len(tally.documents[normal]),
                period.start,
                period.end,
            )
        )
    names.sort(key=lambda name: (-name.documents, name.name))
    return KbEntity(entity_id, graph.nodes[root].type, choose_canonical(tally), tuple(names))


def choose_canonical(tally: _Tally) -> str:
    """The strong items' canonical, else the most used Latin one, else any."""
    if tally.strong_canonicals:
        return min(tally.strong_canonicals.items(), key=_most_used)[0]
    latin = {name: uses for name, uses in tally.canonicals.items() if name_script(name) == "latin"}
    return min((latin or tally.canonicals).items(), key=_most_used)[0]


def _most_used(entry: tuple[str, int]) -> tuple[int, str]:
    return (-entry[1], entry[0])
