"""One-to-one alignment of gold and predicted facts.

Within a document and a section, each gold fact is matched to at most one
predicted fact and each predicted fact to at most one gold fact, and the
number of matched pairs is as large as possible (a maximum bipartite
matching by augmenting paths, Kuhn's algorithm). The count does not depend
on the order of the facts; which pairs are chosen does, deterministically:
gold facts are taken in order and each tries its candidates in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.eval.rules import SECTIONS, DocumentView, facts_match


@dataclass(frozen=True, slots=True)
class SectionAlignment:
    """Indices into one section: matched (gold, predicted) pairs, the rest."""

    pairs: tuple[tuple[int, int], ...]
    misses: tuple[int, ...]
    false_hits: tuple[int, ...]


def _augment(start: int, edges: Sequence[Sequence[int]], owner: list[int | None]) -> bool:
    """Find an augmenting path from gold ``start``; apply it when found.

    ``owner[j]`` is the gold index holding predicted ``j``. The search is an
    explicit-stack depth-first search, so long paths do not hit recursion
    limits.
    """
    seen: set[int] = set()
    stack: list[tuple[int, int]] = [(start, 0)]
    path: list[tuple[int, int]] = []  # (gold, predicted) edges taken so far
    while stack:
        gold, next_edge = stack.pop()
        for k in range(next_edge, len(edges[gold])):
            predicted = edges[gold][k]
            if predicted in seen:
                continue
            seen.add(predicted)
            stack.append((gold, k + 1))
            path.append((gold, predicted))
            holder = owner[predicted]
            if holder is None:
                for g, p in path:
                    owner[p] = g
                return True
            stack.append((holder, 0))
            break
        else:
            if path:
                path.pop()
    return False


def match_maximum(edges: Sequence[Sequence[int]], n_predicted: int) -> list[int | None]:
    """Return, for each predicted index, the gold index matched to it (or None).

    ``edges[i]`` lists the predicted indices gold fact ``i`` may match.
    """
    owner: list[int | None] = [None] * n_predicted
    for gold in range(len(edges)):
        _augment(gold, edges, owner)
    return owner


def align_section(section: str, gold: DocumentView, predicted: DocumentView) -> SectionAlignment:
    """Align one section of two documents one-to-one."""
    n_gold, n_predicted = len(gold.section(section)), len(predicted.section(section))
    edges = [
        [j for j in range(n_predicted) if facts_match(section, gold, i, predicted, j)]
        for i in range(n_gold)
    ]
    owner = match_maximum(edges, n_predicted)
    pairs = sorted((g, p) for p, g in enumerate(owner) if g is not None)
    matched_gold = {g for g, _ in pairs}
    return SectionAlignment(
        pairs=tuple(pairs),
        misses=tuple(i for i in range(n_gold) if i not in matched_gold),
        false_hits=tuple(j for j, g in enumerate(owner) if g is None),
    )


def align_document(gold: DocumentView, predicted: DocumentView) -> dict[str, SectionAlignment]:
    """Align every section of :data:`~marsad.eval.rules.SECTIONS`."""
    return {section: align_section(section, gold, predicted) for section in SECTIONS}
