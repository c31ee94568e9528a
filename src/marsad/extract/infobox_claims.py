"""Strength figures written as infobox values: a number, then who says so or when.

An encyclopedia infobox lists a group's size as bare values, one per line,
often under a date line and with the source in parentheses::

    Size  1,500 (late 2015)[1]
    • September 2019:
        • 1,133 (HTS defector claim)[5]
        • Over 2,000 (pro-government media claim)[4]

A scraped page may lose the "Size" label, so any value line of an infobox
block (:func:`marsad.extract.infobox.find_blocks`) that is only a number —
with at most a parenthesis and footnote markers after it — is read as the
strength of the article's subject. Its date is the one in the parenthesis,
else the date line above it; its claimant the parenthesis without its date
and the word "claim", else the outlet of the footnote it cites, else the
document's outlet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from marsad.extract.claim_document import DEFAULT_CHANNEL
from marsad.extract.claim_resources import ClaimResources, outlet_named
from marsad.extract.claims import claim_value, is_few
from marsad.extract.context import Analysis, Located
from marsad.extract.footnotes import MARKER, Footnote, find_footnotes
from marsad.extract.infobox import article_subject, find_blocks, text_lines
from marsad.extract.relation_resources import RelationResources
from marsad.records import Claim, Quantity, Span, TimeExpr

BULLETS = " \t•*·-–"
PARENTHESIS = re.compile(r"\s*\((?P<inside>[^()]*)\)")
CLAIM_WORDS = re.compile(r"\b(?:claims?|estimates?|figures?|according to)\b", re.IGNORECASE)
LEFTOVER = re.compile(r"^[\s,;:()\-–]+|[\s,;:()\-–]+$")
FLOOR = 10
"""Smaller numbers on a value line are counts of something else (ranks, dates)."""


def find_infobox_claims(
    analysis: Analysis, relations: RelationResources, resources: ClaimResources
) -> list[Claim]:
    """The strength values of the document's infobox, if it has one."""
    subject = article_subject(analysis)
    if subject is None:
        return []
    footnotes = find_footnotes(analysis.text.normalised)
    claims: list[Claim] = []
    for segment in value_segments(analysis, relations):
        header: TimeExpr | None = None
        for line in segment:
            claim = read_line(analysis, line, (subject, header), footnotes, resources)
            if claim is not None:
                claims.append(claim)
            elif is_date_line(analysis, line):
                header = analysis.times_in(line)[0]
    return claims


def value_segments(analysis: Analysis, relations: RelationResources) -> Iterator[list[Span]]:
    """For each infobox block, the spans of its value lines (the first from the label on)."""
    for block in find_blocks(analysis, relations):
        lines = [
            Span(max(line.start, block.values.start), line.end)
            for line in text_lines(analysis.text.key)
            if line.end > block.values.start and line.start < block.values.end
        ]
        yield [line for line in lines if line.end > line.start]


def is_date_line(analysis: Analysis, line: Span) -> bool:
    """Whether ``line`` is a date heading the lines below it ("September 2019:")."""
    text = analysis.text.normalised[line.start : line.end].strip(BULLETS)
    times = analysis.times_in(line)
    return bool(times) and text.endswith(":") and not analysis.quantities_in(line)


def read_line(
    analysis: Analysis,
    line: Span,
    context: tuple[Located, TimeExpr | None],
    footnotes: dict[str, Footnote],
    resources: ClaimResources,
) -> Claim | None:
    """The strength claim of one value line, or None when the line is not a bare number."""
    subject, header = context
    text = analysis.text.normalised
    start = (
        line.start
        + len(text[line.start : line.end])
        - len(text[line.start : line.end].lstrip(BULLETS))
    )
    numbers = [q for q in analysis.quantities_in(line) if q.span.start == start]
    if not numbers or not is_count(numbers[0]):
        return None
    quantity = numbers[0]
    value = claim_value(quantity)
    rest = MARKER.sub("", text[quantity.span.end : line.end]).strip()
    parenthesis = PARENTHESIS.fullmatch(rest) if rest else None
    if value is None or (rest and parenthesis is None):
        return None
    inside = parenthesis.group("inside") if parenthesis else ""
    inside_span = Span(quantity.span.end, line.end)
    times = analysis.times_in(inside_span) or ([header] if header else [])
    markers = MARKER_NUMBERS.findall(text[line.start : line.end])
    footnote = next((footnotes[m] for m in markers if m in footnotes), None)
    claimant = source_named(inside, analysis, inside_span) or outlet_of(footnote, resources)
    return Claim(
        property="strength",
        subject=subject.entity,
        value=value,
        evidence=analysis.evidence(
            quantity.span, line, footnote.cited if footnote is not None else None
        ),
        as_of=times[0].value if times else None,
        claimant=claimant or analysis.outlet,
        channel=DEFAULT_CHANNEL,
        reported_by=analysis.outlet,
        confidence=0.7,
        reason="infobox value line: a bare number" + (f" ({inside})" if inside else ""),
    )


MARKER_NUMBERS = re.compile(r"\[(\d{1,3})\]")


def is_count(quantity: Quantity) -> bool:
    """Whether ``quantity`` can be a group's size: not a year-like or tiny number."""
    top = quantity.high if quantity.high is not None else quantity.low
    return top is not None and top >= FLOOR and not is_few(quantity) and quantity.unit is None


def source_named(inside: str, analysis: Analysis, inside_span: Span) -> str | None:
    """Who a parenthesis names as the source: its words without dates and "claim"."""
    words = inside
    for time in analysis.times_in(inside_span):
        words = words.replace(analysis.text.normalised[time.span.start : time.span.end], " ")
    words = LEFTOVER.sub("", CLAIM_WORDS.sub(" ", words)).strip()
    return " ".join(words.split()) or None


def outlet_of(footnote: Footnote | None, resources: ClaimResources) -> str | None:
    """The outlet a footnote cites, by its listed name when the outlet table knows it."""
    if footnote is None:
        return None
    outlet = outlet_named(resources, footnote.outlet or footnote.text)
    return outlet.name if outlet else footnote.outlet
