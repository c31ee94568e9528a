"""The grammar of group names: how a name is read after (or before) a group-type word.

* Arabic ``جيش/لواء/فيلق… + name``: a quoted name (after the group word, or
  a short one the group word opens: ``«تجمع الحمزة»``), a number or ordinal
  (``الفرقة 17``, ``الفرقة السابعة``), or up to two words without the
  article, then one with it (``لواء شهداء اللطامنة``); without a definite
  word the name must open with a kunya (``كتائب أبو عمارة``).
* Latin: ``Jaysh al-X`` / ``Army of X`` read forward from the group word,
  ``the X Brigade`` / ``"X" operations room`` read backward from it.
* Quotations: where a quoted name opening (or closing) next to a token ends.

:mod:`marsad.extract.actors` finds the group words and calls these readers.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.extract.matcher import PhraseMatch, TokenStream
from marsad.extract.names import (
    QUOTES,
    NameResources,
    NameWord,
    articled,
    breaks_before,
    gap_before,
    has_article,
    is_arabic,
    is_boundary,
    latin_name_word,
    word_of,
)
from marsad.records import MentionSource

_OPENING = frozenset('"“«„')
_MAX_QUOTED = 8
_QUOTED_NAME_WORDS = 3
"""Words a quoted name may have after the group word that opens the quote."""


@dataclass(frozen=True, slots=True)
class GroupName:
    """A group name read by the grammar: tokens ``first``..``last``, named by ``core``."""

    first: int
    last: int
    core: tuple[int, int]
    type: str
    quoted: bool = False
    source: MentionSource = "grammar"


def quoted_end(stream: TokenStream, first: int) -> int | None:
    """The last token of a quotation opening right before token ``first``, if it closes soon."""
    if not any(ch in _OPENING for ch in gap_before(stream, first)):
        return None
    count = len(stream.keys)
    for last in range(first, min(first + _MAX_QUOTED, count)):
        after = gap_before(stream, last + 1) if last + 1 < count else trailing(stream)
        if any(ch in QUOTES for ch in after):
            return last
        if breaks_before(stream, last + 1) if last + 1 < count else "\n" in after:
            return None
    return None


def quoted_start(stream: TokenStream, last: int) -> int | None:
    """The first token of a quotation closing right after token ``last``, if it opened
    shortly before."""
    if last < 0 or last + 1 >= len(stream.keys):
        return None
    if not any(ch in QUOTES for ch in gap_before(stream, last + 1)):
        return None
    for first in range(last, max(last - _MAX_QUOTED, -1), -1):
        gap = gap_before(stream, first)
        if any(ch in _OPENING for ch in gap):
            return first
        if any(ch in QUOTES for ch in gap) or breaks_before(stream, first):
            return None
    return None


def trailing(stream: TokenStream) -> str:
    """The text after the last token."""
    text = stream.text
    return text.normalised[text.tokens[-1].span.end :] if text.tokens else ""


def read_arabic_group(
    stream: TokenStream,
    folded: TokenStream,
    resources: NameResources,
    head: PhraseMatch[NameWord],
    word: NameWord,
) -> GroupName | None:
    """An Arabic group name after ``head``: quoted, a number or ordinal, or name words."""
    start = head.last + 1
    if start >= len(stream.keys):
        return None
    end = quoted_end(stream, start)
    if end is not None:
        return GroupName(head.first, end, (start, end), word.type, quoted=True)
    whole = quoted_end(stream, head.first)  # «تجمع الحمزة»: the group word opens the quote
    bare = not has_article(stream.text.tokens[head.first])
    if bare and whole is not None and head.last < whole <= head.last + _QUOTED_NAME_WORDS:
        return GroupName(head.first, whole, (head.first, whole), word.type, quoted=True)
    if breaks_before(stream, start, quotes=True):
        return None
    numbered = folded.keys[start].isdigit() and len(folded.keys[start]) <= 3
    if numbered or (
        has_article(stream.text.tokens[head.first]) and folded.keys[start] in resources.ordinals
    ):
        return GroupName(head.first, start, (head.first, start), word.type)
    if has_article(stream.text.tokens[head.first]):
        return None
    parts = read_group_words(stream, folded, resources, start, word.kind == "group-strict")
    if not parts:
        return None
    return GroupName(head.first, parts[-1], (head.first, parts[-1]), word.type)


def read_group_words(
    stream: TokenStream, folded: TokenStream, resources: NameResources, start: int, strict: bool
) -> list[int]:
    """Name words of an Arabic group from ``start``: ≤2 bare words, then one definite word.

    Without a definite word the name must be a kunya (كتائب أبو عمارة)."""
    parts: list[int] = []
    bare = 0
    for index in range(start, min(start + 5, len(stream.keys))):
        if not is_group_word(stream, folded, resources, index, start):
            break
        if articled(stream, folded, index):
            if strict and not parts:
                return []
            parts.append(index)
            if folded.keys[index] not in resources.compounds:
                return parts
            continue
        if bare == 2 or (parts and articled(stream, folded, parts[-1])):
            break
        parts.append(index)
        bare += 1
    definite = [i for i in parts if articled(stream, folded, i)]
    kunya = len(parts) > 1 and folded.keys[parts[0]] in resources.kunyas
    return parts if definite or kunya else []


def is_group_word(
    stream: TokenStream, folded: TokenStream, resources: NameResources, index: int, start: int
) -> bool:
    """Whether token ``index`` can be part of an Arabic group name."""
    if index > start and breaks_before(stream, index, quotes=True):
        return False
    token = stream.text.tokens[index]
    if not is_arabic(word_of(stream, index)) or token.prefixes not in ("", "ال"):
        return False
    return not is_boundary(stream, folded, resources, index)


def read_latin_before_head(
    stream: TokenStream,
    folded: TokenStream,
    resources: NameResources,
    head: PhraseMatch[NameWord],
    word: NameWord,
) -> GroupName | None:
    """``the X Brigade``: capitalised words right before a capitalised group word; a
    quoted name right before it (``"Northern Dawn" operations room``), whatever the case."""
    opening = quoted_start(stream, head.first - 1)
    if opening is not None and all(
        latin_name_word(word_of(stream, i)) for i in range(opening, head.first)
    ):
        return GroupName(opening, head.last, (opening, head.first - 1), word.type, quoted=True)
    if not word_of(stream, head.first)[0].isupper():
        return None
    first = head.first
    for index in range(head.first - 1, max(head.first - 5, -1), -1):
        if breaks_before(stream, index + 1, quotes=True):
            break
        written = word_of(stream, index)
        if is_boundary(stream, folded, resources, index) or not latin_name_word(written):
            break
        if written.endswith(("'s", "’s")):
            break  # "the Sham Legion's Dawn Brigade": an owner's name, not this one's
        first = index
    if first == head.first:
        return None
    first = epithet_before(folded, resources, first)
    return GroupName(first, head.last, (first, head.last), word.type)


def epithet_before(folded: TokenStream, resources: NameResources, first: int) -> int:
    """Where ``Lions of the`` / ``Martyrs of`` opens the name that starts at ``first``."""
    keys = folded.keys
    at = first - 1
    if at >= 0 and keys[at] == "the":
        at -= 1
    if at >= 1 and keys[at] == "of" and keys[at - 1] in resources.epithets:
        return at - 1
    return first


def read_latin_after_head(
    stream: TokenStream,
    folded: TokenStream,
    resources: NameResources,
    head: PhraseMatch[NameWord],
    word: NameWord,
) -> GroupName | None:
    """``Jaysh al-X``, ``Army of X``: name words right after the group word."""
    if not word_of(stream, head.first)[0].isupper():
        return None
    start = head.last + 1
    if start < len(stream.keys) and folded.keys[start] == "the":
        start += 1
    last = head.last
    for index in range(start, min(start + 3, len(stream.keys))):
        if breaks_before(stream, index, quotes=True):
            break
        if is_boundary(stream, folded, resources, index) or not latin_name_word(
            word_of(stream, index)
        ):
            break
        last = index
    if last == head.last:
        return None
    return GroupName(head.first, last, (head.first, last), word.type)
