"""The store on its own: schema, migrations, writes, reads and search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from marsad.errors import SchemaError, StoreError
from marsad.records import (
    Document,
    Metadata,
    MetaField,
    OffsetMap,
    Paragraph,
    Sentence,
    Span,
    Text,
)
from marsad.store import Store
from marsad.store.migrations import MIGRATIONS


def make_records(body: str, digest: str, boiler: tuple[Span, ...] = ()) -> tuple[Document, Text]:
    """A document whose normalised text is its original, one sentence a line."""
    sentences, start = [], 0
    for line in body.split("\n"):
        span = Span(start, start + len(line))
        sentences.append(Sentence(span, any(span.overlaps(b) for b in boiler)))
        start = span.end + 1
    doc = Document(
        path=f"/in/{digest}.txt",
        name=f"{digest}.txt",
        fmt="txt",
        encoding="utf-8",
        original=body,
        metadata=Metadata(
            title=MetaField("A title", "sidecar"),
            published=MetaField("2019-06", "sidecar"),
            published_precision="month",
        ),
        lang="en",
        paragraphs=(Paragraph(Span(0, len(body)), "en"),),
        boilerplate=boiler,
        raw_sha256=digest * 4,
    )
    offsets = OffsetMap(tuple(range(len(body))), tuple(range(1, len(body) + 1)), len(body))
    text = Text(body, body, body.lower(), offsets, tuple(sentences), (), (), digest)
    return doc, text


def keys_of(text: Text) -> tuple[str, ...]:
    return tuple(text.key[s.span.start : s.span.end] for s in text.sentences)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "test.db")


def test_new_store_is_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    Store.open(tmp_path / "a.db").close()
    conn = sqlite3.connect(tmp_path / "a.db")
    versions = [row[0] for row in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == [m.version for m in MIGRATIONS]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    Store.open(tmp_path / "a.db").close()  # reopening applies nothing twice


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "other.db")
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaError, match="not a marsad store"):
        Store.open(tmp_path / "other.db")


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    Store.open(tmp_path / "a.db").close()
    conn = sqlite3.connect(tmp_path / "a.db")
    conn.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaError, match="upgrade marsad"):
        Store.open(tmp_path / "a.db")


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p.write_bytes(b"this is not a database at all" * 50), "cannot open"),
        (lambda p: p.mkdir(), "is a folder"),
    ],
)
def test_bad_store_paths_give_clear_errors(tmp_path: Path, setup, message: str) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "bad.db"
    setup(target)
    with pytest.raises(StoreError, match=message):
        Store.open(target)


def test_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "nowhere" / "a.db")


def test_document_round_trip_and_sources(store: Store) -> None:
    doc, text = make_records("first line\nsecond line", "aa")
    doc_id = store.add_document(doc, text, keys_of(text), b"\x00" * 8)
    assert store.document_for_hash("aa") == doc_id
    assert store.document_for_hash("zz") is None
    assert store.add_source(doc_id, "/elsewhere/copy.txt", "bb" * 32) is True
    assert store.add_source(doc_id, "/elsewhere/copy.txt", "bb" * 32) is False
    [row] = store.documents()
    assert (row.name, row.title, row.published, row.published_precision) == (
        "aa.txt", "A title", "2019-06", "month",
    )  # fmt: skip
    assert row.sources == 2
    assert list(store.signatures()) == [(doc_id, b"\x00" * 8)]


def test_band_keys_find_their_documents(store: Store) -> None:
    first_doc, first_text = make_records("one", "aa")
    first = store.add_document(first_doc, first_text, keys_of(first_text), b"\x01" * 8)
    second_doc, second_text = make_records("two", "bb")
    second = store.add_document(second_doc, second_text, keys_of(second_text), b"\x02" * 8)
    assert store.unbanded("14x9/128") == [(first, b"\x01" * 8), (second, b"\x02" * 8)]
    store.add_bands(first, [10, -20])
    assert store.unbanded("14x9/128") == [(second, b"\x02" * 8)]
    store.add_bands(second, [30, -20])
    assert store.unbanded("14x9/128") == []
    assert store.band_candidates([10]) == [(first, b"\x01" * 8)]
    assert store.band_candidates([30, -20]) == [(first, b"\x01" * 8), (second, b"\x02" * 8)]
    assert store.band_candidates([99]) == []
    assert store.band_candidates([]) == []
    # Another layout (another threshold) drops the bands: every document is banded anew.
    assert store.unbanded("9x14/128") == [(first, b"\x01" * 8), (second, b"\x02" * 8)]
    assert store.band_candidates([10]) == []


def test_near_duplicate_link_is_kept(store: Store) -> None:
    doc, text = make_records("one", "aa")
    first = store.add_document(doc, text, keys_of(text))
    doc2, text2 = make_records("one more", "bb")
    store.add_document(doc2, text2, keys_of(text2), near=(first, 0.83))
    rows = store.documents()
    assert (rows[1].duplicate_of, rows[1].similarity) == (first, 0.83)


def test_search_finds_sentences_and_skips_boilerplate(store: Store) -> None:
    body = "share this page\nthe army took the village\nthe village was quiet"
    doc, text = make_records(body, "aa", boiler=(Span(0, 15),))
    store.add_document(doc, text, keys_of(text))
    hits = store.search(("village", "army"))
    assert [hit.sentence for hit in hits] == ["the army took the village"]
    assert body[hits[0].start : hits[0].end] == hits[0].sentence
    assert store.search(("share",)) == []
    assert store.search(()) == []
    assert len(store.search(("village",))) == 2


def test_search_ranks_a_bounded_pool_of_the_newest_matches(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    for body, key in (("old village news", "aa"), ("new village news", "bb")):
        doc, text = make_records(body, key)
        store.add_document(doc, text, keys_of(text))
    assert len(store.search(("village",))) == 2
    monkeypatch.setattr("marsad.store.database.SEARCH_POOL", 1)
    assert [hit.sentence for hit in store.search(("village",))] == ["new village news"]


def test_search_query_cannot_inject_fts_syntax(store: Store) -> None:
    doc, text = make_records('a quoted "word" here', "aa")
    store.add_document(doc, text, keys_of(text))
    assert store.search(('"word"', "NEAR(", "*")) == []


def test_failed_transaction_leaves_nothing(store: Store) -> None:
    doc, text = make_records("kept", "aa")
    with pytest.raises(RuntimeError), store.transaction():
        store.add_document(doc, text, keys_of(text))
        raise RuntimeError("stop")
    assert store.documents() == []


def test_failures_are_kept(store: Store) -> None:
    store.add_failure("/in/bad.bin", "binary file")
    [row] = store.failures()
    assert (row.path, row.reason) == ("/in/bad.bin", "binary file")


def test_sentence_key_count_must_match(store: Store) -> None:
    doc, text = make_records("one\ntwo", "aa")
    with pytest.raises(StoreError, match="bug"):
        store.add_document(doc, text, ("one",))
