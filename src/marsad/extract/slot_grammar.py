"""What the grammar around a name says of it, for the slots of a relation cue.

A preposition written on a name governs it (للنظام); an Arabic definite
participle right after a name, or after its definite adjectives, describes it
(التابعة); an unnamed group noun standing between a name and a cue (عدد من
الفصائل), or before the name it comes from ("four factions of the National
Army"), is the cue's subject instead of the name. A list that a colon or
"namely" (هي) opens names the members an unnamed count noun stands for
("from the merger of four factions that fought IS, namely A, B and C").
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.extract.appositives import RELATIVES
from marsad.extract.context import Analysis
from marsad.extract.matcher import PhraseMatch
from marsad.extract.name_shapes import has_article
from marsad.extract.placed import Placed
from marsad.extract.possessives import owns
from marsad.extract.relation_resources import Cue

DESCRIBING_ADJECTIVES = 2
"""Definite adjectives that may stand between a name and a participle describing it."""
PARTITIVE = frozenset({"من", "of", "from"})
"""Words between an unnamed group noun and the name of the body it comes from."""
WHOLE_FORCE = frozenset({"forces", "fighters", "troops", "men", "militants", "army"})
"""Nouns after a group's possessive that stand for the whole group ("HTS's forces")."""
ENUMERATING = frozenset({"هي", "هم", "وهي", "وهم", "namely", "including", "بينها", "منها"})
"""Words that open the list of the members a count noun stands for (أربعة فصائل، هي …)."""


def is_enumerated(analysis: Analysis, placed: Placed) -> bool:
    """Whether a colon or an enumerating word (هي, namely) stands right before ``placed``
    ("the" may stand between)."""
    tokens, keys = analysis.text.tokens, analysis.stream.keys
    before = placed.first - 1
    if before >= 0 and keys[before] == "the":
        before -= 1
    start = tokens[before].span.end if before >= 0 else 0
    if ":" in analysis.text.normalised[start : tokens[placed.first].span.start]:
        return True
    return before >= 0 and keys[before] in ENUMERATING


def generic_between(
    analysis: Analysis,
    placed: Placed,
    others: Sequence[PhraseMatch[Cue]],
    match: PhraseMatch[Cue],
) -> bool:
    """Whether an unnamed group noun ("a number of factions", عدد من الفصائل) stands
    between ``placed`` and the cue: that noun, not the name, is what the cue speaks of.
    A noun joined to the name by "and" / و ("X and other factions") does not count."""
    return any(
        placed.last < other.first
        and other.last < match.first
        and not coordinated(analysis, placed, other.first)
        for other in others
        if is_generic(other)
    )


def generic_owner(
    analysis: Analysis,
    placed: Placed,
    others: Sequence[PhraseMatch[Cue]],
    match: PhraseMatch[Cue],
) -> bool:
    """Whether ``placed`` only says where an unnamed group noun before it comes from
    ("four factions of the National Army merged", أربعة فصائل عسكرية من الجيش الوطني
    تندمج): the noun, not the name, is the cue's subject. A relative pronoun after
    the name ("factions of X, which is backed by Y") speaks of the name."""
    keys = analysis.stream.keys
    if any(keys[i] in RELATIVES for i in range(placed.last + 1, match.first)):
        return False
    at = placed.first - 1
    at -= 1 if at > 0 and keys[at] == "the" else 0
    if at < 1 or keys[at] not in PARTITIVE:
        return False
    return any(is_generic(other) and at - 3 < other.last < at for other in others)


def is_generic(match: PhraseMatch[Cue]) -> bool:
    """Whether a match is an unnamed group noun (kind ``generic``)."""
    return any(c.kind == "generic" for c in match.values)


def coordinated(analysis: Analysis, placed: Placed, first: int) -> bool:
    """Whether the token ``first`` is joined to the name ``placed`` by "and" / و:
    "X and other factions", "X وفصائل أخرى" (one word may stand between)."""
    tokens = analysis.text.tokens
    after = placed.last + 1
    if first == after and tokens[first].prefixes.startswith("و"):
        return True
    return first - after <= 2 and tokens[after].key in ("and", "و")


def describes_name(analysis: Analysis, placed: Placed, match: PhraseMatch[Cue]) -> bool:
    """Whether the cue is an Arabic definite participle describing the name before it:
    right after it, or after definite adjectives of the same name
    (لميليشيا «لواء فاطميون» الأفغانية التابعة للحرس الثوري)."""
    between = range(placed.last + 1, match.first)
    tokens = analysis.text.tokens
    return (
        len(between) <= DESCRIBING_ADJECTIVES
        and agrees(analysis, match)
        and all(tokens[i].prefixes == "ال" for i in between)
    )


def agrees(analysis: Analysis, match: PhraseMatch[Cue]) -> bool:
    """Whether the cue opens with an Arabic word with the article (المعارض, التابعة)."""
    return analysis.text.tokens[match.first].prefixes.endswith("ال")


def governed(analysis: Analysis, placed: Placed) -> bool:
    """Whether a preposition is written on the mention's first word (ل، ب، ك)."""
    if placed.located.mention.source == "cue":
        return False
    prefixes = analysis.text.tokens[placed.first].prefixes
    prefixes = prefixes[:-2] if prefixes.endswith("ال") else prefixes
    return any(letter in prefixes for letter in "بلك")


def article_fits(analysis: Analysis, match: PhraseMatch[Cue], cue: Cue) -> bool:
    """Whether the cue's first word carries the article as its ``bare`` / ``definite``
    need asks (التابعة describes a name across adjectives; a bare تابعة only the word
    right before it)."""
    if cue.needs not in ("bare", "definite"):
        return True
    return has_article(analysis.text.tokens[match.first]) == (cue.needs == "definite")


def unit_relation(analysis: Analysis, match: PhraseMatch[Cue], obj: Placed, kind: str) -> str:
    """``member_of`` for a leader cue whose object after it is a group's possessive of a
    unit: the commander "of Faylaq al-Rahman's Marj sector" leads a unit of it, not the
    group; "leads HTS's forces" still leads HTS."""
    if kind != "leader_of" or obj.first <= match.last or not owns(analysis, obj):
        return kind
    after = obj.last + 1
    keys = analysis.stream.keys
    return kind if after < len(keys) and keys[after] in WHOLE_FORCE else "member_of"
