"""The one-to-one alignment is a maximum bipartite matching."""

from __future__ import annotations

import itertools

from marsad.eval.matching import match_maximum


def size(owner: list[int | None]) -> int:
    return sum(holder is not None for holder in owner)


def brute_force(edges: list[list[int]], n_predicted: int) -> int:
    best = 0
    for chosen in itertools.product(*[[None, *row] for row in edges]):
        taken = [p for p in chosen if p is not None]
        if len(taken) == len(set(taken)):
            best = max(best, len(taken))
    return best


def test_owner_is_consistent_with_edges() -> None:
    edges = [[0, 1], [0], [1, 2]]
    owner = match_maximum(edges, 3)
    assert size(owner) == 3
    for predicted, gold in enumerate(owner):
        assert gold is None or predicted in edges[gold]


def test_maximum_on_small_graphs_agrees_with_brute_force() -> None:
    graphs = [
        [[0, 1], [0]],
        [[0], [0], [0]],
        [[0, 1, 2], [0], [1], [3]],
        [[1], [0, 1], [0, 2], [2]],
        [[], [0], []],
    ]
    for edges in graphs:
        n_predicted = 1 + max((p for row in edges for p in row), default=0)
        assert size(match_maximum(edges, n_predicted)) == brute_force(edges, n_predicted)


def test_long_augmenting_chain_needs_no_recursion() -> None:
    # gold i takes predicted i first and may move to i+1; the last gold can
    # only take predicted 0, so it shifts the whole chain of 3000 along.
    n = 3000
    edges = [[i, i + 1] for i in range(n - 1)] + [[0]]
    assert size(match_maximum(edges, n)) == n
