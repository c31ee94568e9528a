"""Places named by a descriptor (قرية X, "village of X", "X area") and bare gazetteer names.

Rules 2 and 3 of :mod:`marsad.extract.places`: a descriptor makes the name
after (or, in English, before) it a place whatever it is; a bare gazetteer
name passes a gate on how common its words are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from marsad.extract.gazetteer import PlaceEntry
from marsad.extract.matcher import PhraseMatch
from marsad.extract.name_shapes import LATIN_ARTICLE, word_of
from marsad.extract.place_context import (
    ADMIN_FEATURES,
    BIG_PLACE,
    CHAIN_ZIPF,
    COMMON_ZIPF,
    LATIN_UNKNOWN_ZIPF,
    RARE_ZIPF,
    SHORT_NAME,
    UNKNOWN_ZIPF,
    WORD_ZIPF,
    FoundPlace,
    PlaceCue,
    PlaceDoc,
    alone_on_line,
    bare_name,
    capitalised,
    is_arabic_at,
    latin_extent_left,
    locative_before,
    name_letters,
    name_zipf,
    next_item,
    previous_item,
    unknown_extent,
    unknown_limit,
    unknown_name,
    village_level,
)
from marsad.records import MentionSource

SETTLEMENTS = frozenset({"village", "town", "city", "neighbourhood"})
"""Descriptors of inhabited places: a definite word after them is a name (بلدة الصور)."""


def find_described(doc: PlaceDoc) -> Iterator[FoundPlace]:
    tokens = doc.stream.text.tokens
    for matches in doc.cues.values():
        for match in matches:
            if tokens[match.last].suffix:
                continue
            for cue in match.values:
                yield from _described(doc, match, cue)


def _described(doc: PlaceDoc, match: PhraseMatch[PlaceCue], cue: PlaceCue) -> Iterator[FoundPlace]:
    if cue.kind in ("descriptor_after", "named_after"):
        found = _described_before(doc, match, cue)
    elif cue.kind == "region_name":
        found = FoundPlace(match.first, match.last, canonical=cue.value, feature=cue.feature,
                       source="cue", rank=0)  # fmt: skip
    elif cue.kind not in ("descriptor", "list", "named", "name_part"):
        found = None
    elif is_arabic_at(doc, match.first) and doc.has_article(match.first):
        found = None  # المدينة: "the city", not a city's name
    elif cue.kind == "name_part":
        found = _name_part(doc, match, cue)
    elif cue.kind == "named":
        found = _named(doc, match, cue)
    else:
        items = _listed(doc, match.last + 1, cue, cue.kind == "list")
        yield from items
        return
    if found is not None:
        yield found


def _listed(doc: PlaceDoc, start: int, cue: PlaceCue, many: bool) -> list[FoundPlace]:
    items: list[FoundPlace] = []
    if not doc.tight(start - 1, start):
        return items
    item = _item_at(doc, start, cue)
    while item is not None:
        items.append(item)
        start_next = next_item(doc, item.last) if many else None
        item = _item_at(doc, start_next, cue) if start_next is not None else None
    return items


def _item_at(doc: PlaceDoc, start: int, cue: PlaceCue) -> FoundPlace | None:
    """The place named at ``start`` after a descriptor: a gazetteer entry or a new name."""
    match = doc.place_at(start)
    feature = cue.feature or None
    if match is not None and not article_follows(doc, match.last):
        return FoundPlace(
            start, match.last, match.values, feature=feature, prefer=cue.feature, rank=1
        )
    last = unknown_extent(doc, start, described=True)
    if last is None:
        return None
    # بلدة الصور: after an indefinite Arabic descriptor a definite word is a name
    # (an adjective would be indefinite), however common the word is.
    settled = cue.feature in SETTLEMENTS
    construct = settled and is_arabic_at(doc, start) and doc.has_article(start)
    if not construct and name_zipf(doc, start, last) >= unknown_limit(doc, start):
        return None
    if cue.value == "definite" and is_arabic_at(doc, start) and not doc.has_article(start):
        return None  # منطقة عسكرية: an adjective, not a name
    return FoundPlace(start, last, canonical=unknown_name(doc, start, last), feature=feature,
                  source="cue", rank=1)  # fmt: skip


def article_follows(doc: PlaceDoc, last: int) -> bool:
    """Whether an "al-" word goes on from a Latin gazetteer name (the village of Mlaiha
    al-Atash): the name is longer than the entry, so it is another place."""
    after = last + 1
    if after >= len(doc.stream.keys) or is_arabic_at(doc, after) or not doc.joined(last, after):
        return False
    return LATIN_ARTICLE.match(word_of(doc.stream, after).lower()) is not None


def _named(doc: PlaceDoc, match: PhraseMatch[PlaceCue], cue: PlaceCue) -> FoundPlace | None:
    """حاجز البويضة, مطار حماة العسكري: the descriptor stays in the mention and its name."""
    start = match.last + 1
    if not doc.tight(match.last, start):
        return None
    place = doc.place_at(start)
    last = place.last if place else unknown_extent(doc, start)
    if last is None or (place is None and name_zipf(doc, start, last) >= UNKNOWN_ZIPF):
        return None
    template = cue.value
    modifier = doc.cue_at(last + 1, "modifier")
    if modifier and doc.joined(last, last + 1):
        head, _, tail = template.rpartition(" ")
        template, last = f"{head} {modifier[1].value} {tail}", modifier[0].last
    direction = doc.cue_at(last + 1, "direction_after")
    if direction and doc.joined(last, last + 1):
        # بادية حمص الشرقية: the Eastern Homs desert
        template, last = f"{direction[1].value} {template}", direction[0].last
    if place is not None:
        return FoundPlace(match.first, last, place.values, template=template, feature=cue.feature,
                      source="cue", rank=0)  # fmt: skip
    return FoundPlace(match.first, last, canonical=bare_name(doc, match.first, last),
                  feature=cue.feature, source="cue", rank=0)  # fmt: skip


def _name_part(doc: PlaceDoc, match: PhraseMatch[PlaceCue], cue: PlaceCue) -> FoundPlace | None:
    """تل ملح: the whole phrase is the name, in the gazetteer or not. A Latin name the
    gazetteer knows is left to the gazetteer ("the Kafr Nabl area" keeps its "area")."""
    place = doc.place_at(match.first)
    if place is not None and place.last > match.last and not is_arabic_at(doc, match.first):
        return None
    if place is not None and place.last > match.last:
        return FoundPlace(match.first, place.last, place.values, rank=1)
    last = unknown_extent(doc, match.first)
    if last is None or last <= match.last:
        return None
    zipf = name_zipf(doc, match.last + 1, last)
    context = locative_before(doc, match.first) or previous_item(doc, match.first) >= 0
    if zipf >= UNKNOWN_ZIPF or (zipf >= RARE_ZIPF and not context):
        return None
    return FoundPlace(match.first, last, canonical=bare_name(doc, match.first, last),
                  feature=cue.feature or None, source="cue", rank=1)  # fmt: skip


def _described_before(
    doc: PlaceDoc, match: PhraseMatch[PlaceCue], cue: PlaceCue
) -> FoundPlace | None:
    """English nouns after a name: the Abdeen village, Bab al-Hawa Border Crossing."""
    end = match.first - 1
    if end < 0 or is_arabic_at(doc, end) or not doc.tight(end, match.first):
        return None
    place = doc.place_ending(end)
    first = place.first if place else latin_extent_left(doc, end)
    if first is None or (place is None and name_zipf(doc, first, end) >= LATIN_UNKNOWN_ZIPF):
        return None
    last = end if cue.kind == "descriptor_after" else match.last
    template = "{}" if cue.kind == "descriptor_after" else cue.value
    source: MentionSource = "gazetteer" if cue.kind == "descriptor_after" else "cue"
    if place is not None:
        return FoundPlace(first, last, place.values, template=template, feature=cue.feature,
                      prefer=cue.feature, source=source, rank=1)  # fmt: skip
    name = template.format(unknown_name(doc, first, end))
    return FoundPlace(first, last, canonical=name, feature=cue.feature, source="cue", rank=1)


# --------------------------------------------------------------- bare names


def find_bare(doc: PlaceDoc, chosen: list[FoundPlace]) -> list[FoundPlace]:
    """Add gazetteer names that pass the frequency gate, and words listed after villages."""
    taken = {index for found in chosen for index in range(found.first, found.last + 1)}
    ends = {found.last: found for found in chosen}
    result = list(chosen)
    for start in range(len(doc.stream.keys)):
        if start in taken:
            continue
        found = _bare_at(doc, start, ends, taken) or _chained_at(doc, start, ends)
        if found is not None:
            result.append(found)
            taken.update(range(found.first, found.last + 1))
            ends[found.last] = found
    return sorted(result, key=lambda f: f.first)


def _bare_at(
    doc: PlaceDoc, start: int, ends: dict[int, FoundPlace], taken: set[int]
) -> FoundPlace | None:
    for match in doc.places.get(start, ()):
        if taken.isdisjoint(range(match.first, match.last + 1)) and _bare_ok(doc, match, ends):
            return FoundPlace(match.first, match.last, match.values)
    return None


def _bare_ok(doc: PlaceDoc, match: PhraseMatch[PlaceEntry], ends: dict[int, FoundPlace]) -> bool:
    arabic = is_arabic_at(doc, match.first)
    if not arabic and not capitalised(doc, match.first):
        return False
    if any(entry.feature in ADMIN_FEATURES for entry in match.values):
        return not (arabic and doc.has_article(match.first) and not _has_article(match.values))
    zipf = name_zipf(doc, match.first, match.last)
    context = (
        locative_before(doc, match.first)
        or previous_item(doc, match.first) in ends
        or alone_on_line(doc, match.first, match.last)
    )
    if not arabic and not context and _in_proper_noun(doc, match.first, match.last):
        return False
    if zipf >= WORD_ZIPF:
        return False
    if zipf >= COMMON_ZIPF:
        return context and max(e.population or 0 for e in match.values) >= BIG_PLACE
    if zipf >= RARE_ZIPF or name_letters(doc, match.first, match.last) <= SHORT_NAME:
        return context
    return True


def _has_article(entries: Iterable[PlaceEntry]) -> bool:
    """Some Arabic name of ``entries`` starts with the article (السورية is not سورية)."""
    return any(name.startswith("ال") for entry in entries for name in entry.names)


def _in_proper_noun(doc: PlaceDoc, first: int, last: int) -> bool:
    """A Latin name that is part of a longer capitalised name (Hayat Tahrir al-Sham)."""
    before = doc.tight(first - 1, first) and capitalised(doc, first - 1)
    return before or (doc.tight(last, last + 1) and capitalised(doc, last + 1))


def closes_list(doc: PlaceDoc, start: int, last: int) -> bool:
    """Whether a Latin list item is the one "and" opens, or another item follows it: in
    "Nashabiyah, Otaya and Hazrama" both are places, in "Nashabiyah, Qaddour told" not."""
    return doc.cue_at(start - 1, "conjunction") is not None or next_item(doc, last) is not None


def _chained_at(doc: PlaceDoc, start: int, ends: dict[int, FoundPlace]) -> FoundPlace | None:
    """An unknown rare word coordinated after a village: قرية عطشان والحسيان, "from
    Nashabiyah, Otaya and Hazrama"."""
    if start - 1 not in ends and start - 2 not in ends:
        return None  # the item before a list item ends one or two tokens back
    before = ends.get(previous_item(doc, start) if start else -1)
    if before is None or not village_level(before):
        return None
    last = unknown_extent(doc, start)
    if last is None:
        return None
    latin = capitalised(doc, start) and closes_list(doc, start, last)
    if not (is_arabic_at(doc, start) or latin) or name_zipf(doc, start, last) >= CHAIN_ZIPF:
        return None
    return FoundPlace(start, last, canonical=unknown_name(doc, start, last), source="cue", rank=2)
