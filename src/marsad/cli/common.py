"""What every command shares: the app, the global options, one-line errors, JSON output."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console

from marsad.config import Config
from marsad.errors import MarsadError
from marsad.store import Store

EXIT_OK, EXIT_SOME_FAILED, EXIT_ERROR = 0, 1, 2
DEFAULT_DB = "marsad.db"

app = typer.Typer(
    help=(
        "marsad reads Arabic and English conflict reports into a sourced knowledge base.\n\n"
        "Example:  marsad --db reports.db ingest examples/"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


@dataclass(frozen=True, slots=True)
class Options:
    """Global options shared by every command; ``db_given`` when --db or MARSAD_DB was set."""

    db: str
    db_given: bool
    as_json: bool
    config: Config
    config_path: str | None = None


def options_of(ctx: typer.Context) -> Options:
    """The global options stored on the command's context."""
    options = ctx.obj
    assert isinstance(options, Options)
    return options


def fail(message: str) -> NoReturn:
    """Print one error line on stderr and exit with code 2."""
    Console(stderr=True, soft_wrap=True).print(
        f"marsad: error: {message}", markup=False, highlight=False
    )
    raise typer.Exit(EXIT_ERROR)


@contextmanager
def open_store(path: str, create: bool = False) -> Iterator[Store]:
    """Open the store at ``path``; a store error becomes a one-line failure, and so
    does a missing file unless ``create`` (a mistyped --db must not make an empty
    store and report "nothing")."""
    if not create and path != ":memory:" and not Path(path).exists():
        fail(f"no store at {path}: create one with `marsad --db {path} ingest PATH`")
    try:
        with Store.open(path) as store:
            yield store
    except MarsadError as exc:
        fail(str(exc))


def print_json(value: Any) -> None:
    """Write ``value`` as indented JSON on stdout."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


PIPED_WIDTH = 160
"""Table width when stdout is not a terminal (a pipe or a file) and COLUMNS is unset."""


def table_console() -> Console:
    """A stdout console for tables: the terminal's width, or a wide page when piped."""
    piped = not sys.stdout.isatty() and not os.environ.get("COLUMNS")
    return Console(width=PIPED_WIDTH if piped else None)


def errors_console() -> Console:
    """A stderr console whose lines never wrap (one message, one line)."""
    return Console(stderr=True, soft_wrap=True)
