"""The claims ledger: value intervals, periods and contradictions."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.query.ledger import (
    contradict,
    find_contradictions,
    interval,
    same_period,
    value_text,
)
from marsad.query.views import ClaimView, EntityRef


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"exact": 1500}, (1500, 1500)),
        ({"approx": 1000}, (900, 1100)),
        ({"min": 2000}, (2000, math.inf)),
        ({"max": 500}, (0, 500)),
        ({"min": 20, "max": 99}, (20, 99)),
    ],
)
def test_interval(value: dict[str, float], expected: tuple[float, float]) -> None:
    assert interval(value) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ({"exact": 1500}, "1,500"),
        ({"approx": 300}, "≈300"),
        ({"min": 2000}, "≥2,000"),
        ({"max": 500}, "≤500"),
        ({"min": 20, "max": 99}, "20–99"),
        ({"exact": 2.5}, "2.5"),
    ],
)
def test_value_text(value: dict[str, float], text: str) -> None:
    assert value_text(value) == text


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("2019-09", "2019-09-14", True),
        ("2019", "2019-10", True),
        ("2019-09", "2019-10", False),
        ("2015", "2019", False),
        (None, "2019", False),
    ],
)
def test_same_period(a: str | None, b: str | None, same: bool) -> None:
    assert same_period(a, b) is same


def claim(value: dict[str, float], as_of: str | None, *, prop: str = "strength",
          subject: str = "a1", denied: bool = False) -> ClaimView:  # fmt: skip
    return ClaimView(
        fact_id=f"c{value}{as_of}", property=prop, subject=EntityRef(subject, subject),
        value=value, value_text="", as_of=as_of, claimant=None, channels=(), outlets=(),
        documents=1, origins=1, denied=denied, contradicts=(), evidence=(),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (claim({"exact": 1133}, "2019-09"), claim({"exact": 1300}, "2019-09"), True),
        (claim({"exact": 1133}, "2019-09"), claim({"min": 2000}, "2019-09"), True),
        (claim({"approx": 1200}, "2019-09"), claim({"exact": 1133}, "2019-09"), False),
        (claim({"max": 500}, "2019-10"), claim({"min": 2000}, "2019-09"), False),
        (claim({"exact": 1500}, "2015"), claim({"exact": 1133}, "2019-09"), False),
        (claim({"exact": 10}, "2019"), claim({"exact": 20}, "2019", prop="fatalities"), False),
        (claim({"exact": 10}, "2019"), claim({"exact": 20}, "2019", subject="a2"), False),
        (claim({"exact": 10}, "2019", denied=True), claim({"exact": 20}, "2019"), False),
        (claim({"min": 20, "max": 99}, "2019"), claim({"exact": 50}, "2019"), False),
        # a group's size on two days of one month is one period; two days' dead are two
        (claim({"exact": 1300}, "2019-09-03"), claim({"min": 2000}, "2019-09-08"), True),
        (
            claim({"exact": 3}, "2019-11-23", prop="fatalities"),
            claim({"exact": 2}, "2019-11-30", prop="fatalities"),
            False,
        ),
    ],
)
def test_contradict(a: ClaimView, b: ClaimView, expected: bool) -> None:
    assert contradict(a, b) is expected
    assert contradict(b, a) is expected


_VALUES = st.one_of(
    st.builds(lambda x: {"exact": x}, st.integers(0, 40)),
    st.builds(lambda x: {"approx": x}, st.integers(0, 40)),
    st.builds(lambda x: {"min": x}, st.integers(0, 40)),
    st.builds(lambda x: {"max": x}, st.integers(0, 40)),
    st.builds(lambda a, b: {"min": a, "max": b}, st.integers(0, 40), st.integers(0, 40)),
    st.just({"exact": math.nan}),
)
_CLAIMS = st.lists(
    st.builds(
        claim,
        _VALUES,
        st.sampled_from(
            [None, "", "2019", "2019-09", "2019-09-14", "2019-09-20", "2019-10", "2015", "20"]
        ),
        prop=st.sampled_from(["strength", "fatalities"]),
        subject=st.sampled_from(["a1", "a2"]),
        denied=st.booleans(),
    ),
    max_size=30,
)


@given(_CLAIMS)
def test_find_contradictions_is_every_pair_tested(claims: list[ClaimView]) -> None:
    expected = [
        [j for j, other in enumerate(claims) if other is not c and contradict(c, other)]
        for c in claims
    ]
    assert find_contradictions(claims) == expected
