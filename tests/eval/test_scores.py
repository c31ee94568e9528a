"""score(): micro-averaging, missing and unscored documents, the Report."""

from __future__ import annotations

from typing import Any

import pytest

from marsad.eval import Report, SectionScore, score
from tests.eval.facts_builders import document, entity


def actors(*names: str) -> list[dict[str, object]]:
    return [entity(f"e{i}", "actor", name) for i, name in enumerate(names, 1)]


@pytest.mark.parametrize(
    ("counts", "precision", "recall", "f1"),
    [
        (SectionScore(2, 1, 3), 2 / 3, 2 / 5, 0.5),
        (SectionScore(1, 0, 0), 1.0, 1.0, 1.0),
        (SectionScore(0, 0, 4), 0.0, 0.0, 0.0),
        (SectionScore(0, 3, 0), 0.0, 0.0, 0.0),
        (SectionScore(0, 0, 0), 0.0, 0.0, 0.0),  # undefined counts as 0
    ],
)
def test_section_score_ratios(
    counts: SectionScore, precision: float, recall: float, f1: float
) -> None:
    assert counts.precision == pytest.approx(precision)
    assert counts.recall == pytest.approx(recall)
    assert counts.f1 == pytest.approx(f1)


def test_micro_average_sums_counts_over_documents() -> None:
    gold = {
        "a": document("a", entities=actors("A1", "A2", "A3", "A4")),
        "b": document("b", entities=actors("B1")),
    }
    predicted = {
        "a": document("a", entities=actors("A1", "A2", "A3", "A4")),
        "b": document("b", entities=actors("X", "Y", "Z")),
    }
    report = score(gold, predicted)
    assert report.entities == SectionScore(4, 3, 1)
    assert report.entities.precision == pytest.approx(4 / 7)  # a macro mean would be 0.5
    assert report.document("a").entities == SectionScore(4, 0, 0)
    assert report.document("b").entities == SectionScore(0, 3, 1)


def test_missing_document_counts_all_gold_as_misses() -> None:
    gold = {"a": document("a", entities=actors("A1", "A2")), "b": document("b")}
    report = score(gold, {"b": document("b")})
    assert report.entities == SectionScore(0, 0, 2)
    assert report.document("a").predicted is False
    assert report.document("b").predicted is True


def test_predicted_documents_without_gold_are_unscored() -> None:
    gold = {"a": document("a", entities=actors("A1"))}
    predicted = {
        "a": document("a", entities=actors("A1")),
        "z": document("z", entities=actors("Z")),
        "m": document("m", entities=actors("M")),
    }
    report = score(gold, predicted)
    assert report.entities == SectionScore(1, 0, 0)
    assert report.unscored == ("m", "z")
    assert [item.doc for item in report.documents] == ["a"]


def test_documents_follow_sorted_gold_names() -> None:
    gold = {name: document(name) for name in ("c", "a", "b")}
    assert [item.doc for item in score(gold, {}).documents] == ["a", "b", "c"]


def test_sections_missing_or_not_lists_count_as_empty() -> None:
    gold = {"a": document("a", entities=actors("A1"))}
    predicted: dict[str, dict[str, Any]] = {
        "a": {"doc": "a", "entities": None, "relations": "nope", "events": {}}
    }
    report = score(gold, predicted)
    assert report.entities == SectionScore(0, 0, 1)
    assert report.relations == SectionScore()


def test_report_to_dict_and_section_lookup() -> None:
    gold = {"a": document("a", entities=actors("A1", "A2"))}
    report = score(gold, {"a": document("a", entities=actors("A1"))})
    data = report.to_dict()
    assert data["sections"]["entities"] == {
        "tp": 1,
        "fp": 0,
        "fn": 1,
        "precision": 1.0,
        "recall": 0.5,
        "f1": pytest.approx(2 / 3),
    }
    assert data["documents"]["a"]["predicted"] is True
    assert data["unscored"] == []
    assert report.section("entities") is report.entities
    with pytest.raises(ValueError, match="unknown section"):
        report.section("mentions")
    with pytest.raises(KeyError):
        report.document("nope")


def test_report_is_frozen() -> None:
    report: Report = score({}, {})
    with pytest.raises(AttributeError):
        report.entities = SectionScore()  # type: ignore[misc]
