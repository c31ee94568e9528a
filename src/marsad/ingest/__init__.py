"""The ingest stage: files, JSON lines and HTML pages → :class:`Document`.

    paths ──find_files──▶ files ──read_items──▶ RawItem ──read_document──▶ Document
                                                   (failures are IngestFailure records)

Resources (boilerplate patterns, the language model) are built once by
:func:`load_ingest_resources` and passed in. :class:`NearDuplicateIndex`
finds syndicated copies by MinHash LSH.
"""

from __future__ import annotations

from marsad.ingest.document import raw_digest, read_document
from marsad.ingest.files import find_files, read_items
from marsad.ingest.neardup import NearDuplicateIndex
from marsad.ingest.resources import IngestResources, load_ingest_resources

__all__ = [
    "IngestResources",
    "NearDuplicateIndex",
    "find_files",
    "load_ingest_resources",
    "raw_digest",
    "read_document",
    "read_items",
]
