"""Shared fixtures: paths to the example corpus and to ../shared seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
EXAMPLES = REPO / "examples"


@pytest.fixture
def seeds_dir() -> Path:
    """The seed documents; tests using them skip where ../shared is absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS} (../shared is absent in this clone)")
    return SEEDS


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES
