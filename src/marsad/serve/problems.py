"""One error shape for every error: ``{"error": {"status", "code", "message", "details"}}``.

The API answers every failure — a missing entity, a bad parameter (FastAPI's
own validation included), a missing token, a bug — with that JSON object.
A browser asking for a page (``Accept: text/html``, outside ``/api``) gets
the same status, code and message as an HTML page instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from marsad.errors import InputError, MarsadError, NotFoundError

LOG = logging.getLogger("marsad.serve")

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_request",
    500: "internal_error",
}

HtmlRenderer = Callable[[Request, int, str, str], Response]


def error_body(
    status: int, message: str, code: str | None = None, details: Any = None
) -> dict[str, Any]:
    """The JSON error object."""
    error: dict[str, Any] = {
        "status": status,
        "code": code or CODES.get(status, "error"),
        "message": message,
    }
    if details is not None:
        error["details"] = details
    return {"error": error}


def wants_html(request: Request) -> bool:
    """A page request from a browser (not the API)."""
    if request.url.path.startswith("/api/") or request.url.path == "/api":
        return False
    return "text/html" in request.headers.get("accept", "")


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [
        {"where": ".".join(str(part) for part in item.get("loc", ())), "problem": item.get("msg")}
        for item in exc.errors()
    ]


def _status_of(exc: MarsadError) -> tuple[int, str]:
    if isinstance(exc, NotFoundError):
        return 404, "not_found"
    if isinstance(exc, InputError):
        return 422, "unreadable_document"
    return 500, "store_error"


def install_error_handlers(app: FastAPI, render_html: HtmlRenderer) -> None:
    """Answer every error with the one shape (JSON for the API, HTML for pages)."""

    def answer(
        request: Request, status: int, message: str, code: str | None = None, **extra: Any
    ) -> Response:
        name = code or CODES.get(status, "error")
        if wants_html(request):
            return render_html(request, status, name, message)
        headers = extra.pop("headers", None)
        return JSONResponse(error_body(status, message, name, **extra), status, headers=headers)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = str(exc.detail) if exc.detail else CODES.get(exc.status_code, "error")
        if exc.status_code == 404 and exc.detail == "Not Found":
            message = f"nothing at {request.url.path}; the API's routes are listed in /openapi.json"
        return answer(request, exc.status_code, message, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        details = _validation_details(exc)
        summary = "; ".join(f"{d['where']}: {d['problem']}" for d in details)
        return answer(request, 422, f"invalid request ({summary})", details=details)

    @app.exception_handler(MarsadError)
    async def marsad_error(request: Request, exc: MarsadError) -> Response:
        status, code = _status_of(exc)
        if status == 500:
            LOG.error("store or configuration error: %s", exc)
        return answer(request, status, str(exc), code)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        LOG.exception("unexpected error on %s %s", request.method, request.url.path)
        message = "internal error: this is a bug in marsad; the server's log has the details"
        return answer(request, 500, message)
