"""Linker nodes: document entities that look alike collapse into one node.

Items with the same type, strong key, canonical name and set of names take
the same path through every joining rule, so the linker joins nodes, not
items (a person known by one name word only is a node per document, since
one word joins no documents): a corpus of a million items has far fewer distinct nodes. Nodes are
numbered in sorted order, so the numbering does not depend on input order.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, replace

from marsad.link.keys import NameForms, WordForms, describe_name
from marsad.records import EntityType, LinkItem

STRONG_KEY = re.compile(
    r"(?:actor|person):[a-z0-9]+(?:-[a-z0-9]+)*|place:(?:iso|gn|wof):[\w.-]+"
    r"|place:derived:[a-z0-9]+(?:-[a-z0-9]+)*"
)


@dataclass(frozen=True, slots=True)
class Node:
    """One distinct (type, strong key, canonical, names) of document entities."""

    type: EntityType
    strong: str | None
    canonical: str
    names: tuple[str, ...]
    document: int | None = None


@dataclass(frozen=True, slots=True)
class NodeGraph:
    """The nodes, the node of each document entity (by document, then local
    id), the forms of each name, and how many items and which documents
    each node has."""

    nodes: tuple[Node, ...]
    documents_locals: dict[int, dict[str, int]]
    names: dict[str, NameForms]
    uses: tuple[int, ...]
    documents: tuple[set[int], ...]


def find_node(graph: NodeGraph, document: int, local_id: str) -> int | None:
    """The node of entity ``local_id`` of ``document``, if the input has it."""
    return graph.documents_locals.get(document, {}).get(local_id)


def is_strong_key(key: str) -> bool:
    """Whether ``key`` comes from a table or a gazetteer (not from grammar)."""
    return STRONG_KEY.fullmatch(key) is not None


def build_graph(items: Iterable[LinkItem]) -> NodeGraph:
    """Collapse ``items`` into sorted nodes; see the module docstring."""
    seen = _Seen()
    for item in items:
        seen.add(item)
    order = sorted(range(len(seen.nodes)), key=lambda temporary: _node_order(seen.nodes[temporary]))
    number = [0] * len(order)
    for index, temporary in enumerate(order):
        number[temporary] = index
    locals_of = {
        document: {local_id: number[node] for local_id, node in local.items()}
        for document, local in seen.locals_of.items()
    }
    for document, local_id, temporary in seen.clashes:
        local = locals_of[document]
        local[local_id] = min(local[local_id], number[temporary])
    return NodeGraph(
        tuple(seen.nodes[temporary] for temporary in order),
        locals_of,
        seen.names,
        tuple(seen.uses[temporary] for temporary in order),
        tuple(seen.documents[temporary] for temporary in order),
    )


class _Seen:
    """Nodes in arrival order while the items stream in (numbered later)."""

    __slots__ = (
        "clashes", "documents", "locals_of", "made", "names", "nodes", "templates", "uses", "words"
    )  # fmt: skip

    def __init__(self) -> None:
        self.names: dict[str, NameForms] = {}
        self.words: dict[str, WordForms] = {}
        self.made: dict[Hashable, int] = {}
        self.templates: dict[Hashable, Node] = {}
        self.nodes: list[Node] = []
        self.uses: list[int] = []
        self.documents: list[set[int]] = []
        self.locals_of: dict[int, dict[str, int]] = {}
        self.clashes: list[tuple[int, str, int]] = []

    def add(self, item: LinkItem) -> None:
        """Count ``item`` on its node (made on first sight)."""
        raw = (item.type, item.key, item.canonical, item.names)
        node = self.made.get(raw)
        if node is None:
            template = self.templates.get(raw) or _node_of(item, self.names, self.words)
            if template.document is None:
                node = self.made[raw] = self._new(template)
            else:
                self.templates[raw] = template
                node = self._per_document(raw, template, item.document_id)
        document = item.document_id
        local = self.locals_of.get(document)
        if local is None:
            local = self.locals_of[document] = {}
        if local.setdefault(item.local_id, node) != node:
            self.clashes.append((document, item.local_id, node))
        self.uses[node] += 1
        self.documents[node].add(document)

    def _per_document(self, raw: Hashable, template: Node, document: int) -> int:
        """A person known by one word only: a node per document."""
        node = self.made.get((raw, document))
        if node is None:
            made = replace(template, document=document)
            node = self.made[(raw, document)] = self._new(made)
        return node

    def _new(self, node: Node) -> int:
        self.nodes.append(node)
        self.uses.append(0)
        self.documents.append(set())
        return len(self.nodes) - 1


def _node_of(item: LinkItem, described: dict[str, NameForms], words: dict[str, WordForms]) -> Node:
    """The node of ``item``; ``document`` is set (to any) when it is per document."""
    strong = item.key if is_strong_key(item.key) else None
    names = tuple(sorted({name.strip() for name in (*item.names, item.canonical)} - {""}))
    for name in names:
        if name not in described:
            described[name] = describe_name(name, words)
    full = any(described[name].words >= 2 for name in names)
    if item.type == "person" and strong is None and not full:
        return Node(item.type, strong, item.canonical, names, item.document_id)
    return Node(item.type, strong, item.canonical, names)


def _node_order(node: Node) -> tuple[str, str, str, tuple[str, ...], int]:
    return (node.type, node.strong or "", node.canonical, node.names, node.document or 0)
