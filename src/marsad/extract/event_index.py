"""One document indexed by the event finder's word table.

:func:`index_document` finds, once per document, every trigger and cue of
:class:`~marsad.extract.event_resources.EventResources` and puts the actor
and place mentions in token positions: an :class:`EventIndex` that the
finder (:mod:`marsad.extract.events`) queries.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

from marsad.extract.context import Analysis, Located
from marsad.extract.event_resources import EventResources, Trigger
from marsad.records import Span, TimeExpr


@dataclass(frozen=True, slots=True)
class Slot:
    """A mention of an actor or place in token indices ``first``..``last``.

    A slot at ``first == -1`` stands for the document's main group where the
    text says "the group" (see :meth:`EventIndex.stand_in`).
    """

    first: int
    last: int
    located: Located

    @property
    def entity(self) -> str:
        return self.located.entity

    @property
    def type(self) -> str:
        return self.located.mention.type


@dataclass(frozen=True, slots=True)
class Cue:
    """Cue words in tokens ``first``..``last`` and their classes."""

    first: int
    last: int
    classes: frozenset[str]


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger phrase in tokens ``first``..``last`` and the rows it stands for."""

    first: int
    last: int
    triggers: tuple[Trigger, ...]


@dataclass(frozen=True, slots=True)
class EventIndex:
    """One document's triggers, cues and actor/place mentions, in token positions.

    ``government`` holds the ids of the entities on the government side;
    ``salient`` is the most mentioned actor that is not (the referent of
    "the group"). The other fields are look-up tables built with them.
    """

    analysis: Analysis
    hits: tuple[Hit, ...]
    cues: tuple[Cue, ...]
    slots: tuple[Slot, ...]
    government: frozenset[str]
    salient: Slot | None
    token_starts: tuple[int, ...]
    time_starts: tuple[int, ...]
    hit_firsts: tuple[int, ...]
    cue_firsts: tuple[int, ...]
    slot_firsts: tuple[int, ...]
    ending: dict[int, frozenset[str]]
    starting: dict[int, frozenset[str]]

    def span(self, first: int, last: int) -> Span:
        """The normalised-text span of tokens ``first``..``last``."""
        return self.analysis.stream.span(first, last)

    def tokens_in(self, span: Span) -> tuple[int, int]:
        """Token indices ``[lo, hi)`` of the tokens starting inside ``span``."""
        starts = self.token_starts
        return bisect_left(starts, span.start), bisect_left(starts, span.end)

    def times_in(self, span: Span) -> list[TimeExpr]:
        """Time expressions inside ``span``, in order."""
        times = self.analysis.times
        chosen = times[
            bisect_left(self.time_starts, span.start) : bisect_left(self.time_starts, span.end)
        ]
        return [t for t in chosen if t.span.end <= span.end]

    def hits_in(self, lo: int, hi: int) -> list[Hit]:
        """Triggers starting in tokens ``[lo, hi)``."""
        firsts = self.hit_firsts
        return list(self.hits[bisect_left(firsts, lo) : bisect_left(firsts, hi)])

    def slots_in(self, lo: int, hi: int, kind: str | None = None) -> list[Slot]:
        """Slots starting in tokens ``[lo, hi)``, of one type if ``kind`` is given."""
        firsts = self.slot_firsts
        chosen = self.slots[bisect_left(firsts, lo) : bisect_left(firsts, hi)]
        return [s for s in chosen if kind is None or s.type == kind]

    def slots_before(self, lo: int, hit: Hit, kind: str | None = None) -> list[Slot]:
        """Slots from token ``lo`` that end before ``hit``, and a stand-in written on its
        first word (the subject a timeline entry's verb carries: "- Joins the …")."""
        return [
            s
            for s in self.slots_in(lo, hit.first + 1, kind)
            if s.last < hit.first
            or (s.first == s.last == hit.first and s.located.mention.source == "cue")
        ]

    def cue_in(self, name: str, lo: int, hi: int) -> Cue | None:
        """The first cue of class ``name`` starting in tokens ``[lo, hi)``."""
        firsts = self.cue_firsts
        for cue in self.cues[bisect_left(firsts, lo) : bisect_left(firsts, hi)]:
            if name in cue.classes:
                return cue
        return None

    def prefix(self, token: int) -> str:
        """The proclitics of ``token`` without the article (و، ف، ب، ل، ك)."""
        prefixes = self.analysis.text.tokens[token].prefixes
        return prefixes[:-2] if prefixes.endswith("ال") else prefixes

    def is_arabic(self, token: int) -> bool:
        key = self.analysis.stream.keys[token]
        return bool(key) and "\u0600" <= key[0] <= "\u06ff"

    def nominative(self, slot: Slot) -> bool:
        """Whether ``slot`` can be a subject: no preposition on it or before it."""
        if slot.first < 0:
            return True
        if any(p in self.prefix(slot.first) for p in "بلك"):
            return False
        before = slot.first - 1
        if before < 0 or self.analysis.text.tokens[before].suffix:
            return True  # عليها: a preposition with its own pronoun governs nothing after it
        classes = self.ending.get(before, frozenset())
        return "partitive" in classes or not classes & {"oblique", "passive"}

    def stand_in(self) -> Slot | None:
        """The main group as the referent of "the group", at no position."""
        return None if self.salient is None else replace(self.salient, first=-1, last=-1)


def index_document(analysis: Analysis, resources: EventResources) -> EventIndex:
    """Find the triggers and cues of one document and place its mentions in tokens."""
    starts = tuple(t.span.start for t in analysis.text.tokens)
    ends = [t.span.end for t in analysis.text.tokens]
    slots: list[Slot] = []
    # A stand-in for a group other than the main one (التجمع after تجمع العزة) helps
    # fill a relation beside it; it is too weak to make an event's actor.
    main = [a for a in analysis.anaphors if a.entity == analysis.main_actor]
    everything = sorted((*analysis.mentions, *main), key=lambda m: m.mention.span.start)
    for located in everything:
        if located.mention.type != "person":
            span = located.mention.span
            first = bisect_right(ends, span.start)
            last = max(first, bisect_left(starts, span.end) - 1)
            if not analysis.hyphen_joined(last):  # "Turkish-backed factions": not a side
                slots.append(Slot(first, last, located))
    stream = analysis.stream
    names = [s.located.mention.span for s in slots]
    named = [s for s in slots if s.located.mention.source != "cue"]  # stand-ins are no names
    in_name = _inside_any([s.located.mention.span for s in named])
    # A trigger inside a name is no event; one that starts on a name's last word and
    # goes on past it is, from the word after the name ("Russian warplanes carried
    # out": the name is its agent, "carried out" the trigger).
    hits = tuple(
        Hit(first, m.last, m.values)
        for m in resources.triggers.find(stream)
        for first in (_after_name(named, m.first),)
        if first <= m.last and not in_name(stream.span(first, first))
    )
    taken = _inside_any([*names, *(t.span for t in analysis.times)])
    found = [
        Cue(m.first, m.last, frozenset(m.values))
        for m in resources.cues.find_all(stream)
        if not taken(stream.span(m.first, m.last))
    ]
    neutral = [c for c in found if "neutral" in c.classes]
    cues = tuple(
        c for c in found if not any(n.first <= c.first and c.last <= n.last for n in neutral)
    )
    ending: dict[int, frozenset[str]] = {}
    starting: dict[int, frozenset[str]] = {}
    for cue in cues:
        ending[cue.last] = ending.get(cue.last, frozenset()) | cue.classes
        starting[cue.first] = starting.get(cue.first, frozenset()) | cue.classes
    government = _government(analysis, resources, slots)
    return EventIndex(
        analysis=analysis,
        hits=hits,
        cues=cues,
        slots=tuple(slots),
        government=government,
        salient=_salient(slots, government, analysis.main_actor),
        token_starts=starts,
        time_starts=tuple(t.span.start for t in analysis.times),
        hit_firsts=tuple(h.first for h in hits),
        cue_firsts=tuple(c.first for c in cues),
        slot_firsts=tuple(s.first for s in slots),
        ending=ending,
        starting=starting,
    )


def _after_name(slots: list[Slot], token: int) -> int:
    """``token``, or the token after the name that covers it."""
    for slot in slots:
        if slot.first <= token <= slot.last:
            return slot.last + 1
    return token


def _inside_any(spans: list[Span]) -> Callable[[Span], bool]:
    """A test of whether a span overlaps one of ``spans`` (names and times: few layers)."""
    ordered = sorted(spans, key=lambda span: span.start)
    starts = [span.start for span in ordered]

    def overlaps(span: Span) -> bool:
        at = bisect_left(starts, span.end)
        return any(other.overlaps(span) for other in ordered[max(0, at - 8) : at])

    return overlaps


def _government(analysis: Analysis, resources: EventResources, slots: list[Slot]) -> frozenset[str]:
    ids: set[str] = set()
    entities = {entity.id: entity for entity in analysis.entities}
    for slot in slots:
        if slot.type != "actor":
            continue
        entity = entities[slot.entity]
        key = " ".join(analysis.stream.keys[slot.first : slot.last + 1])
        if resources.is_government((entity.canonical, *entity.names), (key,)):
            ids.add(slot.entity)
    return frozenset(ids)


def _salient(slots: list[Slot], government: frozenset[str], main: str | None) -> Slot | None:
    if main is not None:
        return next((slot for slot in slots if slot.entity == main), None)
    counts: dict[str, int] = {}
    first: dict[str, Slot] = {}
    for slot in slots:
        if slot.type == "actor" and slot.entity not in government:
            counts[slot.entity] = counts.get(slot.entity, 0) + 1
            first.setdefault(slot.entity, slot)
    return first[max(counts, key=lambda entity: counts[entity])] if counts else None
