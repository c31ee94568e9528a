"""Slot filling for relation cues: which mentions sit where around a cue.

Mentions are put in token positions once per document
(:class:`marsad.extract.placed.Placed`).
A cue's reading (``SCO``, ``OCS``, ``CSO``…) says on which side of the cue
the subject and the object stand; each slot takes the nearest mention of
the right type within reach, skipping mentions that belong to another cue
(one written right after another cue on the far side), and a list
"X و Y و Z" / "X, Y and Z" fans out from it. What the grammar around a name
says of it (a preposition on it, a participle describing it, an unnamed group
noun it belongs to) is in :mod:`marsad.extract.slot_grammar`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.extract.context import Analysis, Located
from marsad.extract.first_person import SUFFIX
from marsad.extract.matcher import PhraseMatch
from marsad.extract.placed import Filled, Placed, Slot
from marsad.extract.relation_resources import Cue
from marsad.extract.slot_grammar import (
    agrees,
    describes_name,
    generic_between,
    generic_owner,
    governed,
    is_enumerated,
    is_generic,
)
from marsad.records import EntityType

REACH = 12
"""Most tokens between a cue and the nearest mention of a slot."""
PERSONAL = frozenset({"leader_of", "member_of"})
"""Relations of a person to a group, read from a role cue."""
DESCRIBED_REACH = 20
"""Most tokens between a describing cue (active in, backed by…) and its subject before it."""
TIGHT_REACH = 2
"""Most tokens between a cue and a slot written in lower case (``SCo``: right after it)."""
ENUMERATION_REACH = 20
"""Most tokens between a cue and a list a colon or "namely" opens after it."""
BETWEEN = frozenset({"بين", "between"})
CLAUSE_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "هو", "هي", "هم"})
"""Words that, right after a name, make it the subject of a new clause."""
SINGULAR_VERBS = frozenset({"is", "was", "has", "هو", "هي"})
"""Those of them whose subject is one name: a list before it is not their subject."""
_LIST_WORDS = frozenset(
    {"", "و", "and", "or", "او", "&", "the", "and the", "allied", "its", "their", "allies"}
)
_PLACE_LIST_WORDS = _LIST_WORDS | frozenset(
    {
        *("in", "mainly", "mostly", "especially", "particularly", "notably", "chiefly"),
        *("primarily", "above all", "في", "بالاخص", "وبالاخص", "خاصه", "وخاصه", "خصوصا"),
        *("وخصوصا", "لا", "ولا", "سيما", "تحديدا", "وتحديدا", "مناطق", "منطقه"),
    }
)
"""Words that may stand between two places of one list: "active in X, mainly in Y",
"العاملة في X، وبالأخص في مناطق Y"."""
_PUNCTUATION = re.compile(r"[\s,،;؛\"'“”‘’«»()\[\]\d:.\-–—…]+")


def is_list_gap(analysis: Analysis, left: Located, right: Located) -> bool:
    """Whether only commas and "and"/"و" stand between two mentions (between two places,
    also "mainly in", وبالأخص في and the like)."""
    gap = analysis.text.key[left.mention.span.end : right.mention.span.start]
    words = _PUNCTUATION.split(gap)
    places = left.mention.type == "place" and right.mention.type == "place"
    allowed = _PLACE_LIST_WORDS if places else _LIST_WORDS
    return all(word in allowed for word in words)


def fan_list(
    analysis: Analysis, start: Placed, pool: Sequence[Placed], forward: bool
) -> list[Placed]:
    """``start`` and the mentions listed with it, going away from the cue."""
    members = [start]
    if not forward and opens_clause(analysis, start, SINGULAR_VERBS):
        return members  # "part of X, and Turkey is our ally": one subject, no list
    if owner_suffix(start) or (not forward and start.located.mention.source == "cue"):
        # a pronoun on a word (وتربطنا), or a stand-in opening a clause before the cue
        # ("… from Turkey, and we count the Turkish army a partner"), is no item of a list
        return members
    ordered = pool if forward else list(reversed(pool))
    index = ordered.index(start)
    for candidate in ordered[index + 1 :]:
        left, right = (members[-1], candidate) if forward else (candidate, members[-1])
        if candidate.type != start.type or not is_list_gap(analysis, left.located, right.located):
            break
        if forward and opens_clause(analysis, candidate):
            break
        members.append(candidate)
    return members if forward else list(reversed(members))


def opens_clause(analysis: Analysis, placed: Placed, verbs: frozenset[str] = CLAUSE_VERBS) -> bool:
    """Whether a verb follows ``placed``: it is the subject of a clause of its own
    ("part of X, and Turkey is our ally"), not one more item of a list."""
    tokens = analysis.text.tokens
    after = placed.last + 1
    return after < len(tokens) and analysis.words(tokens[after].span).lower() in verbs


def attached_elsewhere(
    analysis: Analysis,
    placed: Placed,
    others: Sequence[PhraseMatch[Cue]],
    cue: tuple[PhraseMatch[Cue], bool],
) -> bool:
    """Whether ``placed`` belongs to another cue: right after it (before side) or
    right before one that takes a mention on its left, with no comma between
    (after side: "X، المنضوي في Y، صد …" leaves Y to the first cue). A person's
    role cue keeps the name a definite participle describes: "المتحدث باسم X
    المنضوي في Y" speaks for X."""
    match, before = cue
    personal = any(c.relation in PERSONAL for c in match.values)
    for other in others:
        if is_generic(other):
            continue
        if before and 0 <= placed.first - other.last <= 2:
            return True
        takes_left = any(o.index("C") > 0 for cue in other.values for o in cue.orders)
        if (
            not before
            and takes_left
            and 0 <= other.first - placed.last <= 1
            and not punctuated(analysis, placed.last, other.first)
            and not (personal and agrees(analysis, other))
        ):
            return True
    return False


def split_off(analysis: Analysis, placed: Placed, match: PhraseMatch[Cue], before: bool) -> bool:
    """Whether a comma or semicolon parts a tight slot's mention from its cue."""
    if before:
        return punctuated(analysis, placed.last, match.first)
    return punctuated(analysis, match.last, placed.first)


def punctuated(analysis: Analysis, left: int, right: int) -> bool:
    """Whether a comma or semicolon stands between the tokens ``left`` and ``right``."""
    tokens = analysis.text.tokens
    gap = analysis.text.normalised[tokens[left].span.end : tokens[right].span.start]
    return any(mark in gap for mark in ",،;؛")


def side_pool(
    mentions: Sequence[Placed],
    match: PhraseMatch[Cue],
    bounds: tuple[int, int],
    before: bool,
) -> list[Placed]:
    """Mentions on one side of ``match`` inside the sentence's tokens ``bounds``.

    A stand-in on the cue's own first word (the possessive ـنا of عدونا, "our
    enemy") stands before it: the owner of the noun."""
    low, high = bounds
    if before:
        return [
            m
            for m in mentions
            if low <= m.first
            and (m.last < match.first or (m.first == m.last == match.first and owner_suffix(m)))
        ]
    return [m for m in mentions if match.last < m.first and m.last <= high]


def owner_suffix(placed: Placed) -> bool:
    """Whether ``placed`` is a stand-in read from a word's pronoun suffix (عدونا) or
    from the verb opening a timeline entry ("- Joins the coalition")."""
    mention = placed.located.mention
    return mention.source == "cue" and (
        mention.surface.endswith(SUFFIX) or mention.surface[:1].isupper()
    )


def nearest(
    analysis: Analysis,
    pool: Sequence[Placed],
    slot: Slot,
    match: PhraseMatch[Cue],
    context: tuple[Sequence[PhraseMatch[Cue]], bool],
) -> Placed | None:
    """The mention of the slot's types nearest the cue, within its reach, not another cue's.

    Before the cue, a name governed by a preposition written on it (للنظام,
    بالفصائل) is passed over: it is the object of some other word — unless the
    cue is a definite participle right after it, which describes it
    (للجيش الحر المعارض للنظام). An unnamed group noun between a name and the cue
    (عدد من الفصائل) ends the search: the subject is that noun. Such a participle
    also takes the name right before it when another cue governs that name
    (بقيادة الرائد X المنشق عن Y). A ``shared`` slot may take a name another cue
    governs ("grew out of X, led by Y": X is led by Y). The grammar checks are in
    :mod:`marsad.extract.slot_grammar`: a participle describes a name across its
    definite adjectives, and a name that only says where an unnamed group noun comes
    from is no subject. After the cue, a name written into a compound ("the
    Turkish-backed X") modifies the next name and is passed over.
    """
    types, reach, shared = slot
    others, before = context
    ordered = list(reversed(pool)) if before else list(pool)
    for placed in ordered:
        gap = match.first - placed.last - 1 if before else placed.first - match.last - 1
        if gap > reach or (reach == TIGHT_REACH and split_off(analysis, placed, match, before)):
            return None
        describes = before and describes_name(analysis, placed, match)
        if before and governed(analysis, placed) and not describes:
            continue
        if not before and analysis.hyphen_joined(placed.last):
            continue  # "factions of the Turkish-backed X": Turkey modifies X, the object
        if before and (
            generic_between(analysis, placed, others, match)
            or generic_owner(analysis, placed, others, match)
        ):
            return None
        # right before the cue an Arabic definite participle describes the name; a tight
        # slot takes its name even from another cue ("X of Y of Z defected": Y and Z);
        # so does a compound right before it ("the Turkish-backed Front, which includes")
        compound = not before and gap == 0 and analysis.hyphen_joined(match.first - 1)
        describing = shared or reach == TIGHT_REACH or compound or describes
        if placed.type in types and (
            describing or not attached_elsewhere(analysis, placed, others, (match, before))
        ):
            return placed
    return None


def fill_side(
    analysis: Analysis,
    pool: Sequence[Placed],
    slots: Sequence[Slot],
    match: PhraseMatch[Cue],
    others: Sequence[PhraseMatch[Cue]],
    before: bool,
) -> list[tuple[Placed, ...]] | None:
    """Fill one side's slots (nearest first); the farthest slot fans out into a list.
    After the cue, an unnamed group noun before the nearest name hands the slot to
    the list a colon or "namely" opens (:func:`enumerated_list`)."""
    filled: list[tuple[Placed, ...]] = []
    remaining = list(pool)
    for number, slot in enumerate(slots):
        found = nearest(analysis, remaining, slot, match, (others, before))
        if found is None:
            return None
        last_slot = number == len(slots) - 1
        members = fan_list(analysis, found, remaining, not before) if last_slot else [found]
        if last_slot and not before and counted_between(match, found, others):
            members = enumerated_list(analysis, remaining, slot, match) or members
        filled.append(tuple(members))
        if before:
            remaining = [m for m in remaining if m.last < members[0].first]
        else:
            remaining = [m for m in remaining if m.first > members[-1].last]
    return filled


def counted_between(
    match: PhraseMatch[Cue], found: Placed, others: Sequence[PhraseMatch[Cue]]
) -> bool:
    """Whether an unnamed group noun stands between the cue and the name found after it
    ("merger of four factions that fought IS": the factions, not IS, fill the slot)."""
    return any(is_generic(o) and match.last < o.first and o.last < found.first for o in others)


def enumerated_list(
    analysis: Analysis, pool: Sequence[Placed], slot: Slot, match: PhraseMatch[Cue]
) -> list[Placed]:
    """After the cue, a list of two or more names of the slot's types that a colon or
    "namely" (هي) opens within reach: the members a count noun before it stands for
    ("merger of four factions that fought IS, namely A, B and C"); else nothing."""
    for placed in pool:
        if placed.first - match.last - 1 > ENUMERATION_REACH:
            break
        if placed.type in slot.types and is_enumerated(analysis, placed):
            members = fan_list(analysis, placed, pool, True)
            return members if len(members) > 1 else []
    return []


def fill_order(
    analysis: Analysis,
    mentions: Sequence[Placed],
    match: PhraseMatch[Cue],
    order: str,
    types: tuple[frozenset[EntityType], frozenset[EntityType]],
    context: tuple[tuple[int, int], Sequence[PhraseMatch[Cue]]],
    subject_reach: int = REACH,
    shared_object: bool = False,
) -> Filled | None:
    """Fill the subject and object of one reading of a cue, or None; a subject
    before the cue may stand ``subject_reach`` tokens away, and with
    ``shared_object`` an object before it may be another cue's too."""
    bounds, others = context
    cut = order.index("C")
    sides = {True: order[:cut][::-1], False: order[cut + 1 :]}
    chosen: dict[str, tuple[Placed, ...]] = {}
    for before, letters in sides.items():
        if not letters:
            continue
        slots = [
            Slot(
                types[0] if letter.upper() == "S" else types[1],
                reach_of(letter, before, subject_reach),
                shared_object and before and letter == "O",
            )
            for letter in letters
        ]
        pool = side_pool(mentions, match, bounds, before)
        filled = fill_side(analysis, pool, slots, match, others, before)
        if filled is None:
            return None
        chosen.update(zip(letters.upper(), filled, strict=True))
    subjects, objects = chosen["S"], chosen["O"]
    if len(objects) > 1 and objects[0].first > match.last and between_opens(analysis, subjects[0]):
        objects = objects[:1]  # بين A المنضوية في C و B: B is A's other side, not in C
    distance = sum(
        min(abs(p.first - match.first), abs(p.last - match.last)) for p in (subjects[0], objects[0])
    )
    return Filled(subjects, objects, distance)


def between_opens(analysis: Analysis, subject: Placed) -> bool:
    """Whether "between" (بين) stands right before ``subject``: "clashes between A, part
    of C, and B" — the "and" goes on with the other side of "between"."""
    keys = analysis.stream.keys
    return any(keys[i] in BETWEEN for i in range(max(0, subject.first - 1), subject.first))


def reach_of(letter: str, before: bool, subject_reach: int) -> int:
    """How far the slot ``letter`` (S, O, s, o) may stand from its cue."""
    if letter.islower():
        return TIGHT_REACH
    return subject_reach if before and letter == "S" else REACH


def touching(match: PhraseMatch[Cue], filled: Filled) -> bool:
    """Whether the subject ends right before the cue and the object starts at most
    one word ("the") after it."""
    subject, obj = filled.subjects[-1], filled.objects[0]
    return subject.last == match.first - 1 and obj.first - match.last - 1 <= 1


def modified(match: PhraseMatch[Cue], filled: Filled) -> Filled | None:
    """For a cue written as the end of a compound ("Turkish-backed"): the reading with,
    before the cue, only the word the compound is written on ("Hezbollah and the
    Russian-backed X": Russia, not Hezbollah), and after it the name it modifies, at
    most one word on ("Turkish-backed rebel factions", not a name further on:
    "Turkish-backed factions attacked the SDF"); None if either is missing."""
    after = [p for p in (*filled.subjects, *filled.objects) if p.first > match.last]
    if not after or min(p.first for p in after) - match.last > 2:
        return None

    def keep(side: tuple[Placed, ...]) -> tuple[Placed, ...]:
        return tuple(p for p in side if p.first > match.last or p.last == match.first - 1)

    subjects, objects = keep(filled.subjects), keep(filled.objects)
    return Filled(subjects, objects, filled.distance) if subjects and objects else None
