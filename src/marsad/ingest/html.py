"""Main text and metadata of an HTML page, with trafilatura.

Comments are dropped (trafilatura keeps them unless told not to), and so are
navigation, share widgets, scripts and footers. Paragraphs come out one a
line. Dates come only from the page's markup (``extensive_search`` off), so a
date printed somewhere in the text is not taken for the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trafilatura import bare_extraction

_DATE_PARAMS = {"original_date": True, "extensive_search": False}
_HTML_START = re.compile(
    r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL
)


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What trafilatura found in a page."""

    text: str
    title: str | None = None
    sitename: str | None = None
    date: str | None = None
    url: str | None = None


def looks_like_html(text: str) -> bool:
    """Whether a text starts like an HTML document (``<!doctype html`` or ``<html``)."""
    return _HTML_START.match(text[:4096]) is not None


def extract_page(markup: str) -> HtmlPage:
    """Extract the main text (paragraphs one a line) and metadata of a page."""
    result = bare_extraction(
        markup,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    if result is None:
        return HtmlPage(text="")
    return HtmlPage(
        text=_string(getattr(result, "text", None)) or "",
        title=_string(getattr(result, "title", None)),
        sitename=_string(getattr(result, "sitename", None)),
        date=_string(getattr(result, "date", None)),
        url=_string(getattr(result, "url", None)),
    )


def _string(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
