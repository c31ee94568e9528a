"""Rural regions around governorates: ريف حماة الشمالي, northern Hama, north of Hama.

Rule 1 of :mod:`marsad.extract.places`: a governorate with a countryside word
and/or a compass word becomes a countryside region; the country with a compass
word a region of the country. Dual and plural countryside words spread over the
governorates coordinated after them, and an elliptical conjunct (ريف حماة
الشمالي والشرقي) is a region of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from marsad.extract.gazetteer import PlaceEntry
from marsad.extract.matcher import PhraseMatch
from marsad.extract.place_context import (
    ADMIN_FEATURES,
    NOT_POPULATED,
    FoundPlace,
    PlaceDoc,
    is_arabic_at,
    next_item,
)


@dataclass(frozen=True, slots=True)
class _Side:
    """What stands beside a governorate: where the region starts or ends, and its words."""

    index: int
    direction: str | None = None
    region: bool = False
    plural: bool = False


def find_regions(doc: PlaceDoc) -> Iterator[FoundPlace]:
    for matches in doc.places.values():
        yield from _regions_at(doc, matches[0])


def _regions_at(doc: PlaceDoc, match: PhraseMatch[PlaceEntry]) -> Iterator[FoundPlace]:
    admin = next((e for e in match.values if e.feature in ADMIN_FEATURES), None)
    left = _region_left(doc, match.first)
    if admin is None:
        populated = [e for e in match.values if e.feature not in NOT_POPULATED]
        if left.region and not left.direction and populated:
            city = max(populated, key=lambda e: e.population or 0)
            yield from filter(None, [_region(city, left.index, match.last, None)])
        return
    whole = doc.place_at(left.index)
    if left.index < match.first and whole is not None and whole.last >= match.last:
        return  # ريف دمشق is a governorate's own name
    right = _region_right(doc, match.last)
    parts = [(left.index, right, admin)]
    if left.plural:
        parts += _coordinated_regions(doc, right.index)
    plural = parts[-1][1].direction if parts[-1][1].plural else None
    if not (left.direction or left.region or right.direction or right.region):
        return
    for first, side, entry in parts:
        found = _region(entry, first, side.index, side.direction or left.direction or plural)
        if found is not None:
            yield found
    if right.direction and not right.plural:
        yield from _elliptical_regions(doc, right.index, admin)


def _region(entry: PlaceEntry, first: int, last: int, direction: str | None) -> FoundPlace | None:
    if entry.feature == "country":
        if direction is None:
            return None
        name, feature = f"{direction} {entry.canonical}", "region"
    else:
        name = f"{entry.canonical} countryside"
        name, feature = (f"{direction} {name}" if direction else name), "countryside"
    return FoundPlace(first, last, canonical=name, feature=feature, admin1=entry.admin1,
                  source="cue", rank=0)  # fmt: skip


def _region_left(doc: PlaceDoc, first: int) -> _Side:
    """Compass and countryside words before a governorate (at most one of each)."""
    index, direction, region, plural = first, None, False, False
    spaced = doc.cue_ending(first - 1, "direction")
    if spaced and doc.has_article(spaced[0].first) and "ل" in doc.prefixes(first):
        rural = doc.cue_ending(spaced[0].first - 1, "region", "region_plural")
        if rural and doc.joined(rural[0].last, spaced[0].first):  # الريف الشمالي لحماة
            return _Side(rural[0].first, spaced[1].value, True, rural[1].kind == "region_plural")
    for _ in range(2):
        cue = doc.cue_ending(index - 1, "direction", "region", "region_plural")
        if cue is None or not doc.joined(index - 1, index):
            break
        match, word = cue
        if word.kind == "direction":
            if direction or (is_arabic_at(doc, match.first) and doc.has_article(match.first)):
                break
            direction = word.value
        elif region:
            break
        else:
            region, plural = True, word.kind == "region_plural"
        index = match.first
    return _Side(index, direction, region, plural)


def _region_right(doc: PlaceDoc, last: int) -> _Side:
    """A compass adjective (with the article) and/or "countryside" after a governorate."""
    index, direction, plural = last, None, False
    cue = doc.cue_at(last + 1, "direction", "direction_plural")
    if cue and doc.joined(last, last + 1):
        match, word = cue
        if not is_arabic_at(doc, match.first):
            after = doc.cue_at(match.last + 1, "region_after")
            if after:
                return _Side(after[0].last, word.value, True)
        elif doc.has_article(match.first):
            index, direction, plural = match.last, word.value, word.kind == "direction_plural"
    after = doc.cue_at(index + 1, "region_after")
    if after and doc.joined(index, index + 1):
        return _Side(after[0].last, direction, True, plural)
    return _Side(index, direction, False, plural)


def _coordinated_regions(doc: PlaceDoc, end: int) -> list[tuple[int, _Side, PlaceEntry]]:
    """Governorates coordinated after a dual countryside word: ريفي حماة وإدلب."""
    parts: list[tuple[int, _Side, PlaceEntry]] = []
    while (start := next_item(doc, end)) is not None:
        match = doc.place_at(start)
        entry = (
            next((e for e in match.values if e.feature == "governorate"), None) if match else None
        )
        if match is None or entry is None:
            break
        side = _region_right(doc, match.last)
        parts.append((start, side, entry))
        end = side.index
    return parts


def _elliptical_regions(doc: PlaceDoc, end: int, admin: PlaceEntry) -> Iterator[FoundPlace]:
    """ريف حماة الشمالي والشرقي: the second compass word is a region of its own."""
    while (start := next_item(doc, end)) is not None:
        cue = doc.cue_at(start, "direction")
        if cue is None or not doc.has_article(start) or doc.place_at(cue[0].last + 1):
            return
        found = _region(admin, start, cue[0].last, cue[1].value)
        if found is None:
            return
        yield found
        end = cue[0].last
