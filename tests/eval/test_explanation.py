"""explain(): matched pairs, misses and false hits as readable lines."""

from __future__ import annotations

from marsad.eval import explain, score
from marsad.eval.explanation import describe_value
from tests.eval.facts_builders import GOLD_ENTITIES, PREDICTED_ENTITIES, document, entity

GOLD = document(
    entities=GOLD_ENTITIES,
    relations=[
        {"type": "leader_of", "subject": "e2", "object": "e1"},
        {"type": "opposed_to", "subject": "e1", "object": "e3"},
    ],
    events=[
        {
            "event_type": "Battles",
            "kind": "repelled_advance",
            "date": "2019-06",
            "places": ["e4"],
            "actors": ["e1"],
        },
    ],
    claims=[{"property": "fatalities", "subject": "e3", "value": {"min": 100}, "as_of": "2019-06"}],
)
PREDICTED = document(
    entities=[*PREDICTED_ENTITIES, entity("p9", "actor", "Free Syrian Army")],
    relations=[
        {"type": "leader_of", "subject": "p2", "object": "p1"},
        {"type": "part_of", "subject": "p1", "object": "p9"},
    ],
    events=[{"event_type": "Battles", "date": "2019", "places": ["p4"], "actors": ["p1"]}],
    claims=[{"property": "fatalities", "subject": "Syrian Arab Army", "value": {"exact": 120}}],
)


def test_explain_lists_pairs_misses_and_false_hits() -> None:
    explanation = explain(GOLD, PREDICTED)
    assert explanation.relations.matched == (
        ("leader_of: Jamil al-Saleh → Jaysh al-Izza", "leader_of: جميل الصالح → Jaysh al-Izza"),
    )
    assert explanation.relations.misses == ("opposed_to: Jaysh al-Izza → Syrian Arab Army",)
    assert explanation.relations.false_hits == ("part_of: Jaysh al-Izza → Free Syrian Army",)
    assert explanation.entities.false_hits == ("actor: Free Syrian Army",)
    assert explanation.entities.matched[0] == (
        "actor: Jaysh al-Izza (جيش العزة)",
        "actor: Jaysh al-Izza",
    )
    assert explanation.events.misses == (
        "Battles (repelled_advance) 2019-06 at Tell Malah; by Jaysh al-Izza",
    )
    assert explanation.events.false_hits == ("Battles 2019 at Tell Malah; by Jaysh al-Izza",)
    assert explanation.claims.matched == (
        (
            "fatalities of Syrian Arab Army: ≥100 (as of 2019-06)",
            "fatalities of Syrian Arab Army: 120",
        ),
    )


def test_explain_agrees_with_score() -> None:
    explanation = explain(GOLD, PREDICTED)
    report = score({"d.txt": GOLD}, {"d.txt": PREDICTED})
    for name in ("entities", "relations", "events", "claims"):
        part, counts = explanation.section(name), report.section(name)
        assert (len(part.matched), len(part.false_hits), len(part.misses)) == (
            counts.tp,
            counts.fp,
            counts.fn,
        )


def test_explain_a_missing_document_and_broken_facts() -> None:
    explanation = explain(GOLD, None)
    assert len(explanation.entities.misses) == len(GOLD_ENTITIES)
    broken = document(relations=[None, {"type": "leader_of"}], claims=["oops"])
    explanation = explain(GOLD, broken)
    assert explanation.relations.false_hits == ("None", "leader_of: ? → ?")
    assert explanation.claims.false_hits == ("'oops'",)


def test_render_is_one_line_per_fact() -> None:
    text = explain(GOLD, PREDICTED).render()
    assert text.splitlines()[0] == "entities: 5 matched, 0 missed, 1 false"
    assert "  - opposed_to: Jaysh al-Izza → Syrian Arab Army" in text.splitlines()
    assert "  + part_of: Jaysh al-Izza → Free Syrian Army" in text.splitlines()


def test_describe_value() -> None:
    assert describe_value({"exact": 5}) == "5"
    assert describe_value({"min": 5}) == "≥5"
    assert describe_value({"max": 5}) == "≤5"
    assert describe_value({"approx": 5}) == "~5"
    assert describe_value({"min": 20, "max": 99}) == "20–99"
    assert describe_value(None) == "None"
