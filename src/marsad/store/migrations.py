"""Versioned schema migrations.

Each :class:`Migration` has a version, a name and a function that applies it
on one connection inside the caller's transaction. :func:`migrate` applies the
pending ones in order and records them in ``schema_migrations``. A store whose
recorded version is newer than the newest known here is refused rather than
touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, inspect, select, text

from marsad.errors import SchemaError
from marsad.store import schema


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema's history."""

    version: int
    name: str
    apply: Callable[[Connection], None]


def _create_core_tables(conn: Connection) -> None:
    schema.metadata.create_all(
        conn,
        tables=[schema.documents, schema.sources, schema.sentences, schema.failures],
    )


def _create_search_index(conn: Connection) -> None:
    # The only engine-specific DDL; a PostgreSQL store adds its own branch here
    # (a GIN index over to_tsvector) and in search.py.
    conn.execute(
        text(
            "CREATE VIRTUAL TABLE sentences_fts USING fts5("
            "search_key, content='sentences', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
    )


def _index_lookups(conn: Connection) -> None:
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_sources_path ON sources (path)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_sentences_doc ON sentences (document_id)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_documents_dup ON documents (duplicate_of)"))


def _create_knowledge_tables(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[schema.facts, schema.places])


def _create_kb_tables(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=list(schema.KNOWLEDGE_TABLES))


def _index_first_evidence(conn: Connection) -> None:
    conn.execute(
        text(
            "CREATE INDEX IF NOT EXISTS ix_kb_evidence_order "
            "ON kb_evidence (fact_id, document_id, start)"
        )
    )


def _create_near_bands(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[schema.near_bands, schema.near_layout])


def _rank_entity_facts(conn: Connection) -> None:
    # A store created now has the columns already (migration 5 makes the current tables).
    present = {column["name"] for column in inspect(conn).get_columns("kb_fact_entities")}
    if "section" not in present:
        conn.execute(text("ALTER TABLE kb_fact_entities ADD COLUMN section VARCHAR"))
    if "documents" not in present:
        conn.execute(text("ALTER TABLE kb_fact_entities ADD COLUMN documents INTEGER"))
    conn.execute(
        text(
            "UPDATE kb_fact_entities SET "
            "section = (SELECT f.section FROM kb_facts f WHERE f.id = fact_id), "
            "documents = (SELECT f.documents FROM kb_facts f WHERE f.id = fact_id)"
        )
    )
    conn.execute(
        text(
            "CREATE INDEX IF NOT EXISTS ix_kb_fact_entities_section "
            "ON kb_fact_entities (entity_id, section, documents, fact_id)"
        )
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, sources, sentences, failures", _create_core_tables),
    Migration(2, "full-text search over sentence keys", _create_search_index),
    Migration(3, "look-up indexes", _index_lookups),
    Migration(4, "extracted facts and imported gazetteer places", _create_knowledge_tables),
    Migration(5, "knowledge base: linked entities, merged facts, evidence", _create_kb_tables),
    Migration(6, "index of the first evidence of each fact", _index_first_evidence),
    Migration(7, "near-duplicate LSH bands of every signature", _create_near_bands),
    Migration(8, "facts of an entity ranked by section and documents", _rank_entity_facts),
)


def current_version(conn: Connection) -> int:
    """Return the applied schema version; 0 for an empty database."""
    tables = set(inspect(conn).get_table_names())
    if "schema_migrations" not in tables:
        if tables:
            raise SchemaError(
                "the database holds tables but is not a marsad store; choose another --db path"
            )
        return 0
    found = conn.execute(select(schema.schema_migrations.c.version)).scalars().all()
    return max(found, default=0)


def migrate(conn: Connection) -> int:
    """Apply pending migrations in order; return the resulting version."""
    version = current_version(conn)
    newest = MIGRATIONS[-1].version
    if version > newest:
        raise SchemaError(
            f"the store's schema is version {version}, newer than this marsad knows "
            f"({newest}); upgrade marsad"
        )
    if version == 0:
        schema.metadata.create_all(conn, tables=[schema.schema_migrations])
    for step in MIGRATIONS:
        if step.version > version:
            step.apply(conn)
            conn.execute(
                schema.schema_migrations.insert().values(
                    version=step.version,
                    name=step.name,
                    applied_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
            )
    return newest
