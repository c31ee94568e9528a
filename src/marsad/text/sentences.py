"""Sentence splitting of normalised text.

A sentence ends at a line break, or after a run of sentence punctuation —
``. ! ? ; ؟ ؛`` and the Arabic full stop ``۔`` — together with the closing
quotes, brackets and footnote marks (``[9]``) that follow it. A lone full
stop does not end a sentence when it

* sits between two digits (``3.5``),
* is followed at once by a Latin letter or digit (``example.com``, ``U.S``),
* follows a title or month abbreviation (``Maj.``, ``Col.``, ``Lt.``,
  ``Sept.``; also when glued to a previous word, ``LeadersMaj.``), or a
  single Latin letter (an initial, ``U.S.``, ``e.g.``) — unless a closing
  quote or bracket follows it (``“No.”``).

Spans point into the normalised text and are stripped of surrounding
whitespace; a stretch holding no letter or digit is not a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Final

from marsad.records import OffsetMap, Sentence, Span

_ABBREVIATED: Final = (
    "Mr Mrs Ms Dr Prof Sr Jr St Mt Ft Rev Hon Gov Sen Rep Pres Amb Gen Lt Col Maj Capt Cpt "
    "Cpl Sgt Pvt Brig Adm Cmdr Cdr Cmdt Lieut No Nos Vol Fig "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec approx ca cf vs"
)
ABBREVIATIONS: Final = frozenset(_ABBREVIATED.split())

BOUNDARY: Final = re.compile(
    r"(?P<newline>\r\n|[\r\n\u2028\u2029\x0b\x0c\x85])"
    r"|(?P<stop>[.!?;\u061f\u061b\u06d4]+)(?:[”’\"'»)\]]|\[\d+\])*"
)
LATIN_WORD_BEFORE: Final = re.compile(r"[A-Za-z]+\Z")
CAPITALISED_TAIL: Final = re.compile(r"[A-Z][a-z]*\Z")
WORD_CHAR: Final = re.compile(r"[^\W_]")


def split_sentences(normalised: str) -> tuple[Span, ...]:
    """Return the sentence spans of ``normalised``, in order."""
    spans: list[Span] = []
    start = 0
    for match in BOUNDARY.finditer(normalised):
        run = match.group("stop")
        if run is not None and not ends_sentence(normalised, match, run):
            continue
        end = match.start() if match.group("newline") else match.end()
        _add_sentence(normalised, start, end, spans)
        start = match.end()
    _add_sentence(normalised, start, len(normalised), spans)
    return tuple(spans)


def ends_sentence(text: str, match: re.Match[str], run: str) -> bool:
    """Whether the punctuation ``run`` of boundary ``match`` ends a sentence."""
    if run != "." or match.end() > match.end("stop"):
        return True  # not a lone full stop, or closing quotes/brackets follow it
    stop = match.start()
    after = text[stop + 1 : stop + 2]
    if after.isascii() and after.isalnum():
        return False  # 3.5, example.com, U.S
    return not _abbreviation_before(text, stop)


def _abbreviation_before(text: str, stop: int) -> bool:
    word = LATIN_WORD_BEFORE.search(text, max(0, stop - 24), stop)
    if word is None:
        return False
    if len(word.group()) == 1 or word.group() in ABBREVIATIONS:
        return True
    tail = CAPITALISED_TAIL.search(word.group())
    return tail is not None and tail.group() in ABBREVIATIONS


def _add_sentence(text: str, start: int, end: int, spans: list[Span]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if WORD_CHAR.search(stripped):
        first = start + len(chunk) - len(chunk.lstrip())
        spans.append(Span(first, first + len(stripped)))


def mark_boilerplate(
    spans: tuple[Span, ...], offsets: OffsetMap, boilerplate: tuple[Span, ...]
) -> tuple[Sentence, ...]:
    """Return sentences, marked when their original span lies inside a boilerplate span."""
    ordered = sorted(boilerplate, key=lambda s: (s.start, s.end))
    starts = [b.start for b in ordered]
    reach = list(accumulate((b.end for b in ordered), max))
    sentences: list[Sentence] = []
    for span in spans:
        original = offsets.to_original(span)
        i = bisect_right(starts, original.start) - 1
        inside = i >= 0 and reach[i] >= original.end
        sentences.append(Sentence(span, inside))
    return tuple(sentences)
