"""Near-duplicate LSH bands: which stored documents share a band with a signature.

The ingest stage cuts a MinHash signature into band keys; the store keeps
them in ``near_bands`` (indexed by key), so finding the candidates of a new
document is a few index look-ups and nothing per document stays in memory.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, select, text

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
_UNBANDED = text(
    "SELECT d.id, d.minhash FROM documents d "
    "WHERE length(d.minhash) > 0 AND NOT EXISTS ("
    "  SELECT 1 FROM near_bands b"
    "  WHERE b.document_id = d.id AND substr(b.key, 1, length(:prefix)) = :prefix) "
    "ORDER BY d.id"
)


def add_bands(conn: Connection, document_id: int, keys: Sequence[bytes]) -> None:
    """Index the band keys of one document."""
    if keys:
        conn.execute(_INSERT_BAND, [{"key": k, "document_id": document_id} for k in keys])


def band_candidates(conn: Connection, keys: Sequence[bytes]) -> list[tuple[int, bytes]]:
    """(id, signature) of the documents sharing a band key with ``keys``, by id."""
    if not keys:
        return []
    rows = conn.execute(_BAND_CANDIDATES, {"keys": list(keys)}).all()
    return [(int(doc_id), bytes(signature)) for doc_id, signature in rows]


def unbanded(conn: Connection, prefix: bytes) -> list[tuple[int, bytes]]:
    """(id, signature) of documents with a signature but no band key starting with ``prefix``."""
    rows = conn.execute(_UNBANDED, {"prefix": prefix}).all()
    return [(int(doc_id), bytes(signature)) for doc_id, signature in rows]
