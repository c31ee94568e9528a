"""Facts and gazetteer places in the store."""

from __future__ import annotations

import json
from pathlib import Path

from marsad.records import Span
from marsad.store import PlaceRow, Store
from tests.store.test_database import make_records


def test_facts_replace_and_read_back(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        doc, text = make_records("One line.\nFooter", "a" * 16, (Span(10, 16),))
        doc_id = store.add_document(doc, text, ("one line", "footer"), b"", None)
        store.save_facts(doc_id, "v1", json.dumps({"doc": "x", "claims": []}))
        store.save_facts(doc_id, "v2", json.dumps({"doc": "x", "claims": [1]}))
        rows = store.facts()
        assert [(r.document_id, r.extractor, json.loads(r.facts)["claims"]) for r in rows] == [
            (doc_id, "v2", [1])
        ]
        (stored,) = list(store.texts())
        assert stored.original == "One line.\nFooter"
        assert stored.boilerplate == ((10, 16),)
        assert stored.published == "2019-06"


def test_places_import_replaces_same_id(tmp_path: Path) -> None:
    place = PlaceRow("wof:1", "Kafr Nabl", ("كفرنبل", "Kafranbel"), "Idlib", "town", 35.6, 36.5, 1)
    with Store.open(tmp_path / "s.db") as store:
        assert store.add_places([place, place], "dump.geojsonl") == 2
        assert store.places() == [place]
    with Store.open(tmp_path / "s.db") as store:  # survives reopening
        assert store.places()[0].names == ("كفرنبل", "Kafranbel")
