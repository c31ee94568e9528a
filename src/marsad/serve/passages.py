"""A document's original text cut for display: paragraphs, then segments between fact edges.

Every offset where a fact's span or sentence starts or ends, a paragraph or
a boilerplate line begins or stops, cuts the text; each segment knows its
offsets, so the page's script can highlight any span by offsets alone, even
when facts overlap. Text is only ever cut, never altered: the template
escapes it.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marsad.query.views import DocumentView, ParagraphView


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of the original text between two cuts."""

    start: int
    end: int
    text: str
    fact: bool  # inside some fact's span
    boilerplate: bool


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph of the original text, as segments."""

    start: int
    end: int
    lang: str
    boilerplate: bool
    segments: tuple[Segment, ...]


def _covered(cuts: Sequence[int], spans: Iterable[tuple[int, int]]) -> set[int]:
    """The cuts at which a segment inside one of ``spans`` starts (every span edge is a cut)."""
    delta: Counter[int] = Counter()
    for start, end in spans:
        if end > start:
            delta[start] += 1
            delta[end] -= 1
    depth, covered = 0, set()
    for cut in cuts:
        depth += delta.get(cut, 0)
        if depth > 0:
            covered.add(cut)
    return covered


def _blocks_of(doc: DocumentView) -> list[ParagraphView]:
    """The paragraphs, plus any non-blank text between them as blocks of their own."""
    blocks: list[ParagraphView] = []
    position = 0
    for paragraph in sorted(doc.paragraphs, key=lambda p: p.start):
        if paragraph.start > position and doc.text[position : paragraph.start].strip():
            blocks.append(ParagraphView(position, paragraph.start, doc.lang, False))
        blocks.append(paragraph)
        position = max(position, paragraph.end)
    if doc.text[position:].strip():
        blocks.append(ParagraphView(position, len(doc.text), doc.lang, False))
    return blocks


def _cuts(doc: DocumentView) -> list[int]:
    edges = {0, len(doc.text)}
    for fact in doc.facts:
        edges.update((*fact.span, *fact.sentence))
    for paragraph in doc.paragraphs:
        edges.update((paragraph.start, paragraph.end))
    for start, end in doc.boilerplate:
        edges.update((start, end))
    return sorted(e for e in edges if 0 <= e <= len(doc.text))


def cut_passages(doc: DocumentView) -> tuple[Block, ...]:
    """The document's text as blocks of segments, fact spans and boilerplate lines marked."""
    cuts = _cuts(doc)
    in_fact = _covered(cuts, (f.span for f in doc.facts))
    in_boilerplate = _covered(cuts, doc.boilerplate)
    blocks = []
    for paragraph in _blocks_of(doc):
        inner = cuts[bisect_right(cuts, paragraph.start) : bisect_right(cuts, paragraph.end - 1)]
        edges = [paragraph.start, *inner, paragraph.end]
        segments = tuple(
            Segment(
                start=a,
                end=b,
                text=doc.text[a:b],
                fact=a in in_fact,
                boilerplate=paragraph.boilerplate or a in in_boilerplate,
            )
            for a, b in itertools.pairwise(edges)
            if b > a
        )
        blocks.append(
            Block(paragraph.start, paragraph.end, paragraph.lang, paragraph.boilerplate, segments)
        )
    return tuple(blocks)
