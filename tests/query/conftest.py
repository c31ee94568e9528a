"""A knowledge base built once from ``examples/`` for the read-side tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad import pipeline
from marsad.config import load_config
from marsad.store import Store
from tests.conftest import EXAMPLES


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file holding the example corpus and its knowledge base (read it, don't write)."""
    path = tmp_path_factory.mktemp("query") / "examples.db"
    config = load_config()
    with Store.open(path) as store:
        resources = pipeline.load_resources(config, store)
        summary = pipeline.ingest_paths([str(EXAMPLES)], store, config, resources)
        assert summary.failed == 0
        pipeline.rebuild_knowledge(store, config, resources)
    return path


@pytest.fixture
def store(examples_db: Path) -> Iterator[Store]:
    with Store.open(examples_db) as opened:
        yield opened
