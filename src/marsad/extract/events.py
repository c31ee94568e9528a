"""Events: trigger words, the actors and places around them, and a date.

Per sentence (boilerplate and reference-list lines skipped) every trigger of
``triggers.tsv`` is read with the words around it:

* a trigger denied, planned or feared (``not``/``intent``/``prevent`` cues
  just before it), or an Arabic verbal noun after ل ("in order to"), is no
  event;
* the *agent* is, in order: the actor after a passive cue (captured *by*
  X); the nominative actor just before the trigger; in Arabic the actor right
  after a one-word trigger (سيطرت قوات النظام); the nearest nominative actor
  of its clause, unless an earlier trigger of the sentence opened the clause:
  then that trigger's agent (chained verbs share their subject). An actor
  after a preposition is never the agent;
* the event's actors are the agent, its coordinated subjects and every actor
  after the trigger up to the next trigger; its places those after the
  trigger, else those between the agent and the trigger; "the group" adds
  the document's main actor;
* its date is the sentence's time expression nearest the trigger, else the
  previous sentence's when it is in the same paragraph, else the year of a
  time expression at most three sentences back; otherwise none.

Territorial events give one event per named place (regions only when no
village or town is named) and are typed by the side that acts. A clash that
only says how another event happened ("captured X *in clashes with* Y")
lends its actors to that event instead. Repeats are merged within the
sentence and the document.
"""

from __future__ import annotations

from itertools import pairwise

from marsad.extract.concurrent import concurrent_with, told_before
from marsad.extract.context import Analysis
from marsad.extract.event_dates import GUESSED_DAYS, DateContext, date_context, news_day
from marsad.extract.event_frames import (
    VIOLENT,
    WINDOW,
    Dating,
    Frame,
    build_frame,
    drop_manner,
    first_cued,
    nearest_time,
    need_met,
    needs_met,
    without_later_agents,
)
from marsad.extract.event_index import EventIndex, Hit, Slot, index_document
from marsad.extract.event_merging import (
    agents_differ,
    deduplicate,
    into_formations,
    merge_events,
    same_kind,
)
from marsad.extract.event_resources import EventResources, Trigger
from marsad.extract.first_person import asked_dates
from marsad.extract.footnotes import is_citation
from marsad.extract.relation_rules import is_list_gap
from marsad.extract.timeline import date_headers
from marsad.records import Event, Sentence

__all__ = [
    "VIOLENT",
    "WINDOW",
    "Dating",
    "Frame",
    "build_frame",
    "collapse",
    "deduplicate",
    "drop_manner",
    "find_events",
    "first_cued",
    "make_events",
    "nearest_time",
    "need_met",
    "needs_met",
]

REACH = {"not": 3, "intent": 6, "prevent": 1, "concurrent": 1}
"""How many tokens before a trigger each blocking cue class reaches."""
LINKER_REACH = 4
"""How far before a ل-trigger a word that governs the ل may stand (تعرضت البلدة لقصف),
the words of names between them not counted (تعرضت بلدتا كفرناها وخان العسل لقصف)."""
PAUSES = ",،;؛:.()"
"""Punctuation that ends the reach of a blocking cue."""
BROAD_FEATURES = frozenset({"country", "governorate", "region", "countryside"})


def find_events(analysis: Analysis, resources: EventResources) -> list[Event]:
    """Every event the document states, one per place for territorial events."""
    index = index_document(analysis, resources)
    sentences = list(analysis.sentences())
    dates = DateContext(news_day(index, sentences), date_headers(analysis), asked_dates(analysis))
    events: list[Event] = []
    for number, sentence in enumerate(sentences):
        if is_citation(analysis.text.normalised, sentence.span):
            continue
        lo, hi = index.tokens_in(sentence.span)
        hits = merge_hits(index.hits_in(lo, hi))
        if hits:
            told = concurrent_with(index, sentences, number)
            dating = date_context(index, sentences, told, dates, own=told != number)
            events.extend(sentence_events(index, sentence, hits, dating))
    return deduplicate(events)


def merge_hits(hits: list[Hit]) -> list[Hit]:
    """Join territorial triggers at most two words apart (استعادت خلاله السيطرة على)."""
    merged: list[Hit] = []
    for hit in hits:
        if merged and hit.first - merged[-1].last <= 3 and _territorial(hit, merged[-1]):
            merged[-1] = Hit(merged[-1].first, hit.last, merged[-1].triggers)
        else:
            merged.append(hit)
    return merged


def _territorial(*hits: Hit) -> bool:
    return all(any(t.territorial for t in hit.triggers) for hit in hits)


def sentence_events(
    index: EventIndex, sentence: Sentence, hits: list[Hit], dating: Dating
) -> list[Event]:
    """The events of one sentence's triggers, after the sentence-level filters.

    Weapons and targets (rows that need a cue anywhere in the sentence) are
    arguments of the attack around them: they neither end another trigger's
    clause nor pass their subject on.
    """
    lo, hi = index.tokens_in(sentence.span)
    predicates = [h for h in hits if not all(t.needs_sentence_cue for t in h.triggers)]
    found: list[tuple[Frame, Trigger]] = []
    previous: Hit | None = None
    inherited: Slot | None = None
    for hit in hits:
        end = next((p.first for p in predicates if p.first > hit.last), hi)
        boundary = index.cue_in("boundary", hit.last + 1, end)
        end = boundary.first if boundary is not None else end
        start = clause_start(index, hit, previous, lo)
        chained = previous is not None and start == previous.last + 1 and coordinated(index, hit)
        if "relative" in index.ending.get(hit.first - 1, ()):
            start, chained = antecedent(index, hit), False
        agent = find_agent(index, hit, (start, end), inherited if chained else None, chained)
        if hit in predicates:
            previous, inherited = hit, agent
        if is_blocked(index, hit, lo):
            continue
        frame = build_frame(index, sentence, hit, agent, (start, end, chained), dating)
        found.extend((frame, t) for t in hit.triggers if needs_met(index, frame, t, hi))
    return collapse(index, drop_manner(index, first_cued(without_later_agents(found))))


def clause_start(index: EventIndex, hit: Hit, previous: Hit | None, lo: int) -> int:
    """Where the trigger's clause begins: after the previous trigger or a boundary cue."""
    start = previous.last + 1 if previous else lo
    boundary = index.cue_in("boundary", start, hit.first)
    while boundary is not None and boundary.last < hit.first:
        start = boundary.last + 1
        boundary = index.cue_in("boundary", start, hit.first)
    return start


def coordinated(index: EventIndex, hit: Hit) -> bool:
    """Whether the trigger may share the previous trigger's subject: always in Arabic,
    which drops subjects; in English after "and", "then" or a comma only."""
    if index.is_arabic(hit.first):
        return True
    if "coordinator" in index.ending.get(hit.first - 1, ()):
        return True
    text = index.analysis.text.normalised
    return (
        ","
        in text[
            index.span(hit.first - 1, hit.first - 1).end : index.span(hit.first, hit.first).start
        ]
    )


def antecedent(index: EventIndex, hit: Hit) -> int:
    """Where a relative clause's subject may stand: the actor right before its pronoun."""
    pronoun = min(c.first for c in index.cues if c.last == hit.first - 1)
    before = [s for s in index.slots_in(0, pronoun) if s.last == pronoun - 1]
    return before[0].first if before else hit.first


def is_blocked(index: EventIndex, hit: Hit, lo: int) -> bool:
    """Whether a denial, plan or fear governs the trigger, a purpose ل is on it, or it
    points back to an event told already (بالتزامن مع الاشتباكات: :func:`told_before`)."""
    named = sum(s.last - s.first + 1 for s in index.slots_in(hit.first - LINKER_REACH, hit.first))
    linker = index.cue_in("linker", max(lo, hit.first - LINKER_REACH - named), hit.first)
    if "ل" in index.prefix(hit.first) and linker is None:
        return True
    text = index.analysis.text.normalised
    start = index.span(hit.first, hit.first).start
    for cue_last in range(max(lo, hit.first - max(REACH.values())), hit.first):
        classes = index.ending.get(cue_last, frozenset())
        if "concurrent" in classes and not told_before(index, hit.first):
            classes = classes - {"concurrent"}  # "تزامناً مع قصف جوي" tells a new event
        reach = max((REACH.get(name, 0) for name in classes), default=0)
        if hit.first - cue_last > reach:
            continue
        between = text[index.span(cue_last, cue_last).end : start]
        if not any(mark in between for mark in PAUSES):
            return True
    return False


def find_agent(
    index: EventIndex, hit: Hit, clause: tuple[int, int], inherited: Slot | None, chained: bool
) -> Slot | None:
    """The actor that does what the trigger says (see the module docstring)."""
    start, end = clause
    after = index.slots_in(hit.last + 1, end, "actor")
    passive = index.cue_in("passive", hit.last + 1, min(hit.last + 4, end))
    if passive is not None:
        by = [s for s in after if s.first == passive.last + 1]
        if by or "anaphor" in index.starting.get(passive.last + 1, ()):
            return by[0] if by else index.stand_in()
    before = [s for s in index.slots_before(start, hit, "actor") if index.nominative(s)]
    if before and before[-1].last >= hit.first - 3:
        return before[-1]
    if index.is_arabic(hit.first) and hit.first == hit.last:
        near = [s for s in after if s.first - hit.last <= 3 and index.nominative(s)]
        if near:
            return near[0]
    if before and not chained:
        return before[-1]
    return inherited


def collapse(index: EventIndex, found: list[tuple[Frame, Trigger]]) -> list[Event]:
    """The sentence's events; repeats of one kind with the same (or no) places merged,
    and a merger folded into the formation it tells (:func:`into_formations`)."""
    events: list[Event] = []
    for frame, trigger in found:
        for event in make_events(index, frame, trigger):
            for k, other in enumerate(events):
                same_places = other.places == event.places or not other.places or not event.places
                if same_kind(other, event) and same_places and not agents_differ(other, event):
                    events[k] = merge_events(other, event)
                    break
            else:
                events.append(event)
    return into_formations(events)


def make_events(index: EventIndex, frame: Frame, trigger: Trigger) -> list[Event]:
    """One event, or one per named place for a territorial trigger."""
    government = frame.agent is not None and frame.agent.entity in index.government
    sub = trigger.government_sub_event_type if government else trigger.sub_event_type
    places = [s.entity for s in frame.places]
    groups = [places]
    if trigger.territorial:
        named = [s.entity for s in frame.places if not _broad(s)]
        groups = [[p] for p in named] if named else [places]
    span = index.span(frame.hit.first, frame.hit.last)
    said = f"{trigger.source} {index.analysis.words(span)!r} → {trigger.kind}"
    reason = "; ".join([said, *frame.notes])
    confidence = 0.6 - 0.1 * len(frame.notes) - (0.1 if frame.agent is None else 0.0)
    return [
        Event(
            event_type=trigger.event_type,
            sub_event_type=sub,
            kind=trigger.kind,
            date=frame.date,
            places=tuple(group),
            actors=tuple(s.entity for s in frame.actors),
            evidence=index.analysis.evidence(span, frame.sentence.span),
            confidence=round(confidence, 2),
            reason=reason,
            agents=tuple(s.entity for s in frame.agents),
            listed=listed_pairs(index, frame),
            guessed_date=frame.dated_by in GUESSED_DAYS,
        )
        for group in groups
    ]


def listed_pairs(index: EventIndex, frame: Frame) -> tuple[tuple[str, str], ...]:
    """Neighbouring actors of the frame, not its agents, that the text lists together."""
    agents = {s.entity for s in frame.agents}
    others = sorted(
        (s for s in frame.actors if s.first >= 0 and s.entity not in agents),
        key=lambda s: s.first,
    )
    return tuple(
        (left.entity, right.entity)
        for left, right in pairwise(others)
        if left.entity != right.entity and is_list_gap(index.analysis, left.located, right.located)
    )


def _broad(slot: Slot) -> bool:
    mention = slot.located.mention
    canonical = mention.canonical.casefold()
    return mention.feature in BROAD_FEATURES or "countryside" in canonical or "syria" in canonical
