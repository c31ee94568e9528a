"""The store stage: the only code that touches the database."""

from marsad.store.database import Store
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

__all__ = [
    "DocumentEvidenceRow",
    "DocumentRow",
    "DocumentText",
    "FactsRow",
    "FailureRow",
    "KbEntityRow",
    "KbEvidenceRow",
    "KbFactRow",
    "PlaceRow",
    "SearchHit",
    "Store",
    "StoredText",
]
