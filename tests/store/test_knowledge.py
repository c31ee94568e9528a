"""Facts and gazetteer places in the store."""

from __future__ import annotations

import json
from pathlib import Path

from marsad.records import KbEntity, KbEvidence, KbFact, Span
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


def test_best_facts_of_each_section_and_first_evidence(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        ids = []
        for n in range(4):
            doc, text = make_records(f"line {n}", f"{n:016d}")
            ids.append(store.add_document(doc, text, (f"line {n}",), b"", None))

        def evidence(fact: str, *docs: int, origin: str = "") -> list[KbEvidence]:
            return [
                KbEvidence(fact, ids[d], Span(d, d + 1), Span(0, 4), origin=origin) for d in docs
            ]

        facts = [
            KbFact("r1", "relation", {}, (("e1", "subject"),), "2019"),
            KbFact("r2", "relation", {}, (("e1", "object"),), None),
            KbFact("c1", "claim", {}, (("e1", "subject"),), "2015"),
            KbFact("c2", "claim", {}, (("e1", "subject"),), "2014"),
            KbFact("v1", "event", {}, (("e2", "actor"),), "2016"),
        ]
        found = [
            *evidence("r1", 0), *evidence("r2", 0, 1, 2), *evidence("c1", 1, 2, origin="P"),
            *evidence("c1", 2, origin="Q"), *evidence("c2", 3), *evidence("v1", 0, 1, 2, 3),
        ]  # fmt: skip
        entities = [KbEntity("e1", "actor", "One", ()), KbEntity("e2", "actor", "Two", ())]
        store.replace_knowledge(entities, {}, [], [], facts, iter(found))
        counts = {f.id: (f.documents, f.origins) for f in store.facts_of("e1")}
        assert counts == {"r1": (1, 1), "r2": (3, 1), "c1": (2, 2), "c2": (1, 1)}
        every = [f.id for f in store.facts_of("e1")]
        assert every == ["c2", "c1", "r1", "r2"]  # oldest date first, undated last
        assert [f.id for f in store.facts_of("e1", per_section=5)] == every
        assert [f.id for f in store.facts_of("e1", per_section=1)] == ["c1", "r2"]
        assert [f.id for f in store.facts_of("e1", "claim", per_section=1)] == ["c1"]
        firsts = store.evidence_of(["v1", "r2", "zz"], per_fact=2)
        assert [(e.fact_id, e.document_id) for e in firsts] == [
            ("r2", ids[0]),
            ("r2", ids[1]),
            ("v1", ids[0]),
            ("v1", ids[1]),
        ]
