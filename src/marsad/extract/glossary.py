"""Table phrases found in one Aho-Corasick pass over ``Text.key``.

A :class:`Glossary` holds an automaton of folded phrases (one or more words,
single spaces). Arabic phrases are entered also with the proclitics و ف and
ب ل ك in front (and, where allowed, the article ال), so بحزيران and
وخمسمئة are found; a hit counts only when no letter touches it on either
side. Numbers in digits are found by one regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Generic, TypeVar

import ahocorasick

V = TypeVar("V")

NUMBER: Final = re.compile(r"\d+(?:[.,\u066b\u066c]\d+)*")
_LETTER: Final = re.compile(r"[a-z\u0621-\u064a\u066e-\u06d3]")
_CONJUNCTIONS: Final = ("", "و", "ف")
_PREPOSITIONS: Final = ("", "ب", "ل", "ك")


@dataclass(frozen=True, slots=True)
class Glossary(Generic[V]):
    """An automaton over folded phrases; each entry holds ``(value, clitics, length)``."""

    automaton: ahocorasick.Automaton
    size: int


@dataclass(frozen=True, slots=True)
class Hit(Generic[V]):
    """A phrase at ``[start, end)`` of the key; ``clitics`` were written before it."""

    start: int
    end: int
    value: V
    clitics: str


def build_glossary(phrases: Mapping[str, V], article: bool = False) -> Glossary[V]:
    """The glossary of ``phrases`` (already folded, words separated by one space)."""
    automaton = ahocorasick.Automaton()
    for phrase, value in phrases.items():
        for clitics in _clitic_forms(phrase, article):
            if clitics + phrase not in automaton:
                automaton.add_word(clitics + phrase, (value, clitics, len(clitics + phrase)))
    automaton.make_automaton()
    return Glossary(automaton, len(phrases))


def find_phrases(glossary: Glossary[V], key: str) -> list[Hit[V]]:
    """Every phrase of ``glossary`` standing as whole words in ``key``, longest first, in order."""
    hits: list[Hit[V]] = []
    if not glossary.size:
        return hits
    for last, (value, clitics, length) in glossary.automaton.iter_long(key):
        start, end = last + 1 - length, last + 1
        if (start and _LETTER.match(key, start - 1)) or _LETTER.match(key, end):
            continue
        hits.append(Hit(start, end, value, clitics))
    return hits


def _clitic_forms(phrase: str, article: bool) -> list[str]:
    if not "\u0621" <= phrase[0] <= "\u06d3":
        return [""]
    forms = [c + p for c in _CONJUNCTIONS for p in _PREPOSITIONS]
    if article and not phrase.startswith("ال"):
        forms += [c + p + "ال" for c in _CONJUNCTIONS for p in ("", "ب", "ك")]
        forms += [c + "لل" for c in _CONJUNCTIONS]
    return forms
