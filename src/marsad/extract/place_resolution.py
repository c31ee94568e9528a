"""Which gazetteer entry an ambiguous place name means.

Feature first (a governorate unless a city descriptor stands before it), then
the governorates named in the same sentence, then in the document, then the
governorates of the sentence's unambiguous places, then the distance to the
document's unambiguous places, then population.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from marsad.extract.gazetteer import PlaceEntry
from marsad.extract.matcher import TokenStream
from marsad.extract.place_context import (
    ADMIN_FEATURES,
    NOT_POPULATED,
    SMALL_PLACE,
    FoundPlace,
    PlaceDoc,
    bare_name,
    village_level,
)


@dataclass(frozen=True, slots=True)
class _Context:
    """Where a document is: governorates named per sentence and in all, and known points."""

    sentence: Callable[[int], int]
    named: dict[int, list[tuple[int, str]]]
    counts: Counter[str]
    inferred: dict[int, set[str]]
    anchors: list[tuple[float, float]]

    def named_near(self, found: FoundPlace) -> dict[str, int]:
        """Governorates named in the sentence of ``found``, with their token distance."""
        near: dict[str, int] = {}
        for index, admin1 in self.named.get(self.sentence(found.first), []):
            distance = abs(index - found.first)
            near[admin1] = min(distance, near.get(admin1, distance))
        return near

    def score(self, found: FoundPlace, entry: PlaceEntry) -> tuple[int, ...]:
        admin1 = entry.admin1 or ""
        return (
            _feature_rank(entry, found.prefer),
            -(admin1 in self.named_near(found)),
            -self.counts[admin1],
            -(admin1 in self.inferred.get(self.sentence(found.first), ())),
            round(_distance(entry, self.anchors)),
            -(entry.population or 0),
        )


def resolve_entries(
    doc: PlaceDoc, chosen: list[FoundPlace]
) -> list[tuple[FoundPlace, PlaceEntry | None]]:
    """Each found place with the entry it most likely means (None for names not in the gazetteer).

    Governorates named in the sentence, then in the document (a governorate,
    a region of it), then governorates of the unambiguous places of the
    sentence, then the distance to the unambiguous places, then population.
    A village (under :data:`SMALL_PLACE` inhabitants) whose chosen entry lies
    outside the governorates its sentence names is taken as a homonym of a
    place missing from the gazetteer; such places get
    the nearest governorate named in their sentence as ``admin1``.
    """
    context = _Context(_sentence_of(doc.stream), {}, Counter(), {}, [])
    for found in chosen:
        sentence = context.sentence(found.first)
        named = _named_admin1(found)
        if named:
            context.named.setdefault(sentence, []).append((found.first, named))
            context.counts[named] += 1
        single = found.entries[0] if len(found.entries) == 1 else None
        if single is None or single.feature in NOT_POPULATED:
            continue
        if single.admin1:
            context.inferred.setdefault(sentence, set()).add(single.admin1)
        if single.lat is not None and single.lon is not None:
            context.anchors.append((single.lat, single.lon))
    return [_resolve(doc, context, found) for found in chosen]


def _resolve(
    doc: PlaceDoc, context: _Context, found: FoundPlace
) -> tuple[FoundPlace, PlaceEntry | None]:
    near = context.named_near(found)
    nearest = min(near, key=lambda admin1: near[admin1]) if near else None
    if found.entries:
        entry = min(found.entries, key=lambda e: context.score(found, e))
        small = (entry.population or 0) < SMALL_PLACE
        if not near or entry.admin1 in near or not small or not village_level(found):
            return found, entry
        name = bare_name(doc, found.first, found.last)
        canonical = name if not name.isascii() else found.template.format(name)
        found = replace(found, entries=(), canonical=canonical, source="cue")
    if found.admin1 is None and nearest is not None and village_level(found):
        found = replace(found, admin1=nearest)
    return found, None


def _named_admin1(found: FoundPlace) -> str | None:
    """The governorate a mention names: a region's, or a governorate's own."""
    if found.admin1:
        return found.admin1
    governorates = [e for e in found.entries if e.feature == "governorate"]
    city = found.prefer and found.prefer != "governorate"
    return governorates[0].admin1 if governorates and not city else None


def _feature_rank(entry: PlaceEntry, prefer: str) -> int:
    if prefer == "governorate":
        return 0 if entry.feature == "governorate" else 1
    if prefer:
        return 0 if entry.feature not in NOT_POPULATED else 1
    if entry.feature in ADMIN_FEATURES:
        return 0
    return 1 if entry.feature not in NOT_POPULATED else 2


def _distance(entry: PlaceEntry, anchors: list[tuple[float, float]]) -> float:
    if entry.lat is None or entry.lon is None or not anchors:
        return 0.0
    lat, lon = math.radians(entry.lat), math.radians(entry.lon)
    best = math.inf
    for alat, alon in anchors:
        x = (math.radians(alon) - lon) * math.cos((lat + math.radians(alat)) / 2)
        y = math.radians(alat) - lat
        best = min(best, math.hypot(x, y) * 6371.0)
    return 0.0 if best < 0.01 else best


def _sentence_of(stream: TokenStream) -> Callable[[int], int]:
    starts = [sentence.span.start for sentence in stream.text.sentences]
    tokens = stream.text.tokens

    def sentence(index: int) -> int:
        return bisect_right(starts, tokens[index].span.start) - 1

    return sentence
