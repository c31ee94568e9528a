"""Union-find over linker nodes, with cannot-link on strong keys.

A node may carry a strong key (a table or gazetteer id). Two clusters with
different strong keys never join: a village and a governorate of one name
stay two places, two dictionary actors stay two actors.
"""

from __future__ import annotations

from collections.abc import Sequence


class Clusters:
    """Disjoint sets of node indices; each root remembers its strong key."""

    __slots__ = ("_parent", "_size", "_strong")

    def __init__(self, strong: Sequence[str | None]) -> None:
        self._parent = list(range(len(strong)))
        self._strong = list(strong)
        self._size = [1] * len(strong)

    def find(self, node: int) -> int:
        """The root of ``node``'s cluster (path halving)."""
        parent = self._parent
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def strong(self, node: int) -> str | None:
        """The strong key of ``node``'s cluster, if it has one."""
        return self._strong[self.find(node)]

    def union(self, first: int, second: int) -> bool:
        """Join the clusters of two nodes unless their strong keys differ.

        Returns whether the two nodes are in one cluster afterwards.
        """
        a, b = self.find(first), self.find(second)
        if a == b:
            return True
        strong_a, strong_b = self._strong[a], self._strong[b]
        if strong_a is not None and strong_b is not None and strong_a != strong_b:
            return False
        if self._size[a] < self._size[b] or (self._size[a] == self._size[b] and b < a):
            a, b = b, a
        self._parent[b] = a
        self._size[a] += self._size[b]
        self._strong[a] = strong_a if strong_a is not None else strong_b
        return True

    def join_group(self, members: Sequence[int]) -> None:
        """Join nodes that share evidence (a name key, an alias row).

        When the members' clusters hold two or more strong keys the evidence
        is ambiguous: only the clusters without a strong key join each other.
        """
        roots = sorted({self.find(member) for member in members})
        if len(roots) < 2:
            return
        strong = {self._strong[root] for root in roots} - {None}
        if len(strong) > 1:
            roots = [root for root in roots if self._strong[root] is None]
        for root in roots[1:]:
            self.union(roots[0], root)
