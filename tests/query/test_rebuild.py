"""Rebuilding the knowledge base: a failure midway changes nothing and leaves the
store usable."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from marsad import pipeline
from marsad.config import load_config
from marsad.link import gather
from marsad.store import Store


def test_a_rebuild_that_fails_while_writing_evidence_changes_nothing(
    examples_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "copy.db"
    shutil.copy(examples_db, path)
    config = load_config()
    real = gather._evidence
    calls = [0]

    def failing(*args: Any) -> Any:
        calls[0] += 1
        if calls[0] == 3:
            raise RuntimeError("disk full")
        return real(*args)

    with Store.open(path) as store:
        resources = pipeline.load_resources(config, store)
        before = [e.id for e in store.entities(limit=1000)[0]]
        monkeypatch.setattr(gather, "_evidence", failing)
        with pytest.raises(RuntimeError):
            pipeline.rebuild_knowledge(store, config, resources)
        assert [e.id for e in store.entities(limit=1000)[0]] == before  # rolled back
        monkeypatch.setattr(gather, "_evidence", real)
        assert pipeline.rebuild_knowledge(store, config, resources) == len(before)
