"""Reads and writes of extracted facts and imported gazetteer places.

The store keeps the facts of a document as the JSON the extract stage
exports, so that ``export`` and ``eval`` read back exactly what was written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from sqlalchemy import Connection, bindparam, delete, func, select

from marsad.records import FactsSource
from marsad.store import schema
from marsad.store.rows import FactsRow, PlaceRow, StoredText


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# Built once, so that SQLAlchemy reuses their compiled form.
_DELETE_FACTS = delete(schema.facts).where(schema.facts.c.document_id == bindparam("document_id"))
_INSERT_FACTS = schema.facts.insert()


def save_facts(conn: Connection, document_id: int, extractor: str, facts: str) -> None:
    """Replace the facts of one document."""
    conn.execute(_DELETE_FACTS, {"document_id": document_id})
    conn.execute(
        _INSERT_FACTS,
        {"document_id": document_id, "extractor": extractor, "facts": facts,
         "extracted_at": _now()},
    )  # fmt: skip


def iter_facts(conn: Connection) -> Iterator[FactsRow]:
    """The facts of every document that has them, in document order."""
    d, f = schema.documents, schema.facts
    query = (
        select(d.c.id, d.c.name, f.c.extractor, f.c.facts)
        .join(f, f.c.document_id == d.c.id)
        .order_by(d.c.id)
    )
    for row in conn.execute(query):
        yield FactsRow(row[0], row[1], row[2], row[3])


def iter_sources(conn: Connection) -> Iterator[FactsSource]:
    """Every document's facts with its outlet, date and syndication origin."""
    d, f = schema.documents, schema.facts
    query = (
        select(d.c.id, d.c.name, d.c.outlet, d.c.published, d.c.duplicate_of, f.c.facts)
        .join(f, f.c.document_id == d.c.id)
        .order_by(d.c.id)
    )
    for row in conn.execute(query):
        yield FactsSource(
            document_id=row.id,
            name=row.name,
            outlet=row.outlet,
            published=row.published,
            origin=row.duplicate_of or row.id,
            facts=json.loads(row.facts),
        )


def read_text(conn: Connection, document_id: int) -> StoredText:
    """What re-extraction needs of one stored document."""
    d = schema.documents
    query = select(
        d.c.id, d.c.name, d.c.original, d.c.boilerplate, d.c.lang, d.c.published,
        d.c.outlet,
    ).where(d.c.id == document_id)  # fmt: skip
    row = conn.execute(query).one()
    spans = tuple((int(a), int(b)) for a, b in json.loads(row[3]))
    return StoredText(row[0], row[1], row[2], spans, row[4], row[5], row[6])


def add_places(conn: Connection, places: Iterable[PlaceRow], source: str) -> int:
    """Insert or replace gazetteer places; return how many were written."""
    count = 0
    p = schema.places
    for place in places:
        conn.execute(delete(p).where(p.c.id == place.id))
        conn.execute(
            p.insert().values(
                id=place.id, canonical=place.canonical,
                names=json.dumps(list(place.names), ensure_ascii=False), admin1=place.admin1,
                feature=place.feature, lat=place.lat, lon=place.lon,
                population=place.population, source=source,
            )
        )  # fmt: skip
        count += 1
    return count


def iter_places(conn: Connection) -> Iterator[PlaceRow]:
    """Every imported place."""
    p = schema.places
    query = select(
        p.c.id, p.c.canonical, p.c.names, p.c.admin1, p.c.feature, p.c.lat, p.c.lon,
        p.c.population,
    ).order_by(p.c.id)  # fmt: skip
    for row in conn.execute(query):
        yield PlaceRow(row[0], row[1], tuple(json.loads(row[2])), *row[3:])


def count_places(conn: Connection) -> int:
    """How many places were imported."""
    return int(conn.execute(select(func.count()).select_from(schema.places)).scalar_one())
