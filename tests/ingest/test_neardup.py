"""Near-duplicates by MinHash LSH."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.config import IngestConfig
from marsad.ingest import NearDuplicateIndex
from tests.ingest.samples import ARABIC, ARABIC_2, ENGLISH, ENGLISH_2

ORIGINAL = " ".join([ARABIC, ARABIC_2, ARABIC, ARABIC_2]).replace(ARABIC, ARABIC + " 1", 1)
UNRELATED = " ".join([ENGLISH, ENGLISH_2])


def edited(text: str) -> str:
    changed = text.replace("الخميس", "الأربعاء", 1).replace("الحربية", "الروسية", 1)
    return changed.replace("الليل", "النهار", 1) + "\nشارك هذا المحتوى"


def test_lightly_edited_copy_is_found(config: IngestConfig) -> None:
    index = NearDuplicateIndex(config)
    index.add(7, index.signature(ORIGINAL))
    index.add(8, index.signature(UNRELATED))
    found = index.find(index.signature(edited(ORIGINAL)))
    assert found is not None
    doc_id, similarity = found
    assert doc_id == 7
    assert config.near_duplicate_threshold <= similarity < 1.0


def test_unrelated_text_is_not_found(config: IngestConfig) -> None:
    index = NearDuplicateIndex(config)
    index.add(1, index.signature(ORIGINAL))
    assert index.find(index.signature(UNRELATED)) is None


def test_identical_text_is_found_with_similarity_one(config: IngestConfig) -> None:
    index = NearDuplicateIndex(config)
    index.add(3, index.signature(UNRELATED))
    index.add(2, index.signature(UNRELATED))
    assert index.find(index.signature(UNRELATED)) == (2, 1.0)


def test_signatures_are_deterministic_across_instances(config: IngestConfig) -> None:
    first, second = NearDuplicateIndex(config), NearDuplicateIndex(config)
    signature = first.signature(ORIGINAL)
    assert signature == second.signature(ORIGINAL)
    assert len(signature) == config.minhash_permutations * 8
    values = np.frombuffer(signature, dtype="<u8")
    assert values.shape == (config.minhash_permutations,)
    second.add(5, signature)
    assert second.find(first.signature(ORIGINAL)) == (5, 1.0)


@pytest.mark.parametrize("text", ["", "two words", "   "])
def test_text_too_short_for_a_shingle(config: IngestConfig, text: str) -> None:
    index = NearDuplicateIndex(config)
    assert index.signature(text) == b""
    index.add(1, b"")
    assert len(index) == 0
    assert index.find(b"") is None


def test_signature_of_another_size_is_refused(config: IngestConfig) -> None:
    index = NearDuplicateIndex(config)
    other = NearDuplicateIndex(IngestConfig(minhash_permutations=64))
    with pytest.raises(ValueError, match="recompute"):
        index.find(other.signature(ORIGINAL))
