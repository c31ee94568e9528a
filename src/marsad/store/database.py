"""The store: documents, their sources, sentences and failures in SQLite.

The writes of documents are in :mod:`marsad.store.documents`, those of facts
and knowledge in :mod:`marsad.store.knowledge`; this module holds the
connection, its transactions and the search.

One :class:`Store` owns one connection and is the single writer. Writes made
inside :meth:`Store.transaction` commit together; outside it each write
commits on its own. The engine is reached only through SQLAlchemy Core, so
another engine needs new DDL and search code, not new queries.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, func, select, text
from sqlalchemy.exc import DatabaseError, OperationalError

from marsad.errors import StoreError
from marsad.records import (
    Document,
    EntityLink,
    FactsSource,
    KbEntity,
    KbEvidence,
    KbFact,
    Text,
)
from marsad.store import bands, documents, kb, knowledge, reading, schema
from marsad.store.migrations import migrate
from marsad.store.rows import (
    DocumentEvidenceRow,
    DocumentRow,
    DocumentText,
    FactsRow,
    FailureRow,
    KbEntityRow,
    KbEvidenceRow,
    KbFactRow,
    PlaceRow,
    SearchHit,
    StoredText,
)

_INSERT_FAILURE = schema.failures.insert()
# Rank the matching sentences first and read documents (large rows) only for
# the few kept, not for every match.
SEARCH_POOL = 5000
"""Search ranks (bm25) the newest this many matching sentences, not every match: a
common name can match hundreds of thousands of sentences in a large store."""
_SEARCH = text(
    "WITH pool AS ("
    "  SELECT rowid AS id, bm25(sentences_fts) AS score FROM sentences_fts"
    "  WHERE sentences_fts MATCH :match ORDER BY rowid DESC LIMIT :pool), "
    "hits AS ("
    "  SELECT s.document_id, s.idx, s.orig_start, s.orig_end, pool.score"
    "  FROM pool JOIN sentences s ON s.id = pool.id"
    "  WHERE NOT s.boilerplate"
    "  ORDER BY pool.score, s.document_id, s.idx LIMIT :limit) "
    "SELECT h.document_id, d.name, d.title, "
    "substr(d.original, h.orig_start + 1, h.orig_end - h.orig_start), "
    "h.orig_start, h.orig_end, h.score "
    "FROM hits h JOIN documents d ON d.id = h.document_id "
    "ORDER BY h.score, h.document_id, h.idx"
)


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class Store:
    """A marsad store on one SQLite file."""

    def __init__(self, engine: Engine, path: str) -> None:
        self._engine = engine
        self.path = path
        self._conn: Connection = engine.connect()
        self._depth = 0

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (creating and migrating if needed) the store at ``path``."""
        target = Path(path)
        if target.is_dir():
            raise StoreError(f"{target}: is a folder; give a database file path with --db")
        if not target.parent.exists():
            raise StoreError(f"{target}: folder {target.parent} does not exist; create it first")
        engine = create_engine(f"sqlite:///{target}")
        event.listen(engine, "connect", _on_connect)
        try:
            store = cls(engine, str(target))
            with store.transaction() as conn:
                migrate(conn)
        except (DatabaseError, OperationalError) as exc:
            engine.dispose()
            raise StoreError(
                f"{target}: cannot open as a marsad store ({exc.orig}); "
                "is it another kind of file? choose another --db path"
            ) from exc
        return store

    def close(self) -> None:
        self._conn.close()
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """Group writes: all commit at the end, or none on an exception."""
        if self._depth:
            self._depth += 1
            try:
                yield self._conn
            finally:
                # a generator closed after its outer transaction ended finds depth 0
                self._depth = max(self._depth - 1, 0)
            return
        self._depth = 1
        try:
            with self._conn.begin():
                yield self._conn
        finally:
            self._depth = 0

    # -- writes -----------------------------------------------------------

    def document_for_hash(self, content_hash: str) -> int | None:
        """Return the id of the document with this content hash, if stored."""
        with self.transaction() as conn:
            return documents.document_for_hash(conn, content_hash)

    def document_for_source(self, path: str, raw_sha256: str) -> int | None:
        """Return the id of the document already read from ``path`` with these raw bytes."""
        with self.transaction() as conn:
            return documents.document_for_source(conn, path, raw_sha256)

    def add_source(self, document_id: int, path: str, raw_sha256: str) -> bool:
        """Record another path for a stored text; False if already known."""
        with self.transaction() as conn:
            return documents.add_source(conn, document_id, path, raw_sha256)

    def add_document(
        self,
        doc: Document,
        text_: Text,
        sentence_keys: tuple[str, ...],
        signature: bytes | None = None,
        near: tuple[int, float] | None = None,
    ) -> int:
        """Store a new document with its sentences; return its id."""
        with self.transaction() as conn:
            return documents.add_document(conn, doc, text_, sentence_keys, signature, near)

    def add_bands(self, document_id: int, keys: Sequence[int]) -> None:
        """Index the near-duplicate LSH band keys of a stored document."""
        with self.transaction() as conn:
            bands.add_bands(conn, document_id, keys)

    def band_candidates(self, keys: Sequence[int]) -> list[tuple[int, bytes]]:
        """(id, MinHash signature) of the documents sharing a band key with ``keys``."""
        with self.transaction() as conn:
            return bands.band_candidates(conn, keys)

    def unbanded(self, layout: str) -> list[tuple[int, bytes]]:
        """(id, signature) of the documents not yet banded under ``layout`` (stored
        before bands were kept, or banded under another layout, whose bands go)."""
        with self.transaction() as conn:
            return bands.unbanded(conn, layout)

    def save_facts(self, document_id: int, extractor: str, facts: str) -> None:
        """Replace the extracted facts (JSON) of a document."""
        with self.transaction() as conn:
            knowledge.save_facts(conn, document_id, extractor, facts)

    def add_places(self, places: Iterable[PlaceRow], source: str) -> int:
        """Import gazetteer places (replacing same ids); return how many."""
        with self.transaction() as conn:
            return knowledge.add_places(conn, places, source)

    def replace_knowledge(
        self,
        entities: Sequence[KbEntity],
        attributes: Mapping[str, Mapping[str, object]],
        name_keys: Iterable[tuple[str, str, str]],
        links: Iterable[EntityLink],
        facts: Sequence[KbFact],
        evidence: Iterable[KbEvidence],
    ) -> None:
        """Rewrite the knowledge base (entities, links, merged facts, evidence).

        ``evidence`` may be a generator over this store's own stored facts: it
        is read while the knowledge-base tables are written.
        """
        with self.transaction() as conn:
            kb.replace_knowledge(conn, entities, attributes, name_keys, links, facts, evidence)

    def add_failure(self, path: str, reason: str) -> None:
        """Keep an ingestion failure with its reason."""
        with self.transaction() as conn:
            conn.execute(_INSERT_FAILURE, {"path": path, "reason": reason, "at": documents.now()})

    # -- reads ------------------------------------------------------------

    def signatures(self) -> Iterator[tuple[int, bytes]]:
        """Yield (document id, MinHash signature) of every stored document."""
        table = schema.documents
        query = select(table.c.id, table.c.minhash).where(table.c.minhash.is_not(None))
        with self.transaction() as conn:
            found = conn.execute(query.order_by(table.c.id)).all()
        for doc_id, signature in found:
            yield int(doc_id), bytes(signature)

    def documents(self) -> list[DocumentRow]:
        """List stored documents in the order they arrived."""
        d, s = schema.documents, schema.sources
        counts = (
            select(s.c.document_id, func.count().label("n")).group_by(s.c.document_id).subquery()
        )
        query = (
            select(
                d.c.id, d.c.name, d.c.path, d.c.title, d.c.outlet, d.c.published,
                d.c.published_precision, d.c.lang, d.c.size, d.c.duplicate_of,
                d.c.similarity, func.coalesce(counts.c.n, 0),
            )
            .outerjoin(counts, counts.c.document_id == d.c.id)
            .order_by(d.c.id)
        )  # fmt: skip
        with self.transaction() as conn:
            return [DocumentRow(*row) for row in conn.execute(query).all()]  # type: ignore[call-arg]

    def failures(self) -> list[FailureRow]:
        """List recorded ingestion failures, oldest first."""
        f = schema.failures
        with self.transaction() as conn:
            rows = conn.execute(select(f.c.path, f.c.reason, f.c.at).order_by(f.c.id)).all()
        return [FailureRow(*row) for row in rows]

    def facts(self) -> list[FactsRow]:
        """Stored facts of every document, in document order."""
        with self.transaction() as conn:
            return list(knowledge.iter_facts(conn))

    def texts(self) -> Iterator[StoredText]:
        """Stored documents as re-extraction needs them, one at a time."""
        with self.transaction() as conn:
            ids = list(
                conn.execute(
                    select(schema.documents.c.id).order_by(schema.documents.c.id)
                ).scalars()
            )
        for document_id in ids:
            with self.transaction() as conn:
                yield knowledge.read_text(conn, document_id)

    def facts_sources(self) -> Iterator[FactsSource]:
        """Stored facts with what the knowledge base needs of their documents."""
        with self.transaction() as conn:
            yield from knowledge.iter_sources(conn)

    def entities_by_key(self, keys: Sequence[str]) -> list[KbEntityRow]:
        """Knowledge-base entities having a name with one of these keys."""
        with self.transaction() as conn:
            return kb.entities_by_key(conn, keys)

    def entity(self, entity_id: str) -> KbEntityRow | None:
        """The knowledge-base entity ``entity_id``, if any."""
        with self.transaction() as conn:
            return kb.entity_by_id(conn, entity_id)

    def entities_by_ids(self, ids: Iterable[str]) -> dict[str, KbEntityRow]:
        """Knowledge-base entities by id (unknown ids left out)."""
        with self.transaction() as conn:
            return kb.entities_by_ids(conn, ids)

    def entities(
        self,
        kind: str | None = None,
        key_prefix: str | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> tuple[list[KbEntityRow], int]:
        """A page of knowledge-base entities and how many match in all."""
        with self.transaction() as conn:
            return kb.list_entities(conn, kind, key_prefix, offset, limit)

    def facts_of(
        self, entity_id: str, section: str | None = None, per_section: int | None = None
    ) -> list[KbFactRow]:
        """Merged facts that involve ``entity_id`` (the ``per_section`` best documented of
        each section, when given)."""
        with self.transaction() as conn:
            return kb.facts_of(conn, entity_id, section, per_section)

    def evidence_of(self, fact_ids: Sequence[str], per_fact: int = 3) -> list[KbEvidenceRow]:
        """Evidence of each fact (up to ``per_fact`` each), with its document."""
        with self.transaction() as conn:
            return kb.evidence_of(conn, fact_ids, per_fact)

    def places(self) -> list[PlaceRow]:
        """Every imported gazetteer place."""
        with self.transaction() as conn:
            return list(knowledge.iter_places(conn))

    def search(self, keys: tuple[str, ...], limit: int = 20) -> list[SearchHit]:
        """Sentences whose search key holds every one of ``keys``, best first."""
        words = [k for k in keys if k]
        if not words:
            return []
        match = " ".join('"' + word.replace('"', '""') + '"' for word in words)
        with self.transaction() as conn:
            params = {"match": match, "limit": limit, "pool": SEARCH_POOL}
            rows = conn.execute(_SEARCH, params).all()
        return [SearchHit(*row) for row in rows]

    # -- reads for the web UI (bounded: a page, one document) ----------------

    def document_page(self, offset: int = 0, limit: int = 50) -> tuple[list[DocumentRow], int]:
        """A page of documents in arrival order and how many there are."""
        with self.transaction() as conn:
            return reading.document_page(conn, offset, limit)

    def document_text(self, document_id: int) -> DocumentText | None:
        """One document with its original text, paragraphs and boilerplate marks."""
        with self.transaction() as conn:
            return reading.document_text(conn, document_id)

    def evidence_in(self, document_id: int) -> list[DocumentEvidenceRow]:
        """The knowledge-base facts stated in one document, in text order."""
        with self.transaction() as conn:
            return reading.evidence_in(conn, document_id)

    def search_entities(
        self, text: str, keys: Sequence[str], kind: str | None, offset: int, limit: int
    ) -> tuple[list[KbEntityRow], int]:
        """A page of entities whose names hold ``text`` or match ``keys``, and the total."""
        with self.transaction() as conn:
            return reading.search_entities(conn, text, keys, kind, offset, limit)

    def counts(self) -> dict[str, int]:
        """Documents, entities by type and facts by section."""
        with self.transaction() as conn:
            return reading.knowledge_counts(conn)
