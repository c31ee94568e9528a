"""Cutting a document's text for display without changing a character."""

from __future__ import annotations

from marsad.query.views import DocumentFact, DocumentView, ParagraphView
from marsad.serve.passages import cut_passages

TEXT = "Menu\n\nJaysh al-Izza took Latamna. It said so.\n\nFooter"


def fact(span: tuple[int, int], sentence: tuple[int, int]) -> DocumentFact:
    return DocumentFact(
        fact_id="f", section="event", kind="capture", date=None, subject=None, object=None,
        actors=(), places=(), claimant=None, value={}, value_text="", denied=False, details={},
        span=span, sentence=sentence, documents=1,
    )  # fmt: skip


def document(
    facts: tuple[DocumentFact, ...], paragraphs: tuple[ParagraphView, ...]
) -> DocumentView:
    return DocumentView(
        id=1, name="d.txt", title=None, outlet=None, published=None, published_precision=None,
        lang="en", size=len(TEXT), url=None, duplicate_of=None, sources=1, text=TEXT,
        paragraphs=paragraphs, boilerplate=((0, 4), (len(TEXT) - 6, len(TEXT))), facts=facts,
    )  # fmt: skip


PARAGRAPHS = (
    ParagraphView(0, 4, "en", True),
    ParagraphView(6, 45, "en", False),
    ParagraphView(47, 53, "en", True),
)


def test_segments_rebuild_every_paragraph_exactly() -> None:
    facts = (fact((6, 19), (6, 30)), fact((11, 29), (6, 30)))  # overlapping spans
    blocks = cut_passages(document(facts, PARAGRAPHS))
    assert [b.boilerplate for b in blocks] == [True, False, True]
    for block in blocks:
        assert "".join(s.text for s in block.segments) == TEXT[block.start : block.end]
        for segment in block.segments:
            assert segment.text == TEXT[segment.start : segment.end]
    body = blocks[1].segments
    cuts = {s.start for s in body} | {body[-1].end}
    assert {6, 11, 19, 29, 30} <= cuts
    marked = "".join(s.text for s in body if s.fact)
    assert marked == TEXT[6:29]
    assert all(s.boilerplate for s in blocks[0].segments)


def test_text_between_paragraphs_is_not_lost() -> None:
    blocks = cut_passages(document((), (ParagraphView(6, 20, "en", False),)))
    shown = "".join(s.text for b in blocks for s in b.segments)
    assert "Menu" in shown and "Footer" in shown and "It said so." in shown


def test_a_text_without_paragraphs_is_one_block() -> None:
    blocks = cut_passages(document((), ()))
    assert len(blocks) == 1 and blocks[0].segments[0].start == 0
    assert "".join(s.text for s in blocks[0].segments) == TEXT
