"""Documents for reading: pages of the document list, one document with its facts in place.

A document's facts are the knowledge-base facts whose evidence stands in
it, each with the span of its words and of its sentence in the original
text, so that a reader can highlight them where they were written.
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.errors import NotFoundError
from marsad.query.evidence import FactContext
from marsad.query.ledger import value_text
from marsad.query.views import DocumentFact, DocumentView, EntityRef, Page, ParagraphView
from marsad.store import DocumentEvidenceRow, Store


def list_documents(store: Store, offset: int = 0, limit: int = 50) -> Page:
    """A page of stored documents (``DocumentRow`` items), in the order they arrived."""
    rows, total = store.document_page(offset, limit)
    return Page(tuple(rows), offset, limit, total)


def _named_ids(rows: Iterable[DocumentEvidenceRow]) -> set[str]:
    ids: set[str] = set()
    for row in rows:
        for key in ("subject", "object", "claimant"):
            value = row.data.get(key)
            if isinstance(value, str):
                ids.add(value)
        for key in ("actors", "places"):
            ids.update(str(x) for x in row.data.get(key) or ())
    return ids


def _optional_ref(context: FactContext, entity_id: object, name: object) -> EntityRef | None:
    if not entity_id and not name:
        return None
    return context.ref(entity_id, name)


def _kind(row: DocumentEvidenceRow) -> str:
    key = {"relation": "type", "event": "kind", "claim": "property"}.get(row.section, "type")
    return str(row.data.get(key, ""))


def document_fact(row: DocumentEvidenceRow, context: FactContext) -> DocumentFact:
    """One fact of a document, its entities named."""
    data = row.data
    value = {k: float(v) for k, v in (data.get("value") or {}).items()}
    return DocumentFact(
        fact_id=row.fact_id,
        section=row.section,
        kind=_kind(row),
        date=row.date,
        subject=_optional_ref(context, data.get("subject"), data.get("subject_name")),
        object=_optional_ref(context, data.get("object"), data.get("object_name")),
        actors=tuple(context.ref(a) for a in data.get("actors") or ()),
        places=tuple(context.ref(p) for p in data.get("places") or ()),
        claimant=_optional_ref(context, data.get("claimant"), data.get("claimant_name")),
        value=value,
        value_text=value_text(value) if value else "",
        denied=bool(data.get("denied")),
        details={str(k): str(v) for k, v in row.details.items()},
        span=(row.start, row.end),
        sentence=(row.sentence_start, row.sentence_end),
        documents=row.documents,
        reported_by=row.reported_by,
        cited=row.cited,
    )


def read_document(store: Store, document_id: int) -> DocumentView:
    """Document ``document_id`` with its text and facts; :class:`NotFoundError` if absent."""
    found = store.document_text(document_id)
    if found is None:
        raise NotFoundError(
            f"no document {document_id} in the store (list them with `marsad docs`)"
        )
    rows = store.evidence_in(document_id)
    context = FactContext((), {}, store.entities_by_ids(_named_ids(rows)))
    doc = found.document
    return DocumentView(
        id=doc.id,
        name=doc.name,
        title=doc.title,
        outlet=doc.outlet,
        published=doc.published,
        published_precision=doc.published_precision,
        lang=doc.lang,
        size=doc.size,
        url=found.url,
        duplicate_of=doc.duplicate_of,
        sources=doc.sources,
        text=found.original,
        paragraphs=tuple(ParagraphView(*p) for p in found.paragraphs),
        boilerplate=found.boilerplate,
        facts=tuple(document_fact(row, context) for row in rows),
    )
