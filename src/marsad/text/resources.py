"""What the text stage knows about words, built once and passed in.

Two sources say that a string is a word:

* the **lexicon** (``data/lexicon.tsv`` or the user's table named by
  ``TextConfig.lexicon_table``): one word a line, an optional note after a
  tab, ``#`` starts a comment. A listed word is always a word, is never split
  into clitics, scores :data:`LEXICON_ZIPF` when clitic readings are
  compared, and is a known word for joining broken pieces (see
  :mod:`marsad.text.repair`). Diacritics and tatweel in the table are
  ignored; Latin words are lower-cased.
* **wordfreq**'s Arabic frequencies (shipped with the package, read
  offline), on the Zipf scale: log10 of occurrences per billion words, so 3.0
  is once per million words and 0.0 means unseen. wordfreq strips marks and
  tatweel exactly as our normalised text does, so a normalised word is
  looked up as it stands.

The mapping from wordfreq is read once here and held by the resources. The
only thing carried from one document to the next is the resources' memo of
clitic readings, which saves time and never changes a result.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import wordfreq

from marsad.config import TextConfig, resolve_table
from marsad.errors import DataFileError
from marsad.text.arabic import LETTERS, strip_marks

LEXICON_ZIPF: Final = 8.0
"""The Zipf score a lexicon word gets: above any real frequency."""

WORDFREQ_LANGUAGE: Final = "ar"
MEMO_LIMIT: Final = 200_000


@dataclass(frozen=True, slots=True, eq=False)
class TextResources:
    """Word knowledge of the text stage; build with :func:`load_text_resources`.

    ``clitics`` memoises the clitic reading of each word seen, ``word →
    (prefixes, suffix)``. A reading is a pure function of the word and the
    resources, so the memo changes speed, never results; it is emptied when
    it reaches :data:`MEMO_LIMIT` words.
    """

    lexicon: frozenset[str] = field(repr=False)
    frequencies: Mapping[str, float] = field(repr=False)
    break_marks: str
    split_suffixes: frozenset[str] = frozenset()
    """Lower-case Latin word endings after a hyphen that make a word two (``-backed``)."""
    clitics: dict[str, tuple[str, str]] = field(default_factory=dict, compare=False, repr=False)

    def zipf(self, word: str) -> float:
        """Return the Zipf score of normalised ``word``: lexicon words score
        :data:`LEXICON_ZIPF`, unknown words 0.0."""
        if word in self.lexicon:
            return LEXICON_ZIPF
        return self.measured_zipf(word)

    def measured_zipf(self, word: str) -> float:
        """Return wordfreq's Zipf score of normalised ``word`` (0.0 when unseen)."""
        freq = self.frequencies.get(word)
        return math.log10(freq) + 9.0 if freq else 0.0

    def listed(self, word: str) -> bool:
        """Return whether normalised ``word`` is in the lexicon."""
        return word in self.lexicon


def load_text_resources(config: TextConfig) -> TextResources:
    """Read the lexicon and the word frequencies named by ``config``."""
    lexicon = read_lexicon(resolve_table(config.lexicon_table))
    frequencies = wordfreq.get_frequency_dict(WORDFREQ_LANGUAGE)
    split = frozenset(suffix.lower() for suffix in config.split_suffixes)
    return TextResources(lexicon, frequencies, config.break_marks, split)


def read_lexicon(path: Path) -> frozenset[str]:
    """Return the words of a lexicon table; a bad line raises :class:`DataFileError`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataFileError(str(path), 0, f"cannot read the lexicon ({exc.strerror})") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_line = data[: exc.start].count(b"\n") + 1
        raise DataFileError(str(path), bad_line, "not UTF-8; save the table as UTF-8") from exc
    words: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        word = parse_lexicon_line(line, str(path), number)
        if word:
            words.add(word)
    return frozenset(words)


def parse_lexicon_line(line: str, path: str, number: int) -> str:
    """Return the normalised word of one lexicon line ('' for blanks and comments)."""
    body = line.split("#", 1)[0].rstrip()
    if not body.strip():
        return ""
    fields = body.split("\t")
    if len(fields) > 2:
        raise DataFileError(path, number, "expected 'word' or 'word<TAB>note'; found extra tabs")
    word = strip_marks(fields[0].strip())
    if not word:
        raise DataFileError(path, number, "the word column is empty; put the word first")
    if not all(ch in LETTERS or ch.isalpha() for ch in word):
        raise DataFileError(
            path,
            number,
            f"{fields[0].strip()!r} is not a single word of letters; "
            "write one word per line, without spaces, digits or punctuation",
        )
    return word.lower()
