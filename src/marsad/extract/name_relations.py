"""Relations read from names and roles rather than from cue words: a person's role
beside an actor (المتحدث باسم X), and a state force whose name carries the state's."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from marsad.extract.context import Analysis
from marsad.extract.placed import Placed, cover
from marsad.extract.relation_resources import RelationResources
from marsad.records import Relation, Sentence, Span

STATE_FORCES = frozenset({"air_force", "army", "security_force"})
"""Actor types that belong to a state whose name their own name carries."""
_ROLE_REACH = 3
STATE_ROLES = frozenset({"president", "minister", "prime minister", "defence minister"})
"""Role labels of state office: a president or minister is no member of the main group."""


def find_roled(
    analysis: Analysis,
    sentence: Sentence,
    mentions: Sequence[Placed],
    resources: RelationResources,
) -> Iterable[Relation]:
    """leader_of / member_of from a person's role and an actor written right beside them;
    in a sentence that names no actor ("The commander-in-chief, Lt. Col. X, spoke to
    the graduates"), from the role alone to the group before (:func:`group_before`)."""
    named = any(p.type == "actor" and p.located.mention.source != "cue" for p in mentions)
    for index, placed in enumerate(mentions):
        role = placed.located.mention.role
        relation = resources.roles.get(role.lower()) if role else None
        if placed.type != "person" or relation is None:
            continue
        group = None if named or role in STATE_ROLES else group_before(analysis, sentence)
        if group is not None:
            yield Relation(
                type=relation,
                subject=placed.located.entity,
                object=group,
                evidence=analysis.evidence(placed.located.mention.span, sentence.span),
                role=role,
                confidence=0.4,
                reason=f"role {role!r} in a sentence naming no actor: the group before",
            )
            continue
        near = [*mentions[index + 1 : index + 2], *mentions[max(index - 1, 0) : index]]
        for actor in near:
            gap = max(actor.first - placed.last, placed.first - actor.last) - 1
            if actor.type == "actor" and gap <= _ROLE_REACH:
                span = cover(placed.located.mention.span, actor)
                yield Relation(
                    type=relation,
                    subject=placed.located.entity,
                    object=actor.located.entity,
                    evidence=analysis.evidence(span, sentence.span),
                    role=role,
                    confidence=0.45,
                    reason=f"role {role!r} beside an actor",
                )
                break


def group_before(analysis: Analysis, sentence: Sentence) -> str | None:
    """The group a role in ``sentence`` is held in when the sentence names none: the
    first group the sentence before names in the same paragraph, else the document's
    main group."""
    text = analysis.text.normalised
    start = text.rfind("\n", 0, sentence.span.start) + 1
    before = [
        m
        for m in analysis.mentions
        if start <= m.mention.span.start < sentence.span.start
        and m.mention.type == "actor"
        and m.mention.source != "cue"
    ]
    if before:
        last_stop = max(text.rfind(mark, start, before[-1].mention.span.start) for mark in ".؟?!")
        first = next(m for m in before if m.mention.span.start > last_stop)
        return first.entity
    return analysis.main_actor


def find_named_parts(analysis: Analysis, mentions: Sequence[Placed]) -> Iterable[Relation]:
    """``part_of`` a state for a force whose name carries that state's name, as the text
    writes it elsewhere (المقاتلات الروسية beside الروسية, "Turkish army" beside
    "Turkish"), or whose row in the actors table names a state the document names
    ("Russian warplanes" in a report that names Russia)."""
    keys = analysis.stream.keys
    states: dict[str, str] = {}
    listed: dict[str, str] = {}
    for placed in mentions:
        mention = placed.located.mention
        if mention.feature == "state":
            listed.setdefault(mention.key, placed.located.entity)
            if placed.first == placed.last:
                states.setdefault(keys[placed.first], placed.located.entity)
    seen: set[tuple[str, str]] = set()
    for placed in mentions:
        mention = placed.located.mention
        if mention.feature not in STATE_FORCES:
            continue
        written = (states.get(keys[i]) for i in range(placed.first, placed.last + 1))
        found = [(state, "the force's name carries the state's") for state in written if state]
        if placed.first == placed.last:
            found = []
        parent = listed.get(mention.parent or "")
        if parent is not None:
            found.append((parent, "the actors table makes the force the state's"))
        for state, reason in found:
            pair = (placed.located.entity, state)
            if state == pair[0] or pair in seen:
                continue
            seen.add(pair)
            yield Relation(
                type="part_of",
                subject=placed.located.entity,
                object=state,
                evidence=analysis.evidence(mention.span, sentence_of(analysis, placed)),
                confidence=0.5,
                reason=reason,
            )


def sentence_of(analysis: Analysis, placed: Placed) -> Span:
    """The span of the sentence that holds ``placed``."""
    start = placed.located.mention.span.start
    for sentence in analysis.text.sentences:
        if sentence.span.start <= start < sentence.span.end:
            return sentence.span
    return placed.located.mention.span
