"""The web pages: home, search, entity lists and profiles, documents.

Pages are rendered on the server from Jinja2 templates with autoescaping
(documents are hostile input: a scraped page's text is only ever shown as
text). The interface language comes from ``?lang=`` (remembered in a
cookie), else the cookie, else the browser's preference.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from marsad import query
from marsad.query.graph import Graph
from marsad.query.views import PlaceView, Profile
from marsad.serve.atlas import draw_map, load_outline
from marsad.serve.charts import chart_data
from marsad.serve.language import LANGS, Ui, choose_lang
from marsad.serve.passages import cut_passages
from marsad.serve.state import ServeState
from marsad.store import Store

LANG_COOKIE = "marsad_lang"
PageNumber = Annotated[int, Query(ge=1, le=1_000_000)]


@dataclass(frozen=True, slots=True)
class ProfileData:
    """What a profile page shows, read in one go on the reader thread."""

    entity_id: str
    profile: Profile
    graph: Graph
    places: tuple[PlaceView, ...]
    names: dict[str, dict[str, str]]


def profile_ids(profile: Profile, graph: Graph) -> set[str]:
    """Every entity a profile page names."""
    ids = {node.id for node in graph.nodes}
    for view in (*profile.lineage, *profile.leaders, *profile.relations):
        ids.add(view.other.id or "")
    for event in profile.events:
        ids.update(ref.id or "" for ref in (*event.actors, *event.places))
    for claim in profile.claims:
        ids.update(ref.id or "" for ref in (claim.subject, claim.claimant) if ref)
    return ids - {""}


def read_profile(store: Store, name: str, stances: query.Stances) -> ProfileData:
    row = query.find_entity(store, name)
    profile = query.build_profile(store, row, stances)
    graph = query.build_graph(store, row)
    names = query.script_names(store, profile_ids(profile, graph) | {row.id})
    return ProfileData(row.id, profile, graph, query.profile_places(store, profile), names)


def pages_of(total: int, size: int) -> int:
    return max(1, math.ceil(total / size))


def build_pages(state: ServeState, templates: Jinja2Templates) -> APIRouter:
    """The page routes over ``state``'s store."""
    router = APIRouter(include_in_schema=False)
    size = state.settings.page_size
    outline = load_outline()

    def render(request: Request, ui: Ui, name: str, context: dict[str, Any]) -> Response:
        response = templates.TemplateResponse(request, name, {"ui": ui, **context})
        remember_lang(request, response, ui)
        return response

    def ui_for(request: Request) -> Ui:
        return make_ui(state, request)

    @router.get("/", response_class=HTMLResponse)
    async def home(request: Request) -> Response:
        def work(s: Store) -> dict[str, Any]:
            top = {kind: query.search_entities(s, "", kind, 0, 8) for kind in ("actor", "person")}
            return {"counts": s.counts(), "top": top, "recent": query.list_documents(s, 0, 8)}

        context = await state.reader.run(work)
        return render(request, ui_for(request), "home.html", context)

    @router.get("/search", response_class=HTMLResponse)
    async def search(request: Request, q: str = "", page: PageNumber = 1) -> Response:
        resources = state.search_resources

        def work(s: Store) -> dict[str, Any]:
            if not q.strip():
                return {"entities": None, "sentences": []}
            found = query.search_entities(s, q, None, (page - 1) * size, size)
            hits = query.search_sentences(s, q, resources.get(), 50) if page == 1 else []
            return {"entities": found, "sentences": hits}

        context = await state.reader.run(work)
        pager = pager_of(request, page, context["entities"].total if context["entities"] else 0)
        return render(request, ui_for(request), "search.html", {"q": q, **context, **pager})

    @router.get("/entities", response_class=HTMLResponse)
    async def entities(
        request: Request, q: str = "", type: str = "", page: PageNumber = 1
    ) -> Response:
        kind = type if type in query.search.KINDS else None
        found = await state.reader.run(
            lambda s: query.search_entities(s, q, kind, (page - 1) * size, size)
        )
        context = {"q": q, "kind": kind, "entities": found, **pager_of(request, page, found.total)}
        return render(request, ui_for(request), "entities.html", context)

    @router.get("/entities/{entity_id}", response_class=HTMLResponse)
    async def profile(request: Request, entity_id: str) -> Response:
        data = await state.reader.run(lambda s: read_profile(s, entity_id, state.stances))
        if data.entity_id != entity_id:  # found by a name: go to the page of its id
            query_string = f"?{request.url.query}" if request.url.query else ""
            target = f"/entities/{quote(data.entity_id)}{query_string}"
            return RedirectResponse(target, status_code=307)
        ui = ui_for(request)
        ui.names = data.names
        context = {
            "data": data,
            "p": data.profile,
            "charts": chart_data(data.profile, data.graph, ui),
            "map": draw_map(outline, data.places),
        }
        return render(request, ui, "profile.html", context)

    @router.get("/documents", response_class=HTMLResponse)
    async def documents(request: Request, page: PageNumber = 1) -> Response:
        found = await state.reader.run(lambda s: query.list_documents(s, (page - 1) * size, size))
        context = {"documents": found, **pager_of(request, page, found.total)}
        return render(request, ui_for(request), "documents.html", context)

    @router.get("/documents/{document_id}", response_class=HTMLResponse)
    async def document(request: Request, document_id: int) -> Response:
        def work(s: Store) -> dict[str, Any]:
            doc = query.read_document(s, document_id)
            ids = {r.id for f in doc.facts for r in fact_refs(f) if r.id}
            return {"doc": doc, "names": query.script_names(s, ids)}

        found = await state.reader.run(work)
        ui = ui_for(request)
        ui.names = found["names"]
        doc = found["doc"]
        context = {"doc": doc, "blocks": cut_passages(doc), "safe_url": safe_url(doc.url)}
        return render(request, ui, "document.html", context)

    def pager_of(request: Request, page: int, total: int) -> dict[str, Any]:
        last = pages_of(total, size)
        params = dict(request.query_params)

        def link(number: int) -> str | None:
            if not 1 <= number <= last or number == page:
                return None
            return request.url.path + "?" + urlencode({**params, "page": str(number)})

        return {"page": page, "last": last, "prev": link(page - 1), "next": link(page + 1)}

    return router


def fact_refs(fact: query.views.DocumentFact) -> list[query.views.EntityRef]:
    """The entities a document's fact names."""
    single = (fact.subject, fact.object, fact.claimant)
    return [*(r for r in single if r is not None), *fact.actors, *fact.places]


def safe_url(url: str | None) -> str | None:
    """``url`` if it is a web address a link may point to (never ``javascript:`` …)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def make_ui(state: ServeState, request: Request) -> Ui:
    """The page language and the link that switches it."""
    lang = choose_lang(
        request.query_params.get("lang"),
        request.cookies.get(LANG_COOKIE),
        request.headers.get("accept-language"),
    )
    params = {**request.query_params, "lang": "en" if lang == "ar" else "ar"}
    return Ui(lang, state.strings, switch_url=request.url.path + "?" + urlencode(params))


def remember_lang(request: Request, response: Response, ui: Ui) -> None:
    """Keep a language asked for with ``?lang=`` in a cookie."""
    if request.query_params.get("lang") in LANGS:
        response.set_cookie(LANG_COOKIE, ui.lang, max_age=365 * 86400, samesite="lax")
