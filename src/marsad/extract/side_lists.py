"""Lists under a side's heading: the groups a tally report counts with a side.

Monitoring reports count the dead side by side, under headings that name a
side and its companions, with one list item per group::

    3.4 قوات النظام والمجموعات الرديفة
    - الفرقة الرابعة: 11 قتيلاً …
    - لواء فاطميون: 6 قتلى …

    Government forces and allied militias
    - Hezbollah: 3 killed …

A heading is a short line (a section number aside) without a closing stop
that names an actor and holds a companions phrase (rows of kind
``companions`` in ``relation_cues.tsv``). Each list item after it that opens
with another actor makes that actor the side's ally: ``allied_with``, or
``part_of`` when the actors table makes it a unit of the side (its parent).
States are no companions. A line ending in ":" between the heading and its
items introduces them (when short, it names no actor); the next short line
(another heading, "Opposition factions:") or paragraph of prose ends the list.
"""

from __future__ import annotations

from collections.abc import Iterator

from marsad.extract.context import Analysis, Located
from marsad.extract.infobox import is_prose, sentence_of, text_lines
from marsad.extract.infobox_claims import BULLETS
from marsad.extract.relation_resources import RelationResources
from marsad.records import Relation, Span

HEADING_WORDS = 10
"""The most words a heading holds (its section number aside)."""
ITEM_LEAD = 3
"""How many words into a list item its actor must start."""
_NUMBERING = "0123456789.)( \t"


def find_side_lists(analysis: Analysis, resources: RelationResources) -> list[Relation]:
    """The allies of each side whose heading opens a list of groups."""
    if not resources.companion_keys:
        return []
    found: list[Relation] = []
    side: Located | None = None
    for line in text_lines(analysis.text.key):
        key = analysis.text.key[line.start : line.end].strip()
        if key.startswith(tuple(BULLETS.strip())):
            if side is not None:
                found.extend(item_relations(analysis, line, side))
            continue
        if not key or (key.endswith(":") and not names_actor(analysis, line)):
            continue  # "Twenty members were killed:" introduces the items
        if len(key.lstrip(_NUMBERING).split()) <= HEADING_WORDS:
            side = heading_side(analysis, resources, line)  # a heading, or the list's end
        elif is_prose(key) and not key.endswith(":"):
            side = None  # a paragraph ends the list; a long line ending in ":" opens it
    return found


def names_actor(analysis: Analysis, line: Span) -> bool:
    """Whether an actor is named on ``line``."""
    return any(m.mention.type == "actor" for m in analysis.mentions_in(line))


def heading_side(analysis: Analysis, resources: RelationResources, line: Span) -> Located | None:
    """The actor of a heading that names a side with its companions, else None."""
    key = analysis.text.key[line.start : line.end].lstrip(_NUMBERING)
    if len(key.split()) > HEADING_WORDS or key.rstrip().endswith("."):
        return None
    words = f" {' '.join(key.split())} "
    if not any(f" {phrase} " in words for phrase in resources.companion_keys):
        return None
    actors = [m for m in analysis.mentions_in(line) if m.mention.type == "actor"]
    return actors[0] if actors else None


def item_relations(analysis: Analysis, line: Span, side: Located) -> Iterator[Relation]:
    """The relation of the actor that opens a list item to the heading's side."""
    key = analysis.text.key[line.start : line.end]
    body = line.start + len(key) - len(key.lstrip(BULLETS))
    lead = " ".join(key[body - line.start :].split()[:ITEM_LEAD])
    actors = [m for m in analysis.mentions_in(line) if m.mention.type == "actor"]
    if not actors:
        return
    first = actors[0]
    mention = first.mention
    if mention.span.start >= body + len(lead) or first.entity == side.entity:
        return
    if mention.feature == "state":
        return
    unit = mention.parent is not None and mention.parent == side.mention.key
    yield Relation(
        type="part_of" if unit else "allied_with",
        subject=first.entity,
        object=side.entity,
        evidence=analysis.evidence(mention.span, sentence_of(analysis, first)),
        confidence=0.6,
        reason=f"listed under the heading of {side.mention.surface!r}",
    )
