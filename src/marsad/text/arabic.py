"""Arabic character classes and the one-to-one character transforms.

Everything here is a constant or a pure function of its arguments. The
classes are derived once, at import, from the Unicode database and
pyarabic's named letters, so they read as the spec says:

* **marks** (deleted from the normalised text): every non-spacing mark of
  the Arabic blocks — harakat, tanween, shadda, sukun, superscript alef,
  Quranic annotation signs. A combining hamza or madda that composes with the
  letter before it (``ا`` + U+0654 → ``أ``) is composed instead of deleted.
* **tatweel** ``ـ`` (deleted).
* **digits**: Arabic-Indic ``٠-٩`` and Persian ``۰-۹`` become ASCII, one for one.
* **folding** (``Text.key`` only, one for one): ``أ إ آ ٱ → ا``, ``ؤ → و``,
  ``ئ → ي``, ``ى → ي``, ``ة → ه``, the Persian keyboard letters ``ی ک`` → ``ي ك``,
  and every letter with a one-character lower case is lower-cased.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from pyarabic import araby

ARABIC_BLOCKS: Final = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x0870, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)

TATWEEL: Final[str] = araby.TATWEEL
TANWEEN: Final = frozenset(araby.TANWIN)
SEAT_ALEF: Final[str] = araby.ALEF
WAW: Final[str] = araby.WAW


def _arabic_code_points() -> list[str]:
    return [chr(c) for low, high in ARABIC_BLOCKS for c in range(low, high + 1)]


MARKS: Final = frozenset(
    ch for ch in _arabic_code_points() if unicodedata.category(ch) in ("Mn", "Me")
) | frozenset(araby.TASHKEEL)
COMBINING_HAMZA: Final = frozenset((araby.HAMZA_ABOVE, araby.HAMZA_BELOW, araby.MADDA_ABOVE))
LETTERS: Final = frozenset(ch for ch in _arabic_code_points() if unicodedata.category(ch) == "Lo")
DELETED: Final = MARKS | {TATWEEL}

DIGITS: Final[dict[int, str]] = {
    **{0x0660 + i: str(i) for i in range(10)},
    **{0x06F0 + i: str(i) for i in range(10)},
}

_ARABIC_FOLDS: Final[dict[str, str]] = {
    araby.ALEF_HAMZA_ABOVE: araby.ALEF,
    araby.ALEF_HAMZA_BELOW: araby.ALEF,
    araby.ALEF_MADDA: araby.ALEF,
    araby.ALEF_WASLA: araby.ALEF,
    araby.WAW_HAMZA: araby.WAW,
    araby.YEH_HAMZA: araby.YEH,
    araby.ALEF_MAKSURA: araby.YEH,
    araby.TEH_MARBUTA: araby.HEH,
    "\u06cc": araby.YEH,  # Farsi yeh
    "\u06a9": araby.KAF,  # keheh
}


def _lower_folds() -> dict[int, str]:
    folds: dict[int, str] = {}
    for code in (*range(0x3000), *range(0xFF00, 0xFFF0)):
        ch = chr(code)
        low = ch.lower()
        if low != ch and len(low) == 1:
            folds[code] = low
    return folds


FOLD_TABLE: Final[dict[int, str]] = _lower_folds() | {ord(k): v for k, v in _ARABIC_FOLDS.items()}


def _letter_class() -> str:
    """The body of a regular-expression class matching exactly ``LETTERS``."""
    codes = sorted(ord(ch) for ch in LETTERS)
    parts: list[str] = []
    start = prev = codes[0]
    for code in [*codes[1:], -1]:
        if code != prev + 1:
            parts.append(f"\\u{start:04x}-\\u{prev:04x}" if prev > start else f"\\u{start:04x}")
            start = code
        prev = code
    return "".join(parts)


LETTER_CLASS: Final[str] = _letter_class()


ARABIC_FOLD: Final = re.compile("[" + "".join(sorted(_ARABIC_FOLDS)) + "]")
ARABIC_DIGIT: Final = re.compile("[" + "".join(sorted(map(chr, DIGITS))) + "]")


def fold_key(text: str) -> str:
    """Return ``text`` folded for matching; the result has the same length."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return text.translate(FOLD_TABLE)
    return ARABIC_FOLD.sub(lambda m: _ARABIC_FOLDS[m.group()], lowered)


def ascii_digits(text: str) -> str:
    """Return ``text`` with Arabic-Indic and Persian digits made ASCII."""
    return ARABIC_DIGIT.sub(lambda m: DIGITS[ord(m.group())], text)


def compose_hamza(base: str, mark: str) -> str | None:
    """Return the letter ``base`` + combining ``mark`` composes into, if any."""
    if mark not in COMBINING_HAMZA:
        return None
    composed = unicodedata.normalize("NFC", base + mark)
    return composed if len(composed) == 1 else None


def strip_marks(word: str) -> str:
    """Return ``word`` without marks and tatweel (hamza composed), as normalised."""
    out: list[str] = []
    for ch in word:
        if ch in DELETED:
            composed = compose_hamza(out[-1], ch) if out else None
            if composed is not None:
                out[-1] = composed
            continue
        out.append(DIGITS.get(ord(ch), ch))
    return "".join(out)


def is_letter(ch: str) -> bool:
    """Return whether ``ch`` is an Arabic letter (not a mark, digit or tatweel)."""
    return ch in LETTERS
