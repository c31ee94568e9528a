"""The knowledge-base tables: linked entities, merged facts and their evidence.

They are derived data: :func:`replace_knowledge` rewrites them as a whole
from the stored facts after every ingest, so they never disagree with the
facts. Readers look entities up by any name key and facts by entity.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, text, update

from marsad.records import EntityLink, KbEntity, KbEvidence, KbFact
from marsad.store import schema
from marsad.store.rows import KbEntityRow, KbEvidenceRow, KbFactRow

_BATCH = 5000


def _chunks(rows: Iterable[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _insert(conn: Connection, table: Any, rows: Iterable[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys, plain str, int, float or None values).

    Batches go to the driver's executemany as tuples: SQLAlchemy's processing
    of each row's parameters cost more than SQLite's insert of it.
    """
    marker = _MARKERS.get(conn.dialect.paramstyle)
    for batch in _chunks(rows):
        if marker is None:
            conn.execute(insert(table), batch)
            continue
        columns = list(batch[0])
        quote = conn.dialect.identifier_preparer.quote
        sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
            f"VALUES ({', '.join([marker] * len(columns))})"
        )
        conn.exec_driver_sql(sql, [tuple(row[c] for c in columns) for row in batch])


def _entity_row(entity: KbEntity, attributes: Mapping[str, object]) -> dict[str, Any]:
    names = [
        {k: getattr(n, k) for k in ("name", "script", "documents", "start", "end", "reference")}
        for n in entity.names
    ]
    return {
        "id": entity.id,
        "type": entity.type,
        "canonical": entity.canonical,
        "names": json.dumps(names, ensure_ascii=False),
        "attributes": json.dumps(attributes, ensure_ascii=False),
        "documents": int(str(attributes.get("documents", 0))),
    }


def _fact_rows(facts: Sequence[KbFact]) -> Iterable[dict[str, Any]]:
    for fact in facts:
        yield {
            "id": fact.id,
            "section": fact.section,
            "data": json.dumps(fact.data, ensure_ascii=False, sort_keys=True),
            "date": fact.date,
            "documents": 0,  # counted from the evidence once it is in
            "origins": 0,
        }


def _evidence_rows(evidence: Iterable[KbEvidence]) -> Iterable[dict[str, Any]]:
    for ev in evidence:
        yield {
            "fact_id": ev.fact_id,
            "document_id": ev.document_id,
            "start": ev.span.start,
            "end": ev.span.end,
            "sentence_start": ev.sentence.start,
            "sentence_end": ev.sentence.end,
            "reported_by": ev.reported_by,
            "cited": ev.cited,
            "origin": ev.origin,
            "details": json.dumps(dict(ev.details), ensure_ascii=False),
        }


def replace_knowledge(
    conn: Connection,
    entities: Sequence[KbEntity],
    attributes: Mapping[str, Mapping[str, object]],
    name_keys: Iterable[tuple[str, str, str]],
    links: Iterable[EntityLink],
    facts: Sequence[KbFact],
    evidence: Iterable[KbEvidence],
) -> None:
    """Rewrite the knowledge base; ``name_keys`` are (entity id, name, key) rows.

    ``evidence`` is written as it comes (it may be read from the store's own
    documents while this runs); each fact's document and origin counts are
    then counted from it by the database.
    """
    for table in reversed(schema.KNOWLEDGE_TABLES):
        conn.execute(delete(table))
    _insert(conn, schema.kb_entities, (_entity_row(e, attributes.get(e.id, {})) for e in entities))
    _insert(conn, schema.kb_names, ({"entity_id": e, "name": n, "key": k} for e, n, k in name_keys))
    _insert(
        conn,
        schema.kb_links,
        (
            {"document_id": x.document_id, "local_id": x.local_id, "entity_id": x.entity_id}
            for x in links
        ),
    )
    _insert(conn, schema.kb_facts, _fact_rows(facts))
    _insert(
        conn,
        schema.kb_fact_entities,
        (
            {"entity_id": e, "fact_id": f.id, "role": r, "section": f.section, "documents": 0}
            for f in facts
            for e, r in f.entities
        ),
    )  # fmt: skip
    _insert(conn, schema.kb_evidence, _evidence_rows(evidence))
    _count_evidence(conn)


def _count_evidence(conn: Connection) -> None:
    """Set each fact's ``documents`` and ``origins`` from its evidence rows."""
    f, fe, v = schema.kb_facts, schema.kb_fact_entities, schema.kb_evidence
    documents = select(func.count(func.distinct(v.c.document_id))).where(v.c.fact_id == f.c.id)
    origins = select(func.count(func.distinct(v.c.origin))).where(v.c.fact_id == f.c.id)
    conn.execute(
        update(f).values(documents=documents.scalar_subquery(), origins=origins.scalar_subquery())
    )
    counted = select(f.c.documents).where(f.c.id == fe.c.fact_id)
    conn.execute(update(fe).values(documents=counted.scalar_subquery()))


def _entity(row: Any) -> KbEntityRow:
    return KbEntityRow(
        id=row.id,
        type=row.type,
        canonical=row.canonical,
        names=tuple(json.loads(row.names)),
        attributes=json.loads(row.attributes),
        documents=row.documents,
    )


def entities_by_key(conn: Connection, keys: Sequence[str]) -> list[KbEntityRow]:
    """Entities with a name whose key is one of ``keys``, most documented first."""
    e, n = schema.kb_entities, schema.kb_names
    ids = select(n.c.entity_id).where(n.c.key.in_(list(keys))).distinct()
    query = select(e).where(e.c.id.in_(ids)).order_by(e.c.documents.desc(), e.c.id)
    return [_entity(row) for row in conn.execute(query)]


def entity_by_id(conn: Connection, entity_id: str) -> KbEntityRow | None:
    """The entity with id ``entity_id``."""
    row = conn.execute(select(schema.kb_entities).where(schema.kb_entities.c.id == entity_id))
    found = row.first()
    return None if found is None else _entity(found)


def list_entities(
    conn: Connection, kind: str | None, key_prefix: str | None, offset: int, limit: int
) -> tuple[list[KbEntityRow], int]:
    """A page of entities (most documented first) and the total that match."""
    e, n = schema.kb_entities, schema.kb_names
    query = select(e)
    if kind:
        query = query.where(e.c.type == kind)
    if key_prefix:
        like = select(n.c.entity_id).where(n.c.key.like(key_prefix.replace("%", "") + "%"))
        query = query.where(e.c.id.in_(like))
    total = conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    page = query.order_by(e.c.documents.desc(), e.c.canonical).offset(offset).limit(limit)
    return [_entity(row) for row in conn.execute(page)], int(total)


SECTIONS = ("relation", "event", "claim")

# The best-documented facts of one entity in each section, read off
# ix_kb_fact_entities_section without visiting the entity's other facts.
# SQLite-specific: it uses rowid.
_BEST_FACTS = text(
    "SELECT f.id, f.section, f.data, f.date, f.documents, f.origins, fe.role "
    "FROM kb_fact_entities fe JOIN kb_facts f ON f.id = fe.fact_id "
    "WHERE fe.rowid IN ("
    "  SELECT x.rowid FROM kb_fact_entities x"
    "  WHERE x.entity_id = :entity AND x.section = :section"
    "  ORDER BY x.documents DESC, x.fact_id LIMIT :limit) "
    "ORDER BY f.date IS NULL, f.date, f.id"
)


def facts_of(
    conn: Connection, entity_id: str, section: str | None = None, per_section: int | None = None
) -> list[KbFactRow]:
    """Facts that involve ``entity_id`` (in any role), oldest date first.

    With ``per_section``, only that many of each section: the facts stated by
    the most documents (ties by id).
    """
    if per_section is not None:
        rows = [
            row
            for part in ([section] if section else SECTIONS)
            for row in conn.execute(
                _BEST_FACTS, {"entity": entity_id, "section": part, "limit": per_section}
            )
        ]
        rows.sort(key=lambda row: (row.date is None, row.date or "", row.id))
    else:
        f, fe = schema.kb_facts, schema.kb_fact_entities
        query = (
            select(f.c.id, f.c.section, f.c.data, f.c.date, f.c.documents, f.c.origins, fe.c.role)
            .join(fe, fe.c.fact_id == f.c.id)
            .where(fe.c.entity_id == entity_id)
            .order_by(f.c.date.is_(None), f.c.date, f.c.id)
        )
        if section:
            query = query.where(f.c.section == section)
        rows = list(conn.execute(query))
    return [
        KbFactRow(
            id=row.id,
            section=row.section,
            data=json.loads(row.data),
            date=row.date,
            documents=row.documents,
            origins=row.origins,
            role=row.role,
        )
        for row in rows
    ]


# The first evidence rows of each fact, found through ix_kb_evidence_order
# without reading the fact's other rows (a window function over all of them
# read every row of every popular fact). SQLite-specific: it uses rowid.
_FIRST_EVIDENCE = text(
    "SELECT v.fact_id, v.document_id, d.name, d.title, d.outlet, d.published, v.start, "
    'v."end", v.sentence_start, v.sentence_end, v.reported_by, v.cited, v.origin, v.details '
    "FROM kb_facts f "
    "JOIN kb_evidence v ON v.rowid IN ("
    "  SELECT e.rowid FROM kb_evidence e WHERE e.fact_id = f.id"
    "  ORDER BY e.document_id, e.start, e.rowid LIMIT :per_fact) "
    "JOIN documents d ON d.id = v.document_id "
    "WHERE f.id IN :ids "
    "ORDER BY v.fact_id, v.document_id, v.start, v.rowid"
).bindparams(bindparam("ids", expanding=True))
_IDS_PER_QUERY = 500


def evidence_of(conn: Connection, fact_ids: Sequence[str], per_fact: int) -> list[KbEvidenceRow]:
    """Up to ``per_fact`` pieces of evidence of each fact, with their document.

    Ordered by fact id, then by document and position (the first ``per_fact``).
    """
    wanted = sorted(set(fact_ids))
    rows: list[KbEvidenceRow] = []
    for start in range(0, len(wanted), _IDS_PER_QUERY):
        ids = wanted[start : start + _IDS_PER_QUERY]
        found = conn.execute(_FIRST_EVIDENCE, {"ids": ids, "per_fact": per_fact})
        rows.extend(
            KbEvidenceRow(
                fact_id=row[0],
                document_id=row[1],
                document=row[2],
                title=row[3],
                outlet=row[4],
                published=row[5],
                start=row[6],
                end=row[7],
                sentence_start=row[8],
                sentence_end=row[9],
                reported_by=row[10],
                cited=row[11],
                origin=row[12],
                details=json.loads(row[13]),
            )
            for row in found
        )
    return rows


def entities_by_ids(conn: Connection, ids: Iterable[str]) -> dict[str, KbEntityRow]:
    """The entities among ``ids`` that exist, by id."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    e = schema.kb_entities
    return {row.id: _entity(row) for row in conn.execute(select(e).where(e.c.id.in_(wanted)))}
