"""Actor mentions: the actors table first, then group names read off group-type words.

1. **Dictionary** — every name of ``actors.tsv`` (folded, shape-checked,
   not cut by punctuation). A descriptor written right before a known name
   is kept in the mention (``فصيل جيش العزة``).
2. **Grammar** — a group-type word of ``group_words.tsv`` and the name it
   heads:

   * Arabic ``جيش/لواء/فيلق… + name``: up to two words without the article,
     then one with it (``لواء شهداء اللطامنة``, ``جيش خالد بن الوليد``); the
     name stops at punctuation, clitics (و ب ل), boundary words (function
     words, verbs, generic adjectives) and numbers, and must hold a word with
     the article or open with a kunya (``كتائب أبو عمارة``). "Strict" words
     that are also ordinary nouns (حركة, فرقة, جبهة) need a proper-name
     construct (``حركة أحرار الشام``).
   * A group word + a number (``الفرقة 17``), or with the article + an
     ordinal (``الفرقة السابعة``).
   * A quoted name after a group word (``غرفة عمليات «…»``) or after a name
     cue that follows one (``غرفة عمليات تحت اسم "…"``).
   * Latin: ``Jaysh al-X``, ``Liwa al-X``, ``Army of X`` and
     ``the X Brigade``, ``the X Front``, ``X Operations Room`` (capitalised
     names only).
3. **Repeats** — a quoted name found in 2 is found again wherever the
   document repeats it (``معركتا "رد الطغيان"``).

The readers of step 2 are in :mod:`marsad.extract.group_grammar`.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.extract.group_grammar import (
    GroupName,
    quoted_end,
    read_arabic_group,
    read_latin_after_head,
    read_latin_before_head,
)
from marsad.extract.matcher import PhraseMatch, TokenStream
from marsad.extract.names import (
    QUOTES,
    ActorEntry,
    NameResources,
    NameWord,
    articled,
    breaks_before,
    find_listed,
    fold_stream,
    gap_before,
    is_arabic,
    latin_name_word,
    surface_of,
    word_of,
)
from marsad.records import Mention

FEMININE = ("ة", "ه")
"""How an Arabic feminine adjective ends (folded or not)."""


def find_actor_mentions(stream: TokenStream, resources: NameResources) -> list[Mention]:
    """Every actor named in ``stream``: known actors, group names, repeated quoted names."""
    folded = fold_stream(stream)
    words = find_listed(resources.words, stream, folded)  # one pass, read by kind below
    known = find_known_actors(stream, folded, resources, words)
    taken = {i for first, last, _ in known for i in range(first, last + 1)}
    names = find_group_names(stream, folded, resources, (taken, words))
    names += find_repeated_names(stream, folded, names, taken)
    found = [mention for _, _, mention in known]
    found += [group_mention(stream, folded, name) for name in names]
    return sorted(found, key=lambda m: m.span.start)


def find_known_actors(
    stream: TokenStream,
    folded: TokenStream,
    resources: NameResources,
    words: Sequence[PhraseMatch[NameWord]],
) -> list[tuple[int, int, Mention]]:
    """Mentions of the actors table (with their first and last token), descriptor
    included; ``words`` are the document's name-grammar words."""
    descriptors = {m.last: m.first for m in of_kinds(words, {"descriptor"})}
    origins = {m.first for m in of_kinds(words, {"origin"})}
    frontiers = of_kinds(words, {"frontier"})
    heads = {
        i for m in of_kinds(words, {"group", "group-strict"}) for i in range(m.first, m.last + 1)
    }
    forces = heads | {m.first for m in of_kinds(words, {"force"})}
    found: list[tuple[int, int, Mention]] = []

    def heads_longer_name(first: int, last: int) -> bool:
        # "the Army of Glory": the head of a longer name, not "the army"
        bare = all(key == "the" for key in stream.keys[first:last])
        return bare and last in heads and names_after_of(stream, last)

    for match in find_listed(resources.actors, stream, folded, heads_longer_name):
        entry: ActorEntry = match.values[0]
        if entry.type == "state" and match.last + 1 in origins:
            continue  # "a missile of US manufacture": where it was made, not who acts
        if entry.type == "state" and on_frontier(stream, frontiers, forces, match):
            continue  # "the Turkish border", الحدود التركية: a line on the map, not who acts
        first = described_from(stream, folded, descriptors, match.first)
        mention = Mention(
            span=stream.span(first, match.last),
            type="actor",
            surface=surface_of(stream, first, match.last),
            canonical=entry.canonical,
            key=entry.key,
            source="dictionary",
            feature=entry.type,
            parent=entry.parent,
        )
        found.append((first, match.last, mention))
    return found


def on_frontier(
    stream: TokenStream,
    frontiers: Sequence[PhraseMatch[NameWord]],
    forces: set[int],
    state: PhraseMatch[ActorEntry],
) -> bool:
    """Whether a frontier word stands beside a state's name, on the side its row gives
    (الحدود التركية; "the Turkish border"), and no group or force word goes with it
    ("Turkish border guards", "border forces", حرس الحدود التركية are the state's). An
    Arabic adjective describes the plural frontier word in the feminine: in حرس
    الحدود التركي it describes the guards."""
    for word in frontiers:
        position = word.values[0].position
        if position == "before" and word.last == state.first - 1:
            guarded = word.first - 1 in forces  # حرس الحدود التركية: the guards are the state's
            return not guarded and word_of(stream, state.last).endswith(FEMININE)
        if position == "after" and word.first == state.last + 1:
            return word.last + 1 not in forces
    return False


def names_after_of(stream: TokenStream, last: int) -> bool:
    """Whether "of" (and "the") and a capitalised name word follow token ``last``
    ("Army of Glory", "Army of the Sunna", "Army of al-Islam")."""
    keys = stream.keys
    if last + 2 >= len(keys) or keys[last + 1] != "of":
        return False
    at = last + 3 if keys[last + 2] == "the" and last + 3 < len(keys) else last + 2
    return latin_name_word(word_of(stream, at))


def described_from(
    stream: TokenStream, folded: TokenStream, descriptors: dict[int, int], first: int
) -> int:
    """Where a known name starts with the descriptor written right before it, if any.

    The descriptor is in construct (``فصيل``, not ``الفصيل``) and the name bears no
    clitic between them (``فصيل جيش العزة``, not ``الفصيل للجيش الحر``), nor a quote.
    """
    start = descriptors.get(first - 1)
    if start is None or breaks_before(stream, first, quotes=True):
        return first  # «»: the quoted words alone are the name (ميليشيا «لواء فاطميون»)
    if articled(stream, folded, first - 1) or stream.text.tokens[first].prefixes not in ("", "ال"):
        return first
    return start


def known_actor_tokens(
    stream: TokenStream, folded: TokenStream, resources: NameResources
) -> set[int]:
    """Token indexes inside names of the actors table (for the other finders to avoid)."""
    matches = find_listed(resources.actors, stream, folded)
    return {i for m in matches for i in range(m.first, m.last + 1)}


def find_words(
    stream: TokenStream, folded: TokenStream, resources: NameResources, kinds: set[str]
) -> list[PhraseMatch[NameWord]]:
    """Matches of the name-grammar words of the given ``kinds``."""
    return of_kinds(find_listed(resources.words, stream, folded), kinds)


def of_kinds(
    words: Sequence[PhraseMatch[NameWord]], kinds: set[str]
) -> list[PhraseMatch[NameWord]]:
    """The matches of ``words`` with their values of the given ``kinds`` only."""
    found: list[PhraseMatch[NameWord]] = []
    for match in words:
        values = tuple(v for v in match.values if v.kind in kinds)
        if values:
            found.append(PhraseMatch(match.first, match.last, values))
    return found


def find_group_names(
    stream: TokenStream,
    folded: TokenStream,
    resources: NameResources,
    found: tuple[set[int], Sequence[PhraseMatch[NameWord]]],
) -> list[GroupName]:
    """Group names headed by group-type words, and quoted names after name cues;
    ``found`` holds the tokens already taken and the document's name-grammar words."""
    taken, words = found
    heads = of_kinds(words, {"group", "group-strict", "quote"})
    names: list[GroupName] = []
    for index, head in enumerate(heads):
        name = read_head(stream, folded, resources, head, heads[:index])
        if name is None or any(i in taken for i in range(name.first, name.last + 1)):
            continue
        names.append(name)
        taken.update(range(name.first, name.last + 1))
    return names


def read_head(
    stream: TokenStream,
    folded: TokenStream,
    resources: NameResources,
    head: PhraseMatch[NameWord],
    before: Sequence[PhraseMatch[NameWord]],
) -> GroupName | None:
    """The group name that ``head`` introduces, if any."""
    word = pick_group_word(head.values)
    if word is None:
        return read_cue(stream, head, before) if is_quote_cue(head) else None
    if is_arabic(word_of(stream, head.first)):
        return read_arabic_group(stream, folded, resources, head, word)
    if word.position == "after":
        return read_latin_before_head(stream, folded, resources, head, word)
    return read_latin_after_head(stream, folded, resources, head, word)


def pick_group_word(values: Sequence[NameWord]) -> NameWord | None:
    """The group-word reading of a matched word, if it has one."""
    for value in values:
        if value.kind in ("group", "group-strict"):
            return value
    return None


def is_quote_cue(head: PhraseMatch[NameWord]) -> bool:
    return any(value.kind == "quote" for value in head.values)


def read_cue(
    stream: TokenStream, cue: PhraseMatch[NameWord], before: Sequence[PhraseMatch[NameWord]]
) -> GroupName | None:
    """A quoted name after a cue (تحت اسم) that follows a group word within eight words,
    with no punctuation between them but a comma right before the cue ("an operations
    room for the northern countryside, called "X"")."""
    groups = [h for h in before if pick_group_word(h.values) and cue.first - h.last <= 8]
    if not groups or cue.last + 1 >= len(stream.keys):
        return None
    head = groups[-1]
    if any(breaks_before(stream, i) for i in range(head.last + 1, cue.first)):
        return None
    if breaks_before(stream, cue.first) and gap_before(stream, cue.first).strip() not in ",،":
        return None
    end = quoted_end(stream, cue.last + 1)
    if end is None:
        return None
    word = pick_group_word(head.values)
    kind = word.type if word else "armed_group"
    return GroupName(cue.last + 1, end, (cue.last + 1, end), kind, quoted=True)


def find_repeated_names(
    stream: TokenStream, folded: TokenStream, names: Sequence[GroupName], taken: set[int]
) -> list[GroupName]:
    """Quoted names found again elsewhere (two words or more, or quoted again)."""
    cores = {
        tuple(folded.keys[name.core[0] : name.core[1] + 1]): name for name in names if name.quoted
    }
    found: list[GroupName] = []
    for core, name in cores.items():
        size = len(core)
        for first in range(len(folded.keys) - size + 1):
            last = first + size - 1
            if folded.keys[first : last + 1] != core or taken.intersection(range(first, last + 1)):
                continue
            quoted = any(ch in QUOTES for ch in gap_before(stream, first))
            if size < 2 and not quoted:
                continue
            found.append(GroupName(first, last, (first, last), name.type, True, "alias"))
            taken.update(range(first, last + 1))
    return found


def group_mention(stream: TokenStream, folded: TokenStream, name: GroupName) -> Mention:
    """The mention of a group name found by the grammar."""
    core_first, core_last = name.core
    return Mention(
        span=stream.span(name.first, name.last),
        type="actor",
        surface=surface_of(stream, name.first, name.last),
        canonical=surface_of(stream, core_first, core_last),
        key="actor:" + " ".join(folded.keys[core_first : core_last + 1]),
        source=name.source,
        feature=name.type,
    )
