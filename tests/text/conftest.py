"""Fixtures of the text-stage tests: resources are loaded once per session."""

from __future__ import annotations

import pytest

from marsad.config import TextConfig
from marsad.records import Text
from marsad.text import TextResources, load_text_resources, normalise_text


@pytest.fixture(scope="session")
def resources() -> TextResources:
    return load_text_resources(TextConfig())


def normalise(original: str, resources: TextResources) -> Text:
    """Normalise ``original`` with no boilerplate."""
    return normalise_text(original, (), resources)
