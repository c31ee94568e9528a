"""Claims: property, subject (entity id or plain name) and value overlap."""

from __future__ import annotations

import math
from typing import Any

import pytest

from marsad.eval import SectionScore, score
from marsad.eval.values import value_interval, values_overlap
from tests.eval.facts_builders import GOLD_ENTITIES, PREDICTED_ENTITIES, document


def claim(subject: Any, value: Any, prop: Any = "fatalities", **extra: Any) -> dict[str, Any]:
    return {"property": prop, "subject": subject, "value": value, **extra}


def claims_score(gold: list[Any], predicted: list[Any]) -> SectionScore:
    g = document(entities=GOLD_ENTITIES, claims=gold)
    p = document(entities=PREDICTED_ENTITIES, claims=predicted)
    return score({"d.txt": g}, {"d.txt": p}).claims


MATCH, MISS = SectionScore(1, 0, 0), SectionScore(0, 1, 1)


@pytest.mark.parametrize(
    ("gold_subject", "predicted_subject", "expected"),
    [
        ("e3", "p3", MATCH),  # id to id, through the entities' names
        ("e3", "Syrian Arab Army", MATCH),  # id to plain name (gold canonical)
        ("e3", "قوات النظام", MATCH),  # id to plain name (gold written form)
        ("Syrian Arab Army", "p3", MATCH),  # plain name to id
        ("Reuters", "reuters", MATCH),  # plain to plain, normalised
        ("e3", "p1", MISS),
        ("e3", "Jaysh al-Izza", MISS),
        ("e3", None, MISS),
        ("e3", 7, MISS),
    ],
)
def test_claim_subject(gold_subject: Any, predicted_subject: Any, expected: SectionScore) -> None:
    gold = [claim(gold_subject, {"min": 100})]
    assert claims_score(gold, [claim(predicted_subject, {"exact": 150})]) == expected


def test_claim_property_must_agree() -> None:
    gold = [claim("e3", {"exact": 3}, prop="fatalities")]
    assert claims_score(gold, [claim("p3", {"exact": 3}, prop="injured")]) == MISS
    assert claims_score(gold, [claim("p3", {"exact": 3}, prop=" Fatalities ")]) == MATCH
    assert claims_score(gold, [claim("p3", {"exact": 3}, prop=None)]) == MISS


def test_claimant_and_extra_fields_do_not_matter() -> None:
    gold = [claim("e3", {"exact": 3}, claimant="e2", channel="tweet")]
    predicted = [claim("p3", {"exact": 3}, claimant="Someone", confidence=0.1)]
    assert claims_score(gold, predicted) == MATCH


def test_two_claims_one_gold_is_one_tp_one_fp() -> None:
    gold = [claim("e3", {"min": 100})]
    predicted = [claim("p3", {"exact": 120}), claim("Syrian Arab Army", {"exact": 500})]
    assert claims_score(gold, predicted) == SectionScore(1, 1, 0)


@pytest.mark.parametrize(
    ("value", "interval"),
    [
        ({"exact": 5}, (5.0, 5.0)),
        ({"min": 20}, (20.0, math.inf)),
        ({"max": 500}, (-math.inf, 500.0)),
        ({"min": 20, "max": 99}, (20.0, 99.0)),
        ({"approx": 1500}, (1350.0, 1650.0)),
        ({"exact": 2.5, "unit": "km"}, (2.5, 2.5)),  # unknown keys are ignored
        ({"min": 99, "max": 20}, None),
        ({"exact": 5, "min": 3}, None),
        ({"exact": "1,500"}, None),
        ({"exact": True}, None),
        ({"exact": None}, None),
        ({}, None),
        (5, None),
        (None, None),
    ],
)
def test_value_interval(value: Any, interval: tuple[float, float] | None) -> None:
    got = value_interval(value)
    if interval is None:
        assert got is None
    else:
        assert got == pytest.approx(interval)


@pytest.mark.parametrize(
    ("gold", "predicted", "overlap"),
    [
        ({"exact": 1500}, {"exact": 1500}, True),
        ({"exact": 1500}, {"exact": 1501}, False),
        ({"exact": 1500}, {"min": 1000}, True),
        ({"exact": 1500}, {"min": 2000}, False),
        ({"exact": 1500}, {"max": 1500}, True),
        ({"exact": 1500}, {"max": 1499}, False),
        ({"exact": 1500}, {"min": 1000, "max": 2000}, True),
        ({"exact": 1500}, {"min": 1600, "max": 2000}, False),
        ({"exact": 1500}, {"approx": 1400}, True),  # 1260..1540
        ({"exact": 1500}, {"approx": 1300}, False),  # 1170..1430
        ({"min": 100}, {"exact": 100}, True),  # closed ends
        ({"min": 100}, {"max": 100}, True),
        ({"min": 100}, {"max": 99}, False),
        ({"min": 100}, {"min": 5}, True),
        ({"max": 500}, {"max": 10}, True),
        ({"max": 500}, {"min": 501}, False),
        ({"min": 20, "max": 99}, {"exact": 50}, True),
        ({"min": 20, "max": 99}, {"min": 99, "max": 200}, True),
        ({"min": 20, "max": 99}, {"min": 100, "max": 200}, False),
        ({"min": 20, "max": 99}, {"approx": 110}, True),  # 99..121
        ({"min": 20, "max": 99}, {"approx": 120}, False),  # 108..132
        ({"approx": 1000}, {"approx": 1200}, True),  # 900..1100 meets 1080..1320
        ({"approx": 1000}, {"approx": 1300}, False),
        ({"approx": 1000}, {"exact": 1100}, True),
        ({"approx": 1000}, {"exact": 1101}, False),
        ({"approx": 0}, {"exact": 0}, True),
        ({"exact": 10}, {"exact": "10"}, False),
        ({"exact": 10}, None, False),
    ],
)
def test_values_overlap(gold: Any, predicted: Any, overlap: bool) -> None:
    assert values_overlap(gold, predicted) is overlap
    expected = MATCH if overlap else MISS
    assert claims_score([claim("e3", gold)], [claim("p3", predicted)]) == expected
