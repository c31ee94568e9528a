"""Fuzzy joining: two spellings of one name that no key brings together.

Only names of one type and script, with at least ``min_length`` letters, are
compared, and only inside a block and a length window that the threshold
allows: never all pairs. Each name goes into two blocks, by the first two
and by the last two letters of its key (and its number of words), so a
slip anywhere but at both ends of a name is still found.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from marsad.link.keys import NameForms, count_letters

NOT_DIGIT = re.compile(r"\D")
Candidate = tuple[str, str]  # (type, normal form)


def find_fuzzy_pairs(
    candidates: Iterable[tuple[str, NameForms]], threshold: float, min_length: int
) -> list[tuple[Candidate, Candidate]]:
    """Pairs of (type, normal form) whose ratio reaches ``threshold``, sorted."""
    blocks: dict[tuple[str, str, int, str], set[str]] = defaultdict(set)
    for entity_type, info in candidates:
        if count_letters(info.normal) < min_length or not info.key:
            continue
        if entity_type == "person" and info.words < 2:
            continue
        compact = info.key.replace(" ", "")
        words = info.normal.count(" ")
        blocks[(entity_type, info.script, words, "<" + compact[:2])].add(info.normal)
        blocks[(entity_type, info.script, words, ">" + compact[-2:])].add(info.normal)
    pairs: set[tuple[Candidate, Candidate]] = set()
    for (entity_type, _, _, _), normals in blocks.items():
        for first, second in _similar_in_block(sorted(normals, key=_by_length), threshold):
            pairs.add(((entity_type, first), (entity_type, second)))
    return sorted(pairs)


def _by_length(normal: str) -> tuple[int, str]:
    return (len(normal), normal)


def _similar_in_block(normals: list[str], threshold: float) -> list[tuple[str, str]]:
    """Similar pairs in one block, ``normals`` sorted by length."""
    found: list[tuple[str, str]] = []
    end = 0
    for index, normal in enumerate(normals):
        longest = len(normal) * (200.0 - threshold) / threshold
        end = max(end, index + 1)
        while end < len(normals) and len(normals[end]) <= longest:
            end += 1
        if end == index + 1:
            continue
        matches = process.extract(
            normal,
            normals[index + 1 : end],
            scorer=fuzz.ratio,
            score_cutoff=threshold,
            limit=None,
        )
        digits = _digits(normal)
        found.extend((normal, other) for other, _, _ in matches if _digits(other) == digits)
    return found


def _digits(name: str) -> str:
    return NOT_DIGIT.sub("", name)
