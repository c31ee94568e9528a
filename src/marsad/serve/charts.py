"""The data behind the profile's charts, JSON-ready, with labels in the page's language.

The page embeds it as a JSON data block (never as script) and
``static/profile.js`` draws: the relation network (cytoscape), the events
timeline, the leaders' periods and each claimed property's values over time
(d3). Dates become periods: ``2019`` covers the year, ``2019-06`` the month.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from marsad.query.graph import Graph
from marsad.query.views import ClaimView, EventView, EvidenceView, Profile, RelationView
from marsad.serve.language import ISO_DATE, Ui

CHART_STRINGS = (
    "chart.undated", "chart.open", "chart.contradicts", "chart.denied", "chart.value",
    "chart.no_dated", "graph.hint", "type.actor", "type.person", "type.place",
    "stance.self", "stance.opposition", "stance.pro-government", "stance.independent",
    "stance.unknown",
)  # fmt: skip


def period(iso: str | None) -> tuple[str, str] | None:
    """The first day of ``iso`` and the first day after it: ``2019-06`` → 2019-06-01, 2019-07-01."""
    match = ISO_DATE.match(iso or "")
    if match is None:
        return None
    year, month, day = (int(x) if x else 0 for x in match.groups())
    if year < 1:
        return None
    if not 1 <= month <= 12:
        return f"{year:04d}-01-01", f"{year + 1:04d}-01-01"
    if not day:
        after = (year + 1, 1) if month == 12 else (year, month + 1)
        return f"{year:04d}-{month:02d}-01", f"{after[0]:04d}-{after[1]:02d}-01"
    first = date(year, month, min(day, calendar.monthrange(year, month)[1]))
    return first.isoformat(), (first + timedelta(days=1)).isoformat()


def evidence_link(evidence: Sequence[EvidenceView]) -> str | None:
    """The page of the first evidence, its span highlighted."""
    if not evidence:
        return None
    first = evidence[0]
    return f"/documents/{first.document_id}#span-{first.span[0]}-{first.span[1]}"


def _event(event: EventView, ui: Ui) -> dict[str, Any]:
    places = ", ".join(ui.name(p) for p in event.places)
    return {
        "id": event.fact_id,
        "period": period(event.date),
        "date": ui.date(event.date),
        "lane": ui.label("event_type", event.event_type),
        "kind": ui.label("event", event.kind),
        "where": places,
        "href": evidence_link(event.evidence),
    }


def _leader(view: RelationView, ui: Ui) -> dict[str, Any]:
    starts = sorted(filter(None, (period(s) for s in view.starts)))
    ends = sorted(filter(None, (period(e) for e in view.ends)))
    return {
        "id": view.fact_id,
        "name": ui.name(view.other),
        "role": ui.labels("role", view.roles) or ui.label("relation_in", view.type),
        "start": starts[0][0] if starts else None,
        "end": ends[-1][1] if ends else None,
        "when": ui.period(min(view.starts, default=None), max(view.ends, default=None)),
        "href": evidence_link(view.evidence),
    }


def _claim(claim: ClaimView, ui: Ui, number: int) -> dict[str, Any]:
    outlet, stance = claim.outlets[0] if claim.outlets else ("", "unknown")
    return {
        "id": claim.fact_id,
        "n": number,
        "property": ui.label("claim", claim.property),
        "value": claim.value,
        "text": ui.value(claim.value),
        "period": period(claim.as_of),
        "date": ui.date(claim.as_of),
        "claimant": ui.name(claim.claimant) if claim.claimant else "",
        "outlet": outlet,
        "stance": stance,
        "denied": claim.denied,
        "contradicts": list(claim.contradicts),
        "href": evidence_link(claim.evidence),
    }


def _graph(graph: Graph, ui: Ui) -> dict[str, Any]:
    return {
        "center": graph.center,
        "nodes": [
            {"id": n.id, "label": ui.name_of(n.id, n.label), "type": n.type} for n in graph.nodes
        ],
        "edges": [
            {"id": e.id, "source": e.source, "target": e.target, "type": e.type,
             "label": ui.label("relation", e.type), "documents": e.documents}
            for e in graph.edges
        ],
    }  # fmt: skip


def chart_data(profile: Profile, graph: Graph, ui: Ui) -> dict[str, Any]:
    """Everything ``profile.js`` draws, for one profile page."""
    return {
        "lang": ui.lang,
        "locale": "ar-SY" if ui.lang == "ar" else "en-GB",
        "strings": {key: ui.t(key) for key in CHART_STRINGS},
        "graph": _graph(graph, ui),
        "events": [_event(e, ui) for e in profile.events],
        "leaders": [_leader(v, ui) for v in profile.leaders],
        "claims": [_claim(c, ui, n) for n, c in enumerate(profile.claims, start=1)],
    }
