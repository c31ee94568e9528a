"""The application factory: one FastAPI app over one store, nothing global.

    from marsad.serve import ServeSettings, create_app
    app = create_app(ServeSettings(db="reports.db", token=None))

Every response carries a strict Content-Security-Policy: scripts only from
the server's own static files (no inline script, no ``eval``), styles only
from its stylesheet, nothing from any other host, no framing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad.serve.api import build_api
from marsad.serve.pages import build_pages, make_ui, remember_lang
from marsad.serve.problems import install_error_handlers
from marsad.serve.state import ServeSettings, ServeState
from marsad.serve.writes import build_writes

HERE = Path(__file__).parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"
# cytoscape adds one tiny stylesheet of its own: ".__________cytoscape_container
# { position: relative; }"; it is allowed by its hash, nothing else inline is.
CYTOSCAPE_STYLE = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='"
CSP = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        f"style-src 'self' {CYTOSCAPE_STYLE}",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def build_templates() -> Jinja2Templates:
    """Templates with autoescaping on for everything and undefined names an error."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return Jinja2Templates(env=env)


async def add_security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


class HeadAsGet:
    """Answer HEAD like GET without the body, for every page and API route (link
    checkers and uptime monitors ask with HEAD)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_head(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
            elif not message.get("more_body", False):
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app({**scope, "method": "GET"}, receive, send_head)


def create_app(settings: ServeSettings) -> FastAPI:
    """The JSON API, the pages and the static files over the store ``settings.db``."""
    state = ServeState(settings)
    templates = build_templates()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()

    app = FastAPI(
        title="marsad",
        summary="A sourced knowledge base of armed actors, from Arabic and English reports.",
        version="0.1.0",
        docs_url=None,  # the interactive docs load their scripts from a CDN: not here
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.marsad = state

    def error_page(request: Request, status: int, code: str, message: str) -> Response:
        ui = make_ui(state, request)
        context = {"ui": ui, "status": status, "code": code, "message": message}
        response = templates.TemplateResponse(request, "error.html", context, status_code=status)
        remember_lang(request, response, ui)
        return response

    install_error_handlers(app, error_page)
    app.middleware("http")(add_security_headers)
    app.include_router(build_api(state))
    app.include_router(build_writes(state))
    app.include_router(build_pages(state, templates))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(HeadAsGet)
    return app
