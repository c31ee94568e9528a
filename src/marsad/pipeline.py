"""Wiring of the stages: ingest → text → extract → store. No logic of its own beyond order."""

from __future__ import annotations

import json
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from marsad.config import Config
from marsad.errors import InputError
from marsad.extract.export import facts_dict
from marsad.extract.facts import (
    EXTRACTOR_VERSION,
    ExtractResources,
    extract_facts,
    load_extract_resources,
)
from marsad.extract.gazetteer import PlaceEntry
from marsad.ingest import (
    IngestResources,
    NearDuplicateIndex,
    find_files,
    load_ingest_resources,
    raw_digest,
    read_document,
    read_items,
)
from marsad.link import LinkResources, link_entities, load_link_resources
from marsad.link.attributes import AttributeVotes
from marsad.link.gather import find_evidence, merge_facts
from marsad.link.keys import name_key
from marsad.link.reference import add_reference_names
from marsad.link.sources import link_hints, link_items
from marsad.records import (
    Document,
    DocumentFacts,
    DocumentInfo,
    IngestFailure,
    IngestOutcome,
    IngestSummary,
    LinkItem,
    RawItem,
    Span,
    Text,
)
from marsad.store import PlaceRow, SearchHit, Store
from marsad.text import (
    TextResources,
    load_text_resources,
    normalise_text,
    query_keys,
    sentence_keys,
)

FILES_PER_TRANSACTION = 200
"""Files whose writes commit together: one commit per file cost more than reading it."""

StartHook = Callable[[int], None]
ProgressHook = Callable[[str], None]
OutcomeHook = Callable[[IngestOutcome], None]


@dataclass(frozen=True, slots=True)
class Resources:
    """Everything the stages load once: tables, automata, detectors."""

    ingest: IngestResources
    text: TextResources
    extract: ExtractResources
    link: LinkResources


def _place_entry(row: PlaceRow) -> PlaceEntry:
    return PlaceEntry(
        id=row.id, canonical=row.canonical, names=row.names, admin1=row.admin1,
        feature=row.feature, lat=row.lat, lon=row.lon, population=row.population,
    )  # fmt: skip


def load_resources(config: Config, store: Store | None = None) -> Resources:
    """Build the resources of every stage from ``config`` (and places imported into ``store``)."""
    text = load_text_resources(config.text)
    places = [_place_entry(row) for row in store.places()] if store is not None else []
    return Resources(
        ingest=load_ingest_resources(config.ingest),
        text=text,
        extract=load_extract_resources(
            config.extract, lambda string: normalise_text(string, (), text), places
        ),
        link=load_link_resources(config.link),
    )


def document_info(doc: Document) -> DocumentInfo:
    """What the extractor needs to know of ``doc`` besides its text."""
    meta = doc.metadata
    return DocumentInfo(
        name=doc.name,
        lang=doc.lang,
        published=meta.published.value if meta.published else None,
        outlet=meta.outlet.value if meta.outlet else None,
    )


def extract(text: Text, info: DocumentInfo, resources: Resources) -> DocumentFacts:
    """The facts of one normalised document."""
    return extract_facts(text, info, resources.extract)


def _save_facts(
    store: Store, doc_id: int, text: Text, info: DocumentInfo, resources: Resources
) -> str | None:
    """Extract and store the facts of a document; return a problem, or None."""
    try:
        facts = extract(text, info, resources)
    except Exception as exc:  # an extractor bug must not lose the stored document
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return f"extraction failed ({type(exc).__name__}: {exc} at {where.name}:{where.lineno})"
    payload = json.dumps(facts_dict(facts, text.offsets), ensure_ascii=False)
    store.save_facts(doc_id, EXTRACTOR_VERSION, payload)
    return None


def load_near_duplicates(store: Store, config: Config) -> NearDuplicateIndex:
    """The near-duplicate hasher, after indexing the bands of stored signatures that lack them.

    The bands live in the store, so nothing per document is held in memory;
    only a store written before bands were kept (or under another band
    layout) has signatures to band here, once.
    """
    index = NearDuplicateIndex(config.ingest)
    with store.transaction():
        for doc_id, signature in store.unbanded(index.layout):
            store.add_bands(doc_id, index.bands(signature))
    return index


def ingest_item(
    item: RawItem, store: Store, resources: Resources, index: NearDuplicateIndex
) -> IngestOutcome:
    """Read, normalise and store one item; raises InputError for bad input.

    The same bytes from the same path again cost one look-up: they are not decoded.
    """
    known = store.document_for_source(item.path, raw_digest(item))
    if known is not None:
        return IngestOutcome(item.path, "duplicate", known, "already stored")
    doc = read_document(item, resources.ingest)
    text = normalise_text(doc.original, doc.boilerplate, resources.text)
    existing = store.document_for_hash(text.content_hash)
    if existing is not None:
        added = store.add_source(existing, doc.path, doc.raw_sha256)
        detail = f"another source of document {existing}" if added else "already stored"
        return IngestOutcome(item.path, "duplicate", existing, detail)
    signature = index.signature(text.key)
    bands = index.bands(signature)
    near = index.best_match(signature, store.band_candidates(bands))
    doc_id = store.add_document(doc, text, sentence_keys(text), signature, near)
    store.add_bands(doc_id, bands)
    problem = _save_facts(store, doc_id, text, document_info(doc), resources)
    if problem is not None:
        store.add_failure(item.path, problem)
        return IngestOutcome(item.path, "failed", doc_id, f"stored, but {problem}")
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
    for start in range(0, len(found), FILES_PER_TRANSACTION):
        with store.transaction():
            for path in found[start : start + FILES_PER_TRANSACTION]:
                record(_ingest_file(path, store, resources, index, config))
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


def search(store: Store, query: str, resources: TextResources, limit: int = 20) -> list[SearchHit]:
    """Sentences matching every word of ``query``, Arabic folded, clitics ignored."""
    return store.search(query_keys(query, resources), limit)


def reextract(store: Store, resources: Resources, on_document: ProgressHook | None = None) -> int:
    """Extract the facts of every stored document again; return how many."""
    count = 0
    for stored in store.texts():
        spans = tuple(Span(start, end) for start, end in stored.boilerplate)
        text = normalise_text(stored.original, spans, resources.text)
        info = DocumentInfo(stored.name, stored.lang, stored.published, stored.outlet)
        problem = _save_facts(store, stored.document_id, text, info, resources)
        if problem is not None:
            store.add_failure(stored.name, problem)
        count += 1
        if on_document is not None:
            on_document(stored.name)
    return count


def rebuild_knowledge(store: Store, config: Config, resources: Resources) -> int:
    """Link every stored document's entities and rewrite the knowledge base.

    Each step reads the stored facts again, one document at a time, and keeps
    only what grows with the distinct entities and facts, not with the
    documents: rename hints, then entities (to link them), reference names,
    attribute votes, merged facts, and last the evidence, which goes straight
    into the store. Returns the entity count.
    """
    with store.transaction():  # one snapshot of the stored facts for every pass
        return _rebuild_knowledge(store, config, resources)


def _rebuild_knowledge(store: Store, config: Config, resources: Resources) -> int:
    hints = [hint for source in store.facts_sources() for hint in link_hints(source)]
    linking = link_entities(_link_items(store), hints, resources.link, config.link)
    linking = add_reference_names(linking, _link_items(store), resources.extract.reference)
    votes = AttributeVotes()
    for source in store.facts_sources():
        votes.add(source, linking)
    facts = merge_facts(store.facts_sources(), linking)
    name_keys = {
        (entity.id, name, key)
        for entity in linking.entities
        for name in {entity.canonical, *(n.name for n in entity.names)}
        for key in {name_key(name), name_key(name).replace(" ", "")} - {""}
    }
    evidence = find_evidence(store.facts_sources(), linking, {fact.id for fact in facts})
    with closing(evidence):  # closed inside the transaction, even when writing fails
        store.replace_knowledge(
            linking.entities,
            votes.attributes(),
            sorted(name_keys),
            linking.links(),
            facts,
            evidence,
        )
    return len(linking.entities)


def _link_items(store: Store) -> Iterator[LinkItem]:
    for source in store.facts_sources():
        yield from link_items(source)


def export_facts(store: Store) -> list[dict[str, object]]:
    """The stored facts of every document, in the facts format."""
    return [json.loads(row.facts) for row in store.facts()]


def read_item(item: RawItem, resources: Resources) -> tuple[DocumentFacts, Text]:
    """Read, normalise and extract one item without storing anything."""
    doc = read_document(item, resources.ingest)
    text = normalise_text(doc.original, doc.boilerplate, resources.text)
    return extract(text, document_info(doc), resources), text


def read_path(
    path: Path, config: Config, resources: Resources
) -> Iterator[tuple[DocumentFacts, Text] | IngestFailure]:
    """The facts of every document in one file; bad items come back as failures."""
    for item in read_items(path, config.ingest):
        if isinstance(item, IngestFailure):
            yield item
            continue
        try:
            yield read_item(item, resources)
        except InputError as exc:
            yield IngestFailure(item.path, exc.reason)
