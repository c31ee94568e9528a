"""Table definitions of the store (SQLAlchemy Core), shared by every engine."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String, nullable=False),
    Column("applied_at", String, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("name", String, nullable=False),
    Column("path", String, nullable=False),
    Column("fmt", String, nullable=False),
    Column("encoding", String, nullable=False),
    Column("lang", String, nullable=False),
    Column("title", Text),
    Column("outlet", String),
    Column("url", Text),
    Column("published", String),
    Column("published_precision", String),
    Column("meta_sources", Text, nullable=False),  # JSON: field -> file|sidecar|jsonl|html|text
    Column("size", Integer, nullable=False),  # characters of the original text
    Column("original", Text, nullable=False),
    Column("normalised", Text, nullable=False),
    Column("match_key", Text, nullable=False),
    Column("paragraphs", Text, nullable=False),  # JSON: [[start, end, lang, boilerplate], ...]
    Column("boilerplate", Text, nullable=False),  # JSON: [[start, end], ...] into original
    Column("repairs", Text, nullable=False),  # JSON: [[start, end, repaired, reason], ...]
    Column("raw_sha256", String(64), nullable=False),
    Column("duplicate_of", Integer, ForeignKey("documents.id")),
    Column("similarity", Float),
    Column("minhash", LargeBinary),
    Column("ingested_at", String, nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("path", Text, nullable=False),
    Column("raw_sha256", String(64), nullable=False),
    Column("seen_at", String, nullable=False),
    UniqueConstraint("document_id", "path"),
)

sentences = Table(
    "sentences",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),  # into the normalised text
    Column("end", Integer, nullable=False),
    Column("orig_start", Integer, nullable=False),  # into the original text
    Column("orig_end", Integer, nullable=False),
    Column("boilerplate", Boolean, nullable=False),
    Column("search_key", Text, nullable=False),
    UniqueConstraint("document_id", "idx"),
)

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("path", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", String, nullable=False),
)

facts = Table(
    "facts",
    metadata,
    Column(
        "document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("extractor", String, nullable=False),  # version of the extractor that wrote it
    Column("facts", Text, nullable=False),  # JSON in the facts format, with evidence spans
    Column("extracted_at", String, nullable=False),
)

places = Table(
    "places",
    metadata,
    Column("id", String, primary_key=True),  # e.g. wof:85672345, gn:163345
    Column("canonical", String, nullable=False),
    Column("names", Text, nullable=False),  # JSON list of names, Arabic and Latin
    Column("admin1", String),
    Column("feature", String, nullable=False),
    Column("lat", Float),
    Column("lon", Float),
    Column("population", Integer),
    Column("source", Text, nullable=False),  # the file it was imported from
)

near_bands = Table(
    "near_bands",
    metadata,
    Column("key", BigInteger, nullable=False, index=True),  # 64-bit digest of one LSH band
    Column(
        "document_id",
        Integer,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
)

near_layout = Table(
    "near_layout",
    metadata,
    Column("layout", String, primary_key=True),  # bands x rows the keys were cut with
)

# -- knowledge base (rebuilt from the facts after every ingest) -----------------

kb_entities = Table(
    "kb_entities",
    metadata,
    Column("id", String, primary_key=True),
    Column("type", String, nullable=False),
    Column("canonical", String, nullable=False),
    Column("names", Text, nullable=False),  # JSON: [{name, script, documents, start, end}]
    Column("attributes", Text, nullable=False),  # JSON: rank, admin1, feature, lat, lon
    Column("documents", Integer, nullable=False),
)

kb_names = Table(
    "kb_names",
    metadata,
    Column("entity_id", String, ForeignKey("kb_entities.id", ondelete="CASCADE"), index=True),
    Column("name", String, nullable=False),
    Column("key", String, nullable=False, index=True),  # cross-script name key
)

kb_links = Table(
    "kb_links",
    metadata,
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), index=True),
    Column("local_id", String, nullable=False),
    Column("entity_id", String, nullable=False, index=True),
)

kb_facts = Table(
    "kb_facts",
    metadata,
    Column("id", String, primary_key=True),
    Column("section", String, nullable=False),  # relation | event | claim
    Column("data", Text, nullable=False),  # JSON: the fact with knowledge-base ids
    Column("date", String),
    Column("documents", Integer, nullable=False),
    Column("origins", Integer, nullable=False),
)

kb_fact_entities = Table(
    "kb_fact_entities",
    metadata,
    Column("entity_id", String, nullable=False),
    Column("fact_id", String, ForeignKey("kb_facts.id", ondelete="CASCADE"), nullable=False),
    Column("role", String, nullable=False),
    Column("section", String),  # the fact's, so an entity's best facts come off an index
    Column("documents", Integer),
    Index("ix_kb_fact_entities", "entity_id", "fact_id"),
    Index("ix_kb_fact_entities_section", "entity_id", "section", "documents", "fact_id"),
)

kb_evidence = Table(
    "kb_evidence",
    metadata,
    Column("fact_id", String, ForeignKey("kb_facts.id", ondelete="CASCADE"), index=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("reported_by", String),
    Column("cited", Text),
    Column("origin", String, nullable=False),
    Column("details", Text, nullable=False),  # JSON object: role, start, end, as_of, channel…
)

KNOWLEDGE_TABLES = (kb_entities, kb_names, kb_links, kb_facts, kb_fact_entities, kb_evidence)
