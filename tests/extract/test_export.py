"""Facts serialise to the facts format with evidence in original offsets."""

from __future__ import annotations

import pytest

from marsad.extract.export import facts_dict, value_dict
from marsad.records import (
    Claim,
    ClaimValue,
    DocumentFacts,
    Entity,
    Event,
    Evidence,
    Relation,
    Span,
)
from tests.extract.builders import analyse


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (ClaimValue(exact=1500.0), {"exact": 1500}),
        (ClaimValue(min=20, max=99), {"min": 20, "max": 99}),
        (ClaimValue(approx=2.5), {"approx": 2.5}),
        (ClaimValue(max=500), {"max": 500}),
        (ClaimValue(), {}),
    ],
)
def test_value_dict(value: ClaimValue, expected: dict[str, float]) -> None:
    assert value_dict(value) == expected


def test_facts_dict_maps_mentions_to_original_offsets() -> None:
    text = analyse("قال جيشُ العزّة إن 1500 مقاتل")  # diacritics shift the offsets
    normalised_span = Span(4, 13)
    assert text.normalised[4:13] == "جيش العزة"
    evidence = Evidence(Span(0, 5), Span(0, 10))
    facts = DocumentFacts(
        doc="x.txt",
        lang="ar",
        published=None,
        outlet="Outlet",
        entities=(
            Entity("e1", "actor", "Jaysh al-Izza", ("جيش العزة",), (normalised_span,)),
            Entity("e2", "actor", "Syrian Arab Army", ("النظام",), ()),
        ),
        relations=(Relation("opposed_to", "e1", "e2", evidence, reason="cue"),),
        events=(Event("Battles", "Armed clash", "clash", "2019", (), ("e1",), evidence),),
        claims=(Claim("strength", "e1", ClaimValue(exact=1500), evidence, claimant="e1"),),
    )
    out = facts_dict(facts, text.offsets)
    start, end = out["entities"][0]["mentions"][0]
    assert text.original[start:end] == "جيشُ العزّة"
    assert out["relations"][0] == {
        "type": "opposed_to",
        "subject": "e1",
        "object": "e2",
        "evidence": {"span": [0, 5], "sentence": [0, 10]},
        "confidence": 0.5,
        "reason": "cue",
    }
    assert out["events"][0]["date"] == "2019"
    assert out["claims"][0]["value"] == {"exact": 1500}
    assert set(out) == {
        "doc",
        "lang",
        "published",
        "outlet",
        "entities",
        "relations",
        "events",
        "claims",
    }
