"""Commands about extracted facts: read, extract, export, eval, gazetteer import."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from marsad import pipeline
from marsad.cli.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    Options,
    app,
    errors_console,
    fail,
    open_store,
    options_of,
    print_json,
)
from marsad.errors import MarsadError
from marsad.eval import SECTIONS, Report, explain, read_facts, score
from marsad.extract.export import facts_dict
from marsad.extract.gazetteer import PlaceEntry, read_gazetteer_dump
from marsad.query.ledger import value_text
from marsad.records import DocumentFacts, IngestFailure
from marsad.store import PlaceRow

gazetteer_app = typer.Typer(
    help="Import gazetteers (Who's On First or GeoNames dumps) into the store.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(gazetteer_app, name="gazetteer")


def _print_facts(facts: DocumentFacts) -> None:
    console = Console(soft_wrap=True)
    console.print(f"{facts.doc}  ({facts.lang}, {facts.outlet or 'outlet unknown'}, "
                  f"{facts.published or 'undated'})", markup=False, highlight=False)  # fmt: skip
    names = {entity.id: entity.canonical for entity in facts.entities}
    lines: list[str] = [f"entities ({len(facts.entities)}):"]
    lines += [f"  {e.id} {e.type:6} {e.canonical}  [{' | '.join(e.names)}]" for e in facts.entities]
    lines.append(f"relations ({len(facts.relations)}):")
    lines += [f"  {names[r.subject]} —{r.type}→ {names[r.object]}" for r in facts.relations]
    lines.append(f"events ({len(facts.events)}):")
    for event in facts.events:
        where = ", ".join(names[p] for p in event.places)
        who = ", ".join(names[a] for a in event.actors)
        lines.append(
            f"  {event.date or 'undated'} {event.kind} ({event.event_type}) {who} @ {where}"
        )
    lines.append(f"claims ({len(facts.claims)}):")
    for claim in facts.claims:
        value = {k: v for k, v in vars_of(claim.value).items() if v is not None}
        subject = names.get(claim.subject, claim.subject)
        claimant = names.get(claim.claimant or "", claim.claimant)
        parts = [f"  {claim.property} of {subject}: {value_text(value)}"]
        parts += [f"as of {claim.as_of}"] if claim.as_of else []
        parts += [f"claimed by {claimant}" + (f" ({claim.channel})" if claim.channel else "")]
        parts += [f"carried by {claim.reported_by}"] if claim.reported_by else []
        lines.append("; ".join(parts) + (" — DENIED" if claim.denied else ""))
    console.print("\n".join(lines), markup=False, highlight=False)


def vars_of(value: object) -> dict[str, Any]:
    """The fields of a slotted dataclass as a dict."""
    return {name: getattr(value, name) for name in getattr(value, "__slots__", ())}


@app.command()
def read(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(help="A document file (.txt, .html, .json, .jsonl, .gz).")
    ],
) -> None:
    """Print the facts of one document without storing anything.

    Uses the gazetteer places imported into --db when that store exists.

    Example:  marsad read report.txt      marsad --json read page.html
    """
    options = options_of(ctx)
    try:
        resources = _resources(options)
        results = list(pipeline.read_path(file, options.config, resources))
    except MarsadError as exc:
        fail(str(exc))
    failed = 0
    for result in results:
        if isinstance(result, IngestFailure):
            errors_console().print(f"failed: {result.path}: {result.reason}", markup=False)
            failed += 1
        elif options.as_json:
            sys.stdout.write(
                json.dumps(facts_dict(result[0], result[1].offsets), ensure_ascii=False) + "\n"
            )
        else:
            _print_facts(result[0])
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _resources(options: Options) -> pipeline.Resources:
    if Path(options.db).exists():
        with open_store(options.db) as store:
            return pipeline.load_resources(options.config, store)
    return pipeline.load_resources(options.config)


@app.command()
def extract(ctx: typer.Context) -> None:
    """Extract the facts of every stored document again (after a table or version change).

    Example:  marsad --db reports.db extract
    """
    options = options_of(ctx)
    with open_store(options.db) as store:
        try:
            resources = pipeline.load_resources(options.config, store)
            count = pipeline.reextract(store, resources)
            pipeline.rebuild_knowledge(store, options.config, resources)
        except MarsadError as exc:
            fail(str(exc))
    if not options.as_json:
        Console().print(f"extracted the facts of {count} documents", highlight=False)


@app.command()
def export(
    ctx: typer.Context,
    format: Annotated[str, typer.Option("--format", help="Output format: facts.")] = "facts",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default stdout).")
    ] = None,
) -> None:
    """Write the stored facts, one JSON line per document, in the facts format.

    Entities carry their mention spans and every fact its evidence span
    (offsets into the original text), confidence and reason.

    Example:  marsad --db reports.db export --format facts > facts.jsonl
    """
    options = options_of(ctx)
    if format != "facts":
        fail(f"unknown export format {format!r}; use --format facts")
    with open_store(options.db) as store:
        rows = pipeline.export_facts(store)
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if output is None:
        sys.stdout.write(lines)
        return
    try:
        output.write_text(lines, encoding="utf-8")
    except OSError as exc:
        fail(f"{output}: cannot write ({exc.strerror}); check the path")


def _score_table(report: Report, per_doc: bool) -> Table:
    table = Table("document" if per_doc else "section", *[
        f"{name} {part}" if per_doc else part for name in (SECTIONS if per_doc else ("",))
        for part in (("P", "R", "F1") if not per_doc else ("F1",))
    ])  # fmt: skip
    if per_doc:
        for doc in report.documents:
            table.add_row(doc.doc, *[f"{doc.section(name).f1:.3f}" for name in SECTIONS])
        return table
    for name in SECTIONS:
        s = report.section(name)
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    return table


@app.command("eval")
def evaluate(
    ctx: typer.Context,
    gold: Annotated[Path, typer.Argument(help="Gold facts, one JSON line per document.")],
    docs: Annotated[
        Path, typer.Option("--docs", help="Folder of the documents the gold describes.")
    ],
    per_doc: Annotated[bool, typer.Option("--per-doc", help="F1 per document too.")] = False,
    explain_doc: Annotated[
        str | None, typer.Option("--explain", help="List misses and false hits of one document.")
    ] = None,
    gazetteer: Annotated[
        list[Path] | None, typer.Option("--gazetteer", help="Gazetteer dump to import first.")
    ] = None,
) -> None:
    """Score extraction against gold facts: precision, recall and F1 per section.

    Ingests --docs into a temporary store (or into --db when given), exports
    the facts and compares them by the rules of the facts format.

    Example:  marsad eval ../shared/gold/seeds.jsonl --docs ../shared/corpus/seeds --per-doc
    """
    options = options_of(ctx)
    try:
        gold_facts = read_facts(gold)
    except MarsadError as exc:
        fail(str(exc))
    with tempfile.TemporaryDirectory(prefix="marsad-eval-") as folder:
        path = options.db if options.db_given else str(Path(folder) / "eval.db")
        predicted = _ingest_for_eval(options, path, docs, gazetteer or [])
    report = score(gold_facts, predicted)
    if explain_doc is not None:
        if explain_doc not in gold_facts:
            fail(f"{explain_doc!r} is not a document of {gold}; choose one of its doc names")
        explanation = explain(gold_facts[explain_doc], predicted.get(explain_doc))
    if options.as_json:
        out = report.to_dict()
        if explain_doc is not None:
            out["explain"] = explanation.render()
        print_json(out)
        return
    console = Console(soft_wrap=True)
    console.print(_score_table(report, False))
    if per_doc:
        console.print(_score_table(report, True))
    if explain_doc is not None:
        console.print(explanation.render(), markup=False, highlight=False)


def _ingest_for_eval(
    options: Options, path: str, docs: Path, gazetteers: list[Path]
) -> dict[str, dict[str, Any]]:
    if not docs.is_dir():
        fail(f"{docs}: not a folder; give --docs the folder holding the gold's documents")
    with open_store(path, create=True) as store:
        try:
            for dump in gazetteers:
                store.add_places((_place_row(e) for e in read_gazetteer_dump(dump)), str(dump))
            resources = pipeline.load_resources(options.config, store)
            summary = pipeline.ingest_paths([str(docs)], store, options.config, resources)
            if options.db_given:  # documents stored earlier: read them with today's extractor
                pipeline.reextract(store, resources)
        except MarsadError as exc:
            fail(str(exc))
        for failure in summary.failures:
            errors_console().print(f"failed: {failure.path}: {failure.reason}", markup=False)
        return {str(row["doc"]): row for row in pipeline.export_facts(store)}


def _place_row(entry: PlaceEntry) -> PlaceRow:
    return PlaceRow(
        entry.id, entry.canonical, entry.names, entry.admin1, entry.feature, entry.lat,
        entry.lon, entry.population,
    )  # fmt: skip


@gazetteer_app.command("import")
def gazetteer_import(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help="WOF .geojsonl(.gz) or GeoNames SY.txt/.zip")],
) -> None:
    """Add the places of Who's On First or GeoNames dumps to the store's gazetteer.

    Later ingests (and `marsad read` with this --db) find these places too;
    run `marsad extract` to re-read documents already stored.

    Example:  marsad --db reports.db gazetteer import whosonfirst-admin-sy.geojsonl.gz
    """
    options = options_of(ctx)
    with open_store(options.db, create=True) as store:
        for file in files:
            try:
                count = store.add_places(
                    (_place_row(e) for e in read_gazetteer_dump(file)), str(file)
                )
            except MarsadError as exc:
                fail(str(exc))
            Console().print(f"{file}: {count} places imported", markup=False, highlight=False)
