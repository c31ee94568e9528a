"""The text stage: a document's original text → normalised :class:`~marsad.records.Text`.

Build :class:`TextResources` once with :func:`load_text_resources`, then
call :func:`normalise_text` per document. :func:`sentence_keys` and
:func:`query_keys` give the folded, clitic-free keys used for search.
"""

from __future__ import annotations

from marsad.text.keys import query_keys, sentence_keys
from marsad.text.normalisation import normalise_text
from marsad.text.resources import TextResources, load_text_resources

__all__ = [
    "TextResources",
    "load_text_resources",
    "normalise_text",
    "query_keys",
    "sentence_keys",
]
