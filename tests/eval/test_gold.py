"""The seed gold of ../shared scored against itself and against damage."""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import pytest

from marsad.eval import SECTIONS, read_facts, score

GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "gold" / "seeds.jsonl"
FACT_SECTIONS = ("relations", "events", "claims")


@pytest.fixture(scope="module")
def gold() -> dict[str, dict[str, Any]]:
    if not GOLD.is_file():
        pytest.skip(f"seed gold not found at {GOLD} (../shared is absent in this clone)")
    return read_facts(GOLD)


def thin(doc: dict[str, Any], sections: tuple[str, ...]) -> dict[str, Any]:
    """Drop every third fact (the 1st, 4th, ...) of ``sections``."""
    out = copy.deepcopy(doc)
    for name in sections:
        out[name] = [fact for i, fact in enumerate(out[name]) if i % 3 != 0]
    return out


def disguise(doc: dict[str, Any], seed: int) -> dict[str, Any]:
    """Renumber entity ids, shuffle every section and add evidence fields."""
    out = copy.deepcopy(doc)
    rng = random.Random(seed)
    ids = [entity["id"] for entity in out["entities"]]
    renamed = dict(zip(ids, rng.sample([f"x{i}" for i in range(len(ids))], len(ids)), strict=True))
    for entity in out["entities"]:
        entity["id"] = renamed[entity["id"]]
        entity["confidence"] = 0.5
    for relation in out["relations"]:
        relation["subject"], relation["object"] = (
            renamed[relation["subject"]],
            renamed[relation["object"]],
        )
    for event in out["events"]:
        event["places"] = [renamed[ref] for ref in event["places"]]
        event["actors"] = [renamed[ref] for ref in event["actors"]]
    for claim in out["claims"]:
        claim["subject"] = renamed.get(claim["subject"], claim["subject"])
        claim["evidence"] = {"start": 0, "end": 10}
    for name in SECTIONS:
        rng.shuffle(out[name])
    return out


def counts(gold: dict[str, dict[str, Any]], section: str) -> tuple[int, int]:
    total = sum(len(doc[section]) for doc in gold.values())
    kept = sum(len([i for i in range(len(doc[section])) if i % 3 != 0]) for doc in gold.values())
    return total, kept


def test_gold_against_itself_is_perfect(gold: dict[str, dict[str, Any]]) -> None:
    report = score(gold, gold)
    for name in SECTIONS:
        section = report.section(name)
        assert section.tp > 0, name
        assert (section.precision, section.recall, section.f1) == (1.0, 1.0, 1.0), name


def test_gold_renumbered_and_shuffled_is_still_perfect(gold: dict[str, dict[str, Any]]) -> None:
    predicted = {doc: disguise(facts, seed) for seed, (doc, facts) in enumerate(gold.items())}
    report = score(gold, predicted)
    for name in SECTIONS:
        assert report.section(name).f1 == 1.0, name


def test_dropping_a_third_of_the_facts(gold: dict[str, dict[str, Any]]) -> None:
    report = score(gold, {doc: thin(facts, FACT_SECTIONS) for doc, facts in gold.items()})
    assert report.entities.f1 == 1.0
    for name in FACT_SECTIONS:
        total, kept = counts(gold, name)
        section = report.section(name)
        assert section.precision == 1.0, name
        assert section.recall == pytest.approx(kept / total), name
        assert section.recall == pytest.approx(2 / 3, abs=0.06), name
        assert section.f1 == pytest.approx(2 * kept / (total + kept)), name


def test_dropping_a_third_of_the_entities(gold: dict[str, dict[str, Any]]) -> None:
    report = score(gold, {doc: thin(facts, ("entities",)) for doc, facts in gold.items()})
    total, kept = counts(gold, "entities")
    assert report.entities.precision == 1.0
    assert report.entities.recall == pytest.approx(kept / total)
    assert report.entities.recall == pytest.approx(2 / 3, abs=0.06)


def test_a_missing_document_lowers_recall_only(gold: dict[str, dict[str, Any]]) -> None:
    first = sorted(gold)[0]
    predicted = {doc: facts for doc, facts in gold.items() if doc != first}
    report = score(gold, {**predicted, "extra.txt": gold[first]})
    assert report.unscored == ("extra.txt",)
    for name in SECTIONS:
        total = sum(len(doc[name]) for doc in gold.values())
        section = report.section(name)
        assert section.precision == 1.0, name
        assert section.fn == len(gold[first][name]), name
        assert section.tp == total - section.fn, name
