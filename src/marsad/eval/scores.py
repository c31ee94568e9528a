"""Precision, recall and F1 of exported facts against gold.

Documents are paired by their ``doc`` name. A gold document with no
predicted counterpart counts every gold fact as a miss; a predicted
document with no gold is not scored and is listed in
:attr:`Report.unscored`. Each section's counts are summed over documents
(micro-average) before precision, recall and F1 are computed; a ratio whose
denominator is zero is 0.0 (so a section with no gold and no predicted
facts scores 0.0, not 1.0).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from marsad.eval.matching import align_document
from marsad.eval.rules import SECTIONS, view_document


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


@dataclass(frozen=True, slots=True)
class SectionScore:
    """Matched (tp), spurious (fp) and missed (fn) facts of one section."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def __add__(self, other: SectionScore) -> SectionScore:
        return SectionScore(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """The section scores of one gold document."""

    doc: str
    entities: SectionScore
    relations: SectionScore
    events: SectionScore
    claims: SectionScore
    predicted: bool = True

    def section(self, name: str) -> SectionScore:
        """The score of section ``name`` (one of ``SECTIONS``)."""
        if name not in SECTIONS:
            raise ValueError(f"unknown section {name!r}; expected one of {', '.join(SECTIONS)}")
        score: SectionScore = getattr(self, name)
        return score


@dataclass(frozen=True, slots=True)
class Report:
    """Micro-averaged section scores, per-document scores, unscored docs.

    ``documents`` follows the sorted gold document names; a document the
    predictions lack has ``predicted=False``. ``unscored`` lists, sorted,
    the predicted documents that have no gold.
    """

    entities: SectionScore
    relations: SectionScore
    events: SectionScore
    claims: SectionScore
    documents: tuple[DocumentScore, ...]
    unscored: tuple[str, ...]

    def section(self, name: str) -> SectionScore:
        """The micro-averaged score of section ``name``."""
        if name not in SECTIONS:
            raise ValueError(f"unknown section {name!r}; expected one of {', '.join(SECTIONS)}")
        score: SectionScore = getattr(self, name)
        return score

    def document(self, doc: str) -> DocumentScore:
        """The score of gold document ``doc``; KeyError when it is not gold."""
        for item in self.documents:
            if item.doc == doc:
                return item
        raise KeyError(doc)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form: sections, documents and unscored names."""
        return {
            "sections": {name: self.section(name).to_dict() for name in SECTIONS},
            "documents": {
                item.doc: {
                    "predicted": item.predicted,
                    **{name: item.section(name).to_dict() for name in SECTIONS},
                }
                for item in self.documents
            },
            "unscored": list(self.unscored),
        }


def score_document(
    doc: str, gold_doc: Mapping[str, Any], predicted_doc: Mapping[str, Any] | None
) -> DocumentScore:
    """Score one document; ``predicted_doc`` None means it was not exported."""
    alignment = align_document(view_document(gold_doc), view_document(predicted_doc))
    counts = {
        name: SectionScore(len(a.pairs), len(a.false_hits), len(a.misses))
        for name, a in alignment.items()
    }
    return DocumentScore(doc=doc, **counts, predicted=predicted_doc is not None)


def score(
    gold: Mapping[str, Mapping[str, Any]], predicted: Mapping[str, Mapping[str, Any]]
) -> Report:
    """Score ``predicted`` facts against ``gold``, both keyed by doc name."""
    documents = tuple(score_document(doc, gold[doc], predicted.get(doc)) for doc in sorted(gold))
    totals = {
        name: sum((item.section(name) for item in documents), SectionScore()) for name in SECTIONS
    }
    return Report(
        **totals,
        documents=documents,
        unscored=tuple(sorted(set(predicted) - set(gold))),
    )
