"""The extract stage's entry point: one normalised text → its :class:`DocumentFacts`.

Order: mentions (actors, persons, places) in one token stream, merged so
that none overlap; mentions grouped into entities; times and quantities;
then relations, events and claims read the resulting :class:`Analysis`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from marsad.config import ExtractConfig
from marsad.extract.actors import find_actor_mentions
from marsad.extract.anaphora import with_main_actor
from marsad.extract.calendar import TimeResources, load_time_resources
from marsad.extract.claim_resources import ClaimResources, load_claim_resources
from marsad.extract.claims import find_claims, merge_claims
from marsad.extract.context import Analysis
from marsad.extract.dates import find_partials, find_times
from marsad.extract.entities import build_entities
from marsad.extract.event_relations import find_event_relations, without_backers
from marsad.extract.event_resources import EventResources, load_event_resources
from marsad.extract.events import find_events
from marsad.extract.footnotes import is_citation
from marsad.extract.gazetteer import PlaceEntry
from marsad.extract.infobox_claims import find_infobox_claims
from marsad.extract.matcher import Analyse, token_stream
from marsad.extract.names import NameResources, load_name_resources
from marsad.extract.persons import find_person_mentions
from marsad.extract.places import PlaceResources, find_place_mentions, load_place_resources
from marsad.extract.quantities import find_quantities
from marsad.extract.relation_merge import merge_relations
from marsad.extract.relation_resources import RelationResources, load_relation_resources
from marsad.extract.relations import find_relations
from marsad.records import Claim, DocumentFacts, DocumentInfo, Mention, Span, Text

EXTRACTOR_VERSION = "rules-1"
"""Stored with the facts; raise it when the extractor's output changes."""

# When two finders claim overlapping words, the longer mention wins; on equal
# length an actor beats a person, a person a place, then a dictionary beats a grammar.
_SOURCE_RANK = {"dictionary": 0, "gazetteer": 0, "alias": 1, "grammar": 2, "cue": 2}
_TYPE_RANK = {"actor": 0, "person": 1, "place": 2}


@dataclass(frozen=True, slots=True)
class ExtractResources:
    """The loaded tables and automata of every finder."""

    names: NameResources
    places: PlaceResources
    times: TimeResources
    claims: ClaimResources
    relations: RelationResources
    events: EventResources

    @property
    def reference(self) -> dict[str, tuple[str, ...]]:
        """Per entity key, the names the tables give it (gazetteer places, listed actors)."""
        return {**self.places.reference, **self.names.reference}


def load_extract_resources(
    config: ExtractConfig, analyse: Analyse, places: Iterable[PlaceEntry] = ()
) -> ExtractResources:
    """Load every table once; ``places`` adds gazetteer entries (e.g. imported ones)."""
    return ExtractResources(
        names=load_name_resources(config, analyse),
        places=load_place_resources(config, analyse, places),
        times=load_time_resources(config),
        claims=load_claim_resources(config, analyse),
        relations=load_relation_resources(config, analyse),
        events=load_event_resources(config, analyse),
    )


def merge_mentions(found: Iterable[Mention]) -> list[Mention]:
    """Non-overlapping mentions, longest first, then by source and type rank."""

    def rank(m: Mention) -> tuple[int, int, int, int]:
        length = m.span.end - m.span.start
        return (-length, _TYPE_RANK[m.type], _SOURCE_RANK.get(m.source, 3), m.span.start)

    chosen: list[Mention] = []
    for mention in sorted(found, key=rank):
        if not any(mention.span.overlaps(other.span) for other in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.span.start)


NO_QUOTES = str.maketrans("", "", '"“”«»„‟')


def without_proclitics(text: Text, starts: Sequence[int], mention: Mention) -> Mention:
    """``mention`` without the conjunction or preposition written on its first word
    (وتلدو → تلدو, لجيش العزة → جيش العزة); the article stays. ``starts``: where
    each token of ``text`` starts."""
    tokens = text.tokens
    at = bisect_left(starts, mention.span.start)
    if at >= len(tokens) or tokens[at].span.start != mention.span.start:
        return mention
    prefixes = tokens[at].prefixes
    clitics = prefixes[:-2] if prefixes.endswith("ال") else prefixes
    start = mention.span.start + len(clitics)
    if not clitics or text.normalised[mention.span.start : start] != clitics:
        return mention
    if start >= mention.span.end:
        return mention
    span = Span(start, mention.span.end)
    # the written words, without the quotes a descriptor leaves inside (ميليشيا «لواء X»)
    surface = " ".join(text.normalised[span.start : span.end].translate(NO_QUOTES).split())
    return replace(mention, span=span, surface=surface)


def _outside(mentions: Sequence[Mention], skipped: Sequence[Span]) -> list[Mention]:
    return [m for m in mentions if not any(m.span.overlaps(s) for s in skipped)]


def without_cited_only(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the groups and places named only on reference-list lines:
    a cited report's title names what that report is about, not what this document
    states. The persons there stay (a cited author or spokesman)."""
    cited = [m.type != "person" and is_citation(text, m.span) for m in mentions]
    outside = {m.key for m, skip in zip(mentions, cited, strict=True) if not skip}
    return [m for m, skip in zip(mentions, cited, strict=True) if not skip or m.key in outside]


def extract_facts(text: Text, info: DocumentInfo, resources: ExtractResources) -> DocumentFacts:
    """Everything ``text`` states, with evidence; boilerplate sentences are skipped."""
    stream = token_stream(text)
    found = [
        *find_actor_mentions(stream, resources.names),
        *find_person_mentions(stream, resources.names),
        *find_place_mentions(stream, resources.places),
    ]
    boilerplate = [s.span for s in text.sentences if s.boilerplate]
    starts = [token.span.start for token in text.tokens]
    merged = without_cited_only(text.normalised, merge_mentions(_outside(found, boilerplate)))
    mentions = [without_proclitics(text, starts, m) for m in merged]
    entities, located = build_entities(mentions, text.normalised)
    dates = find_partials(text, resources.times)
    analysis = Analysis(
        text=text,
        stream=stream,
        lang=info.lang,
        published=info.published,
        outlet=info.outlet,
        mentions=located,
        entities=entities,
        times=tuple(find_times(text, info.published, resources.times, dates)),
        quantities=tuple(find_quantities(text, resources.times, dates)),
    )
    analysis = with_main_actor(analysis, stream, resources.events)
    events = find_events(analysis, resources.events)
    stated = find_relations(analysis, resources.relations)
    implied = find_event_relations(events, stated)
    events = without_backers(events, stated)
    return DocumentFacts(
        doc=info.name,
        lang=info.lang,
        published=info.published,
        outlet=info.outlet,
        entities=entities,
        relations=tuple(merge_relations([*stated, *implied])),
        events=tuple(events),
        claims=tuple(document_claims(analysis, resources)),
    )


def document_claims(analysis: Analysis, resources: ExtractResources) -> list[Claim]:
    """Claims of the sentences, then infobox values that no sentence claim covers."""
    claims = find_claims(analysis, resources.claims)
    spans = [claim.evidence.span for claim in claims]
    boxed = find_infobox_claims(analysis, resources.relations, resources.claims)
    fresh = [c for c in boxed if not any(c.evidence.span.overlaps(s) for s in spans)]
    return merge_claims(claims + fresh, analysis.published)
