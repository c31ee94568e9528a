"""Near-duplicate LSH bands: which stored documents share a band with a signature.

The ingest stage cuts a MinHash signature into band keys (64-bit digests);
the store keeps them in ``near_bands``, indexed by key, so finding the
candidates of a new document is a few index look-ups and nothing per
document stays in memory. ``near_layout`` names the band layout the keys
were cut with. A document's bands are written in the transaction that
stores it and documents are banded in id order, so the documents still to
band are those after the last banded one.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, delete, func, select

from marsad.store import schema

_INSERT_BAND = schema.near_bands.insert()
_BAND_CANDIDATES = (
    select(schema.documents.c.id, schema.documents.c.minhash)
    .where(
        schema.documents.c.id.in_(
            select(schema.near_bands.c.document_id).where(
                schema.near_bands.c.key.in_(bindparam("keys", expanding=True))
            )
        )
    )
    .order_by(schema.documents.c.id)
)
_LAST_BANDED = select(func.coalesce(func.max(schema.near_bands.c.document_id), 0))
_UNBANDED = (
    select(schema.documents.c.id, schema.documents.c.minhash)
    .where(
        (schema.documents.c.id > bindparam("after")) & (func.length(schema.documents.c.minhash) > 0)
    )
    .order_by(schema.documents.c.id)
)


def add_bands(conn: Connection, document_id: int, keys: Sequence[int]) -> None:
    """Index the band keys of one document."""
    if keys:
        conn.execute(_INSERT_BAND, [{"key": k, "document_id": document_id} for k in keys])


def band_candidates(conn: Connection, keys: Sequence[int]) -> list[tuple[int, bytes]]:
    """(id, signature) of the documents sharing a band key with ``keys``, by id."""
    if not keys:
        return []
    rows = conn.execute(_BAND_CANDIDATES, {"keys": list(keys)}).all()
    return [(int(doc_id), bytes(signature)) for doc_id, signature in rows]


def unbanded(conn: Connection, layout: str) -> list[tuple[int, bytes]]:
    """(id, signature) of the documents whose bands under ``layout`` are not stored yet.

    Bands cut under another layout are dropped first (the layout follows
    the threshold and the number of permutations in the config).
    """
    table = schema.near_layout
    stored = conn.execute(select(table.c.layout)).scalars().all()
    if stored != [layout]:
        conn.execute(delete(schema.near_bands))
        conn.execute(delete(table))
        conn.execute(table.insert().values(layout=layout))
    after = conn.execute(_LAST_BANDED).scalar_one()
    rows = conn.execute(_UNBANDED, {"after": after}).all()
    return [(int(doc_id), bytes(signature)) for doc_id, signature in rows]
