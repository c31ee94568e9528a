"""Phrase matching over tokens: one Aho-Corasick pass finds every table entry.

Text and table entries are both turned into a stream of token keys (the
folded stem of each word, so clitics such as و ف ب ل ك ال and attached
pronouns do not hide a name), joined by spaces. An entry matches only on
whole tokens. :class:`TokenStream` is built once per document and shared by
every finder.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import ahocorasick

from marsad.records import Span, Text, Token

V = TypeVar("V")
Analyse = Callable[[str], Text]
"""Normalises a string the way the text stage does (injected by the pipeline)."""


def token_key(text: Text, token: Token) -> str:
    """The matching key of ``token``: folded stem; Latin without accents or ``'s``."""
    key = token.key
    if key.isascii():
        # NFKD leaves ASCII as it is and it has no combining marks or curly quotes.
        key = key.lower()
        return (key[:-2] if key.endswith("'s") else key).strip("'")
    if not _is_arabic(key[0]):
        key = unicodedata.normalize("NFKD", key)
        key = "".join(ch for ch in key if not unicodedata.combining(ch)).lower()
        key = key.replace("’", "'").replace("‘", "'")
        if key.endswith("'s"):
            key = key[:-2]
        key = key.strip("'")
    return key


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"


@dataclass(frozen=True, slots=True)
class TokenStream:
    """The token keys of one document joined by spaces, with the way back to tokens."""

    text: Text
    keys: tuple[str, ...]
    joined: str
    starts: tuple[int, ...]
    _derived: dict[str, TokenStream] = field(default_factory=dict, repr=False, compare=False)

    def derived(self, name: str, make: Callable[[TokenStream], TokenStream]) -> TokenStream:
        """The stream ``make`` builds from this one, built once per ``name`` and kept."""
        found = self._derived.get(name)
        if found is None:
            found = self._derived[name] = make(self)
        return found

    def token_at(self, offset: int) -> int:
        """Index of the token whose key starts at ``offset`` of ``joined``."""
        return bisect_right(self.starts, offset) - 1

    def span(self, first: int, last: int) -> Span:
        """Span in ``Text.normalised`` of tokens ``first``..``last`` (inclusive, whole words)."""
        tokens = self.text.tokens
        return Span(tokens[first].span.start, tokens[last].span.end)


def token_stream(text: Text) -> TokenStream:
    """Build the token stream of ``text``."""
    keys = tuple(token_key(text, token) for token in text.tokens)
    starts: list[int] = []
    pos = 1
    for key in keys:
        starts.append(pos)
        pos += len(key) + 1
    return TokenStream(text, keys, " " + " ".join(keys) + " ", tuple(starts))


def phrase_key(phrase: str, analyse: Analyse) -> str:
    """The key under which ``phrase`` is looked up: its token keys joined by spaces."""
    text = analyse(phrase)
    return " ".join(token_key(text, token) for token in text.tokens)


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[V]):
    """Tokens ``first``..``last`` (inclusive) of a stream matched ``values``."""

    first: int
    last: int
    values: tuple[V, ...]


class PhraseMatcher(Generic[V]):
    """Finds table phrases in a token stream in one pass, leftmost-longest.

    Several values may share one phrase (e.g. a village name found in two
    governorates); they are returned together for the caller to choose.
    """

    def __init__(self, entries: Iterable[tuple[str, V]], analyse: Analyse) -> None:
        grouped: dict[str, list[V]] = {}
        for phrase, value in entries:
            key = phrase_key(phrase, analyse)
            if key:
                grouped.setdefault(key, []).append(value)
        self._automaton = ahocorasick.Automaton()
        for key, values in grouped.items():
            self._automaton.add_word(f" {key} ", (key.count(" ") + 1, tuple(values)))
        self._size = len(grouped)
        if self._size:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return self._size

    def find_all(self, stream: TokenStream) -> list[PhraseMatch[V]]:
        """Every match, overlapping ones included, in order of their first token."""
        if not self._size:
            return []
        found: list[PhraseMatch[V]] = []
        for end, (words, values) in self._automaton.iter(stream.joined):
            # ``end`` is the index of the closing space; the character before it
            # is the last character of the last matched token.
            last = stream.token_at(end - 1)
            found.append(PhraseMatch(last - words + 1, last, values))
        found.sort(key=lambda m: (m.first, -m.last))
        return found

    def find(self, stream: TokenStream) -> list[PhraseMatch[V]]:
        """Non-overlapping matches, preferring the leftmost, then the longest."""
        chosen: list[PhraseMatch[V]] = []
        taken = -1
        for match in self.find_all(stream):
            if match.first > taken:
                chosen.append(match)
                taken = match.last
        return chosen
