"""Profiles and timelines of one entity, read from the knowledge base.

A profile gathers, each item with its evidence and number of sources: the
entity's names by period, its lineage (earlier names, mergers, splits,
defections, coalition membership), its leaders, its other relations
(allies, opponents, supporters, headquarters, areas), its events on one
timeline and the claims ledger — of relations, events and claims at most
:data:`PROFILE_FACTS` each, those stated by the most documents.
"""

from __future__ import annotations

from marsad.query.evidence import FactContext, entity_view, load_context
from marsad.query.ledger import build_ledger
from marsad.query.stances import Stances
from marsad.query.views import EventView, Profile, RelationView
from marsad.store import KbEntityRow, Store

LINEAGE = ("formerly_named", "merged_into", "defected_to", "part_of")
PROFILE_FACTS = 100
"""Relations, events and claims each shown in a profile at most: the best documented.
A profile stays quick however many documents mention the entity; the claims
ledger and the timeline list everything."""
LEADERSHIP = ("leader_of", "member_of")


def _relation(context: FactContext, index: int, entity_id: str) -> RelationView:
    fact = context.facts[index]
    data = fact.data
    accounts = data.get("accounts", {})
    outgoing = data.get("subject") == entity_id
    other = data.get("object") if outgoing else data.get("subject")
    former = data.get("object_name") or None
    return RelationView(
        fact_id=fact.id,
        type=str(data.get("type", "")),
        direction="out" if outgoing else "in",
        other=context.ref(other),
        roles=tuple(accounts.get("role", ())),
        starts=tuple(accounts.get("start", ())),
        ends=tuple(accounts.get("end", ())) or tuple(accounts.get("date", ())),
        supplied=tuple(accounts.get("supplied", ())),
        documents=fact.documents,
        origins=fact.origins,
        evidence=context.evidence.get(fact.id, ()),
        former_name=str(former) if former else None,
    )


def _event(context: FactContext, index: int) -> EventView:
    fact = context.facts[index]
    data = fact.data
    return EventView(
        fact_id=fact.id,
        date=fact.date,
        event_type=str(data.get("event_type", "")),
        sub_event_type=str(data.get("sub_event_type", "")),
        kind=str(data.get("kind", "")),
        actors=tuple(context.ref(a) for a in data.get("actors", [])),
        places=tuple(context.ref(p) for p in data.get("places", [])),
        documents=fact.documents,
        evidence=context.evidence.get(fact.id, ()),
    )


def _sort_relations(views: list[RelationView]) -> tuple[RelationView, ...]:
    return tuple(sorted(views, key=lambda v: (v.type, -v.documents, v.other.name)))


def build_profile(
    store: Store, entity: KbEntityRow, stances: Stances, limit: int | None = PROFILE_FACTS
) -> Profile:
    """The profile of ``entity``: of each kind of fact (relations, events, claims) the
    ``limit`` stated by the most documents (``None``: all of them)."""
    context = load_context(store, store.facts_of(entity.id, per_section=limit), stances)
    lineage: list[RelationView] = []
    leaders: list[RelationView] = []
    others: list[RelationView] = []
    events: list[EventView] = []
    for index, fact in enumerate(context.facts):
        if fact.section == "event":
            events.append(_event(context, index))
        elif fact.section == "relation":
            view = _relation(context, index, entity.id)
            if view.type in LINEAGE:
                lineage.append(view)
            elif view.type in LEADERSHIP and view.direction == "in":
                leaders.append(view)
            else:
                others.append(view)
    leaders.sort(key=lambda v: (v.starts[:1] or v.ends[:1] or ("~",), v.other.name))
    return Profile(
        entity=entity_view(entity),
        lineage=_sort_relations(lineage),
        leaders=tuple(leaders),
        relations=_sort_relations(others),
        events=tuple(events),
        claims=build_ledger(context),
    )


def build_timeline(store: Store, entity: KbEntityRow, stances: Stances) -> tuple[EventView, ...]:
    """The events of ``entity`` from every document, oldest first (undated last)."""
    facts = store.facts_of(entity.id, "event")
    context = load_context(store, facts, stances)
    return tuple(_event(context, i) for i in range(len(facts)))
