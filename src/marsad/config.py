"""Configuration: one frozen config per stage, defaults in ``data/defaults.toml``.

A :class:`Config` is built once by :func:`load_config` and threaded through
the pipeline; nothing reads configuration from module state.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.errors import ConfigError

DATA_PACKAGE = "marsad.data"


@dataclass(frozen=True, slots=True)
class IngestConfig:
    """Options of the ingest stage."""

    extensions: tuple[str, ...] = (".txt", ".html", ".htm", ".json", ".jsonl")
    max_bytes: int = 20_000_000
    boilerplate_table: str = "boilerplate.tsv"
    short_text_chars: int = 20
    near_duplicate_threshold: float = 0.7
    minhash_permutations: int = 128
    shingle_words: int = 3


@dataclass(frozen=True, slots=True)
class TextConfig:
    """Options of the text stage."""

    lexicon_table: str = "lexicon.tsv"
    break_marks: str = ".·•-_*|"
    split_suffixes: tuple[str, ...] = ("backed", "supported", "funded", "sponsored", "trained")


@dataclass(frozen=True, slots=True)
class ExtractConfig:
    """Options of the extract stage: the word tables it reads (bundled names or user paths)."""

    actors_table: str = "actors.tsv"
    persons_table: str = "persons.tsv"
    group_words_table: str = "group_words.tsv"
    ranks_table: str = "ranks.tsv"
    places_table: str = "places.tsv"
    regions_table: str = "regions.tsv"
    place_cues_table: str = "place_cues.tsv"
    months_table: str = "months.tsv"
    numbers_table: str = "numbers.tsv"
    speech_table: str = "speech.tsv"
    outlets_table: str = "outlets.tsv"
    claim_words_table: str = "claim_words.tsv"
    relation_cues_table: str = "relation_cues.tsv"
    triggers_table: str = "triggers.tsv"
    extra_gazetteers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LinkConfig:
    """Options of the linker: alias table and fuzzy-matching thresholds."""

    aliases_table: str = "aliases.tsv"
    fuzzy_threshold: float = 92.0
    fuzzy_min_length: int = 7


@dataclass(frozen=True, slots=True)
class StoreConfig:
    """Options of the store."""

    default_path: str = "marsad.db"


@dataclass(frozen=True, slots=True)
class Config:
    """All stage configs together."""

    ingest: IngestConfig = IngestConfig()
    text: TextConfig = TextConfig()
    extract: ExtractConfig = ExtractConfig()
    link: LinkConfig = LinkConfig()
    store: StoreConfig = StoreConfig()


_SECTIONS = ("ingest", "text", "extract", "link", "store")


def resolve_table(name: str) -> Path:
    """Return the path of a data table: a user path as given, else a bundled file."""
    candidate = Path(name)
    if candidate.is_absolute() or candidate.exists():
        return candidate
    bundled = Path(str(resources.files(DATA_PACKAGE).joinpath(name)))
    if not bundled.exists():
        raise ConfigError(
            f"data table {name!r} not found on disk nor among marsad's bundled tables"
        )
    return bundled


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror}); check the path") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the file") from exc


_RANGES: dict[str, tuple[float, float]] = {
    "fuzzy_threshold": (0, 100),
    "near_duplicate_threshold": (0, 1),
    "max_bytes": (1, float("inf")),
    "short_text_chars": (0, float("inf")),
    "minhash_permutations": (16, 1024),
    "shingle_words": (1, 10),
    "fuzzy_min_length": (1, 100),
}
"""The values a numeric option may take."""


def _build(cls: type[Any], section: dict[str, Any], where: str) -> Any:
    defaults = {f.name: f.default for f in fields(cls)}
    unknown = set(section) - set(defaults)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)}; known: {sorted(defaults)}")
    values = {k: _checked(where, k, v, defaults[k]) for k, v in section.items()}
    return cls(**values)


def _checked(where: str, key: str, value: Any, default: Any) -> Any:
    """``value`` of option ``key`` if it has the type (and range) of its default."""
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f'{where} {key}: expected a list of strings such as ["a", "b"]')
        return tuple(value)
    if isinstance(default, str):
        if not isinstance(value, str):
            raise ConfigError(f"{where} {key}: expected a string, got {value!r}")
        return value
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if not number or (isinstance(default, int) and not isinstance(value, int)):
        kind = "a whole number" if isinstance(default, int) else "a number"
        raise ConfigError(f"{where} {key}: expected {kind}, got {value!r}")
    low, high = _RANGES.get(key, (float("-inf"), float("inf")))
    if not low <= value <= high:
        raise ConfigError(f"{where} {key}: {value!r} is out of range ({low:g} to {high:g})")
    return value


def load_config(user_path: str | Path | None = None) -> Config:
    """Load the bundled defaults, then overlay a user config file if given."""
    defaults = _read_toml(Path(str(resources.files(DATA_PACKAGE).joinpath("defaults.toml"))))
    if user_path is not None:
        for name, section in _read_toml(Path(user_path)).items():
            if name not in _SECTIONS or not isinstance(section, dict):
                raise ConfigError(
                    f"{user_path}: unknown section [{name}]; use one of {', '.join(_SECTIONS)}"
                )
            defaults.setdefault(name, {}).update(section)
    origin = f"{user_path}: " if user_path is not None else ""
    return Config(
        ingest=_build(IngestConfig, defaults.get("ingest", {}), f"{origin}[ingest]"),
        text=_build(TextConfig, defaults.get("text", {}), f"{origin}[text]"),
        extract=_build(ExtractConfig, defaults.get("extract", {}), f"{origin}[extract]"),
        link=_build(LinkConfig, defaults.get("link", {}), f"{origin}[link]"),
        store=_build(StoreConfig, defaults.get("store", {}), f"{origin}[store]"),
    )
