"""The read side: profiles, timelines, the claims ledger and graphs, from the store.

The CLI, the JSON API and the web pages all call these functions; none of
them writes.
"""

from marsad.query.documents import list_documents, read_document
from marsad.query.graph import Graph, build_graph, graph_graphml, graph_json
from marsad.query.ledger import build_ledger, claims_about
from marsad.query.lookup import find_entity
from marsad.query.names import script_names
from marsad.query.places import profile_places
from marsad.query.profile import build_profile, build_timeline
from marsad.query.search import load_search_resources, search_entities, search_sentences
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
    "list_documents",
    "load_search_resources",
    "load_stances",
    "profile_places",
    "read_document",
    "script_names",
    "search_entities",
    "search_sentences",
]
