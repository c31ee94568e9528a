"""Commands that read documents in and list them: ingest, docs, search, failures."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Column, Table

from marsad import pipeline
from marsad.cli.common import (
    DEFAULT_DB,
    EXIT_OK,
    EXIT_SOME_FAILED,
    Options,
    app,
    errors_console,
    fail,
    open_store,
    options_of,
    print_json,
    table_console,
)
from marsad.config import load_config
from marsad.errors import MarsadError
from marsad.records import IngestOutcome, IngestSummary
from marsad.text import load_text_resources


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option("--db", envvar="MARSAD_DB", help="Store file (SQLite); default marsad.db."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    config: Annotated[
        str | None, typer.Option("--config", help="TOML file overriding data/defaults.toml.")
    ] = None,
) -> None:
    """Global options come before the command: marsad --db my.db --json docs"""
    try:
        ctx.obj = Options(
            db=db or DEFAULT_DB,
            db_given=db is not None,
            as_json=as_json,
            config=load_config(config),
            config_path=config,
        )
    except MarsadError as exc:
        fail(str(exc))


def _report_outcome(console: Console, outcome: IngestOutcome) -> None:
    if outcome.outcome == "failed":
        console.print(f"failed: {outcome.path}: {outcome.detail}", markup=False, highlight=False)


def _print_summary(console: Console, summary: IngestSummary) -> None:
    console.print(
        f"read {summary.read}, new {summary.new}, duplicate {summary.duplicate}, "
        f"near-duplicate {summary.near_duplicate}, failed {summary.failed}",
        markup=False,
        highlight=False,
    )


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files and folders (read recursively).")],
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read documents into the store.

    Reads .txt, .html/.htm, .json and .jsonl files (and any of them gzipped);
    a NAME.meta.json beside a file gives its url, outlet, lang, published and
    title. Re-ingesting stored text adds nothing. Bad files are reported one
    line each and skipped.

    Exit codes: 0 all items went in, 1 some items failed, 2 the command could
    not run (bad option, store or config).

    Example:  marsad --db reports.db ingest examples/ new-report.html
    """
    options = options_of(ctx)
    errors = errors_console()
    show_bar = not quiet and not options.as_json and errors.is_terminal
    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=errors, disable=not show_bar, transient=True,
    )  # fmt: skip
    task = progress.add_task("ingesting", total=None)
    with open_store(options.db, create=True) as store, progress:
        try:
            resources = pipeline.load_resources(options.config, store)
            summary = pipeline.ingest_paths(
                paths,
                store,
                options.config,
                resources,
                on_start=lambda total: progress.update(task, total=total),
                on_file=lambda _path: progress.advance(task),
                on_outcome=lambda outcome: _report_outcome(errors, outcome),
            )
            if summary.new or summary.near_duplicate:
                progress.update(task, description="linking")
                pipeline.rebuild_knowledge(store, options.config, resources)
        except MarsadError as exc:
            fail(str(exc))
    if options.as_json:
        print_json(asdict(summary))
    elif not quiet or summary.failed:
        _print_summary(Console(), summary)
    raise typer.Exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)


@app.command()
def docs(ctx: typer.Context) -> None:
    """List stored documents.

    Shows id, file name, title, outlet, published date with its precision,
    language, size in characters, how many paths carried the same text, and
    the document it nearly duplicates.

    Example:  marsad --db reports.db docs --json    (or: marsad --json docs)
    """
    options = options_of(ctx)
    with open_store(options.db) as store:
        rows = store.documents()
    if options.as_json:
        print_json([asdict(row) for row in rows])
        return
    table = Table(
        Column("id", justify="right"), Column("file", no_wrap=True),
        Column("title", no_wrap=True, overflow="ellipsis", max_width=36),
        Column("outlet", no_wrap=True, overflow="ellipsis", max_width=24),
        Column("published", no_wrap=True), Column("lang", min_width=4),
        Column("chars", justify="right", min_width=6),
        Column("sources", justify="right", min_width=7), Column("duplicate of", no_wrap=True),
    )  # fmt: skip
    for row in rows:
        published = f"{row.published} ({row.published_precision})" if row.published else ""
        duplicate = f"{row.duplicate_of} ({row.similarity:.2f})" if row.duplicate_of else ""
        table.add_row(
            str(row.id), row.name, row.title or "", row.outlet or "", published,
            row.lang, str(row.size), str(row.sources), duplicate,
        )  # fmt: skip
    table_console().print(table)
    if not rows:
        Console(stderr=True).print("no documents yet: marsad ingest PATH")


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="Words to find, in Arabic or English.")],
    limit: Annotated[int, typer.Option(help="Most sentences to show.", min=1)] = 20,
) -> None:
    """Find documents by words and show the matching sentences.

    Arabic matches whatever the diacritics, tatweel, hamza forms, ta marbuta
    or alef maqsura, and attached prefixes (و ف ب ل ك ال) are ignored.

    Example:  marsad search "جيش العزة"      marsad search "Kafr Nabl" --limit 5
    """
    options = options_of(ctx)
    with open_store(options.db) as store:
        hits = pipeline.search(store, query, load_text_resources(options.config.text), limit)
    if options.as_json:
        print_json([asdict(hit) for hit in hits])
        return
    console = table_console()
    for hit in hits:
        console.print(f"[bold]{hit.document_id}[/bold] {hit.name}", highlight=False)
        console.print("    " + " ".join(hit.sentence.split()), markup=False, highlight=False)
    if not hits:
        Console(stderr=True).print(f"no sentence matches {query!r}", markup=False)


@app.command()
def failures(ctx: typer.Context) -> None:
    """List the files and lines that failed to ingest, with the reason.

    Example:  marsad failures
    """
    options = options_of(ctx)
    with open_store(options.db) as store:
        rows = store.failures()
    if options.as_json:
        print_json([asdict(row) for row in rows])
        return
    if not rows:
        Console().print("no failures recorded", markup=False, highlight=False)
    for row in rows:
        Console(soft_wrap=True).print(
            f"{row.at}  {row.path}: {row.reason}", markup=False, highlight=False
        )
