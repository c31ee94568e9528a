"""A :class:`RawItem` made into a :class:`Document`.

Decode, normalise line endings (nothing else: ``Document.original`` is what
later stages highlight), extract the main text of HTML, mark boilerplate
lines, give each paragraph (non-empty line) its language, and merge the
metadata of every source.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from marsad.errors import EmptyDocumentError
from marsad.ingest.boilerplate import is_boilerplate, is_list_item
from marsad.ingest.charset import decode_bytes
from marsad.ingest.html import HtmlPage, extract_page, looks_like_html
from marsad.ingest.language import detect_language, majority_language
from marsad.ingest.metadata import merge_metadata
from marsad.ingest.resources import IngestResources
from marsad.records import Document, MetaField, Paragraph, RawItem, Span

_LINE_BREAKS = re.compile(r"\r\n?")
_LINE = re.compile(r"[^\n]+")
# A first line taken for a title: short, a paragraph of its own, two words at
# least, not ending like a sentence; searched among the first paragraphs.
_TITLE_MAX_CHARS = 200
_TITLE_SEARCH = 3
_SENTENCE_END = (".", ":", "؛", ";", ",", "،")


def read_document(item: RawItem, resources: IngestResources) -> Document:
    """Decode and mark up one item.

    Raises :class:`BinaryFileError`, :class:`DecodeError`,
    :class:`EmptyDocumentError`, or :class:`InputError` for a malformed
    ``published`` or ``lang`` given in a sidecar or JSON.
    """
    text, encoding, digest = _decode(item)
    fmt: str = item.fmt
    fields = list(item.fields)
    if fmt == "html" or looks_like_html(text):
        fmt = "html"
        page = extract_page(text)
        text = _LINE_BREAKS.sub("\n", page.text)
        fields.extend(_page_fields(page))
    if not text.strip():
        what = "the HTML page has no main text" if fmt == "html" else "holds only whitespace"
        raise EmptyDocumentError(item.path, f"{what}; nothing to ingest")
    paragraphs = tuple(find_paragraphs(text, resources))
    title = guess_title(text, paragraphs)
    if title is not None:
        fields.append(("title", MetaField(title, "text")))
    metadata = merge_metadata(fields, item.path)
    body = [(p.lang, p.span.end - p.span.start) for p in paragraphs if not p.boilerplate]
    lang = metadata.lang.value if metadata.lang else majority_language(body)
    return Document(
        path=item.path,
        name=item.name,
        fmt=fmt,
        encoding=encoding,
        original=text,
        metadata=metadata,
        lang=lang,
        paragraphs=paragraphs,
        boilerplate=tuple(p.span for p in paragraphs if p.boilerplate),
        raw_sha256=digest,
    )


def raw_digest(item: RawItem) -> str:
    """The SHA-256 of an item's data as read: what :attr:`Document.raw_sha256` records."""
    data = item.data
    raw = data.encode("utf-8", errors="surrogatepass") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def _decode(item: RawItem) -> tuple[str, str, str]:
    """The text with ``\\n`` line endings, the encoding and the SHA-256 of the raw data."""
    if isinstance(item.data, str):
        raw = item.data.encode("utf-8", errors="surrogatepass")
        text, encoding = item.data.removeprefix("\ufeff"), "utf-8"
    else:
        raw = item.data
        if not raw.strip():
            raise EmptyDocumentError(item.path, "is empty; nothing to ingest")
        text, encoding = decode_bytes(raw, item.path)
    return _LINE_BREAKS.sub("\n", text), encoding, raw_digest(item)


def _page_fields(page: HtmlPage) -> Iterator[tuple[str, MetaField]]:
    for key, value in (
        ("title", page.title),
        ("outlet", page.sitename),
        ("published", page.date),
        ("url", page.url),
    ):
        if value:
            yield key, MetaField(value, "html")


def find_paragraphs(text: str, resources: IngestResources) -> Iterator[Paragraph]:
    """Each non-empty line, without its surrounding spaces, as a paragraph; the
    bulleted items right under a list heading ("Related articles") are boilerplate
    like the heading."""
    short = resources.config.short_text_chars
    in_list = False
    end = 0
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped or text[end : match.start()].count("\n") > 1:
            in_list = False
        end = match.end()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        span = Span(start, start + len(stripped))
        listed = in_list and is_list_item(stripped)
        boilerplate = listed or is_boilerplate(stripped, resources.boilerplate)
        in_list = listed or is_boilerplate(stripped, resources.list_heads)
        yield Paragraph(
            span=span,
            lang=detect_language(stripped, resources.detector, short),
            boilerplate=boilerplate,
        )


def guess_title(text: str, paragraphs: tuple[Paragraph, ...]) -> str | None:
    """A short first line standing alone, read as the title (source ``text``)."""
    if len(paragraphs) < 2:
        return None
    body = [p for p in paragraphs if not p.boilerplate][:_TITLE_SEARCH]
    for paragraph in body:
        line = text[paragraph.span.start : paragraph.span.end]
        if _stands_alone(text, paragraph.span) and _title_like(line):
            return line
    return None


def _stands_alone(text: str, span: Span) -> bool:
    """Whether the lines before and after the span's line are blank or absent."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if line_start > 0:
        previous_start = text.rfind("\n", 0, line_start - 1) + 1
        if text[previous_start : line_start - 1].strip():
            return False
    line_end = text.find("\n", span.end)
    if line_end < 0:
        return True
    next_end = text.find("\n", line_end + 1)
    following = text[line_end + 1 : next_end if next_end >= 0 else len(text)]
    return not following.strip()


def _title_like(line: str) -> bool:
    return (
        len(line) <= _TITLE_MAX_CHARS
        and len(line.split()) >= 2
        and not line.endswith(_SENTENCE_END)
    )
