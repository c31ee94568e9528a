"""Finding an entity by any of its names, in either script."""

from __future__ import annotations

from marsad.errors import NotFoundError
from marsad.link.keys import name_key
from marsad.store import KbEntityRow, Store


def lookup_keys(name: str) -> list[str]:
    """The name keys to look ``name`` up by: as written, and without spaces."""
    key = name_key(name)
    return sorted({key, key.replace(" ", "")} - {""})


def find_entity(store: Store, name: str, kind: str | None = None) -> KbEntityRow:
    """The best-documented entity called ``name`` (an id works too).

    Raises :class:`NotFoundError` naming close alternatives when nothing matches.
    """
    by_id = store.entity(name)
    if by_id is not None:
        return by_id
    found = [e for e in store.entities_by_key(lookup_keys(name)) if kind in (None, e.type)]
    if found:
        return found[0]
    prefix = lookup_keys(name)[0][:3] if lookup_keys(name) else ""
    close, _ = store.entities(kind, prefix or None, 0, 5) if prefix else ([], 0)
    hint = "; did you mean " + ", ".join(repr(e.canonical) for e in close) + "?" if close else ""
    raise NotFoundError(
        f"no entity called {name!r} in the store{hint} (list them with `marsad entities`)"
    )
