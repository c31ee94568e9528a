"""The link stage: document entities of many documents → knowledge-base entities.

    resources = load_link_resources(config.link)
    linking = link_entities(items, hints, resources, config.link)

Names meet across documents and scripts through a consonant key
(:func:`name_key`: كفر نبل and Kafr Nabl), the alias table, and fuzzy
spelling; table and gazetteer ids are never joined to each other.
"""

from __future__ import annotations

from marsad.link.keys import compact_key, name_key, name_script, normalise_name
from marsad.link.linker import link_entities
from marsad.link.nodes import is_strong_key
from marsad.link.resources import LinkResources, load_link_resources

__all__ = [
    "LinkResources",
    "compact_key",
    "is_strong_key",
    "link_entities",
    "load_link_resources",
    "name_key",
    "name_script",
    "normalise_name",
]
