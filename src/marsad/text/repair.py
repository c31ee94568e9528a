"""Find words broken on purpose (``السـ.لاح``, ``جر  ح``) and how to join them.

The rule works on *pieces*: maximal runs of Arabic letters, marks and
tatweel in the original text. Two neighbouring pieces are joined into one
word only when the join is justified, never because they are close:

1. **Break mark with tatweel.** The pieces are separated only by characters
   of ``TextConfig.break_marks`` and a tatweel touches that gap
   (``السـ.لاح``, ``المحـ.رمة``). Tatweel stretches a letter towards the next
   one of the same word; a mark after it has no business there. Joined
   unconditionally.
2. **Lexical evidence.** The pieces are separated only by break marks or by
   spaces (no line break), the joined form is a *known word*, and at least
   one piece is *not a word*:

   * known word: in the lexicon, written intact elsewhere in the document,
     or at least :data:`JOIN_MIN_ZIPF` on wordfreq's scale (once per
     million words: common enough that a chance concatenation rarely is);
   * not a word: one letter (other than ``و``, the only one-letter word
     written apart); or one letter before a tanween seat alef (``ياً`` — a
     particle never carries tanween, so this is not the vocative ``يا``);
     or, unless listed in the lexicon or written on its own elsewhere in the
     document, at least :data:`RARER_MARGIN` below the joined word on the
     Zipf scale (``قا`` 2.9 against ``قاسيا`` 3.7). A lexicon or document
     word counts as :data:`JOIN_MIN_ZIPF` here unless wordfreq rates it
     higher, so listing ``كفرنبل`` does not glue ``كفر نبل``;
   * and two lone letters never join: a run of them is an abbreviation
     (``ص ب``, ``ق س د``), not a broken word.

   So ``جر  ح`` → ``جرح`` (``ح`` is one letter), ``قا سياً`` → ``قاسياً``
   (``قا`` is much rarer than ``قاسيا``), ``قسر ياً`` → ``قسرياً``
   (``ياً``). But ``في البيت``, ``عبد الله``, ``لا بد`` or ``كفر نبل`` stay
   apart: both pieces are words at least as common as their concatenation
   (or the concatenation is no word at all).

Pieces join left to right, so a word broken twice is put back whole.
A tatweel that carries a diacritic between two letters of one piece
(``السـِلاح``) is also reported; the character pass removes both anyway.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import Final, NamedTuple

from marsad.records import Span
from marsad.text.arabic import (
    LETTER_CLASS,
    MARKS,
    SEAT_ALEF,
    TANWEEN,
    TATWEEL,
    WAW,
    strip_marks,
)
from marsad.text.resources import TextResources

JOIN_MIN_ZIPF: Final = 3.0
RARER_MARGIN: Final = 0.5

REASON_BREAK_MARK: Final = "break mark and tatweel inside a word"
REASON_KNOWN_MARK: Final = "break mark inside a word; the joined form is a known word"
REASON_KNOWN_SPACE: Final = "space inside a word; the joined form is a known word"
REASON_MARKED_TATWEEL: Final = "tatweel carrying a diacritic inside a word"

_MARK_CLASS: Final = "".join(sorted(MARKS))
_MARKS_AND_TATWEEL: Final = _MARK_CLASS + TATWEEL
PIECE: Final = re.compile(f"[{LETTER_CLASS}{_MARK_CLASS}{TATWEEL}]+")
DELETED_RUN: Final = re.compile(f"[{_MARK_CLASS}{TATWEEL}]")
SPACE_GAP: Final = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
MARKED_TATWEEL: Final = re.compile(f"[{LETTER_CLASS}]{TATWEEL}*{TATWEEL}[{_MARK_CLASS}]")
LETTER: Final = re.compile(f"[{LETTER_CLASS}]")


class Piece(NamedTuple):
    """A run of Arabic letters, marks and tatweel in the original text."""

    start: int
    end: int
    text: str
    letters: str

    @property
    def tanween(self) -> bool:
        """Whether the last letter carries tanween."""
        tail = self.text[len(self.text.rstrip(_MARKS_AND_TATWEEL)) :]
        return any(ch in TANWEEN for ch in tail)

    @property
    def head_tatweel(self) -> bool:
        """Whether a tatweel comes before the first letter."""
        return TATWEEL in self.text[: len(self.text) - len(self.text.lstrip(_MARKS_AND_TATWEEL))]

    @property
    def tail_tatweel(self) -> bool:
        """Whether a tatweel comes after the last letter."""
        return TATWEEL in self.text[len(self.text.rstrip(_MARKS_AND_TATWEEL)) :]


@dataclass(frozen=True, slots=True)
class Breakage:
    """An original span holding a repaired word, the spans deleted, and why."""

    span: Span
    deleted: tuple[Span, ...]
    reasons: tuple[str, ...]


def read_pieces(original: str) -> list[Piece]:
    """Return the pieces of ``original``: runs of letters, marks and tatweel with a letter."""
    pieces: list[Piece] = []
    for match in PIECE.finditer(original):
        text = match.group()
        if DELETED_RUN.search(text):
            if not LETTER.search(text):
                continue
            letters = strip_marks(text)
        else:
            letters = text
        pieces.append(Piece(match.start(), match.end(), text, letters))
    return pieces


@dataclass(frozen=True, slots=True)
class Judge:
    """Decides joins for one document: the resources plus the document's own words."""

    resources: TextResources
    counts: Counter[str]

    def known_score(self, word: str) -> float:
        """Zipf score of a candidate joined word, at least :data:`JOIN_MIN_ZIPF`
        when the lexicon or the document vouches for it; 0.0 when unknown."""
        score = self.resources.measured_zipf(word)
        if self.resources.listed(word) or self.counts[word] > 0:
            score = max(score, JOIN_MIN_ZIPF)
        return score

    def is_word(self, piece: Piece, joined_score: float) -> bool:
        """Whether ``piece`` can stand as a word next to a join scoring ``joined_score``."""
        letters = piece.letters
        if letters == WAW:
            return True
        if core_length(piece) <= 1:
            return False
        if self.resources.listed(letters) or self.counts[letters] >= 2:
            return True
        return self.resources.measured_zipf(letters) > joined_score - RARER_MARGIN

    def lexical_join(self, left: Piece, right: Piece) -> bool:
        """Whether the joined form is known and one of the pieces is not a word."""
        score = self.known_score(left.letters + right.letters)
        if score < JOIN_MIN_ZIPF:
            return False
        if core_length(left) <= 1 and core_length(right) <= 1:
            return False
        return not self.is_word(left, score) or not self.is_word(right, score)

    def join_reason(self, left: Piece, right: Piece, gap: str) -> str | None:
        """Why ``left`` and ``right`` (separated by ``gap``) are one word, or None."""
        if gap and not gap.strip(self.resources.break_marks):
            if left.tail_tatweel or right.head_tatweel:
                return REASON_BREAK_MARK
            return REASON_KNOWN_MARK if self.lexical_join(left, right) else None
        if SPACE_GAP.fullmatch(gap) and self.lexical_join(left, right):
            return REASON_KNOWN_SPACE
        return None


def core_length(piece: Piece) -> int:
    """Letters of ``piece``, not counting the alef that only seats a final tanween."""
    seat = piece.tanween and piece.letters.endswith(SEAT_ALEF)
    return len(piece.letters) - seat


def merge_pieces(left: Piece, right: Piece) -> Piece:
    """Return the word made of ``left`` followed by ``right`` (gap left out of ``text``)."""
    return Piece(left.start, right.end, left.text + right.text, left.letters + right.letters)


def find_breakages(original: str, resources: TextResources) -> tuple[Breakage, ...]:
    """Return the broken words of ``original``, left to right."""
    pieces = read_pieces(original)
    judge = Judge(resources, Counter(p.letters for p in pieces))
    maybe = screen_pairs(original, pieces, judge)
    found: list[Breakage] = []
    word: Piece | None = None
    deleted: list[Span] = []
    reasons: list[str] = []
    for i, piece in enumerate(pieces):
        reason = None
        if word is not None and (deleted or maybe[i - 1]):
            reason = judge.join_reason(word, piece, original[word.end : piece.start])
        if word is not None and reason is not None:
            deleted.append(Span(word.end, piece.start))
            reasons.append(reason)
            word = merge_pieces(word, piece)
        else:
            if word is not None and reasons:
                found.append(Breakage(Span(word.start, word.end), tuple(deleted), _unique(reasons)))
            word, deleted, reasons = piece, [], []
        if TATWEEL in piece.text and has_marked_tatweel(original, piece):
            reasons.append(REASON_MARKED_TATWEEL)
    if word is not None and reasons:
        found.append(Breakage(Span(word.start, word.end), tuple(deleted), _unique(reasons)))
    return tuple(found)


def screen_pairs(original: str, pieces: list[Piece], judge: Judge) -> list[bool]:
    """For each pair of neighbouring pieces, whether a join is worth judging.

    A cheap first pass: pieces one plain space apart can only join when
    their concatenation is a known word at all.
    """
    frequencies = judge.resources.frequencies
    floor = 10.0 ** (JOIN_MIN_ZIPF - 9.0)
    lexicon = judge.resources.lexicon
    counts = judge.counts
    return [
        original[a.end : b.start] != " "
        or frequencies.get(joined := a.letters + b.letters, 0.0) >= floor
        or joined in lexicon
        or joined in counts
        for a, b in pairwise(pieces)
    ]


def _unique(reasons: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(reasons))


def has_marked_tatweel(original: str, piece: Piece) -> bool:
    """Whether a tatweel carrying a diacritic sits between two letters of ``piece``."""
    for match in MARKED_TATWEEL.finditer(original, piece.start, piece.end):
        if LETTER.search(original, match.end(), piece.end):
            return True
    return False
