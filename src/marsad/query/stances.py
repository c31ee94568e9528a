"""Outlets and their stance, read from the editable outlets table.

A stance is one of ``self`` (the actor itself), ``opposition``,
``pro-government``, ``independent`` or ``unknown``. An outlet the table does
not list is ``unknown``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.tables import read_table, split_list

STANCES = ("self", "opposition", "pro-government", "independent", "unknown")
_FOLD = re.compile(r"[\W_]+")


def fold_outlet(name: str) -> str:
    """The look-up form of an outlet name: lower case, letters and digits only."""
    folded = _FOLD.sub(" ", name.casefold()).strip()
    return re.sub(r"^(the|al|el) ", "", folded)


@dataclass(frozen=True, slots=True)
class Stances:
    """Outlet name (folded) → stance."""

    by_name: dict[str, str]

    def of(self, outlet: str | None) -> str:
        """The stance of ``outlet``; ``unknown`` when not listed."""
        if not outlet:
            return "unknown"
        return self.by_name.get(fold_outlet(outlet), "unknown")


def load_stances(table: str) -> Stances:
    """Read the outlets table: ``name``, ``arabic``, ``aliases``, ``domains``, ``stance``."""
    by_name: dict[str, str] = {}
    for row in read_table(table, ("name", "stance")):
        stance = row.get("stance")
        if stance not in STANCES:
            raise row.error(f"stance {stance!r} is not one of {', '.join(STANCES)}")
        columns = ("arabic", "aliases", "domains")
        others = [name for column in columns for name in split_list(row.get(column))]
        for name in (row.get("name"), *others):
            by_name[fold_outlet(name)] = stance
    return Stances(by_name)
