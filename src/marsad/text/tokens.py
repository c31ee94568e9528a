"""Tokens of normalised text: words, numbers, and Arabic clitics set apart.

A token is one of

* an **Arabic word**: a run of Arabic letters, split into proclitics, stem
  and pronoun suffix by :mod:`marsad.text.clitics`;
* a **Latin word**: Latin (also Greek, Cyrillic) letters, digits allowed
  inside (``9K111``), with single internal hyphens or apostrophes
  (``al-Izza``, ``Jaysh's``); a word whose last hyphen opens one of the
  resources' ``split_suffixes`` is two words (``Turkish-backed``);
* a **number**: digits with ``, . ٫ ٬`` between digit groups (``1,500``,
  ``3.5``).

``Token.key`` is the stem's slice of ``Text.key``: folded Arabic letters,
lower-cased Latin.
"""

from __future__ import annotations

import re
from typing import Final

from marsad.records import Span, Token
from marsad.text.arabic import LETTER_CLASS
from marsad.text.clitics import segment_word
from marsad.text.resources import MEMO_LIMIT, TextResources

_LATIN_LETTER: Final = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff"
)
_ALNUM: Final = f"[0-9{_LATIN_LETTER}]"
TOKEN: Final = re.compile(
    f"(?P<arabic>[{LETTER_CLASS}]+)"
    f"|(?P<latin>[0-9]*[{_LATIN_LETTER}]{_ALNUM}*(?:['’‘\\-]+{_ALNUM}+)*)"
    r"|(?P<number>\d+(?:[.,\u066b\u066c]\d+)*)"
)


def find_tokens(normalised: str, key: str, resources: TextResources) -> tuple[Token, ...]:
    """Return the tokens of ``normalised``; ``key`` is its folded twin."""
    memo = resources.clitics
    if len(memo) > MEMO_LIMIT:
        memo.clear()
    tokens: list[Token] = []
    for match in TOKEN.finditer(normalised):
        start, end = match.span()
        span = Span(start, end)
        if match.lastgroup != "arabic":
            tokens.extend(latin_tokens(span, key, resources.split_suffixes))
            continue
        word = match.group()
        clitics = memo.get(word)
        if clitics is None:
            seg = segment_word(word, resources)
            clitics = memo[word] = (seg.prefixes, seg.suffix)
        prefixes, suffix = clitics
        if not prefixes and not suffix:
            tokens.append(Token(span, span, key[start:end]))
            continue
        stem = Span(start + len(prefixes), end - len(suffix))
        tokens.append(Token(span, stem, key[stem.start : stem.end], prefixes, suffix))
    return tuple(tokens)


def latin_tokens(span: Span, key: str, split_suffixes: frozenset[str]) -> tuple[Token, ...]:
    """The Latin or number token at ``span``, or two when it ends in ``-`` and a split
    suffix (``Iranian-backed`` → ``Iranian``, ``backed``)."""
    word = key[span.start : span.end]
    hyphen = word.rfind("-")
    stem = word[:hyphen].rstrip("-'’") if hyphen > 0 else ""
    if not stem or word[hyphen + 1 :].lower() not in split_suffixes:
        return (Token(span, span, word),)
    head, tail = Span(span.start, span.start + len(stem)), Span(span.start + hyphen + 1, span.end)
    return (Token(head, head, stem), Token(tail, tail, word[hyphen + 1 :]))
