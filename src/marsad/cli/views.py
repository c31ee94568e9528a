"""Readable tables of the knowledge base for the terminal (rich)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Column, Table

from marsad.query.views import (
    ClaimView,
    EntityView,
    EventView,
    EvidenceView,
    Profile,
    RelationView,
)


def _sources(evidence: Sequence[EvidenceView], documents: int) -> str:
    outlets = dict.fromkeys(e.reported_by or e.document for e in evidence)
    shown = ", ".join(outlets)
    more = f" +{documents - len(evidence)}" if documents > len(evidence) else ""
    return f"{shown}{more} ({documents} doc{'s' if documents != 1 else ''})"


def _period(start: str | None, end: str | None) -> str:
    if not start and not end:
        return ""
    return f"{start or '…'} – {end or '…'}"


def print_entity_header(console: Console, entity: EntityView) -> None:
    """The entity's name, type and every name it went by, with periods."""
    console.print(f"[bold]{entity.canonical}[/bold]  ({entity.type}, {entity.id})")
    extra = ", ".join(f"{k}: {v}" for k, v in entity.attributes.items() if k != "documents")
    console.print(f"mentioned in {entity.documents} documents" + (f"; {extra}" if extra else ""))
    columns = (Column("name"), Column("script"), Column("period"), Column("docs", justify="right"))
    table = Table(*columns, title="names", title_justify="left")
    for name in entity.names:
        table.add_row(name.name, name.script, _period(name.start, name.end), str(name.documents))
    console.print(table)


def _relation_table(title: str, views: Sequence[RelationView]) -> Table:
    table = Table(
        Column("relation"), Column("with"), Column("role / supplied"), Column("start"),
        Column("end"), Column("sources", overflow="fold"), title=title, title_justify="left",
    )  # fmt: skip
    for view in views:
        arrow = "→" if view.direction == "out" else "←"
        renamed = view.former_name if view.direction == "out" else None
        other = renamed or view.other.name
        detail = "; ".join((*view.roles, *view.supplied))
        table.add_row(
            f"{view.type} {arrow}", other, detail, " / ".join(view.starts),
            " / ".join(view.ends), _sources(view.evidence, view.documents),
        )  # fmt: skip
    return table


def print_events(console: Console, events: Sequence[EventView]) -> None:
    """Events as a timeline table."""
    table = Table(
        Column("date", no_wrap=True), Column("event"), Column("actors"), Column("places"),
        Column("sources", overflow="fold"), title="events", title_justify="left",
    )  # fmt: skip
    for event in events:
        table.add_row(
            event.date or "undated", f"{event.kind} ({event.sub_event_type})",
            ", ".join(a.name for a in event.actors), ", ".join(p.name for p in event.places),
            _sources(event.evidence, event.documents),
        )  # fmt: skip
    console.print(table)


def print_claims(console: Console, claims: Sequence[ClaimView]) -> None:
    """The claims ledger; contradicting values are marked ✗ with what they contradict."""
    table = Table(
        Column("property"), Column("subject"), Column("value", justify="right"),
        Column("as of", no_wrap=True), Column("claimant"), Column("channel"),
        Column("outlets (stance)", overflow="fold"), Column("origins", justify="right"),
        Column("conflict"), title="claims", title_justify="left",
    )  # fmt: skip
    index = {claim.fact_id: n for n, claim in enumerate(claims, start=1)}
    for n, claim in enumerate(claims, start=1):
        outlets = ", ".join(f"{o} ({s})" for o, s in claim.outlets)
        conflict = ", ".join(f"✗ #{index[c]}" for c in claim.contradicts if c in index)
        value = ("denied: " if claim.denied else "") + claim.value_text
        table.add_row(
            f"#{n} {claim.property}", claim.subject.name, value, claim.as_of or "",
            claim.claimant.name if claim.claimant else "", ", ".join(claim.channels),
            outlets, f"{claim.origins}/{claim.documents}", conflict,
        )  # fmt: skip
    console.print(table)


def print_entities(console: Console, entities: Sequence[EntityView], total: int) -> None:
    """Entities with all their names."""
    table = Table(
        Column("id", no_wrap=True), Column("type"), Column("canonical"),
        Column("names", overflow="fold"), Column("docs", justify="right"),
    )  # fmt: skip
    for entity in entities:
        names = " | ".join(n.name for n in entity.names)
        table.add_row(entity.id, entity.type, entity.canonical, names, str(entity.documents))
    console.print(table)
    if total > len(entities):
        console.print(f"{len(entities)} of {total} shown; raise --limit to see more")


def print_profile(console: Console, profile: Profile) -> None:
    """A whole profile: names, lineage, leaders, relations, events, claims."""
    print_entity_header(console, profile.entity)
    for title, views in (
        ("lineage", profile.lineage),
        ("leaders and officials", profile.leaders),
        ("relations", profile.relations),
    ):
        if views:
            console.print(_relation_table(title, views))
    if profile.events:
        print_events(console, profile.events)
    if profile.claims:
        print_claims(console, profile.claims)
