"""What the linker loads once: the alias index."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.config import LinkConfig
from marsad.link.aliases import AliasIndex, load_aliases


@dataclass(frozen=True, slots=True)
class LinkResources:
    """Everything :func:`marsad.link.link_entities` reads besides its input."""

    aliases: AliasIndex


def load_link_resources(config: LinkConfig) -> LinkResources:
    """Load the alias table named by ``config`` (once per run)."""
    return LinkResources(aliases=load_aliases(config.aliases_table))
