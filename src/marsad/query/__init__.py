"""The read side: profiles, timelines, the claims ledger and graphs, from the store.

The CLI, the JSON API and the web pages all call these functions; none of
them writes.
"""

from marsad.query.graph import Graph, build_graph, graph_graphml, graph_json
from marsad.query.ledger import build_ledger, claims_about
from marsad.query.lookup import find_entity
from marsad.query.profile import build_profile, build_timeline
from marsad.query.stances import Stances, load_stances

__all__ = [
    "Graph",
    "Stances",
    "build_graph",
    "build_ledger",
    "build_profile",
    "build_timeline",
    "claims_about",
    "find_entity",
    "graph_graphml",
    "graph_json",
    "load_stances",
]
