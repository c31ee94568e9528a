"""How name words are written: script, article, capitals, punctuation between them.

The name finders (:mod:`marsad.extract.actors`, :mod:`marsad.extract.persons`)
read tokens through these tests; :func:`shape_of` and :func:`fits` compare the
written shape of a table phrase with the text (see :mod:`marsad.extract.names`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.extract.matcher import TokenStream
from marsad.records import Text, Token

LATIN_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|adh|an|ar|at|ath|az|ay)-(?=\w)")
BREAKS = frozenset("\n,،;؛:!?؟()[]{}|>/·•")
"""Characters that end a name when they stand between two of its words (breadcrumbs
and menus too: "Eastern Ghouta > X Gathering", "Home | News")."""
QUOTES = frozenset('"“”«»„‟')


def is_arabic(word: str) -> bool:
    """Whether ``word`` starts with an Arabic letter."""
    return bool(word) and ("\u0600" <= word[0] <= "\u06ff" or "\u0750" <= word[0] <= "\u077f")


def has_article(token: Token) -> bool:
    """Whether the Arabic ``token`` carries the article (ال, also in لل بال وال…)."""
    return token.prefixes.endswith("ال") or token.prefixes.endswith("لل")


def articled(stream: TokenStream, folded: TokenStream, index: int) -> bool:
    """Whether a word is definite: Arabic with the article (or a key starting ال), Latin al-X."""
    word = word_of(stream, index)
    if not is_arabic(word):
        return LATIN_ARTICLE.match(word.lower()) is not None
    key = folded.keys[index]
    return has_article(stream.text.tokens[index]) or (key.startswith("ال") and len(key) > 3)


def latin_name_word(word: str) -> bool:
    """A capitalised Latin word, an ``al-``-style word, or an ordinal like ``5th``."""
    if not word or is_arabic(word):
        return False
    if LATIN_ARTICLE.match(word.lower()):
        return True
    return word[0].isupper() or (word[0].isdigit() and word[-2:] in ("st", "nd", "rd", "th"))


def word_of(stream: TokenStream, index: int) -> str:
    """The written word of token ``index``."""
    span = stream.text.tokens[index].span
    return stream.text.normalised[span.start : span.end]


def gap_before(stream: TokenStream, index: int) -> str:
    """The characters between token ``index - 1`` (or the text start) and token ``index``."""
    tokens = stream.text.tokens
    start = tokens[index - 1].span.end if index > 0 else 0
    return stream.text.normalised[start : tokens[index].span.start]


def breaks_before(stream: TokenStream, index: int, quotes: bool = False) -> bool:
    """Whether punctuation or a line break (or, with ``quotes``, a quote) precedes ``index``."""
    gap = gap_before(stream, index)
    return any(ch in BREAKS or (quotes and ch in QUOTES) for ch in gap)


def joined(stream: TokenStream, first: int, last: int) -> bool:
    """Whether tokens ``first``..``last`` stand together (no punctuation between them)."""
    return not any(breaks_before(stream, i) for i in range(first + 1, last + 1))


def surface_of(stream: TokenStream, first: int, last: int) -> str:
    """The written words ``first``..``last`` without the leading clitics (لل → ال) or ``'s``.

    Words are joined by one space, or by what stands between them when it is
    not a space nor a quote (``U.S``)."""
    tokens = stream.text.tokens
    words = [word_of(stream, i) for i in range(first, last + 1)]
    prefixes = tokens[first].prefixes
    if prefixes:
        article = "ال" if has_article(tokens[first]) else ""
        words[0] = article + words[0][len(prefixes) :]
    last_word = words[-1]
    if len(last_word) > 2 and last_word[-2:] in ("'s", "’s"):
        words[-1] = last_word[:-2]
    joined = words[0]
    for index, word in enumerate(words[1:], start=first + 1):
        gap = gap_before(stream, index)
        tight = gap and not any(ch.isspace() or ch in QUOTES for ch in gap)
        joined += (gap if tight else " ") + word
    return joined


def fits(shape: Sequence[str], stream: TokenStream, first: int) -> bool:
    """Whether the text tokens from ``first`` have the written ``shape`` of a table phrase."""
    tokens = stream.text.tokens
    for offset, want in enumerate(shape):
        token = tokens[first + offset]
        if want == "article" and not has_article(token):
            return False
        if want == "bare" and has_article(token):
            return False
        if want == "upper" and not word_of(stream, first + offset).isupper():
            return False
    return "upper" not in shape or not shouted(stream, first, first + len(shape) - 1)


def shouted(stream: TokenStream, first: int, last: int) -> bool:
    """Whether a word in capitals next to tokens ``first``..``last``, with only spaces
    between, shows a line written all in capitals ("THIS IS NOT", not ``IS``)."""
    tokens = stream.text.tokens
    for index, between in ((first - 1, first), (last + 1, last + 1)):
        if not 0 <= index < len(tokens) or gap_before(stream, between).strip():
            continue
        word = word_of(stream, index)
        if len(word) > 1 and word.isalpha() and word.isupper() and not is_arabic(word):
            return True
    return False


def shape_of(text: Text) -> tuple[str, ...]:
    """The written shape of a table phrase: article / bare per Arabic word, upper for capitals."""
    shape: list[str] = []
    for token in text.tokens:
        word = text.normalised[token.span.start : token.span.end]
        if is_arabic(word):
            shape.append("article" if has_article(token) else "bare")
        elif word.isalpha() and word.isupper():
            shape.append("upper")
        else:
            shape.append("")
    return tuple(shape)
