"""The relation network around one entity, as JSON or GraphML.

Nodes are the entity and every entity one relation away; edges are the
merged relations among them, with their type and how many documents state
them.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree import ElementTree

from marsad.store import KbEntityRow, Store


@dataclass(frozen=True, slots=True)
class Node:
    """An entity of the network."""

    id: str
    type: str
    label: str


@dataclass(frozen=True, slots=True)
class Edge:
    """A relation of the network."""

    id: str
    source: str
    target: str
    type: str
    documents: int


@dataclass(frozen=True, slots=True)
class Graph:
    """Nodes and edges around ``center``."""

    center: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def build_graph(store: Store, entity: KbEntityRow) -> Graph:
    """The entity, its neighbours and the relations between them and it."""
    edges: list[Edge] = []
    for fact in store.facts_of(entity.id, "relation"):
        source, target = fact.data.get("subject"), fact.data.get("object")
        if not isinstance(source, str) or not isinstance(target, str) or source == target:
            continue
        edges.append(Edge(fact.id, source, target, str(fact.data.get("type")), fact.documents))
    edges = without_self_sides(entity.id, edges)
    ids = {entity.id} | {e.source for e in edges} | {e.target for e in edges}
    found = store.entities_by_ids(ids)
    nodes = tuple(
        Node(row.id, row.type, row.canonical)
        for row in sorted(found.values(), key=lambda r: (r.id != entity.id, r.canonical))
    )
    kept = tuple(e for e in edges if e.source in found and e.target in found)
    return Graph(entity.id, nodes, kept)


def graph_json(graph: Graph) -> dict[str, object]:
    """The graph as a JSON-ready object (``nodes``, ``edges``)."""
    return {
        "center": graph.center,
        "nodes": [{"id": n.id, "type": n.type, "label": n.label} for n in graph.nodes],
        "edges": [
            {"id": e.id, "source": e.source, "target": e.target, "type": e.type,
             "documents": e.documents}
            for e in graph.edges
        ],
    }  # fmt: skip


def graph_graphml(graph: Graph) -> str:
    """The graph as a GraphML document (readable by Gephi, yEd, networkx)."""
    root = ElementTree.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for key, owner, name, kind in (
        ("label", "node", "label", "string"),
        ("type", "node", "type", "string"),
        ("relation", "edge", "relation", "string"),
        ("documents", "edge", "documents", "int"),
    ):
        attrs = {"id": key, "for": owner, "attr.name": name, "attr.type": kind}
        ElementTree.SubElement(root, "key", attrs)
    body = ElementTree.SubElement(root, "graph", id=graph.center, edgedefault="directed")
    for node in graph.nodes:
        element = ElementTree.SubElement(body, "node", id=node.id)
        ElementTree.SubElement(element, "data", key="label").text = node.label
        ElementTree.SubElement(element, "data", key="type").text = node.type
    for edge in graph.edges:
        element = ElementTree.SubElement(
            body, "edge", id=edge.id, source=edge.source, target=edge.target
        )
        ElementTree.SubElement(element, "data", key="relation").text = edge.type
        ElementTree.SubElement(element, "data", key="documents").text = str(edge.documents)
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def without_self_sides(center: str, edges: list[Edge]) -> list[Edge]:
    """``edges`` without an alliance or enmity between ``center`` and itself under
    another name (its former name, what it merged into)."""
    selves = {
        e.target if e.source == center else e.source
        for e in edges
        if e.type in ("formerly_named", "merged_into") and center in (e.source, e.target)
    }
    return [
        e
        for e in edges
        if not (e.type in ("allied_with", "opposed_to") and {e.source, e.target} & selves)
        or center not in (e.source, e.target)
    ]
