"""Reads the web UI needs: pages of documents, one document's text and facts, entity search.

Every read is bounded: a page of rows, one document, or the facts whose
evidence stands in one document (found through the ``kb_evidence`` index).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, case, func, or_, select

from marsad.store import schema
from marsad.store.kb import _entity as row_to_entity
from marsad.store.rows import DocumentEvidenceRow, DocumentRow, DocumentText, KbEntityRow

_LIKE_ESCAPE = "\\"


def _document_columns() -> tuple[Any, ...]:
    d, s = schema.documents, schema.sources
    counts = select(func.count()).where(s.c.document_id == d.c.id).scalar_subquery()
    return (
        d.c.id, d.c.name, d.c.path, d.c.title, d.c.outlet, d.c.published,
        d.c.published_precision, d.c.lang, d.c.size, d.c.duplicate_of, d.c.similarity, counts,
    )  # fmt: skip


def document_page(conn: Connection, offset: int, limit: int) -> tuple[list[DocumentRow], int]:
    """A page of documents (in arrival order) and how many there are."""
    d = schema.documents
    total = conn.execute(select(func.count()).select_from(d)).scalar_one()
    query = select(*_document_columns()).order_by(d.c.id).offset(offset).limit(limit)
    return [DocumentRow(*row) for row in conn.execute(query)], int(total)


def document_text(conn: Connection, document_id: int) -> DocumentText | None:
    """One document with its original text, paragraphs and boilerplate marks."""
    d = schema.documents
    query = select(*_document_columns(), d.c.url, d.c.original, d.c.paragraphs, d.c.boilerplate)
    row = conn.execute(query.where(d.c.id == document_id)).first()
    if row is None:
        return None
    paragraphs = tuple(
        (int(start), int(end), str(lang), bool(boiler))
        for start, end, lang, boiler in json.loads(row.paragraphs)
    )
    return DocumentText(
        document=DocumentRow(*row[:12]),
        url=row.url,
        original=row.original,
        paragraphs=paragraphs,
        boilerplate=tuple((int(a), int(b)) for a, b in json.loads(row.boilerplate)),
    )


def evidence_in(conn: Connection, document_id: int) -> list[DocumentEvidenceRow]:
    """The knowledge-base facts stated in one document, with their spans, in text order."""
    v, f = schema.kb_evidence, schema.kb_facts
    query = (
        select(v, f.c.section, f.c.data, f.c.date, f.c.documents)
        .join(f, f.c.id == v.c.fact_id)
        .where(v.c.document_id == document_id)
        .order_by(v.c.start, v.c.end, v.c.fact_id)
    )
    return [
        DocumentEvidenceRow(
            fact_id=row.fact_id, section=row.section, data=json.loads(row.data), date=row.date,
            documents=row.documents, start=row.start, end=row.end,
            sentence_start=row.sentence_start, sentence_end=row.sentence_end,
            reported_by=row.reported_by, cited=row.cited, details=json.loads(row.details),
        )
        for row in conn.execute(query)
    ]  # fmt: skip


def _like(text: str) -> str:
    escaped = text.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2)
    return escaped.replace("%", _LIKE_ESCAPE + "%").replace("_", _LIKE_ESCAPE + "_")


def search_entities(
    conn: Connection,
    text: str,
    keys: Sequence[str],
    kind: str | None,
    offset: int,
    limit: int,
) -> tuple[list[KbEntityRow], int]:
    """Entities with a name holding ``text`` or keyed by ``keys``: best match, then most documented.

    A name whose key equals one of ``keys`` ranks first, a name containing
    ``text`` (ASCII case-insensitively) next, a key starting with one of
    ``keys`` (three letters or more) last.
    """
    e, n = schema.kb_entities, schema.kb_names
    contains = n.c.name.like(f"%{_like(text.strip())}%", escape=_LIKE_ESCAPE)
    exact = n.c.key.in_(list(keys))
    starts = [n.c.key.like(f"{_like(k)}%", escape=_LIKE_ESCAPE) for k in keys if len(k) >= 3]
    rank = case((exact, 0), (contains, 1), else_=2)
    matched = (
        select(n.c.entity_id, func.min(rank).label("rank"))
        .where(or_(exact, contains, *starts))
        .group_by(n.c.entity_id)
        .subquery()
    )
    query = select(e, matched.c.rank).join(matched, matched.c.entity_id == e.c.id)
    if kind:
        query = query.where(e.c.type == kind)
    total = conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    page = query.order_by(matched.c.rank, e.c.documents.desc(), e.c.canonical, e.c.id)
    rows = conn.execute(page.offset(offset).limit(limit))
    return [row_to_entity(row) for row in rows], int(total)


def knowledge_counts(conn: Connection) -> dict[str, int]:
    """How many documents, entities of each type and facts of each section are stored."""
    counts = {"documents": conn.execute(select(func.count()).select_from(schema.documents))}
    e, f = schema.kb_entities, schema.kb_facts
    found = {key: int(result.scalar_one()) for key, result in counts.items()}
    for kind, count in conn.execute(select(e.c.type, func.count()).group_by(e.c.type)):
        found[str(kind)] = int(count)
    for section, count in conn.execute(select(f.c.section, func.count()).group_by(f.c.section)):
        found[f"{section}s"] = int(count)
    return found
