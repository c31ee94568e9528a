"""The text stage on the seed documents of ../shared (skipped where absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.records import Span, Text
from marsad.text import TextResources, sentence_keys

from .conftest import normalise
from .test_offsets import check_offsets

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "seeds"

# seed prefix → (broken word as written, with whitespace runs as one space; repaired)
EXPECTED_REPAIRS = {
    "000": [],
    "001": [("للسـِلاح", "للسلاح"), ("السـ.لاح", "السلاح"), ("المحـ.رمة", "المحرمة")],
    "002": [],
    "003": [("قا سياً", "قاسيا"), ("جر ح", "جرح"), ("قسر ياً", "قسريا")],
    "004": [],
}


def read_seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS} (../shared is absent in this clone)")
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=sorted(EXPECTED_REPAIRS))
def seed(request: pytest.FixtureRequest, resources: TextResources) -> tuple[str, Text]:
    prefix: str = request.param
    return prefix, normalise(read_seed(prefix), resources)


def test_repairs_point_at_the_broken_words(seed: tuple[str, Text]) -> None:
    prefix, text = seed
    found = [
        (" ".join(text.original[r.original.start : r.original.end].split()), r.repaired)
        for r in text.repairs
    ]
    assert found == EXPECTED_REPAIRS[prefix]
    for repair in text.repairs:
        assert repair.repaired in text.normalised


def test_offsets_hold_on_seeds(seed: tuple[str, Text]) -> None:
    check_offsets(seed[1])


def test_sentences_and_keys_on_seeds(seed: tuple[str, Text]) -> None:
    _, text = seed
    assert text.sentences
    for sentence in text.sentences:
        assert "\n" not in text.normalised[sentence.span.start : sentence.span.end]
    keys = sentence_keys(text)
    assert len(keys) == len(text.sentences) and all(keys)


def test_seed_001_repaired_words_read_in_place(resources: TextResources) -> None:
    text = normalise(read_seed("001"), resources)
    assert "يمتلك السلاح الأقوى" in text.normalised
    assert "الأسلحة المحرمة دوليا" in text.normalised
    weapon = text.normalised.index("يمتلك السلاح") + len("يمتلك ")
    start = text.normalised.index(" ", weapon)
    span = text.offsets.to_original(Span(weapon, start))
    assert text.original[span.start : span.end] == "السـ.لاح"


def test_seed_003_repairs_in_place(resources: TextResources) -> None:
    text = normalise(read_seed("003"), resources)
    assert "كان قاسيا”" in text.normalised
    assert "فضلا عن جرح أكثر من 200" in text.normalised
    assert "المهجرين قسريا من" in text.normalised
