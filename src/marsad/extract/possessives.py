"""Possessives: "the army's Fourth Division" says the unit is part of the army.

An English possessive ('s) on a group's name, with another group's name right
after it, makes the second a part of the first. A state's possessive
("Lebanon's Hezbollah", "Turkey's allies") says where a group comes from or
whom it serves, not that the state holds it, so a state owns nothing here.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from marsad.extract.context import Analysis
from marsad.extract.placed import Placed, cover
from marsad.records import Relation, Sentence

POSSESSIVE = ("'s", "’s")
NOT_OWNERS = frozenset({"state"})
"""Kinds of actor (the ``feature`` of a dictionary actor) whose possessive owns nothing."""


def find_possessive_parts(
    analysis: Analysis, sentence: Sentence, mentions: Sequence[Placed]
) -> list[Relation]:
    """``part_of`` for each group named right after another group's possessive."""
    actors = [p for p in mentions if p.type == "actor"]
    found: list[Relation] = []
    for owner, unit in pairwise(actors):
        if unit.first != owner.last + 1 or not owns(analysis, owner):
            continue
        if owner.located.entity == unit.located.entity:
            continue
        found.append(
            Relation(
                type="part_of",
                subject=unit.located.entity,
                object=owner.located.entity,
                evidence=analysis.evidence(cover(owner.located.mention.span, unit), sentence.span),
                confidence=0.5,
                reason="named after another group's possessive ('s)",
            )
        )
    return found


def owns(analysis: Analysis, owner: Placed) -> bool:
    """Whether ``owner`` is written with a possessive and may own a unit."""
    written = analysis.words(analysis.text.tokens[owner.last].span)
    return written.endswith(POSSESSIVE) and owner.located.mention.feature not in NOT_OWNERS
