"""The store stage: the only code that touches the database."""

from marsad.store.database import Store
from marsad.store.rows import DocumentRow, FailureRow, SearchHit

__all__ = ["DocumentRow", "FailureRow", "SearchHit", "Store"]
