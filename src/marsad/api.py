"""The Python API: read a document's facts without a store.

>>> import marsad
>>> facts = marsad.read("قال الرائد ...", lang="ar", published="2019-06-20")  # doctest: +SKIP
>>> reader = marsad.Reader()            # load the tables once for many documents
>>> reader.read(text).claims            # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

from marsad import pipeline
from marsad.config import Config, load_config
from marsad.records import DocumentFacts, MetaField, RawItem


class Reader:
    """Loads the tables of every stage once and reads documents with them."""

    def __init__(self, config: Config | None = None, config_path: str | Path | None = None):
        self._config = config or load_config(config_path)
        self._resources = pipeline.load_resources(self._config)

    def read(
        self,
        text: str,
        lang: str | None = None,
        published: str | None = None,
        outlet: str | None = None,
        name: str = "text",
    ) -> DocumentFacts:
        """The facts ``text`` states. Raises :class:`~marsad.errors.InputError` for empty text."""
        given = {"lang": lang, "published": published, "outlet": outlet}
        fields = tuple((key, MetaField(value, "jsonl")) for key, value in given.items() if value)
        item = RawItem(path=name, name=name, fmt="txt", data=text, fields=fields)
        return pipeline.read_item(item, self._resources)[0]


def read(
    text: str, lang: str | None = None, published: str | None = None, outlet: str | None = None
) -> DocumentFacts:
    """The facts of one text (loads the tables each call: use :class:`Reader` for many)."""
    return Reader().read(text, lang=lang, published=published, outlet=outlet)
