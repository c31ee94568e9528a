"""Relations between the actors, persons and places of one document.

1. **Cues** (``relation_cues.tsv``) — for each cue in a sentence, the subject and
   object mentions of the relation's types on the sides the cue's reading says
   (:mod:`marsad.extract.relation_rules`); lists fan out. Cues marked ``clash``
   (مع / بين / with) count only after a fighting word. The role comes from the
   cue (القائد العام → commander-in-chief) or the person mention; dates from the
   sentence's times after start/end words (منذ / until) or with a start/end verb
   (retired, عين); things supplied from the sentence for ``supported_by``.
2. **Roles and names** (:mod:`marsad.extract.name_relations`) — a person whose
   mention carries a role (from ranks.tsv) next to an actor: leader_of or
   member_of as the table's role rows say; a state force whose name carries a
   state's: part_of it.
3. **Infobox** — label lines of an encyclopedia infobox (:mod:`marsad.extract.infobox`).
4. **Side lists** — groups listed under a heading that names a side and its
   companions in a tally report (:mod:`marsad.extract.side_lists`).
5. **Interview questions** — "Who are your allies?": the groups of the first sentence
   of the answer that names any, unless a relation above already links them to the
   interviewee's group (:mod:`marsad.extract.asked`).

A group that forms an operations room or coalition "under the name" R is
``part_of`` R, not formerly named R. Relations are deduplicated on (type,
subject, object), keeping the highest confidence and merging the rest;
``allied_with`` and ``opposed_to`` are written in a stable order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marsad.extract.appositives import find_appositive_parts, with_appositives
from marsad.extract.asked import add_asked_relations
from marsad.extract.context import Analysis
from marsad.extract.infobox import find_infobox_relations
from marsad.extract.matcher import PhraseMatch
from marsad.extract.name_relations import find_named_parts, find_roled
from marsad.extract.placed import Filled, Placed, cover, place_mentions
from marsad.extract.possessives import find_possessive_parts
from marsad.extract.relation_merge import merge_relations
from marsad.extract.relation_resources import (
    SLOT_TYPES,
    Cue,
    RelationResources,
)
from marsad.extract.relation_rules import (
    DESCRIBED_REACH,
    PERSONAL,
    REACH,
    fill_order,
    modified,
    punctuated,
    touching,
)
from marsad.extract.side_lists import find_side_lists
from marsad.extract.slot_grammar import agrees, article_fits, unit_relation
from marsad.records import Relation, Sentence, TimeExpr

GROUPINGS = frozenset({"operations_room", "coalition"})
DESCRIBING = frozenset({"active_in", "headquartered_in", "part_of", "supported_by"})
FAR_SUBJECTS = frozenset({"active_in", "opposed_to", "supported_by"})
"""Relations whose subject is often the clause's topic, far before the cue ("X … في إطار
التصدي للحملة التي يشنها Y")."""
_DATE_REACH = 3


@dataclass(frozen=True, slots=True)
class SentenceCues:
    """The cues of one sentence, by kind, and its token bounds."""

    sentence: Sentence
    bounds: tuple[int, int]
    relations: tuple[PhraseMatch[Cue], ...]
    others: tuple[PhraseMatch[Cue], ...]


def find_relations(analysis: Analysis, resources: RelationResources) -> list[Relation]:
    """Every relation ``analysis`` states (see the module docstring)."""
    mentions = place_mentions(analysis)
    matches = [
        m
        for m in resources.cues.find(analysis.stream)
        if not inside_mention(m, mentions) and resources.written_as_listed(analysis.stream, m)
    ]
    found: list[Relation] = []
    for sentence in analysis.sentences():
        cues = sentence_cues(analysis, sentence, matches)
        if cues is None:
            continue
        in_sentence = [m for m in mentions if cues.bounds[0] <= m.first <= cues.bounds[1]]
        generic = generic_matches(analysis, cues, in_sentence, resources)
        in_sentence, generic = with_appositives(analysis, in_sentence, generic)
        found.extend(find_cued(analysis, cues, in_sentence, generic))
        found.extend(find_roled(analysis, sentence, in_sentence, resources))
        found.extend(find_appositive_parts(analysis, sentence, in_sentence, resources))
        found.extend(find_possessive_parts(analysis, sentence, in_sentence))
    found.extend(find_infobox_relations(analysis, resources))
    found.extend(find_side_lists(analysis, resources))
    found.extend(find_named_parts(analysis, mentions))
    return merge_relations(add_asked_relations(analysis, matches, found))


def inside_mention(match: PhraseMatch[Cue], mentions: Sequence[Placed]) -> bool:
    """Whether a cue's words are part of a name (المعارضة in قوات المعارضة); a
    stand-in ("the group", a copula's unnamed subject) is not a name."""
    return any(
        m.first <= match.last and match.first <= m.last and m.located.mention.source != "cue"
        for m in mentions
    )


def sentence_cues(
    analysis: Analysis, sentence: Sentence, matches: Sequence[PhraseMatch[Cue]]
) -> SentenceCues | None:
    """The cue matches inside ``sentence``, or None when it has no tokens."""
    inside = analysis.tokens_in(sentence.span)
    if not inside:
        return None
    low, high = inside[0], inside[-1]
    mine = [m for m in matches if low <= m.first and m.last <= high]
    relation = tuple(m for m in mine if any(c.kind == "cue" for c in m.values))
    other = tuple(m for m in mine if m not in relation)
    return SentenceCues(sentence, (low, high), relation, other)


def has_clash_before(cues: SentenceCues, match: PhraseMatch[Cue]) -> bool:
    """Whether a fighting word stands before ``match`` in the sentence."""
    return any(
        m.first < match.first and any(c.kind == "clash" for c in m.values)
        for m in (*cues.others, *cues.relations)
    )


def live(cues: SentenceCues, match: PhraseMatch[Cue], cue: Cue) -> bool:
    """Whether ``cue`` is a relation cue that holds here: clash cues need a fighting
    word before them, supply verbs a thing supplied in the sentence."""
    if cue.kind != "cue":
        return False
    if cue.needs == "clash":
        return has_clash_before(cues, match)
    if cue.needs == "supplied":
        return supplied_of(cues) is not None
    return True


def generic_matches(
    analysis: Analysis,
    cues: SentenceCues,
    mentions: Sequence[Placed],
    resources: RelationResources,
) -> list[PhraseMatch[Cue]]:
    """The unnamed group nouns of a sentence, outside names (فصائل المعارضة is a
    name; see ``generic_between``). A noun after a copula is the predicate ("X is
    one of the factions active in Y", يعتبر X من أبرز الفصائل العاملة في Y): it
    says what the topic is, so it is left out — unless a comma closes the
    copula's clause first."""
    cue, keys = resources.generic, resources.generic_keys
    if cue is None:
        return []
    tokens = analysis.text.tokens
    low, high = cues.bounds
    copulas = [m.last for m in cues.others if any(c.kind == "copula" for c in m.values)]
    found = [
        PhraseMatch(i, i, (cue,))
        for i in range(low, high + 1)
        if tokens[i].key in keys
        and not any(last < i and not punctuated(analysis, last, i) for last in copulas)
    ]
    return [m for m in found if not any(p.first <= m.first <= p.last for p in mentions)]


def find_cued(
    analysis: Analysis,
    cues: SentenceCues,
    mentions: Sequence[Placed],
    generic: Sequence[PhraseMatch[Cue]],
) -> list[Relation]:
    """Relations read from the relation cues of one sentence; ``generic`` are its
    unnamed group nouns."""
    active = [
        (m, [c for c in m.values if live(cues, m, c) and article_fits(analysis, m, c)])
        for m in cues.relations
    ]
    active = [(m, values) for m, values in active if values]
    # A cue none of whose readings can be filled claims no mention from the others.
    filling = [m for m, _ in active]
    for _ in range(2):
        readings = [
            (match, cue, best_reading(analysis, mentions, match, cue, (cues.bounds, others)))
            for match, values in active
            for others in ([*(m for m in filling if m is not match), *generic],)
            for cue in values
        ]
        filling = list(dict.fromkeys(m for m, _, filled in readings if filled is not None))
    found: list[Relation] = []
    for match, cue, filled in readings:
        if (
            filled is not None
            and cue.needs == "clash"
            and one_side(analysis, cues, mentions, filled)
        ):
            continue
        if filled is not None:
            filled = with_topic(analysis, cues, mentions, match, cue, filled)
            found.extend(relations_of(analysis, cues, match, cue, filled))
    return found


def one_side(
    analysis: Analysis, cues: SentenceCues, mentions: Sequence[Placed], filled: Filled
) -> bool:
    """Whether both slots stand before an "on one side" marker (من جهة) that more
    actors follow: "between A and B on one side and C on the other" — A and B fight
    together."""
    last = max(p.last for p in (*filled.subjects, *filled.objects))
    return any(
        last < marker.first
        and any(c.kind == "side" for c in marker.values)
        and analysis.closes_phrase(marker.last)
        and any(p.type == "actor" and p.first > marker.last for p in mentions)
        for marker in cues.others
    )


def aside(analysis: Analysis, cues: SentenceCues, placed: Placed) -> bool:
    """Whether a name is an aside to the sentence's topic: in parentheses, or a former
    name ("formerly the Union of Glory")."""
    text = analysis.text.normalised
    opening = text[cues.sentence.span.start : placed.located.mention.span.start]
    if opening.count("(") > opening.count(")"):
        return True
    return any(
        0 < placed.first - m.last <= 2 and any(c.relation == "formerly_named" for c in m.values)
        for m in cues.relations
    )


def describes(analysis: Analysis, placed: Placed, match: PhraseMatch[Cue]) -> bool:
    """Whether the cue is an Arabic definite participle right after ``placed``
    (الجبهة المدعومة من تركيا), with no comma and no و between."""
    if not agrees(analysis, match):
        return False
    tokens = analysis.text.tokens
    gap = analysis.text.normalised[tokens[placed.last].span.end : tokens[match.first].span.start]
    joined = tokens[match.first].prefixes.startswith(("و", "ف"))
    return match.first - placed.last <= 1 and not joined and not any(p in gap for p in ",،;")


def with_topic(
    analysis: Analysis,
    cues: SentenceCues,
    mentions: Sequence[Placed],
    match: PhraseMatch[Cue],
    cue: Cue,
    filled: Filled,
) -> Filled:
    """A describing relation in a sentence that says what its topic is ("X is a rebel
    group … active in Y", يعتبر X من أبرز الفصائل العاملة في Y) holds of the topic:
    the name of the subject's type written right before the copula (or, for an
    Arabic verb, right after it), not the name nearest to the cue."""
    nearest = filled.subjects[-1]
    if cue.relation not in DESCRIBING or nearest.last >= match.first:
        return filled
    if describes(analysis, nearest, match):
        return filled  # "الجبهة المدعومة من تركيا": the cue describes the name right before it
    copulas = [
        m for m in cues.others if m.last < match.first and any(c.kind == "copula" for c in m.values)
    ]
    if not copulas:
        return filled
    types = SLOT_TYPES[cue.relation][0]
    copula = copulas[-1]
    before = [
        m
        for m in mentions
        if m.type in types and m.last < copula.first and not aside(analysis, cues, m)
    ]
    after = [m for m in mentions if m.type in types and 0 <= m.first - copula.last <= 2]
    topics = before[-1:] or after[:1]  # "X, formerly Y (…), is a …" / يعتبر X من …
    if not topics or topics[0] in filled.subjects or topics[0].last >= match.first:
        return filled
    return Filled((topics[0],), filled.objects, filled.distance)


def best_reading(
    analysis: Analysis,
    mentions: Sequence[Placed],
    match: PhraseMatch[Cue],
    cue: Cue,
    context: tuple[tuple[int, int], Sequence[PhraseMatch[Cue]]],
) -> Filled | None:
    """The reading of ``cue`` whose slots are filled nearest to it."""
    types = SLOT_TYPES[cue.relation]
    reach = DESCRIBED_REACH if cue.relation in FAR_SUBJECTS else REACH
    shared = cue.relation == "leader_of"  # "grew out of X, led by Y": X is led by Y
    readings = [
        fill_order(analysis, mentions, match, order, types, context, reach, shared)
        for order in cue.orders
    ]
    filled = [
        r for r in readings if r is not None and (cue.needs != "adjacent" or touching(match, r))
    ]
    if analysis.hyphen_joined(match.first - 1):
        filled = [m for m in (modified(match, r) for r in filled) if m is not None]
    return min(filled, key=lambda r: r.distance) if filled else None


def relations_of(
    analysis: Analysis,
    cues: SentenceCues,
    match: PhraseMatch[Cue],
    cue: Cue,
    filled: Filled,
) -> Iterable[Relation]:
    """One relation per subject × object of a filled cue."""
    kind = cue.relation
    if kind == "formerly_named" and grouping(filled.subjects[0]):
        kind = "part_of"
        filled = Filled(filled.objects, filled.subjects, filled.distance)
    elif kind == "formerly_named" and founded_as(cues, match, cue):
        filled = Filled(filled.objects, filled.subjects, filled.distance)
    start, end = relation_dates(analysis, cues)
    supplied = supplied_of(cues) if kind == "supported_by" else None
    cue_span = analysis.stream.span(match.first, match.last)
    confidence = 0.75 if filled.distance <= 2 else 0.6
    listed = len(filled.subjects) * len(filled.objects) > 1
    for subject in filled.subjects:
        for obj in filled.objects:
            if subject.located.entity == obj.located.entity:
                continue
            role = cue.label or subject.located.mention.role if kind in PERSONAL else None
            span = cover(cue_span, subject, obj)
            yield Relation(
                type=unit_relation(analysis, match, obj, kind),
                subject=subject.located.entity,
                object=obj.located.entity,
                evidence=analysis.evidence(span, cues.sentence.span),
                role=role,
                start=start,
                end=end,
                supplied=supplied,
                confidence=confidence - (0.05 if listed else 0.0),
                reason=f"cue {cue.phrase.split('|')[0]!r} ({cue.source})",
            )


def founded_as(cues: SentenceCues, match: PhraseMatch[Cue], cue: Cue) -> bool:
    """Whether a "new name after" cue names what the group was founded as: a founding
    word before it, no "to become" between (أسس عام 2012 النواة الأولى للفصيل تحت اسم X:
    X is the first name; تشكيل اللواء ليصبح تجمعاً تحت مسمى Y: Y is the new one)."""
    if not cue.orders or not cue.orders[0].startswith("O"):
        return False
    marks = [
        (m.first, c.kind)
        for m in (*cues.others, *cues.relations)  # أسس is a founding word and a cue
        if m.last < match.first
        for c in m.values
        if c.kind in ("founding", "becoming")
    ]
    return bool(marks) and max(marks)[1] == "founding"


def grouping(placed: Placed) -> bool:
    """Whether a mention names an operations room or a coalition."""
    return placed.located.mention.feature in GROUPINGS


def relation_dates(analysis: Analysis, cues: SentenceCues) -> tuple[str | None, str | None]:
    """Start and end of the relations of a sentence from its times and date words."""
    times = analysis.times_in(cues.sentence.span)
    dated = [m for m in cues.others if any(c.kind in ("start", "end") for c in m.values)]
    if not times or not dated:
        return None, None
    bounds: dict[str, str] = {}
    for match in dated:
        kind = next(c.kind for c in match.values if c.kind in ("start", "end"))
        time = time_after(analysis, match, times) or (times[0] if len(times) == 1 else None)
        if time is not None:
            bounds.setdefault(kind, time.value)
    return bounds.get("start"), bounds.get("end")


def time_after(
    analysis: Analysis, match: PhraseMatch[Cue], times: Sequence[TimeExpr]
) -> TimeExpr | None:
    """The time that starts at most a few tokens after a date word."""
    tokens = analysis.text.tokens
    last = min(match.last + _DATE_REACH, len(tokens) - 1)
    limit = tokens[last].span.end
    after = tokens[match.last].span.end
    return next((t for t in times if after <= t.span.start < limit), None)


def supplied_of(cues: SentenceCues) -> str | None:
    """The things supplied named in a sentence, by their English labels."""
    labels: list[str] = []
    for match in cues.others:
        for cue in match.values:
            if cue.kind == "supplied" and cue.label and cue.label not in labels:
                labels.append(cue.label)
    return ", ".join(labels) or None
