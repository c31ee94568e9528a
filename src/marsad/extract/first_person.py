""" "We" in what a group's people say: stand-ins for the speaker's group.

Statements, tweets and interviews speak in the first person plural: "we
lost 11 fighters", قواتنا, "Turkey is our ally". Inside speech — a quotation,
or an answer line of an interview (``A:``, ``ج:``) — the first-person words
of ``triggers.tsv`` (``first_person`` cues) and the Arabic suffix ـنا stand
for a group:

* in an answer line, the document's main group (an interview is about the
  interviewee's group);
* in a quotation, the group named last before the quotation opens in its
  paragraph, else the main group.

Outside speech "we" is the writer (an interviewer, a newsroom) and is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from marsad.extract.context import Analysis, Located
from marsad.extract.event_resources import EventResources
from marsad.extract.matcher import TokenStream
from marsad.extract.timeline import date_headers
from marsad.records import Span

FIRST_PERSON = "first_person"
SUFFIX = "نا"
QUOTE = re.compile(r"[\"“«]([^\"“”«»\n]{2,600})[\"”»]")
ANSWER = re.compile(r"^[ \t]*(?:A|R|ج|الجواب|Answer)[ \t]*[:：\-–][^\n]*", re.MULTILINE)
QUESTION = re.compile(r"^[^\n]{3,300}[?؟][ \t]*$", re.MULTILINE)
LABEL = re.compile(r"[ \t]*([^\n:：]{1,40}?)[ \t]*[:：]")
MIN_QUESTIONS = 2
"""Question lines a document needs before the text under them is read as answers."""
LIST_MARKS = frozenset("-–*•")
"""A line opening with one of these under a question is a list item (related links)."""


def find_first_person(
    analysis: Analysis, stream: TokenStream, resources: EventResources, main: Located
) -> tuple[Located, ...]:
    """A stand-in for the speaker's group at each first-person word inside speech."""
    text = analysis.text.normalised
    speech = spoken_spans(text, analysis, main)
    if not speech:
        return ()
    starts = [span.start for span, _ in speech]
    marked = {m.first for m in resources.cues.find_all(stream) if FIRST_PERSON in m.values}
    names = [located.mention.span for located in analysis.mentions]
    found: list[Located] = []
    for index, token in enumerate(analysis.text.tokens):
        if index not in marked and token.suffix != SUFFIX:
            continue
        if any(token.span.overlaps(name) for name in names):
            continue
        at = bisect_right(starts, token.span.start) - 1
        if at < 0 or token.span.end > speech[at][0].end:
            continue
        group = speech[at][1]
        mention = replace(
            group.mention, span=token.span, surface=analysis.words(token.span), source="cue"
        )
        found.append(Located(mention, group.entity))
    return tuple(found)


def spoken_spans(text: str, analysis: Analysis, main: Located) -> list[tuple[Span, Located]]:
    """Quotations, answer lines and the posts of a digest, in order, each with the group
    that speaks in it."""
    spans = [(span, main) for span in answer_spans(text)]
    spans += [(span, main) for span in post_spans(text, analysis)]
    for match in QUOTE.finditer(text):
        span = Span(match.start(1), match.end(1))
        if not any(inside.start <= span.start < inside.end for inside, _ in spans):
            spans.append((span, speaker_group(text, analysis, span) or main))
    return sorted(spans, key=lambda item: item[0].start)


def post_spans(text: str, analysis: Analysis) -> list[Span]:
    """The posts of a digest of a group's dated posts: under each date line, the lines up
    to the paragraph's end."""
    return [Span(end, _paragraph_end(text, end + 1)) for end, _ in date_headers(analysis)]


def answer_spans(text: str) -> list[Span]:
    """The interviewee's words: answer lines (``A:``, ``ج:``), else the text under each
    question line up to the paragraph's end, and every line that opens with the
    speaker label those answers use (``Al-Hussein:``)."""
    answers = [Span(m.start(), m.end()) for m in ANSWER.finditer(text)]
    questions = list(QUESTION.finditer(text))
    if answers or len(questions) < MIN_QUESTIONS:
        return answers
    starts = [q.start() for q in questions[1:]] + [len(text)]
    labels: set[str] = set()
    for question, following in zip(questions, starts, strict=True):
        end = min(following, _paragraph_end(text, question.end() + 1))
        if end > question.end() + 1 and text[question.end() + 1] not in LIST_MARKS:
            answers.append(Span(question.end() + 1, end))
            label = LABEL.match(text, question.end() + 1)
            labels.update([label.group(1)] if label else [])
    for line in re.finditer(r"^[^\n]+", text, re.MULTILINE):
        label = LABEL.match(line.group())
        inside = any(a.start <= line.start() < a.end for a in answers)
        if label and label.group(1) in labels and not inside:
            answers.append(Span(line.start(), turn_end(text, line.end())))
    return sorted(answers, key=lambda span: span.start)


def turn_end(text: str, end: int) -> int:
    """Where a speaker's turn that opens on a line ending at ``end`` ends: the lines
    right under it go on with it, up to a blank line, a question or another label."""
    while end < len(text) and text[end] == "\n":
        following = text.find("\n", end + 1)
        following = len(text) if following < 0 else following
        line = text[end + 1 : following]
        if not line.strip() or QUESTION.fullmatch(line) or LABEL.match(line):
            break
        end = following
    return end


def asked_dates(analysis: Analysis) -> list[tuple[Span, str]]:
    """Each interview answer whose question names one time, with that time: "What
    happened last Friday near X?" dates what the answer under it tells ("Did the attack
    last week break the truce of March 2020?" names two, and dates nothing)."""
    text = analysis.text.normalised
    questions = list(QUESTION.finditer(text))
    found: list[tuple[Span, str]] = []
    for answer in answer_spans(text):
        asked = next((q for q in reversed(questions) if q.end() <= answer.start), None)
        if asked is None or text[asked.end() : answer.start].strip():
            continue
        times = [t for t in analysis.times if asked.start() <= t.span.start < asked.end()]
        if len(times) == 1:  # two times: which one the answer tells of is not said
            found.append((answer, times[0].value))
    return found


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n\n", start)
    return len(text[:end].rstrip()) if end >= 0 else len(text.rstrip())


def speaker_group(text: str, analysis: Analysis, quote: Span) -> Located | None:
    """The actor named last before ``quote`` in its paragraph, outside other quotations."""
    paragraph = text.rfind("\n\n", 0, quote.start) + 1
    starts = [located.mention.span.start for located in analysis.mentions]
    before = analysis.mentions[bisect_left(starts, paragraph) : bisect_left(starts, quote.start)]
    actors = [m for m in before if m.mention.type == "actor"]
    return actors[-1] if actors else None
