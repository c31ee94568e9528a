"""The ``serve`` command: the knowledge base as a JSON API and web pages."""

from __future__ import annotations

import errno
import socket
from typing import Annotated

import typer
from rich.console import Console

from marsad.cli.common import app, fail, open_store, options_of

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def check_port(host: str, port: int) -> None:
    """Fail with one line when ``host:port`` cannot be bound (busy, or not an address here)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                fail(f"port {port} on {host} is in use; choose another with --port")
            fail(f"cannot listen on {host}:{port} ({exc.strerror}); check --host and --port")


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option(help="Address to listen on; the default is this machine only.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="MARSAD_TOKEN",
            help="Allow writes (POST /api/documents) to requests bearing this token.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Serve the knowledge base as web pages and a JSON API, in Arabic and English.

    Pages: / (search), /entities/ID (profile: names, lineage, leaders, network,
    events, map, claims ledger), /documents/ID (the original text with every
    fact highlighted in place). The JSON API lives under /api and is described
    at /openapi.json. Read-only unless a token is given; then POST
    /api/documents with 'Authorization: Bearer TOKEN' ingests a document.
    Stop with Ctrl-C.

    Example:  marsad --db reports.db serve --port 8000
    """
    options = options_of(ctx)
    with open_store(options.db, create=True):  # a new store can be filled through the API
        pass  # a store that cannot be opened fails here, in one line
    check_port(host, port)
    import uvicorn  # the server's libraries load only for this command

    from marsad.serve import ServeSettings, create_app

    settings = ServeSettings(db=options.db, config=options.config, token=token or None)
    console = Console(soft_wrap=True, highlight=False)
    shown = f"[{host}]" if ":" in host else host
    console.print(f"marsad: serving {options.db} at http://{shown}:{port}/", markup=False)
    writes = "writes allowed with the token" if token else "read-only (no --token)"
    console.print(f"marsad: {writes}; API described at /openapi.json; Ctrl-C stops", markup=False)
    if host not in LOOPBACK:
        console.print(
            f"marsad: warning: listening on {host}, reachable from other machines", markup=False
        )
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
