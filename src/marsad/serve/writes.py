"""The one write endpoint: ``POST /api/documents`` ingests a document, then relinks.

Writes need the token the server was started with (``--token`` or
``MARSAD_TOKEN``), sent as ``Authorization: Bearer <token>``; a server
started without one refuses every write. The document goes through the same
pipeline as ``marsad ingest`` (this is the only module of ``serve`` that may
import :mod:`marsad.pipeline`), on the server's single writer thread.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Response
from pydantic import BaseModel, Field, model_validator

from marsad import pipeline
from marsad.records import IngestOutcome, MetaField, RawItem
from marsad.serve.state import Cache, ServeState
from marsad.store import Store

META_FIELDS = ("url", "outlet", "published", "title", "lang")
BEARER = {"WWW-Authenticate": "Bearer"}


class DocumentIn(BaseModel):
    """A document to ingest: its ``text`` or its ``html``, and what is known about it."""

    text: str | None = Field(None, description="Plain text of the report.")
    html: str | None = Field(None, description="A web page; its main text is extracted.")
    name: str | None = Field(None, max_length=200, description="A file name to list it by.")
    url: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="ISO date at its precision: 2019, 2019-06…")
    title: str | None = None
    lang: str | None = Field(None, description="ar or en; detected when left out.")

    @model_validator(mode="after")
    def one_body(self) -> DocumentIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of text and html")
        return self


@dataclass(frozen=True, slots=True)
class Ingested:
    """What became of a posted document."""

    id: int | None
    outcome: str
    detail: str
    page: str | None


def raw_item(body: DocumentIn) -> RawItem:
    """The posted document as the ingest stage reads items."""
    data = body.html if body.html is not None else body.text or ""
    fmt: Literal["txt", "html"] = "html" if body.html is not None else "txt"
    digest = hashlib.sha256(data.encode("utf-8")).hexdigest()[:12]
    name = body.name or f"posted-{digest}.{fmt}"
    fields = tuple(
        (key, MetaField(str(value), "jsonl"))
        for key in META_FIELDS
        if (value := getattr(body, key))
    )
    return RawItem(path=f"api:{name}", name=name, fmt=fmt, data=data, fields=fields)


def token_checker(token: str | None) -> Callable[..., None]:
    """A dependency refusing requests without ``Authorization: Bearer <token>``."""

    def check(authorization: Annotated[str | None, Header()] = None) -> None:
        if token is None:
            raise HTTPException(
                401,
                "writes are disabled: this server was started without a token; "
                "restart it with --token or MARSAD_TOKEN to allow them",
                headers=BEARER,
            )
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip(), token):
            raise HTTPException(
                401,
                "a valid token is required: send the header 'Authorization: Bearer <token>' "
                "with the token the server was started with",
                headers=BEARER,
            )

    return check


def build_writes(state: ServeState) -> APIRouter:
    """The token-protected routes."""
    router = APIRouter(prefix="/api", tags=["writes (token required)"])
    config = state.settings.config
    resources: Cache[pipeline.Resources] | None = None

    def ingest(store: Store, item: RawItem) -> IngestOutcome:
        nonlocal resources
        if resources is None:
            resources = Cache(lambda: pipeline.load_resources(config, store))
        loaded = resources.get()
        index = pipeline.load_near_duplicates(store, config)
        with store.transaction():
            outcome = pipeline.ingest_item(item, store, loaded, index)
        if outcome.outcome in ("new", "near-duplicate"):
            pipeline.rebuild_knowledge(store, config, loaded)
        return outcome

    @router.post(
        "/documents",
        summary="Ingest a document (token required)",
        status_code=201,
        dependencies=[Depends(token_checker(state.settings.token))],
        responses={200: {"description": "The same text was already stored."}},
    )
    async def post_document(body: DocumentIn, response: Response) -> Ingested:
        size = len((body.html or body.text or "").encode("utf-8"))
        if size > config.ingest.max_bytes:
            raise HTTPException(413, f"document of {size} bytes; the limit is ingest.max_bytes")
        item = raw_item(body)
        outcome = await state.writer.run(lambda s: ingest(s, item))
        if outcome.outcome == "duplicate":
            response.status_code = 200
        page = f"/documents/{outcome.doc_id}" if outcome.doc_id else None
        return Ingested(outcome.doc_id, outcome.outcome, outcome.detail, page)

    return router
