"""Person mentions: known persons, names after ranks and titles, name shapes, bylines.

1. **Dictionary** — ``persons.tsv``; a rank or title right before one gives it rank or role.
2. **Ranks, titles, cues** (``ranks.tsv``) — ``الرائد / Maj.`` + name → rank ``Major``;
   ``المتحدث / spokesman`` + name → role; ``يدعى`` + name. A title before a rank gives
   the role, with only actor names and link words between them (``spokesman Capt. X``,
   ``المتحدث باسم الجبهة الوطنية للتحرير النقيب X``).
3. **Name shapes** — a given name of ``persons.tsv`` opening two or more name words
   (``مصطفى سيجري``, ``Abdel Baset al-Sarout``); a kunya (``أبو / Abu``) must be followed
   by a given name (``أبو الظهور`` is no person).
4. **Bylines** (:mod:`marsad.extract.bylines`) — near the start or end, a line that is
   only a name starting with a given name or followed by a ``مراسل / correspondent``
   line; a line starting ``بقلم / By``; names after "by" in a short credit line.
5. **Repeats** — full names again without their rank; the family name alone (``الصالح``,
   ``Saleh``) where written alike (``لصالح`` "for the benefit of" is not ``الصالح``).

A name reads Arabic words without clitics (the article only): at most two without the
article, then one with it (``عبد الباسط``, ``نور الدين`` and ``بن`` go on); Latin
capitalised and ``al-`` words. It stops at punctuation, quotes, boundary words, ranks,
titles and group words. Words of names in the actors table are never persons.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace

from marsad.extract.actors import find_words, known_actor_tokens
from marsad.extract.bylines import find_bylines
from marsad.extract.matcher import PhraseMatch, TokenStream
from marsad.extract.names import (
    NameResources,
    PersonEntry,
    RankEntry,
    articled,
    breaks_before,
    find_listed,
    fold_stream,
    is_arabic,
    is_boundary,
    joined,
    latin_name_word,
    surface_of,
    word_of,
)
from marsad.extract.person_grammar import (
    PersonName,
    Reading,
    boundary,
    can_start,
    is_given,
    read_arabic_name,
    read_latin_name,
    read_name,
)
from marsad.records import Mention

__all__ = [
    "PersonName",
    "Reading",
    "accepts",
    "boundary",
    "can_start",
    "cue_entry",
    "find_known_persons",
    "find_person_mentions",
    "find_ranked",
    "find_repeats",
    "find_shaped",
    "is_given",
    "is_link",
    "occurrences",
    "person_mention",
    "preceding_role",
    "read_arabic_name",
    "read_latin_name",
    "read_name",
    "shaped_at",
    "spreads_family",
    "written_like",
]

_ROLE_REACH = 8


def find_person_mentions(stream: TokenStream, resources: NameResources) -> list[Mention]:
    """Every person named in ``stream`` (see the module docstring)."""
    folded = fold_stream(stream)
    cues = tuple(find_listed(resources.ranks, stream, folded))
    groups = find_words(stream, folded, resources, {"group", "group-strict"})
    stops = {m.first for m in cues if not in_family_name(stream, folded, resources, m)}
    stops |= {m.first for m in groups}
    taken = known_actor_tokens(stream, folded, resources)
    links = {i for m in cues if is_link(m) for i in range(m.first, m.last + 1)}
    reading = Reading(stream, folded, resources, frozenset(stops), cues, frozenset(taken | links))
    known = find_known_persons(reading, taken)
    taken |= {i for first, last in known for i in range(first, last + 1)}
    names: list[PersonName] = []
    for name in [*find_ranked(reading, known), *find_shaped(reading), *find_bylines(reading)]:
        if not taken.intersection(range(name.first, name.last + 1)):
            names.append(name)
            taken.update(range(name.first, name.last + 1))
    spread = names + [PersonName(first, last) for first, last in known]
    names += find_repeats(reading, spread, taken)
    found = list(known.values()) + [person_mention(reading, name) for name in names]
    return with_aliases(stream, cues, sorted(found, key=lambda m: m.span.start))


ALIAS_GAP = 0
"""Tokens between a person's name and an alias cue ("X, known as Y"): a comma only."""


def with_aliases(
    stream: TokenStream, cues: Sequence[PhraseMatch[RankEntry]], found: list[Mention]
) -> list[Mention]:
    """``found`` with a name given right after another person's name and an alias cue
    ("Fadi Radwan, known as Abu Yamen", الملقب) made that person's: one entity.
    المدعو / "named" only introduce a name (وشقيقه المدعو X is someone else)."""
    starts = [token.span.start for token in stream.text.tokens]
    named = {c.last: c for c in cues if any(entry.kind == "alias" for entry in c.values)}
    result: list[Mention] = []
    for mention in found:
        cue = named.get(bisect_left(starts, mention.span.start) - 1)
        owner = None
        if cue is not None:
            owner = next(
                (
                    m
                    for m in reversed(result)
                    if 0 <= cue.first - bisect_right(starts, m.span.end - 1) <= ALIAS_GAP
                ),
                None,
            )
        if owner is not None:
            mention = replace(mention, canonical=owner.canonical, key=owner.key)
        result.append(mention)
    return result


def is_link(cue: PhraseMatch[RankEntry]) -> bool:
    return any(entry.kind == "link" for entry in cue.values)


def find_known_persons(reading: Reading, blocked: set[int]) -> dict[tuple[int, int], Mention]:
    """Mentions of the persons table by their first and last token."""
    stream, folded = reading.stream, reading.folded
    found: dict[tuple[int, int], Mention] = {}
    for match in find_listed(reading.resources.persons, stream, folded):
        if blocked.intersection(range(match.first, match.last + 1)):
            continue
        entry: PersonEntry = match.values[0]
        found[(match.first, match.last)] = Mention(
            span=stream.span(match.first, match.last),
            type="person",
            surface=surface_of(stream, match.first, match.last),
            canonical=entry.canonical,
            key=entry.key,
            source="dictionary",
            rank=entry.rank,
        )
    return found


def find_ranked(reading: Reading, known: dict[tuple[int, int], Mention]) -> Iterator[PersonName]:
    """Names after ranks, titles and cues; a known person after one gains rank or role."""
    starts = {first: (first, last) for first, last in known}
    cues = reading.cues
    opening = {cue.first for cue in cues if cue_entry(reading, cue) is not None}
    for index, cue in enumerate(cues):
        entry = cue_entry(reading, cue)
        start = cue.last + 1
        if entry is None or start >= len(reading.stream.keys) or start in reading.stops:
            continue
        if start in opening:
            continue  # another rank or title follows (اللواء العقيد X): it opens the name
        if in_compound_name(reading, cue):
            continue  # أحمد الشيخ حسن: part of a name, not a title before one
        if breaks_before(reading.stream, start):
            continue
        role = preceding_role(reading, index)
        rank = entry.label if entry.kind == "rank" else None
        role = entry.label if entry.kind == "title" else role
        if start in starts:
            where = starts[start]
            old = known[where]
            known[where] = replace(old, rank=rank or old.rank, role=role or old.role)
            continue
        parts = read_name(reading, start, single=entry.kind == "rank")
        if parts and accepts(reading, entry, parts):
            yield PersonName(parts[0], parts[-1], rank, role)


def in_compound_name(reading: Reading, cue: PhraseMatch[RankEntry]) -> bool:
    """Whether a title that also heads family names (الشيخ) follows a given name: then
    it goes on with the name (أحمد الشيخ حسن) and opens none."""
    at = cue.first
    if reading.folded.keys[at] not in reading.resources.compounds or at == 0:
        return False
    return is_given(reading, at - 1, True) and in_family_name(
        reading.stream, reading.folded, reading.resources, cue
    )


def in_family_name(
    stream: TokenStream,
    folded: TokenStream,
    resources: NameResources,
    cue: PhraseMatch[RankEntry],
) -> bool:
    """Whether a one-word rank with the article ends a name instead of opening one
    (Adnan al-Sheikh Ali, عبد الرحمن الشيخ): a name word stands right before it."""
    at = cue.first
    if cue.last != at or at == 0 or not articled(stream, folded, at):
        return False
    before = word_of(stream, at - 1)
    named = before[:1].isupper() or is_arabic(before)
    if not named or not joined(stream, at - 1, at):
        return False
    return not is_boundary(stream, folded, resources, at - 1)


def cue_entry(reading: Reading, cue: PhraseMatch[RankEntry]) -> RankEntry | None:
    """The rank, title or cue reading of a match (a Latin rank must be capitalised)."""
    for entry in cue.values:
        if entry.kind not in ("rank", "title", "cue", "alias"):
            continue
        word = word_of(reading.stream, cue.first)
        if entry.kind == "rank" and not is_arabic(word) and not word[0].isupper():
            continue
        return entry
    return None


def preceding_role(reading: Reading, index: int) -> str | None:
    """The role of the title before cue ``index``, with only actor names and link words
    between them (``spokesman Capt.``, ``المتحدث باسم الجبهة الوطنية للتحرير النقيب``)."""
    cue = reading.cues[index]
    for before in reversed(reading.cues[:index]):
        if cue.first - before.last > _ROLE_REACH:
            return None
        if is_link(before):
            continue
        between = range(before.last + 1, cue.first)
        if not joined(reading.stream, before.last, cue.first) or any(
            i not in reading.linking for i in between
        ):
            return None
        titles = [entry.label for entry in before.values if entry.kind == "title"]
        return titles[0] if titles else None
    return None


def accepts(reading: Reading, entry: RankEntry, parts: list[int]) -> bool:
    """Whether ``parts`` after ``entry`` are a name: a title needs a name-shaped one."""
    folded = reading.folded
    if folded.keys[parts[0]] in reading.resources.ordinals:
        return False
    if entry.kind != "title":
        return not lone_word(reading, parts)
    if is_given(reading, parts[0], words=True) or folded.keys[parts[0]] in reading.resources.kunyas:
        return True
    latin = not is_arabic(word_of(reading.stream, parts[0]))
    return len(parts) >= 2 and (latin or articled(reading.stream, folded, parts[-1]))


def lone_word(reading: Reading, parts: list[int]) -> bool:
    """Whether a rank is followed by one Arabic word that is neither a given name nor a
    family name with the article (اللواء إعفاء قائده: "the brigade's dismissal of…")."""
    if len(parts) != 1 or not is_arabic(word_of(reading.stream, parts[0])):
        return False
    articled_name = articled(reading.stream, reading.folded, parts[0])
    return not articled_name and not is_given(reading, parts[0], words=True)


def find_shaped(reading: Reading) -> Iterator[PersonName]:
    """Names that start with a given name, or a kunya followed by one."""
    stream = reading.stream
    index = 0
    while index < len(stream.keys):
        parts = shaped_at(reading, index)
        if len(parts) >= 2:
            # A definite Arabic family name found without a cue is often a nisba
            # adjective (الشمالي), so it is not looked for alone.
            last = parts[-1]
            nisba = is_arabic(word_of(stream, last)) and articled(stream, reading.folded, last)
            yield PersonName(parts[0], last, spreads=not nisba)
            index = parts[-1]
        index += 1


def shaped_at(reading: Reading, index: int) -> list[int]:
    """The name starting at ``index`` if it starts with a given name or a kunya."""
    stream, folded = reading.stream, reading.folded
    word = word_of(stream, index)
    arabic = is_arabic(word)
    if arabic and articled(stream, folded, index):
        return []
    if not arabic and not word[0].isupper():
        return []
    kunya = folded.keys[index] in reading.resources.kunyas
    if not kunya and not is_given(reading, index, words=False):
        return []
    parts = read_arabic_name(reading, index, True) if arabic else read_latin_name(reading, index)
    if kunya and (len(parts) < 2 or not is_given(reading, parts[1], words=True)):
        return []
    return parts


def find_repeats(reading: Reading, names: list[PersonName], taken: set[int]) -> list[PersonName]:
    """Full names found again, and family names alone, outside ``taken``."""
    folded = reading.folded
    positions: dict[str, list[int]] = {}
    for index, key in enumerate(folded.keys):
        positions.setdefault(key, []).append(index)
    wanted: dict[tuple[tuple[str, ...], int | None], None] = {}
    for name in names:
        if name.last > name.first:
            wanted[(folded.keys[name.first : name.last + 1], None)] = None
    for name in names:
        if name.spreads and name.last > name.first and spreads_family(reading, name.last):
            wanted.setdefault(((folded.keys[name.last],), name.last), None)
    found: list[PersonName] = []
    for keys, like in wanted:
        starts = positions.get(keys[0], [])
        found += occurrences(reading, keys, starts, taken, like)
    return found


def spreads_family(reading: Reading, index: int) -> bool:
    """Whether the family name at ``index`` may be recognised alone."""
    key = reading.folded.keys[index]
    if boundary(reading, index) or len(key) < 3:
        return False
    return articled(reading.stream, reading.folded, index) or not is_given(reading, index, True)


def occurrences(
    reading: Reading, keys: tuple[str, ...], starts: list[int], taken: set[int], like: int | None
) -> list[PersonName]:
    """Where ``keys`` occur again (from ``starts``); with ``like``, written like that word."""
    folded = reading.folded
    found: list[PersonName] = []
    for first in starts:
        last = first + len(keys) - 1
        if folded.keys[first : last + 1] != keys or taken.intersection(range(first, last + 1)):
            continue
        if like is not None and not written_like(reading, first, like):
            continue
        found.append(PersonName(first, last, source="alias", spreads=False))
        taken.update(range(first, last + 1))
    return found


def written_like(reading: Reading, index: int, model: int) -> bool:
    """A lone family name: a Latin name word, or Arabic with the same article and no preposition."""
    stream, folded = reading.stream, reading.folded
    word = word_of(stream, index)
    if not is_arabic(word):
        return latin_name_word(word) and not word[0].isdigit()
    if articled(stream, folded, index) != articled(stream, folded, model):
        return False
    return not any(ch in "بلك" for ch in stream.text.tokens[index].prefixes.replace("ال", ""))


def person_mention(reading: Reading, name: PersonName) -> Mention:
    """The mention of a name found by the grammar."""
    stream, folded = reading.stream, reading.folded
    surface = surface_of(stream, name.first, name.last)
    return Mention(
        span=stream.span(name.first, name.last),
        type="person",
        surface=surface,
        canonical=surface,
        key="person:" + " ".join(folded.keys[name.first : name.last + 1]),
        source=name.source,
        rank=name.rank,
        role=name.role,
    )
