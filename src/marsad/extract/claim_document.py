"""One document indexed for the claim finder: its claim words, actors, footnotes
and speech in token positions, and the records the finder passes between steps."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from marsad.extract.attribution import (
    SpeechIndex,
    index_speech,
)
from marsad.extract.claim_parts import find_parts
from marsad.extract.claim_resources import ClaimResources, ClaimWord
from marsad.extract.context import Analysis
from marsad.extract.footnotes import (
    Footnote,
    find_footnotes,
    footnote_spans,
    reference_titles,
)
from marsad.extract.matcher import PhraseMatch
from marsad.extract.timeline import date_headers
from marsad.records import Span

WINDOW = 3
OWNER_GAP = 2
OWNER_REACH = 3
YEAR = re.compile(r"(?:1[89]|20)\d\d")
PROPERTY_KINDS = frozenset({"count", "event"})
DEFAULT_CHANNEL = "report"
FEW = 10
"""A vague amount that cannot reach this many (several, عدة, a few) is not a claim."""
SAME_SUBJECT = "="
LIST_GAP = re.compile(r"\s*(?:,|،|and|و)?\s*")
OWNED_LIST_GAP = re.compile(
    r"\s*(?:من|of|from|among)\s+[^\d٠-٩.;:!?؟()\n]{1,80}?\s*(?:,|،)\s*(?:and|و)?\s*"
)
"""The gap after a count's owner before the next count of a list: "17 soldiers of the
army and its militias, and 12 fighters of …" (من قوات النظام والمسلحين الموالين لها، و١٢)."""
ADDED_GAP = re.compile(
    r"[^\d٠-٩.;:!?؟()\n]{0,120}?(?:,|،)\s*(?:as well as|in addition to|besides|plus"
    r"|إضافة إلى|بالإضافة إلى|إضافة ل|فضلا عن|علاوة على)\s*"
)
"""The gap before a count added to a casualty count of the same sentence: "41 soldiers
had been killed since Friday, as well as 38 fighters" (، إضافة إلى ٣٨ مقاتلاً)."""
CASUALTIES = frozenset({"fatalities", "injured", "captured"})
DEFECTED = "members_defected"
JOINING = frozenset({DEFECTED, "factions_joined"})
"""Properties of going over to another side: people who do so are members who defected."""
JOINED_NAMES = {"fatalities": "killed", "injured": "injured", "captured": "captured"}
"""How a casualty property is named in a joined one (killed_and_injured)."""
BRACKETED = re.compile(r"\([^()\n]{1,40}\)")
ASIDE = re.compile(
    r"\s*[,،]\s*(?:including|among them|among whom|led by|headed by|commanded by|another|an?"
    r"|بينهم|من بينهم|منهم|بقيادة)\b"
)
"""An aside between a counted noun's owner and its verb (", including X and Y,", ", led by X,",
", another militia,")."""


@dataclass(frozen=True, slots=True)
class Reading:
    """The claim word read for a number: tokens ``first``..``last``, ``distance`` away."""

    word: ClaimWord
    first: int
    last: int
    distance: int
    after: bool


@dataclass(frozen=True, slots=True)
class Prior:
    """The claim before a number in its sentence: whose, where it ended, its word."""

    subject: str
    last: int
    reading: Reading
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor mention in token positions."""

    first: int
    last: int
    entity: str
    stand_in: bool = False
    """A word standing for a group ("the group", ـنا), not its name."""


@dataclass(frozen=True, slots=True)
class Document:
    """One document indexed for the claim finder."""

    analysis: Analysis
    resources: ClaimResources
    speech: SpeechIndex
    words: tuple[PhraseMatch[ClaimWord], ...]
    actors: tuple[Actor, ...]
    footnotes: dict[str, Footnote]
    skipped: tuple[Span, ...]
    starts: tuple[int, ...]
    asides: frozenset[int] = frozenset()
    """Tokens a number and its word may have between them without counting: short
    parentheses ("167 (note: 13%) were killed"), actor names ("7 HTS fighters"),
    auxiliaries ("had been killed") and asides about the counted people
    (:mod:`marsad.extract.claim_parts`)."""
    parts: frozenset[int] = frozenset()
    """First tokens of numbers that are part of a count ("including four children")."""
    headers: tuple[tuple[int, str], ...] = ()
    """The date lines of a digest of dated posts: where each ends, and its date."""
    boundaries: frozenset[int] = frozenset()
    """Tokens of the words that open another clause (while, when, في حين)."""


def index_document(analysis: Analysis, resources: ClaimResources) -> Document:
    """Find the claim words, actors, footnotes and speech of ``analysis`` once."""
    text = analysis.text.normalised
    starts = tuple(token.span.start for token in analysis.text.tokens)
    mentions = sorted((*analysis.mentions, *analysis.anaphors), key=lambda m: m.mention.span.start)
    named = tuple(
        Actor(
            first,
            max(first, bisect_left(starts, m.mention.span.end) - 1),
            m.entity,
            m.mention.source == "cue" and m in analysis.anaphors,
        )
        for m in mentions
        if m.mention.type == "actor"
        for first in (max(0, bisect_right(starts, m.mention.span.start) - 1),)
    )
    # "US-trained fighters": the state modifies the fighters; the number is never its own
    actors = tuple(actor for actor in named if not analysis.hyphen_joined(actor.last))
    skipped = (
        *footnote_spans(text),
        *reference_titles(text),
        *(t.span for t in analysis.times),
    )
    words = tuple(resources.claim_words.find(analysis.stream))
    parts = find_parts(analysis, words, starts, frozenset(a.first for a in actors))
    return Document(
        analysis=analysis,
        resources=resources,
        speech=index_speech(analysis, resources),
        words=words,
        actors=actors,
        footnotes=find_footnotes(text),
        skipped=skipped,
        starts=starts,
        asides=frozenset(
            index
            for match in BRACKETED.finditer(text)
            for index in range(*token_span(starts, match.start(), match.end()))
        )
        | {index for actor in named for index in range(actor.first, actor.last + 1)}
        | {m.first for m in words if any(w.kind == "auxiliary" for w in m.values)}
        | parts.asides,
        parts=parts.numbers,
        headers=tuple(date_headers(analysis)),
        boundaries=frozenset(
            index
            for m in words
            if any(w.kind == "boundary" for w in m.values)
            for index in range(m.first, m.last + 1)
        ),
    )


def token_span(starts: tuple[int, ...], start: int, end: int) -> tuple[int, int]:
    """Indices ``[first, last)`` of the tokens starting in ``start``..``end``."""
    return bisect_left(starts, start), bisect_left(starts, end)


def token_range(doc: Document, span: Span) -> tuple[int, int]:
    """The first and last token of ``span``."""
    first = max(0, bisect_right(doc.starts, span.start) - 1)
    return first, max(first, bisect_left(doc.starts, span.end) - 1)


def range_of(doc: Document, span: Span) -> range:
    first, last = token_range(doc, span)
    return range(first, last + 1)


def noun_end(doc: Document, last: int) -> int:
    """The last token of the number and the counted word right after it, if any."""
    for match in doc.words:
        if match.first == last + 1 and any(w.kind == "count" for w in match.values):
            return match.last
    return last
