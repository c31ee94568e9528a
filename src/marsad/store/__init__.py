"""The store stage: the only code that touches the database."""

from marsad.store.database import Store
from marsad.store.rows import DocumentRow, FactsRow, FailureRow, PlaceRow, SearchHit, StoredText

__all__ = [
    "DocumentRow",
    "FactsRow",
    "FailureRow",
    "PlaceRow",
    "SearchHit",
    "Store",
    "StoredText",
]
