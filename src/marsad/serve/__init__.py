"""The serve stage: the knowledge base as a JSON API and web pages, in Arabic and English.

:func:`create_app` builds a FastAPI app over one store; ``marsad serve`` runs
it with uvicorn. It reads through :mod:`marsad.query`; its one write
endpoint (token required) goes through :mod:`marsad.pipeline`.
"""

from marsad.serve.app import create_app
from marsad.serve.state import ServeSettings

__all__ = ["ServeSettings", "create_app"]
