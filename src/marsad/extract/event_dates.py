"""The date of an event whose sentence gives none: from the sentences before it, the
date line or interview question above it, or the report's own day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from marsad.extract.event_frames import Dating, in_aside
from marsad.extract.event_index import EventIndex
from marsad.records import Sentence, Span, TimeExpr

CONTEXT_SENTENCES = 3
LEAD_SENTENCES = 8
"""How many sentences from the top (outlet, menu and title lines included) make the lead."""
NEWS_WEEK = 7
"""How many days before publication a lead's day may be to be the report's own day."""
REPORT_DAY = "the report's day"
"""The reason of a date that is the published day of a report that says "today"."""
LEAD_DAY = "the day the report's lead names"
"""The reason of a date that is the last day a news report's lead names."""
GUESSED_DAYS = frozenset({REPORT_DAY, LEAD_DAY})
"""Reasons of a date that is only the report's own day, guessed for a sentence that
names none (:func:`news_day`)."""


@dataclass(frozen=True, slots=True)
class DateContext:
    """What dates a document's undated sentences: the report's own day (:func:`news_day`),
    the date lines of a digest of dated posts (where each ends, its date:
    :func:`~marsad.extract.timeline.date_headers`) and the interview answers whose
    question names a time (:func:`~marsad.extract.first_person.asked_dates`)."""

    report_day: Dating
    headers: Sequence[tuple[int, str]] = ()
    asked: Sequence[tuple[Span, str]] = ()

    def above(self, start: int) -> Dating | None:
        """The date of the date line above offset ``start``, else of the question over
        the answer it stands in."""
        lines = [value for end, value in self.headers if end <= start]
        if lines:
            return lines[-1], "the date line above it"
        question = next((v for span, v in self.asked if span.start <= start < span.end), None)
        return (question, "the date its question names") if question is not None else None


def date_context(
    index: EventIndex,
    sentences: list[Sentence],
    number: int,
    context: DateContext,
    own: bool = False,
) -> Dating:
    """A date for a sentence that gives none (with ``own``, first the sentence's own
    main date: that of the event a later one says it happened with): the last one an
    earlier sentence of its line (paragraph) gives outside its asides, the date line
    or interview question above it (:meth:`DateContext.above`), the report's day
    (:func:`news_day`) even when an earlier line names an older year ("who has led
    the division since 2019" is background, not the news), or else the latest year
    of the sentences before."""
    text = index.analysis.text.normalised
    start = sentences[number].span.start
    times = index.times_in(sentences[number].span)
    if own and times:
        went_with = main_times(times, sentences[number], text)[-1].value
        return went_with, "date of the event it went with"
    earlier = next(
        (
            (sentence, main_times(times, sentence, text)[-1].value)
            for back in range(1, min(CONTEXT_SENTENCES, number) + 1)
            for sentence in (sentences[number - back],)
            for times in (index.times_in(sentence.span),)
            if times
        ),
        None,
    )
    if earlier is not None and "\n" not in text[earlier[0].span.end : start]:
        return earlier[1], "date of an earlier sentence of its line"
    dated = context.above(start)
    if dated is not None:
        return dated
    if earlier is None or context.report_day[0] is not None:
        return context.report_day  # a report's own day: background years stay with their lines
    # the latest year of the sentences before: a story's background ("founded in 2012")
    # is older than what it goes on to tell
    years = [
        time.value[:4]
        for back in range(1, min(CONTEXT_SENTENCES, number) + 1)
        for time in index.times_in(sentences[number - back].span)
    ]
    return max(years), "year of the context"


def main_times(times: list[TimeExpr], sentence: Sentence, text: str) -> list[TimeExpr]:
    """The times of a sentence outside its asides, else all of them ("In January 2013 X,
    who had defected in 2012, founded Y": January 2013)."""
    opening = Span(sentence.span.start, sentence.span.start)
    return [t for t in times if not in_aside(t.span, opening, text)] or times


def news_day(index: EventIndex, sentences: list[Sentence]) -> Dating:
    """A news report's own day for an undated event when the text names no date near it.

    It is the published day when the document is dated to the day and says
    "today" somewhere; else the last day its lead names within the week before
    publication (a bulletin's "yesterday, Saturday 13 March" dates the items
    listed under it).
    """
    published = index.analysis.published
    if published is None or len(published) < len("2019-01-01"):
        return None, ""
    times = index.analysis.times
    if any(t.value == published and t.relative for t in times):
        return published, REPORT_DAY
    lead = sentences[:LEAD_SENTENCES]
    end = lead[-1].span.end if lead else 0
    try:
        week = (date.fromisoformat(published[:10]) - timedelta(days=NEWS_WEEK)).isoformat()
    except ValueError:  # a published value that is no calendar day
        return None, ""
    days = [t.value for t in times if t.span.start < end and t.precision == "day"]
    recent = [day for day in days if week <= day <= published[:10]]
    return (recent[-1], LEAD_DAY) if recent else (None, "")
