"""Fixtures of the ingest tests: the config, resources built once, the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.config import IngestConfig, load_config
from marsad.ingest import IngestResources, load_ingest_resources

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"


@pytest.fixture(scope="session")
def config() -> IngestConfig:
    return load_config().ingest


@pytest.fixture(scope="session")
def resources(config: IngestConfig) -> IngestResources:
    return load_ingest_resources(config)


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS} (../shared is absent in this clone)")
    return SEEDS
