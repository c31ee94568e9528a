"""Wikipedia-style footnotes: markers in the text and the reference list they point to.

Markers are ``[1]``, ``[a]``, ``[note 3]``, ``[citation needed]``…; the
reference list holds lines such as ``1. ^ a b "Title". Outlet. 12 May 2019.``
or ``^ Author (2019-09-08). "Title". Outlet. Retrieved …``. A marker's
:attr:`Footnote.cited` (``Outlet, date``) becomes a claim's ``Evidence.cited``.
Markers and reference numbers are never read as numbers of a claim
(:func:`footnote_spans`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from marsad.records import Span

MARKER = re.compile(
    r"\[(?:\d{1,3}|[a-z]|note \d{1,3}|[a-z][a-z ]{2,30} needed|dubious|who\?|when\?)\]",
    re.IGNORECASE,
)
CITATION = re.compile(r"\s*(?:\d+\.\s*)?\^")
"""A line of a reference list: its titles are other reports' headlines, not this one's facts."""
ENTRY = re.compile(r"^[ \t]*(?:(\d{1,3})\.[ \t]*)?\^[ \t]*(?:[a-z] )*(?P<body>.*)$", re.MULTILINE)
TITLE = re.compile(r"[\"“](?P<title>.+?)[\"”][.,](?=\s|$)")
LAX_TITLE = re.compile(r"[\"“](?P<title>.+?)[\"”]")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE = re.compile(
    rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}} (?:{MONTHS}) \d{{4}}|(?:{MONTHS}) \d{{1,2}}, \d{{4}}"
    rf"|(?:{MONTHS}) \d{{4}})\b"
)
NOT_OUTLET = re.compile(r"^(?:Retrieved|Archived|Accessed|Published|ISBN|pp?\.)", re.IGNORECASE)
LANGUAGE_NOTE = re.compile(r"\s*\((?:in [A-Z][a-z]+)\)\s*")
AFTER_MARKER = 12


@dataclass(frozen=True, slots=True)
class Footnote:
    """One entry of a reference list: its marker, where it stands, and what it cites."""

    marker: str
    span: Span
    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None

    @property
    def iso_date(self) -> str | None:
        """The entry's date in ISO 8601 at the precision written (``2019-09``), if any."""
        return iso_date(self.date) if self.date else None

    @property
    def cited(self) -> str:
        """``Outlet, date`` as far as the entry gives them, else its title or text."""
        parts = [part for part in (self.outlet, self.date) if part]
        if parts:
            return ", ".join(parts)
        return self.title or self.text.strip()


def footnote_spans(text: str) -> list[Span]:
    """Spans of footnote markers and reference-list numbers in ``text``."""
    spans = [Span(m.start(), m.end()) for m in MARKER.finditer(text)]
    spans += [Span(m.start(1), m.end(1)) for m in ENTRY.finditer(text) if m.group(1)]
    return sorted(spans, key=lambda span: span.start)


def reference_titles(text: str) -> list[Span]:
    """Spans of the quoted titles in the reference list: other reports' headlines."""
    spans: list[Span] = []
    for match in ENTRY.finditer(text):
        body = match.group("body")
        title = TITLE.search(body) or LAX_TITLE.search(body)
        if title is not None:
            start = match.start("body")
            spans.append(Span(start + title.start(), start + title.end()))
    return spans


def find_footnotes(text: str) -> dict[str, Footnote]:
    """The reference list of ``text`` by marker (``"1"``, ``"2"``…); empty if it has none.

    Entries without a written number are numbered in order.
    """
    found: dict[str, Footnote] = {}
    for order, match in enumerate(ENTRY.finditer(text), start=1):
        marker = match.group(1) or str(order)
        found[marker] = read_entry(marker, Span(match.start(), match.end()), match.group("body"))
    return found


def read_entry(marker: str, span: Span, body: str) -> Footnote:
    """Title, outlet and date of one reference-list entry."""
    title_match = TITLE.search(body) or LAX_TITLE.search(body)
    if title_match is None:
        url = body.strip().split()[0] if body.strip().startswith("http") else None
        return Footnote(marker, span, body, outlet=url, date=find_date(body))
    before = body[: title_match.start()]
    rest = body[title_match.end() :]
    return Footnote(
        marker,
        span,
        body,
        title=title_match.group("title").strip(),
        outlet=first_outlet(rest),
        date=find_date(kept_parts(rest)) or find_date(before),
    )


def kept_parts(rest: str) -> str:
    """``rest`` without its ``Retrieved …`` and ``Archived …`` parts."""
    return ". ".join(part for part in split_parts(rest) if not NOT_OUTLET.match(part))


def split_parts(rest: str) -> list[str]:
    """The dot-separated parts after a title (dots of abbreviations aside)."""
    return [part.strip() for part in re.split(r"\.(?:\s+|$)", rest) if part.strip()]


def first_outlet(rest: str) -> str | None:
    """The first part after a title that is neither a date nor a retrieval note."""
    for part in split_parts(rest):
        if NOT_OUTLET.match(part) or DATE.fullmatch(part):
            continue
        return LANGUAGE_NOTE.sub(" ", part).strip() or None
    return None


def iso_date(written: str) -> str | None:
    """A date as :data:`DATE` finds it, in ISO 8601 at its precision."""
    for fmt, width in _DATE_FORMATS:
        try:
            return datetime.strptime(written, fmt).date().isoformat()[:width]
        except ValueError:
            continue
    return None


_DATE_FORMATS = (("%Y-%m-%d", 10), ("%d %B %Y", 10), ("%B %d, %Y", 10), ("%B %Y", 7))


def find_date(string: str) -> str | None:
    """The first date written in ``string``."""
    match = DATE.search(string)
    return match.group(0) if match else None


def markers_near(text: str, span: Span) -> list[str]:
    """Markers inside ``span`` or written right after it (``…in 2015.[1][10]``), in order."""
    end = span.end
    while True:
        gap = text[end : end + AFTER_MARKER]
        match = MARKER.match(gap.lstrip(" ."))
        if match is None:
            break
        end += len(gap) - len(gap.lstrip(" .")) + match.end()
    return [m.group(0)[1:-1] for m in MARKER.finditer(text, span.start, end)]


def entry_at(footnotes: dict[str, Footnote], position: int) -> Footnote | None:
    """The reference-list entry that holds text ``position``, if any."""
    for footnote in footnotes.values():
        if footnote.span.start <= position < footnote.span.end:
            return footnote
    return None


def is_citation(text: str, span: Span) -> bool:
    """Whether ``span`` stands on a line of a reference list (``12. ^ "Title". Outlet.``)."""
    return CITATION.match(text, text.rfind("\n", 0, span.start) + 1) is not None
