"""Build extraction inputs by hand, so each finder can be tested on its own."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.config import load_config
from marsad.extract.context import Analysis, Located
from marsad.extract.matcher import token_stream
from marsad.records import Entity, EntityType, Mention, Quantity, Span, Text, TimeExpr
from marsad.text import TextResources, load_text_resources, normalise_text


@cache
def text_resources() -> TextResources:
    return load_text_resources(load_config().text)


def analyse(string: str) -> Text:
    """Normalise ``string`` as the text stage does."""
    return normalise_text(string, (), text_resources())


MentionSpec = tuple[str, EntityType, str]
"""(surface as it appears in the normalised text, type, canonical name)."""


def analysis_of(
    string: str,
    mentions: Sequence[MentionSpec] = (),
    *,
    lang: str = "ar",
    published: str | None = None,
    outlet: str | None = None,
    times: Sequence[TimeExpr] = (),
    quantities: Sequence[Quantity] = (),
) -> Analysis:
    """An :class:`Analysis` of ``string`` with the given mentions.

    Every occurrence of each surface becomes a mention; mentions with the same
    canonical name share one entity (ids ``e1``, ``e2``… in order of first
    appearance).
    """
    text = analyse(string)
    found: list[tuple[Span, MentionSpec]] = []
    for spec in mentions:
        surface = spec[0]
        start = text.normalised.find(surface)
        if start < 0:
            raise ValueError(f"{surface!r} not in {text.normalised!r}")
        while start >= 0:
            found.append((Span(start, start + len(surface)), spec))
            start = text.normalised.find(surface, start + len(surface))
    found.sort(key=lambda item: item[0].start)
    ids: dict[str, str] = {}
    located: list[Located] = []
    names: dict[str, list[str]] = {}
    spans: dict[str, list[Span]] = {}
    kinds: dict[str, EntityType] = {}
    for span, (surface, kind, canonical) in found:
        entity_id = ids.setdefault(canonical, f"e{len(ids) + 1}")
        key = f"{kind}:{canonical.lower()}"
        mention = Mention(span, kind, surface, canonical, key, "dictionary")
        located.append(Located(mention, entity_id))
        names.setdefault(canonical, [])
        if surface not in names[canonical]:
            names[canonical].append(surface)
        spans.setdefault(canonical, []).append(span)
        kinds[canonical] = kind
    entities = tuple(
        Entity(
            id=entity_id,
            type=kinds[canonical],
            canonical=canonical,
            names=tuple(names[canonical]),
            mentions=tuple(spans[canonical]),
            key=f"{kinds[canonical]}:{canonical.lower()}",
        )
        for canonical, entity_id in ids.items()
    )
    return Analysis(
        text=text,
        stream=token_stream(text),
        lang=lang,
        published=published,
        outlet=outlet,
        mentions=tuple(located),
        entities=entities,
        times=tuple(times),
        quantities=tuple(quantities),
    )
