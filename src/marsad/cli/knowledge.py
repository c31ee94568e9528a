"""Commands that read the knowledge base: profile, timeline, claims, entities, graph."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Annotated, TypeVar

import typer

from marsad import query
from marsad.cli.common import (
    Options,
    app,
    fail,
    open_store,
    options_of,
    print_json,
    table_console,
)
from marsad.cli.views import print_claims, print_entities, print_events, print_profile
from marsad.errors import MarsadError
from marsad.query.evidence import entity_view
from marsad.store import KbEntityRow, Store

T = TypeVar("T")

NameArg = Annotated[
    str, typer.Argument(help="Any name of the entity, in either script, or its id.")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]


def _read(options: Options, name: str, build: Callable[[Store, KbEntityRow], T]) -> T:
    """Find the entity called ``name`` and build a view of it; errors become one line."""
    with open_store(options.db) as store:
        try:
            return build(store, query.find_entity(store, name))
        except MarsadError as exc:
            fail(str(exc))


def _stances(options: Options) -> query.Stances:
    try:
        return query.load_stances(options.config.extract.outlets_table)
    except MarsadError as exc:
        fail(str(exc))


@app.command()
def profile(ctx: typer.Context, name: NameArg, as_json: JsonOpt = False) -> None:
    """Everything the store knows of one entity, each item with its sources.

    Names by period in both scripts, lineage, leaders with rank, role and
    dates, allies, opponents, supporters, places, events and the claims
    ledger (contradicting values flagged). The number after each item counts
    the documents that state it.

    Example:  marsad --db reports.db profile "Jaysh al-Izza"    (or: profile "جيش العزة")
    """
    options = options_of(ctx)
    stances = _stances(options)
    result = _read(options, name, lambda s, e: query.build_profile(s, e, stances))
    if as_json or options.as_json:
        print_json(asdict(result))
    else:
        print_profile(table_console(), result)


@app.command()
def timeline(ctx: typer.Context, name: NameArg, as_json: JsonOpt = False) -> None:
    """The events of one entity from every document, oldest first.

    Example:  marsad --db reports.db timeline "Jaysh al-Izza"
    """
    options = options_of(ctx)
    stances = _stances(options)
    events = _read(options, name, lambda s, e: query.build_timeline(s, e, stances))
    if as_json or options.as_json:
        print_json([asdict(event) for event in events])
    else:
        print_events(table_console(), events)


@app.command()
def claims(
    ctx: typer.Context,
    name: NameArg,
    prop: Annotated[
        str | None,
        typer.Option("--property", "-p", help="Only this property, e.g. strength, fatalities."),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """The claims ledger of one entity: every number claimed, by whom, when, through whom.

    Values are never averaged; values of one property and period that cannot
    both be true are marked as contradicting.

    Example:  marsad --db reports.db claims "Jaysh al-Izza" --property strength
    """
    options = options_of(ctx)
    stances = _stances(options)
    ledger = _read(options, name, lambda s, e: query.claims_about(s, e, stances, prop))
    if as_json or options.as_json:
        print_json([asdict(claim) for claim in ledger])
    else:
        print_claims(table_console(), ledger)


@app.command()
def entities(
    ctx: typer.Context,
    kind: Annotated[
        str | None, typer.Option("--type", "-t", help="Only actor, person or place.")
    ] = None,
    limit: Annotated[int, typer.Option(help="How many to list (most documented first).")] = 100,
    as_json: JsonOpt = False,
) -> None:
    """List the entities of the knowledge base, each with all its names.

    Example:  marsad --db reports.db entities --type actor
    """
    options = options_of(ctx)
    if kind not in (None, "actor", "person", "place"):
        fail(f"--type {kind!r}: use actor, person or place")
    with open_store(options.db) as store:
        rows, total = store.entities(kind, None, 0, limit)
    views = [entity_view(row) for row in rows]
    if as_json or options.as_json:
        print_json([asdict(view) for view in views])
    else:
        print_entities(table_console(), views, total)


@app.command()
def graph(
    ctx: typer.Context,
    name: NameArg,
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml or json.")] = "json",
) -> None:
    """The relation network around one entity, for Gephi, yEd or networkx.

    Example:  marsad --db reports.db graph "Jaysh al-Izza" --format graphml > izza.graphml
    """
    options = options_of(ctx)
    if fmt not in ("graphml", "json"):
        fail(f"--format {fmt!r}: use graphml or json")
    network = _read(options, name, query.build_graph)
    if fmt == "json":
        print_json(query.graph_json(network))
    else:
        typer.echo(query.graph_graphml(network), nl=False)
