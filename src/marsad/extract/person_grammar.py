"""The person-name grammar: how a document is read, and the name words from a token.

A name reads Arabic words without clitics (the article only): at most two
without the article, then one with it (connectors and compounds go on); Latin
capitalised and ``al-`` words. It stops at punctuation, quotes, boundary words,
ranks, titles and group words. The finders of :mod:`marsad.extract.persons`
use :func:`read_name` and :func:`is_given`.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.extract.matcher import PhraseMatch, TokenStream
from marsad.extract.names import (
    NameResources,
    RankEntry,
    articled,
    breaks_before,
    is_arabic,
    is_boundary,
    latin_name_word,
    plain_form,
    word_of,
)
from marsad.records import MentionSource

_MAX_PARTS = 4


@dataclass(frozen=True, slots=True)
class Reading:
    """One document as the person grammar reads it."""

    stream: TokenStream
    folded: TokenStream
    resources: NameResources
    stops: frozenset[int]
    cues: tuple[PhraseMatch[RankEntry], ...]
    linking: frozenset[int]
    """Tokens that may stand between a title and a rank: actor names, link words."""


@dataclass(frozen=True, slots=True)
class PersonName:
    """A name found by the grammar: tokens ``first``..``last``."""

    first: int
    last: int
    rank: str | None = None
    role: str | None = None
    source: MentionSource = "grammar"
    spreads: bool = True


def boundary(reading: Reading, index: int) -> bool:
    return is_boundary(reading.stream, reading.folded, reading.resources, index)


def is_given(reading: Reading, index: int, words: bool) -> bool:
    """Whether token ``index`` is a given name (with ``words``, also one that is a common word)."""
    stream = reading.stream
    form = plain_form(stream.text, stream.text.tokens[index])
    resources = reading.resources
    latin = not is_arabic(word_of(stream, index))
    return form in resources.given or ((words or latin) and form in resources.given_words)


def read_name(reading: Reading, start: int, single: bool = False) -> list[int]:
    """The name words from ``start`` (Arabic or Latin); ``single`` admits a lone family name."""
    if is_arabic(word_of(reading.stream, start)):
        parts = read_arabic_name(reading, start)
        lone = single and can_start(reading, start, False)
        if not parts and lone and articled(reading.stream, reading.folded, start):
            return [start]
        return parts
    return read_latin_name(reading, start)


def can_start(reading: Reading, index: int, prefixed: bool) -> bool:
    """Whether token ``index`` may be a word of an Arabic name."""
    token = reading.stream.text.tokens[index]
    if index in reading.stops or not is_arabic(word_of(reading.stream, index)):
        return False
    if token.prefixes not in ("", "ال") and not (prefixed and "ال" not in token.prefixes):
        return False
    return not boundary(reading, index)


def read_arabic_name(reading: Reading, start: int, prefixed: bool = False) -> list[int]:
    """Arabic name words: bare words, then one definite word (connectors and compounds go on)."""
    stream, folded, resources = reading.stream, reading.folded, reading.resources
    parts: list[int] = []
    for index in range(start, min(start + _MAX_PARTS + 1, len(folded.keys))):
        if len(parts) == _MAX_PARTS or (index > start and breaks_before(stream, index, True)):
            break
        if not can_start(reading, index, prefixed and index == start):
            break
        if not articled(stream, folded, index):
            parts.append(index)
            continue
        if not parts:
            return []
        parts.append(index)
        after_connector = folded.keys[parts[-2]] in resources.connectors
        if folded.keys[index] not in resources.compounds and not after_connector:
            break
    while parts and folded.keys[parts[-1]] in resources.connectors:
        parts.pop()
    return parts


def read_latin_name(reading: Reading, start: int) -> list[int]:
    """Latin name words: capitalised words, ``al-`` words, and connectors between them."""
    stream, folded, resources = reading.stream, reading.folded, reading.resources
    parts: list[int] = []
    for index in range(start, min(start + _MAX_PARTS + 1, len(folded.keys))):
        word, key = word_of(stream, index), folded.keys[index]
        if len(parts) == _MAX_PARTS or (index > start and breaks_before(stream, index, True)):
            break
        if index in reading.stops or boundary(reading, index) or word[0].isdigit():
            break
        if not (latin_name_word(word) or (parts and key in resources.connectors)):
            break
        parts.append(index)
    while (
        parts
        and not word_of(stream, parts[-1])[0].isupper()
        and not articled(stream, folded, parts[-1])
    ):
        parts.pop()
    return parts
