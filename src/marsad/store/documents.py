"""Writes of documents: a new text with its sentences and search index, and its sources.

Each function runs on a connection inside the caller's transaction
(:meth:`marsad.store.database.Store.transaction`).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import Connection, bindparam, select, text

from marsad.errors import StoreError
from marsad.records import Document, Text
from marsad.store import schema

# Statements built once: SQLAlchemy memoises the cache key of a statement
# object, so executing the same object skips building and compiling it anew.
_DOCUMENT_BY_HASH = select(schema.documents.c.id).where(
    schema.documents.c.content_hash == bindparam("content_hash")
)
_SOURCE_BY_PATH = select(schema.sources.c.id).where(
    (schema.sources.c.document_id == bindparam("document_id"))
    & (schema.sources.c.path == bindparam("path"))
)
_SOURCE_BY_DIGEST = (
    select(schema.sources.c.document_id)
    .where(
        (schema.sources.c.path == bindparam("path"))
        & (schema.sources.c.raw_sha256 == bindparam("raw_sha256"))
    )
    .limit(1)
)
_INSERT_DOCUMENT = schema.documents.insert()
_INSERT_SOURCE = schema.sources.insert()
_INSERT_SENTENCE = schema.sentences.insert()
_INDEX_SENTENCES = text(
    "INSERT INTO sentences_fts (rowid, search_key) "
    "SELECT id, search_key FROM sentences WHERE document_id = :doc"
)


def now() -> str:
    """The current UTC time to the second, as stored."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def document_for_hash(conn: Connection, content_hash: str) -> int | None:
    """The id of the document with this content hash, if stored."""
    found = conn.execute(_DOCUMENT_BY_HASH, {"content_hash": content_hash})
    return found.scalar_one_or_none()


def document_for_source(conn: Connection, path: str, raw_sha256: str) -> int | None:
    """The id of the document already read from ``path`` with these raw bytes."""
    found = conn.execute(_SOURCE_BY_DIGEST, {"path": path, "raw_sha256": raw_sha256})
    return found.scalar_one_or_none()


def add_source(conn: Connection, document_id: int, path: str, raw_sha256: str) -> bool:
    """Record another path for a stored text; False if already known."""
    known = conn.execute(_SOURCE_BY_PATH, {"document_id": document_id, "path": path})
    if known.first() is not None:
        return False
    conn.execute(
        _INSERT_SOURCE,
        {"document_id": document_id, "path": path, "raw_sha256": raw_sha256, "seen_at": now()},
    )
    return True


def add_document(
    conn: Connection,
    doc: Document,
    text_: Text,
    sentence_keys: tuple[str, ...],
    signature: bytes | None,
    near: tuple[int, float] | None,
) -> int:
    """Store a new document with its sentences and first source; return its id."""
    row = {
        "content_hash": text_.content_hash,
        "name": doc.name,
        "path": doc.path,
        "fmt": doc.fmt,
        "encoding": doc.encoding,
        "lang": doc.lang,
        "title": _value(doc, "title"),
        "outlet": _value(doc, "outlet"),
        "url": _value(doc, "url"),
        "published": _value(doc, "published"),
        "published_precision": doc.metadata.published_precision,
        "meta_sources": _meta_sources(doc),
        "size": len(doc.original),
        "original": doc.original,
        "normalised": text_.normalised,
        "match_key": text_.key,
        "paragraphs": json.dumps(
            [[p.span.start, p.span.end, p.lang, p.boilerplate] for p in doc.paragraphs]
        ),
        "boilerplate": json.dumps([[s.start, s.end] for s in doc.boilerplate]),
        "repairs": json.dumps(
            [[r.original.start, r.original.end, r.repaired, r.reason] for r in text_.repairs],
            ensure_ascii=False,
        ),
        "raw_sha256": doc.raw_sha256,
        "duplicate_of": near[0] if near else None,
        "similarity": near[1] if near else None,
        "minhash": signature,
        "ingested_at": now(),
    }
    result = conn.execute(_INSERT_DOCUMENT, row)
    doc_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    _add_sentences(conn, doc_id, text_, sentence_keys)
    conn.execute(
        _INSERT_SOURCE,
        {"document_id": doc_id, "path": doc.path, "raw_sha256": doc.raw_sha256, "seen_at": now()},
    )
    return doc_id


def _add_sentences(conn: Connection, doc_id: int, text_: Text, keys: tuple[str, ...]) -> None:
    if len(keys) != len(text_.sentences):
        raise StoreError(
            f"document {doc_id}: {len(keys)} search keys for "
            f"{len(text_.sentences)} sentences; this is a bug in the text stage"
        )
    rows = []
    for idx, (sentence, key) in enumerate(zip(text_.sentences, keys, strict=True)):
        orig = text_.offsets.to_original(sentence.span)
        rows.append(
            {
                "document_id": doc_id,
                "idx": idx,
                "start": sentence.span.start,
                "end": sentence.span.end,
                "orig_start": orig.start,
                "orig_end": orig.end,
                "boilerplate": sentence.boilerplate,
                "search_key": key,
            }
        )
    if not rows:
        return
    conn.execute(_INSERT_SENTENCE, rows)
    conn.execute(_INDEX_SENTENCES, {"doc": doc_id})


def _meta_sources(doc: Document) -> str:
    meta = doc.metadata
    found = {
        name: getattr(meta, name).source
        for name in ("title", "outlet", "url", "published", "lang")
        if getattr(meta, name) is not None
    }
    return json.dumps(found, sort_keys=True)


def _value(doc: Document, name: str) -> str | None:
    item = getattr(doc.metadata, name)
    return None if item is None else str(item.value)
