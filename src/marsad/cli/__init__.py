"""The ``marsad`` command: a thin shell over the pipeline and the store.

Every command catches :class:`~marsad.errors.MarsadError`, prints one line
and exits with code 2; ``ingest`` exits 1 when some items failed.
"""

from __future__ import annotations

from marsad.cli import documents, facts, knowledge, server
from marsad.cli.common import app

__all__ = ["app", "documents", "facts", "knowledge", "main", "server"]


def main() -> None:
    """Entry point of the ``marsad`` script."""
    app()
