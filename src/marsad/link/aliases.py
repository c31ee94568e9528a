"""The alias table: names of one entity that no spelling rule joins.

Each row of ``aliases.tsv`` lists names of one entity in any script; the
loader indexes them by ``(type, match key)`` so that a document name finds
its row whatever its spelling. Two rows of one type sharing a key would make
the table ambiguous: that is an error naming both lines.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from marsad.link.keys import match_key
from marsad.records import EntityType
from marsad.tables import Row, read_table, split_list

ENTITY_TYPES: tuple[EntityType, ...] = ("actor", "person", "place")
COLUMNS = ("type", "names")


@dataclass(frozen=True, slots=True)
class AliasIndex:
    """Alias rows by ``(type, match key)``; a row is named by its line."""

    rows: Mapping[tuple[str, str], str]

    def row_of(self, entity_type: str, name: str) -> str | None:
        """The row (``file:line``) listing ``name`` for ``entity_type``, if any."""
        return self.rows.get((entity_type, match_key(name)))


def load_aliases(table: str) -> AliasIndex:
    """Read alias table ``table`` (bundled name or user path) into an index."""
    return index_aliases(read_table(table, COLUMNS))


def index_aliases(rows: list[Row]) -> AliasIndex:
    """Index parsed alias rows; see :func:`load_aliases`."""
    index: dict[tuple[str, str], str] = {}
    for row in rows:
        entity_type = row.get("type")
        if entity_type not in ENTITY_TYPES:
            raise row.error(f"type {entity_type!r} is not one of {', '.join(ENTITY_TYPES)}")
        names = split_list(row.get("names"))
        if len(names) < 2:
            raise row.error("an alias row needs at least two names separated by '|'")
        place = f"{row.path}:{row.line}"
        for name in names:
            key = match_key(name)
            if not key:
                raise row.error(f"name {name!r} has no letters to key on")
            other = index.setdefault((entity_type, key), place)
            if other != place:
                raise row.error(f"name {name!r} is already listed at {other}")
    return AliasIndex(MappingProxyType(index))
