"""Configuration loading: defaults, user overrides and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.config import IngestConfig, load_config, resolve_table
from marsad.errors import ConfigError


def test_defaults_match_the_dataclass_defaults() -> None:
    config = load_config()
    assert config.ingest == IngestConfig()
    assert resolve_table(config.ingest.boilerplate_table).exists()


def test_user_file_overrides_one_key(tmp_path: Path) -> None:
    user = tmp_path / "marsad.toml"
    user.write_text("[ingest]\nnear_duplicate_threshold = 0.9\n", encoding="utf-8")
    config = load_config(user)
    assert config.ingest.near_duplicate_threshold == 0.9
    assert config.ingest.shingle_words == IngestConfig().shingle_words


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[ingest]\nthreshold = 1\n", "unknown key"),
        ("[web]\nport = 1\n", "unknown section"),
        ("[ingest\n", "not valid TOML"),
        ('[link]\nfuzzy_threshold = "high"\n', "fuzzy_threshold: expected a number"),
        ("[link]\nfuzzy_threshold = 5000\n", "out of range"),
        ('[ingest]\nmax_bytes = "lots"\n', "expected a whole number"),
        ('[ingest]\nextensions = ".txt"\n', "expected a list of strings"),
        ("[extract]\nactors_table = 3\n", "expected a string"),
        ("[ingest]\nshingle_words = true\n", "expected a whole number"),
    ],
)
def test_bad_user_files_are_named(tmp_path: Path, content: str, message: str) -> None:
    user = tmp_path / "marsad.toml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(user)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "nope.toml")


def test_unknown_table_name() -> None:
    with pytest.raises(ConfigError, match="not found"):
        resolve_table("no-such-table.tsv")
