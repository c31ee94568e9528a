"""When two events found by the finder are one: repeats within a sentence and a document.

:func:`repeats` says whether one event tells another again (same kind, an
agreeing and no more precise date, a shared place or actor);
:func:`deduplicate` merges a document's repeats into the most precisely
dated telling.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from marsad.extract.event_dates import NEWS_WEEK
from marsad.records import Event


def same_kind(a: Event, b: Event) -> bool:
    """Whether two events share type, sub-type and kind."""
    return (a.event_type, a.sub_event_type, a.kind) == (b.event_type, b.sub_event_type, b.kind)


def merge_events(kept: Event, extra: Event) -> Event:
    """``kept`` with the actors, places and listed pairs of ``extra`` added, and its date
    and agents where ``kept`` has none."""
    actors = kept.actors + tuple(a for a in extra.actors if a not in kept.actors)
    places = kept.places + tuple(p for p in extra.places if p not in kept.places)
    agents = kept.agents or extra.agents
    listed = kept.listed + tuple(p for p in extra.listed if p not in kept.listed)
    return replace(
        kept,
        actors=actors,
        places=places,
        date=kept.date or extra.date,
        agents=agents,
        listed=listed,
    )


def deduplicate(events: list[Event]) -> list[Event]:
    """Merge repeats of the document into the most precisely dated telling."""
    kept: list[Event] = []
    for event in events:
        for k, other in enumerate(kept):
            forward, backward = repeats(other, event), repeats(event, other)
            if forward or backward:
                # of two tellings that repeat each other, the one whose date is written
                keep_other = forward and not (backward and guessed_day(other))
                first, second = (other, event) if keep_other else (event, other)
                kept[k] = merge_events(first, second)
                break
        else:
            kept.append(event)
    return kept


def days_before(earlier: str | None, later: str | None, most: int) -> bool:
    """Whether the day ``earlier`` is at most ``most`` days before the day ``later``
    (an older telling, "on 3 April", is another event)."""
    if earlier is None or later is None or {len(earlier), len(later)} != {len("2020-01-01")}:
        return False
    try:
        gap = date.fromisoformat(later) - date.fromisoformat(earlier)
    except ValueError:
        return False
    return 0 <= gap.days <= most


def guessed_day(event: Event) -> bool:
    """Whether ``event`` is dated only by the report's own day (its sentence names none)."""
    return event.guessed_date


def agents_differ(a: Event, b: Event) -> bool:
    """Whether two events name different acting sides (then they are two events)."""
    return bool(a.agents) and bool(b.agents) and not set(a.agents) & set(b.agents)


def repeats(a: Event, b: Event) -> bool:
    """Whether ``b`` tells ``a`` again: same type, sub-type and kind, a date agreeing with ``a``'s
    and no more precise, and a shared place (or, when either has none, a shared actor).
    A date ``b`` only has as the report's day (a headline's, a summary's) agrees with a
    day ``a`` writes in the week before: "IS ambush kills 15" over "ambushed … late on
    Saturday"."""
    if not same_kind(a, b):
        return False
    guessed = guessed_day(b) and days_before(a.date, b.date, NEWS_WEEK)
    if b.date is not None and not guessed and (a.date is None or not a.date.startswith(b.date)):
        return False
    if a.places and b.places:
        return bool(set(a.places) & set(b.places))
    return bool(set(a.actors) & set(b.actors))


def into_formations(events: list[Event]) -> list[Event]:
    """A sentence's events with each merger folded into a formation told in the same
    sentence (see :func:`is_one_founding`): "X was formed from the merger of A and B"
    (تشكّل X من اندماج A وB) is one founding, with A and B among its actors."""
    kept = list(events)
    for merger in (e for e in events if e.kind == "merger"):
        at = next(
            (i for i, e in enumerate(kept) if e.kind == "formation" and is_one_founding(e, merger)),
            None,
        )
        if at is not None:
            kept[at] = merge_events(kept[at], replace(merger, agents=()))
            kept.remove(merger)
    return kept


def is_one_founding(formation: Event, merger: Event) -> bool:
    """Whether a formation and a merger of one sentence tell one founding: no dates of
    theirs disagree ("Formed in 2014, X merged into Y in 2016" is two events)."""
    dates = {d for d in (formation.date, merger.date) if d}
    return len(dates) <= 1
