"""Event frames: what one trigger has around it, and the sentence-level filters on them.

:func:`build_frame` attaches the actors, places and date of one trigger (see
:mod:`marsad.extract.events` for the rules); :func:`needs_met` checks a trigger
row's requirements; :func:`first_cued` and :func:`drop_manner` thin a
sentence's frames before :func:`marsad.extract.events.collapse` makes events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from marsad.extract.event_index import EventIndex, Hit, Slot
from marsad.extract.event_resources import Trigger
from marsad.extract.relation_rules import is_list_gap
from marsad.extract.timeline import entry_text, is_dateline
from marsad.records import Sentence, Span, TimeExpr

WINDOW = 12
"""Tokens after a trigger in which a cue it needs must stand."""
VIOLENT = frozenset({"Battles", "Explosions/Remote violence"})
REMOTE = "Explosions/Remote violence"
SINCE = "since"
"""The bound of a time that starts a period ("since March"): it dates only what follows it."""
STOPS = ".!?؟;؛\n"
"""Marks that end a sentence or a clause: an aside does not run across them."""
Dating = tuple[str | None, str]


@dataclass(frozen=True, slots=True)
class Frame:
    """What one trigger has around it in its sentence."""

    hit: Hit
    sentence: Sentence
    agent: Slot | None
    actors: tuple[Slot, ...]
    places: tuple[Slot, ...]
    placed_after: bool
    date: str | None
    notes: tuple[str, ...]
    agents: tuple[Slot, ...] = ()
    dated_by: str = ""
    """How the date was found when the sentence names none (the context's reason)."""


def build_frame(
    index: EventIndex,
    sentence: Sentence,
    hit: Hit,
    agent: Slot | None,
    clause: tuple[int, int, bool],
    dating: Dating,
) -> Frame:
    """Attach actors, places and a date to one trigger."""
    start, end, chained = clause
    aside = asides_outside(index, start, end, hit)
    if agent is not None and aside(agent):
        agent = None
    before = index.slots_before(start, hit)
    places, placed_after = frame_places(index, sentence, hit, (agent, start, end))
    subjects = [s for s in before if s.type == "actor" and not aside(s)]
    actors = [s for s in index.slots_in(hit.last + 1, end, "actor") if not aside(s)]
    agents: list[Slot] = []
    if agent is not None and agent in subjects:
        agents = coordinated_with(index, agent, subjects)
        actors = [agent, *(s for s in subjects if index.nominative(s)), *actors]
    elif agent is not None:
        agents = [agent]
        actors.insert(0, agent)
    elif not chained:
        actors = subjects + actors
    first_side = side_before_marker(index, hit, end, actors)
    if first_side:
        agents = first_side  # "بين A وB من جهة، وC من جهة أخرى": A and B are one side
    notes: list[str] = []
    salient = index.salient
    anaphor = index.cue_in("anaphor", start, end) is not None
    if salient is not None and anaphor and salient.entity not in {s.entity for s in actors}:
        actors.append(salient)
        notes.append("actor from 'the group'")
    date = frame_date(index, sentence, hit)
    dated_by = ""
    if date is None and dating[0] is not None:
        date, dated_by = dating
        notes.append(dated_by)
    return Frame(
        hit,
        sentence,
        agent,
        _unique(actors),
        _unique(places),
        placed_after,
        date,
        tuple(notes),
        _unique(agents),
        dated_by,
    )


ASIDE_OPENERS = frozenset({"who", "which", "whose", "هو", "هي", "وهو", "وهي", "الذي", "التي"})
"""Keys of the words that open an aside after a comma ("X, who left the army, …")."""


def frame_places(
    index: EventIndex, sentence: Sentence, hit: Hit, clause: tuple[Slot | None, int, int]
) -> tuple[list[Slot], bool]:
    """The places of a trigger and whether they stand after it: those after it up to
    a source cue ("… مصدره مواقع النظام في X"), else those between its agent and it,
    else, for a pronoun object ("the hilltop near X … retook it"), the last before it."""
    agent, start, end = clause
    source = index.cue_in("source", hit.last + 1, end)
    places = index.slots_in(hit.last + 1, source.first if source is not None else end, "place")
    if places:
        return places, True
    floor = agent.last + 1 if agent is not None and agent.last < hit.first else start
    places = [s for s in index.slots_before(start, hit, "place") if s.first >= floor]
    if not places and object_pronoun(index, hit):
        lo, _ = index.tokens_in(sentence.span)
        places = index.slots_in(lo, hit.first, "place")[-1:]
    return places, False


def frame_date(index: EventIndex, sentence: Sentence, hit: Hit) -> str | None:
    """The trigger's date from its own sentence, if it names one: the nearest time
    (:func:`nearest_time`), moved by "a day after" (:func:`shifted_day`). A time that
    opens a period dates only what follows it: "the heaviest shelling since March"
    compares, "since August, when IS attacked" dates."""
    at = index.span(hit.first, hit.last)
    times = [
        t for t in index.times_in(sentence.span) if t.qualifier != SINCE or t.span.start < at.start
    ]
    text = index.analysis.text.normalised
    return shifted_day(index, sentence, hit, nearest_time(times, at, text))


def asides_outside(index: EventIndex, start: int, end: int, hit: Hit) -> Callable[[Slot], bool]:
    """A test of whether a slot lies in an aside of the clause — from a comma and
    "who" / وهو to the next comma — that does not hold the trigger: "أسس الرائد X،
    وهو ضابط ترك صفوف قوات النظام، تشكيلاً": the army takes no part in the founding."""
    tokens, text = index.analysis.text.tokens, index.analysis.text.normalised
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for token in range(max(start, 1), min(end, len(tokens))):
        gap = text[tokens[token - 1].span.end : tokens[token].span.start]
        comma = any(ch in ",،" for ch in gap)
        if comma and opened is not None:
            spans.append((opened, token - 1))
            opened = None
        if comma and tokens[token].key in ASIDE_OPENERS:
            opened = token
    spans = [(a, b) for a, b in spans if not a <= hit.first <= b]
    return lambda slot: any(a <= slot.first and slot.last <= b for a, b in spans)


def side_before_marker(index: EventIndex, hit: Hit, end: int, actors: list[Slot]) -> list[Slot]:
    """The actors between the trigger and an "on one side" marker (من جهة) that more
    actors follow in the clause: one side of the fight; none without such a marker."""
    marker = index.cue_in("side", hit.last + 1, end)
    if marker is None or not index.analysis.closes_phrase(marker.last):
        return []  # "من جهة بلدة كفرنبل" is "from the direction of", no side
    before = [s for s in actors if hit.last < s.first and s.last < marker.first]
    after = [s for s in actors if s.first > marker.last]
    return before if after else []


def coordinated_with(index: EventIndex, agent: Slot, subjects: list[Slot]) -> list[Slot]:
    """The agent and the subjects listed with it ("A, B and C shelled…")."""
    at = subjects.index(agent)
    chain = [agent]
    for step in (-1, 1):
        k = at
        while 0 <= k + step < len(subjects):
            left, right = sorted((subjects[k], subjects[k + step]), key=lambda s: s.first)
            if not is_list_gap(index.analysis, left.located, right.located):
                break
            k += step
            chain.append(subjects[k])
    return chain


def _unique(slots: list[Slot]) -> tuple[Slot, ...]:
    """The slots in order, one per entity."""
    return tuple(
        {s.entity: s for s in reversed(slots)}[e] for e in dict.fromkeys(s.entity for s in slots)
    )


def shifted_day(index: EventIndex, sentence: Sentence, hit: Hit, day: str | None) -> str | None:
    """``day`` moved by one where "a day after" / "a day before" (``day_after`` /
    ``day_before`` cues) stands between the time that gave it and the trigger."""
    if day is None or len(day) != len("2020-01-01"):
        return day
    written = next((t for t in index.times_in(sentence.span) if t.value == day), None)
    if written is None:
        return day
    lo, _ = index.tokens_in(Span(written.span.end, written.span.end))
    text = index.analysis.text.normalised
    for name, step in (("day_after", -1), ("day_before", 1)):
        cue = index.cue_in(name, lo, hit.first)
        if cue is None:
            continue
        # "On Wednesday, a day after the talks ended, HTS shelled X": the comma closing
        # the phrase leaves the main clause on Wednesday
        between = text[index.span(cue.last, cue.last).end : index.span(hit.first, hit.first).start]
        if not any(mark in between for mark in ",،"):
            return (date.fromisoformat(day) + timedelta(days=step)).isoformat()
    return day


def nearest_time(times: list[TimeExpr], span: Span, text: str = "") -> str | None:
    """The time nearest ``span`` in its clause (one past a comma of ``text`` counts as
    farther than any in it, one inside an aside that leaves ``span`` out farther still);
    a more precise time it agrees with is preferred."""
    if not times:
        return None

    def distance(time: TimeExpr) -> tuple[bool, bool, int]:
        if time.span.end <= span.start:
            low, high = time.span.end, span.start
        else:
            low, high = span.end, time.span.start
        apart = any(mark in text[low:high] for mark in ",،;؛") or is_dateline(time, text)
        return apart, in_aside(time.span, span, text), max(0, high - low)

    chosen = min(times, key=distance)
    best = chosen.value
    # a finer date agreeing with it, from outside asides unless it is in one itself
    pool = [t for t in times if distance(t)[1] == distance(chosen)[1]]
    finer = [t.value for t in pool if t.value.startswith(best) and len(t.value) > len(best)]
    return max(finer, key=len) if finer else best


def in_aside(time: Span, trigger: Span, text: str) -> bool:
    """Whether ``time`` stands in an aside between two commas that leaves ``trigger`` out
    ("in January 2013 Capt. X, who defected in summer 2012, announced the formation")."""
    opening = max(text.rfind(mark, 0, time.start) for mark in ",،")
    closing = [i for i in (text.find(mark, time.end) for mark in ",،") if i >= 0]
    if opening < 0 or not closing or any(m in text[opening : time.start] for m in STOPS):
        return False
    end = min(closing)
    if any(m in text[time.end : end] for m in STOPS):
        return False
    return not opening < trigger.start < end


def needs_met(index: EventIndex, frame: Frame, trigger: Trigger, hi: int) -> bool:
    """Whether the frame has a place or an actor and one set of the trigger's needs."""
    if not frame.places and not frame.actors:
        return False
    return not trigger.needs or any(
        all(need_met(index, frame, need, hi) for need in option) for option in trigger.needs
    )


def need_met(index: EventIndex, frame: Frame, need: str, hi: int) -> bool:
    """One requirement of a trigger row (see the header of ``triggers.tsv``)."""
    hit = frame.hit
    tokens = index.analysis.text.tokens
    simple = {
        "place": lambda: bool(frame.places),
        "actor": lambda: bool(frame.actors),
        "agent": lambda: frame.agent is not None and frame.agent.first >= 0,
        "group": lambda: any(s.entity not in index.government for s in frame.actors),
        "date": lambda: bool(index.times_in(frame.sentence.span)),
        "dateline": lambda: entry_text(index.analysis, tokens[hit.first].span.start) is not None,
    }
    if need in simple:
        return simple[need]()
    lo, _ = index.tokens_in(frame.sentence.span)
    if need.startswith("~"):
        return index.cue_in(need[1:], lo, hi) is not None
    if need.startswith("<"):
        return index.cue_in(need[1:], lo, hit.first) is not None
    limit = min(hit.last + 1 + WINDOW, hi)
    boundary = index.cue_in("boundary", hit.last + 1, limit)
    limit = boundary.first if boundary is not None else limit
    return index.cue_in(need, hit.last + 1, limit) is not None


def object_pronoun(index: EventIndex, hit: Hit) -> bool:
    """Whether the trigger's object is a pronoun: "it" right after it, or the Arabic ـها
    written on it (استعادتها)."""
    if index.cue_in("object_pronoun", hit.last + 1, hit.last + 2) is not None:
        return True
    return index.analysis.text.tokens[hit.last].suffix == "ها"


def without_later_agents(found: list[tuple[Frame, Trigger]]) -> list[tuple[Frame, Trigger]]:
    """The frames without the actors that are a later strike's or shelling's agent,
    written between the two triggers: in "captured the town after heavy Russian air
    strikes" Russia strikes in support; it is not on the other side of the capture. A
    later ground attack's agent stays ("retook X after IS attacked it": IS fought)."""
    kept: list[tuple[Frame, Trigger]] = []
    for frame, trigger in found:
        later = {
            (f.agent.first, f.agent.last)
            for f, t in found
            if f.agent is not None
            and t.event_type == REMOTE
            and frame.hit.last < f.agent.first < f.hit.first
        }
        actors = tuple(
            a
            for a in frame.actors
            if a == frame.agent or a in frame.agents or (a.first, a.last) not in later
        )
        kept.append((replace(frame, actors=actors) if actors != frame.actors else frame, trigger))
    return kept


def first_cued(found: list[tuple[Frame, Trigger]]) -> list[tuple[Frame, Trigger]]:
    """Of the rows that need a cue anywhere in the sentence, keep the table's first."""
    cued = [t.order for _, t in found if t.needs_sentence_cue]
    best = min(cued, default=-1)
    return [(f, t) for f, t in found if not t.needs_sentence_cue or t.order == best]


def drop_manner(
    index: EventIndex, found: list[tuple[Frame, Trigger]]
) -> list[tuple[Frame, Trigger]]:
    """Fold clashes that only say how another event happened into the event before them."""

    def manner(frame: Frame, trigger: Trigger) -> bool:
        if trigger.kind != "clash":
            return False
        by_means = "ب" in index.prefix(frame.hit.first)
        others = any(t.event_type in VIOLENT and f.hit != frame.hit for f, t in found)
        return (by_means or not frame.placed_after) and others

    kept: list[tuple[Frame, Trigger]] = []
    for frame, trigger in found:
        if not manner(frame, trigger):
            kept.append((frame, trigger))
            continue
        last = kept[-1][0].hit if kept else None
        for k, (other, other_trigger) in enumerate(kept):
            if other.hit == last:
                actors = _unique([*other.actors, *frame.actors])
                kept[k] = (replace(other, actors=actors), other_trigger)
    return kept
