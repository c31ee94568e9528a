"""Grouping the mentions of one document into its entities.

* Mentions with the same ``key`` are one entity: a table id
  (``actor:jaysh-al-izza``), a gazetteer id, or for names found by grammar
  the type and the folded name — so a group name written twice is one
  entity.
* A person mention whose name is part of a longer person name of the
  document — the family name alone (``الصالح``, ``Saleh``), first and last
  name (``Recep Erdoğan``) — or a spelling variant of it (``Abdel Basit
  as-Sarout`` / ``Abdel Baset al-Sarout``) joins that person when exactly
  one person matches. When several do (``Maarati`` with Manaf and Mustafa
  Maarati in the text), each such mention joins the one of them mentioned
  last before it, and stays an entity of its own when none was.
* Two group names found by grammar (not in the actors table) that are
  spellings of one name (``Homs al-Adiya Brigades`` / ``Homs al-Adiyyeh
  Brigade``: as many words, the whole alike, numbers equal) are one entity.

Entity ids are ``e1``, ``e2``… in order of first mention; ``names`` holds
every distinct surface form in document order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TypeVar

from rapidfuzz.fuzz import ratio

from marsad.extract.context import Located
from marsad.records import Entity, Mention

_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
_APOSTROPHES = re.compile("['’‘`´ʿʾʻʼ]")
_SPLIT = re.compile(r"[\s\-\u2010-\u2015]+")
_OPENS_PARENTHESIS = re.compile(r"[\s\"“”«»']*\([\s\"“”«»']*")
_CLOSES_PARENTHESIS = re.compile(r"[\s\"“”«»']*\)")
_LATIN_ARTICLES = frozenset({"al", "el", "as", "ash", "ad", "adh", "an", "ar", "at", "az"})
_VARIANT = 80.0
"""Least rapidfuzz ratio of two name parts that are spellings of one another."""
_WORD_ALIKE = 60.0
_NAME_ALIKE = 85.0
"""Least ratios of words and of whole names for two group names to be one spelling."""
_TABLE_SOURCES = ("dictionary", "gazetteer")
T = TypeVar("T")


def build_entities(
    mentions: Sequence[Mention], text: str
) -> tuple[tuple[Entity, ...], tuple[Located, ...]]:
    """The entities of a document's ``mentions`` (spans into ``text``, the normalised
    text) and each mention with its entity id."""
    owner = group_by_key(mentions)
    join_persons(mentions, owner)
    join_group_spellings(mentions, owner)
    join_parenthesised(mentions, owner, text)
    groups: dict[int, list[int]] = {}
    for index, group in enumerate(owner):
        groups.setdefault(group, []).append(index)
    ordered = sorted(groups.values(), key=lambda members: members[0])
    ids: dict[int, str] = {}
    entities: list[Entity] = []
    for number, members in enumerate(ordered, start=1):
        entity_id = f"e{number}"
        ids.update((index, entity_id) for index in members)
        entities.append(make_entity(entity_id, [mentions[i] for i in members]))
    located = tuple(Located(mention, ids[i]) for i, mention in enumerate(mentions))
    return tuple(entities), located


def group_by_key(mentions: Sequence[Mention]) -> list[int]:
    """For each mention, the index of the first mention with its key."""
    first: dict[str, int] = {}
    return [first.setdefault(mention.key, index) for index, mention in enumerate(mentions)]


def name_parts(surface: str) -> tuple[str, ...]:
    """The words of a name, folded, without articles: ``Jamil al-Saleh`` → (jamil, saleh)."""
    text = unicodedata.normalize("NFKD", surface)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _APOSTROPHES.sub("", text.translate(_FOLDS))
    parts: list[str] = []
    for word in _SPLIT.split(text):
        if not word or word in _LATIN_ARTICLES:
            continue
        parts.append(word[2:] if word.startswith("ال") and len(word) > 4 else word)
    return tuple(parts)


def covers(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether ``shorter`` names the same person as ``longer``.

    Either it is a shorter run of its words in order ending with the family
    name, or it has as many words and each is a spelling variant of the other's.
    """
    if not shorter or len(shorter) > len(longer):
        return False
    if len(shorter) == len(longer):
        return all(ratio(a, b) >= _VARIANT for a, b in zip(shorter, longer, strict=True))
    if shorter[-1] != longer[-1]:
        return False
    words = iter(longer)
    return all(part in words for part in shorter)


def join_persons(mentions: Sequence[Mention], owner: list[int]) -> None:
    """Move person mentions of partial names into the person they name (see the docstring)."""
    groups = sorted({g for i, g in enumerate(owner) if mentions[i].type == "person"})
    parts = {g: longest_parts(mentions, owner, g) for g in groups}
    order = {g: (len(parts[g]), g) for g in groups}
    for group in sorted(groups, key=order.__getitem__):
        members = [i for i, g in enumerate(owner) if g == group]
        if not members:
            continue
        # Only later groups in this order: two spellings of one name join once.
        candidates = [
            other
            for other in groups
            if order[other] > order[group]
            and len(parts[other]) >= 2
            and covers(parts[other], parts[group])
        ]
        candidates = sorted({owner[other] for other in candidates} - {group})
        if len(candidates) == 1:
            for index in members:
                owner[index] = candidates[0]
            continue
        for index in members:
            nearest = nearest_before(mentions, owner, candidates, index)
            if nearest is not None:
                owner[index] = nearest


def join_group_spellings(mentions: Sequence[Mention], owner: list[int]) -> None:
    """Join actor groups found only by grammar whose names are spellings of one another."""
    members: dict[int, list[int]] = {}
    for index, group in enumerate(owner):
        if mentions[index].type == "actor":
            members.setdefault(group, []).append(index)
    parts = {
        group: max((name_parts(mentions[i].surface) for i in indexes), key=len)
        for group, indexes in members.items()
        if all(mentions[i].source not in _TABLE_SOURCES for i in indexes)
    }
    untabled = list(parts)
    for position, group in enumerate(untabled):
        earlier = next((e for e in untabled[:position] if alike(parts[e], parts[group])), None)
        if earlier is not None:
            for index in members[group]:
                owner[index] = owner[earlier]


def join_parenthesised(mentions: Sequence[Mention], owner: list[int], text: str) -> None:
    """Join a group name found by grammar to one in parentheses right after it, also
    found by grammar: "Fajr al-Shamal" (Northern Dawn) and Liwa X ("X Brigade") name
    one group twice. Names
    from the actors table are left apart ("the Hamza Division (SNA)" is no alias)."""
    for at in range(1, len(mentions)):
        left, right = mentions[at - 1], mentions[at]
        if not (left.type == right.type == "actor") or {left.source, right.source} & set(
            _TABLE_SOURCES
        ):
            continue
        opens = _OPENS_PARENTHESIS.fullmatch(text[left.span.end : right.span.start])
        closes = _CLOSES_PARENTHESIS.match(text, right.span.end)
        if opens and closes:
            gone, kept = owner[at], owner[at - 1]
            owner[:] = [kept if group == gone else group for group in owner]


def alike(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Two group names of as many words, alike as a whole, with equal numbers."""
    if not one or len(one) != len(other):
        return False
    for a, b in zip(one, other, strict=True):
        digits = any(ch.isdigit() for ch in a + b)
        if (digits and a != b) or ratio(a, b) < _WORD_ALIKE:
            return False
    return ratio(" ".join(one), " ".join(other)) >= _NAME_ALIKE


def longest_parts(mentions: Sequence[Mention], owner: list[int], group: int) -> tuple[str, ...]:
    """The name parts of the longest name among a group's mentions."""
    names = [name_parts(m.surface) for i, m in enumerate(mentions) if owner[i] == group]
    return max(names, key=len, default=())


def nearest_before(
    mentions: Sequence[Mention], owner: list[int], candidates: Sequence[int], index: int
) -> int | None:
    """The candidate group with the latest mention before mention ``index``."""
    start = mentions[index].span.start
    best: tuple[int, int] | None = None
    for group in candidates:
        target = owner[group]
        for i, mention in enumerate(mentions):
            later = best is None or mention.span.start > best[0]
            if owner[i] == target and mention.span.start < start and later:
                best = (mention.span.start, target)
    return best[1] if best else None


def make_entity(entity_id: str, members: Sequence[Mention]) -> Entity:
    """One entity of ``members`` (in document order)."""
    best = min(
        range(len(members)),
        key=lambda i: (
            members[i].source not in _TABLE_SOURCES,
            -len(name_parts(members[i].surface)),
            i,
        ),
    )
    names: list[str] = []
    for mention in members:
        if mention.surface not in names:
            names.append(mention.surface)
    head = members[best]
    return Entity(
        id=entity_id,
        type=head.type,
        canonical=head.canonical,
        names=tuple(names),
        mentions=tuple(m.span for m in members),
        rank=first_value([m.rank for m in members]),
        admin1=first_value([m.admin1 for m in members]),
        feature=first_value([m.feature for m in members]),
        lat=first_value([m.lat for m in members]),
        lon=first_value([m.lon for m in members]),
        key=head.key,
    )


def first_value(values: Sequence[T | None]) -> T | None:
    """The first value that is not None."""
    return next((value for value in values if value is not None), None)
