"""Wiring of the stages: ingest → text → store. No logic of its own beyond order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.config import Config
from marsad.errors import InputError
from marsad.ingest import (
    IngestResources,
    NearDuplicateIndex,
    find_files,
    load_ingest_resources,
    read_document,
    read_items,
)
from marsad.records import IngestFailure, IngestOutcome, IngestSummary, RawItem
from marsad.store import SearchHit, Store
from marsad.text import (
    TextResources,
    load_text_resources,
    normalise_text,
    query_keys,
    sentence_keys,
)

StartHook = Callable[[int], None]
ProgressHook = Callable[[str], None]
OutcomeHook = Callable[[IngestOutcome], None]


@dataclass(frozen=True, slots=True)
class Resources:
    """Everything the stages load once: tables, automata, detectors."""

    ingest: IngestResources
    text: TextResources


def load_resources(config: Config) -> Resources:
    """Build the resources of every stage from ``config``."""
    return Resources(
        ingest=load_ingest_resources(config.ingest),
        text=load_text_resources(config.text),
    )


def load_near_duplicates(store: Store, config: Config) -> NearDuplicateIndex:
    """An index of the MinHash signatures already in ``store``."""
    index = NearDuplicateIndex(config.ingest)
    for doc_id, signature in store.signatures():
        index.add(doc_id, signature)
    return index


def ingest_item(
    item: RawItem, store: Store, resources: Resources, index: NearDuplicateIndex
) -> IngestOutcome:
    """Read, normalise and store one item; raises InputError for bad input."""
    doc = read_document(item, resources.ingest)
    text = normalise_text(doc.original, doc.boilerplate, resources.text)
    existing = store.document_for_hash(text.content_hash)
    if existing is not None:
        added = store.add_source(existing, doc.path, doc.raw_sha256)
        detail = f"another source of document {existing}" if added else "already stored"
        return IngestOutcome(item.path, "duplicate", existing, detail)
    signature = index.signature(text.key)
    near = index.find(signature)
    doc_id = store.add_document(doc, text, sentence_keys(text), signature, near)
    index.add(doc_id, signature)
    if near is not None:
        detail = f"near-duplicate of document {near[0]} (similarity {near[1]:.2f})"
        return IngestOutcome(item.path, "near-duplicate", doc_id, detail)
    return IngestOutcome(item.path, "new", doc_id)


def _fail(store: Store, failure: IngestFailure) -> IngestOutcome:
    store.add_failure(failure.path, failure.reason)
    return IngestOutcome(failure.path, "failed", None, failure.reason)


def _ingest_file(
    path: Path, store: Store, resources: Resources, index: NearDuplicateIndex, config: Config
) -> list[IngestOutcome]:
    outcomes: list[IngestOutcome] = []
    for item in read_items(path, config.ingest):
        if isinstance(item, IngestFailure):
            outcomes.append(_fail(store, item))
            continue
        try:
            outcomes.append(ingest_item(item, store, resources, index))
        except InputError as exc:
            outcomes.append(_fail(store, IngestFailure(item.path, exc.reason)))
    return outcomes


def ingest_paths(
    paths: Sequence[str],
    store: Store,
    config: Config,
    resources: Resources,
    on_start: StartHook | None = None,
    on_file: ProgressHook | None = None,
    on_outcome: OutcomeHook | None = None,
) -> IngestSummary:
    """Ingest files and folders into ``store``; one bad item never stops the batch.

    ``on_start`` hears the number of files found, ``on_file`` each file read,
    ``on_outcome`` each item's outcome (a JSON Lines file has many items).
    """
    found, missing = find_files(paths, config.ingest)
    if on_start is not None:
        on_start(len(found))
    index = load_near_duplicates(store, config)
    outcomes: list[IngestOutcome] = []

    def record(batch: list[IngestOutcome]) -> None:
        outcomes.extend(batch)
        for outcome in batch:
            if on_outcome is not None:
                on_outcome(outcome)

    record([_fail(store, failure) for failure in missing])
    for path in found:
        with store.transaction():
            batch = _ingest_file(path, store, resources, index, config)
        record(batch)
        if on_file is not None:
            on_file(str(path))
    return summarise(outcomes)


def summarise(outcomes: Sequence[IngestOutcome]) -> IngestSummary:
    """Count outcomes by kind."""
    kinds = [o.outcome for o in outcomes]
    return IngestSummary(
        read=len(outcomes),
        new=kinds.count("new"),
        duplicate=kinds.count("duplicate"),
        near_duplicate=kinds.count("near-duplicate"),
        failed=kinds.count("failed"),
        failures=tuple(IngestFailure(o.path, o.detail) for o in outcomes if o.outcome == "failed"),
    )


def search(store: Store, query: str, resources: Resources, limit: int = 20) -> list[SearchHit]:
    """Sentences matching every word of ``query``, Arabic folded, clitics ignored."""
    return store.search(query_keys(query, resources.text), limit)
